/**
 * Revocation that nothing can block (SPEC 2.5, property 9): the *live* policy minus exactly the
 * rules tailpolicy generated for grants that are no longer active, keeping everything else (a
 * console edit included). Pure: text in, text out.
 *
 * Generated rules are known by their generated comment AND their content. compile() puts two
 * comments above the first rule of each grant in `grants` and in `ssh`:
 *
 *     // grant grants/alice.yaml: alice@example.com -> prod-db, … : reason
 *     // tailpolicy-rules: 2 sha256:<hex> grants/alice.yaml
 *
 * The marker says how many rules follow and the SHA-256 of their canonical JSON together with
 * the grant's path. A run of rules is taken out only when the rules that follow the marker hash to
 * exactly that value. When they do not (somebody edited a generated rule, or its comments), that
 * grant is refused: it is named, and its rules stay, because what is there is no longer known to
 * be only the grant's access. Every other grant is still taken out.
 *
 * The text is edited in place (the lines of the removed rules and their two comments), and the
 * result is parsed again and compared, as canonical JSON, with the live policy minus those rules:
 * anything else is refused as a whole. The header's `tailpolicy-digest` is updated only when it
 * matched the live policy (no drift): a console edit stays visible as drift to the next run.
 */
import * as jsonc from 'jsonc-parser';
import { RULE_MARKER, canonicalJson, commentSafe, headerDigest, policyDigest, rulesFingerprint } from './render.js';
import type { Policy } from './merge.js';

const SECTIONS = ['grants', 'ssh'] as const;
type Section = (typeof SECTIONS)[number];

/** A run of generated rules found in a policy text. */
export interface GeneratedRun {
  section: Section;
  grant: string;
  /** Index of the first rule in the section's list. */
  index: number;
  count: number;
  /** The rules that follow the marker are exactly the ones it names. */
  intact: boolean;
  /** Why the run is not intact. */
  problem?: string;
  /** Text range to delete: the grant's comment lines through the last rule's line. */
  from: number;
  to: number;
}

export interface RefusedGrant {
  grant: string;
  why: string;
}

export interface Narrowed {
  /** The narrowed policy text (the live text itself when nothing is removed). */
  text: string;
  policy: Policy;
  /** True when `text` differs from the live policy. */
  changed: boolean;
  /** Grants whose generated rules were taken out, with how many rules, sorted. */
  removed: Array<{ grant: string; rules: number }>;
  /** Grants no longer active whose rules could not be taken out safely: their access is still live. */
  refused: RefusedGrant[];
}

/** The live policy as JSON (empty object for an empty or non-object text). */
function parseObject(text: string): Policy {
  const value: unknown = jsonc.parse(text, [], { allowTrailingComma: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Policy) : {};
}

const NOTE = /^\s*\/\/\s*grant (.+?): /;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = text.lastIndexOf('\n', from - 1) + 1;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    out.push({ start: Math.max(start, from), end, text: text.slice(Math.max(start, from), end) });
    start = end + 1;
  }
  return out;
}

/** Every run of generated rules in the `grants` and `ssh` lists of a policy text, and notes without a marker. */
export function generatedRuns(text: string): {
  runs: GeneratedRun[];
  orphanNotes: Array<{ section: Section; grant: string }>;
} {
  const tree = jsonc.parseTree(text, [], { allowTrailingComma: true });
  const runs: GeneratedRun[] = [];
  const orphanNotes: Array<{ section: Section; grant: string }> = [];
  if (!tree || tree.type !== 'object') return { runs, orphanNotes };
  for (const section of SECTIONS) {
    const list = jsonc.findNodeAtLocation(tree, [section]);
    if (!list || list.type !== 'array') continue;
    const items = list.children ?? [];
    const claimedUntil: number[] = [];
    items.forEach((item, i) => {
      const gapStart = i === 0 ? list.offset + 1 : items[i - 1]!.offset + items[i - 1]!.length;
      const lines = linesOf(text, gapStart, item.offset);
      lines.forEach((line, k) => {
        const m = RULE_MARKER.exec(line.text);
        if (!m) {
          const note = NOTE.exec(line.text);
          const next = lines[k + 1];
          if (note && !(next && RULE_MARKER.test(next.text))) orphanNotes.push({ section, grant: note[1]! });
          return;
        }
        const count = Number(m[1]);
        const grant = m[3]!;
        const previous = lines[k - 1];
        const from = previous && NOTE.test(previous.text) ? previous.start : line.start;
        const last = items[i + count - 1];
        let problem: string | undefined;
        if (count < 1 || !last) problem = `its marker names ${count} rule(s) but fewer follow`;
        else if (claimedUntil.some((end) => end > i)) problem = "its rules overlap another grant's";
        else {
          const rules = items.slice(i, i + count).map((n) => jsonc.getNodeValue(n) as unknown);
          if (rulesFingerprint(grant, rules) !== m[2]) problem = 'its generated rules were edited outside Git';
          else {
            // A marker inside the run means the rules were rearranged by hand.
            for (let j = i + 1; j < i + count; j++) {
              const inner = linesOf(text, items[j - 1]!.offset + items[j - 1]!.length, items[j]!.offset);
              if (inner.some((l) => RULE_MARKER.test(l.text))) problem = "its rules overlap another grant's";
            }
          }
        }
        claimedUntil.push(i + Math.max(count, 1));
        runs.push({
          section,
          grant,
          index: i,
          count,
          intact: problem === undefined,
          ...(problem !== undefined ? { problem } : {}),
          from,
          to: last ? lineEndAfter(text, last.offset + last.length) : from,
        });
      });
    });
  }
  return { runs, orphanNotes };
}

