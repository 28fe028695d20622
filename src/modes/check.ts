/**
 * `check` mode (SPEC 2.3): compile at now, validate offline, annotate, summarise. Needs no
 * secret, so it is safe on pull requests from forks.
 */
import { annotate } from '../report/annotations.js';
import { renderCheckMarkdown } from '../report/markdown.js';
import type { ModeResult, RunContext } from './context.js';
import { grantOutputs, offlineCheck } from './offline.js';

export async function checkMode(ctx: RunContext): Promise<ModeResult> {
  const { result, policyFile } = await offlineCheck(ctx);
  annotate(result.findings);
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  return {
    outputs: { ...grantOutputs(result, policyFile), changed: 'false' },
    summary: renderCheckMarkdown(result),
    ...(result.ok ? {} : { failure: `The policy or grants have ${errors} error(s); see the annotations.`, exitCode: 1 }),
  };
}
