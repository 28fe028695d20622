/**
 * Standing access (SPEC 1.3 `standing: none`, safety property 11): which rules of a policy let
 * anyone reach a resource's destinations. Run on the base policy (no grant active), every rule
 * that reaches such a destination is standing access to it.
 *
 * Reaching is decided at the level of the destination device or address, whatever the port or
 * protocol: a rule that opens port 22 of a database host opens the database too. Answers are
 * three-valued like the rest of the evaluator: a rule whose destination might or might not be
 * the resource's (an address in the tailnet's ranges against a tag: which device holds which
 * address is not known offline) is reported as unknown, never guessed either way.
 *
 * Pure: a policy value (or its compiled form) in, a list of reaches out.
 */
import { IPSet, CGNAT_RANGE, TAILSCALE_ULA_RANGE } from '../grammar/ip.js';
import { ACL_FIELDS, GRANT_FIELDS, SSH_FIELDS, sectionsOf, stringsOf, isObject } from '../grammar/keys.js';
import {
  F,
  T,
  U,
  compileDstText,
  compilePolicy,
  fieldsOf,
  type CompiledPolicy,
  type DstMatcher,
  type EvaluationOptions,
  type SrcMatcher,
  type Tri,
} from './model.js';

/** The destinations (selectors as written, no ports) that one resource's rules name. */
export interface StandingTarget {
  resource: string;
  destinations: readonly string[];
}

export type RuleSection = 'acls' | 'grants' | 'ssh';

export interface StandingReach {
  resource: string;
  section: RuleSection;
  /** The section's key as written (`ACLs` or `acls`), for locating. */
  sectionKey: string;
  index: number;
  /** The rule's destination entry that reaches the resource, as written. */
  via: string;
  /** The resource's destination it reaches. */
  target: string;
  /** Who the rule lets in: its sources as written. */
  principals: string[];
  /** True: it does reach. False: it might; `why` says what offline evaluation cannot know. */
  certain: boolean;
  why?: string;
}

export interface StandingOptions extends EvaluationOptions {
  /** Rules to leave out, e.g. those generated from grant files. */
  skip?: (section: RuleSection, index: number) => boolean;
}

interface Overlap {
  tri: Tri;
  why?: string;
}

const NO: Overlap = { tri: F };
const YES: Overlap = { tri: T };

/** Every rule of `policy` that reaches (or may reach) a destination of one of `targets`. */
export function standingAccess(
  policy: unknown | CompiledPolicy,
  targets: readonly StandingTarget[],
  opts: StandingOptions = {},
): StandingReach[] {
  if (targets.length === 0) return [];
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const skip = opts.skip ?? (() => false);
  const compiledTargets = targets.map((t) => ({
    resource: t.resource,
    dsts: t.destinations.map((text) => ({ text, m: compileDstText(c, text) })),
  }));
  const out: StandingReach[] = [];

  const consider = (section: RuleSection, index: number, src: SrcMatcher, dstIndex: number, dst: DstMatcher) => {
    if (skip(section, index) || srcIsEmpty(src, c)) return;
    for (const t of compiledTargets) {
      for (const d of t.dsts) {
        const o = overlap(dst, d.m, src, d.text);
        if (o.tri === F) continue;
        const key = `${t.resource}\0${section}\0${index}`;
        const prior = out.find((r) => `${r.resource}\0${r.section}\0${r.index}` === key);
        // One entry per rule and resource; a certain reach outranks an uncertain one.
        if (prior) {
          if (!prior.certain && o.tri === T)
            Object.assign(prior, reach(c, t.resource, section, index, dstIndex, d.text, o));
          continue;
        }
        out.push(reach(c, t.resource, section, index, dstIndex, d.text, o));
      }
    }
  };

  for (const u of c.units) consider(u.section, u.index, u.src, u.dstIndex, u.dst);
  for (const u of c.ssh) u.dst.forEach((d, i) => consider('ssh', u.index, u.src, i, d));
  return out;
}

function reach(
  c: CompiledPolicy,
  resource: string,
  section: RuleSection,
  index: number,
  dstIndex: number,
  target: string,
  o: Overlap,
): StandingReach {
  const rule = ruleFields(c, section, index);
  const srcs = section === 'acls' ? (rule.get('src') ?? rule.get('users')) : rule.get('src');
  const dsts = section === 'acls' ? (rule.get('dst') ?? rule.get('ports')) : rule.get('dst');
  const principals = stringsOf(srcs)
    .map((s) => s.trim())
    .filter((s) => !(s.startsWith('group:') && c.groups.get(s)?.size === 0));
  return {
    resource,
    section,
    sectionKey: c.sectionKeys.get(section) ?? section,
    index,
    via: stringsOf(dsts)[dstIndex]?.trim() ?? '',
    target,
    principals,
    certain: o.tri === T,
    ...(o.why ? { why: o.why } : {}),
  };
}

