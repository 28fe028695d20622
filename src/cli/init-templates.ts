/**
 * The files `tailpolicy init` writes (SPEC 2.8): a starter policy, access.yaml, an example grant,
 * the four workflows pinned to this version, and the access-request issue form. The schema
 * lines point at the published schemas of this exact version, so they work in any repository.
 */
import { stringify } from 'yaml';
import { SCHEMA_BASE } from '../policy/schemas.js';
import { ACTION_REPOSITORY, VERSION } from '../shared/version.js';

export const schemaLine = (name: 'grant' | 'access' | 'dns') =>
  `# yaml-language-server: $schema=${SCHEMA_BASE}/${name}.schema.json\n`;

/** The action, pinned to the release this CLI is. */
export const ACTION_REF = `${ACTION_REPOSITORY}@v${VERSION}`;

// actions/checkout pinned by commit, as in tailpolicy's own workflows.
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';
const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2';
const PIN_NOTE = `# tailpolicy ${VERSION}, as written by \`tailpolicy init\`. For an immutable pin, replace the tag
# with the commit it points at: uses: ${ACTION_REPOSITORY}@<40-character SHA> # v${VERSION}`;

export const STARTER_POLICY = `// The base policy of this tailnet, in tailpolicy's fragments: every *.hujson, *.json and *.yaml
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

export const STARTER_ACCESS = `${schemaLine('access')}# What can be requested through grants/, who approves it, and for how long.
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

/** For a policy fetched from the tailnet: nothing requestable yet, and how to add it. */
export const EMPTY_ACCESS = `${schemaLine('access')}# What can be requested through grants/, who approves it, and for how long. For example:
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

export const EXAMPLE_GRANT = `${schemaLine('grant')}# An example grant. To ask for access, copy it to grants/<you>-<resource>.yaml, fill it in and
# open a pull request; an approver's review and the merge grant it until \`expires\`.
# (tailpolicy ignores files whose name starts with a dot, such as this one.)
grantees: [admin@example.com] # login names or groups of the policy
resource: prod-ssh # a resource of policy/access.yaml
reason: "INC-1234: look at the failed deploy"
ticket: INC-1234 # optional, unless the resource asks for one
expires: 2026-11-22T02:00:00Z # RFC 3339 with Z or an offset; a bare date is refused
`;

/** Optional: only resources with autoApprove.onCall need it; an unset secret is an empty input. */
const PAGERDUTY_INPUT = `          pagerduty-token: \${{ secrets.PAGERDUTY_TOKEN }} # optional: autoApprove.onCall (a read-only key)`;

export const CHECK_WORKFLOW = `# The access request's review: on every pull request and every review, compile and validate
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

const TAILNET_INPUTS = `          oauth-client-id: \${{ secrets.TS_OAUTH_CLIENT_ID }}
          oauth-client-secret: \${{ secrets.TS_OAUTH_CLIENT_SECRET }}
          tailnet: \${{ vars.TS_TAILNET || '-' }}`;

export const APPLY_WORKFLOW = `# Access granted on merge: compile, validate offline and with Tailscale, stop if the live policy
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

export const EXPIRE_WORKFLOW = `# Revocation on a schedule: every 10 minutes push the policy as it is now (expired grants out,
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

export const AUDIT_WORKFLOW = `# Audit evidence on demand (Actions tab, Run workflow): one row per grant event from the Git
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

/** The access-request issue form, with the resources of access.yaml as a dropdown. */
export function requestForm(resources: { name: string; description?: string }[]): string {
  const resourceField =
    resources.length > 0
      ? {
          type: 'dropdown',
          id: 'resource',
          attributes: {
            label: 'Resource',
            description: resources.map((r) => `**${r.name}**${r.description ? `: ${r.description}` : ''}`).join('\n'),
            options: resources.map((r) => r.name),
          },
          validations: { required: true },
        }
      : {
          type: 'input',
          id: 'resource',
          attributes: { label: 'Resource', description: 'A resource of policy/access.yaml.' },
          validations: { required: true },
        };
  const form = {
    name: 'Request access',
    description: 'Time-bound access to the tailnet, approved by review of the pull request that grants it.',
    title: 'Access request',
    labels: ['access-request'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            'This request becomes a pull request adding a grant file under `grants/`. It is granted when an ' +
            'approver of the resource approves that pull request and it merges, and it ends at its expiry.',
        },
      },
      resourceField,
      {
        type: 'input',
        id: 'duration',
        attributes: {
          label: 'For how long',
          description: "A duration: 90m, 4h or 2d, at most the resource's maxDuration.",
          placeholder: '4h',
        },
        validations: { required: true },
      },
      {
        type: 'textarea',
        id: 'reason',
        attributes: { label: 'Reason', description: 'Why you need the access; it is kept as audit evidence.' },
        validations: { required: true },
      },
      {
        type: 'input',
        id: 'ticket',
        attributes: { label: 'Ticket', description: 'An incident or ticket id, if the resource asks for one.' },
        validations: { required: false },
      },
    ],
  };
  return `# The access-request form (tailpolicy ${VERSION}); its resources are those of policy/access.yaml.\n${stringify(form, { lineWidth: 0 })}`;
}
