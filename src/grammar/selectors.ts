/**
 * Selectors (targets) of a policy: `*`, users, `group:`, `tag:`, `autogroup:`, `ipset:`, `svc:`,
 * `user:*@domain`, IPs, CIDRs, ranges and host aliases (reference section 6.1). Pure.
 *
 * Parse order: exact `*`, known prefixes, IP / CIDR / range, contains `@` (a user), otherwise a
 * host alias. Tailscale trims surrounding whitespace, so do we.
 */
import { parseAddressSpec, type IPRange } from './ip.js';

export type Selector =
  | { kind: 'any' }
  | { kind: 'user'; login: string }
  | { kind: 'group'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'autogroup'; name: string }
  | { kind: 'ipset'; name: string }
  | { kind: 'svc'; name: string }
  | { kind: 'userDomain'; domain: string }
  | { kind: 'ip'; range: IPRange; text: string }
  | { kind: 'host'; name: string }
  | { kind: 'invalid'; text: string; reason: string };

export function parseSelector(raw: string): Selector {
  const s = raw.trim();
  if (s === '') return { kind: 'invalid', text: raw, reason: 'empty selector' };
  if (s === '*') return { kind: 'any' };
  if (s.startsWith('group:')) return { kind: 'group', name: s };
  if (s.startsWith('tag:')) return { kind: 'tag', name: s };
  if (s.startsWith('autogroup:')) return { kind: 'autogroup', name: s };
  if (s.startsWith('ipset:')) return { kind: 'ipset', name: s };
  if (s.startsWith('svc:')) return { kind: 'svc', name: s };
  if (s.startsWith('user:')) {
    const m = /^user:\*@(.*)$/.exec(s);
    if (m) return { kind: 'userDomain', domain: m[1]! };
    return { kind: 'invalid', text: s, reason: 'only "user:*@<domain>" is supported after "user:"' };
  }
  if (s.startsWith('posture:')) {
    return { kind: 'invalid', text: s, reason: 'postures go in "srcPosture", not in src or dst' };
  }
  const range = parseAddressSpec(s);
  if (range) return { kind: 'ip', range, text: s };
  if (s.includes('@')) return { kind: 'user', login: s };
  if (s.includes(':') || s.includes('/') || /\s/.test(s)) {
    return { kind: 'invalid', text: s, reason: 'invalid address' };
  }
  return { kind: 'host', name: s };
}

/** Autogroups Tailscale knows. `nonroot` is only valid in SSH `users`. */
export const AUTOGROUPS = new Set([
  'autogroup:member',
  'autogroup:members',
  'autogroup:tagged',
  'autogroup:self',
  'autogroup:internet',
  'autogroup:shared',
  'autogroup:danger-all',
  'autogroup:admin',
  'autogroup:owner',
  'autogroup:network-admin',
  'autogroup:it-admin',
  'autogroup:billing-admin',
  'autogroup:auditor',
  'autogroup:nonroot',
]);

/** Autogroups standing for users with a role: who holds a role is not knowable offline. */
export const ROLE_AUTOGROUPS = new Set([
  'autogroup:admin',
  'autogroup:owner',
  'autogroup:network-admin',
  'autogroup:it-admin',
  'autogroup:billing-admin',
  'autogroup:auditor',
]);

export function isMemberAutogroup(name: string): boolean {
  return name === 'autogroup:member' || name === 'autogroup:members';
}

/** `tailcfg.CheckTag`: `tag:` + an ASCII letter + letters, digits or dashes. */
export function checkTagName(tag: string): string | undefined {
  if (!tag.startsWith('tag:')) return "tags must start with 'tag:'";
  const name = tag.slice(4);
  if (name === '') return 'tag names must not be empty';
  if (!/^[A-Za-z]/.test(name)) return "tag names must start with a letter, after 'tag:'";
  if (!/^[A-Za-z0-9-]+$/.test(name)) return 'tag names can only contain numbers, letters, or dashes';
  return undefined;
}

/** `svc:` + a DNS label (lower-case letters, digits, dashes; not starting or ending with a dash). */
export function checkServiceName(svc: string): string | undefined {
  const name = svc.slice(4);
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    return `service names must be a DNS label after 'svc:' (lower-case letters, digits and dashes)`;
  }
  return undefined;
}

/** A human description of a selector's kind, for messages. */
export function describeKind(sel: Selector): string {
  switch (sel.kind) {
    case 'any':
      return 'wildcard';
    case 'user':
      return 'user';
    case 'group':
      return 'group';
    case 'tag':
      return 'tag';
    case 'autogroup':
      return 'autogroup';
    case 'ipset':
      return 'IP set';
    case 'svc':
      return 'service';
    case 'userDomain':
      return 'user domain';
    case 'ip':
      return 'IP address or range';
    case 'host':
      return 'host';
    case 'invalid':
      return 'invalid selector';
  }
}
