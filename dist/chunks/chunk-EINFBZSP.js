import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  builtin
} from "./chunk-BR4HKDMG.js";
import {
  closest,
  parseTimestamp
} from "./chunk-LHDYXOMR.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/args.ts
var import_node_path = __toESM(require_node_path(), 1);
var USAGE = `Usage: tailpolicy <command> [options]

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
             removed, then the rule-level difference against --base REF (default:
             origin/main, else main)
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

'tailpolicy <command> --help' shows a command's options and examples.

Options:
  --policy-dir DIR   base policy fragments (default: policy; relative to the root, or absolute)
  --grants-dir DIR   grant files (default: grants; relative to the root, or absolute)
  --target NAME      with tailpolicy.yaml: the tailnet entry to act on (check without it:
                     every entry)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)
  -o, --output FILE  (compile) write the policy to FILE
  --base REF         (plan) the Git revision to compare with (default: origin/main, else main)
  --dry-run          (apply, expire, request, extend) send nothing; print what a real run would send
  --api-url URL      (apply, expire) Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    (apply, expire) fail, warn or overwrite (default: fail)
  --format FORMAT    text or json (default: text); json prints one JSON document on stdout;
                     (audit) pack: the evidence pack evidence.md + evidence.html for --since/--until
                     (with TS_* credentials, also Tailscale's configuration and flow logs)
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
var COMMON = `  --policy-dir DIR   base policy fragments (default: policy; relative to the root, or absolute)
  --grants-dir DIR   grant files (default: grants; relative to the root, or absolute)
  --target NAME      with tailpolicy.yaml: the tailnet entry to act on (check without it:
                     every entry)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)`;
var TAILNET = `  --dry-run          send nothing; print the requests a real run would send
  --api-url URL      Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    fail, warn or overwrite (default: fail)
  --format FORMAT    text or json (default: text); json prints one JSON document on stdout,
                     the progress on stderr

