/**
 * Names for the posture gate of `enforce: posture` grants (issue #8). Pure.
 *
 * Every enforced grant gets one custom device posture attribute, `custom:tp_<id>`, and one or
 * more postures, `posture:tp-<id>` / `posture:tp-<id>-<n>`, that require it. `<id>` is derived
 * from the grant file's repository path alone, so it is stable across runs and across edits of
 * the file (a shortened or extended grant keeps its key and only its expiry changes):
 *
 *   id = base32(first 160 bits of SHA-256("tailpolicy/posture/v1\n" + path)), lower case, 32 chars
 *
 * The key is then 10 + 32 = 42 characters, within Tailscale's 50, and uses only lower-case
 * letters, the digits 2-7 and `_` (Tailscale allows letters, digits, `_` and `:`).
 *
 * Collisions: two different paths share an id only if SHA-256 collides on 160 bits. Among n grant
 * paths ever used in a tailnet the chance of any collision is at most n(n-1)/2 / 2^160, about
 * 3.4e-37 for a million paths. Attributes of other tools are never mistaken for ours unless they
 * use exactly `custom:tp_` followed by 32 base32 characters.
 */
import { sha256 } from '../shared/sha256.js';

/** What every attribute key tailpolicy creates starts with. */
export const ATTRIBUTE_PREFIX = 'custom:tp_';
/** What every posture name tailpolicy generates starts with. */
export const POSTURE_PREFIX = 'posture:tp-';

const ID_LENGTH = 32;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Tailscale's rule for custom attribute keys: `custom:` then letters, digits, `_` or `:`, at most 50 in all. */
export function isValidAttributeKey(key: string): boolean {
  return key.length <= 50 && /^custom:[A-Za-z0-9_:]+$/.test(key);
}

/** The grant's id: 32 lower-case base32 characters (160 bits of SHA-256 over its path). */
export function grantId(path: string): string {
  const digest = sha256(`tailpolicy/posture/v1\n${path}`);
  return base32(digest.subarray(0, (ID_LENGTH * 5) / 8));
}

/** The custom posture attribute that gates the grant in file `path`. */
export function attributeKey(path: string): string {
  return ATTRIBUTE_PREFIX + grantId(path);
}

/** True for keys tailpolicy created (and may therefore change or remove). */
export function isTailpolicyAttributeKey(key: string): boolean {
  return new RegExp(`^custom:tp_[a-z2-7]{${ID_LENGTH}}$`).test(key);
}

/** True for posture names that `enforce: posture` generates (reserved: a base policy may not define them). */
export function isGeneratedPostureName(name: string): boolean {
  return new RegExp(`^posture:tp-[a-z2-7]{${ID_LENGTH}}(-[0-9]+)?$`).test(name);
}

/** The posture condition that requires the grant's attribute. */
export function attributeCondition(key: string): string {
  return `${key} == true`;
}

/** RFC 4648 base32 without padding, lower case; `bytes.length * 8` must be a multiple of 5. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}
