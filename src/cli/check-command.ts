/**
 * `tailpolicy check [FILE...] [--format text|json]`: compile and validate offline; print what
 * would be pushed. With FILEs, just those grant files are checked against the repository's policy.
 */
import { resolve } from 'node:path';
import type { CheckResult } from '../validate/offline.js';
import { checkTextLines } from '../report/text.js';
import { rowState } from '../report/grant-table.js';
import { within } from '../policy/targets.js';
import { repoPath } from '../repo.js';
import { UserError } from '../shared/errors.js';
import { textOrJson, type Args } from './args.js';
import { checkFiles, targetsOf, targetTitle } from './offline-read.js';
import { lineWriter, styler, type Style } from './style.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  const format = textOrJson(args);
  const only = args.rest.length ? args.rest : undefined;
  const targets = targetsOf(args, true);
  if (targets.length === 1 && targets[0]!.name === undefined) {
    // check prints the policy's length, not its text: the text is not kept (see compile).
    const result = await checkFiles(args, io, { source: true, only, textOnRead: true }, targets[0]);
    if (format === 'json') io.stdout(JSON.stringify(checkJson(result), null, 2) + '\n');
    else await writeReport(result, io, styler(io));
    return result.ok ? 0 : 1;
  }
  // tailpolicy.yaml: every target (or the --target one), each under the tailnet it changes. With
  // FILEs, each file is checked in the target whose grants folder holds it.
  const inTarget = (file: string, dir: string) => within(repoPath(args.root, resolve(args.cwd, file)), dir);
  const stray = only?.find((f) => !targets.some((t) => inTarget(f, t.grantsDir)));
  if (stray !== undefined) {
    throw new UserError(
      `${stray} is in no grants folder of ${targets.map((t) => `${t.name} (${t.grantsDir})`).join(', ')}; ` +
        'with tailpolicy.yaml, check FILE... takes the grant files of a target.',
    );
  }
  const results = [];
  for (const t of targets) {
    const mine = only?.filter((f) => inTarget(f, t.grantsDir));
    if (mine?.length === 0) continue;
    results.push({ target: t, result: await checkFiles(args, io, { source: true, only: mine, textOnRead: true }, t) });
  }
  if (format === 'json') {
    const doc = results.map(({ target, result }) => ({
      target: target.name,
      tailnet: target.tailnet,
      ...checkJson(result),
    }));
    io.stdout(JSON.stringify({ ok: results.every((r) => r.result.ok), targets: doc }, null, 2) + '\n');
  } else {
    const paint = styler(io);
    for (const [i, { target, result }] of results.entries()) {
      io.stdout(`${i > 0 ? '\n' : ''}== ${targetTitle(target)}\n`);
      await writeReport(result, io, paint);
    }
  }
  return results.every((r) => r.result.ok) ? 0 : 1;
}

/**
 * The text report, painted, written to stdout in batches as it is made (see lineWriter), each
 * batch once stdout has taken the one before: a 10,000-grant report (1.7 MB) piped to a slower
 * reader was otherwise made at once and held in memory until it was read.
 */
async function writeReport(result: CheckResult, io: Io, paint: Style): Promise<void> {
  const out = lineWriter(io.stdout, paint);
  for (const line of checkTextLines(result)) if (out.line(line)) await io.drained?.();
  out.end();
}

function checkJson(result: CheckResult) {
  const c = result.compiled;
  return {
    ok: result.ok,
    pushable: result.pushable,
    now: c.now.toISOString(),
    digest: c.digest,
    nextChange: c.nextChange?.toISOString() ?? null,
    grants: c.grants.map((g) => ({
      path: g.path,
      // The same words as the text and the summaries: a grant with errors is invalid, whatever its window.
      state: rowState(g),
      included: g.included,
      excludedReason: g.excludedReason,
      grantees: g.grant?.grantees,
      resource: g.grant?.resource,
      starts: g.grant?.starts?.toISOString(),
      expires: g.grant?.expires.toISOString(),
      reason: g.grant?.reason,
    })),
    findings: result.findings,
    tests: result.tests,
  };
}

export type { CheckResult };
