/**
 * The policy versions Git expects the tailnet to have carried in a period (SPEC 2.7): at every
 * commit of the default branch that changed policy/ or grants/, and at every grant's `starts`
 * and `expires` in between, the policy compiled from the repository as it stood then, with its
 * digest, the grants it carries (and their rules), and who could reach each resource without a
 * grant. Reads Git (the edge); everything else is the offline check, run at each moment.
 */
import { gitRunner } from '../git.js';
import { readPolicyAt, readPolicyDirsAt } from './git-history.js';
import { normalizeDir, type HistoryCommit } from './history.js';
import type { MergeTime } from '../policy/grants.js';
import { canonicalJson } from '../policy/render.js';
import { checkRepository } from '../validate/offline.js';
import { standingAccess } from '../evaluate/standing.js';
import { stringsOf } from '../grammar/keys.js';
import type { Compiled } from '../policy/compile.js';
import type { Policy } from '../policy/merge.js';
import type { AccessConfig } from '../policy/access.js';

export interface StandingRow {
  resource: string;
  /** The resource says `standing: none`. */
  none: boolean;
  /** Base rules that let someone reach the resource without a grant. */
  rules: Array<{ rule: string; principals: string[]; certain: boolean }>;
}

export interface PolicyVersion {
  /** When Git says this policy became due: a commit's time, or a grant's starts or expires. */
  at: Date;
  /** When the next version became due; undefined for the last one. */
  until?: Date;
  commit: string;
  /** What made it due, in words (`commit 1a2b3c4 "subject"`, `grants/x.yaml expires`). */
  cause: string;
  digest: string;
  /** The offline check found the base invalid: tailpolicy would not push it. */
  pushable: boolean;
  /** Grant files whose rules it carries. */
  grants: string[];
  /** Per resource, who could reach it without a grant (base rules only). */
  standing: StandingRow[];
}

export interface VersionHistory {
  versions: PolicyVersion[];
  /** The policy and access.yaml of each version (same order), to resolve names at its time. */
  states: Array<{ policy: Policy; access: AccessConfig }>;
  /** For each grant file ever carried: its rules (section + canonical JSON), to spot them in a live policy. */
  grantRules: Map<string, string[]>;
}

interface CommitPoint {
  sha: string;
  at: Date;
  subject: string;
}

export interface ReadVersionsOptions {
  policyDir: string | readonly string[];
  grantsDir: string;
  ref?: string;
  since?: Date;
  until: Date;
  env?: NodeJS.ProcessEnv;
  /** The grants folder's history (readGrantHistory), oldest first: when each file reached the branch. */
  grantCommits?: readonly HistoryCommit[];
}

/** When each grant file last changed on the branch at or before `at` (for `duration` grants). */
function mergesAt(commits: readonly HistoryCommit[], at: number): Map<string, MergeTime> {
  const out = new Map<string, MergeTime>();
  for (const c of commits) {
    if (c.committedAt.getTime() > at) break;
    for (const ch of c.changes) {
      if (ch.status === 'deleted') out.delete(ch.path);
      else out.set(ch.path, { at: c.committedAt });
    }
  }
  return out;
}

/** The first-parent commits that changed policy/ or grants/, oldest first. */
async function policyCommits(root: string, opts: ReadVersionsOptions): Promise<CommitPoint[]> {
  const git = gitRunner(root, opts.env);
  const policyDirs = typeof opts.policyDir === 'string' ? [opts.policyDir] : opts.policyDir;
  const dirs = [...policyDirs.map((d) => normalizeDir(d) || '.'), normalizeDir(opts.grantsDir) || '.'];
  const out = (
    await git(['log', '--first-parent', '-z', '--format=%H%x01%cI%x01%s', opts.ref ?? 'HEAD', '--', ...dirs])
  ).toString('utf8');
  return out
    .split('\0')
    .map((line) => line.replace(/^\n+/, ''))
    .filter(Boolean)
    .map((line) => {
      const [sha, date, subject] = line.split('\x01');
      return { sha: sha!, at: new Date(date!), subject: subject ?? '' };
    })
    .filter((c) => /^[0-9a-f]{40,64}$/.test(c.sha) && !Number.isNaN(c.at.getTime()))
    .reverse();
}

