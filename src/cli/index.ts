/**
 * The command line: `tailpolicy <command> [options]` (SPEC 3.2). Options are spelled as the
 * action's inputs. Exit codes: 0 success, 1 the policy or grants have errors, 2 usage error,
 * 3 Tailscale or GitHub failed.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { auditCommand } from './audit.js';
import { initCommand } from './init.js';
import { VERSION } from '../shared/version.js';
import { extendCommand, requestCommand } from './request.js';
import { checkRepository } from '../validate/offline.js';
import { sourceFromEnv } from '../modes/context.js';
import { explainAccess } from '../report/explain-text.js';
import { renderPlanText } from '../report/plan-markdown.js';
import { makePlan } from '../review/plan.js';
import { filesAtRef } from '../git.js';
import { applyCommand } from '../modes/apply.js';
import { expireCommand } from '../modes/expire.js';
import { mergeTimes } from '../modes/merged-at.js';
import { ExternalError, UserError } from '../shared/errors.js';
import { formatFinding } from '../shared/findings.js';
import { parseTimestamp } from '../shared/time.js';
import { oneLine } from '../report/escape.js';
import { readRepository } from '../repo.js';
import { renderCheckText } from '../report/text.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const USAGE = `Usage: tailpolicy <command> [options]

Commands:
  check      compile and validate offline; print what would be pushed
  compile    print the compiled policy file (HuJSON), or write it with -o FILE
  apply      compile at now, validate, and push the policy and DNS to the tailnet
             (credentials from TS_*; approvals looked up with GITHUB_TOKEN and
             GITHUB_REPOSITORY)
  expire     push the policy as of now (expired grants out, scheduled grants in), then
             keep the cleanup PR deleting expired grant files (credentials from TS_*;
             the PR with GITHUB_TOKEN and GITHUB_REPOSITORY)
  plan       what a pull request changes, in words: grants added, changed, extended or
             removed, then the rule-level difference against --base REF (default: main)
  explain SRC DST:PORT[/PROTO]
             does the compiled policy let SRC reach DST:PORT, and which rules allow it
  init       set up a policy repository here: policy/, access.yaml, the workflows pinned to
             this version and the access-request form (never overwrites without --force)
  audit      evidence of every grant in the Git history: who had which access, when,
             approved by whom (PRs and reviews looked up with GITHUB_TOKEN and
             GITHUB_REPOSITORY; offline otherwise)
  request RESOURCE --for 4h --reason TEXT [--ticket T] [--grantee LOGIN]
             ask for access: writes the grant file (duration counted from the merge),
             commits it on a new branch and opens the PR with GITHUB_TOKEN, requesting
             review from the resource's approvers; prints the PR's URL
  extend FILE --by 2h --reason TEXT
             open a PR that moves only the grant's end (needs approval like any extension)

Options:
  --policy-dir DIR   base policy fragments (default: policy)
  --grants-dir DIR   grant files (default: grants)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)
  -o, --output FILE  (compile) write the policy to FILE
  --base REF         (plan) the Git revision to compare with (default: main)
  --dry-run          (apply, expire, request, extend) send nothing; print what a real run would send
  --api-url URL      (apply, expire) Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    (apply, expire) fail, warn or overwrite (default: fail)
  --format FORMAT    (check, audit) text or json (default: text); (audit) pack: the evidence
                     pack evidence.md + evidence.html for --since/--until (with TS_* credentials,
                     also Tailscale's configuration and flow logs)
  --since TIME       (audit) the period's start (default: the beginning)
  --until TIME       (audit) the period's end, exclusive (default: now)
  --at TIME          (audit) who had which access at this time
  --for DURATION     (request) how long, counted from the merge: 90m, 4h, 2d
  --by DURATION      (extend) how much longer
  --reason TEXT      (request, extend) why
  --ticket T         (request) the ticket or incident
  --grantee LOGIN    (request) for someone else: a login name or a GitHub login in people
  --out DIR          (audit) write audit.csv, audit.json and audit.md (or the pack) into DIR
  --schedule-period D  (audit) how often the expire workflow runs (default: 1h)
  --force            (init) overwrite files that exist
  --version          print the version
  -h, --help         show this help
`;

const options = {
  'policy-dir': { type: 'string', default: 'policy' },
  'grants-dir': { type: 'string', default: 'grants' },
  now: { type: 'string' },
  root: { type: 'string', short: 'C' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
  force: { type: 'boolean', default: false },
  version: { type: 'boolean' },
  'dry-run': { type: 'boolean', default: false },
  base: { type: 'string', default: 'main' },
  'api-url': { type: 'string' },
  'on-drift': { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  at: { type: 'string' },
  out: { type: 'string' },
  for: { type: 'string' },
  by: { type: 'string' },
  reason: { type: 'string' },
  ticket: { type: 'string' },
  grantee: { type: 'string' },
  'schedule-period': { type: 'string' },
} satisfies ParseArgsConfig['options'];

export async function cli(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      io.stderr(`tailpolicy: ${e.message}\n`);
      return e.exitCode;
    }
    const fsError = fileError(e);
    if (fsError) {
      io.stderr(`tailpolicy: ${fsError}\n`);
      return 2;
    }
    io.stderr(
      `tailpolicy: internal error (a bug in tailpolicy; please report it): ${(e as Error).stack ?? String(e)}\n`,
    );
    return 70;
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/**
 * A file that cannot be read or written (`-o /no/such/dir/x`, `--out` into a read-only folder)
 * is the user's to fix: one line naming the path and why, exit 2 (SPEC 3.2), never a stack.
 */
