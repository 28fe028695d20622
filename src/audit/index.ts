/**
 * `audit` (SPEC 2.7), shared by the action's mode and the CLI: read the grants folder's history
 * (git.ts), ask GitHub about its pull requests when a client is given (github.ts), build the
 * events and the report (the pure core), and write the evidence files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitHubClient } from '../github/github-client.js';
import { rulesFromPolicyFiles, type PolicyRules } from './approval-evidence.js';
import { readGrantHistory, readPolicyAt } from './git-history.js';
import { lookUpPulls } from './github.js';
import { baseOf, grantEvents, type GitHubLookups } from './history.js';
import { renderCsv, renderJson, renderMarkdown, type AuditMeta } from './formats.js';
import { auditReport, type AuditReport } from './report.js';

export interface RunAuditOptions {
  /** The repository's working tree (any folder inside it works; paths are relative to it). */
  root: string;
  policyDir: string;
  grantsDir: string;
  now: Date;
  since?: Date;
  until?: Date;
  at?: Date;
  /** The ref whose first-parent history is audited; default HEAD. */
  ref?: string;
  /** With a client, PRs and approvals are looked up; without, the audit is offline. */
  github?: GitHubClient;
  repository?: string;
  env?: NodeJS.ProcessEnv;
}

export interface AuditRun {
  report: AuditReport;
  meta: AuditMeta;
}

export async function runAudit(opts: RunAuditOptions): Promise<AuditRun> {
  const history = await readGrantHistory(opts.root, { grantsDir: opts.grantsDir, ref: opts.ref, env: opts.env });
  // Commits after `now` (a preview of the past) are not part of the evidence.
  const commits = history.commits.filter((c) => c.committedAt.getTime() <= opts.now.getTime());
  let lookups: GitHubLookups | undefined;
  if (opts.github) {
    const offline = grantEvents(commits, { now: opts.now });
    const eventCommits = new Set(offline.map((e) => e.commit.sha));
    const removalCommits = offline.flatMap((e) => (e.removal ? [e.removal.commit.sha] : []));
    const found = await lookUpPulls(opts.github, [...eventCommits, ...removalCommits], eventCommits);
    const policies = new Map<string, PolicyRules>();
    for (const commit of commits) {
      if (!eventCommits.has(commit.sha) || !found.pulls.get(commit.sha)) continue;
      const base = baseOf(commit);
      if (!policies.has(base)) {
        policies.set(
          base,
          rulesFromPolicyFiles(opts.policyDir, await readPolicyAt(opts.root, base, opts.policyDir, opts.env)),
        );
      }
    }
    lookups = { pulls: found.pulls, reviews: found.reviews, policies };
  }
  const events = grantEvents(commits, { now: opts.now, ...(lookups ? { lookups } : {}) });
  const report = auditReport(events, {
    now: opts.now,
    since: opts.since,
    until: opts.until,
    at: opts.at,
    lookedUp: lookups !== undefined,
  });
  return { report, meta: { repository: opts.repository, head: history.head, grantsDir: opts.grantsDir } };
}

export interface AuditFiles {
  csv: string;
  json: string;
  markdown: string;
}

/** Writes audit.csv, audit.json and audit.md into `dir` (created if needed). */
export async function writeAuditFiles(dir: string, run: AuditRun): Promise<AuditFiles> {
  await mkdir(dir, { recursive: true });
  const files = { csv: join(dir, 'audit.csv'), json: join(dir, 'audit.json'), markdown: join(dir, 'audit.md') };
  await writeFile(files.csv, renderCsv(run.report));
  await writeFile(files.json, renderJson(run.report, run.meta));
  await writeFile(files.markdown, renderMarkdown(run.report, run.meta));
  return files;
}

export { AUDIT_COLUMNS, renderCsv, renderJson, renderMarkdown, renderSummaryMarkdown, renderText } from './formats.js';
export { accessAt, auditReport, type AuditReport } from './report.js';
export { grantEvents, type GrantEvent, type HistoryCommit } from './history.js';