/** After the element: its comma and the rest of the line, when only blanks follow. */
function lineEndAfter(text: string, end: number): number {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === ',') i++;
  let j = i;
  while (text[j] === ' ' || text[j] === '\t' || text[j] === '\r') j++;
  if (text[j] === '\n') return j + 1;
  return i;
}

/**
 * The live policy minus the generated rules of every grant not in `keep` (paths of the grants
 * that are active and may stay). Grants in `keep` are never touched, nor anything not generated.
 */
export function narrowLivePolicy(live: string, keep: ReadonlySet<string>): Narrowed {
  const policy = parseObject(live);
  const { runs, orphanNotes } = generatedRuns(live);
  const refused = new Map<string, string>();
  const take: GeneratedRun[] = [];
  for (const run of runs) {
    if (keep.has(run.grant)) continue;
    if (run.intact) take.push(run);
    else refused.set(run.grant, run.problem!);
  }
  for (const note of orphanNotes) {
    if (!keep.has(note.grant) && !refused.has(note.grant))
      refused.set(note.grant, 'the marker comment above its generated rules was removed or edited outside Git');
  }
  // A grant with one edited run still loses its intact runs: taking out more never widens access.
  const removable = take;
  const unchanged: Narrowed = {
    text: live,
    policy,
    changed: false,
    removed: [],
    refused: [...refused].map(([grant, why]) => ({ grant, why })).sort((a, b) => cmp(a.grant, b.grant)),
  };
  if (removable.length === 0) return unchanged;

  // What the result must be, as JSON.
  const expected: Policy = { ...policy };
  for (const section of SECTIONS) {
    const drop = new Set(
      removable.filter((r) => r.section === section).flatMap((r) => range(r.index, r.index + r.count)),
    );
    if (drop.size === 0) continue;
    expected[section] = (policy[section] as unknown[]).filter((_, i) => !drop.has(i));
  }

  let text = live;
  for (const r of [...removable].sort((a, b) => b.from - a.from)) text = text.slice(0, r.from) + text.slice(r.to);
  const claimed = headerDigest(live);
  if (claimed !== undefined && claimed === policyDigest(policy)) {
    const at = text.indexOf(claimed);
    text = text.slice(0, at) + policyDigest(expected) + text.slice(at + claimed.length);
  }
  const errors: jsonc.ParseError[] = [];
  const result: unknown = jsonc.parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || canonicalJson(result) !== canonicalJson(expected)) {
    for (const r of removable) refused.set(r.grant, 'its rules could not be taken out of the policy text safely');
    return {
      ...unchanged,
      refused: [...refused].map(([grant, why]) => ({ grant, why })).sort((a, b) => cmp(a.grant, b.grant)),
    };
  }
  const removed = new Map<string, number>();
  for (const r of removable) removed.set(r.grant, (removed.get(r.grant) ?? 0) + r.count);
  return {
    text,
    policy: expected,
    changed: true,
    removed: [...removed].map(([grant, rules]) => ({ grant, rules })).sort((a, b) => cmp(a.grant, b.grant)),
    refused: unchanged.refused,
  };
}

/**
 * Read back: which of `paths` still have access in a policy text. A grant is live when its
 * generated comment (note or marker) is in the text, or, when its rules are given, when any rule
 * of `grants` or `ssh` equals one of them.
 */
export function grantsInPolicy(
  text: string,
  paths: readonly string[],
  rules: ReadonlyMap<string, readonly unknown[]> = new Map(),
): Map<string, boolean> {
  const lines = text.split('\n');
  const named = new Set<string>();
  for (const line of lines) {
    const m = RULE_MARKER.exec(line);
    if (m) named.add(m[3]!);
  }
  const policy = parseObject(text);
  const liveRules = new Set(
    SECTIONS.flatMap((s) => (Array.isArray(policy[s]) ? (policy[s] as unknown[]) : [])).map((r) => canonicalJson(r)),
  );
  const out = new Map<string, boolean>();
  for (const path of paths) {
    const note = `// grant ${commentSafe(path, 300)}: `;
    const byComment = named.has(commentSafe(path, 300)) || lines.some((l) => l.trimStart().startsWith(note));
    const byContent = (rules.get(path) ?? []).some((r) => liveRules.has(canonicalJson(r)));
    out.set(path, byComment || byContent);
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
