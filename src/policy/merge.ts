/**
 * Merging policy fragments (SPEC 1.1), in path order:
 * - maps merge by key; a key defined twice is an error naming both places;
 * - lists concatenate;
 * - scalars (and any section not known to be a map or list) may be set once.
 *
 * Section names are matched case-insensitively, as Tailscale does, and written in their
 * canonical spelling. The merged policy keeps, for every entry, where it came from, so later
 * layers can report at the fragment's line (see `PolicyOrigins`).
 */
import { error, type Finding, type JsonPath, type Location, type Locator } from '../shared/findings.js';
import type { ParsedSource } from './source.js';
import { own, setOwn } from '../shared/bounds.js';

type SectionKind = 'map' | 'list' | 'scalar' | 'autoApprovers';

/** Every top-level section of a Tailscale policy file that tailpolicy knows, by kind. */
export const POLICY_SECTIONS: Record<string, SectionKind> = {
  groups: 'map',
  hosts: 'map',
  tagOwners: 'map',
  postures: 'map',
  ipsets: 'map',
  attrConfig: 'map',
  acls: 'list',
  grants: 'list',
  ssh: 'list',
  tests: 'list',
  sshTests: 'list',
  nodeAttrs: 'list',
  autoApprovers: 'autoApprovers',
  defaultSrcPosture: 'scalar',
  derpMap: 'scalar',
  disableIPv4: 'scalar',
  randomizeClientPort: 'scalar',
  OneCGNATRoute: 'scalar',
};

const CANONICAL = new Map(Object.keys(POLICY_SECTIONS).map((k) => [k.toLowerCase(), k]));

