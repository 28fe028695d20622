/**
 * The offline check: compile, then every offline layer of validation (SPEC 2.2, layers 1–4),
 * with the rule of SPEC 4 property 4 applied: a grant whose rules make the policy invalid or
 * its tests fail is left out and reported, and the narrower policy is what may be pushed. An
 * error in the base policy leaves nothing pushable. Pure: files and `now` in, a result out.
 */
import { compile, type CompileInput, type Compiled } from '../policy/compile.js';
import { error, hasErrors, sortFindings, type Finding } from '../shared/findings.js';
import { validatePolicy } from './policy.js';
import { evaluatePolicyTests, type Device, type TestOutcome } from '../evaluate/index.js';

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
  let compiled = compile({ ...opts, exclude });
  let layers = policyLayers(compiled, opts);

  for (let round = 0; round < MAX_ROUNDS && !compiled.baseErrors; round++) {
    const culprits = grantsToBlame(compiled, layers.findings, opts);
    if (culprits.size === 0) break;
    for (const [path, finding] of culprits) {
      exclude.set(path, 'its rules made the policy invalid');
      extra.push(finding);
    }
    compiled = compile({ ...opts, exclude });
    layers = policyLayers(compiled, opts);
  }

  const findings = sortFindings([...(opts.readFindings ?? []), ...compiled.findings, ...layers.findings, ...extra]);
  const baseInvalid = compiled.baseErrors || hasErrors(layers.findings);
  return { compiled, findings, tests: layers.tests, ok: !hasErrors(findings), pushable: !baseInvalid };
}

function policyLayers(compiled: Compiled, opts: CheckOptions): { findings: Finding[]; tests: TestOutcome[] } {
  if (compiled.baseErrors) return { findings: [], tests: [] };
  const structural = validatePolicy(compiled.policy, compiled.locate, { users: opts.users });
  // Tests of a policy that is not well-formed would report noise; Tailscale also stops there.
  if (hasErrors(structural)) return { findings: structural, tests: [] };
  const { outcomes, findings } = evaluatePolicyTests(compiled.policy, compiled.locate, {
    users: opts.users,
    devices: opts.devices,
  });
  return { findings: [...structural, ...findings], tests: outcomes };
}

/**
 * Which included grants to leave out. An error located in a grant file is that grant's. Failing
 * tests are blamed on a grant when the policy without any grant passes them and the policy with
 * only that grant does not.
 */
function grantsToBlame(compiled: Compiled, findings: readonly Finding[], opts: CheckOptions): Map<string, Finding> {
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const blamed = new Map<string, Finding>();
  for (const f of findings) {
    const file = f.location?.file;
    if (f.severity === 'error' && file && included.includes(file) && !blamed.has(file)) {
      blamed.set(file, error('grant/invalid-rules', `Left out of the policy: ${f.message}`, f.location));
    }
  }
  if (blamed.size > 0) return blamed;

  const testFailures = findings.filter((f) => f.severity === 'error' && f.rule.endsWith('test/failed'));
  if (testFailures.length === 0 || included.length === 0) return blamed;
  const without = (keep: string | undefined) =>
    new Map([
      ...(opts.exclude ?? []),
      ...included.filter((p) => p !== keep).map((p) => [p, 'isolating a test failure'] as const),
    ]);
  const base = policyLayers(compile({ ...opts, exclude: without(undefined) }), opts);
  if (hasErrors(base.findings)) return blamed; // the base itself fails: nothing to blame on grants
  for (const path of included) {
    const alone = policyLayers(compile({ ...opts, exclude: without(path) }), opts);
    const failure = alone.findings.find((f) => f.severity === 'error');
    if (failure) {
      const entry = compiled.grants.find((g) => g.path === path)!;
      blamed.set(
        path,
        error(
          'grant/breaks-tests',
          `Left out of the policy: with this grant the policy's tests fail (${failure.message}). ` +
            'Narrow the grant or change the test.',
          entry.grant?.locate(['resource']) ?? { file: path, line: 1, column: 1 },
        ),
      );
    }
  }
  return blamed;
}
