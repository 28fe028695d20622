/**
 * `apply` mode (SPEC 2.3): compile at now; validate offline, then with Tailscale; read the live
 * policy and its ETag; stop on drift; push with If-Match only if it changed; apply the managed
 * DNS settings. Also the first half of `expire`.
 *
 * Safety (SPEC 4): nothing is sent when validation fails (1); a console edit is never
 * overwritten silently (2); the push carries If-Match and a 412 is reported, never retried (3);
 * an invalid grant is left out and the narrower policy still pushed, while the run fails (4).
 * Grants that reached the default branch without a qualifying approval are left out (2.4).
 *
 * Revocation never waits (2.5, property 9): when the repository's policy cannot be pushed, a
 * narrowing push still takes the rules of grants no longer active out of the live policy
 * (./revocation.ts), and a checkout that is not the default branch's head never pushes.
 *
 * `enforce: posture` grants get their device attributes (posture/attribute-writes.ts) after the push, or
 * only the writes that take access away when the policy could not be pushed.
 */
import { formatChanges } from '../policy/diff.js';
import { decidePush } from '../policy/push.js';
import { syncPostureAttributes, postureFailureText } from '../posture/attribute-writes.js';
import { annotate } from '../report/annotations.js';
import { applySummary } from '../report/apply-summary.js';
import type { ApplyOutcome, NarrowOutcome, PolicyOutcome, PostureOutcome } from '../report/outcome.js';
import { ExternalError, UserError } from '../shared/errors.js';
import type { GitHubClient } from '../github/github-client.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { PolicyConflictError, TailscaleError } from '../tailscale/tailscale-errors.js';
import type { CheckResult } from '../validate/offline.js';
import type { GrantsCompiled } from '../policy/compile.js';
import { standingFindings } from '../validate/standing-check.js';
import { firstParentHistory, readAheadAt, workspaceHead, type FirstParentCommit } from '../git.js';
import { dirList } from '../policy/targets.js';
import { applyDns, readLiveDns, type DnsRead } from './apply-dns.js';
import { githubBudgetMs, githubClient, tailscaleFor } from './clients.js';
import { forTarget, type ModeResult, type RunContext } from './context.js';
import {
  checkRead,
  compileRead,
  grantOutputs,
  offlineCheck,
  readRun,
  writePolicyFile,
  type RunFiles,
} from './offline-pass.js';
import { onCallJudge } from './on-call.js';
import { reviewBreakGlass } from './break-glass.js';
import { historyDirs, unapprovedGrants, type BrokenGlass } from './unapproved.js';
import { checkCurrentHead, leaveOutRejected, narrowingPush, narrowText, rejectionText } from './revocation.js';
import { countFindings } from '../shared/findings.js';

export type { ApplyOutcome, PostureOutcome } from '../report/outcome.js';

export interface ApplyOptions {
  /** Grants to leave out (default: those that reached the default branch without approval). */
  exclude?: ReadonlyMap<string, string>;
  client?: TailscaleClient;
  github?: GitHubClient;
  files?: RunFiles;
  /** The caller already checked that the checkout is the default branch's head. */
  skipHeadCheck?: boolean;
  /** Told the repository's compile as soon as there is one (before the approval lookups end). */
  onCompiled?: (compiled: Pick<GrantsCompiled, 'dns'>, pushable: boolean, policy?: unknown) => void;
}

/** The offline half of an apply, done once per run: what may be pushed, and which PR brought each grant. */
export interface PreparedApply {
  result: CheckResult;
  policyFile: string;
  /** The pull request of each approved grant (path -> number). */
  pulls: ReadonlyMap<string, number>;
  /** The files read, so that leaving out a grant Tailscale rejects re-checks the same files. */
  files: RunFiles;
  /** What was left out, and why. */
  exclude: ReadonlyMap<string, string>;
  /** Break-glass grants an approver revoked: left out too, as a warning (break-glass.ts). */
  withdrawn?: ReadonlyMap<string, string>;
  /** For the check that the checkout is the default branch's head. */
  github?: GitHubClient;
}

export async function applyPolicy(ctx: RunContext, opts: ApplyOptions = {}): Promise<ApplyOutcome> {
  const early = readingEarly(ctx, opts.client);
  let dnsRead: DnsRead | undefined;
  const prepared = await prepareApply(ctx, {
    ...opts,
    // As soon as the repository is compiled, and only when its base policy may be pushed: the
    // managed DNS settings are read (reads only; the writes stay after the push), and the
    // policy the push will send when no grant is left out is given to Tailscale to validate.
    onCompiled: (compiled, pushable, policy) => {
      if (!early || !pushable) return;
      dnsRead = early.after((after) => readLiveDns(early.client, compiled.dns, after));
      if (policy) early.prevalidate(JSON.stringify(policy));
    },
  });
  return pushPolicy(ctx, prepared, early?.client, { ...opts, ...(dnsRead ? { dnsRead } : {}) });
}

