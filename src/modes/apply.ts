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
 * `enforce: posture` grants get their device attributes (posture/attribute-writes.ts) after the push, or
 * only the writes that take access away when the policy could not be pushed.
 */
import { formatChanges } from '../policy/diff.js';
import { decidePush } from '../policy/push.js';
import { syncPostureAttributes, postureFailureText } from '../posture/attribute-writes.js';
import { annotate } from '../report/annotations.js';
import { applySummary } from '../report/apply-summary.js';
import type { ApplyOutcome, PolicyOutcome, PostureOutcome } from '../report/outcome.js';
import { ExternalError, UserError } from '../shared/errors.js';
import type { GitHubClient } from '../github/github-client.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { PolicyConflictError } from '../tailscale/tailscale-errors.js';
import type { CheckResult } from '../validate/offline.js';
import { applyDns } from './apply-dns.js';
import { githubClient, tailscaleFor } from './clients.js';
import type { ModeResult, RunContext } from './context.js';
import { compileRead, grantOutputs, offlineCheck, readRun, type RunFiles } from './offline-pass.js';
import { unapprovedGrants } from './unapproved.js';

export type { ApplyOutcome, PostureOutcome } from '../report/outcome.js';

export interface ApplyOptions {
  /** Grants to leave out (default: those that reached the default branch without approval). */
  exclude?: ReadonlyMap<string, string>;
  client?: TailscaleClient;
  github?: GitHubClient;
  files?: RunFiles;
}

/** The offline half of an apply, done once per run: what may be pushed, and which PR brought each grant. */
export interface PreparedApply {
  result: CheckResult;
  policyFile: string;
  /** The pull request of each approved grant (path -> number). */
  pulls: ReadonlyMap<string, number>;
}

export async function applyPolicy(ctx: RunContext, opts: ApplyOptions = {}): Promise<ApplyOutcome> {
  const prepared = await prepareApply(ctx, opts);
  return pushPolicy(ctx, prepared, opts.client);
}

/**
 * Reads and checks the repository once. The approval lookup needs only the grant list, so it
 * reads a plain compile of the same files; the one full check then leaves out what it found.
 */
export async function prepareApply(ctx: RunContext, opts: ApplyOptions = {}): Promise<PreparedApply> {
  const files = opts.files ?? (await readRun(ctx));
  const pulls = new Map<string, number>();
  const github = opts.github ?? githubClient(ctx);
  const exclude =
    opts.exclude ??
    (await unapprovedGrants(
      compileRead(ctx, files),
      ctx.workspace,
      ctx.inputs,
      github,
      pulls,
      ctx.setting('github-token'),
    ));
  const { result, policyFile } = await offlineCheck(ctx, { exclude, files });
  annotate(ctx.log, result.findings);
  return { result, policyFile, pulls };
}

/**
 * The Tailscale half: validate, read, decide, push, then posture attributes and DNS. Tailscale's
 * failures (and a missing credential) come back as an outcome, never as a throw, so expire can
 * still make its cleanup PR from the same check.
 */
export async function pushPolicy(
  ctx: RunContext,
  prepared: PreparedApply,
  given?: TailscaleClient,
): Promise<ApplyOutcome> {
  const { result, policyFile, pulls } = prepared;
  const { dryRun, onDrift } = ctx.inputs;
  const writes: string[] = [];
  let dnsChanged: string[] = [];
  let posture: PostureOutcome | undefined;
  let pushed = false;
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
    ...(failure ?? {}),
  });
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (!result.pushable) {
    const failure = `The base policy has ${errors} error(s); nothing was pushed.`;
    return done({ kind: 'base-invalid', errors }, { failure, exitCode: 1 });
  }
  const compiled = result.compiled;
  const narrowPosture = async (client: TailscaleClient) => {
    posture = await syncPostureAttributes(client, compiled, writes, { dryRun, narrowOnly: true, pulls });
  };
  let policy: PolicyOutcome;
  try {
    const client = given ?? tailscaleFor(ctx);
    const validation = await client.validatePolicy(JSON.stringify(compiled.policy));
    if (!validation.ok) {
      await narrowPosture(client);
      const details = validation.data.flatMap((d) => d.errors.map((e) => (d.user ? `${d.user}: ${e}` : e)));
      const message = validation.message ?? 'invalid';
      const failure = `Tailscale rejected the compiled policy: ${message}${details.length ? ` (${details.slice(0, 5).join('; ')})` : ''}. Nothing was pushed.`;
      return done({ kind: 'rejected', message, details }, { failure, exitCode: 1 });
    }
    const decision = decidePush(compiled, await client.getPolicy(), onDrift);
    if (decision.action === 'stop') {
      await narrowPosture(client);
      ctx.log.error(
        `The live policy was edited outside Git. What the push would change:\n${formatChanges(decision.changes)}`,
      );
      const failure =
        'The tailnet policy was edited outside Git (its content no longer matches its tailpolicy-digest), so it was not overwritten. ' +
        `Bring the edit into the repository, or re-run with ${ctx.setting('on-drift')}: warn or overwrite to replace it.`;
      return done({ kind: 'drift', decision }, { failure, exitCode: 1 });
    }
    if (decision.action === 'push') {
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
        if (!(e instanceof PolicyConflictError)) throw e;
        writes.length = 0;
        const takeover = decision.takeover === 'default-only';
        const failure = takeover
          ? "The tailnet's policy was never managed by tailpolicy and is not Tailscale's default, so it was not replaced. " +
            `Copy it into policy/ first, or run once with ${ctx.setting('on-drift')}: warn to take it over.`
          : 'The tailnet policy changed between reading and writing it (HTTP 412), so nothing was overwritten. ' +
            'Re-run the workflow: it will read the new policy and check it for drift.';
        return done({ kind: 'conflict', decision, takeover }, { failure, exitCode: 3 });
      }
      policy = { kind: 'pushed', decision };
    } else {
      policy = { kind: 'current' };
    }
    // The policy is now the compiled one (or would be, in a dry run): its grants may get their attributes.
    posture = await syncPostureAttributes(client, compiled, writes, { dryRun, pulls });
    dnsChanged = await applyDns(client, compiled.dns, writes, { tailnet: ctx.inputs.tailnet, dryRun });
  } catch (e) {
    if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
    return done(
      { kind: 'unreachable', message: e.message, exitCode: e.exitCode },
      {
        failure: e.message,
        exitCode: e.exitCode,
      },
    );
  }
  const failures: string[] = [];
  if (!result.ok) failures.push(`${errors} error(s) in the grants: those grants were left out of the pushed policy.`);
  const postureFailures = posture?.failures ?? [];
  if (postureFailures.length) failures.push(postureFailureText(postureFailures, pushed || policy.kind === 'current'));
  if (!failures.length) return done(policy);
  return done(policy, { failure: failures.join(' '), exitCode: postureFailures.length ? 3 : 1 });
}

export async function applyMode(ctx: RunContext): Promise<ModeResult> {
  const o = await applyPolicy(ctx);
  for (const w of o.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const changed = o.pushed || (!ctx.inputs.dryRun && (o.dnsChanged.length > 0 || (o.posture?.changes.length ?? 0) > 0));
  return {
    outputs: { ...grantOutputs(o.result, o.policyFile), changed: String(changed) },
    summary: applySummary(o),
    ...(o.failure ? { failure: o.failure, exitCode: o.exitCode } : {}),
  };
}
