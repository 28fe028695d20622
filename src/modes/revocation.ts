/**
 * Revocation that never waits (issue #11; SPEC 2.5, 2.6, properties 4 and 9). The pieces apply
 * and expire use when the full push cannot be made:
 *
 * - `narrowingPush`: the *live* policy minus exactly the rules generated for grants that are no
 *   longer active (src/policy/narrow.ts), pushed with If-Match on the live ETag. After a 412 it
 *   reads the policy again and narrows that (never a blind retry: it only ever takes rules out).
 * - `leaveOutRejected`: which grants a Tailscale `/acl/validate` refusal belongs to, by the
 *   locations in its messages, else by bisecting the included grants; they are left out.
 * - `checkCurrentHead`: a checkout that is not the default branch's head never makes the full
 *   push (a re-run of an old job would push the past); when GitHub cannot answer, the checkout is
 *   trusted with a warning, so that revocation never waits on GitHub.
 * - `readBack`: whether each grant's access is out of the live policy, read back, never assumed.
 */
import * as jsonc from 'jsonc-parser';
import { compile, type Compiled } from '../policy/compile.js';
import { grantsInPolicy, narrowLivePolicy } from '../policy/narrow.js';
import { bisectAsync } from '../shared/bisect.js';
import type { GitHubClient } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import { PolicyConflictError, TailscaleError } from '../tailscale/tailscale-errors.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import type { CheckResult } from '../validate/offline.js';
import { readRepository } from '../repo.js';
import type { NarrowOutcome } from '../report/outcome.js';
import type { RunContext } from './context.js';
import type { AccessReport } from '../cleanup/files.js';

// ---- the narrowing push ----

export type { NarrowOutcome };

/**
 * Which generated grants may stay in the live policy: those the repository includes now. When
 * the base policy is broken nothing is compiled, so the grants whose window is open and that
 * were not left out (unapproved, rejected) stay: the narrowing push only ever takes out.
 */
export function grantsToKeep(compiled: Compiled): Set<string> {
  if (!compiled.baseErrors) return new Set(compiled.grants.filter((g) => g.included).map((g) => g.path));
  return new Set(
    compiled.grants.filter((g) => g.grant && g.state === 'active' && g.excludedReason === undefined).map((g) => g.path),
  );
}

export async function narrowingPush(
  client: TailscaleClient,
  ctx: RunContext,
  compiled: Compiled,
  because: string,
  writes: string[],
): Promise<NarrowOutcome> {
  const keep = grantsToKeep(compiled);
  for (let attempt = 0; ; attempt++) {
    let live: { hujson: string; etag: string };
    try {
      live = await client.getPolicy();
    } catch (e) {
      if (!(e instanceof TailscaleError)) throw e;
      return { because, removed: [], refused: [], pushed: false, failure: `reading the live policy: ${e.message}` };
    }
    const n = narrowLivePolicy(live.hujson, keep);
    const outcome: NarrowOutcome = {
      because,
      removed: n.removed.map((r) => r.grant),
      refused: n.refused,
      pushed: false,
    };
    if (!n.changed) return outcome;
    writes.push(
      `POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${live.etag} (the live policy minus the rules of ${n.removed.length} grant(s) no longer active)`,
    );
    if (ctx.inputs.dryRun) return outcome;
    try {
      await client.setPolicy(n.text, live.etag);
      return { ...outcome, pushed: true };
    } catch (e) {
      if (e instanceof PolicyConflictError && attempt === 0) {
        ctx.log.warning(
          'The tailnet policy changed while its expired rules were being taken out (HTTP 412); reading it again.',
        );
        writes.pop();
        continue;
      }
      if (!(e instanceof TailscaleError)) throw e;
      return { ...outcome, failure: e.message };
    }
  }
}

