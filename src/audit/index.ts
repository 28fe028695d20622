/**
 * `audit` (SPEC 2.7), shared by the action's mode and the CLI: read the grants folder's history
 * (git.ts), ask GitHub about its pull requests when a client is given (github.ts), build the
 * events and the report (the pure core), and write the evidence files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitHubClient } from '../github/github-client.js';
import type { PolicyRules } from './approval-evidence.js';
import { commitRules } from '../review/approvals.js';
import { readGrantHistory, readPolicyDirsAt } from './git-history.js';
import { lookUpPulls } from './github.js';
import { baseOf, grantEvents, type GitHubLookups, type HistoryCommit } from './history.js';
import { renderCsv, renderJson, renderMarkdown, type AuditMeta } from './formats.js';
import { auditReport, type AuditReport } from './report.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { TailscaleApiError } from '../tailscale/tailscale-errors.js';
import { readPolicyVersions, type PolicyVersion, type VersionHistory } from './versions.js';
import { reconcile, type ExpiringGrant, type Reconciliation } from './tailnet.js';
import { useOfAccess, type AccessUse, type GrantWindow } from './usage.js';
import { groupMembers, teamsOf, type TeamMembers } from '../policy/access.js';
import { readTeamMembers } from '../github/team-members.js';
import { ExternalError } from '../shared/errors.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { GrantEvent } from './history.js';
import { buildPack, renderPackHtml, renderPackMarkdown } from './pack.js';
import type { PagerDutyClient } from '../pagerduty/pagerduty-client.js';
import { onCallQuestion, reviewCommand } from '../review/auto-approve.js';
import { REPLY_MARKER } from '../review/break-glass-review.js';
import { readRulesAsOf } from '../review/rules-as-of.js';
import { askOnCall, type OnCallQuestion } from './pagerduty.js';

export interface RunAuditOptions {
  /** The repository's working tree (any folder inside it works; paths are relative to it). */
  root: string;
  /** The policy folder, or a target's fragment folders (tailpolicy.yaml). */
  policyDir: string | readonly string[];
  grantsDir: string;
  /** With tailpolicy.yaml: the target audited (every row is tagged with it) and its tailnet. */
  target?: { name: string; tailnet: string };
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
  /** With a client, the tailnet's own logs are read and reconciled with Git (SPEC 2.7). */
  tailscale?: TailscaleClient;
  /**
   * With a client, a grant that only `autoApprove.onCall` could approve is checked with PagerDuty
   * at its merge; without one it is "on-call approval not verifiable: no PagerDuty token".
   */
  pagerduty?: PagerDutyClient;
  /** How often the scheduled revocation runs; a revocation later than this is late. Default 1h. */
  schedulePeriodMs?: number;
  /** Compute the policy versions of the period (for the evidence pack) even without a client. */
  evidence?: boolean;
}

/** Evidence from both sides: Git's policy versions against Tailscale's logs. */
export interface TailnetEvidence {
  from: Date;
  to: Date;
  /** The policy versions Git expects in the period (the first: in force at its start). */
  versions: PolicyVersion[];
  /** Tailscale's configuration log reconciled with them; absent without credentials. */
  reconciliation?: Reconciliation;
  /** Use of access from network flow logs; absent when they could not be read (see usageNote). */
  usage?: AccessUse[];
  usageNote?: string;
  /** What the report could not show, and why (e.g. no credentials). */
  notes: string[];
  /** Each grant version's limit: its resource's maxDuration (ms) when it reached the branch. */
  limits: Map<GrantEvent, number | undefined>;
}

