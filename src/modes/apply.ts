/**
 * `apply` mode (SPEC 2.3): compile at now; validate offline, then with Tailscale; read the live
 * policy and its ETag; stop on drift; push with If-Match only if it changed; apply the managed
 * DNS settings. Also the first half of `expire`.
 *
 * Safety (SPEC 4): nothing is sent when validation fails (1); a console edit is never
 * overwritten silently (2); the push carries If-Match and a 412 is reported, never retried (3);
 * an invalid grant is left out and the narrower policy still pushed, while the run fails (4).
 *
 * `enforce: posture` grants (issue #8): after the push succeeded, or when the live policy already
 * matched, the grantees' devices get the grants' custom posture attributes with the grants'
 * expiries, and attributes of grants that are gone are removed. When the policy could not be
 * pushed (drift, Tailscale's refusal), only the writes that take access away are made. Attribute
 * failures fail the run and name the device and grant; they never undo the push.
 */
import * as core from '@actions/core';
import type { CheckResult } from '../validate/offline.js';
import { standingFindings } from '../validate/standing-check.js';
import { formatChanges } from '../policy/diff.js';
import { planDns, type LiveDns } from '../policy/dns.js';
import { decidePush, type PushDecision } from '../policy/push.js';
import { annotate } from '../report/annotations.js';
import { code, md } from '../report/escape.js';
import { findingsTable, grantsTable, pre } from '../report/markdown.js';
import { PolicyConflictError, TailscaleError } from '../tailscale/tailscale-errors.js';
import { deviceApiId } from '../posture/inventory.js';
import { readLiveDevices } from '../posture/live.js';
import {
  enforcedGrants,
  planAttributes,
  usesPostureEnforcement,
  type AttributeWrite,
  type PlanDevice,
} from '../posture/attributes.js';
import { isoUtc } from '../shared/time.js';
import { pathEscape } from '../tailscale/tailscale-client.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { tailscaleClient } from './clients.js';
import { commandContext, type CommandOptions } from './command.js';
import { githubClient } from './clients.js';
import type { GitHubClient } from '../github/github-client.js';
import { unapprovedGrants } from './unapproved.js';
import type { ModeResult, RunContext } from './context.js';
import { grantOutputs, offlineCheck, readWorkspace } from './offline.js';
import { workspaceHead } from '../git.js';
import {
  checkCurrentHead,
  leaveOutRejected,
  narrowingPush,
  narrowText,
  rejectionText,
  type NarrowOutcome,
} from './revocation.js';

export interface ApplyOutcome {
  result: CheckResult;
  policyFile: string;
  decision?: PushDecision;
  /** What was (or, in a dry run, would have been) sent. */
  writes: string[];
  /** The policy was written to the tailnet (false in a dry run). */
  pushed: boolean;
  dnsChanged: string[];
  /** The pull request that brought each approved grant (path -> number), when GitHub was asked. */
  approvedPulls?: ReadonlyMap<string, number>;
  /** Device posture attributes of `enforce: posture` grants; absent when no resource enforces. */
  posture?: PostureOutcome;
  /** The full push could not be made: the live policy minus the rules of grants no longer active. */
  narrowed?: NarrowOutcome;
  /** Grants Tailscale's validation rejected, left out of the pushed policy, with why. */
  rejected?: { grants: string[]; message: string };
  failure?: string;
  exitCode?: number;
}

export interface PostureOutcome {
  /** Only writes that take access away were allowed (the policy was not pushed). */
  narrowOnly: boolean;
  /** Active enforced grants. */
  grants: number;
  /** What was (or, in a dry run, would have been) changed, in words. */
  changes: string[];
  /** Enforced grants none of whose grantees has a user device. */
  noDevices: string[];
  /** Each failed request: which device, which grant, why. */
  failures: string[];
}

export interface ApplyOptions {
  /** Grants to leave out (e.g. reached the default branch without approval). */
  exclude?: ReadonlyMap<string, string>;
  client?: TailscaleClient;
  github?: GitHubClient;
  /** The caller already checked that the checkout is the default branch's head. */
  skipHeadCheck?: boolean;
}