/** How old a read or validation started early may be when the push decision uses it. */
const EARLY_MAX_AGE_MS = 10_000;

interface EarlyTailscale {
  client: TailscaleClient;
  /** Starts `start` once every early request before it is answered (DnsRead reads never reject). */
  after<T extends { reads: Promise<unknown> }>(start: (after: Promise<unknown>) => T | undefined): T | undefined;
  /** Validates `jsonText` now (after the early requests before it), for validatePolicy of the same text. */
  prevalidate(jsonText: string): void;
}

/**
 * The run's Tailscale client, asked early: its live policy at once (the GET, and an OAuth
 * client's token before it, go out while git and GitHub are asked, instead of after
 * validation), then what applyPolicy queues (the DNS reads, a validation), one after another
 * so they reach Tailscale in a fixed order. The first getPolicy answers with the early read,
 * and validatePolicy of the text validated early with that answer, when at most
 * EARLY_MAX_AGE_MS old; anything else is asked again. Every later getPolicy reads again (a
 * 412's retry, a narrowing push's second attempt). validatePolicy waits for the early
 * requests, so while Tailscale answers 429, one request at a time.
 *
 * Reading earlier loses no safety (SPEC 4): the push carries the early read's ETag as If-Match,
 * so a console edit made after it ends in a 412, reported and never retried; drift is judged on
 * the content that ETag names. Validation is a read: nothing is pushed before it, and a policy
 * that differs from the one validated early (a grant left out) is validated again. Without a
 * credential, undefined: pushPolicy then reports it as before.
 */
