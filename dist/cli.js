#!/usr/bin/env node
import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  ExternalError,
  UserError,
  applyCommand,
  checkRepository,
  countByState,
  createGitHubClient,
  expireCommand,
  explain,
  filesAtRef,
  formatFinding,
  grantRows,
  humanUtc,
  makePlan,
  oneLine,
  parseTimestamp,
  readRepository,
  renderJson,
  renderPlanText,
  renderText,
  runAudit,
  sourceFromEnv,
  writeAuditFiles
} from "./chunks/chunk-DV6CWDIB.js";

// src/cli/index.ts
import { writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/audit.ts
import { resolve } from "node:path";
function time(name, value) {
  if (value === void 0) return void 0;
  const parsed = parseTimestamp(value);
  if (!parsed)
    throw new UserError(
      `--${name} ${JSON.stringify(value)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`
    );
  return parsed;
}
async function auditCommand(opts, io) {
  if (!["text", "json"].includes(opts.format)) throw new UserError("--format must be text or json");
  const since = time("since", opts.since);
  const until = time("until", opts.until);
  const at = time("at", opts.at);
  if (since && until && since.getTime() >= until.getTime()) throw new UserError("--since must be before --until");
  const token = opts.env.GITHUB_TOKEN || void 0;
  const repository = opts.env.GITHUB_REPOSITORY || void 0;
  let github;
  if (token && repository) {
    const [owner, repo, ...extra] = repository.split("/");
    if (!owner || !repo || extra.length)
      throw new UserError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name.`);
    const apiUrl = (opts.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    github = createGitHubClient({ token, apiUrl, owner, repo });
  } else if (token || repository) {
    io.stderr(`tailpolicy: ${token ? "GITHUB_REPOSITORY" : "GITHUB_TOKEN"} is not set; approvals are not looked up.
`);
  }
  const run = await runAudit({
    root: opts.root,
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    now: opts.now,
    since,
    until,
    at,
    github,
    repository,
    env: opts.env
  });
  let files;
  if (opts.out !== void 0) files = await writeAuditFiles(resolve(opts.cwd, opts.out), run);
  io.stdout(opts.format === "json" ? renderJson(run.report, run.meta) : renderText(run.report, files));
  return (run.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}

// src/report/explain-text.ts
function parseTarget(target) {
  const slash = target.lastIndexOf("/");
  const hasProto = slash > target.lastIndexOf(":");
  const hostPort = hasProto ? target.slice(0, slash) : target;
  const proto = hasProto ? target.slice(slash + 1) : void 0;
  const colon = hostPort.lastIndexOf(":");
  const port = Number(hostPort.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`"${target}" is not DST:PORT[/PROTO], e.g. tag:prod-db:5432 or tag:prod-db:5432/tcp`);
  }
  const dst = hostPort.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  return { dst, port, ...proto ? { proto } : {} };
}
function explainAccess(compiled, src, target) {
  const { dst, port, proto } = parseTarget(target);
  const result = explain(compiled.policy, { src, dst, port, proto }, compiled.locate);
  const rules = result.matches.map((m) => {
    const grant = compiled.generatedBy.get(m.section)?.get(m.index);
    const from = grant ? `grant ${grant}` : m.location ? `${m.location.file}:${m.location.line}` : `${m.section}[${m.index}]`;
    return { section: m.section, index: m.index, from };
  });
  const verdict = result.allowed === "undecidable" ? "CANNOT BE DECIDED OFFLINE" : result.allowed ? "ALLOWED" : "DENIED";
  const lines = [
    `${verdict}: ${oneLine(src)} -> ${oneLine(dst)}:${port}${proto ? `/${oneLine(proto)}` : ""} at ${humanUtc(compiled.now)}`
  ];
  for (const r of rules) lines.push(`  allowed by ${r.section}[${r.index}] (${oneLine(r.from)})`);
  for (const n of result.notes) lines.push(`  note: ${oneLine(n)}`);
  return {
    src,
    dst,
    port,
    ...proto ? { proto } : {},
    allowed: result.allowed,
    rules,
    notes: result.notes,
    text: lines.join("\n") + "\n"
  };
}

// src/report/text.ts
function renderCheckText(result) {
  const { compiled } = result;
  const lines = [];
  for (const f of result.findings) lines.push(oneLine(formatFinding(f), 2e3));
  if (result.findings.length) lines.push("");
  const counts = countByState(compiled);
  const rules = ["acls", "grants", "ssh"].map(
    (s) => `${compiled.policy[s]?.length ?? 0} ${s}`
  );
  lines.push(`tailpolicy check at ${humanUtc(compiled.now)}`);
  lines.push(`  policy:  ${rules.join(", ")}; ${compiled.text.length} bytes; ${compiled.digest}`);
  lines.push(
    `  grants:  ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` + (counts.invalid ? `, ${counts.invalid} invalid` : "") + (counts.excluded ? `, ${counts.excluded} left out` : "")
  );
  const rows = grantRows(compiled);
  const width = Math.max(0, ...rows.map((r) => r.path.length));
  for (const r of rows) {
    const what = r.state === "invalid" ? "see the errors above" : `${r.grantees} -> ${r.resource}, ${r.window}: ${r.reason}`;
    lines.push(`    ${r.state.padEnd(9)} ${r.path.padEnd(width)}  ${oneLine(what, 200)}`);
  }
  lines.push(`  next change: ${compiled.nextChange ? humanUtc(compiled.nextChange) : "none scheduled"}`);
  if (compiled.dns) {
    const d = compiled.dns;
    const parts = [
      d.splitDNS ? `${Object.keys(d.splitDNS).length} split-DNS domains` : "",
      d.nameservers ? `${d.nameservers.length} nameservers` : "",
      d.searchPaths ? `${d.searchPaths.length} search paths` : "",
      d.magicDNS !== void 0 ? `MagicDNS ${d.magicDNS ? "on" : "off"}` : ""
    ].filter(Boolean);
    lines.push(`  dns:     ${parts.join(", ") || "nothing managed"}`);
  }
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    const undecided = result.tests.filter((t) => t.passed === "undecidable").length;
    lines.push(
      `  tests:   ${passed} of ${result.tests.length} passed offline` + (undecided ? `, ${undecided} cannot be decided offline` : "")
    );
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  lines.push("");
  if (!result.pushable) {
    lines.push(
      `FAILED: ${errors} error(s), ${warnings} warning(s). The base policy is invalid: nothing would be pushed.`
    );
  } else if (errors) {
    lines.push(
      `FAILED: ${errors} error(s), ${warnings} warning(s). The policy without the failing grants would be pushed (${compiled.digest}).`
    );
  } else {
    lines.push(
      `OK: ${warnings} warning(s). Would push ${compiled.text.length} bytes (${compiled.digest}); see them with \`tailpolicy compile\`.`
    );
  }
  return lines.join("\n") + "\n";
}