/** One paragraph for failures and summaries: what the narrowing push did. */
export function narrowText(n: NarrowOutcome, dryRun: boolean): string {
  const parts: string[] = [];
  if (n.failure) {
    parts.push(
      `Taking the rules of grants no longer active out of the live policy failed: ${n.failure}. ` +
        `Access NOT removed${n.removed.length ? `: ${n.removed.join(', ')}` : ''}.`,
    );
  } else if (n.removed.length) {
    parts.push(
      `${dryRun && !n.pushed ? 'Would take' : 'Took'} the rules of ${n.removed.length} grant(s) no longer active out of the live policy ` +
        `and kept everything else: ${n.removed.join(', ')}.`,
    );
  }
  if (n.refused.length) {
    parts.push(
      `Access NOT removed: ${n.refused.map((r) => `${r.grant} (${r.why})`).join('; ')}. ` +
        'Their rules stay in the live policy: take them out in the admin console, or bring the edit into the repository and re-run.',
    );
  }
  return parts.join(' ');
}

// ---- leaving out what Tailscale rejects ----

export interface Rejection {
  message: string;
  /** Grants charged with it: left out. */
  grants: string[];
  /** The base policy (without any grant) is rejected too: nothing can be left out to fix it. */
  base: boolean;
}

/** What Tailscale said, in one line. */
export function rejectionText(v: { message?: string; data: Array<{ user?: string; errors: string[] }> }): string {
  const details = v.data.flatMap((d) => d.errors.map((e) => (d.user ? `${d.user}: ${e}` : e)));
  return `${v.message ?? 'invalid'}${details.length ? ` (${details.slice(0, 5).join('; ')})` : ''}`;
}

/**
 * The grants a refusal points at, by the locations in its messages (`line L, column C` or
 * `offset N` of the JSON text that was validated).
 */
export function grantsAtLocations(jsonText: string, messages: readonly string[], compiled: Compiled): string[] {
  const offsets: number[] = [];
  const lineStarts = [0];
  for (let i = 0; i < jsonText.length; i++) if (jsonText[i] === '\n') lineStarts.push(i + 1);
  for (const m of messages) {
    for (const hit of m.matchAll(/line (\d+),? col(?:umn)? (\d+)/gi)) {
      const start = lineStarts[Number(hit[1]) - 1];
      if (start !== undefined) offsets.push(start + Number(hit[2]) - 1);
    }
    for (const hit of m.matchAll(/offset (\d+)/gi)) offsets.push(Number(hit[1]));
  }
  if (offsets.length === 0) return [];
  const tree = jsonc.parseTree(jsonText);
  if (!tree) return [];
  const out = new Set<string>();
  for (const [section, byIndex] of compiled.generatedBy) {
    for (const [index, path] of byIndex) {
      const node = jsonc.findNodeAtLocation(tree, [section, index]);
      if (node && offsets.some((o) => o >= node.offset && o < node.offset + node.length)) out.add(path);
    }
  }
  return [...out].sort();
}

/**
 * Tailscale refused the compiled policy: find the grants to leave out. By the locations in its
 * messages, else by bisection over the included grants (each step one `/acl/validate` of the
 * policy with only some grants), after checking that the policy without grants is accepted.
 */
export async function leaveOutRejected(
  client: TailscaleClient,
  ctx: RunContext,
  result: CheckResult,
  exclude: ReadonlyMap<string, string>,
  verdict: { message?: string; data: Array<{ user?: string; errors: string[] }> },
): Promise<Rejection> {
  const compiled = result.compiled;
  const message = rejectionText(verdict);
  const jsonText = JSON.stringify(compiled.policy);
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const located = grantsAtLocations(
    jsonText,
    [verdict.message ?? '', ...verdict.data.flatMap((d) => d.errors)],
    compiled,
  ).filter((p) => included.includes(p));
  if (located.length) return { message, grants: located, base: false };
  if (included.length === 0) return { message, grants: [], base: true };

  const files = await readRepository(ctx.workspace, ctx.target.policyDirs, ctx.target.grantsDir);
  const withOnly = (keep: readonly string[]) => {
    const kept = new Set(keep);
    const out = new Map(exclude);
    for (const p of included) if (!kept.has(p)) out.set(p, 'isolating a rejection');
    return compile({
      policyDir: ctx.target.policyDirs,
      ...(ctx.target.scope ? { scope: ctx.target.scope } : {}),
      policyFiles: files.policyFiles,
      grantFiles: files.grantFiles,
      now: ctx.now,
      exclude: out,
    });
  };
  const accepts = async (keep: readonly string[]) =>
    (await client.validatePolicy(JSON.stringify(withOnly(keep).policy))).ok;
  if (!(await accepts([]))) return { message, grants: [], base: true };
  const { culprits } = await bisectAsync(included, accepts, 24);
  return { message, grants: culprits, base: false };
}

