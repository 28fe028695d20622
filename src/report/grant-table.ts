/** Words and rows that describe grants, shared by the text, Markdown and JSON reports. Pure. */
import type { Compiled, GrantEntry } from '../policy/compile.js';
import { humanUtc } from '../shared/time.js';

export interface GrantRow {
  path: string;
  state: 'active' | 'scheduled' | 'expired' | 'invalid' | 'excluded';
  grantees: string;
  resource: string;
  window: string;
  reason: string;
  ticket?: string;
}

export function grantRows(compiled: Compiled): GrantRow[] {
  return compiled.grants.map(grantRow);
}

/** The word for a grant's state in every report: a grant with errors is invalid, whatever its window. */
export function rowState(entry: GrantEntry): GrantRow['state'] {
  return !entry.grant || entry.findings.some((f) => f.severity === 'error')
    ? 'invalid'
    : entry.excludedReason !== undefined && entry.state === 'active'
      ? 'excluded'
      : entry.state!;
}

export function grantRow(entry: GrantEntry): GrantRow {
  const g = entry.grant;
  return {
    path: entry.path,
    state: rowState(entry),
    grantees: g ? g.grantees.join(', ') : '',
    resource: g ? (g.resource ?? 'inline rules') : '',
    window: g ? `${g.starts ? humanUtc(g.starts) : '(on merge)'} → ${humanUtc(g.expires)}` : '',
    reason: g?.reason ?? '',
    ...(g?.ticket ? { ticket: g.ticket } : {}),
  };
}

export function countByState(compiled: Compiled): Record<GrantRow['state'], number> {
  const counts = { active: 0, scheduled: 0, expired: 0, invalid: 0, excluded: 0 };
  for (const entry of compiled.grants) counts[rowState(entry)]++;
  return counts;
}
