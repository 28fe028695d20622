/**
 * explain: does the policy let `src` reach `dst:port`, and which rules allow it? And the SSH
 * counterpart: which action applies when `src` logs in to `dst` as `user`? Pure.
 */
import type { Location, Locator } from '../shared/findings.js';
import { isObject, type JsonObject } from '../grammar/keys.js';
import {
  F,
  T,
  U,
  compilePolicy,
  decide,
  decideSsh,
  resolveIdentity,
  type CompiledPolicy,
  type EvaluationOptions,
  type NetUnit,
  type SshUnit,
  type Tri,
} from './model.js';
import { PROTO_TCP, PROTO_UDP, parseProto, protoLabel } from '../grammar/ports.js';
import { ruleName } from './tests.js';

export interface ExplainQuery {
  /** A user, group, tag, host alias or IP address. */
  src: string;
  /** A user, group, tag, host alias, IP address or service (no port). */
  dst: string;
  port: number;
  /** tcp, udp, icmp or a protocol number; omitted = TCP or UDP, as in tests. */
  proto?: string;
  srcPostureAttrs?: Record<string, string | number | boolean>;
}

export interface ExplainMatch {
  section: 'acls' | 'grants';
  index: number;
  location?: Location;
  rule: unknown;
}

export interface ExplainResult {
  allowed: boolean | 'undecidable';
  matches: ExplainMatch[];
  notes: string[];
}

export interface ExplainSshQuery {
  src: string;
  dst: string;
  /** The login name on the destination, e.g. "root". */
  user: string;
  srcPostureAttrs?: Record<string, string | number | boolean>;
}

export interface ExplainSshMatch {
  section: 'ssh';
  index: number;
  location?: Location;
  rule: unknown;
}

export interface ExplainSshResult {
  action: 'accept' | 'check' | 'deny' | 'undecidable';
  matches: ExplainSshMatch[];
  notes: string[];
}

function isCompiled(p: unknown): p is CompiledPolicy {
  return isObject(p) && p['index'] !== undefined && p['units'] instanceof Array && p['sectionKeys'] instanceof Map;
}

function rawRule(c: CompiledPolicy, section: string, index: number): unknown {
  const key = c.sectionKeys.get(section);
  if (key === undefined || !isObject(c.raw)) return undefined;
  const list = (c.raw as JsonObject)[key];
  return Array.isArray(list) ? list[index] : undefined;
}

function locateRule(c: CompiledPolicy, locate: Locator, section: string, index: number): Location | undefined {
  return locate([c.sectionKeys.get(section) ?? section, index]);
}

/** `policy` may be a policy value or the result of compilePolicy (to reuse one compilation). */
export function explain(
  policy: unknown,
  query: ExplainQuery,
  locate: Locator,
  opts?: EvaluationOptions,
): ExplainResult {
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const notes: string[] = [];
  let protos: number[][] = [[PROTO_TCP], [PROTO_UDP]];
  if (query.proto !== undefined && query.proto.trim() !== '') {
    const p = parseProto(query.proto);
    if (!p.ok) return { allowed: false, matches: [], notes: [p.error] };
    protos = [[p.value]];
  }
  const src = resolveIdentity(c, query.src);
  notes.push(...src.notes);
  if (src.fail) return { allowed: false, matches: [], notes: [...notes, src.fail] };
  if (src.undecidable) return { allowed: 'undecidable', matches: [], notes: [...notes, src.undecidable] };
  let all: Tri = T;
  const allowedBy = new Map<string, NetUnit>();
  for (const s of src.endpoints) {
    const dr = resolveIdentity(c, query.dst, s);
    notes.push(...dr.notes);
    if (dr.fail) {
      notes.push(dr.fail);
      all = F;
      continue;
    }
    if (dr.undecidable) {
      notes.push(dr.undecidable);
      if (all === T) all = U;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri: Tri = F;
      for (const ps of protos) {
        const r = decide(c, s, d, ps, query.port, query.srcPostureAttrs ?? s.postureAttributes ?? {});
        for (const u of r.allowedBy) allowedBy.set(`${u.section}:${u.index}`, u);
        if (r.result === T) tri = T;
        else if (r.result === U && tri === F) tri = U;
        if (r.result === U) {
          for (const u of r.maybe)
            notes.push(
              `${ruleName(c, u.section, u.index)} may allow ${s.label} to reach ${d.label}, depending on what is not known offline`,
            );
        }
      }
      if (tri === F) {
        notes.push(
          `nothing allows ${s.label} to reach ${d.label} on ${protos.length === 1 ? protoLabel(protos[0]![0]!) : 'tcp or udp'} port ${query.port}`,
        );
        all = F;
      } else if (tri === U && all === T) all = U;
    }
  }
  const matches = [...allowedBy.values()]
    .sort((a, b) => (a.section === b.section ? a.index - b.index : a.section < b.section ? -1 : 1))
    .map((u) => {
      const location = locateRule(c, locate, u.section, u.index);
      return {
        section: u.section,
        index: u.index,
        ...(location ? { location } : {}),
        rule: rawRule(c, u.section, u.index),
      };
    });
  return {
    allowed: all === T ? true : all === F ? false : 'undecidable',
    matches: all === F ? [] : matches,
    notes: [...new Set(notes)],
  };
}

export function explainSsh(
  policy: unknown,
  query: ExplainSshQuery,
  locate: Locator,
  opts?: EvaluationOptions,
): ExplainSshResult {
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const notes: string[] = [];
  const src = resolveIdentity(c, query.src);
  notes.push(...src.notes);
  if (src.fail) return { action: 'deny', matches: [], notes: [...notes, src.fail] };
  if (src.undecidable) return { action: 'undecidable', matches: [], notes: [...notes, src.undecidable] };
  const actions = new Set<ExplainSshResult['action']>();
  const by = new Map<number, SshUnit>();
  for (const s of src.endpoints) {
    const dr = resolveIdentity(c, query.dst, s);
    notes.push(...dr.notes);
    if (dr.fail) {
      notes.push(dr.fail);
      actions.add('deny');
      continue;
    }
    if (dr.undecidable) {
      notes.push(dr.undecidable);
      actions.add('undecidable');
      continue;
    }
    for (const d of dr.endpoints) {
      const r = decideSsh(c, s, d, query.user.trim(), query.srcPostureAttrs ?? s.postureAttributes ?? {});
      actions.add(r.action);
      for (const u of r.by) by.set(u.index, u);
      if (r.action === 'undecidable') {
        for (const u of r.maybe)
          notes.push(
            `${ruleName(c, 'ssh', u.index)} may apply to ${s.label} on ${d.label}, depending on what is not known offline`,
          );
      }
    }
  }
  let action: ExplainSshResult['action'];
  if (actions.size === 1) action = [...actions][0]!;
  else if (actions.size === 0) action = 'deny';
  else {
    action = 'undecidable';
    notes.push(`the answer differs between the devices ${query.src} stands for: ${[...actions].join(', ')}`);
  }
  const matches =
    action === 'accept' || action === 'check'
      ? [...by.values()]
          .sort((a, b) => a.index - b.index)
          .map((u) => {
            const location = locateRule(c, locate, 'ssh', u.index);
            return {
              section: 'ssh' as const,
              index: u.index,
              ...(location ? { location } : {}),
              rule: rawRule(c, 'ssh', u.index),
            };
          })
      : [];
  return { action, matches, notes: [...new Set(notes)] };
}
