/**
 * The command line's arguments, parsed once (SPEC 3.2): the flags every command shares, with
 * one way to read a time (`--now`, `--since`, `--until`, `--at`) and one usage text.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../shared/errors.js';
import { parseTimestamp } from '../shared/time.js';

export const USAGE = `Usage: tailpolicy <command> [options]

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
  audit      evidence of every grant in the Git history: who had which access, when,
             approved by whom (PRs and reviews looked up with GITHUB_TOKEN and
             GITHUB_REPOSITORY; offline otherwise)
  request RESOURCE --for 4h --reason TEXT [--ticket T] [--grantee LOGIN]
             ask for access: writes the grant file (duration counted from the merge),
             commits it on a new branch and opens the PR with GITHUB_TOKEN, requesting
             review from the resource's approvers; prints the PR's URL
  extend FILE --by 2h --reason TEXT
             open a PR that moves only the grant's end (needs approval like any extension)
  init       set up a policy repository here: policy/, access.yaml, the workflows pinned to
             this version and the access-request form (never overwrites without --force)

Options:
  --policy-dir DIR   base policy fragments (default: policy)
  --grants-dir DIR   grant files (default: grants)
  --target NAME      with tailpolicy.yaml: the tailnet entry to act on (check without it: every entry)
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
  --out DIR          (audit) write audit.csv, audit.json and audit.md (or the pack) into DIR
  --schedule-period D  (audit) how often the expire workflow runs (default: 1h)
  --for DURATION     (request) how long, counted from the merge: 90m, 4h, 2d
  --by DURATION      (extend) how much longer
  --reason TEXT      (request, extend) why
  --ticket T         (request) the ticket or incident
  --grantee LOGIN    (request) for someone else: a login name or a GitHub login in people
  --force            (init) overwrite files that exist
  --version          print the version
  -h, --help         show this help
`;

const options = {
  'policy-dir': { type: 'string', default: 'policy' },
  'grants-dir': { type: 'string', default: 'grants' },
  target: { type: 'string' },
  now: { type: 'string' },
  root: { type: 'string', short: 'C' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
  'dry-run': { type: 'boolean', default: false },
  base: { type: 'string', default: 'main' },
  'api-url': { type: 'string' },
  'on-drift': { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  at: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean', default: false },
  for: { type: 'string' },
  by: { type: 'string' },
  reason: { type: 'string' },
  ticket: { type: 'string' },
  grantee: { type: 'string' },
  version: { type: 'boolean' },
  'schedule-period': { type: 'string' },
} satisfies ParseArgsConfig['options'];

export interface Args {
  command?: string;
  /** Positional arguments after the command. */
  rest: string[];
  help: boolean;
  /** `--version`. */
  version: boolean;
  force: boolean;
  for?: string;
  by?: string;
  reason?: string;
  ticket?: string;
  grantee?: string;
  /** The working tree, absolute. */
  root: string;
  cwd: string;
  policyDir: string;
  grantsDir: string;
  /** `--target`: with tailpolicy.yaml, the tailnet entry to act on. */
  target?: string;
  /** `--now`, or the current time. */
  now: Date;
  /** `--now` was given (a preview). */
  nowGiven: boolean;
  output?: string;
  format: string;
  dryRun: boolean;
  base: string;
  apiUrl?: string;
  onDrift?: string;
  since?: Date;
  until?: Date;
  at?: Date;
  out?: string;
  /** `--schedule-period` (audit): how often the scheduled revocation runs. */
  schedulePeriod?: string;
}

/** An RFC 3339 time with a zone, or a usage error naming the flag. */
export function parseTime(flag: string, value: string): Date {
  const parsed = parseTimestamp(value);
  if (!parsed)
    throw new UserError(
      `--${flag} ${JSON.stringify(value)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`,
    );
  return parsed;
}

export function parseCommandLine(argv: string[], cwd: string, clock: () => Date = () => new Date()): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const [command, ...rest] = positionals;
  const opt = (flag: 'since' | 'until' | 'at') => (v[flag] === undefined ? undefined : parseTime(flag, v[flag]));
  return {
    command,
    rest,
    help: v.help === true || command === 'help',
    version: v.version === true,
    force: v.force,
    for: v.for,
    by: v.by,
    reason: v.reason,
    ticket: v.ticket,
    grantee: v.grantee,
    root: resolve(cwd, v.root ?? '.'),
    cwd,
    policyDir: v['policy-dir'],
    grantsDir: v['grants-dir'],
    target: v.target,
    now: v.now === undefined ? clock() : parseTime('now', v.now),
    nowGiven: v.now !== undefined,
    output: v.output,
    format: v.format,
    dryRun: v['dry-run'],
    base: v.base,
    apiUrl: v['api-url'],
    onDrift: v['on-drift'],
    since: opt('since'),
    until: opt('until'),
    at: opt('at'),
    out: v.out,
    schedulePeriod: v['schedule-period'],
  };
}

/** The usage error for an argument a command does not take. */
export function noArguments(args: Args): void {
  if (args.rest.length) throw new UserError(`unexpected argument ${JSON.stringify(args.rest[0])}\n\n${USAGE}`);
}

export function textOrJson(args: Args): 'text' | 'json' {
  if (args.format !== 'text' && args.format !== 'json') throw new UserError('--format must be text or json');
  return args.format;
}
