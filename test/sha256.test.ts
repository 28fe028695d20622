/**
 * The SHA-256 computed in JavaScript (src/shared/sha256.ts), used while little is hashed so a
 * small check need not load node:crypto, must give node:crypto's digest on every input: block
 * boundaries, multi-byte and lone-surrogate text, and 20,000 random texts; the piecewise hash of
 * the policy digest too, on both sides of the switch to node:crypto.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digest, Sha256, sha256, sha256Hex } from '../src/shared/sha256.js';

const native = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const js = (t: string) => Buffer.from(digest(Buffer.from(t, 'utf8'))).toString('hex');

describe('SHA-256 without node:crypto', () => {
  it("gives node:crypto's digest at every block boundary and on 20,000 random texts", () => {
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_000])
      expect(js('x'.repeat(n)), String(n)).toBe(native('x'.repeat(n)));
    expect(js('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    let s = 15;
    const r = () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
    const alphabet = ['a', 'é', '😀', '\u0000', '\n', 'Z', '日', '\ud800', '\udc00', '"'];
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let j = Math.floor(r() * 150); j > 0; j--) t += alphabet[Math.floor(r() * alphabet.length)];
      expect(js(t), JSON.stringify(t)).toBe(native(t));
    }
  });

  it('hashes in pieces as in one, before and after moving to node:crypto', () => {
    for (const n of [10, 5_000, 20_000, 100_000]) {
      const text = Array.from({ length: n }, (_, i) => `{"k${i}":"ü${i}"}`).join(',');
      const h = new Sha256();
      for (let i = 0; i < text.length; i += 997) h.update(text.slice(i, i + 997));
      expect(h.hex(), String(n)).toBe(native(text));
      expect(sha256Hex(text)).toBe(native(text));
      expect(Buffer.from(sha256(text)).toString('hex')).toBe(native(text));
    }
  });
});
