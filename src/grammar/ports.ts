/**
 * Ports, protocols, `host:ports` destinations and grant `ip` entries (reference section 6). Pure.
 *
 * Error texts follow Tailscale's (tailcfg's port-range parser, as the server reports them):
 * `port range "self": invalid first integer`, `port range "0": first port must be >0, or use '*'
 * for wildcard`.
 */

export interface PortRange {
  lo: number;
  hi: number;
}

export const ALL_PORTS: readonly PortRange[] = [{ lo: 0, hi: 65535 }];

export const PROTO_ICMP = 1;
export const PROTO_TCP = 6;
export const PROTO_UDP = 17;
export const PROTO_ICMPV6 = 58;
export const PROTO_SCTP = 132;

/** What a rule without a protocol allows: TCP and UDP, and ICMP between any allowed pair. */
export const DEFAULT_PROTOS: readonly number[] = [PROTO_TCP, PROTO_UDP, PROTO_ICMP, PROTO_ICMPV6];

const PROTO_NAMES: Record<string, number> = {
  icmp: 1,
  icmpv4: 1,
  igmp: 2,
  ipv4: 4,
  'ip-in-ip': 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  icmpv6: 58,
  'ipv6-icmp': 58,
  dccp: 33,
  tsmp: 99,
  sctp: 132,
};

const PROTO_LABELS: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'icmpv6', 132: 'sctp' };

export function protoLabel(p: number): string {
  return PROTO_LABELS[p] ?? `proto ${p}`;
}

/** Protocols whose traffic has ports. Others only take `*`. */
export function hasPorts(proto: number): boolean {
  return proto === PROTO_TCP || proto === PROTO_UDP || proto === PROTO_SCTP;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A protocol: an alias (case-insensitive) or an IANA number 1-255 written as a string. */
export function parseProto(s: string): Parsed<number> {
  const t = s.trim().toLowerCase();
  if (/^[0-9]+$/.test(t)) {
    const n = Number(t);
    if (n >= 1 && n <= 255) return { ok: true, value: n };
    return { ok: false, error: `proto "${s}": protocol numbers go from 1 to 255` };
  }
  const n = PROTO_NAMES[t];
  if (n !== undefined) return { ok: true, value: n };
  return {
    ok: false,
    error: `proto name "${s}" not known; use a protocol number 1-255 or one of ${Object.keys(PROTO_NAMES).join(', ')}`,
  };
}

function parseUint16(s: string): number | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

function parseOneRange(s: string): Parsed<PortRange> {
  const dash = s.indexOf('-');
  const loText = dash < 0 ? s : s.slice(0, dash);
  const lo = parseUint16(loText);
  if (lo === undefined) return { ok: false, error: `port range "${s}": invalid first integer` };
  let hi = lo;
  if (dash >= 0) {
    const h = parseUint16(s.slice(dash + 1));
    if (h === undefined) return { ok: false, error: `port range "${s}": invalid last integer` };
    hi = h;
  }
  if (lo === 0) return { ok: false, error: `port range "${s}": first port must be >0, or use '*' for wildcard` };
  if (lo > hi) return { ok: false, error: `port range "${s}": first port must not be greater than the last` };
  return { ok: true, value: { lo, hi } };
}

/** `*` | `N` | `N-M` | comma list of those. Input is lower-cased as Tailscale does. */
export function parsePortList(text: string): Parsed<PortRange[]> {
  const s = text.toLowerCase();
  if (s === '*') return { ok: true, value: [...ALL_PORTS] };
  if (s === '') return { ok: false, error: 'invalid port list: empty' };
  const out: PortRange[] = [];
  for (const part of s.split(',')) {
    const r = parseOneRange(part);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}

export function portsContain(ranges: readonly PortRange[], port: number): boolean {
  for (const r of ranges) if (port >= r.lo && port <= r.hi) return true;
  return false;
}

export function isAllPorts(ranges: readonly PortRange[]): boolean {
  return ranges.some((r) => r.lo === 0 && r.hi === 65535);
}

export function formatPorts(ranges: readonly PortRange[]): string {
  if (isAllPorts(ranges)) return '*';
  return ranges.map((r) => (r.lo === r.hi ? String(r.lo) : `${r.lo}-${r.hi}`)).join(',');
}

/**
 * Splits `<host>:<ports>` at the last colon, or `[ipv6]:<ports>`. Returns undefined when there is
 * no colon at all.
 */
export function splitHostPorts(entry: string): { host: string; ports: string; bracketed: boolean } | undefined {
  if (entry.startsWith('[')) {
    const close = entry.indexOf(']');
    if (close > 0 && entry[close + 1] === ':') {
      return { host: entry.slice(1, close), ports: entry.slice(close + 2), bracketed: true };
    }
  }
  const colon = entry.lastIndexOf(':');
  if (colon < 0) return undefined;
  return { host: entry.slice(0, colon), ports: entry.slice(colon + 1), bracketed: false };
}

/** A protocol set and port ranges: one compiled `ip` entry, or an ACL's proto + dst ports. */
export interface ProtoPorts {
  /** Protocol numbers this allows. */
  protos: readonly number[];
  ports: readonly PortRange[];
}

/**
 * One grant `ip` entry: `*`, `<ports>`, `<proto>:*`, `<proto>:<ports>`. A protocol alone
 * (`icmp`) is a port parse error, as on Tailscale.
 */
export function parseGrantIp(entry: string): Parsed<ProtoPorts> & { commaList?: boolean } {
  const s = entry.trim();
  if (s === '') return { ok: false, error: 'empty ip entry' };
  if (s === '*') return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ALL_PORTS } };
  const withProto = s.includes(':') ? s : `*:${s}`;
  const colon = withProto.lastIndexOf(':');
  const protoText = withProto.slice(0, colon);
  const portText = withProto.slice(colon + 1);
  if (protoText === '') return { ok: false, error: `ip "${entry}": no protocol specified` };
  const ports = parsePortList(portText);
  if (!ports.ok) return ports;
  const commaList = portText.includes(',');
  if (protoText === '*') return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ports.value }, commaList };
  const proto = parseProto(protoText);
  if (!proto.ok) return proto;
  if (!hasPorts(proto.value) && !isAllPorts(ports.value)) {
    return {
      ok: false,
      error: `ip "${entry}": only TCP, UDP and SCTP traffic has ports; use "${protoText}:*"`,
    };
  }
  return { ok: true, value: { protos: [proto.value], ports: ports.value }, commaList };
}

export function allowsProtoPort(pp: ProtoPorts, proto: number, port: number): boolean {
  if (!pp.protos.includes(proto)) return false;
  // Tailscale's packet filter matches ICMP and other port-less protocols on addresses only.
  if (!hasPorts(proto)) return true;
  return portsContain(pp.ports, port);
}