export function canonicalSection(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

export type Policy = Record<string, unknown>;

/**
 * Where each part of the merged policy came from. Paths are looked up from the longest
 * registered prefix down, and the rest of the path is passed to that origin's locator.
 */
export class PolicyOrigins {
  private readonly map = new Map<string, Locator>();
  /** Merged lists, by the list's path: which run of entries came from which source list. */
  private readonly runs = new Map<string, ListRun[]>();

  set(path: JsonPath, locate: Locator): void {
    this.map.set(path.join('\u0000'), locate);
  }

  /**
   * Entries `start` to `start + count - 1` of the merged list at `path` are the entries of the
   * source list that `locate` answers for, in order: one record for a whole fragment's list,
   * however long (a closure per entry cost a second on a 29,000-entry list). `file`, when given,
   * is the file of every location `locate` gives.
   */
  setRun(path: JsonPath, start: number, count: number, locate: Locator, file?: string): void {
    if (count === 0) return;
    this.addRun(path, { start, end: start + count, locate, ...(file !== undefined ? { file } : {}) });
  }

  /**
   * Like setRun, with the run's own object answering: its `locate` is called as its method with
   * the path from the run's first entry (`[index - start, ...]`). Compile registers the rules of
   * each grant so: one object per grant and section, where a closure per rule and its key cost
   * a tenth of a 10,000-grant check's memory.
   */
  addRun(path: JsonPath, run: ListRun): void {
    if (run.end <= run.start) return;
    const key = path.join('\u0000');
    const runs = this.runs.get(key);
    if (runs === undefined) this.runs.set(key, [run]);
    else {
      // Kept in order of `start` (they are added in order), for the binary search of originOf.
      let i = runs.length;
      while (i > 0 && runs[i - 1]!.start > run.start) i--;
      runs.splice(i, 0, run);
    }
  }

  /**
   * `locate(path)?.file`, without locating when the run knows its file: the comment naming each
   * fragment above its entries asked for 10,000 positions, which built each file's position tree.
   */
  fileOf(path: JsonPath): string | undefined {
    const origin = this.originOf(path);
    return origin?.file ?? origin?.from.locate(origin.rest)?.file;
  }

  /** The locator for the merged policy. */
  readonly locate: Locator = (path, opts) => {
    const origin = this.originOf(path);
    return origin?.from.locate(origin.rest, opts);
  };

  /**
   * The source that answers for `path`, from the longest registered prefix down (a key's own
   * locator, or the run of a merged list its index falls in), with the rest of the path for it.
   */
  private originOf(path: JsonPath): { from: { locate: Locator }; rest: JsonPath; file?: string } | undefined {
    // The keys of the path's prefixes, built once: keys[n] is path.slice(0, n).join("\0").
    const keys: string[] = [''];
    for (let n = 1; n <= path.length; n++) keys.push(n === 1 ? String(path[0]) : `${keys[n - 1]}\u0000${path[n - 1]}`);
    for (let n = path.length; n >= 1; n--) {
      const origin = this.map.get(keys[n]!);
      if (origin) return { from: { locate: origin }, rest: path.slice(n) };
      const index = path[n - 1];
      if (typeof index === 'number') {
        const run = runAt(this.runs.get(keys[n - 1]!), index);
        if (run) return { from: run, rest: [index - run.start, ...path.slice(n)], file: run.file };
      }
    }
    return undefined;
  }
}

/**
 * Entries `start` to `end - 1` of a merged list, and what locates them: `locate` is called as the
 * run's method, with the path from its first entry.
 */
export interface ListRun {
  readonly start: number;
  readonly end: number;
  locate(path: JsonPath, opts?: { key?: boolean }): Location | undefined;
  readonly file?: string;
}

/** The run of `runs` (in order of `start`, not overlapping) that holds `index`. */
export function runAt<R extends ListRun>(runs: readonly R[] | undefined, index: number): R | undefined {
  if (runs === undefined) return undefined;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (index < run.start) hi = mid - 1;
    else if (index >= run.end) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/** A locator that answers for `path` relative to `base` in a source file. */
export function at(locate: Locator, base: JsonPath): Locator {
  return (rest, opts) => locate([...base, ...rest], opts);
}

export interface MergeResult {
  policy: Policy;
  origins: PolicyOrigins;
  findings: Finding[];
}

export function mergeFragments(fragments: readonly ParsedSource[]): MergeResult {
  const policy: Policy = {};
  const origins = new PolicyOrigins();
  const findings: Finding[] = [];
  // Where each map key / scalar was first defined, for "defined twice" errors. The places are
  // looked up only when a key repeats: looking each one up built every fragment's position tree.
  const firstDefined = new Map<string, () => Location | undefined>();

  const defineOnce = (key: string, label: string, where: () => Location | undefined): boolean => {
    const earlier = firstDefined.get(key);
    if (earlier) {
      const first = earlier();
      findings.push(
        error(
          'merge/duplicate',
          `${label} is defined twice: here and at ${first ? `${first.file}:${first.line}` : 'another fragment'}. ` +
            'Define it in one fragment only.',
          where(),
          first,
        ),
      );
      return false;
    }
    firstDefined.set(key, where);
    return true;
  };

  const mergeMap = (
    target: Record<string, unknown>,
    path: string[],
    value: unknown,
    frag: ParsedSource,
    srcPath: JsonPath,
  ) => {
    if (!isPlainObject(value)) {
      findings.push(error('policy/type', `"${path.join('.')}" must be an object.`, frag.locate(srcPath)));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const where = () => frag.locate([...srcPath, k], { key: true });
      if (!defineOnce([...path, k].join('\u0000'), `"${[...path, k].join('.')}"`, where)) continue;
      setOwn(target, k, v);
      origins.set([...path, k], at(frag.locate, [...srcPath, k]));
    }
  };

  const mergeList = (target: unknown[], path: string[], value: unknown, frag: ParsedSource, srcPath: JsonPath) => {
    if (!Array.isArray(value)) {
      findings.push(error('policy/type', `"${path.join('.')}" must be a list.`, frag.locate(srcPath)));
      return;
    }
    // Every location of a fragment is in its file.
    origins.setRun(path, target.length, value.length, at(frag.locate, srcPath), frag.path);
    for (const item of value) target.push(item);
  };

  for (const frag of fragments) {
    if (frag.value === undefined) continue;
    if (!isPlainObject(frag.value)) {
      findings.push(error('policy/type', 'A policy fragment must be an object of policy sections.', frag.locate([])));
      continue;
    }
    for (const [rawKey, value] of Object.entries(frag.value)) {
      const key = canonicalSection(rawKey);
      // Own lookups only: a section named "constructor" or "__proto__" is data (an unknown section).
      const kind = own(POLICY_SECTIONS, key) ?? 'scalar';
      if (kind === 'map') {
        origins.set([key], at(frag.locate, [rawKey]));
        mergeMap(section(policy, key, {}) as Record<string, unknown>, [key], value, frag, [rawKey]);
      } else if (kind === 'list') {
        mergeList(section(policy, key, []) as unknown[], [key], value, frag, [rawKey]);
        if (!origins.locate([key])) origins.set([key], at(frag.locate, [rawKey]));
      } else if (kind === 'autoApprovers') {
        if (!isPlainObject(value)) {
          findings.push(error('policy/type', '"autoApprovers" must be an object.', frag.locate([rawKey])));
          continue;
        }
        const target = section(policy, 'autoApprovers', {}) as Record<string, unknown>;
        origins.set([key], at(frag.locate, [rawKey]));
        for (const [sub, subValue] of Object.entries(value)) {
          if (sub === 'exitNode' && Array.isArray(subValue)) {
            mergeList(section(target, sub, []) as unknown[], [key, sub], subValue, frag, [rawKey, sub]);
          } else if (isPlainObject(subValue)) {
            mergeMap(section(target, sub, {}) as Record<string, unknown>, [key, sub], subValue, frag, [rawKey, sub]);
          } else if (
            defineOnce(`${key}\u0000${sub}`, `"${key}.${sub}"`, () => frag.locate([rawKey, sub], { key: true }))
          ) {
            setOwn(target, sub, subValue);
            origins.set([key, sub], at(frag.locate, [rawKey, sub]));
          }
        }
      } else if (defineOnce(key, `"${key}"`, () => frag.locate([rawKey], { key: true }))) {
        setOwn(policy, key, value);
        origins.set([key], at(frag.locate, [rawKey]));
      }
    }
  }
  return { policy, origins, findings };
}

/** `obj[key]`, created as `empty` when the object has no own value there. */
function section(obj: Record<string, unknown>, key: string, empty: unknown): unknown {
  const existing = own(obj, key);
  if (existing !== undefined && existing !== null) return existing;
  setOwn(obj, key, empty);
  return empty;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
