/**
 * `tailpolicy plan [--base REF]`: what the working tree changes against REF, in words (grants
 * added, changed, extended or removed), then the rule-level difference. The same plan as check
 * mode's on a pull request.
 */
import { filesAtRef } from '../git.js';
import { checkCommitFiles } from '../modes/offline-pass.js';
import { renderPlanText } from '../report/plan-markdown.js';
import { makePlan } from '../review/plan.js';
import { noArguments, type Args } from './args.js';
import { checkFiles } from './offline-read.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const dirs = { policyDir: args.policyDir, grantsDir: args.grantsDir };
  const baseFiles = await filesAtRef(args.root, args.base, [args.policyDir, args.grantsDir]);
  // What has merged (and when a `duration` grant's window began) is judged by the base's history.
  const head = await checkFiles(args, io, { source: false, mergeRef: args.base });
  const base = await checkCommitFiles(args.root, args.base, baseFiles, dirs, args.now);
  io.stdout(renderPlanText(makePlan(base.compiled, head.compiled), head, args.base));
  return head.ok ? 0 : 1;
}
