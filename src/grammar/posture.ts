/**
 * Device posture conditions (reference 5.7): `<attribute> <op> <value>`, e.g.
 * `node:os IN ['macos', 'windows']`, `node:tsVersion >= '1.60'`, `custom:managed == true`. Pure.
 *
 * "If an attribute defined in the posture is unset for a particular device, the posture will not
 * match that device, irrespective of the operator used."
 */

export type PostureValue = string | number | boolean;
export type PostureAttrs = Readonly<Record<string, PostureValue>>;

export type PostureOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT IN' | 'IS SET' | 'NOT SET';

export interface PostureCondition {
  attr: string;
  op: PostureOp;
  value?: PostureValue | PostureValue[];
  text: string;
}

export type ParsedCondition = { ok: true; value: PostureCondition } | { ok: false; error: string };

const OPS: Array<[RegExp, PostureOp]> = [
  [/^NOT\s+IN\b/i, 'NOT IN'],
  [/^IS\s+SET\b/i, 'IS SET'],
  [/^NOT\s+SET\b/i, 'NOT SET'],
  [/^IN\b/i, 'IN'],
  [/^==/, '=='],
  [/^!=/, '!='],
  [/^<=/, '<='],
  [/^>=/, '>='],
  [/^</, '<'],
  [/^>/, '>'],
];

function parseScalar(t: string): { value: PostureValue; rest: string } | undefined {
  const s = t.trimStart();
  const q = s[0];
  if (q === "'" || q === '"') {
    const end = s.indexOf(q, 1);
    if (end < 0) return undefined;
    return { value: s.slice(1, end), rest: s.slice(end + 1) };
  }
  const m = /^(true|false)\b/i.exec(s);
  if (m) return { value: m[1]!.toLowerCase() === 'true', rest: s.slice(m[0].length) };
  const n = /^-?[0-9]+(\.[0-9]+)?\b/.exec(s);
  if (n) return { value: Number(n[0]), rest: s.slice(n[0].length) };
  return undefined;
}

export function parsePostureCondition(text: string): ParsedCondition {
  const s = text.trim();
  const am = /^([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+)\s*/.exec(s);
  if (!am) {
    return {
      ok: false,
      error: `posture condition "${text}": expected "<namespace>:<attribute> <operator> <value>", e.g. "node:os == 'linux'"`,
    };
  }
  const attr = am[1]!;
  let rest = s.slice(am[0].length);
  let op: PostureOp | undefined;
  for (const [re, o] of OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  if (!op) {
    return {
      ok: false,
      error: `posture condition "${text}": unknown operator; use ==, !=, <, <=, >, >=, IN or NOT IN`,
    };
  }
  if (op === 'IS SET' || op === 'NOT SET') {
    if (rest.trim() !== '') return { ok: false, error: `posture condition "${text}": nothing may follow ${op}` };
    return { ok: true, value: { attr, op, text } };
  }
  if (op === 'IN' || op === 'NOT IN') {
    const r = rest.trim();
    if (!r.startsWith('[') || !r.endsWith(']')) {
      return { ok: false, error: `posture condition "${text}": ${op} takes a list, e.g. ['macos', 'windows']` };
    }
    const inner = r.slice(1, -1);
    const values: PostureValue[] = [];
    let cur = inner;
    while (cur.trim() !== '') {
      const v = parseScalar(cur);
      if (!v) return { ok: false, error: `posture condition "${text}": invalid list element` };
      values.push(v.value);
      cur = v.rest.trimStart();
      if (cur.startsWith(',')) cur = cur.slice(1);
      else if (cur.trim() !== '') return { ok: false, error: `posture condition "${text}": list elements need commas` };
    }
    return { ok: true, value: { attr, op, value: values, text } };
  }
  const v = parseScalar(rest);
  if (!v || v.rest.trim() !== '') {
    return {
      ok: false,
      error: `posture condition "${text}": the value must be a quoted string ('linux'), a number or true/false`,
    };
  }
  if ((op === '<' || op === '<=' || op === '>' || op === '>=') && typeof v.value === 'boolean') {
    return { ok: false, error: `posture condition "${text}": ${op} compares numbers and versions, not booleans` };
  }
  return { ok: true, value: { attr, op, value: v.value, text } };
}

/** Version comparison in the spirit of tailscale/util/cmpver: numeric runs compare as numbers. */
export function compareVersions(a: string, b: string): number {
  const split = (s: string): Array<string | number> =>
    (s.match(/[0-9]+|[^0-9]+/g) ?? []).map((p) => (/^[0-9]+$/.test(p) ? Number(p) : p));
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x < y ? -1 : 1;
    } else {
      const xs = String(x);
      const ys = String(y);
      if (xs !== ys) return xs < ys ? -1 : 1;
    }
  }
  return 0;
}

function same(a: PostureValue, b: PostureValue): boolean {
  if (typeof a === typeof b) return a === b;
  return String(a).toLowerCase() === String(b).toLowerCase();
}

export function evalCondition(c: PostureCondition, attrs: PostureAttrs): boolean {
  const has = Object.prototype.hasOwnProperty.call(attrs, c.attr);
  if (c.op === 'IS SET') return has;
  if (c.op === 'NOT SET') return !has;
  if (!has) return false;
  const v = attrs[c.attr]!;
  switch (c.op) {
    case '==':
      return same(v, c.value as PostureValue);
    case '!=':
      return !same(v, c.value as PostureValue);
    case 'IN':
      return (c.value as PostureValue[]).some((x) => same(v, x));
    case 'NOT IN':
      return !(c.value as PostureValue[]).some((x) => same(v, x));
    default: {
      const want = c.value as PostureValue;
      const cmp =
        typeof v === 'number' && typeof want === 'number'
          ? Math.sign(v - want)
          : compareVersions(String(v), String(want));
      if (c.op === '<') return cmp < 0;
      if (c.op === '<=') return cmp <= 0;
      if (c.op === '>') return cmp > 0;
      return cmp >= 0;
    }
  }
}
