/**
 * Go's time.ParseDuration and Duration.String, because Tailscale's SSH `checkPeriod` uses them
 * and its error messages print durations the Go way (`checkPeriod 200h0m0s is above the max
 * (168h)`, `time: invalid duration "abc"`). Nanoseconds as bigint. Pure.
 */

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

export const SECOND = 1_000_000_000n;
export const MINUTE = 60n * SECOND;
export const HOUR = 60n * MINUTE;

export type ParsedDuration = { ok: true; ns: bigint } | { ok: false; error: string };

export function parseGoDuration(orig: string): ParsedDuration {
  const invalid = (): ParsedDuration => ({ ok: false, error: `time: invalid duration ${JSON.stringify(orig)}` });
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ns: 0n };
  if (s === '') return invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s)!;
    const intPart = m[1]!;
    const fracPart = m[3];
    const pre = intPart !== '';
    const post = fracPart !== undefined && fracPart !== '';
    if (!pre && !post) return invalid();
    s = s.slice(m[0].length);
    const um = /^[^0-9.]*/.exec(s)!;
    const u = um[0];
    if (u === '') return { ok: false, error: `time: missing unit in duration ${JSON.stringify(orig)}` };
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${JSON.stringify(u)} in duration ${JSON.stringify(orig)}` };
    }
    let v = (pre ? BigInt(intPart) : 0n) * unit;
    if (post) {
      const scale = 10n ** BigInt(fracPart!.length);
      v += (BigInt(fracPart!) * unit) / scale;
    }
    total += v;
    if (total > (1n << 63n) - 1n) return invalid();
  }
  return { ok: true, ns: neg ? -total : total };
}

function fmtFrac(v: bigint, prec: number): { text: string; rest: bigint } {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = String(digit) + digits;
    v /= 10n;
  }
  return { text: print ? '.' + digits : '', rest: v };
}

export function formatGoDuration(d: bigint): string {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out: string;
  if (u < SECOND) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      unit = 'µs';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const f = fmtFrac(u, prec);
    out = `${f.rest}${f.text}${unit}`;
  } else {
    const f = fmtFrac(u, 9);
    u = f.rest;
    out = `${u % 60n}${f.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  return neg ? '-' + out : out;
}
