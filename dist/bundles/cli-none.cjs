"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// stand-in:./check-command.js
var check_command_exports = {};
__export(check_command_exports, {
  run: () => run,
  runExtend: () => runExtend
});
var other, run, runExtend;
var init_check_command = __esm({
  "stand-in:./check-command.js"() {
    other = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run = other;
    runExtend = other;
  }
});

// stand-in:./compile-command.js
var compile_command_exports = {};
__export(compile_command_exports, {
  run: () => run2,
  runExtend: () => runExtend2
});
var other2, run2, runExtend2;
var init_compile_command = __esm({
  "stand-in:./compile-command.js"() {
    other2 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run2 = other2;
    runExtend2 = other2;
  }
});

// stand-in:./plan-command.js
var plan_command_exports = {};
__export(plan_command_exports, {
  run: () => run3,
  runExtend: () => runExtend3
});
var other3, run3, runExtend3;
var init_plan_command = __esm({
  "stand-in:./plan-command.js"() {
    other3 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run3 = other3;
    runExtend3 = other3;
  }
});

// stand-in:./explain-command.js
var explain_command_exports = {};
__export(explain_command_exports, {
  run: () => run4,
  runExtend: () => runExtend4
});
var other4, run4, runExtend4;
var init_explain_command = __esm({
  "stand-in:./explain-command.js"() {
    other4 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run4 = other4;
    runExtend4 = other4;
  }
});

// stand-in:./apply-command.js
var apply_command_exports = {};
__export(apply_command_exports, {
  run: () => run5,
  runExtend: () => runExtend5
});
var other5, run5, runExtend5;
var init_apply_command = __esm({
  "stand-in:./apply-command.js"() {
    other5 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run5 = other5;
    runExtend5 = other5;
  }
});

// stand-in:./expire-command.js
var expire_command_exports = {};
__export(expire_command_exports, {
  run: () => run6,
  runExtend: () => runExtend6
});
var other6, run6, runExtend6;
var init_expire_command = __esm({
  "stand-in:./expire-command.js"() {
    other6 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run6 = other6;
    runExtend6 = other6;
  }
});

// stand-in:./audit-command.js
var audit_command_exports = {};
__export(audit_command_exports, {
  run: () => run7,
  runExtend: () => runExtend7
});
var other7, run7, runExtend7;
var init_audit_command = __esm({
  "stand-in:./audit-command.js"() {
    other7 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run7 = other7;
    runExtend7 = other7;
  }
});

// stand-in:./init-command.js
var init_command_exports = {};
__export(init_command_exports, {
  run: () => run8,
  runExtend: () => runExtend8
});
var other8, run8, runExtend8;
var init_init_command = __esm({
  "stand-in:./init-command.js"() {
    other8 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run8 = other8;
    runExtend8 = other8;
  }
});

// stand-in:./request-command.js
var request_command_exports = {};
__export(request_command_exports, {
  run: () => run9,
  runExtend: () => runExtend9
});
var other9, run9, runExtend9;
var init_request_command = __esm({
  "stand-in:./request-command.js"() {
    other9 = (args, io) => globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")](args.command, io);
    run9 = other9;
    runExtend9 = other9;
  }
});

// src/cli/index.ts
var index_exports = {};
__export(index_exports, {
  cli: () => cli
});
module.exports = __toCommonJS(index_exports);

// src/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
var ExternalError = class extends Error {
  exitCode = 3;
  constructor(message, options2) {
    super(message, options2);
    this.name = "ExternalError";
  }
};

// src/shared/version.ts
var VERSION = "0.1.0";

// src/cli/args.ts
var import_node_path = require("node:path");

// src/shared/builtin.ts
var import_node_module = require("node:module");
function builtin(name) {
  return process.getBuiltinModule?.(name) ?? (0, import_node_module.createRequire)(__filename)(name);
}

// src/shared/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function closest(name, candidates, maxDistance) {
  let best;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

// src/shared/time.ts
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
function parseTimestamp(text) {
  const utc = plainUtc(text);
  if (utc !== null) return utc;
  const m = TIMESTAMP.exec(text);
  if (!m) return void 0;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return void 0;
  const date = new Date(text.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? void 0 : date;
}
function plainUtc(text) {
  if (text.length !== 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(19) !== 90) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return null;
  if (text.charCodeAt(16) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second) || year < 1e3) return null;
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}
function digits(text, at, count) {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function monthDays(year, month) {
  if (month === 2 && (year % 4 === 0 && year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1];
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// src/cli/args.ts
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

// src/cli/index.ts
var COMMANDS = {
  check: () => Promise.resolve().then(() => (init_check_command(), check_command_exports)),
  compile: () => Promise.resolve().then(() => (init_compile_command(), compile_command_exports)),
  plan: () => Promise.resolve().then(() => (init_plan_command(), plan_command_exports)),
  explain: () => Promise.resolve().then(() => (init_explain_command(), explain_command_exports)),
  apply: () => Promise.resolve().then(() => (init_apply_command(), apply_command_exports)),
  expire: () => Promise.resolve().then(() => (init_expire_command(), expire_command_exports)),
  audit: () => Promise.resolve().then(() => (init_audit_command(), audit_command_exports)),
  init: () => Promise.resolve().then(() => (init_init_command(), init_command_exports)),
  request: () => Promise.resolve().then(() => (init_request_command(), request_command_exports)),
  extend: async () => ({ run: (await Promise.resolve().then(() => (init_request_command(), request_command_exports))).runExtend })
};
async function cli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      io.stderr(`tailpolicy: ${e.message}
`);
      return e.exitCode;
    }
    const fsError = fileError(e);
    if (fsError) {
      io.stderr(`tailpolicy: ${fsError}
`);
      return 2;
    }
    io.stderr(
      `tailpolicy: internal error (a bug in tailpolicy; please report it): ${e.stack ?? String(e)}
`
    );
    return 70;
  }
}
async function dispatch(argv, io) {
  const args = parseCommandLine(argv, io.cwd);
  if (args.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (args.help) {
    let topic = args.command === "help" ? args.rest[0] : args.command;
    if (topic === "help") topic = void 0;
    if (topic !== void 0 && !Object.hasOwn(COMMAND_HELP, topic)) throw unknownCommand(topic);
    io.stdout(topic === void 0 ? USAGE : COMMAND_HELP[topic]);
    return 0;
  }
  if (!args.command) throw usageError("missing command");
  const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : void 0;
  if (!load) throw unknownCommand(args.command);
  const { run: run10 } = await load();
  return run10(args, io);
}
var FILE_ERRORS = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "not permitted",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device"
};
function fileError(e) {
  const err = e;
  if (!err || typeof err !== "object" || typeof err.path !== "string" || !err.code || !FILE_ERRORS[err.code])
    return void 0;
  const syscall = err.syscall ?? "";
  const verb = syscall === "open" ? "open" : /^(write|mkdir|copyfile|rename|unlink|rmdir)$/.test(syscall) ? "write" : "read";
  return `cannot ${verb} ${err.path}: ${FILE_ERRORS[err.code]}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cli
});