// ---- never push the past ----

export type HeadCheck = { ok: true } | { ok: false; message: string };

/**
 * The checkout must be the default branch's current head: a re-run of an old job checks out an
 * old commit, whose policy may bring back a grant revoked early by deleting its file. Without
 * GitHub (no token) there is nothing to compare with, and the check passes with a warning.
 */
export async function checkCurrentHead(
  ctx: RunContext,
  github: GitHubClient | undefined,
  checkedOut: string | undefined,
): Promise<HeadCheck> {
  if (!github) {
    ctx.log.warning(
      `No ${ctx.setting('github-token')}: cannot check that this checkout is the default branch's latest commit before pushing.`,
    );
    return { ok: true };
  }
  let branch: string;
  let head: string | undefined;
  try {
    // Usually as the approval query answered it at the start of the run, in the same request: a
    // commit that lands later starts a run of its own, which pushes after this one.
    ({ branch, sha: head } = await github.getDefaultBranchHead());
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    // Revocation never waits on GitHub: without an answer the checkout is trusted, and said so.
    ctx.log.warning(
      `GitHub could not say which commit is the default branch's latest (${e.message}); pushing this checkout's policy without that check.`,
    );
    return { ok: true };
  }
  if (!checkedOut || head === checkedOut) return { ok: true };
  return {
    ok: false,
    message:
      `This run checked out ${short(checkedOut)}, but the default branch ${branch} is now at ${short(head)}: ` +
      "pushing this checkout's policy could bring back access that was revoked since (a re-run of an old job does this). " +
      'Only the rules of grants no longer active were taken out of the live policy. ' +
      `Do not re-run this job: start a new run on ${branch} (Actions → this workflow → Run workflow), or re-run the newest run.`,
  };
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : 'an unknown commit';
}

// ---- read back ----

/**
 * Reads the live policy and says, for each grant path, whether its access is out of it: its
 * generated comments are gone and (when its rules are given) none of its rules is there.
 */
export async function readBack(
  client: TailscaleClient | undefined,
  paths: readonly string[],
  rules: ReadonlyMap<string, readonly unknown[]> = new Map(),
  why = 'no Tailscale credential',
): Promise<AccessReport> {
  const unknown = (error: string): AccessReport => ({
    state: new Map(paths.map((p) => [p, 'unknown' as const])),
    error,
  });
  if (paths.length === 0) return { state: new Map() };
  if (!client) return unknown(why);
  try {
    const live = await client.getPolicy();
    const inLive = grantsInPolicy(live.hujson, paths, rules);
    return { state: new Map(paths.map((p) => [p, inLive.get(p) ? 'live' : 'out'])) };
  } catch (e) {
    if (!(e instanceof TailscaleError)) throw e;
    return unknown(e.message);
  }
}

/**
 * The rules each grant generates while active (compiled at a moment inside its window, alone), so
 * a read back can also find them when their comments were removed.
 */
export function rulesWhileActive(
  files: {
    policyFiles: Parameters<typeof compile>[0]['policyFiles'];
    grantFiles: Parameters<typeof compile>[0]['grantFiles'];
  },
  policyDir: string | readonly string[],
  compiled: Compiled,
  paths: readonly string[],
): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const path of paths.slice(0, 30)) {
    const g = compiled.grants.find((e) => e.path === path)?.grant;
    if (!g) continue;
    const at = new Date(g.expires.getTime() - 1);
    const exclude = new Map(compiled.grants.filter((e) => e.path !== path).map((e) => [e.path, 'alone'] as const));
    const c = compile({ policyDir, ...files, now: at, exclude });
    if (c.baseErrors) continue;
    const rules: unknown[] = [];
    for (const [section, byIndex] of c.generatedBy)
      for (const index of byIndex.keys()) rules.push((c.policy[section] as unknown[])[index]);
    out.set(path, rules);
  }
  return out;
}