// src/cli/index.ts
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
             removed, then the rule-level difference against --base REF (default: main)
  explain SRC DST:PORT[/PROTO]
             does the compiled policy let SRC reach DST:PORT, and which rules allow it
  audit      evidence of every grant in the Git history: who had which access, when,
             approved by whom (PRs and reviews looked up with GITHUB_TOKEN and
             GITHUB_REPOSITORY; offline otherwise)

Options:
  --policy-dir DIR   base policy fragments (default: policy)
  --grants-dir DIR   grant files (default: grants)
  --now TIME         evaluate at this RFC 3339 time instead of the current time
  -C, --root DIR     the repository's working tree (default: the current folder)
  -o, --output FILE  (compile) write the policy to FILE
  --base REF         (plan) the Git revision to compare with (default: main)
  --dry-run          (apply, expire) send nothing; print the requests a real run would send
  --api-url URL      (apply, expire) Tailscale's API (default: https://api.tailscale.com)
  --on-drift MODE    (apply, expire) fail, warn or overwrite (default: fail)
  --format FORMAT    (check, audit) text or json (default: text)
  --since TIME       (audit) the period's start (default: the beginning)
  --until TIME       (audit) the period's end, exclusive (default: now)
  --at TIME          (audit) who had which access at this time
  --out DIR          (audit) write audit.csv, audit.json and audit.md into DIR
  -h, --help         show this help
`;
var options = {
  "policy-dir": { type: "string", default: "policy" },
  "grants-dir": { type: "string", default: "grants" },
  now: { type: "string" },
  root: { type: "string", short: "C" },
  output: { type: "string", short: "o" },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h" },
  "dry-run": { type: "boolean", default: false },
  base: { type: "string", default: "main" },
  "api-url": { type: "string" },
  "on-drift": { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  at: { type: "string" },
  out: { type: "string" }
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
    io.stderr(
      `tailpolicy: internal error (a bug in tailpolicy; please report it): ${e.stack ?? String(e)}