export async function applyPolicy(ctx: RunContext, opts: ApplyOptions = {}): Promise<ApplyOutcome> {
  // Grants that reached the default branch without a qualifying approval are left out (SPEC 2.4).
  // The repository is read once. The offline check runs once when every grant is approved (the
  // usual case: checking with an empty exclusion is the same check), and again only when grants
  // are left out, since the narrower policy is then what must be validated and tested.
  let exclude = opts.exclude;
  const pulls = new Map<string, number>();
  const github = opts.github ?? githubClient(ctx);
  const read = await readWorkspace(ctx);
  let first: Awaited<ReturnType<typeof offlineCheck>> | undefined;
  if (!exclude) {
    first = await offlineCheck(ctx, { read });
    exclude = await unapprovedGrants(first.result.compiled, ctx.workspace, ctx.inputs, github, pulls);
  }
  let { result, policyFile } = first && exclude.size === 0 ? first : await offlineCheck(ctx, { exclude, read });
  annotate(result.findings);
  const outcome: ApplyOutcome = {
    result,
    policyFile,
    writes: [],
    pushed: false,
    dnsChanged: [],
    approvedPulls: pulls,
  };
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const client = opts.client ?? tailscaleClient(ctx.inputs, ctx.inputs.mode);
  // Revocation never waits (SPEC 2.5, property 9): when the repository's policy cannot be pushed,
  // the rules of grants no longer active are still taken out of the live policy.
  const narrowed = async (failure: string, exitCode: number): Promise<ApplyOutcome> => {
    outcome.narrowed = await narrowingPush(client, ctx, outcome.result.compiled, failure, outcome.writes);
    const text = narrowText(outcome.narrowed, ctx.inputs.dryRun);
    return { ...outcome, failure: text ? `${failure} ${text}` : failure, exitCode };
  };
  if (!result.pushable) {
    return narrowed(`The base policy has ${errors} error(s); the repository's policy was not pushed.`, 1);
  }
  // Never push the past: only the default branch's latest commit may replace the policy.
  if (!opts.skipHeadCheck) {
    const head = await checkCurrentHead(ctx, github, ctx.sha ?? (await workspaceHead(ctx.workspace)));
    if (!head.ok) return narrowed(head.message, 1);
  }
  const { dryRun, onDrift } = ctx.inputs;
  try {
    let validation = await client.validatePolicy(JSON.stringify(result.compiled.policy));
    // Leave out, don't stop: the grants Tailscale rejects are found and left out, the rest pushed.
    for (let round = 0; !validation.ok && round < 3; round++) {
      const rejection = await leaveOutRejected(client, ctx, result, exclude, validation);
      if (rejection.base || rejection.grants.length === 0) break;
      exclude = new Map([
        ...exclude,
        ...rejection.grants.map((p) => [p, `Tailscale rejected its rules: ${rejection.message}`] as const),
      ]);
      outcome.rejected = {
        grants: [...(outcome.rejected?.grants ?? []), ...rejection.grants],
        message: rejection.message,
      };
      ({ result, policyFile } = await offlineCheck(ctx, { exclude }));
      outcome.result = result;
      outcome.policyFile = policyFile;
      validation = await client.validatePolicy(JSON.stringify(result.compiled.policy));
    }
    if (!validation.ok) {
      await applyPostureAttributes(client, result, outcome, ctx, { narrowOnly: true, pulls });
      return narrowed(
        `Tailscale rejected the compiled policy: ${rejectionText(validation)}. The repository's policy was not pushed.`,
        1,
      );
    }
    const live = await client.getPolicy();
    const decision = decidePush(result.compiled, live, onDrift);
    outcome.decision = decision;
    if (decision.action === 'stop') {
      await applyPostureAttributes(client, result, outcome, ctx, { narrowOnly: true, pulls });
      core.error(
        `The live policy was edited outside Git. What the push would change:\n${formatChanges(decision.changes)}`,
      );
      return narrowed(
        'The tailnet policy was edited outside Git (its content no longer matches its tailpolicy-digest), so it was not overwritten. ' +
          'Bring the edit into the repository, or re-run with on-drift: warn or overwrite to replace it.',
        1,
      );
    }
    if (decision.action === 'push') {
      // Safety property 11, checked on the very policy about to be sent, whatever led here.
      const standing = standingFindings(result.compiled).filter((f) => f.severity === 'error');
      if (standing.length > 0) {
        return { ...outcome, failure: `Not pushed: ${standing[0]!.message}`, exitCode: 1 };
      }
      if (decision.drift)
        core.warning(
          'The live policy was edited outside Git; on-drift is "warn", so it is replaced by the repository\'s policy.',
        );
      outcome.writes.push(
        `POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${decision.ifMatch} (${result.compiled.text.length} bytes, ${decision.changes.length} rule change(s))`,
      );
      if (!dryRun) {
        await client.setPolicy(result.compiled.text, decision.ifMatch);
        outcome.pushed = true;
      }
    }
    // The policy is now the compiled one (or would be, in a dry run): its grants may get their attributes.
    await applyPostureAttributes(client, result, outcome, ctx, { pulls });
    await applyDns(client, result, outcome, ctx);
  } catch (e) {
    if (e instanceof PolicyConflictError) {
      const takeover = outcome.decision?.action === 'push' && outcome.decision.takeover === 'default-only';
      return {
        ...outcome,
        writes: [],
        failure: takeover
          ? "The tailnet's policy was never managed by tailpolicy and is not Tailscale's default, so it was not replaced. " +
            'Copy it into policy/ first, or run once with on-drift: warn to take it over.'
          : 'The tailnet policy changed between reading and writing it (HTTP 412), so nothing was overwritten. ' +
            "Start a new run from the default branch's latest commit (or re-run the newest run, not an older one): " +
            'it will read the new policy and check it for drift.',
        exitCode: 3,
      };
    }
    // The full push itself failed (e.g. Tailscale answering 5xx to every attempt): still try to
    // take the expired rules out, and say plainly whether that worked.
    if (e instanceof TailscaleError && outcome.decision?.action === 'push' && !outcome.pushed && !outcome.narrowed)
      return narrowed(`Pushing the policy failed: ${e.message}`, 3);
    throw e;
  }
  const failures: string[] = [];
  if (outcome.rejected)
    failures.push(
      `Tailscale rejected the rules of ${outcome.rejected.grants.join(', ')}: left out of the pushed policy (${outcome.rejected.message}).`,
    );
  const remaining = result.findings.filter((f) => f.severity === 'error').length;
  if (!result.ok)
    failures.push(`${remaining} error(s) in the grants: those grants were left out of the pushed policy.`);
  const postureFailures = outcome.posture?.failures ?? [];
  if (postureFailures.length)
    failures.push(postureFailureText(postureFailures, outcome.pushed || outcome.decision?.action === 'none'));
  if (failures.length) return { ...outcome, failure: failures.join(' '), exitCode: postureFailures.length ? 3 : 1 };
  return outcome;
}

