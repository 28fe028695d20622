/**
 * Applying the custom posture attributes of `enforce: posture` grants (issue #8): after the
 * push succeeded, or when the live policy already matched, the grantees' devices get the
 * grants' attributes with the grants' expiries, and attributes of grants that are gone are
 * removed. When the policy could not be pushed (drift, Tailscale's refusal), only the writes
 * that take access away are made (`narrowOnly`).
 *
 * Never throws for Tailscale's failures: each is recorded, naming the device and the grant, and
 * fails the run later; it never undoes the push.
 */
import type { Compiled } from '../policy/compile.js';
import type { PostureOutcome } from '../report/outcome.js';
import { isoUtc } from '../shared/time.js';
import { pathEscape, type TailscaleClient } from '../tailscale/tailscale-client.js';
import { TailscaleError } from '../tailscale/tailscale-errors.js';
import {
  enforcedGrants,
  planAttributes,
  usesPostureEnforcement,
  type AttributeWrite,
  type PlanDevice,
} from './attributes.js';
import { deviceApiId } from './inventory.js';
import { readLiveDevices, type LiveDevices } from './live.js';

export interface PostureSyncOptions {
  dryRun: boolean;
  /** Only writes that take access away. */
  narrowOnly?: boolean;
  /** The pull request of each approved grant (path -> number), for the attribute's comment. */
  pulls?: ReadonlyMap<string, number>;
}

/**
 * Brings the devices' attributes in line with the compiled grants. Returns undefined when no
 * resource enforces posture; `writes` receives each request sent (or, in a dry run, meant).
 */
export async function syncPostureAttributes(
  client: TailscaleClient,
  compiled: Compiled,
  writes: string[],
  opts: PostureSyncOptions,
): Promise<PostureOutcome | undefined> {
  if (!usesPostureEnforcement(compiled.access)) return undefined;
  const grants = enforcedGrants(compiled, opts.pulls);
  const posture: PostureOutcome = {
    narrowOnly: !!opts.narrowOnly,
    grants: grants.length,
    changes: [],
    noDevices: [],
    failures: [],
  };
  let live: LiveDevices;
  try {
    live = await readLiveDevices(client);
  } catch (e) {
    if (!(e instanceof TailscaleError)) throw e;
    posture.failures.push(`reading the devices and their posture attributes: ${e.message}`);
    return posture;
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
    writes.push(
      w.kind === 'set'
        ? `POST ${path} ${JSON.stringify({ value: true, expiry: isoUtc(w.expiry), comment: w.comment })}`
        : `DELETE ${path}`,
    );
    if (!opts.dryRun) {
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
        const verb = w.kind === 'set' ? 'setting' : 'removing';
        posture.failures.push(
          `${verb} ${w.key} on ${deviceLabel(w)} for ${w.grant ?? 'a grant no longer active'}: ${e.message}`,
        );
        continue;
      }
    }
    posture.changes.push(describeWrite(w));
  }
  return posture;
}

function deviceLabel(w: AttributeWrite): string {
  return `device ${w.device.name} (${w.device.id}${w.device.user ? `, ${w.device.user}` : ''})`;
}

function describeWrite(w: AttributeWrite): string {
  if (w.kind === 'delete') return `${w.key} removed from ${deviceLabel(w)}`;
  const verb = { new: 'set', extended: 'extended', shortened: 'shortened', corrected: 're-set' }[w.reason];
  return `${w.key} ${verb} on ${deviceLabel(w)} until ${isoUtc(w.expiry)} (${w.grant})`;
}

/** The run's failure text for posture failures. */
export function postureFailureText(failures: readonly string[], policyCurrent: boolean): string {
  const shown = failures.slice(0, 5).join('; ');
  const more = failures.length > 5 ? `; and ${failures.length - 5} more` : '';
  return (
    `Device posture attributes (enforce: posture): ${failures.length} failure(s)${policyCurrent ? '; the policy push stands' : ''}: ${shown}${more}. ` +
    'Grantees without their attribute are denied by the enforced rules until a run sets it.'
  );
}