`
    );
    return 70;
  }
}
async function dispatch(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${e.message}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (!command) throw new UserError(`missing command

${USAGE}`);
  const now = values.now === void 0 ? /* @__PURE__ */ new Date() : parseTimestamp(values.now);
  if (!now)
    throw new UserError(
      `--now ${JSON.stringify(values.now)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`
    );
  const root = resolve2(io.cwd, values.root ?? ".");
  switch (command) {
    case "check":
    case "compile": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      if (!["text", "json"].includes(values.format)) throw new UserError(`--format must be text or json`);
      const files = await readRepository(root, values["policy-dir"], values["grants-dir"]);
      const result = checkRepository({
        policyDir: values["policy-dir"],
        policyFiles: files.policyFiles,
        grantFiles: files.grantFiles,
        readFindings: files.findings,
        now,
        source: sourceFromEnv(io.env)
      });
      if (command === "compile") {
        for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2e3)}
`);
        if (!result.pushable) {
          io.stderr("tailpolicy: the base policy has errors; no policy was written\n");
          return 1;
        }
        if (values.output) await writeFile(resolve2(io.cwd, values.output), result.compiled.text);
        else io.stdout(result.compiled.text);
        return result.ok ? 0 : 1;
      }
      if (values.format === "json") io.stdout(JSON.stringify(checkJson(result), null, 2) + "\n");
      else io.stdout(renderCheckText(result));
      return result.ok ? 0 : 1;
    }
    case "audit": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const { since, until, at, out, format } = values;
      const dirs = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      return auditCommand({ root, cwd: io.cwd, ...dirs, now, since, until, at, out, format, env: io.env }, io);
    }
    case "plan": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const { policyDir, grantsDir } = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      const files = await readRepository(root, policyDir, grantsDir);
      const head = checkRepository({ policyDir, ...files, readFindings: files.findings, now });
      const baseFiles = await filesAtRef(root, values.base, [policyDir, grantsDir]);
      const inDir = (dir) => (f) => f.path.startsWith(dir.replace(/\/+$/, "") + "/");
      const base = checkRepository({
        policyDir,
        policyFiles: baseFiles.filter(inDir(policyDir)),
        grantFiles: baseFiles.filter(inDir(grantsDir)),
        now
      });
      io.stdout(renderPlanText(makePlan(base.compiled, head.compiled), head, values.base));
      return head.ok ? 0 : 1;
    }
    case "explain": {
      if (rest.length !== 2)
        throw new UserError(
          `explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp

${USAGE}`
        );
      const files = await readRepository(root, values["policy-dir"], values["grants-dir"]);
      const result = checkRepository({ policyDir: values["policy-dir"], ...files, readFindings: files.findings, now });
      if (!result.pushable) {
        for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2e3)}
`);
        return 1;
      }
      const answer = explainAccess(result.compiled, rest[0], rest[1]);
      if (values.format === "json") io.stdout(JSON.stringify(answer, null, 2) + "\n");
      else io.stdout(answer.text);
      return 0;
    }
    case "apply": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const dirs = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      const flags = { dryRun: values["dry-run"], apiUrl: values["api-url"], onDrift: values["on-drift"] };
      return applyCommand({ root, ...dirs, ...flags, now: values.now, env: io.env }, io);
    }
    case "expire": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const dirs = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      const flags = { dryRun: values["dry-run"], apiUrl: values["api-url"], onDrift: values["on-drift"] };
      return expireCommand({ root, ...dirs, ...flags, now: values.now, env: io.env }, io);
    }
    default:
      throw new UserError(`unknown command ${JSON.stringify(command)}

${USAGE}`);
  }
}
function checkJson(result) {
  const c = result.compiled;
  return {
    ok: result.ok,
    pushable: result.pushable,
    now: c.now.toISOString(),
    digest: c.digest,
    nextChange: c.nextChange?.toISOString() ?? null,
    grants: c.grants.map((g) => ({
      path: g.path,
      state: g.state ?? "invalid",
      included: g.included,
      excludedReason: g.excludedReason,
      grantees: g.grant?.grantees,
      resource: g.grant?.resource,
      starts: g.grant?.starts?.toISOString(),
      expires: g.grant?.expires.toISOString(),
      reason: g.grant?.reason
    })),
    findings: result.findings,
    tests: result.tests
  };
}

// src/bin.ts
process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd()
});