function postureFailureText(failures: readonly string[], policyCurrent: boolean): string {
  const shown = failures.slice(0, 5).join('; ');
  const more = failures.length > 5 ? `; and ${failures.length - 5} more` : '';
  return (
    `Device posture attributes (enforce: posture): ${failures.length} failure(s)${policyCurrent ? '; the policy push stands' : ''}: ${shown}${more}. ` +
    'Grantees without their attribute are denied by the enforced rules until a run sets it.'
  );
}

/**
 * Sets and removes the custom posture attributes of `enforce: posture` grants (see plan.ts).
 * Never throws for Tailscale's failures: each is recorded, naming the device and the grant.
 */
async function applyPostureAttributes(
  client: TailscaleClient,
  result: CheckResult,
  outcome: ApplyOutcome,
  ctx: RunContext,
  opts: { narrowOnly?: boolean; pulls?: ReadonlyMap<string, number> },
): Promise<void> {
  const compiled = result.compiled;
  if (!usesPostureEnforcement(compiled.access)) return;
  const grants = enforcedGrants(compiled, opts.pulls);
  const posture: PostureOutcome = {
    narrowOnly: !!opts.narrowOnly,
    grants: grants.length,
    changes: [],
    noDevices: [],
    failures: [],
  };
  outcome.posture = posture;
  let live: Awaited<ReturnType<typeof readLiveDevices>>;
  try {
    live = await readLiveDevices(client);
  } catch (e) {
    if (!(e instanceof TailscaleError)) throw e;
    posture.failures.push(`reading the devices and their posture attributes: ${e.message}`);
    return;
  }
  const devices: PlanDevice[] = live.devices.map((d) => ({
    id: deviceApiId(d),
    name: d.name || deviceApiId(d),
    user: d.user,
    tags: d.tags,
  }));
  const plan = planAttributes(grants, compiled.policy, devices, live.attributes, { narrowOnly: opts.narrowOnly });
  for (const g of grants) if ((plan.devicesOf.get(g.path) ?? []).length === 0) posture.noDevices.push(g.path);
  for (const w of plan.writes) {
    const path = `/api/v2/device/${pathEscape(w.device.id)}/attributes/${pathEscape(w.key)}`;
    outcome.writes.push(
      w.kind === 'set'
        ? `POST ${path} ${JSON.stringify({ value: true, expiry: isoUtc(w.expiry), comment: w.comment })}`
        : `DELETE ${path}`,
    );
    if (!ctx.inputs.dryRun) {
      try {
        if (w.kind === 'set')
          await client.setDeviceAttribute(w.device.id, w.key, {
            value: true,
            expiry: isoUtc(w.expiry),
            comment: w.comment,
          });
        else await client.deleteDeviceAttribute(w.device.id, w.key);
      } catch (e) {
        if (!(e instanceof TailscaleError)) throw e;
        posture.failures.push(
          `${w.kind === 'set' ? 'setting' : 'removing'} ${w.key} on ${deviceLabel(w)} for ${w.grant ?? 'a grant no longer active'}: ${e.message}`,
        );
        continue;
      }
    }
    posture.changes.push(describeWrite(w));
  }
}

