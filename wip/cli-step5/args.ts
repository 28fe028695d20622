/**
 * The command line's arguments, parsed once (SPEC 3.2): the flags every command shares, with
 * one way to read a time (`--now`, `--since`, `--until`, `--at`) and one usage text.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../shared/errors.js';
import { closest } from '../shared/suggest.js';
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
  init       set up a policy repository here: policy/, access.yaml, the workflows pinned
             to this version and the access-request form (never overwrites without --force)

'tailpolicy <command> --help' shows a command's options and examples.

Options:
  --policy-dir DIR   base policy fragments (default: policy)
  --grants-dir DIR   grant files (default: grants)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)
  -o, --output FILE  (compile) write the policy to FILE
  --base REF         (plan) the Git revision to compare with (default: main, else origin/main)
  --dry-run          (apply, expire) send nothing; print the requests a real run would send
  --api-url URL      (apply, expire) Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    (apply, expire) fail, warn or overwrite (default: fail)
  --format FORMAT    text or json (default: text)
  --since TIME       (audit) the period's start (default: the beginning)
  --until TIME       (audit) the period's end, exclusive (default: now)
  --at TIME          (audit) who had which access at this time
  --out DIR          (audit) write audit.csv, audit.json and audit.md into DIR
  --force            (init) overwrite the files init writes when they exist
  --version          print the version
  -h, --help         show this help
`;

const COMMON = `  --policy-dir DIR   base policy fragments (default: policy)
  --grants-dir DIR   grant files (default: grants)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)`;
const TAILNET = `  --dry-run          send nothing; print the requests a real run would send
  --api-url URL      Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    fail, warn or overwrite (default: fail)
Credentials: TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET; TS_TAILNET
(default: the credential's own).`;

/** Each command's own help: what it does, its options, examples. */
export const COMMAND_HELP: Record<string, string> = {
  check: `Usage: tailpolicy check [FILE...] [options]

Compile policy/ and grants/ at --now, validate them offline (syntax, schemas, references, the
policy's own tests) and print what would be pushed. With FILEs, check just those grant files
against the repository's policy. Exit 1 when there are errors.

Options:
${COMMON}
  --format FORMAT    text or json (default: text)

Examples:
  tailpolicy check
  tailpolicy check grants/alice-prod-db.yaml
  tailpolicy check --now 2026-11-21T23:00:00Z --format json
`,
  compile: `Usage: tailpolicy compile [-o FILE] [options]

Print the compiled policy file (HuJSON) as it would be pushed, or write it to FILE.

Options:
${COMMON}
  -o, --output FILE  write the policy to FILE instead of stdout
  --format FORMAT    text (the HuJSON) or json (digest, policy and findings)

Examples:
  tailpolicy compile > policy.hujson
  tailpolicy compile -o /tmp/policy.hujson --now 2026-11-22T00:00:00Z
`,
  plan: `Usage: tailpolicy plan [--base REF] [options]

What the working tree changes against REF: grants added, changed, extended or removed, in
words, then the rule-level difference of the compiled policy and DNS.

Options:
${COMMON}
  --base REF         the Git revision to compare with (default: main, else origin/main)
  --format FORMAT    text or json (default: text)

Examples:
  tailpolicy plan
  tailpolicy plan --base origin/main --format json
`,
  explain: `Usage: tailpolicy explain SRC DST:PORT[/PROTO] [options]

Does the compiled policy let SRC (a login, group or tag) reach DST:PORT, and which rules (file
and line, or grant file) allow it. For a group, says which of its members are allowed when only
some are. Exit 0 when allowed, 1 when denied.

Options:
${COMMON}
  --format FORMAT    text or json (default: text)

Examples:
  tailpolicy explain alice@example.com tag:prod-db:5432
  tailpolicy explain group:eng 100.64.0.1:22/tcp --now 2026-11-22T01:00:00Z
`,
  apply: `Usage: tailpolicy apply [--dry-run] [options]

Compile at now, validate offline and with Tailscale, stop if the live policy was edited outside
Git, push with If-Match only if it changed, and make the tailnet's DNS equal to dns.yaml; as the
action's apply mode. Approvals are looked up with GITHUB_TOKEN and GITHUB_REPOSITORY.

Options:
${COMMON}
${TAILNET}
  --format FORMAT    text or json (default: text)

Examples:
  TS_API_KEY=tskey-api-... tailpolicy apply --dry-run
`,
  expire: `Usage: tailpolicy expire [--dry-run] [options]

Push the policy as of now (expired grants out, scheduled grants in), then keep the one pull
request deleting the expired grant files (with GITHUB_TOKEN and GITHUB_REPOSITORY).

Options:
${COMMON}
${TAILNET}
  --format FORMAT    text or json (default: text)

Examples:
  tailpolicy expire --dry-run --format json
`,
  audit: `Usage: tailpolicy audit [--since T] [--until T] [--at T] [--out DIR] [options]

Evidence of every grant in the Git history: who had which access, when, approved by whom (PRs
and reviews with GITHUB_TOKEN and GITHUB_REPOSITORY; offline otherwise). Exit 1 when a grant
reached the default branch without a qualifying approval.

Options:
${COMMON}
  --since TIME       the period's start (default: the beginning)
  --until TIME       the period's end, exclusive (default: now)
  --at TIME          who had which access at this time
  --out DIR          write audit.csv, audit.json and audit.md into DIR
  --format FORMAT    text or json (default: text)

Examples:
  tailpolicy audit --since 2026-10-01T00:00:00Z --out evidence/
  tailpolicy audit --at 2026-11-21T23:00:00Z
`,
  init: `Usage: tailpolicy init [--force] [options]

Set up a policy repository here, new or existing: policy/ (a starter; or, with TS_API_KEY or
TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET set, the live policy split into one fragment per
section), policy/access.yaml, an example grant, the check, apply, expire and audit workflows
pinned to this version, and the access-request issue form. A file that exists is kept, and
listed, unless --force; an existing policy is always kept.

Options:
  --policy-dir DIR   where to write the policy (default: policy)
  --grants-dir DIR   where to write the example grant (default: grants)
  -C, --root DIR     the repository's working tree (default: the current folder)
  --force            overwrite the files init writes when they exist
  --api-url URL      Tailscale's API, to fetch the live policy (default: https://api.tailscale.com)

Examples:
  npx tailpolicy@latest init
  TS_API_KEY=tskey-api-... npx tailpolicy init
`,
};

