/**
 * What an apply did, as data: the policy's fate is one `kind`, so the expire mode and the
 * summaries read it instead of guessing from exit codes. Whatever happened to the policy, the
 * grants left out and the device posture writes are reported beside it.
 */
import type { PolicyChange } from '../policy/diff.js';
import type { RefusedGrant } from '../policy/narrow.js';
import type { PushDecision } from '../policy/push.js';
import type { CheckResult } from '../validate/offline.js';

type Push = Extract<PushDecision, { action: 'push' }>;
type Stop = Extract<PushDecision, { action: 'stop' }>;

/** The policy's fate. */
export type PolicyOutcome =
  /** The policy was written with If-Match (or, in a dry run, would have been). */
  | { kind: 'pushed'; decision: Push }
  /** The live policy already matched the compiled one. */
  | { kind: 'current' }
  /** The live policy was edited outside Git and on-drift is fail: not overwritten (SPEC 2.5). */
  | { kind: 'drift'; decision: Stop }
  /**
   * Tailscale answered 412: the policy changed between reading and writing it (or, with
   * `takeover`, it was never managed by tailpolicy and is not Tailscale's default).
   */
  | { kind: 'conflict'; decision: Push; takeover: boolean }
  /** Tailscale's /acl/validate refused the compiled policy. */
  | { kind: 'rejected'; message: string; details: string[] }
  /** The base policy has errors: no safe policy could be computed, the repository's policy was not sent. */
  | { kind: 'base-invalid'; errors: number }
  /**
   * The checkout is not the default branch's latest commit (a re-run of an old job): its policy
   * could bring back access revoked since, so it was not pushed (never push the past).
   */
  | { kind: 'stale-checkout'; message: string }
  /** The compiled policy would give standing access to a `standing: none` resource (SPEC 4, property 11). */
  | { kind: 'standing'; message: string }
  /** Tailscale (or the credential) failed before the policy's fate was known. */
  | { kind: 'unreachable'; message: string; exitCode: number };

export type PolicyOutcomeKind = PolicyOutcome['kind'];

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

/**
 * The narrowing push (SPEC 2.5, property 9): when the repository's policy could not be pushed,
 * the live policy minus the generated rules of grants no longer active.
 */
export interface NarrowOutcome {
  /** Why the full push could not be made. */
  because: string;
  /** Grants whose generated rules were (or, in a dry run, would be) taken out of the live policy. */
  removed: string[];
  /** Grants no longer active whose rules could not be taken out safely: their access is still live. */
  refused: RefusedGrant[];
  /** The narrowed policy was written (false in a dry run or when nothing had to be taken out). */
  pushed: boolean;
  /** The narrowed policy could not be pushed: why. Access of `removed` is then NOT out. */
  failure?: string;
}

export type ApplyOutcome = PolicyOutcome & {
  result: CheckResult;
  policyFile: string;
  dryRun: boolean;
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
  /** Why the run fails, in words; absent when it succeeds. */
  failure?: string;
  /** 1: the policy or grants have errors; 3: Tailscale failed. Set with `failure`. */
  exitCode?: number;
};

/** The rule-level changes the summary shows: those pushed (or meant to be), or those a drift stopped. */
export function changesOf(o: PolicyOutcome): PolicyChange[] | undefined {
  return o.kind === 'pushed' || o.kind === 'drift' || o.kind === 'conflict' ? o.decision.changes : undefined;
}