function deviceLabel(w: AttributeWrite): string {
  return `device ${w.device.name} (${w.device.id}${w.device.user ? `, ${w.device.user}` : ''})`;
}

function describeWrite(w: AttributeWrite): string {
  if (w.kind === 'delete') return `${w.key} removed from ${deviceLabel(w)}`;
  const verb = { new: 'set', extended: 'extended', shortened: 'shortened', corrected: 're-set' }[w.reason];
  return `${w.key} ${verb} on ${deviceLabel(w)} until ${isoUtc(w.expiry)} (${w.grant})`;
}

async function applyDns(
  client: TailscaleClient,
  result: CheckResult,
  outcome: ApplyOutcome,
  ctx: RunContext,
): Promise<void> {
  const desired = result.compiled.dns;
  if (!desired) return;
  const live: LiveDns = {
    splitDNS: desired.splitDNS ? await client.getSplitDns() : {},
    nameservers: desired.nameservers || desired.magicDNS !== undefined ? await client.getNameservers() : [],
    searchPaths: desired.searchPaths ? await client.getSearchPaths() : [],
    magicDNS: desired.magicDNS !== undefined ? (await client.getPreferences()).magicDNS : false,
  };
  const plan = planDns(desired, live);
  const base = `/api/v2/tailnet/${ctx.inputs.tailnet}/dns`;
  const dry = ctx.inputs.dryRun;
  if (plan.splitDNS) {
    outcome.writes.push(`PUT ${base}/split-dns ${JSON.stringify(plan.splitDNS)}`);
    outcome.dnsChanged.push(`split DNS: ${Object.keys(plan.splitDNS).length} domain(s)`);
    if (!dry) await client.putSplitDns(plan.splitDNS);
  }
  if (plan.nameservers) {
    outcome.writes.push(`POST ${base}/nameservers ${JSON.stringify({ dns: plan.nameservers })}`);
    outcome.dnsChanged.push(`nameservers: ${plan.nameservers.join(', ') || 'none'}`);
    if (!dry) await client.setNameservers(plan.nameservers);
  }
  if (plan.searchPaths) {
    outcome.writes.push(`POST ${base}/searchpaths ${JSON.stringify({ searchPaths: plan.searchPaths })}`);
    outcome.dnsChanged.push(`search paths: ${plan.searchPaths.join(', ') || 'none'}`);
    if (!dry) await client.setSearchPaths(plan.searchPaths);
  }
  if (plan.magicDNS !== undefined) {
    outcome.writes.push(`POST ${base}/preferences ${JSON.stringify({ magicDNS: plan.magicDNS })}`);
    outcome.dnsChanged.push(`MagicDNS ${plan.magicDNS ? 'on' : 'off'}`);
    if (!dry) await client.setPreferences({ magicDNS: plan.magicDNS });
  }
}

export function applySummary(o: ApplyOutcome, ctx: RunContext, title = 'tailpolicy apply'): string {
  const d = o.decision;
  const dry = ctx.inputs.dryRun;
  const verb = dry ? 'would push' : 'pushed';
  const status = o.failure
    ? `❌ ${md(o.failure, 600)}`
    : d?.action === 'push'
      ? `✅ policy ${verb}${d.drift ? ' (replacing an edit made outside Git)' : ''}`
      : '✅ the live policy already matches';
  const out = [`## ${md(title)}${dry ? ' (dry run)' : ''}`, '', status, ''];
  if (d && d.action !== 'none') {
    out.push(
      `### ${d.action === 'stop' ? 'Difference between the live policy and the repository' : 'Changes to the tailnet policy'}`,
      '',
    );
    out.push(d.changes.length ? pre(formatChanges(d.changes)) : '_Only comments or formatting differ._\n');
  }
  if (o.narrowed) out.push(...narrowSummary(o.narrowed, dry));
  if (o.dnsChanged.length) out.push('### DNS', '', ...o.dnsChanged.map((c) => `- ${md(c)}`), '');
  if (o.posture) out.push(...postureSummary(o.posture, dry));
  if (dry && o.writes.length) out.push('### Requests a real run would send', '', pre(o.writes.join('\n')));
  out.push('### Grants', '', grantsTable(o.result));
  if (o.result.findings.length) out.push('### Findings', '', findingsTable(o.result.findings));
  return out.join('\n');
}

