/**
 * Offline evaluation of a Tailscale policy: its own `tests` and `sshTests`, and `explain`
 * queries. Pure: values in, values out.
 *
 * `compilePolicy` builds the indexed form once; `evaluatePolicyTests` and `explain` accept a
 * policy value and compile it themselves, `evaluateCompiledTests` and `explain(compiled, ...)`
 * reuse a compilation (the benchmark times the two apart).
 */
import type { Finding, Locator } from '../shared/findings.js';
import { compilePolicy, type EvaluationOptions } from './model.js';
import { evaluateCompiledTests, type TestOutcome } from './tests.js';

export { compilePolicy, decide, decideSsh, resolveIdentity } from './model.js';
export type { CompiledPolicy, Device, EvaluationOptions, Endpoint } from './model.js';
export { evaluateCompiledTests, sshTestProblems, testProblems } from './tests.js';
export type { Problem, TestOutcome } from './tests.js';
export { explain, explainSsh } from './explain.js';
export type {
  ExplainMatch,
  ExplainQuery,
  ExplainResult,
  ExplainSshMatch,
  ExplainSshQuery,
  ExplainSshResult,
} from './explain.js';

/**
 * Evaluates the policy's own `tests` and `sshTests`: one error per failing assertion
 * (`test/failed`, `ssh-test/failed`), located at the failing element and worded like Tailscale;
 * a notice (`test/undecidable`) when the answer depends on what is not known offline. Invalid
 * entries are left to validatePolicy (their outcome is a failure without a finding).
 */
export function evaluatePolicyTests(
  policy: unknown,
  locate: Locator,
  opts?: EvaluationOptions,
): { outcomes: TestOutcome[]; findings: Finding[] } {
  return evaluateCompiledTests(compilePolicy(policy, opts), locate);
}
