/**
 * humanUtc (src/shared/time.ts) writes dates from their fields, the fast way: it must give
 * exactly the text toISOString gave, "2026-11-22 02:00 UTC", for every date, including years
 * outside 1000–9999 and the ends of the range Date can hold; an invalid date still throws.
 */
import { describe, expect, it } from 'vitest';
import { humanUtc } from '../src/shared/time.js';

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
