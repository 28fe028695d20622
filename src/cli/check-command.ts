/**
 * `tailpolicy check [FILE...] [--format text|json]`: compile and validate offline; print what
 * would be pushed. With FILEs, just those grant files are checked against the repository's policy.
 */
import { checkRepository, type CheckResult } from '../validate/offline.js';
import { renderCheckText } from '../report/text.js';
import { grantRow } from '../report/grant-table.js';
import { textOrJson, type Args } from './args.js';
import { checkFiles } from './offline-read.js';
import { paintReport, styler } from './style.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  const format = textOrJson(args);
  const result = await checkFiles(args, io, { source: true, only: args.rest.length ? args.rest : undefined });
  if (format === 'json') io.stdout(JSON.stringify(checkJson(result), null, 2) + '\n');
  else io.stdout(paintReport(renderCheckText(result), styler(io)));
  return result.ok ? 0 : 1;
}

function checkJson(result: ReturnType<typeof checkRepository>) {
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
      state: grantRow(g).state,
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
