/**
 * IP addresses, prefixes, ranges and sets, as Tailscale's policy file writes them. Pure.
 *
 * Addresses are bigints tagged with their family so IPv4 and IPv6 never mix. Parsing follows Go's
 * net/netip (what Tailscale uses): dotted-quad IPv4 without leading zeros, IPv6 with `::` and an
 * optional embedded IPv4 tail, no zones.
 */

export type Family = 4 | 6;

export interface IPAddr {
  v: Family;
  n: bigint;
}

/** An inclusive range of addresses of one family. */
export interface IPRange {
  v: Family;
  lo: bigint;
  hi: bigint;
}

const MAX4 = (1n << 32n) - 1n;
const MAX6 = (1n << 128n) - 1n;

export function maxOf(v: Family): bigint {
  return v === 4 ? MAX4 : MAX6;
}

export function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return undefined;
    const b = Number(p);
    if (b > 255) return undefined;
    n = (n << 8n) | BigInt(b);
  }
  return n;
}

export function parseIPv6(s: string): bigint | undefined {
  if (s.includes('%')) return undefined;
  let head = s;
  let tail4: bigint | undefined;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.slice(lastColon + 1).includes('.')) {
    tail4 = parseIPv4(s.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    head = s.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::", "a::1.2.3.4" leaves "a::", "a:b:...:f:1.2.3.4" leaves "...:f:".
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groupsWanted = tail4 === undefined ? 8 : 6;
  const dbl = head.indexOf('::');
  if (dbl !== head.lastIndexOf('::')) return undefined;
  const parseGroups = (t: string): bigint[] | undefined => {
    if (t === '') return [];
    const out: bigint[] = [];
    for (const g of t.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(BigInt('0x' + g));
    }
    return out;
  };
  let groups: bigint[];
  if (dbl >= 0) {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return undefined;
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...Array<bigint>(missing).fill(0n), ...right];
  } else {
    const all = parseGroups(head);
    if (!all || all.length !== groupsWanted) return undefined;
    groups = all;
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | g;
  if (tail4 !== undefined) n = (n << 32n) | tail4;
  return n;
}

export function parseIP(s: string): IPAddr | undefined {
  if (s.includes(':')) {
    const n = parseIPv6(s);
    return n === undefined ? undefined : { v: 6, n };
  }
  const n = parseIPv4(s);
  return n === undefined ? undefined : { v: 4, n };
}

/** `a.b.c.d/len` or `v6/len`. Host bits may be set (Go's ParsePrefix allows it); they are masked. */
export function parsePrefix(s: string): IPRange | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = parseIP(s.slice(0, slash));
  const lenText = s.slice(slash + 1);
  if (!addr || !/^(0|[1-9][0-9]{0,2})$/.test(lenText)) return undefined;
  const bits = Number(lenText);
  const width = addr.v === 4 ? 32 : 128;
  if (bits > width) return undefined;
  const hostBits = BigInt(width - bits);
  const lo = (addr.n >> hostBits) << hostBits;
  const hi = lo | ((1n << hostBits) - 1n);
  return { v: addr.v, lo, hi };
}

/** `a-b` with both ends of one family and a <= b. */
export function parseIPRange(s: string): IPRange | undefined {
  const dash = s.indexOf('-');
  if (dash < 0) return undefined;
  const a = parseIP(s.slice(0, dash));
  const b = parseIP(s.slice(dash + 1));
  if (!a || !b || a.v !== b.v || a.n > b.n) return undefined;
  return { v: a.v, lo: a.n, hi: b.n };
}

/** An IP, a CIDR prefix or an `a-b` range, as one range. */
export function parseAddressSpec(s: string): IPRange | undefined {
  if (s.includes('/')) return parsePrefix(s);
  const ip = parseIP(s);
  if (ip) return { v: ip.v, lo: ip.n, hi: ip.n };
  if (s.includes('-')) return parseIPRange(s);
  return undefined;
}

export function rangeOf(a: IPAddr): IPRange {
  return { v: a.v, lo: a.n, hi: a.n };
}

export function isSingle(r: IPRange): boolean {
  return r.lo === r.hi;
}

export function isWholeFamily(r: IPRange): boolean {
  return r.lo === 0n && r.hi === maxOf(r.v);
}