/** What the narrowing push did: the rules it took out of the live policy, and what it could not. */
function narrowSummary(n: NarrowOutcome, dry: boolean): string[] {
  const out = ['### Rules of grants no longer active, taken out of the live policy', ''];
  if (n.removed.length) {
    const verb = n.failure
      ? 'Could not take out (the push failed)'
      : n.pushed
        ? 'Taken out'
        : dry
          ? 'Would take out'
          : 'Taken out';
    out.push(`${verb}:`, '', ...n.removed.map((p) => `- ${code(p)}`), '');
  } else if (!n.refused.length && !n.failure) out.push('_None of them is in the live policy._', '');
  if (n.failure && !n.removed.length) out.push(`Failed: ${md(n.failure, 600)}`, '');
  if (n.refused.length)
    out.push(
      '**Access NOT removed** (their generated rules were changed outside Git):',
      '',
      ...n.refused.map((r) => `- ${code(r.grant)}: ${md(r.why)}`),
      '',
    );
  out.push('Everything else in the live policy, including any edit made outside Git, was kept.', '');
  return out;
}

function postureSummary(p: PostureOutcome, dry: boolean): string[] {
  const out = ['### Device posture attributes (enforce: posture)', ''];
  if (p.narrowOnly) out.push('The policy was not pushed, so only attributes that take access away were changed.', '');
  out.push(`${p.grants} active enforced grant(s).`, '');
  const list = (items: string[]) => [
    ...items.slice(0, 50).map((c) => `- ${md(c, 300)}`),
    ...(items.length > 50 ? [`- … and ${items.length - 50} more`] : []),
    '',
  ];
  if (p.changes.length) out.push(dry ? 'Would change:' : 'Changed:', '', ...list(p.changes));
  else if (!p.failures.length) out.push('Every grantee device already carries the right attributes.', '');
  if (p.noDevices.length)
    out.push(
      'No device of the grantees (their access starts on the run after they add one):',
      '',
      ...list(p.noDevices),
    );
  if (p.failures.length) out.push('Failed:', '', ...list(p.failures));
  return out;
}

export async function applyMode(ctx: RunContext): Promise<ModeResult> {
  const o = await applyPolicy(ctx);
  for (const w of o.writes) core.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const changed =
    o.pushed ||
    !!o.narrowed?.pushed ||
    (!ctx.inputs.dryRun && (o.dnsChanged.length > 0 || (o.posture?.changes.length ?? 0) > 0));
  return {
    outputs: { ...grantOutputs(o.result, o.policyFile), changed: String(changed) },
    summary: applySummary(o, ctx),
    ...(o.failure ? { failure: o.failure, exitCode: o.exitCode } : {}),
  };
}

/**
 * `tailpolicy apply [--dry-run]`: the same run as the action's apply, for a terminal or another
 * CI (credentials and GitHub from the environment, see ./command.ts).
 */
export async function applyCommand(
  o: CommandOptions,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const { ctx, tailscale } = commandContext('apply', o, io);
  const o2 = await applyPolicy(ctx, { client: tailscale });
  const verb = ctx.inputs.dryRun ? 'would send' : 'sent';
  const lines = [
    ...o2.writes.map((w) => `${verb} ${w}`),
    `policy: ${o2.decision?.action === 'push' ? (o2.pushed ? 'pushed' : 'would be pushed') : o2.decision ? 'already current' : 'not pushed'} (${o2.result.compiled.digest})`,
    `dns: ${o2.dnsChanged.length ? o2.dnsChanged.join('; ') : 'unchanged'}`,
  ];
  if (o2.decision?.action === 'stop')
    lines.push('difference between the live policy and the repository:', formatChanges(o2.decision.changes));
  io.stdout(lines.join('\n') + '\n');
  if (o2.failure) {
    io.stderr(`tailpolicy: ${o2.failure}\n`);
    return o2.exitCode ?? 1;
  }
  return 0;
}
