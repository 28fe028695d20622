/**
 * Use of access (SPEC 2.7), the pure core: from Tailscale's network flow logs, whether each
 * grant's grantees connected to its resource's destinations during the grant's window, how many
 * connections, and the first and last. Values in, values out.
 *
 * A connection is a `virtualTraffic` or `subnetTraffic` record (schema `ConnectionCounts`) whose
 * source is an address of a grantee's own (untagged) device and whose destination is an address
 * and port the resource's rules name: a tag's devices, a user's devices, or a host, IP or CIDR.
 * Both ends of a connection log it; a record is counted once per (interval, source, destination,
 * protocol), whichever node logged it.
 */
import { IPSet, parseIP, parseAddressSpec } from '../grammar/ip.js';
import { allowsProtoPort, parseGrantIp, parseProto, type ProtoPorts } from '../grammar/ports.js';
import { stringsOf } from '../grammar/keys.js';
import { compileDstText, compilePolicy } from '../evaluate/model.js';
import type { Policy } from '../policy/merge.js';
import type { Resource } from '../policy/access.js';
import type { Device, NetworkFlowLog } from '../tailscale/types.js';

export interface GrantWindow {
  path: string;
  /** Users (groups already expanded). */
  users: string[];
  grantees: string[];
  resource: Resource;
  from: Date;
  to: Date;
  /** The policy of the time, to resolve hosts, ipsets and groups. */
  policy: Policy;
}

export interface AccessUse {
  path: string;
  grantees: string[];
  resource: string;
  from: Date;
  to: Date;
  connected: boolean;
  connections: number;
  first?: Date;
  last?: Date;
  /** How many of the grantees' devices were known (0: nothing could be matched). */
  devices: number;
}

interface Flow {
  start: number;
  end: number;
  proto?: number;
  src: { addr: string; port?: number };
  dst: { addr: string; port?: number };
  key: string;
}

function splitAddrPort(text: string | undefined): { addr: string; port?: number } | undefined {
  if (!text) return undefined;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (v6) return { addr: v6[1]!, ...(v6[2] ? { port: Number(v6[2]) } : {}) };
  const colon = text.lastIndexOf(':');
  if (colon > 0 && text.indexOf(':') === colon)
    return { addr: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
  return { addr: text };
}

function protoNumber(p: string | number | undefined): number | undefined {
  if (typeof p === 'number') return p;
  if (p === undefined || p === '') return undefined;
  const parsed = parseProto(p);
  return parsed.ok ? parsed.value : undefined;
}

export function flowsOf(logs: readonly NetworkFlowLog[]): Flow[] {
  const seen = new Set<string>();
  const out: Flow[] = [];
  for (const log of logs) {
    const start = Date.parse(log.start);
    const end = Date.parse(log.end);
    for (const c of [...log.virtualTraffic, ...log.subnetTraffic]) {
      const src = splitAddrPort(c.src);
      const dst = splitAddrPort(c.dst);
      if (!src || !dst) continue;
      const key = `${log.start}|${c.src}|${c.dst}|${c.proto ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const proto = protoNumber(c.proto);
      out.push({ start, end, ...(proto !== undefined ? { proto } : {}), src, dst, key });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The addresses and ports of a resource's destinations, on the given devices. */
function destinations(w: GrantWindow, devices: readonly Device[]): Array<{ set: IPSet; pp: ProtoPorts[] }> {
  const c = compilePolicy(w.policy);
  const out: Array<{ set: IPSet; pp: ProtoPorts[] }> = [];
  const addressesOf = (pick: (d: Device) => boolean): IPSet =>
    IPSet.of(
      devices
        .filter(pick)
        .flatMap((d) => d.addresses)
        .map((a) => parseAddressSpec(a))
        .filter((r) => r !== undefined),
    );
  const add = (dst: string, pp: ProtoPorts[]) => {
    const m = compileDstText(c, dst);
    let set: IPSet;
    switch (m.k) {
      case 'tag':
        set = addressesOf((d) => d.tags.includes(m.tag));
        break;
      case 'users':
        set = addressesOf((d) => d.tags.length === 0 && m.users.has(d.user));
        break;
      case 'ips':
        set = m.set;
        break;
      case 'any':
        set = addressesOf(() => true);
        break;
      default:
        return;
    }
    out.push({ set, pp });
  };
  for (const rule of w.resource.grants) {
    const pp = stringsOf(rule['ip']).flatMap((e) => {
      const r = parseGrantIp(e);
      return r.ok ? [r.value] : [];
    });
    for (const d of stringsOf(rule['dst'])) add(d, pp);
  }
  for (const rule of w.resource.ssh)
    for (const d of stringsOf(rule['dst'])) add(d, [{ protos: [6], ports: [{ lo: 22, hi: 22 }] }]);
  return out;
}

export function useOfAccess(
  windows: readonly GrantWindow[],
  logs: readonly NetworkFlowLog[],
  devices: readonly Device[],
): AccessUse[] {
  const flows = flowsOf(logs);
  return windows.map((w) => {
    const mine = devices.filter((d) => d.tags.length === 0 && w.users.includes(d.user));
    const sources = new Set(
      mine.flatMap((d) =>
        d.addresses
          .map((a) => parseIP(a))
          .filter((a) => a !== undefined)
          .map(key),
      ),
    );
    const dsts = destinations(w, devices);
    const from = w.from.getTime();
    const to = w.to.getTime();
    const hits = flows.filter((f) => {
      if (f.end < from || f.start >= to) return false;
      const s = parseIP(f.src.addr);
      const d = parseIP(f.dst.addr);
      if (!s || !d || !sources.has(key(s))) return false;
      return dsts.some(
        (x) =>
          x.set.contains(d) &&
          (f.proto === undefined ||
            f.dst.port === undefined ||
            x.pp.some((pp) => allowsProtoPort(pp, f.proto!, f.dst.port!))),
      );
    });
    return {
      path: w.path,
      grantees: w.grantees,
      resource: w.resource.name,
      from: w.from,
      to: w.to,
      connected: hits.length > 0,
      connections: hits.length,
      ...(hits.length ? { first: new Date(hits[0]!.start), last: new Date(Math.max(...hits.map((h) => h.end))) } : {}),
      devices: mine.length,
    };
  });
}

function key(a: { v: number; n: bigint }): string {
  return `${a.v}:${a.n.toString(16)}`;
}
