import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  expireCommand
} from "./chunk-42NQBJGY.js";
import {
  applyCommand
} from "./chunk-SJGNUG5P.js";
import {
  filesAtRef
} from "./chunk-KD4IMUVB.js";
import {
  renderJson,
  renderText,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-VK4IKU3P.js";
import {
  findGrantee,
  findRequester,
  openExtension,
  openRequest,
  requestFieldProblems
} from "./chunk-PZL3WFH4.js";
import {
  makePlan,
  renderPlanText
} from "./chunk-WEMIP3RI.js";
import {
  countByState,
  grantRows,
  mergeTimes,
  readRepository
} from "./chunk-GTFGPC34.js";
import {
  ACTION_REPOSITORY,
  SCHEMA_BASE,
  VERSION,
  checkRepository,
  createGitHubClient,
  createTailscaleClient,
  explain,
  formatFinding,
  formatOf,
  oneLine,
  parseTree,
  require_dist,
  tailscaleClient
} from "./chunk-SZUJ4VRJ.js";
import {
  parseInputs,
  sourceFromEnv
} from "./chunk-GE4JQ2WI.js";
import {
  ExternalError,
  UserError,
  __toESM,
  humanUtc,
  parseDuration,
  parseTimestamp
} from "./chunk-6ZHZERHB.js";

// src/cli/index.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/audit.ts
import { resolve } from "node:path";
function tailscaleFromEnv(opts, stderr) {
  const env = opts.env;
  if (!env.TS_API_KEY && !env.TS_OAUTH_CLIENT_ID) return void 0;
  const values = {
    mode: "audit",
    tailnet: env.TS_TAILNET,
    "api-key": env.TS_API_KEY,
    "oauth-client-id": env.TS_OAUTH_CLIENT_ID,
    "oauth-client-secret": env.TS_OAUTH_CLIENT_SECRET,
    "api-url": opts.apiUrl
  };
  const inputs = parseInputs((name) => values[name]?.trim() || void 0, env);
  return tailscaleClient(inputs, "audit", { log: (line) => stderr(`${line}
`) });
}
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
  if (!["text", "json", "pack"].includes(opts.format)) throw new UserError("--format must be text, json or pack");
  if (opts.format === "pack" && !opts.since)
    throw new UserError("--format pack needs the period: --since TIME (and --until TIME, default now)");
  let schedulePeriodMs;
  if (opts.schedulePeriod !== void 0) {
    schedulePeriodMs = parseDuration(opts.schedulePeriod);
    if (!schedulePeriodMs)
      throw new UserError(`--schedule-period ${JSON.stringify(opts.schedulePeriod)} is not a duration like 15m or 1h`);
  }
  const since = time("since", opts.since);
  const until = time("until", opts.until);
  const at = time("at", opts.at);
  if (since && until && since.getTime() >= until.getTime()) throw new UserError("--since must be before --until");
  const token = opts.env.GITHUB_TOKEN || void 0;
  const repository2 = opts.env.GITHUB_REPOSITORY || void 0;
  let github;
  if (token && repository2) {
    const [owner, repo, ...extra] = repository2.split("/");
    if (!owner || !repo || extra.length)
      throw new UserError(`GITHUB_REPOSITORY is "${repository2}"; expected owner/name.`);
    const apiUrl = (opts.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    github = createGitHubClient({ token, apiUrl, owner, repo });
  } else if (token || repository2) {
    io.stderr(`tailpolicy: ${token ? "GITHUB_REPOSITORY" : "GITHUB_TOKEN"} is not set; approvals are not looked up.
`);
  }
  const run2 = await runAudit({
    root: opts.root,
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    now: opts.now,
    since,
    until,
    at,
    github,
    repository: repository2,
    env: opts.env,
    // Tailscale's logs go into the pack only; text and JSON stay the Git-side report.
    tailscale: opts.format === "pack" ? tailscaleFromEnv(opts, io.stderr) : void 0,
    evidence: opts.format === "pack",
    ...schedulePeriodMs ? { schedulePeriodMs } : {}
  });
  if (opts.format === "pack") {
    const pack = await writeEvidencePack(resolve(opts.cwd, opts.out ?? "."), run2);
    io.stdout(`tailpolicy audit: wrote ${pack.markdown} and ${pack.html}
`);
    const failed = run2.evidence?.reconciliation && packFailed(run2);
    return (run2.report.summary.unapproved ?? 0) > 0 || failed ? 1 : 0;
  }
  let files;
  if (opts.out !== void 0) files = await writeAuditFiles(resolve(opts.cwd, opts.out), run2);
  io.stdout(opts.format === "json" ? renderJson(run2.report, run2.meta) : renderText(run2.report, files));
  return (run2.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}
function packFailed(run2) {
  const r = run2.evidence?.reconciliation;
  if (!r) return false;
  return r.changes.some((c) => c.kind === "out-of-band") || r.expected.some((x) => x.status === "missing") || r.revocations.some((x) => x.status === "late" || x.status === "still live");
}

// src/cli/init.ts
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var import_yaml2 = __toESM(require_dist(), 1);

// src/cli/init-templates.ts
var import_yaml = __toESM(require_dist(), 1);
var schemaLine = (name) => `# yaml-language-server: $schema=${SCHEMA_BASE}/${name}.schema.json
`;
var ACTION_REF = `${ACTION_REPOSITORY}@v${VERSION}`;
var CHECKOUT = "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0";
var UPLOAD = "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2";
var PIN_NOTE = `# tailpolicy ${VERSION}, as written by \`tailpolicy init\`. For an immutable pin, replace the tag
# with the commit it points at: uses: ${ACTION_REPOSITORY}@<40-character SHA> # v${VERSION}`;
var STARTER_POLICY = `// The base policy of this tailnet, in tailpolicy's fragments: every *.hujson, *.json and *.yaml
// file in this folder is merged in path order (maps by key, lists concatenated), so split it
// into files as it grows. Time-bound access is not written here: it comes from grants/.
{
  "groups": {
    // Replace with your own people (their Tailscale login names).
    "group:admins": ["admin@example.com"],
  },

  "tagOwners": {
    "tag:prod": ["group:admins"],
  },

  "grants": [
    // Everyone reaches their own devices.
    {"src": ["autogroup:member"], "dst": ["autogroup:self"], "ip": ["*"]},
    // Admins reach everything.
    {"src": ["group:admins"], "dst": ["*"], "ip": ["*"]},
  ],

  "ssh": [
    {"action": "check", "src": ["autogroup:member"], "dst": ["autogroup:self"], "users": ["autogroup:nonroot"]},
  ],

  // Checked offline by \`tailpolicy check\` and by Tailscale before every push.
  "tests": [
    {"src": "admin@example.com", "accept": ["tag:prod:22"]},
  ],
}
`;
var STARTER_ACCESS = `${schemaLine("access")}# What can be requested through grants/, who approves it, and for how long.
people: # login name -> GitHub login: whose pull-request reviews count, and whom to mention
  admin@example.com: your-github-login
resources:
  prod-ssh:
    description: SSH to the production servers (tag:prod)
    grants: [{ dst: [tag:prod], ip: ["tcp:22"] }] # Tailscale grant entries; the grantees become src
    maxDuration: 8h # the longest a grant may last: 90m, 8h, 7d
    approvers: [group:admins] # whose approving review counts
    approvals: 1
`;
var EMPTY_ACCESS = `${schemaLine("access")}# What can be requested through grants/, who approves it, and for how long. For example:
#
# people: # login name -> GitHub login: whose pull-request reviews count
#   sam@example.com: sam-sre
# resources:
#   prod-db:
#     description: Production Postgres
#     grants: [{ dst: [tag:prod-db], ip: ["tcp:5432"] }] # the grantees become src
#     maxDuration: 8h
#     approvers: [group:sre]
resources: {}
`;
var EXAMPLE_GRANT = `${schemaLine("grant")}# An example grant. To ask for access, copy it to grants/<you>-<resource>.yaml, fill it in and
# open a pull request; an approver's review and the merge grant it until \`expires\`.
# (tailpolicy ignores files whose name starts with a dot, such as this one.)
grantees: [admin@example.com] # login names or groups of the policy
resource: prod-ssh # a resource of policy/access.yaml
reason: "INC-1234: look at the failed deploy"
ticket: INC-1234 # optional, unless the resource asks for one
expires: 2026-11-22T02:00:00Z # RFC 3339 with Z or an offset; a bare date is refused
`;
var CHECK_WORKFLOW = `# The access request's review: on every pull request and every review, compile and validate
# offline, write the plan into one sticky comment, and fail until each added or changed grant has
# the approvals access.yaml asks for. Needs no Tailscale secret. Make the job "check" a required
# status check of the default branch.
${PIN_NOTE}
name: tailpolicy-check

on:
  pull_request:
  pull_request_review:
    types: [submitted, dismissed]

permissions:
  contents: read
  pull-requests: write # the sticky plan comment; reviews are read

concurrency:
  group: tailpolicy-check-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
          fetch-depth: 0 # the base branch, to compare with
      - uses: ${ACTION_REF}
        with:
          mode: check
`;
var TAILNET_INPUTS = `          oauth-client-id: \${{ secrets.TS_OAUTH_CLIENT_ID }}
          oauth-client-secret: \${{ secrets.TS_OAUTH_CLIENT_SECRET }}
          tailnet: \${{ vars.TS_TAILNET || '-' }}`;
var APPLY_WORKFLOW = `# Access granted on merge: compile, validate offline and with Tailscale, stop if the live policy
# was edited outside Git, push with If-Match only if it changed, and apply policy/dns.yaml.
# Grants that reached the default branch without a qualifying approval are left out.
${PIN_NOTE}
name: tailpolicy-apply

on:
  push:
    branches: [main]
  workflow_dispatch:

concurrency:
  group: tailpolicy-tailnet # shared with expire: writes to the tailnet never overlap
  cancel-in-progress: false

permissions:
  contents: read
  pull-requests: read # each grant's pull request and its reviews
  # id-token: write # only with workload identity federation (the audience input)

jobs:
  apply:
    if: \${{ github.ref_name == github.event.repository.default_branch }}
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: tailnet # holds the secrets; allow only the default branch to use it
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
          fetch-depth: 0 # each grant's approving pull request is found from the history
      - uses: ${ACTION_REF}
        with:
          mode: apply
${TAILNET_INPUTS}
`;
var EXPIRE_WORKFLOW = `# Revocation on a schedule: every 10 minutes push the policy as it is now (expired grants out,
# scheduled grants in), then keep one pull request deleting the expired grant files.
# GitHub's cron is best effort; for expiry to the second, see enforce: posture.
${PIN_NOTE}
name: tailpolicy-expire

on:
  schedule:
    - cron: '*/10 * * * *'
  workflow_dispatch:

concurrency:
  group: tailpolicy-tailnet # shared with apply: writes to the tailnet never overlap
  cancel-in-progress: false

permissions:
  contents: write # the cleanup branch and its verified commit
  pull-requests: write # the cleanup pull request
  # id-token: write # only with workload identity federation (the audience input)

jobs:
  expire:
    # Manual runs only on the default branch: a run elsewhere must never push that branch's grants.
    if: \${{ github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch }}
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: tailnet
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
          fetch-depth: 0 # each grant's approving pull request is found from the history
      - uses: ${ACTION_REF}
        with:
          mode: expire
${TAILNET_INPUTS}
          github-token: \${{ github.token }}
`;
var AUDIT_WORKFLOW = `# Audit evidence on demand (Actions tab, Run workflow): one row per grant event from the Git
# history, with its pull request and approving reviews, as CSV, JSON and Markdown.
${PIN_NOTE}
name: tailpolicy-audit

on:
  workflow_dispatch:

permissions:
  contents: read # the Git history of grants/
  pull-requests: read # the pull requests and reviews that approved each grant

jobs:
  audit:
    if: \${{ github.ref_name == github.event.repository.default_branch }}
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
          fetch-depth: 0 # the whole history: a shallow clone would hide grants
      - uses: ${ACTION_REF}
        with:
          mode: audit
          github-token: \${{ github.token }}
      - uses: ${UPLOAD}
        if: \${{ !cancelled() }}
        with:
          name: tailpolicy-audit-\${{ github.run_id }}
          path: \${{ runner.temp }}/tailpolicy/audit/
          if-no-files-found: error
          retention-days: 90
`;
function requestForm(resources) {
  const resourceField = resources.length > 0 ? {
    type: "dropdown",
    id: "resource",
    attributes: {
      label: "Resource",
      description: resources.map((r) => `**${r.name}**${r.description ? `: ${r.description}` : ""}`).join("\n"),
      options: resources.map((r) => r.name)
    },
    validations: { required: true }
  } : {
    type: "input",
    id: "resource",
    attributes: { label: "Resource", description: "A resource of policy/access.yaml." },
    validations: { required: true }
  };
  const form = {
    name: "Request access",
    description: "Time-bound access to the tailnet, approved by review of the pull request that grants it.",
    title: "Access request",
    labels: ["access-request"],
    body: [
      {
        type: "markdown",
        attributes: {
          value: "This request becomes a pull request adding a grant file under `grants/`. It is granted when an approver of the resource approves that pull request and it merges, and it ends at its expiry."
        }
      },
      resourceField,
      {
        type: "input",
        id: "duration",
        attributes: {
          label: "For how long",
          description: "A duration: 90m, 4h or 2d, at most the resource's maxDuration.",
          placeholder: "4h"
        },
        validations: { required: true }
      },
      {
        type: "textarea",
        id: "reason",
        attributes: { label: "Reason", description: "Why you need the access; it is kept as audit evidence." },
        validations: { required: true }
      },
      {
        type: "input",
        id: "ticket",
        attributes: { label: "Ticket", description: "An incident or ticket id, if the resource asks for one." },
        validations: { required: false }
      }
    ]
  };
  return `# The access-request form (tailpolicy ${VERSION}); its resources are those of policy/access.yaml.
${(0, import_yaml.stringify)(form, { lineWidth: 0 })}`;
}

// src/cli/init.ts
async function initCommand(o, io) {
  const files = /* @__PURE__ */ new Map();
  const notes = [];
  const existingPolicy = await policyFiles(join(o.root, o.policyDir));
  const credentials = terminalCredentials(o.env);
  let fetched = false;
  if (existingPolicy.length > 0) {
    notes.push(`kept the policy already in ${o.policyDir}/ (${existingPolicy.length} file(s))`);
  } else if (credentials) {
    const tailscale = createTailscaleClient({
      apiUrl: o.apiUrl ?? "https://api.tailscale.com",
      tailnet: o.env.TS_TAILNET || "-",
      credentials,
      onRetry: (r) => io.stderr(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})
`)
    });
    const { hujson } = await tailscale.getPolicy();
    const fragments = splitPolicy(hujson);
    for (const [name, text] of fragments) files.set(`${o.policyDir}/${name}`, text);
    const tailnet = o.env.TS_TAILNET || "-";
    notes.push(`fetched the live policy of tailnet ${tailnet} into ${fragments.size} fragment(s) in ${o.policyDir}/`);
    fetched = true;
  } else {
    files.set(`${o.policyDir}/policy.hujson`, STARTER_POLICY);
  }
  const accessPath = `${o.policyDir}/access.yaml`;
  const accessText = await readIfExists(join(o.root, accessPath));
  const starterAccess = fetched ? EMPTY_ACCESS : STARTER_ACCESS;
  if (accessText === void 0 || o.force) files.set(accessPath, starterAccess);
  else notes.push(`kept ${accessPath}`);
  files.set(`${o.grantsDir}/.example.yaml`, EXAMPLE_GRANT);
  files.set(".github/workflows/tailpolicy-check.yml", CHECK_WORKFLOW);
  files.set(".github/workflows/tailpolicy-apply.yml", APPLY_WORKFLOW);
  files.set(".github/workflows/tailpolicy-expire.yml", EXPIRE_WORKFLOW);
  files.set(".github/workflows/tailpolicy-audit.yml", AUDIT_WORKFLOW);
  const resourcesFrom = accessText !== void 0 && !o.force ? accessText : starterAccess;
  files.set(".github/ISSUE_TEMPLATE/request-access.yml", requestForm(resourcesOf(resourcesFrom)));
  const written = [];
  const skipped = [];
  for (const [path, text] of files) {
    const abs = join(o.root, path);
    if (!o.force && await readIfExists(abs) !== void 0) {
      skipped.push(path);
      continue;
    }
    try {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    } catch (e) {
      throw new UserError(`cannot write ${path}: ${e.code ?? e.message}`);
    }
    written.push(path);
  }
  const out = [`tailpolicy ${VERSION} init in ${o.root}`];
  for (const n of notes) out.push(`  ${n}`);
  for (const p of written) out.push(`  wrote   ${p}`);
  for (const p of skipped) out.push(`  skipped ${p} (it exists; --force overwrites it)`);
  out.push(
    "",
    "Next:",
    `  1. Edit ${o.policyDir}/ (your groups and rules) and ${accessPath} (what can be requested, who approves).`,
    "  2. Run `npx tailpolicy check` until it says OK, then commit and push.",
    '  3. Add the secrets TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET to an environment "tailnet"',
    "     that only the default branch may use, and protect the default branch (README: Branch protection)."
  );
  io.stdout(out.join("\n") + "\n");
  return 0;
}
function terminalCredentials(env) {
  const [apiKey, id, secret] = [env.TS_API_KEY, env.TS_OAUTH_CLIENT_ID, env.TS_OAUTH_CLIENT_SECRET].map(
    (v) => v?.trim()
  );
  if (apiKey && (id || secret))
    throw new UserError("set TS_API_KEY or TS_OAUTH_CLIENT_ID/TS_OAUTH_CLIENT_SECRET, not both");
  if (apiKey) return { kind: "api-key", apiKey };
  if (id && secret) return { kind: "oauth", clientId: id, clientSecret: secret };
  if (id || secret)
    throw new UserError(
      `${id ? "TS_OAUTH_CLIENT_SECRET" : "TS_OAUTH_CLIENT_ID"} is missing: set both to fetch the live policy`
    );
  return void 0;
}
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return void 0;
    throw new UserError(`cannot read ${path}: ${code ?? e.message}`);
  }
}
async function policyFiles(dir) {
  try {
    const entries = await readdir(dir, { recursive: true });
    return entries.filter((e) => formatOf(e) && !/(^|\/)(access|dns)\.ya?ml$/.test(e) && !e.startsWith("."));
  } catch {
    return [];
  }
}
function resourcesOf(accessText) {
  try {
    const doc = (0, import_yaml2.parse)(accessText);
    return Object.entries(doc?.resources ?? {}).map(([name, r]) => ({
      name,
      ...typeof r?.description === "string" ? { description: r.description } : {}
    }));
  } catch {
    return [];
  }
}
var FRAGMENT_OF = {
  groups: "groups.hujson",
  tagowners: "tags.hujson",
  autoapprovers: "tags.hujson",
  hosts: "hosts.hujson",
  ipsets: "hosts.hujson",
  acls: "rules.hujson",
  grants: "rules.hujson",
  ssh: "ssh.hujson",
  tests: "tests.hujson",
  sshtests: "tests.hujson",
  postures: "postures.hujson",
  defaultsrcposture: "postures.hujson",
  nodeattrs: "nodeattrs.hujson"
};
function splitPolicy(hujson) {
  const root = parseTree(hujson, [], { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== "object") throw new UserError("the live policy is not a JSON object; cannot split it");
  const parts = /* @__PURE__ */ new Map();
  let from = root.offset + 1;
  for (const prop of root.children ?? []) {
    const key = String((prop.children?.[0]).value);
    const end = prop.offset + prop.length;
    const text = hujson.slice(from, end).replace(/^\s*,/, "").replace(/^\s*\n/, "");
    from = end;
    const file = FRAGMENT_OF[key.toLowerCase()] ?? "settings.hujson";
    parts.set(file, [...parts.get(file) ?? [], text.replace(/\s+$/, "")]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [file, sections] of [...parts].sort(([a], [b]) => a < b ? -1 : 1)) {
    out.set(file, `// Fetched from the live policy by tailpolicy init.
{
${sections.join(",\n\n")},
}
`);
  }
  return out;
}

// src/cli/request.ts
import { execFile } from "node:child_process";
import { relative, resolve as resolve2, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(root, args) {
  try {
    return (await run("git", args, { cwd: root, encoding: "utf8" })).stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
async function repository(o) {
  const named = o.env.GITHUB_REPOSITORY;
  const fromUrl = (url) => url ? /github[^/:]*[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)?.slice(1) : void 0;
  const [owner, repo] = named?.split("/") ?? fromUrl(await git(o.root, ["remote", "get-url", "origin"])) ?? [];
  return owner && repo ? { owner, repo } : void 0;
}
async function client(o, command) {
  const token = o.env.GITHUB_TOKEN;
  const repo = await repository(o);
  if (!token || !repo) {
    if (o.dryRun) return void 0;
    throw new UserError(
      `tailpolicy ${command} opens a pull request: set GITHUB_TOKEN (a token that may push branches and open pull requests) ${repo ? "" : 'and GITHUB_REPOSITORY=owner/repo (or run it in a clone whose "origin" is on GitHub) '}or pass --dry-run.`
    );
  }
  return createGitHubClient({
    token,
    apiUrl: (o.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...repo
  });
}
async function requestCommand(o, io) {
  if (!o.for) throw new UserError("tailpolicy request needs --for, e.g. --for 4h (90m, 4h, 2d).");
  if (!o.reason) throw new UserError('tailpolicy request needs --reason "why you need the access".');
  const github = await client(o, "request");
  const files = await readRepository(o.root, o.policyDir, o.grantsDir);
  const { access, policy } = checkRepository({ policyDir: o.policyDir, ...files, now: o.now }).compiled;
  const tokenUser = github ? await github.getAuthenticatedUser() : void 0;
  let grantee;
  if (o.grantee !== void 0) {
    grantee = findGrantee(access, policy, o.grantee);
    if (!grantee) {
      throw new UserError(
        `--grantee ${JSON.stringify(o.grantee)} is neither a login name (alice@example.com) nor a GitHub login under "people" in ${access.path ?? "policy/access.yaml"}.`
      );
    }
  } else {
    const email = await git(o.root, ["config", "user.email"]);
    grantee = findRequester(access, policy, { github: tokenUser, email });
    if (!grantee) {
      const tried = [tokenUser ? `GitHub login ${tokenUser}` : "", email ? `git config user.email ${email}` : ""].filter(Boolean).join(" or ");
      throw new UserError(
        `Cannot tell who you are${tried ? ` (neither ${tried} is under "people" in ${access.path ?? "policy/access.yaml"})` : ""}; pass --grantee alice@example.com, or add yourself under "people".`
      );
    }
  }
  const request = {
    resource: o.target,
    duration: o.for,
    reason: o.reason,
    ...o.ticket !== void 0 ? { ticket: o.ticket } : {},
    grantee: grantee.login
  };
  const fieldProblems = requestFieldProblems(request, access);
  if (fieldProblems.length) return fail(fieldProblems, io);
  const outcome = await openRequest({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    request,
    requester: grantee,
    author: tokenUser ?? null,
    github,
    dryRun: o.dryRun
  });
  return report(outcome, o.dryRun, io);
}
async function extendCommand(o, io) {
  if (!o.by) throw new UserError("tailpolicy extend needs --by, e.g. --by 2h (90m, 2h, 1d).");
  if (!o.reason) throw new UserError('tailpolicy extend needs --reason "why the access must last longer".');
  const github = await client(o, "extend");
  const file = relative(o.root, resolve2(o.cwd, o.target)).split(sep).join("/");
  const outcome = await openExtension({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    file,
    by: o.by,
    reason: o.reason,
    author: github ? await github.getAuthenticatedUser() ?? null : null,
    github,
    dryRun: o.dryRun
  });
  return report(outcome, o.dryRun, io);
}
function fail(problems, io) {
  io.stderr(`tailpolicy: the request cannot be opened:
${problems.map((p) => `  - ${oneLine(p, 600)}`).join("\n")}
`);
  return 1;
}
function report(o, dryRun, io) {
  if (o.problems.length) return fail(o.problems, io);
  for (const w of o.warnings) io.stderr(`tailpolicy: ${oneLine(w, 600)}
`);
  if (dryRun) {
    io.stdout(
      [
        `would write ${o.path}:`,
        ...o.text.trimEnd().split("\n").map((l) => `  ${l}`),
        `would push branch ${o.branch} and open the pull request "${oneLine(o.title)}"`,
        `would request review from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(", ") || 'nobody (no approver has a GitHub login in "people")'}`,
        "",
        o.body,
        ""
      ].join("\n")
    );
    return 0;
  }
  io.stdout(
    [
      `wrote ${o.path} on branch ${o.branch}`,
      `review requested from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(", ") || "nobody"}`,
      o.pull?.url ?? "",
      ""
    ].join("\n")
  );
  return 0;
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
var options = {
  "policy-dir": { type: "string", default: "policy" },
  "grants-dir": { type: "string", default: "grants" },
  now: { type: "string" },
  root: { type: "string", short: "C" },
  output: { type: "string", short: "o" },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h" },
  force: { type: "boolean", default: false },
  version: { type: "boolean" },
  "dry-run": { type: "boolean", default: false },
  base: { type: "string", default: "main" },
  "api-url": { type: "string" },
  "on-drift": { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  at: { type: "string" },
  out: { type: "string" },
  for: { type: "string" },
  by: { type: "string" },
  reason: { type: "string" },
  ticket: { type: "string" },
  grantee: { type: "string" },
  "schedule-period": { type: "string" }
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
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
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
  const root = resolve3(io.cwd, values.root ?? ".");
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
        merges: await mergeTimes(root, "HEAD", files.grantFiles),
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
        if (values.output) await writeFile2(resolve3(io.cwd, values.output), result.compiled.text);
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
      const tailnet = { apiUrl: values["api-url"], schedulePeriod: values["schedule-period"] };
      return auditCommand(
        { root, cwd: io.cwd, ...dirs, now, since, until, at, out, format, env: io.env, ...tailnet },
        io
      );
    }
    case "plan": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const { policyDir, grantsDir } = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      const files = await readRepository(root, policyDir, grantsDir);
      const baseFiles = await filesAtRef(root, values.base, [policyDir, grantsDir]);
      const merges = await mergeTimes(root, values.base, files.grantFiles);
      const head = checkRepository({ policyDir, ...files, readFindings: files.findings, merges, now });
      const inDir = (dir) => (f) => f.path.startsWith(dir.replace(/\/+$/, "") + "/");
      const baseGrants = baseFiles.filter(inDir(grantsDir));
      const base = checkRepository({
        policyDir,
        policyFiles: baseFiles.filter(inDir(policyDir)),
        grantFiles: baseGrants,
        merges: await mergeTimes(root, values.base, baseGrants),
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
      const merges = await mergeTimes(root, "HEAD", files.grantFiles);
      const result = checkRepository({
        policyDir: values["policy-dir"],
        ...files,
        readFindings: files.findings,
        merges,
        now
      });
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
    case "init": {
      if (rest.length) throw new UserError(`unexpected argument ${JSON.stringify(rest[0])}

${USAGE}`);
      const dirs = { policyDir: values["policy-dir"], grantsDir: values["grants-dir"] };
      return initCommand({ root, ...dirs, force: values.force, apiUrl: values["api-url"], env: io.env }, io);
    }
    case "request":
    case "extend": {
      if (rest.length !== 1) {
        throw new UserError(
          command === "request" ? `request takes one resource, e.g. request prod-db --for 4h --reason "INC-1234"

${USAGE}` : `extend takes one grant file, e.g. extend grants/alice-prod-db.yaml --by 2h --reason "\u2026"

${USAGE}`
        );
      }
      const opts = {
        root,
        cwd: io.cwd,
        policyDir: values["policy-dir"],
        grantsDir: values["grants-dir"],
        now,
        dryRun: values["dry-run"],
        env: io.env,
        target: rest[0],
        for: values.for,
        by: values.by,
        reason: values.reason,
        ticket: values.ticket,
        grantee: values.grantee
      };
      return command === "request" ? requestCommand(opts, io) : extendCommand(opts, io);
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
export {
  cli
};