/** The commands there are, in the order the usage lists them. */
export const COMMAND_NAMES = Object.keys(COMMAND_HELP);

/** A usage error: one line, and where to read more. */
export function usageError(message: string, command?: string): UserError {
  const help = command && COMMAND_HELP[command] ? `tailpolicy ${command} --help` : 'tailpolicy --help';
  return new UserError(`${message}\nRun '${help}' for usage.`);
}

/** "unknown command", with the closest command when it is a likely typo. */
export function unknownCommand(command: string): UserError {
  const near = closest(command, COMMAND_NAMES, Math.max(1, Math.floor(command.length / 3)));
  return usageError(`unknown command ${JSON.stringify(command)}${near ? `; did you mean \`${near}\`?` : ''}`);
}

const options = {
  'policy-dir': { type: 'string', default: 'policy' },
  'grants-dir': { type: 'string', default: 'grants' },
  now: { type: 'string' },
  root: { type: 'string', short: 'C' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
  'dry-run': { type: 'boolean', default: false },
  base: { type: 'string' },
  force: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
  'api-url': { type: 'string' },
  'on-drift': { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  at: { type: 'string' },
  out: { type: 'string' },
} satisfies ParseArgsConfig['options'];

export interface Args {
  command?: string;
  /** Positional arguments after the command. */
  rest: string[];
  help: boolean;
  version: boolean;
  force: boolean;
  /** The working tree, absolute. */
  root: string;
  cwd: string;
  policyDir: string;
  grantsDir: string;
  /** `--now`, or the current time. */
  now: Date;
  /** `--now` was given (a preview). */
  nowGiven: boolean;
  output?: string;
  format: string;
  dryRun: boolean;
  /** `--base`; undefined means main, else origin/main (plan finds which). */
  base?: string;
  apiUrl?: string;
  onDrift?: string;
  since?: Date;
  until?: Date;
  at?: Date;
  out?: string;
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
    // node's messages end with advice of their own about positionals; keep the first sentence.
    const first = argv.find((a) => !a.startsWith('-'));
    throw usageError((e as Error).message.replace(/\. To specify a positional.*$/s, '.'), first);
  }
  const { values: v, positionals } = parsed;
  const [command, ...rest] = positionals;
  const root = resolve(cwd, v.root ?? '.');
  // An absolute --policy-dir or --grants-dir is made relative to the working tree, as every path
  // in findings and annotations is.
  const dir = (d: string) => (isAbsolute(d) ? relative(root, d) || '.' : d);
  const opt = (flag: 'since' | 'until' | 'at') => (v[flag] === undefined ? undefined : parseTime(flag, v[flag]));
  return {
    command,
    rest,
    help: v.help === true || command === 'help',
    version: v.version,
    force: v.force,
    root,
    cwd,
    policyDir: dir(v['policy-dir']),
    grantsDir: dir(v['grants-dir']),
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
  };
}

/** The usage error for an argument a command does not take. */
export function noArguments(args: Args): void {
  if (args.rest.length) throw usageError(`unexpected argument ${JSON.stringify(args.rest[0])}`, args.command);
}

export function textOrJson(args: Args): 'text' | 'json' {
  if (args.format !== 'text' && args.format !== 'json')
    throw usageError(`--format must be text or json, not ${JSON.stringify(args.format)}`, args.command);
  return args.format;
}
