/**
 * SHA-256 of text (its UTF-8 bytes), without loading node:crypto while little is hashed:
 * requiring it loads 37 of Node's internal modules, a twentieth of the start of `tailpolicy check`
 * on the README's example, which hashes a few kilobytes. Large inputs, and everything once 64 Ki
 * units have been hashed here, go to node:crypto, loaded when first needed. Both give the same
 * digest (a test compares them).
 */
import { builtin } from './builtin.js';

/** Up to this many UTF-16 units, the hash is computed here; above it, by node:crypto. */
const SMALL = 16 * 1024;
/**
 * How much text, in all, is hashed here before every hash goes to node:crypto: a hash here costs
 * about ten times node:crypto's, which only the start of a small check makes worth it (10,000
 * grant fingerprints took 30 ms more here).
 */
let budget = 64 * 1024;

/** Whether `length` more units are hashed here (and counted), or by node:crypto. */
function here(length: number): boolean {
  if (length > SMALL || budget <= 0) return false;
  budget -= length;
  return true;
}

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/** node:crypto, loaded on first use. */
export function nodeCrypto(): Crypto {
  return (crypto ??= builtin<Crypto>('node:crypto'));
}

/** The SHA-256 digest of `text`'s UTF-8 bytes. */
export function sha256(text: string): Uint8Array {
  if (!here(text.length)) return new Uint8Array(nodeCrypto().createHash('sha256').update(text, 'utf8').digest());
  return digest(Buffer.from(text, 'utf8'));
}

/** The SHA-256 of `text`'s UTF-8 bytes, as lower-case hex. */
export function sha256Hex(text: string): string {
  if (!here(text.length)) {
    // crypto.hash (Node 21.7 and 20.12 on) hashes in one call, without a Hash object: half the
    // cost of a 10,000-grant check's rule fingerprints.
    const c = nodeCrypto();
    return typeof c.hash === 'function'
      ? c.hash('sha256', text, 'hex')
      : c.createHash('sha256').update(text, 'utf8').digest('hex');
  }
  return Buffer.from(digest(Buffer.from(text, 'utf8'))).toString('hex');
}

/**
 * A SHA-256 that takes text in pieces: small texts are hashed here, and the hash moves to
 * node:crypto once more than SMALL units have arrived (the digest of a 10,000-grant policy).
 */
export class Sha256 {
  private pending: string[] = [];
  private size = 0;
  private hash: import('node:crypto').Hash | undefined;

  update(text: string): this {
    if (this.hash) this.hash.update(text, 'utf8');
    else {
      this.pending.push(text);
      this.size += text.length;
      if (this.size > SMALL || budget <= 0) {
        this.hash = nodeCrypto().createHash('sha256');
        for (const p of this.pending) this.hash.update(p, 'utf8');
        this.pending = [];
      }
    }
    return this;
  }

  hex(): string {
    const text = this.hash ? '' : this.pending.join('');
    if (!this.hash && !here(text.length)) this.hash = nodeCrypto().createHash('sha256').update(text, 'utf8');
    if (this.hash) return this.hash.digest('hex');
    return Buffer.from(digest(Buffer.from(text, 'utf8'))).toString('hex');
  }
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** FIPS 180-4 SHA-256 of `bytes`, computed here (exported for its test). */
export function digest(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  // The message, a 1 bit, zeros, and the 64-bit length: a whole number of 64-byte blocks.
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const msg = new Uint8Array(total);
  msg.set(bytes);
  msg[bytes.length] = 0x80;
  const view = new DataView(msg.buffer);
  view.setUint32(total - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(total - 4, bitLength >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i]! + w[i]!) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + hh) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return out;
}