export async function readPolicyVersions(root: string, opts: ReadVersionsOptions): Promise<VersionHistory> {
  const commits = (await policyCommits(root, opts)).filter((c) => c.at.getTime() <= opts.until.getTime());
  const since = opts.since?.getTime() ?? -Infinity;
  const until = opts.until.getTime();
  const versions: PolicyVersion[] = [];
  const states: VersionHistory['states'] = [];
  const grantRules = new Map<string, string[]>();

  for (let i = 0; i < commits.length; i++) {
    const commit = commits[i]!;
    const next = commits[i + 1]?.at.getTime() ?? Infinity;
    if (next <= since) continue; // replaced before the period began
    const [policyFiles, grantFiles] = await Promise.all([
      readPolicyDirsAt(root, commit.sha, opts.policyDir, opts.env),
      readPolicyAt(root, commit.sha, opts.grantsDir, opts.env),
    ]);
    const merges = mergesAt(opts.grantCommits ?? [], commit.at.getTime());
    const check = (now: Date) =>
      checkRepository({
        policyDir: typeof opts.policyDir === 'string' ? normalizeDir(opts.policyDir) || '.' : opts.policyDir,
        policyFiles,
        grantFiles,
        now,
        merges,
      });
    const first = check(commit.at);
    // Moments inside this commit's reign when a grant starts or expires.
    const moments = first.compiled.grants
      .flatMap((g) => (g.grant ? [g.grant.starts, g.grant.expires] : []))
      .filter((d): d is Date => d !== undefined)
      .map((d) => d.getTime())
      .filter((t) => t > commit.at.getTime() && t < next && t < until);
    const short = commit.sha.slice(0, 7);
    const points: Array<{ t: number; cause: string }> = [
      { t: commit.at.getTime(), cause: `commit ${short} "${commit.subject}"` },
      ...[...new Set(moments)].sort((a, b) => a - b).map((t) => ({ t, cause: causeAt(first.compiled, t) })),
    ];
    for (const p of points) {
      const result = p.t === commit.at.getTime() ? first : check(new Date(p.t));
      const compiled = result.compiled;
      for (const [path, rules] of rulesByGrant(compiled)) if (!grantRules.has(path)) grantRules.set(path, rules);
      versions.push({
        at: new Date(p.t),
        commit: commit.sha,
        cause: p.cause,
        digest: compiled.digest,
        pushable: result.pushable,
        grants: compiled.grants.filter((g) => g.included).map((g) => g.path),
        standing: standingRows(compiled),
      });
      states.push({ policy: compiled.policy, access: compiled.access });
    }
  }
  // Keep only the moments where the policy changed, and those in the period (plus the one in force at its start).
  const keep = versions.map((v, i) => i === 0 || v.digest !== versions[i - 1]!.digest);
  const changed = versions.filter((_, i) => keep[i]);
  const changedStates = states.filter((_, i) => keep[i]);
  for (let i = 0; i < changed.length; i++) {
    const nextAt = changed[i + 1]?.at;
    if (nextAt) changed[i]!.until = nextAt;
  }
  const startIndex = Math.max(
    0,
    changed.findLastIndex((v) => v.at.getTime() <= since),
  );
  return { versions: changed.slice(startIndex), states: changedStates.slice(startIndex), grantRules };
}

function causeAt(compiled: Compiled, t: number): string {
  const why = compiled.grants.flatMap((g) => {
    if (!g.grant) return [];
    if (g.grant.starts?.getTime() === t) return [`${g.path} starts`];
    if (g.grant.expires.getTime() === t) return [`${g.path} expires`];
    return [];
  });
  return why.join(', ');
}

/** Each included grant's generated rules, as `section` + canonical JSON. */
function rulesByGrant(compiled: Compiled): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [section, byIndex] of compiled.generatedBy) {
    const list = compiled.policy[section];
    if (!Array.isArray(list)) continue;
    for (const [index, path] of byIndex) {
      const rules = out.get(path) ?? [];
      rules.push(`${section}\0${canonicalJson(list[index])}`);
      out.set(path, rules);
    }
  }
  return out;
}

/** Per resource, the base rules that reach it (standing access), by the offline evaluator. */
export function standingRows(compiled: Compiled): StandingRow[] {
  const targets = [...compiled.access.resources.values()].map((r) => ({
    resource: r.name,
    destinations: [...new Set([...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule['dst']).map((d) => d.trim())))],
  }));
  const reaches = standingAccess(compiled.policy, targets, {
    skip: (section, index) => compiled.generatedBy.get(section)?.has(index) ?? false,
  });
  return targets.map((t) => ({
    resource: t.resource,
    none: compiled.access.resources.get(t.resource)?.standing === 'none',
    rules: reaches
      .filter((r) => r.resource === t.resource)
      .map((r) => ({ rule: `${r.sectionKey}[${r.index}]`, principals: r.principals, certain: r.certain })),
  }));
}
