/**
 * humanUtc (src/shared/time.ts) writes dates from their fields, the fast way: it must give
 * exactly the text toISOString gave, "2026-11-22 02:00 UTC", for every date, including years
 * outside 1000–9999 and the ends of the range Date can hold; an invalid date still throws.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { humanUtc, parseTimestamp } from '../src/shared/time.js';

const viaIso = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

describe('humanUtc', () => {
  it('gives the text toISOString gives, at the edges and on 100,000 random dates', () => {
    expect(humanUtc(new Date('2026-11-22T02:00:59.999Z'))).toBe('2026-11-22 02:00 UTC');
    for (const t of [
      Date.UTC(999, 11, 31, 23, 59),
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59),
      Date.UTC(10000, 0, 1),
      -1,
      0,
      8.64e15,
      -8.64e15,
    ]) {
      expect(humanUtc(new Date(t)), String(t)).toBe(viaIso(new Date(t)));
    }
    let s = 15;
    for (let i = 0; i < 100_000; i++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const d = new Date(((s / 2 ** 32) * 2 - 1) * 1e14);
      expect(humanUtc(d)).toBe(viaIso(d));
    }
    expect(() => humanUtc(new Date(NaN))).toThrow(RangeError);
  });
});

describe('parseTimestamp', () => {
  // The reading before the fast form (issue #15): the regular expression, Date.UTC's month length
  // and the date-string parse.
  const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
  const reference = (text: string): Date | undefined => {
    const m = TIMESTAMP.exec(text);
    if (!m) return undefined;
    const [, y, mo, d, h, mi, s] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate())
      return undefined;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
    const date = new Date(text.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
  };

  it('reads every text as the general reading does, the plain UTC form included', () => {
    const digit = fc.constantFrom(...'0123456789');
    const num = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const sep = (usual: string, other: string[]) => fc.oneof(fc.constant(usual), fc.constantFrom(...other));
    const text = fc
      .tuple(
        fc.oneof(num(4), fc.constantFrom('2024', '2100', '2000', '1900', '0000', '1000', '0999', '9999')),
        sep('-', ['/', '']),
        fc.oneof(num(2), fc.constantFrom('02', '12', '13', '00')),
        sep('-', ['.']),
        fc.oneof(num(2), fc.constantFrom('28', '29', '30', '31', '00')),
        sep('T', ['t', ' ', 'x']),
        num(2),
        sep(':', [';']),
        num(2),
        fc.oneof(fc.constant(':'), fc.constant('')),
        num(2),
        fc.constantFrom('Z', 'z', '+01:00', '', 'Z ', '.5Z'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => parseTimestamp(t)?.getTime() === reference(t)?.getTime()),
      { seed: 15, numRuns: 20000 },
    );
    for (const t of ['2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '0000-02-29T00:00:00Z'])
      expect(parseTimestamp(t)?.getTime()).toBe(reference(t)?.getTime());
  });
});