export interface AuditRun {
  report: AuditReport;
  meta: AuditMeta;
  evidence?: TailnetEvidence;
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
          commitRules(opts.policyDir, await readPolicyDirsAt(opts.root, base, opts.policyDir, opts.env)),
        );
      }
    }
    // Break-glass review comments: judged by access.yaml as of the default branch's commit current at each one.
    const reviewRules = await readRulesAsOf(
      opts.root,
      history.head,
      opts.policyDir,
      [...found.breakGlass.values()].flatMap((cs) =>
        cs.filter((c) => !c.body.includes(REPLY_MARKER) && reviewCommand(c.body)).map((c) => c.createdAt),
      ),
      opts.env,
    );
    // team:<org>/<slug> approvers: membership read for every approving reviewer (today's, as GitHub keeps no history).
    const teams = [
      ...new Set(
        [...policies.values(), ...[...reviewRules.values()].flatMap((r) => ('access' in r ? [r] : []))].flatMap((p) =>
          teamsOf(p.access),
        ),
      ),
    ];
    const reviewers = [
      ...[...found.reviews.values()].flatMap((rs) => rs.filter((r) => r.state === 'APPROVED').map((r) => r.user)),
      ...[...found.breakGlass.values()].flatMap((cs) => cs.map((c) => c.user)),
    ];
    let members: TeamMembers | undefined;
    try {
      members = await readTeamMembers(opts.github, teams, reviewers);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      throw new ExternalError(`Could not read team membership from GitHub: ${error.message}`, { cause: error });
    }
    lookups = {
      pulls: found.pulls,
      reviews: found.reviews,
      policies,
      teams: members,
      breakGlass: found.breakGlass,
      reviewRules,
    };
    const questions = onCallQuestions(commits, lookups, opts.now);
    if (questions.length) lookups = { ...lookups, onCall: await askOnCall(opts.pagerduty, questions) };
  }
  const events = grantEvents(commits, { now: opts.now, ...(lookups ? { lookups } : {}) });
  const report = auditReport(events, {
    now: opts.now,
    since: opts.since,
    until: opts.until,
    at: opts.at,
    lookedUp: lookups !== undefined,
  });
  const meta: AuditMeta = {
    repository: opts.repository,
    head: history.head,
    grantsDir: opts.grantsDir,
    ...(opts.target ? { target: opts.target.name, tailnet: opts.target.tailnet } : {}),
  };
  const evidence = await tailnetEvidence(opts, commits, events);
  return { report, meta, ...(evidence ? { evidence } : {}) };
}

/**
 * The on-call questions of the grants that only an on-call auto-approval could approve: those the
 * judgement without PagerDuty's answers calls "not verifiable".
 */
function onCallQuestions(commits: readonly HistoryCommit[], lookups: GitHubLookups, now: Date): OnCallQuestion[] {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const out: OnCallQuestion[] = [];
  for (const e of grantEvents(commits, { now, lookups })) {
    const commit = bySha.get(e.commit.sha);
    if (e.approval.status !== 'not verifiable' || e.pr.kind !== 'found' || !e.grant || !commit) continue;
    const rules = lookups.policies.get(baseOf(commit));
    const at = e.pr.pull.mergedAt ? new Date(e.pr.pull.mergedAt) : undefined;
    const question = rules && at ? onCallQuestion(e.grant, rules.access, e.pr.pull.author, at) : undefined;
    if (question && 'requester' in question && at) out.push({ ...question, at });
  }
  return out;
}

const HOUR = 3_600_000;

/**
 * The policy versions of the period and, with a Tailscale client, the configuration log
 * reconciled with them and the use of access from flow logs. Only when asked for (a client, or
 * `evidence`): compiling every version of a long history is not free.
 */
async function tailnetEvidence(
  opts: RunAuditOptions,
  commits: Parameters<typeof grantEvents>[0],
  events: readonly GrantEvent[],
): Promise<TailnetEvidence | undefined> {
  if (!opts.tailscale && !opts.evidence) return undefined;
  const to = opts.until && opts.until.getTime() < opts.now.getTime() ? opts.until : opts.now;
  const history = await readPolicyVersions(opts.root, {
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    ref: opts.ref,
    since: opts.since,
    until: to,
    env: opts.env,
    grantCommits: commits,
  });
  const from = opts.since ?? history.versions[0]?.at ?? to;
  const limits = new Map<GrantEvent, number | undefined>();
  for (const e of events) {
    if (!e.grant) continue;
    const all = history.versions;
    const i = all.findLastIndex((v) => v.at.getTime() <= e.commit.at.getTime());
    const access = history.states[i]?.access;
    const rules = e.grant.resource ? access?.resources.get(e.grant.resource) : access?.inline;
    limits.set(e, rules?.maxDurationMs);
  }
  const evidence: TailnetEvidence = { from, to, versions: history.versions, notes: [], limits };
  if (!opts.tailscale) {
    evidence.notes.push(
      'No Tailscale credentials: the configuration log, revocation latency and use of access were not read ' +
        '(scopes logs:configuration:read, logs:network:read, devices:core:read).',
    );
    return evidence;
  }
  const period = opts.schedulePeriodMs ?? HOUR;
  // The log window starts one schedule period early, so a push just before the period is seen.
  const log = await opts.tailscale.listConfigurationLogs(new Date(from.getTime() - period), to);
  evidence.reconciliation = reconcile(log, history, expiringGrants(events, from, to), {
    schedulePeriodMs: period,
    end: to,
  });
  try {
    const [flows, devices] = await Promise.all([
      opts.tailscale.listNetworkLogs(from, to),
      opts.tailscale.listDevices(),
    ]);
    evidence.usage = useOfAccess(grantWindows(events, history, from, to), flows, devices);
  } catch (e) {
    // Flow logs are optional (a Premium feature that must be turned on): say why they are missing.
    if (!(e instanceof TailscaleApiError)) throw e;
    evidence.usageNote = `Network flow logs could not be read (${e.message}); use of access is not shown.`;
  }
  return evidence;
}

