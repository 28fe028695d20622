/**
 * A device inventory for the offline evaluator (`explain`, tests) built from what Tailscale's API
 * reports: the devices, and each one's posture attributes. Pure.
 *
 * The API's custom attributes (and, on Tailscale, its `node:*` ones) become the device's
 * posture attributes; `node:os` and `node:tsVersion` are filled from the device's `os` and
 * `clientVersion` when the attributes do not carry them.
 */
import type { Device as EvaluatedDevice } from '../evaluate/index.js';
import type { Device, DeviceAttributes } from '../tailscale/types.js';

/** The ID a device is addressed by in the attribute endpoints: its node ID, else its legacy ID. */
export function deviceApiId(d: Pick<Device, 'id' | 'nodeId'>): string {
  return d.nodeId || d.id;
}

export function postureInventory(
  devices: readonly Device[],
  attributes: ReadonlyMap<string, DeviceAttributes>,
): EvaluatedDevice[] {
  return devices.map((d) => {
    const attrs: Record<string, string | number | boolean> = {};
    if (typeof d['os'] === 'string' && d['os'] !== '') attrs['node:os'] = d['os'].toLowerCase();
    const version =
      typeof d['clientVersion'] === 'string' ? /^v?([0-9]+(?:\.[0-9]+)*)/.exec(d['clientVersion'])?.[1] : undefined;
    if (version) attrs['node:tsVersion'] = version;
    Object.assign(attrs, attributes.get(deviceApiId(d))?.attributes ?? {});
    return {
      id: deviceApiId(d),
      name: d.name || deviceApiId(d),
      ...(d.tags.length === 0 && d.user !== '' ? { user: d.user } : {}),
      tags: d.tags,
      addresses: d.addresses,
      postureAttributes: attrs,
    };
  });
}
