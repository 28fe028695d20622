/**
 * The offline check: compile, then every offline layer of validation (SPEC 2.2, layers 1–4),
 * with the rule of SPEC 4 property 4 applied: a grant whose rules make the policy invalid or
 * its tests fail is left out and reported, and the narrower policy is what may be pushed. An
 * error in the base policy leaves nothing pushable. Pure: files and `now` in, a result out.
 */
import { compile, type CompileInput, type Compiled } from '../policy/compile.js';
import {
  error,
  hasErrors,
  listPerFile,
  rootCausesFirst,
  sortFindings,
  type Finding,
  type Location,
  type Locator,
} from '../shared/findings.js';
import { validatePolicy } from './policy.js';
import {
  compilePolicy,
  evaluateCompiledTests,
  evaluatePolicyTests,
  type Device,
  type TestOutcome,
} from '../evaluate/index.js';
import { bisect } from '../shared/bisect.js';
import type { Policy } from '../policy/merge.js';
import { standingFindings } from './standing-check.js';

export interface CheckOptions extends Omit<CompileInput, 'exclude'> {
  /** Grants to leave out before anything else, e.g. merged without approval. */
  exclude?: ReadonlyMap<string, string>;
  /** A device inventory, when one is known (from the API), for the policy's tests. */
  devices?: readonly Device[];
  users?: readonly string[];
  /** Extra findings from reading the files (symlinks, …). */
  readFindings?: readonly Finding[];
}

export interface CheckResult {
  compiled: Compiled;
  /** Every finding of every layer, sorted by place. */
  findings: Finding[];
  tests: TestOutcome[];
  /** No errors at all. */
  ok: boolean;
  /** The compiled policy is safe to push: the base is valid and so is every included grant. */
  pushable: boolean;
}

/** How many times grants may be left out and the policy recompiled (each round removes ≥ 1). */
const MAX_ROUNDS = 3;

export function checkRepository(opts: CheckOptions): CheckResult {
  const exclude = new Map(opts.exclude ?? []);
  const extra: Finding[] = [];
  const blamed = new Map<string, Finding>();
  let compiled = compile({ ...opts, exclude });
  let layers = policyLayers(compiled, opts);

  for (let round = 0; round < MAX_ROUNDS && !compiled.baseErrors; round++) {
    const culprits = grantsToBlame(compiled, layers.findings, opts, exclude);
    if (culprits.size === 0) break;
    for (const [path, finding] of culprits) {
      exclude.set(path, 'its rules made the policy invalid');
      extra.push(finding);
      blamed.set(path, finding);
    }
    compiled = compile({ ...opts, exclude });
    layers = policyLayers(compiled, opts);
  }
  // A grant left out for its rules has an error: it is invalid in every output, like any other.
  for (const entry of compiled.grants) {
    const finding = blamed.get(entry.path);
    if (finding) entry.findings = [...entry.findings, finding];
  }

  // A broken resource is an error whether or not a grant of it is active; it fails the check but
  // does not stop the push (its grants are left out when active, by the blame above).
  const resources = compiled.baseErrors ? [] : resourceFindings(compiled, opts);
  // `standing: none` (property 11): a base rule giving standing access makes the base invalid.
  const standing = compiled.baseErrors ? [] : standingFindings(compiled);
  // Only a fragment, access.yaml or dns.yaml that does not parse can make other files look wrong.
  const policyPrefixes = (typeof opts.policyDir === 'string' ? [opts.policyDir] : opts.policyDir).map(
    (dir) => `${dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')}/`,
  );
  const findings = listPerFile(
    rootCausesFirst(
      (file) => policyPrefixes.some((prefix) => file.startsWith(prefix)),
      sortFindings([
        ...(opts.readFindings ?? []),
        ...compiled.findings,
        ...layers.findings,
        ...extra,
        ...resources,
        ...standing,
      ]),
    ),
  );
  const baseInvalid = compiled.baseErrors || hasErrors(layers.findings) || hasErrors(standing);
  return { compiled, findings, tests: layers.tests, ok: !hasErrors(findings), pushable: !baseInvalid };
}

function policyLayers(compiled: Compiled, opts: CheckOptions): { findings: Finding[]; tests: TestOutcome[] } {
  if (compiled.baseErrors) return { findings: [], tests: [] };
  // One rule index for validation and the tests; with a device inventory the tests need their own.
  const index = compilePolicy(compiled.policy, { users: opts.users });
  const structural = validatePolicy(compiled.policy, compiled.locate, { users: opts.users, compiled: index });
  // Tests of a policy that is not well-formed would report noise; Tailscale also stops there.
  if (hasErrors(structural)) return { findings: structural, tests: [] };
  const { outcomes, findings } = opts.devices
    ? evaluatePolicyTests(compiled.policy, compiled.locate, { users: opts.users, devices: opts.devices })
    : evaluateCompiledTests(index, compiled.locate);
  return { findings: [...structural, ...findings], tests: outcomes };
}