Credentials: TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET; TS_TAILNET
(default: the credential's own).`;
var GITHUB = `GitHub: GITHUB_TOKEN, and GITHUB_REPOSITORY (else the origin remote); GITHUB_API_URL for
GitHub Enterprise Server.`;
var COMMAND_HELP = {
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
Exit 1 when there are errors (nothing is written when the base policy has errors).

Options:
${COMMON}
  -o, --output FILE  write to FILE instead of stdout
  --format FORMAT    text (the HuJSON) or json (ok, digest, bytes, the policy and the findings)

Examples:
  tailpolicy compile > policy.hujson
  tailpolicy compile -o /tmp/policy.hujson --now 2026-11-22T00:00:00Z
`,
  plan: `Usage: tailpolicy plan [--base REF] [options]

What the working tree changes against REF: grants added, changed, extended or removed, in
words, then the rule-level difference of the compiled policy and DNS. On a terminal it ends
with a one-line tally ("Plan: 1 grant added, 1 rule added."). Exit 1 when there are errors.

Options:
${COMMON}
  --base REF         the Git revision to compare with (default: origin/main, else main)
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
action's apply mode. A dry run prints the requests and the rule-level difference it would push.
Approvals are looked up on GitHub.

Options:
${COMMON}
${TAILNET}
${GITHUB}

Examples:
  TS_API_KEY=tskey-api-... tailpolicy apply --dry-run
  tailpolicy apply --dry-run --format json
`,
  expire: `Usage: tailpolicy expire [--dry-run] [options]

Push the policy as of now (expired grants out, scheduled grants in), then keep the one pull
request deleting the expired grant files.

Options:
${COMMON}
${TAILNET}
${GITHUB}

Examples:
  tailpolicy expire --dry-run
  tailpolicy expire --dry-run --format json
`,
  audit: `Usage: tailpolicy audit [--since T] [--until T] [--at T] [--out DIR] [options]

Evidence of every grant in the Git history: who had which access, when, approved by whom (PRs
and reviews looked up on GitHub when GITHUB_TOKEN and GITHUB_REPOSITORY are set; offline
otherwise). Exit 1 when a grant reached the default branch without a qualifying approval.

Options:
${COMMON}
  --since TIME       the period's start (default: the beginning)
  --until TIME       the period's end, exclusive (default: now)
  --at TIME          who had which access at this time
  --out DIR          write audit.csv, audit.json and audit.md (or the pack) into DIR
  --format FORMAT    text, json, or pack: the evidence pack evidence.md + evidence.html for
                     --since/--until (with TS_* credentials, also Tailscale's configuration
                     and flow logs)
  --schedule-period D  how often the expire workflow runs (default: 1h)
  --api-url URL      Tailscale's API (default: https://api.tailscale.com)

Examples:
  tailpolicy audit --since 2026-10-01T00:00:00Z --out evidence/
  tailpolicy audit --at 2026-11-21T23:00:00Z --format json
`,
  request: `Usage: tailpolicy request RESOURCE --for DURATION --reason TEXT [options]

Ask for access without writing YAML: writes the grant file (its duration counted from the
merge), commits it on a new branch and opens the pull request, requesting review from the
resource's approvers; prints the PR's URL.

Options:
${COMMON}
  --for DURATION     how long, counted from the merge: 90m, 4h, 2d
  --reason TEXT      why
  --ticket T         the ticket or incident
  --grantee LOGIN    for someone else: a login name or a GitHub login in people
  --dry-run          write nothing and open nothing; print the grant file and the PR

${GITHUB}

Examples:
  tailpolicy request prod-db --for 4h --reason "INC-1234: replication lag" --ticket INC-1234
  tailpolicy request prod-db --for 2h --reason "on call" --grantee bob --dry-run
`,
  extend: `Usage: tailpolicy extend FILE --by DURATION --reason TEXT [options]

Open a pull request that moves only the grant's end; it needs approval like any extension.

Options:
${COMMON}
  --by DURATION      how much longer: 90m, 4h, 2d
  --reason TEXT      why
  --dry-run          write nothing and open nothing; print the change and the PR

${GITHUB}

Examples:
  tailpolicy extend grants/alice-prod-db.yaml --by 2h --reason "INC-1234 still open"
`,
  init: `Usage: tailpolicy init [--force] [options]

Set up a policy repository here, new or existing: policy/ (a starter; or, with TS_API_KEY or
TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET set, the live policy split into one fragment per
section), policy/access.yaml, an example grant, the workflows pinned to this version, and the
access-request issue form. A file that exists is kept, and listed, unless --force.

Options:
  --policy-dir DIR   where to write the policy (default: policy)
  --grants-dir DIR   where to write the example grant (default: grants)
  -C, --root DIR     the repository's working tree (default: the current folder)
  --force            overwrite the files init writes when they exist
  --api-url URL      Tailscale's API, to fetch the live policy (default: https://api.tailscale.com)

Examples:
  npx tailpolicy@latest init
  TS_API_KEY=tskey-api-... npx tailpolicy init
`
};
var COMMAND_NAMES = Object.keys(COMMAND_HELP);
function usageError(message, command) {
  const help = command && Object.hasOwn(COMMAND_HELP, command) ? `tailpolicy ${command} --help` : "tailpolicy --help";
  return new UserError(`${message}
Run '${help}' for usage.`);
}
function unknownCommand(command) {
  const near = closest(command, [...COMMAND_NAMES, "help"], Math.max(1, Math.floor(command.length / 3)));
  return usageError(`unknown command ${JSON.stringify(command)}${near ? `; did you mean \`${near}\`?` : ""}`);
}
var options = {
  "policy-dir": { type: "string", default: "policy" },
  "grants-dir": { type: "string", default: "grants" },
  target: { type: "string" },
  now: { type: "string" },
  root: { type: "string", short: "C" },
  output: { type: "string", short: "o" },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h" },
  "dry-run": { type: "boolean", default: false },
  base: { type: "string" },
  "api-url": { type: "string" },
  "on-drift": { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  at: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean", default: false },
  for: { type: "string" },
  by: { type: "string" },
  reason: { type: "string" },
  ticket: { type: "string" },
  grantee: { type: "string" },
  version: { type: "boolean" },
  "schedule-period": { type: "string" }
};
function parseTime(flag, value) {
  const parsed = parseTimestamp(value);
  if (!parsed)
    throw new UserError(
      `--${flag} ${JSON.stringify(value)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`
    );
  return parsed;
}
function parseCommandLine(argv, cwd, clock = () => /* @__PURE__ */ new Date()) {
  let parsed;
  try {
    const { parseArgs } = builtin("node:util");
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw parseError(e, argv);
  }
  const { values: v, positionals } = parsed;
  const root = (0, import_node_path.resolve)(cwd, v.root ?? ".");
  const dir = (d) => (0, import_node_path.isAbsolute)(d) ? (0, import_node_path.relative)(root, d).split(import_node_path.sep).join(import_node_path.posix.sep) || "." : d;
  const [command, ...rest] = positionals;
  const opt = (flag) => v[flag] === void 0 ? void 0 : parseTime(flag, v[flag]);
  return {
    command,
    rest,
    help: v.help === true || command === "help",
    version: v.version === true,
    force: v.force,
    for: v.for,
    by: v.by,
    reason: v.reason,
    ticket: v.ticket,
    grantee: v.grantee,
    root,
    cwd,
    policyDir: dir(v["policy-dir"]),
    grantsDir: dir(v["grants-dir"]),
    target: v.target,
    now: v.now === void 0 ? clock() : parseTime("now", v.now),
    nowGiven: v.now !== void 0,
    output: v.output,
    format: v.format,
    dryRun: v["dry-run"],
    base: v.base,
    apiUrl: v["api-url"],
    onDrift: v["on-drift"],
    since: opt("since"),
    until: opt("until"),
    at: opt("at"),
    out: v.out,
    schedulePeriod: v["schedule-period"]
  };
}
function parseError(e, argv) {
  const command = argv.find((a) => Object.hasOwn(COMMAND_HELP, a));
  const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec(e.message)?.[1] : void 0;
  if (unknown) {
    const flags = Object.keys(options).map((name) => `--${name}`);
    const near = unknown.startsWith("--") ? closest(unknown, flags, Math.max(1, Math.floor(unknown.length / 4))) : void 0;
    return usageError(`unknown option ${unknown}${near ? `; did you mean ${near}?` : ""}`, command);
  }
  return usageError(e.message.split(". ")[0].replace(/\.$/, ""), command);
}
function noArguments(args) {
  if (args.rest.length) throw usageError(`unexpected argument ${JSON.stringify(args.rest[0])}`, args.command);
}
function textOrJson(args) {
  if (args.format !== "text" && args.format !== "json") {
    const near = closest(args.format, ["text", "json"], 2);
    const hint = near ? `; did you mean ${near}?` : "";
    throw usageError(`--format must be text or json, not ${JSON.stringify(args.format)}${hint}`, args.command);
  }
  return args.format;
}

export {
  USAGE,
  COMMAND_HELP,
  usageError,
  unknownCommand,
  parseCommandLine,
  noArguments,
  textOrJson
};
