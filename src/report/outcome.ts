/**
 * What an apply did, as data: the policy's fate is one `kind`, so the expire mode and the
 * summaries read it instead of guessing from exit codes. Whatever happened to the policy, the
 * grants left out and the device posture writes are reported beside it.
 */
import type { PolicyChange } from '../policy/diff.js';
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
  /** The base policy has errors: no safe policy could be computed, nothing was sent. */
  | { kind: 'base-invalid'; errors: number }
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
  /** Why the run fails, in words; absent when it succeeds. */
  failure?: string;
  /** 1: the policy or grants have errors; 3: Tailscale failed. Set with `failure`. */
  exitCode?: number;
};

/** The rule-level changes the summary shows: those pushed (or meant to be), or those a drift stopped. */
export function changesOf(o: PolicyOutcome): PolicyChange[] | undefined {
  return o.kind === 'pushed' || o.kind === 'drift' || o.kind === 'conflict' ? o.decision.changes : undefined;
}
