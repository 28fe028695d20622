/**
 * Whether and how to push the compiled policy over the live one (SPEC 2.5). Pure: it compares
 * digests, so it needs no cache and no state outside the two policies.
 *
 * - The live policy's canonical digest equals the compiled one: nothing to send.
 * - The live policy carries a `tailpolicy-digest` header that no longer matches its own
 *   content: someone edited it outside Git (drift). `on-drift` decides.
 * - The live policy has no header: tailpolicy never managed it. It is taken over only when
 *   `on-drift` is not `fail`, or when it is still Tailscale's default (the push then carries
 *   `If-Match: "ts-default"`, so Tailscale itself refuses if it is not).
 */
import * as jsonc from 'jsonc-parser';
import { diffPolicies, type PolicyChange } from './diff.js';
import type { Policy } from './merge.js';
import { headerDigest, policyDigest } from './render.js';
import { jsonBounds } from '../shared/bounds.js';
import { ExternalError } from '../shared/errors.js';

export type OnDrift = 'fail' | 'warn' | 'overwrite';

export type PushDecision =
  | { action: 'none'; reason: 'unchanged' }
  | {
      action: 'push';
      ifMatch: string;
      drift: boolean;
      takeover: 'no' | 'default-only' | 'forced';
      changes: PolicyChange[];
    }
  | { action: 'stop'; reason: 'drift'; changes: PolicyChange[]; liveDigest: string; claimedDigest: string };

export interface LivePolicy {
  hujson: string;
  etag: string;
}

/** The live policy as JSON. Tailscale stores only valid policies; an empty body is the default. */
export function parseLivePolicy(hujson: string): Policy {
  // Bounded before jsonc-parser recurses: the answer is input like any file (SPEC 4, property 12).
  const over = jsonBounds(hujson);
  if (over) {
    throw new ExternalError(
      `The live policy file from Tailscale could not be read: ${over.message.replace(/ Flatten.*| split.*/, '')} ` +
        'Compare it in the admin console.',
    );
  }
  const value: unknown = jsonc.parse(hujson, [], { allowTrailingComma: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Policy) : {};
}

export function decidePush(
  compiled: { policy: Policy; digest: string },
  live: LivePolicy,
  onDrift: OnDrift,
): PushDecision {
  const livePolicy = parseLivePolicy(live.hujson);
  const liveDigest = policyDigest(livePolicy);
  if (liveDigest === compiled.digest) return { action: 'none', reason: 'unchanged' };
  const changes = diffPolicies(livePolicy, compiled.policy);
  const claimed = headerDigest(live.hujson);
  if (claimed === undefined) {
    // Never managed by tailpolicy: only Tailscale's untouched default is taken over by default.
    return onDrift === 'fail'
      ? { action: 'push', ifMatch: '"ts-default"', drift: false, takeover: 'default-only', changes }
      : { action: 'push', ifMatch: live.etag, drift: false, takeover: 'forced', changes };
  }
  if (claimed !== liveDigest) {
    if (onDrift === 'fail') return { action: 'stop', reason: 'drift', changes, liveDigest, claimedDigest: claimed };
    return { action: 'push', ifMatch: live.etag, drift: true, takeover: 'no', changes };
  }
  return { action: 'push', ifMatch: live.etag, drift: false, takeover: 'no', changes };
}