function ruleFields(c: CompiledPolicy, section: RuleSection, index: number): Map<string, unknown> {
  const list = sectionsOf(c.raw).get(section)?.value;
  const rule: unknown = Array.isArray(list) ? list[index] : undefined;
  if (!isObject(rule)) return new Map();
  const fields = section === 'acls' ? ACL_FIELDS : section === 'grants' ? GRANT_FIELDS : SSH_FIELDS;
  return new Map([...fieldsOf(rule, fields)].map(([k, f]) => [k, f.value]));
}

function isCompiled(p: unknown): p is CompiledPolicy {
  return isObject(p) && p['units'] instanceof Array && p['sectionKeys'] instanceof Map;
}

/** A source that matches nobody: only undefined or empty groups, unknown hosts, nothing else. */
function srcIsEmpty(m: SrcMatcher, c: CompiledPolicy): boolean {
  void c;
  return (
    !m.any &&
    m.users.size === 0 &&
    m.tags.size === 0 &&
    !m.member &&
    !m.tagged &&
    m.usersUnknown.length === 0 &&
    m.domains.length === 0 &&
    (!m.ips || m.ips.isEmpty())
  );
}

const TAILNET = IPSet.of([CGNAT_RANGE, TAILSCALE_ULA_RANGE]);

function inTailnet(set: IPSet): boolean {
  return set.ranges().some((r) => TAILNET.overlaps(r));
}

function setsOverlap(a: IPSet, b: IPSet): boolean {
  return b.ranges().some((r) => a.overlaps(r));
}

/** Whether the src of a rule whose dst is `autogroup:self` holds users in `users` (or any user). */
function selfReaches(src: SrcMatcher, wants: (login: string) => boolean): Overlap {
  if (src.any || src.member) return YES;
  if ([...src.users].some(wants)) return YES;
  if (src.usersUnknown.length > 0 || src.domains.length > 0)
    return { tri: U, why: `who is in ${[...src.usersUnknown, ...src.domains.map((d) => `*@${d}`)].join(', ')}` };
  return NO;
}

/**
 * Whether a base rule's destination `b` (with its sources `src`, for `autogroup:self`) covers
 * any device or address of the resource's destination `r` (written `rText`).
 */
function overlap(b: DstMatcher, r: DstMatcher, src: SrcMatcher, rText: string): Overlap {
  if (b.k === 'none' || r.k === 'none') return NO;
  const addressOf = (what: string): Overlap => ({ tri: U, why: `which tailnet addresses ${what} devices have` });
  switch (r.k) {
    case 'any':
      return b.k === 'internet' ? NO : YES;
    case 'tag':
    case 'tagged':
      if (b.k === 'any' || b.k === 'tagged') return YES;
      if (b.k === 'tag') return r.k === 'tagged' || b.tag === r.tag ? YES : NO;
      if (b.k === 'ips') return inTailnet(b.set) ? addressOf(rText) : NO;
      return NO;
    case 'users':
    case 'member':
    case 'self':
    case 'domain':
    case 'usersUnknown': {
      const wants = (login: string): boolean =>
        r.k === 'users' ? r.users.has(login) : r.k === 'domain' ? login.endsWith(`@${r.domain}`) : true;
      const unknownR = r.k === 'usersUnknown';
      switch (b.k) {
        case 'any':
          return YES;
        case 'member':
          return unknownR ? { tri: U, why: r.why } : r.k === 'users' && r.users.size === 0 ? NO : YES;
        case 'users':
          if (unknownR) return b.users.size > 0 ? { tri: U, why: r.why } : NO;
          return [...b.users].some(wants) ? YES : NO;
        case 'domain':
          if (unknownR) return { tri: U, why: r.why };
          if (r.k === 'users') return [...r.users].some((u) => u.endsWith(`@${b.domain}`)) ? YES : NO;
          if (r.k === 'domain') return r.domain === b.domain ? YES : NO;
          return YES;
        case 'usersUnknown':
          return { tri: U, why: b.why };
        case 'self':
          return unknownR ? { tri: U, why: r.why } : selfReaches(src, wants);
        case 'ips':
          return inTailnet(b.set) ? addressOf(rText) : NO;
        default:
          return NO;
      }
    }
    case 'ips':
      if (b.k === 'any') return YES;
      if (b.k === 'ips') return setsOverlap(b.set, r.set) || (b.internet && r.internet) ? YES : NO;
      if (b.k === 'internet') return r.internet ? YES : NO;
      if (b.k === 'svc') return NO;
      return inTailnet(r.set) ? { tri: U, why: `which devices hold the addresses of ${rText}` } : NO;
    case 'internet':
      if (b.k === 'internet' || (b.k === 'ips' && b.internet)) return YES;
      if (b.k === 'any') return { tri: U, why: 'whether "*" reaches the internet through exit nodes' };
      return NO;
    case 'svc':
      return b.k === 'any' || (b.k === 'svc' && b.name === r.name) ? YES : NO;
  }
}