function readingEarly(ctx: RunContext, given?: TailscaleClient): EarlyTailscale | undefined {
  let client: TailscaleClient;
  try {
    client = given ?? tailscaleFor(ctx);
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
  const fresh = <T>(p: Promise<T>) => started(p.then((value) => ({ value, at: performance.now() })));
  const young = (at: number) => performance.now() - at <= EARLY_MAX_AGE_MS;
  const early = fresh(client.getPolicy());
  let queue: Promise<unknown> = early.catch(() => undefined);
  let used = false;
  let validated:
    | { text: string; answer: ReturnType<typeof fresh<Awaited<ReturnType<TailscaleClient['validatePolicy']>>>> }
    | undefined;
  const reading: TailscaleClient = {
    ...client,
    async validatePolicy(jsonText) {
      const given = validated?.text === jsonText ? validated : undefined;
      validated = undefined;
      if (given) {
        const { value, at } = await given.answer;
        if (young(at)) return value;
      }
      await queue;
      return client.validatePolicy(jsonText);
    },
    async getPolicy() {
      if (used) return client.getPolicy();
      used = true;
      const { value, at } = await early;
      return young(at) ? value : client.getPolicy();
    },
  };
  return {
    client: reading,
    after(start) {
      const out = start(queue);
      if (out) queue = out.reads.catch(() => undefined);
      return out;
    },
    prevalidate(text) {
      const answer = fresh(queue.then(() => client.validatePolicy(text)));
      validated = { text, answer };
      queue = answer.catch(() => undefined);
    },
  };
}

/**
 * Reads and checks the repository once. The approval lookup needs only the grant list, so it
 * reads a plain compile of the same files; the one full check then leaves out what it found.
 */
export async function prepareApply(ctx: RunContext, opts: ApplyOptions = {}): Promise<PreparedApply> {
  const github = opts.github ?? githubClient(ctx);
  const dirs = { policyDir: ctx.target.policyDirs, grantsDir: ctx.target.grantsDir };
  // git reads the history (for the approval lookup) while the files are read and checked.
  const history = github && !opts.exclude ? started(firstParentHistory(ctx.workspace, historyDirs(dirs))) : undefined;
  const files = opts.files ?? (await readRun(ctx));
  const pulls = new Map<string, number>();
  const autoApproved = new Map<string, string>();
  const brokenGlass = new Map<string, BrokenGlass>();
  // The grants to judge, listed once for the approval lookup and the break-glass reviews, by a
  // plain compile of the files read (the grants, their windows, the rules they are judged by).
  let listed: Pick<GrantsCompiled, 'grants' | 'policy' | 'access' | 'now'> | undefined;
  const grantList = () => {
    if (listed) return listed;
    const compiled = compileRead(ctx, files);
    // Without a token every grant is left out, so the one full check follows the lookup.
    if (!github) opts.onCompiled?.(compiled, !compiled.baseFindings.some((f) => f.severity === 'error'));
    return (listed = compiled);
  };
  // With a token, the full check without exclusions: when every grant is approved (the usual
  // case), that check is the run's. It runs while GitHub answers the approval query (once the
  // query is on its way: the query waits only for git's history and the plain compile), or when
  // the lookup ends without one; its policy is the one pushed when no grant is left out.
  let checked: CheckResult | undefined;
  const fullCheck = () => {
    if (checked || !github) return;
    checked = checkRead(ctx, files);
    opts.onCompiled?.(checked.compiled, checked.pushable, checked.compiled.policy);
  };
  let asked!: () => void;
  const askedGitHub = new Promise<void>((resolve) => (asked = resolve));
  const lookup = started(
    opts.exclude
      ? Promise.resolve(opts.exclude)
      : unapprovedGrants(
          grantList,
          ctx.workspace,
          dirs,
          github,
          pulls,
          ctx.setting('github-token'),
          onCallJudge(ctx),
          autoApproved,
          brokenGlass,
          history,
          asked,
        ),
  );
  // The rules of the base of the pull request that brought the newest grants are read while
  // GitHub is asked which pull request that was (its base is usually the merge's first parent):
  // git starts once the query is on its way.
  void askedGitHub.then(() =>
    history?.then(
      (commits) => readAheadBases(ctx, commits),
      () => undefined,
    ),
  );
  const checking = started(Promise.race([askedGitHub, lookup.then(noop, noop)]).then(fullCheck));
  const exclude = await lookup;
  await checking;
  for (const [path, words] of autoApproved) ctx.log.info(`${path}: ${words}; no reviewer needed.`);
  const withdrawn = github
    ? await reviewBreakGlass(ctx, github, brokenGlass, grantList(), { deletionPulls: ctx.inputs.mode === 'expire' })
    : new Map<string, string>();
  // The check without exclusions is the run's when nothing was left out (the usual case).
  const result =
    checked && exclude.size === 0 && withdrawn.size === 0 ? checked : checkRead(ctx, files, exclude, withdrawn);
  const policyFile = await writePolicyFile(ctx, result);
  annotate(ctx.log, result.findings);
  return { result, policyFile, pulls, files, exclude, withdrawn, ...(github ? { github } : {}) };
}

/** How many merges' first parents readAheadBases reads (each is two git processes). */
const READ_AHEAD_BASES = 2;

/**
 * Starts reading the policy files at the first parent of the newest commits that changed a
 * grant, which is usually the base of the pull request that brought them: when the approval
 * check asks for the rules of that base (filesAt of the same commit), git has read them.
 */
function readAheadBases(ctx: RunContext, commits: readonly FirstParentCommit[]): void {
  const grants = `${ctx.target.grantsDir.replace(/\/+$/, '')}/`;
  const parents = new Set<string>();
  for (const c of commits) {
    if (parents.size >= READ_AHEAD_BASES) break;
    if (c.parent && [...c.changes.keys()].some((p) => p.startsWith(grants))) parents.add(c.parent);
  }
  for (const sha of parents) readAheadAt(ctx.workspace, sha, dirList(ctx.target.policyDirs));
}

/**
 * The Tailscale half: validate, read, decide, push, then posture attributes and DNS. Tailscale's
 * failures (and a missing credential) come back as an outcome, never as a throw, so expire can
 * still make its cleanup PR from the same check.
 *
 * Revocation never waits (SPEC 2.5, property 9): whenever the repository's policy cannot be
 * pushed (broken base, stale checkout, rejected, drift, a failed push), the rules of grants no
 * longer active are still taken out of the live policy by a narrowing push. Grants whose rules
 * Tailscale rejects are found and left out, and the rest is pushed.
 */
export async function pushPolicy(
  ctx: RunContext,
  prepared: PreparedApply,
  given?: TailscaleClient,
  opts: { skipHeadCheck?: boolean; dnsRead?: DnsRead } = {},
): Promise<ApplyOutcome> {
  let { result, policyFile } = prepared;
  let exclude = prepared.exclude;
  const { pulls } = prepared;
  const { dryRun, onDrift } = ctx.inputs;
  const writes: string[] = [];
  let dnsChanged: string[] = [];
  let posture: PostureOutcome | undefined;
  let narrowed: NarrowOutcome | undefined;
  let rejected: ApplyOutcome['rejected'];
  let pushed = false;
  let client = given;
  let dnsRead = opts.dnsRead;
  const done = (policy: PolicyOutcome, failure?: { failure: string; exitCode: number }): ApplyOutcome => ({
    ...policy,
    result,
    policyFile,
    dryRun,
    writes,
    pushed,
    dnsChanged,
    approvedPulls: pulls,
    ...(posture ? { posture } : {}),
    ...(narrowed ? { narrowed } : {}),
    ...(rejected ? { rejected } : {}),
    ...(failure ?? {}),
  });
  /** The repository's policy is not pushed: take the rules of grants no longer active out of the live one. */
  const narrowInstead = async (policy: PolicyOutcome, failure: string, exitCode: number): Promise<ApplyOutcome> => {
    try {
      client ??= tailscaleFor(ctx);
      narrowed = await narrowingPush(client, ctx, result.compiled, failure, writes);
    } catch (e) {
      if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
      narrowed = { because: failure, removed: [], refused: [], pushed: false, failure: e.message };
    }
    const text = narrowText(narrowed, dryRun);
    return done(policy, { failure: text ? `${failure} ${text}` : failure, exitCode });
  };
  const narrowPosture = async (c: TailscaleClient) => {
    posture = await syncPostureAttributes(c, result.compiled, writes, { dryRun, narrowOnly: true, pulls });
  };

  const errors = countFindings(result.findings, 'error');
  if (!result.pushable) {
    const failure = `The base policy has ${errors} error(s); the repository's policy was not pushed.`;
    return narrowInstead({ kind: 'base-invalid', errors }, failure, 1);
  }
  let policy: PolicyOutcome;
  try {
    // Never push the past: only the default branch's latest commit may replace the policy. GitHub
    // is asked while Tailscale validates (a read): both answers are in before anything is written.
    const head = opts.skipHeadCheck
      ? undefined
      : started(
          (async () => checkCurrentHead(ctx, prepared.github, ctx.sha ?? (await workspaceHead(ctx.workspace))))(),
        );
    let validating: ReturnType<TailscaleClient['validatePolicy']> | undefined;
    let unusable: unknown;
    try {
      client ??= tailscaleFor(ctx);
      validating = started(client.validatePolicy(JSON.stringify(result.compiled.policy)));
    } catch (e) {
      unusable = e;
    }
    if (head) {
      const checked = await head;
      if (!checked.ok) return narrowInstead({ kind: 'stale-checkout', message: checked.message }, checked.message, 1);
    }
    if (!client || !validating) throw unusable;
    let validation = await validating;
    // Leave out, don't stop: the grants Tailscale rejects are found and left out, the rest pushed.
    for (let round = 0; !validation.ok && round < 3; round++) {
      const rejection = await leaveOutRejected(client, ctx, result, exclude, validation);
      if (rejection.base || rejection.grants.length === 0) break;
      const why = `Tailscale rejected its rules: ${rejection.message}`;
      exclude = new Map([...exclude, ...rejection.grants.map((p) => [p, why] as const)]);
      rejected = { grants: [...(rejected?.grants ?? []), ...rejection.grants], message: rejection.message };
      ({ result, policyFile } = await offlineCheck(ctx, {
        exclude,
        withdrawn: prepared.withdrawn,
        files: prepared.files,
      }));
      validation = await client.validatePolicy(JSON.stringify(result.compiled.policy));
    }
    if (!validation.ok) {
      await narrowPosture(client);
      const details = validation.data.flatMap((d) => d.errors.map((e) => (d.user ? `${d.user}: ${e}` : e)));
      const message = validation.message ?? 'invalid';
      const failure = `Tailscale rejected the compiled policy: ${rejectionText(validation)}. The repository's policy was not pushed.`;
      return narrowInstead({ kind: 'rejected', message, details }, failure, 1);
    }
    const compiled = result.compiled;
    // The live DNS settings are read with the live policy, not after the push (reads only).
    dnsRead ??= readLiveDns(client, compiled.dns);
    const decision = decidePush(compiled, await client.getPolicy(), onDrift);
    if (decision.action === 'stop') {
      await narrowPosture(client);
      ctx.log.error(
        `The live policy was edited outside Git. What the push would change:\n${formatChanges(decision.changes)}`,
      );
      const failure =
        'The tailnet policy was edited outside Git (its content no longer matches its tailpolicy-digest), so it was not overwritten. ' +
        `Bring the edit into the repository, or re-run with ${ctx.setting('on-drift')}: warn or overwrite to replace it.`;
      return narrowInstead({ kind: 'drift', decision }, failure, 1);
    }
    if (decision.action === 'push') {
      // Safety property 11, checked on the very policy about to be sent, whatever led here.
      const standing = standingFindings(compiled).filter((f) => f.severity === 'error');
      if (standing.length > 0) {
        const message = `Not pushed: ${standing[0]!.message}`;
        return done({ kind: 'standing', message }, { failure: message, exitCode: 1 });
      }
      if (decision.drift)
        ctx.log.warning(
          `The live policy was edited outside Git; ${ctx.setting('on-drift')} is "warn", so it is replaced by the repository's policy.`,
        );
      writes.push(
        `POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${decision.ifMatch} (${compiled.text.length} bytes, ${decision.changes.length} rule change(s))`,
      );
      try {
        if (!dryRun) {
          await client.setPolicy(compiled.text, decision.ifMatch);
          pushed = true;
        }
      } catch (e) {
        if (e instanceof PolicyConflictError) {
          writes.length = 0;
          const takeover = decision.takeover === 'default-only';
          const failure = takeover
            ? "The tailnet's policy was never managed by tailpolicy and is not Tailscale's default, so it was not replaced. " +
              `Copy it into policy/ first, or run once with ${ctx.setting('on-drift')}: warn to take it over.`
            : 'The tailnet policy changed between reading and writing it (HTTP 412), so nothing was overwritten. ' +
              "Start a new run from the default branch's latest commit (or re-run the newest run, not an older one): " +
              'it will read the new policy and check it for drift.';
          return done({ kind: 'conflict', decision, takeover }, { failure, exitCode: 3 });
        }
        // The full push itself failed (Tailscale answering 5xx to every attempt): still take the
        // expired rules out, and say plainly whether that worked.
        if (e instanceof TailscaleError) {
          const failure = `Pushing the policy failed: ${e.message}`;
          return narrowInstead({ kind: 'unreachable', message: e.message, exitCode: 3 }, failure, 3);
        }
        throw e;
      }
      policy = { kind: 'pushed', decision };
    } else {
      policy = { kind: 'current' };
    }
    // The policy is now the compiled one (or would be, in a dry run): its grants may get their attributes.
    posture = await syncPostureAttributes(client, compiled, writes, { dryRun, pulls });
    dnsChanged = await applyDns(client, compiled.dns, writes, { tailnet: ctx.inputs.tailnet, dryRun }, dnsRead);
  } catch (e) {
    if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
    return done(
      { kind: 'unreachable', message: e.message, exitCode: e.exitCode },
      { failure: e.message, exitCode: e.exitCode },
    );
  }
  const failures: string[] = [];
  if (rejected)
    failures.push(
      `Tailscale rejected the rules of ${rejected.grants.join(', ')}: left out of the pushed policy (${rejected.message}).`,
    );
  const remaining = countFindings(result.findings, 'error');
  if (!result.ok)
    failures.push(`${remaining} error(s) in the grants: those grants were left out of the pushed policy.`);
  const postureFailures = posture?.failures ?? [];
  if (postureFailures.length) failures.push(postureFailureText(postureFailures, pushed || policy.kind === 'current'));
  if (!failures.length) return done(policy);
  return done(policy, { failure: failures.join(' '), exitCode: postureFailures.length ? 3 : 1 });
}

const noop = (): void => undefined;

/** A promise started ahead of its use, which may be dropped unused: its rejection is then not unhandled. */
function started<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

export async function applyMode(runCtx: RunContext): Promise<ModeResult> {
  // With tailpolicy.yaml, one target: its folders and its tailnet.
  const ctx = forTarget(runCtx);
  // The approval lookups and the head check before the push share one GitHub budget: when it
  // runs out, unverified grants are left out and the checkout is trusted with a warning.
  const github = githubClient(ctx);
  const budgetMs = githubBudgetMs(ctx.env);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1000)} s allowed for GitHub before the push`);
  const o = await applyPolicy(ctx, github ? { github } : {});
  for (const w of o.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const changed =
    o.pushed ||
    !!o.narrowed?.pushed ||
    (!ctx.inputs.dryRun && (o.dnsChanged.length > 0 || (o.posture?.changes.length ?? 0) > 0));
  return {
    outputs: { ...grantOutputs(o.result, o.policyFile), changed: String(changed) },
    summary: applySummary(o),
    ...(o.failure ? { failure: o.failure, exitCode: o.exitCode } : {}),
  };
}
