import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-LHDYXOMR.js";

// src/policy/schemas.ts
var SCHEMA_BASE = `https://unpkg.com/tailpolicy@${VERSION}/schemas`;
var PATTERNS = {
  principal: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$",
  /** Who may approve or be eligible: a principal, or a GitHub team `team:<org>/<slug>`. */
  approver: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$",
  login: "^[^\\s@:]+@[^\\s@:]+$",
  duration: "^[1-9][0-9]{0,5}[mhd]$",
  timestamp: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$",
  domain: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$",
  resolver: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$",
  /** A target's name: it becomes part of a branch name (tailpolicy/expired-<name>). */
  target: "^[a-z0-9][a-z0-9_-]{0,39}$",
  /** A folder of the repository, relative, with no "." or ".." part. */
  folder: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"
};
var principal = {
  type: "string",
  pattern: PATTERNS.principal,
  description: "A login name (alice@example.com) or a group of the policy (group:sre)."
};
var principals = { type: "array", items: principal, minItems: 1, uniqueItems: true };
var approver = {
  type: "string",
  pattern: PATTERNS.approver,
  description: "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)."
};
var approvers = { type: "array", items: approver, minItems: 1, uniqueItems: true };
var duration = {
  type: "string",
  pattern: PATTERNS.duration,
  description: "A duration in whole minutes, hours or days: 90m, 8h or 7d."
};
var timestamp = {
  type: "string",
  pattern: PATTERNS.timestamp,
  description: "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused."
};
var regex = {
  type: "string",
  minLength: 1,
  description: "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$."
};
var domain = {
  type: "string",
  pattern: PATTERNS.domain,
  description: "A domain name, e.g. corp.example.com."
};
var resolver = {
  type: "string",
  pattern: PATTERNS.resolver,
  description: "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)."
};
var ruleList = (what) => ({
  type: "array",
  minItems: 1,
  description: `Tailscale ${what} entries without "src": the grantees become the source.`,
  items: { type: "object", not: { required: ["src"] } }
});
var enforce = {
  enum: ["posture"],
  description: "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs."
};
var grantSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/grant.schema.json`,
  title: "tailpolicy grant",
  description: "One time-bound access grant (a file under grants/).",
  type: "object",
  additionalProperties: false,
  required: ["grantees", "reason"],
  // A grant ends: `expires`, or `duration` counted from the merge, never both, and `starts` never
  // with `duration`. For editors; buildGrant reports these itself, with the fix.
  anyOf: [{ required: ["expires"] }, { required: ["duration"] }],
  not: { anyOf: [{ required: ["expires", "duration"] }, { required: ["starts", "duration"] }] },
  properties: {
    grantees: {
      description: "Who gets access: login names or groups of the policy; a single string or a list.",
      anyOf: [principal, principals]
    },
    resource: { type: "string", minLength: 1, description: "A resource named in policy/access.yaml." },
    reason: { type: "string", minLength: 1, maxLength: 1e3, description: "Why the access is needed." },
    expires: timestamp,
    duration: {
      ...duration,
      description: "Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d)."
    },
    starts: timestamp,
    ticket: { type: "string", minLength: 1, maxLength: 200, description: "A ticket or incident id." },
    grants: ruleList("grant"),
    ssh: ruleList("SSH rule")
  }
};
var approvalFields = {
  maxDuration: duration,
  eligible: { ...approvers, description: "Who may be a grantee (default: anyone)." },
  approvers: { ...approvers, description: "Whose approving review counts." },
  approvals: { type: "integer", minimum: 1, maximum: 10, description: "How many distinct approvers (default 1)." },
  ticket: regex,
  enforce
};
var reminder = {
  ...duration,
  description: "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it."
};
var accessSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/access.schema.json`,
  title: "tailpolicy access.yaml",
  description: "Requestable resources, their approvers and limits, and the people who approve.",
  type: "object",
  additionalProperties: false,
  properties: {
    people: {
      type: "object",
      description: "Login name -> GitHub login, for approvals and mentions.",
      propertyNames: { pattern: PATTERNS.login, description: "A login name, e.g. alice@example.com." },
      additionalProperties: { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }
    },
    resources: {
      type: "object",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["maxDuration", "approvers"],
        anyOf: [{ required: ["grants"] }, { required: ["ssh"] }],
        properties: {
          description: { type: "string" },
          grants: ruleList("grant"),
          ssh: ruleList("SSH rule"),
          ...approvalFields,
          reminder,
          autoApprove: {
            type: "object",
            additionalProperties: false,
            required: ["onCall"],
            description: "Approval given by a fact instead of a reviewer.",
            properties: {
              onCall: {
                type: "object",
                additionalProperties: false,
                required: ["pagerduty", "maxDuration"],
                description: "A grant whose requester (the PR's author, through people) is on call on one of the schedules, at the check and again at merge, needs no reviewer (the token: pagerduty-token / PAGERDUTY_TOKEN).",
                properties: {
                  pagerduty: {
                    type: "object",
                    additionalProperties: false,
                    required: ["schedules"],
                    properties: {
                      schedules: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: true,
                        items: { type: "string", pattern: "^[A-Z0-9]{2,20}$", description: "A PagerDuty schedule id." }
                      }
                    }
                  },
                  maxDuration: { ...duration, description: "Auto-approved grants are capped tighter (90m, 2h)." }
                }
              }
            }
          },
          breakGlass: {
            type: "object",
            additionalProperties: false,
            required: ["maxDuration", "reviewWithin"],
            description: "Access now, review after: a grant whose PR carries the label break-glass and lasts at most maxDuration is applied on merge without approval; an approver reviews it within reviewWithin.",
            properties: {
              maxDuration: { ...duration, description: "The longest a break-glass grant may last (90m, 1h)." },
              reviewWithin: { ...duration, description: "How soon after the merge an approver must review it (24h)." }
            }
          },
          tailnet: {
            type: "string",
            pattern: PATTERNS.target,
            description: "With tailpolicy.yaml: the target (tailnet entry) this resource lives in; its grants go in that target's grants folder."
          },
          standing: {
            enum: ["none"],
            description: "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error."
          }
        }
      }
    },
    inline: {
      type: "object",
      additionalProperties: false,
      required: ["maxDuration", "approvers"],
      description: "When present, grant files may carry their own rules; these limits and approvers apply.",
      properties: approvalFields
    },
    enforce,
    reminder: { ...reminder, description: `${reminder.description} The default for every resource.` }
  }
};
var dnsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/dns.schema.json`,
  title: "tailpolicy dns.yaml",
  description: "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.",
  type: "object",
  additionalProperties: false,
  properties: {
    splitDNS: {
      type: "object",
      description: "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.",
      propertyNames: { pattern: PATTERNS.domain, description: "A domain name, e.g. corp.example.com." },
      additionalProperties: { type: "array", minItems: 1, items: resolver }
    },
    nameservers: { type: "array", items: resolver },
    searchPaths: { type: "array", items: domain },
    magicDNS: { type: "boolean" }
  }
};
var folder = {
  type: "string",
  pattern: PATTERNS.folder,
  description: "A folder of the repository, relative to its root, e.g. policy/prod."
};
var targetsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/tailpolicy.schema.json`,
  title: "tailpolicy.yaml",
  description: "Several tailnets from one repository: each target names its tailnet, its fragment folders and its grants folder.",
  type: "object",
  additionalProperties: false,
  required: ["tailnets"],
  properties: {
    tailnets: {
      type: "object",
      minProperties: 1,
      description: "The targets, by name; every command and mode takes target / --target NAME.",
      propertyNames: {
        pattern: PATTERNS.target,
        description: "A target name: lower-case letters, digits, - and _ (it names the branch tailpolicy/expired-<name>)."
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["tailnet", "policy", "grants"],
        properties: {
          tailnet: {
            type: "string",
            minLength: 1,
            description: `The tailnet, as the API names it (example.com), or "-" for the credential's own.`
          },
          policy: {
            description: "The fragment folders of this tailnet, merged in this order (e.g. [policy/common, policy/prod]).",
            anyOf: [folder, { type: "array", items: folder, minItems: 1, uniqueItems: true }]
          },
          grants: { ...folder, description: "This tailnet's grants folder; no other target may share it." }
        }
      }
    }
  }
};

export {
  SCHEMA_BASE,
  PATTERNS,
  timestamp,
  regex,
  grantSchema,
  accessSchema,
  dnsSchema,
  targetsSchema
};
