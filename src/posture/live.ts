/**
 * Reading the live state the attribute plan needs: the tailnet's devices and the posture
 * attributes of its user devices, a few requests at a time.
 */
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import type { Device, DeviceAttributes } from '../tailscale/types.js';
import { deviceApiId } from './inventory.js';

/** Attribute reads in flight at once. */
const CONCURRENCY = 6;

export interface LiveDevices {
  devices: Device[];
  /** By `deviceApiId`, for the devices read (untagged ones, unless `all`). */
  attributes: Map<string, DeviceAttributes>;
}

/**
 * Lists the devices and reads the attributes of every untagged one (tailpolicy only ever sets
 * attributes on user devices), or of every device with `all`.
 */
export async function readLiveDevices(client: TailscaleClient, opts: { all?: boolean } = {}): Promise<LiveDevices> {
  const devices = await client.listDevices();
  const targets = devices.filter((d) => opts.all || d.tags.length === 0);
  const attributes = new Map<string, DeviceAttributes>();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < targets.length) {
      const d = targets[next++]!;
      try {
        attributes.set(deviceApiId(d), await client.getDeviceAttributes(deviceApiId(d)));
      } catch (e) {
        failed = true; // the other workers stop after their current request
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
  return { devices, attributes };
}
