/**
 * The rule-level difference between two policies: which list entries (grants, acls, ssh, tests,
 * …) appear or disappear, and which map keys (groups, hosts, tag owners, …) and settings are
 * added, removed or changed. Used for drift reports and for the plan a reviewer reads. Pure.
 */
import { canonicalJson } from './render.js';
import { isPlainObject, type Policy } from './merge.js';

export interface PolicyChange {
  section: string;
  kind: 'added' | 'removed' | 'changed';
  /** Map key or setting name; undefined for list entries. */
  key?: string;
  before?: unknown;
  after?: unknown;
}

export function diffPolicies(before: Policy, after: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const section of sections) {
    const a = before[section];
    const b = after[section];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      changes.push(...diffLists(section, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
    } else if (isPlainObject(a) || isPlainObject(b)) {
      const am = isPlainObject(a) ? a : {};
      const bm = isPlainObject(b) ? b : {};
      for (const key of [...new Set([...Object.keys(am), ...Object.keys(bm)])].sort()) {
        const x = am[key];
        const y = bm[key];
        if (x === undefined) changes.push({ section, kind: 'added', key, after: y });
        else if (y === undefined) changes.push({ section, kind: 'removed', key, before: x });
        else if (canonicalJson(x) !== canonicalJson(y))
          changes.push({ section, kind: 'changed', key, before: x, after: y });
      }
    } else if (a === undefined) changes.push({ section, kind: 'added', key: section, after: b });
    else if (b === undefined) changes.push({ section, kind: 'removed', key: section, before: a });
    else changes.push({ section, kind: 'changed', key: section, before: a, after: b });
  }
  return changes;
}

/** List entries compared as multisets: order changes alone are not differences. */
function diffLists(section: string, a: unknown[], b: unknown[]): PolicyChange[] {
  const count = new Map<string, number>();
  for (const x of a) count.set(canonicalJson(x), (count.get(canonicalJson(x)) ?? 0) + 1);
  const added: PolicyChange[] = [];
  for (const y of b) {
    const k = canonicalJson(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push({ section, kind: 'added', after: y });
  }
  const removed: PolicyChange[] = [];
  for (const x of a) {
    const k = canonicalJson(x);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      removed.push({ section, kind: 'removed', before: x });
      count.set(k, n - 1);
    }
  }
  return [...removed, ...added];
}

/** One line per change, `+`/`-`/`~` prefixed, compact JSON: for logs and code blocks. */
export function formatChanges(changes: readonly PolicyChange[], max = 200): string {
  const lines = changes.slice(0, max).map((c) => {
    const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
    const where = c.key !== undefined && c.key !== c.section ? `${c.section}["${c.key}"]` : c.section;
    if (c.kind === 'changed') return `${sign} ${where}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`;
    return `${sign} ${where}: ${JSON.stringify(c.kind === 'added' ? c.after : c.before)}`;
  });
  if (changes.length > max) lines.push(`… and ${changes.length - max} more`);
  return lines.join('\n');
}