/**
 * Which included grants to leave out. An error located in a grant file is that grant's. Any other
 * error (a failing test, or a rule of a resource that is invalid once a grant makes it part of
 * the policy) is charged to the grants whose activation causes it, found by bisection: the
 * policy without any grant passes, and the grants that bring the error back are left out.
 */
function grantsToBlame(
  compiled: Compiled,
  findings: readonly Finding[],
  opts: CheckOptions,
  exclude: ReadonlyMap<string, string>,
): Map<string, Finding> {
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const blamed = new Map<string, Finding>();
  for (const f of findings) {
    const file = f.location?.file;
    if (f.severity === 'error' && file && included.includes(file) && !blamed.has(file)) {
      blamed.set(file, error('grant/invalid-rules', `Left out of the policy: ${f.message}`, f.location));
    }
  }
  if (blamed.size > 0) return blamed;

  if (!hasErrors(findings) || included.length === 0) return blamed;
  const only = (keep: readonly string[]) => {
    const kept = new Set(keep);
    return new Map([
      ...exclude,
      ...included.filter((p) => !kept.has(p)).map((p) => [p, 'isolating an error'] as const),
    ]);
  };
  const errorsWith = (keep: readonly string[]) =>
    policyLayers(compile({ ...opts, exclude: only(keep) }), opts).findings.filter((f) => f.severity === 'error');
  if (errorsWith([]).length > 0) return blamed; // the base itself fails: nothing to blame on grants
  const { culprits } = bisect(included, (subset) => errorsWith(subset).length === 0);
  for (const path of culprits) {
    const failure = errorsWith([path])[0] ?? findings.find((f) => f.severity === 'error')!;
    const entry = compiled.grants.find((g) => g.path === path)!;
    const where = entry.grant?.locate(['resource']) ?? { file: path, line: 1, column: 1 };
    const at = failure.location
      ? ` (${failure.location.file}:${failure.location.line}:${failure.location.column})`
      : '';
    blamed.set(
      path,
      failure.rule.endsWith('test/failed')
        ? error(
            'grant/breaks-tests',
            `Left out of the policy: with this grant the policy's tests fail (${failure.message}). ` +
              'Narrow the grant or change the test.',
            where,
          )
        : error(
            'grant/invalid-rules',
            `Left out of the policy: with this grant active the policy is invalid: ${failure.message}${at}. ` +
              'Fix the rules it brings in.',
            where,
          ),
    );
  }
  return blamed;
}

/** Stands for a grantee when a resource's rules are checked on their own. */
const PROBE_USER = 'tailpolicy-probe@example.com';

/**
 * Every resource's rules checked on their own, as if granted to one user, against the base
 * policy (without any grant): an error is reported at the resource in access.yaml whether or not
 * a grant of it is active, so a broken resource fails the check before any grant of it starts.
 */
function resourceFindings(compiled: Compiled, opts: CheckOptions): Finding[] {
  const resources = [...compiled.access.resources.values()];
  if (resources.length === 0) return [];
  const probe: Policy = { ...compiled.policy };
  const owners = new Map<string, (rest: Array<string | number>) => Location | undefined>();
  for (const section of ['grants', 'ssh'] as const) {
    const generated = compiled.generatedBy.get(section);
    const base = ((compiled.policy[section] as unknown[] | undefined) ?? []).filter((_, i) => !generated?.has(i));
    const list = [...base];
    for (const r of resources) {
      r[section].forEach((rule, j) => {
        owners.set(`${section}/${list.length}`, (rest) => r.locate([section, j, ...(rest[0] === 'src' ? [] : rest)]));
        const { action, ...rest } = rule;
        list.push(
          section === 'ssh' && action !== undefined
            ? { action, src: [PROBE_USER], ...rest }
            : { src: [PROBE_USER], ...rule },
        );
      });
    }
    if (list.length > 0 || probe[section] !== undefined) probe[section] = list;
  }
  if (owners.size === 0) return [];
  const locate: Locator = (path, o) => {
    const owner = typeof path[1] === 'number' ? owners.get(`${String(path[0])}/${path[1]}`) : undefined;
    return owner ? owner(path.slice(2)) : compiled.locate(path, o);
  };
  const accessFile = compiled.access.path;
  const seen = new Set<string>();
  return validatePolicy(probe, locate, { users: opts.users }).flatMap((f) => {
    if (f.severity !== 'error' || !f.location || f.location.file !== accessFile) return [];
    const key = `${f.location.line}:${f.location.column}:${f.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...f, message: `${f.message} (in this resource's rules; its grants are left out while this stands)` }];
  });
}