function fileError(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err !== 'object' || typeof err.path !== 'string' || !err.code || !FILE_ERRORS[err.code])
    return undefined;
  const syscall = err.syscall ?? '';
  const verb =
    syscall === 'open' ? 'open' : /^(write|mkdir|copyfile|rename|unlink|rmdir)$/.test(syscall) ? 'write' : 'read';
  return `cannot ${verb} ${err.path}: ${FILE_ERRORS[err.code]}`;
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values.help || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (!command) throw new UserError(`missing command\n\n${USAGE}`);
  const now = values.now === undefined ? new Date() : parseTimestamp(values.now);
  if (!now)
    throw new UserError(
      `--now ${JSON.stringify(values.now)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`,
    );
  const root = resolve(io.cwd, values.root ?? '.');

  switch (command) {
    case 'check':
    case 'compile': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      if (!['text', 'json'].includes(values.format)) throw new UserError(`--format must be text or json`);
      const files = await readRepository(root, values['policy-dir'], values['grants-dir']);
      const result = checkRepository({
        policyDir: values['policy-dir'],
        policyFiles: files.policyFiles,
        grantFiles: files.grantFiles,
        readFindings: files.findings,
        merges: await mergeTimes(root, 'HEAD', files.grantFiles),
        now,
        source: sourceFromEnv(io.env),
      });
      if (command === 'compile') {
        for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2000)}\n`);
        if (!result.pushable) {
          io.stderr('tailpolicy: the base policy has errors; no policy was written\n');
          return 1;
        }
        if (values.output) await writeFile(resolve(io.cwd, values.output), result.compiled.text);
        else io.stdout(result.compiled.text);
        return result.ok ? 0 : 1;
      }
      if (values.format === 'json') io.stdout(JSON.stringify(checkJson(result), null, 2) + '\n');
      else io.stdout(renderCheckText(result));
      return result.ok ? 0 : 1;
    }
    case 'audit': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      const { since, until, at, out, format } = values;
      const dirs = { policyDir: values['policy-dir'], grantsDir: values['grants-dir'] };
      const tailnet = { apiUrl: values['api-url'], schedulePeriod: values['schedule-period'] };
      return auditCommand(
        { root, cwd: io.cwd, ...dirs, now, since, until, at, out, format, env: io.env, ...tailnet },
        io,
      );
    }
    case 'plan': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      const { policyDir, grantsDir } = { policyDir: values['policy-dir'], grantsDir: values['grants-dir'] };
      const files = await readRepository(root, policyDir, grantsDir);
      // What has merged (and when a `duration` grant's window began) is judged by the base's history.
      const baseFiles = await filesAtRef(root, values.base, [policyDir, grantsDir]);
      const merges = await mergeTimes(root, values.base, files.grantFiles);
      const head = checkRepository({ policyDir, ...files, readFindings: files.findings, merges, now });
      const inDir = (dir: string) => (f: { path: string }) => f.path.startsWith(dir.replace(/\/+$/, '') + '/');
      const baseGrants = baseFiles.filter(inDir(grantsDir));
      const base = checkRepository({
        policyDir,
        policyFiles: baseFiles.filter(inDir(policyDir)),
        grantFiles: baseGrants,
        merges: await mergeTimes(root, values.base, baseGrants),
        now,
      });
      io.stdout(renderPlanText(makePlan(base.compiled, head.compiled), head, values.base));
      return head.ok ? 0 : 1;
    }
    case 'explain': {
      if (rest.length !== 2)
        throw new UserError(
          `explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp\n\n${USAGE}`,
        );
      const files = await readRepository(root, values['policy-dir'], values['grants-dir']);
      const merges = await mergeTimes(root, 'HEAD', files.grantFiles);
      const result = checkRepository({
        policyDir: values['policy-dir'],
        ...files,
        readFindings: files.findings,
        merges,
        now,
      });
      if (!result.pushable) {
        for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2000)}\n`);
        return 1;
      }
      const answer = explainAccess(result.compiled, rest[0]!, rest[1]!);
      if (values.format === 'json') io.stdout(JSON.stringify(answer, null, 2) + '\n');
      else io.stdout(answer.text);
      return 0;
    }
    case 'apply': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      const dirs = { policyDir: values['policy-dir'], grantsDir: values['grants-dir'] };
      const flags = { dryRun: values['dry-run'], apiUrl: values['api-url'], onDrift: values['on-drift'] };
      return applyCommand({ root, ...dirs, ...flags, now: values.now, env: io.env }, io);
    }
    case 'expire': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      const dirs = { policyDir: values['policy-dir'], grantsDir: values['grants-dir'] };
      const flags = { dryRun: values['dry-run'], apiUrl: values['api-url'], onDrift: values['on-drift'] };
      return expireCommand({ root, ...dirs, ...flags, now: values.now, env: io.env }, io);
    }
    case 'init': {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}\n\n${USAGE}`);
      const dirs = { policyDir: values['policy-dir'], grantsDir: values['grants-dir'] };
      return initCommand({ root, ...dirs, force: values.force, apiUrl: values['api-url'], env: io.env }, io);
    }
    case 'request':
    case 'extend': {
      if (rest.length !== 1) {
        throw new UserError(
          command === 'request'
            ? `request takes one resource, e.g. request prod-db --for 4h --reason "INC-1234"\n\n${USAGE}`
            : `extend takes one grant file, e.g. extend grants/alice-prod-db.yaml --by 2h --reason "…"\n\n${USAGE}`,
        );
      }
      const opts = {
        root,
        cwd: io.cwd,
        policyDir: values['policy-dir'],
        grantsDir: values['grants-dir'],
        now,
        dryRun: values['dry-run'],
        env: io.env,
        target: rest[0]!,
        for: values.for,
        by: values.by,
        reason: values.reason,
        ticket: values.ticket,
        grantee: values.grantee,
      };
      return command === 'request' ? requestCommand(opts, io) : extendCommand(opts, io);
    }
    default:
      throw new UserError(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  }
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
      state: g.state ?? 'invalid',
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
