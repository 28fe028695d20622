/**
 * Findings: what every layer of validation reports. Pure data, no I/O.
 *
 * A finding always carries a stable rule id (`syntax/duplicate-key`, `ref/unknown-tag`, …) so
 * users can search for it and tests can assert on it, and, where the input had a place, the file,
 * line and column (1-based) of that place.
 */

export type Severity = 'error' | 'warning' | 'notice';

export interface Location {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding {
  severity: Severity;
  /** Stable identifier: `<layer>/<name>`, e.g. `schema/unknown-field`, `ref/unknown-group`. */
  rule: string;
  /** One or more sentences: what is wrong and how to fix it. */
  message: string;
  location?: Location;
  /** A second place the message refers to (e.g. the first definition of a duplicate key). */
  related?: Location;
  /**
   * How many findings this one stands for, when it sums up findings left out of a listing (see
   * `listPerFile`); counts of errors and warnings include them. Absent: one.
   */
  count?: number;
}

/** A path into a JSON value: object keys and array indices. */
export type JsonPath = ReadonlyArray<string | number>;

/**
 * Maps a path in a (possibly merged or generated) JSON value back to the place in a source
 * file that produced it. `key: true` asks for the position of the object key rather than the
 * value. Returns undefined when the path has no source (the caller then reports without one).
 */
export type Locator = (path: JsonPath, opts?: { key?: boolean }) => Location | undefined;

export const noLocation: Locator = () => undefined;

export function error(rule: string, message: string, location?: Location, related?: Location): Finding {
  return { severity: 'error', rule, message, ...(location ? { location } : {}), ...(related ? { related } : {}) };
}

export function warning(rule: string, message: string, location?: Location): Finding {
  return { severity: 'warning', rule, message, ...(location ? { location } : {}) };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** How many findings of a severity there are, counting those a listing left out (`count`). */
export function countFindings(findings: readonly Finding[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n += f.count ?? 1;
  return n;
}

/** Findings listed per file; the rest are summed up in one finding per severity (SPEC 4.12). */
export const MAX_LISTED_PER_FILE = 50;

/**
 * At most `max` findings of each file, in the order given; the rest of a file's findings are
 * summed up, right after its last listed one, in one finding per severity that counts them and
 * names their rules. A 175 KB list of 29,000 wrong entries is 29,000 true errors, but listing
 * them all took seconds in every report and helped nobody: the first fifty show what to fix.
 */
export function listPerFile(findings: readonly Finding[], max = MAX_LISTED_PER_FILE): Finding[] {
  const listed = new Map<string, number>();
  const left = new Map<string, Map<Severity, { first: Finding; count: number; rules: Map<string, number> }>>();
  const out: Finding[] = [];
  const lastListed = new Map<string, number>();
  for (const f of findings) {
    const file = f.location?.file ?? '';
    const n = listed.get(file) ?? 0;
    if (n < max) {
      listed.set(file, n + 1);
      out.push(f);
      lastListed.set(file, out.length - 1);
      continue;
    }
    const bySeverity = left.get(file) ?? new Map();
    left.set(file, bySeverity);
    const entry = bySeverity.get(f.severity) ?? { first: f, count: 0, rules: new Map<string, number>() };
    bySeverity.set(f.severity, entry);
    entry.count += f.count ?? 1;
    entry.rules.set(f.rule, (entry.rules.get(f.rule) ?? 0) + (f.count ?? 1));
  }
  if (left.size === 0) return out;
  // Insert from the end, so the indexes of earlier files stay right.
  const inserts = [...left].map(([file, bySeverity]) => ({ at: lastListed.get(file)!, bySeverity }));
  inserts.sort((a, b) => b.at - a.at);
  for (const { at, bySeverity } of inserts) {
    const sums = (['error', 'warning', 'notice'] as const).flatMap((severity) => {
      const entry = bySeverity.get(severity);
      if (!entry) return [];
      const rules = [...entry.rules]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([rule, n]) => `${rule} ×${n}`)
        .join(', ');
      const what = severity === 'error' ? 'error(s)' : severity === 'warning' ? 'warning(s)' : 'notice(s)';
      const more = entry.rules.size > 5 ? ', …' : '';
      const sum: Finding = {
        severity,
        rule: 'findings/not-listed',
        message:
          `${entry.count} more ${what} in this file are not listed (${rules}${more}), the first of them here: ` +
          `${entry.first.message} Fix the ones above first; they are often one mistake repeated.`,
        count: entry.count,
        ...(entry.first.location ? { location: entry.first.location } : {}),
      };
      return [sum];
    });
    out.splice(at + 1, 0, ...sums);
  }
  return out;
}

/** `path:line:col: error[rule]: message`, the CLI's format (SPEC 3.2). */
export function formatFinding(f: Finding): string {
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : '';
  return `${where}${f.severity}[${f.rule}]: ${f.message}`;
}

/** Sort findings by file, line, column, then rule, so output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  });
}

/** A file that did not parse: what else is reported may only follow from it (SPEC 2.2). */
function isRootCause(f: Finding): boolean {
  return f.severity === 'error' && f.rule.startsWith('syntax/') && f.rule !== 'syntax/duplicate-key';
}

/**
 * Root causes first: when a file others depend on (`canCause`: the policy's fragments,
 * access.yaml, dns.yaml) does not parse, its errors come first, and each error in another file is
 * marked as one that may only follow from it (a group, host or resource that file defines
 * is then missing everywhere). Otherwise the order is unchanged. Severities are kept: the marked
 * errors still fail the check.
 */
export function rootCausesFirst(canCause: (file: string) => boolean, findings: readonly Finding[]): Finding[] {
  const roots = findings.filter((f) => isRootCause(f) && f.location !== undefined && canCause(f.location.file));
  if (roots.length === 0) return [...findings];
  const broken = new Set(roots.map((f) => f.location?.file).filter((f): f is string => f !== undefined));
  const first = roots.find((f) => f.location) ?? roots[0]!;
  const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column}` : 'above';
  const files = broken.size > 1 ? `the files that do not parse (first: ${where})` : `the syntax error at ${where}`;
  const rest = findings
    .filter((f) => !roots.includes(f))
    .map((f) =>
      // A syntax error of another file is a root cause of its own, not a consequence.
      f.severity === 'error' && !isRootCause(f) && !(f.location && broken.has(f.location.file))
        ? { ...f, message: `${f.message} (This may only follow from ${files}: fix that first.)` }
        : f,
    );
  return [...roots, ...rest];
}