export function formatIP(a: IPAddr): string {
  if (a.v === 4) {
    const n = a.n;
    return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
  }
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((a.n >> BigInt(i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

/** A set of addresses: sorted, merged ranges per family. Immutable once built. */
export class IPSet {
  private readonly v4: Array<[bigint, bigint]>;
  private readonly v6: Array<[bigint, bigint]>;

  private constructor(v4: Array<[bigint, bigint]>, v6: Array<[bigint, bigint]>) {
    this.v4 = v4;
    this.v6 = v6;
  }

  static readonly empty = new IPSet([], []);

  static of(ranges: readonly IPRange[]): IPSet {
    const merge = (rs: Array<[bigint, bigint]>): Array<[bigint, bigint]> => {
      rs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const out: Array<[bigint, bigint]> = [];
      for (const r of rs) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1n) {
          if (r[1] > last[1]) last[1] = r[1];
        } else out.push([r[0], r[1]]);
      }
      return out;
    };
    return new IPSet(
      merge(ranges.filter((r) => r.v === 4).map((r) => [r.lo, r.hi])),
      merge(ranges.filter((r) => r.v === 6).map((r) => [r.lo, r.hi])),
    );
  }

  /** Set difference, for ipsets' `remove`. */
  minus(other: IPSet): IPSet {
    const sub = (a: Array<[bigint, bigint]>, b: Array<[bigint, bigint]>): Array<[bigint, bigint]> => {
      let cur = a.map((r) => [r[0], r[1]] as [bigint, bigint]);
      for (const [blo, bhi] of b) {
        const next: Array<[bigint, bigint]> = [];
        for (const [lo, hi] of cur) {
          if (bhi < lo || blo > hi) next.push([lo, hi]);
          else {
            if (blo > lo) next.push([lo, blo - 1n]);
            if (bhi < hi) next.push([bhi + 1n, hi]);
          }
        }
        cur = next;
      }
      return cur;
    };
    return new IPSet(sub(this.v4, other.v4), sub(this.v6, other.v6));
  }

  union(other: IPSet): IPSet {
    return IPSet.of([...this.ranges(), ...other.ranges()]);
  }

  ranges(): IPRange[] {
    return [
      ...this.v4.map(([lo, hi]) => ({ v: 4 as const, lo, hi })),
      ...this.v6.map(([lo, hi]) => ({ v: 6 as const, lo, hi })),
    ];
  }

  isEmpty(): boolean {
    return this.v4.length === 0 && this.v6.length === 0;
  }

  /** The only address in the set, when it holds exactly one. */
  single(): IPAddr | undefined {
    const all = this.ranges();
    if (all.length !== 1 || all[0]!.lo !== all[0]!.hi) return undefined;
    return { v: all[0]!.v, n: all[0]!.lo };
  }

  contains(a: IPAddr): boolean {
    const rs = a.v === 4 ? this.v4 : this.v6;
    let lo = 0;
    let hi = rs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = rs[mid]!;
      if (a.n < r[0]) hi = mid - 1;
      else if (a.n > r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  overlaps(r: IPRange): boolean {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => !(hi < r.lo || lo > r.hi));
  }

  covers(r: IPRange): boolean {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => lo <= r.lo && hi >= r.hi);
  }
}

/** 100.64.0.0/10: where tailnet devices get their IPv4 addresses. */
export const CGNAT_RANGE: IPRange = parsePrefix('100.64.0.0/10')!;
/** fd7a:115c:a1e0::/48: where tailnet devices get their IPv6 addresses. */
export const TAILSCALE_ULA_RANGE: IPRange = parsePrefix('fd7a:115c:a1e0::/48')!;
/** 100.100.100.0/24: reserved for Tailscale's own services (Quad100). */
export const QUAD100_RANGE: IPRange = parsePrefix('100.100.100.0/24')!;

const PRIVATE_RANGES: IPRange[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '100.64.0.0/10',
  '0.0.0.0/8',
  '224.0.0.0/4',
  '240.0.0.0/4',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
  '::/128',
  'ff00::/8',
].map((p) => parsePrefix(p)!);

export function inTailnetRange(a: IPAddr): boolean {
  const r = a.v === 4 ? CGNAT_RANGE : TAILSCALE_ULA_RANGE;
  return a.n >= r.lo && a.n <= r.hi;
}

/** A public address: what `autogroup:internet` stands for. */
export function isPublic(a: IPAddr): boolean {
  return !PRIVATE_RANGES.some((r) => r.v === a.v && a.n >= r.lo && a.n <= r.hi);
}

export function rangesOverlap(a: IPRange, b: IPRange): boolean {
  return a.v === b.v && !(a.hi < b.lo || a.lo > b.hi);
}