/** Grant versions whose expiry fell in [from, to) while they were in force. */
function expiringGrants(events: readonly GrantEvent[], from: Date, to: Date): ExpiringGrant[] {
  return events
    .filter((e) => e.grant && e.expiredAt && e.expiredAt >= from && e.expiredAt < to)
    .map((e) => ({
      path: e.path,
      grantees: e.grant!.grantees,
      resource: e.grant!.resource ?? 'inline rules',
      expires: e.expiredAt!,
    }));
}

/** Each grant version's window of access inside [from, to), with the policy of its time. */
function grantWindows(events: readonly GrantEvent[], history: VersionHistory, from: Date, to: Date): GrantWindow[] {
  // One window per grant: its versions (an extension is a new version) follow one another.
  const byGrant = new Map<string, GrantWindow>();
  for (const w of versionWindows(events, history, from, to)) {
    const prior = byGrant.get(w.grantId);
    if (!prior) byGrant.set(w.grantId, w);
    else
      byGrant.set(w.grantId, {
        ...w,
        from: prior.from < w.from ? prior.from : w.from,
        to: prior.to > w.to ? prior.to : w.to,
        users: [...new Set([...prior.users, ...w.users])],
      });
  }
  return [...byGrant.values()];
}

function versionWindows(
  events: readonly GrantEvent[],
  history: VersionHistory,
  from: Date,
  to: Date,
): Array<GrantWindow & { grantId: string }> {
  const out: Array<GrantWindow & { grantId: string }> = [];
  for (const e of events) {
    if (!e.grant || !e.becameActiveAt) continue;
    const ends = [e.grant.expires, e.supersededAt, e.removal?.commit.at, to].filter((d): d is Date => !!d);
    const end = new Date(Math.min(...ends.map((d) => d.getTime())));
    const start = new Date(Math.max(e.becameActiveAt.getTime(), from.getTime()));
    if (start >= end) continue;
    const i = history.versions.findLastIndex((v) => v.at.getTime() <= start.getTime());
    const state = history.states[Math.max(0, i)];
    const resource = e.grant.resource ? state?.access.resources.get(e.grant.resource) : undefined;
    if (!state || !resource) continue;
    const groups = groupMembers(state.policy);
    const users = e.grant.grantees.flatMap((g) => (g.startsWith('group:') ? (groups.get(g) ?? []) : [g]));
    out.push({
      grantId: e.grantId,
      path: e.path,
      grantees: e.grant.grantees,
      users: [...new Set(users)],
      resource,
      from: start,
      to: end,
      policy: state.policy,
    });
  }
  return out;
}

export interface AuditFiles {
  csv: string;
  json: string;
  markdown: string;
}

/**
 * Writes the evidence pack (evidence.md and evidence.html) into `dir`. Needs the tailnet
 * evidence (a period, or credentials): without it there is no pack to write.
 */
export async function writeEvidencePack(dir: string, run: AuditRun): Promise<{ markdown: string; html: string }> {
  if (!run.evidence) throw new Error('writeEvidencePack needs the evidence of a period (runAudit with since)');
  const pack = buildPack({ report: run.report, evidence: run.evidence, meta: run.meta, limits: run.evidence.limits });
  await mkdir(dir, { recursive: true });
  const files = { markdown: join(dir, 'evidence.md'), html: join(dir, 'evidence.html') };
  await writeFile(files.markdown, renderPackMarkdown(pack));
  await writeFile(files.html, renderPackHtml(pack));
  return files;
}

/** Writes audit.csv, audit.json and audit.md into `dir` (created if needed). */
export async function writeAuditFiles(dir: string, run: AuditRun): Promise<AuditFiles> {
  await mkdir(dir, { recursive: true });
  const files = { csv: join(dir, 'audit.csv'), json: join(dir, 'audit.json'), markdown: join(dir, 'audit.md') };
  await writeFile(files.csv, renderCsv(run.report, run.meta));
  await writeFile(files.json, renderJson(run.report, run.meta));
  await writeFile(files.markdown, renderMarkdown(run.report, run.meta));
  return files;
}

export { AUDIT_COLUMNS, renderCsv, renderJson, renderMarkdown, renderSummaryMarkdown, renderText } from './formats.js';
export { accessAt, auditReport, type AuditReport } from './report.js';
export { grantEvents, type GrantEvent, type HistoryCommit } from './history.js';
export type { Reconciliation, LoggedChange, Revocation, ExpectedPush } from './tailnet.js';
export type { AccessUse } from './usage.js';
export type { PolicyVersion } from './versions.js';
