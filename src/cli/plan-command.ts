/**
 * `tailpolicy plan [--base REF] [--format text|json]`: what the working tree changes against REF,
 * in words (grants added, changed, extended or removed), then the rule-level difference. The same
 * plan as check mode's on a pull request. Without --base: `origin/main` when the clone has it (what
 * a pull request is compared with), else the local `main`.
 */
import { filesAtRef, hasCommit } from '../git.js';
import { checkCommitFiles } from '../modes/offline-pass.js';
import { renderPlanText } from '../report/plan-markdown.js';
import { makePlan, type Plan } from '../review/plan.js';
import type { CheckResult } from '../validate/offline.js';
import { noArguments, textOrJson, usageError, type Args } from './args.js';
import { checkFiles, targetsOf } from './offline-read.js';
import { paintReport, styler, tally } from './style.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = textOrJson(args);
  const baseRef = args.base ?? (await defaultBase(args.root));
  const target = targetsOf(args, false)[0]!;
  const dirs = {
    policyDir: target.policyDirs,
    grantsDir: target.grantsDir,
    ...(target.scope ? { scope: target.scope } : {}),
  };
  const baseFiles = await filesAtRef(args.root, baseRef, [...target.policyDirs, target.grantsDir]);
  // What has merged (and when a `duration` grant's window began) is judged by the base's history.
  const head = await checkFiles(args, io, { source: false, mergeRef: baseRef }, target);
  const base = await checkCommitFiles(args.root, baseRef, baseFiles, dirs, args.now);
  const plan = makePlan(base.compiled, head.compiled);
  if (format === 'json') {
    io.stdout(JSON.stringify(planJson(plan, baseRef, head), null, 2) + '\n');
  } else {
    io.stdout(paintReport(renderPlanText(plan, head, baseRef), styler(io)));
    // The one-line tally, as terraform ends its plan: for a person at a terminal only.
    if (io.isTTY) io.stdout(`\n${styler(io)('bold', `Plan: ${planTally(plan)}.`)}\n`);
  }
  return head.ok ? 0 : 1;
}

/** "1 grant added, 1 extended, 2 rules added, 1 removed". */
export function planTally(plan: Plan): string {
  const grants = (kind: string) => plan.grants.filter((g) => g.kind === kind).length;
  const changes = [...plan.policy, ...plan.dns];
  const rules = (kind: string, keyed: boolean) =>
    changes.filter((c) => c.kind === kind && (c.key !== undefined) === keyed).length;
  return tally([
    ['grant', ['added', 'extended', 'shortened', 'changed', 'removed'].map((k) => [k, grants(k)] as [string, number])],
    ['rule', ['added', 'changed', 'removed'].map((k) => [k, rules(k, false)] as [string, number])],
    ['setting', ['added', 'changed', 'removed'].map((k) => [k, rules(k, true)] as [string, number])],
  ]);
}

/**
 * The plan for machines (documented in the README): the base, the time, the tally, each grant
 * change in words, each resource and access.yaml change in words, the rule-level changes of the
 * policy and of DNS ({section, kind, key?, before?, after?}) and the findings.
 */
function planJson(plan: Plan, baseRef: string, head: CheckResult) {
  return {
    base: baseRef,
    now: head.compiled.now.toISOString(),
    ok: head.ok,
    summary: planTally(plan),
    grants: plan.grants.map((g) => ({
      path: g.path,
      kind: g.kind,
      words: g.words,
      ...(g.baseLimits?.length ? { baseLimits: g.baseLimits } : {}),
    })),
    resources: plan.resources.map((r) => r.words),
    access: plan.access,
    policy: plan.policy,
    dns: plan.dns,
    findings: head.findings,
  };
}

async function defaultBase(root: string): Promise<string> {
  for (const ref of ['origin/main', 'main']) if (await hasCommit(root, ref)) return ref;
  throw usageError(`${root} has neither origin/main nor a branch main to compare with; pass --base REF`, 'plan');
}
