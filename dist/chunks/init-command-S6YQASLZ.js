import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  noArguments
} from "./chunk-EINFBZSP.js";
import {
  createTailscaleClient
} from "./chunk-EGT5NXRL.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import "./chunk-BR4HKDMG.js";
import {
  SCHEMA_BASE
} from "./chunk-O3XXVF4M.js";
import {
  ACTION_REPOSITORY,
  VERSION
} from "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  formatOf,
  parse2 as parse,
  parseTree,
  stringify
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/init.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/cli/init-templates.ts
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
var PAGERDUTY_INPUT = `          pagerduty-token: \${{ secrets.PAGERDUTY_TOKEN }} # optional: autoApprove.onCall (a read-only key)`;
var CHECK_WORKFLOW = `# The access request's review: on every pull request and every review, compile and validate
# offline, write the plan into one sticky comment, and fail until each added or changed grant has
# the approvals access.yaml asks for. Needs no Tailscale secret. Make the job "check" a required
# status check of the default branch.
${PIN_NOTE}
name: tailpolicy-check

on:
  pull_request:
    types: [opened, synchronize, reopened, labeled, unlabeled] # labeled: the break-glass label
  pull_request_review:
    types: [submitted, dismissed]

permissions:
  contents: read
  pull-requests: write # the sticky plan comment; reviews and labels are read

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
${PAGERDUTY_INPUT}
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
  issues: write # break-glass review issues: opened, answered, closed
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
${PAGERDUTY_INPUT}
`;
var EXPIRE_WORKFLOW = `# Revocation on a schedule: every 10 minutes push the policy as it is now (expired grants out,
# scheduled grants in), then keep one pull request deleting the expired grant files. It also
# runs on a comment on a break-glass review issue: an approver's /revoke takes the grant out at
# once and opens the pull request deleting its file; /approve is recorded and the issue closed.
# GitHub's cron is best effort; for expiry to the second, see enforce: posture.
${PIN_NOTE}
name: tailpolicy-expire

on:
  schedule:
    - cron: '*/10 * * * *'
  workflow_dispatch:
  issue_comment:
    types: [created] # /approve and /revoke on break-glass review issues

concurrency:
  group: tailpolicy-tailnet # shared with apply: writes to the tailnet never overlap
  cancel-in-progress: false

permissions:
  contents: write # the cleanup branch and its verified commit
  pull-requests: write # the cleanup pull request, and the one deleting a revoked break-glass grant
  issues: write # break-glass review issues: opened, answered, closed
  # id-token: write # only with workload identity federation (the audience input)

jobs:
  expire:
    # Comments only on break-glass review issues; manual runs only on the default branch: a run
    # elsewhere must never push that branch's grants.
    if: >-
      \${{ github.event_name == 'schedule' ||
      (github.event_name == 'issue_comment' && !github.event.issue.pull_request &&
      contains(github.event.issue.labels.*.name, 'tailpolicy/break-glass-review')) ||
      (github.event_name == 'workflow_dispatch' && github.ref_name == github.event.repository.default_branch) }}
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
${PAGERDUTY_INPUT}
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
  issues: read # break-glass review issues and their /approve and /revoke comments

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
${PAGERDUTY_INPUT}
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
${stringify(form, { lineWidth: 0 })}`;
}

// src/cli/init.ts
async function initCommand(o, io) {
  const files = /* @__PURE__ */ new Map();
  const notes = [];
  const existingPolicy = await policyFiles((0, import_node_path.join)(o.root, o.policyDir));
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
  const accessText = await readIfExists((0, import_node_path.join)(o.root, accessPath));
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
    const abs = (0, import_node_path.join)(o.root, path);
    if (!o.force && await readIfExists(abs) !== void 0) {
      skipped.push(path);
      continue;
    }
    try {
      await (0, import_promises.mkdir)((0, import_node_path.dirname)(abs), { recursive: true });
      await (0, import_promises.writeFile)(abs, text);
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
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return void 0;
    throw new UserError(`cannot read ${path}: ${code ?? e.message}`);
  }
}
async function policyFiles(dir) {
  try {
    const entries = await (0, import_promises.readdir)(dir, { recursive: true });
    return entries.filter((e) => formatOf(e) && !/(^|\/)(access|dns)\.ya?ml$/.test(e) && !e.startsWith("."));
  } catch {
    return [];
  }
}
function resourcesOf(accessText) {
  try {
    const doc = parse(accessText);
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

// src/cli/init-command.ts
async function run(args, io) {
  noArguments(args);
  const dirs = { policyDir: args.policyDir, grantsDir: args.grantsDir };
  return initCommand({ root: args.root, ...dirs, force: args.force, apiUrl: args.apiUrl, env: io.env }, io);
}
export {
  run
};
