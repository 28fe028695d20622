/**
 * The JSON Schemas of tailpolicy's own files: grant files, access.yaml, dns.yaml and tailpolicy.yaml.
 *
 * This module is the single source of truth. ajv checks files against these objects, the build
 * writes them to `schemas/*.schema.json` for editors (a test keeps the published copies equal),
 * and `satisfies Record<keyof T, …>` ties each schema's property list to its TypeScript type, so
 * a field added to one and not the other fails the type check.
 */
import { VERSION } from '../shared/version.js';

/** Login names (`alice@example.com`) or groups of the policy (`group:sre`). */
export type Principal = string;

export interface GrantDoc {
  grantees: Principal | Principal[];
  resource?: string;
  reason: string;
  /** Exactly one of `expires` and `duration` (checked in grants.ts, with messages that say which). */
  expires?: string;
  /** Counted from the moment the file reached the default branch (SPEC 1.2). */
  duration?: string;
  starts?: string;
  ticket?: string;
  grants?: Record<string, unknown>[];
  ssh?: Record<string, unknown>[];
}

export interface ResourceDoc {
  description?: string;
  grants?: Record<string, unknown>[];
  ssh?: Record<string, unknown>[];
  maxDuration: string;
  eligible?: Principal[];
  approvers: Principal[];
  approvals?: number;
  ticket?: string;
  enforce?: 'posture';
  /** Mention the grantees this long before a grant's expiry (SPEC 1.3). */
  reminder?: string;
  standing?: 'none';
  /** Approval by a fact instead of a reviewer (SPEC 1.3). */
  autoApprove?: { onCall: { pagerduty: { schedules: string[] }; maxDuration: string } };
  /** Access now, review after (SPEC 1.3). */
  breakGlass?: { maxDuration: string; reviewWithin: string };
  /** With tailpolicy.yaml: the target (tailnet entry) the resource lives in (SPEC 1.3, 1.5). */
  tailnet?: string;
}

export interface InlineDoc {
  maxDuration: string;
  eligible?: Principal[];
  approvers: Principal[];
  approvals?: number;
  ticket?: string;
  enforce?: 'posture';
}

export interface AccessDoc {
  people?: Record<string, string>;
  resources?: Record<string, ResourceDoc>;
  inline?: InlineDoc;
  enforce?: 'posture';
  /** The default `reminder` of every resource. */
  reminder?: string;
}

export interface DnsDoc {
  splitDNS?: Record<string, string[]>;
  nameservers?: string[];
  searchPaths?: string[];
  magicDNS?: boolean;
}

/** One tailnet of tailpolicy.yaml (SPEC 1.5). */
export interface TargetDoc {
  /** The API's tailnet name, or "-" (the credential's own). */
  tailnet: string;
  /** Fragment folders, merged in this order; a single folder may be a string. */
  policy: string | string[];
  grants: string;
}

export interface TargetsDoc {
  tailnets: Record<string, TargetDoc>;
}

/**
 * Where the published schemas live: the npm package's own files, served by unpkg at the exact
 * version. npm versions are immutable, so the `$id` of a schema names one content for ever, it
 * exists as soon as the release is published (no second upload, no GitHub owner to know), and
 * the same URL is what `tailpolicy init` writes into `# yaml-language-server: $schema=` lines.
 */
export const SCHEMA_BASE = `https://unpkg.com/tailpolicy@${VERSION}/schemas`;

/**
 * The published schemas use only standard JSON Schema (draft-07) keywords, so any tool (a stock
 * ajv, ajv-cli, yaml-language-server, check-jsonschema) can load them: each value tailpolicy
 * has a grammar for is a `pattern` with a description saying what is wanted. shape.ts turns a
 * failed pattern of these into tailpolicy's own message, and checks the two things a pattern
 * cannot (a real calendar date, a compilable regular expression) after the schema.
 */
export const PATTERNS = {
  principal: '^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$',
  /** Who may approve or be eligible: a principal, or a GitHub team `team:<org>/<slug>`. */
  approver:
    '^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$',
  login: '^[^\\s@:]+@[^\\s@:]+$',
  duration: '^[1-9][0-9]{0,5}[mhd]$',
  timestamp:
    '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9]' +
    '(?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$',
  domain: '^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$',
  resolver:
    '^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])' +
    '|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$',
  /** A target's name: it becomes part of a branch name (tailpolicy/expired-<name>). */
  target: '^[a-z0-9][a-z0-9_-]{0,39}$',
  /** A folder of the repository, relative, with no "." or ".." part. */
  folder: '^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$',
} as const;

export type PatternKind = keyof typeof PATTERNS;

const principal = {
  type: 'string',
  pattern: PATTERNS.principal,
  description: 'A login name (alice@example.com) or a group of the policy (group:sre).',
} as const;

const principals = { type: 'array', items: principal, minItems: 1, uniqueItems: true } as const;

const approver = {
  type: 'string',
  pattern: PATTERNS.approver,
  description:
    'A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), ' +
    "whose membership is read through GitHub's API (the token needs the organization permission members: read).",
} as const;

const approvers = { type: 'array', items: approver, minItems: 1, uniqueItems: true } as const;

const duration = {
  type: 'string',
  pattern: PATTERNS.duration,
  description: 'A duration in whole minutes, hours or days: 90m, 8h or 7d.',
} as const;

/** A time; shape.ts also checks it is a real one (no 30 February). */
export const timestamp = {
  type: 'string',
  pattern: PATTERNS.timestamp,
  description: 'An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused.',
} as const;

/** A regular expression; shape.ts checks it compiles (JavaScript syntax, with the u flag). */
export const regex = {
  type: 'string',
  minLength: 1,
  description:
    'A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$.',
} as const;

const domain = {
  type: 'string',
  pattern: PATTERNS.domain,
  description: 'A domain name, e.g. corp.example.com.',
} as const;

const resolver = {
  type: 'string',
  pattern: PATTERNS.resolver,
  description: 'A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://…).',
} as const;

const ruleList = (what: string) =>
  ({
    type: 'array',
    minItems: 1,
    description: `Tailscale ${what} entries without "src": the grantees become the source.`,
    items: { type: 'object', not: { required: ['src'] } },
  }) as const;

const enforce = {
  enum: ['posture'],
  description:
    'posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs.',
} as const;

export const grantSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}/grant.schema.json`,
  title: 'tailpolicy grant',
  description: 'One time-bound access grant (a file under grants/).',
  type: 'object',
  additionalProperties: false,
  required: ['grantees', 'reason'],
  // A grant ends: `expires`, or `duration` counted from the merge, never both, and `starts` never
  // with `duration`. For editors; buildGrant reports these itself, with the fix.
  anyOf: [{ required: ['expires'] }, { required: ['duration'] }],
  not: { anyOf: [{ required: ['expires', 'duration'] }, { required: ['starts', 'duration'] }] },
  properties: {
    grantees: {
      description: 'Who gets access: login names or groups of the policy; a single string or a list.',
      anyOf: [principal, principals],
    },
    resource: { type: 'string', minLength: 1, description: 'A resource named in policy/access.yaml.' },
    reason: { type: 'string', minLength: 1, maxLength: 1000, description: 'Why the access is needed.' },
    expires: timestamp,
    duration: {
      ...duration,
      description:
        'Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d).',
    },
    starts: timestamp,
    ticket: { type: 'string', minLength: 1, maxLength: 200, description: 'A ticket or incident id.' },
    grants: ruleList('grant'),
    ssh: ruleList('SSH rule'),
  } satisfies Record<keyof GrantDoc, object>,
} as const;

const approvalFields = {
  maxDuration: duration,
  eligible: { ...approvers, description: 'Who may be a grantee (default: anyone).' },
  approvers: { ...approvers, description: 'Whose approving review counts.' },
  approvals: { type: 'integer', minimum: 1, maximum: 10, description: 'How many distinct approvers (default 1).' },
  ticket: regex,
  enforce,
} as const;

const reminder = {
  ...duration,
  description:
    "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it.",
} as const;

export const accessSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}/access.schema.json`,
  title: 'tailpolicy access.yaml',
  description: 'Requestable resources, their approvers and limits, and the people who approve.',
  type: 'object',
  additionalProperties: false,
  properties: {
    people: {
      type: 'object',
      description: 'Login name -> GitHub login, for approvals and mentions.',
      propertyNames: { pattern: PATTERNS.login, description: 'A login name, e.g. alice@example.com.' },
      additionalProperties: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$' },
    },
    resources: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9][a-z0-9._-]{0,62}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['maxDuration', 'approvers'],
        anyOf: [{ required: ['grants'] }, { required: ['ssh'] }],
        properties: {
          description: { type: 'string' },
          grants: ruleList('grant'),
          ssh: ruleList('SSH rule'),
          ...approvalFields,
          reminder,
          autoApprove: {
            type: 'object',
            additionalProperties: false,
            required: ['onCall'],
            description: 'Approval given by a fact instead of a reviewer.',
            properties: {
              onCall: {
                type: 'object',
                additionalProperties: false,
                required: ['pagerduty', 'maxDuration'],
                description:
                  "A grant whose requester (the PR's author, through people) is on call on one of the schedules, " +
                  'at the check and again at merge, needs no reviewer (the token: pagerduty-token / PAGERDUTY_TOKEN).',
                properties: {
                  pagerduty: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['schedules'],
                    properties: {
                      schedules: {
                        type: 'array',
                        minItems: 1,
                        uniqueItems: true,
                        items: { type: 'string', pattern: '^[A-Z0-9]{2,20}$', description: 'A PagerDuty schedule id.' },
                      },
                    },
                  },
                  maxDuration: { ...duration, description: 'Auto-approved grants are capped tighter (90m, 2h).' },
                },
              },
            },
          },
          breakGlass: {
            type: 'object',
            additionalProperties: false,
            required: ['maxDuration', 'reviewWithin'],
            description:
              'Access now, review after: a grant whose PR carries the label break-glass and lasts at most maxDuration is applied on merge without approval; an approver reviews it within reviewWithin.',
            properties: {
              maxDuration: { ...duration, description: 'The longest a break-glass grant may last (90m, 1h).' },
              reviewWithin: { ...duration, description: 'How soon after the merge an approver must review it (24h).' },
            },
          },
          tailnet: {
            type: 'string',
            pattern: PATTERNS.target,
            description:
              "With tailpolicy.yaml: the target (tailnet entry) this resource lives in; its grants go in that target's grants folder.",
          },
          standing: {
            enum: ['none'],
            description:
              "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error.",
          },
        } satisfies Record<keyof ResourceDoc, object>,
      },
    },
    inline: {
      type: 'object',
      additionalProperties: false,
      required: ['maxDuration', 'approvers'],
      description: 'When present, grant files may carry their own rules; these limits and approvers apply.',
      properties: approvalFields satisfies Record<keyof InlineDoc, object>,
    },
    enforce,
    reminder: { ...reminder, description: `${reminder.description} The default for every resource.` },
  } satisfies Record<keyof AccessDoc, object>,
} as const;

export const dnsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}/dns.schema.json`,
  title: 'tailpolicy dns.yaml',
  description: 'DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.',
  type: 'object',
  additionalProperties: false,
  properties: {
    splitDNS: {
      type: 'object',
      description: 'Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.',
      propertyNames: { pattern: PATTERNS.domain, description: 'A domain name, e.g. corp.example.com.' },
      additionalProperties: { type: 'array', minItems: 1, items: resolver },
    },
    nameservers: { type: 'array', items: resolver },
    searchPaths: { type: 'array', items: domain },
    magicDNS: { type: 'boolean' },
  } satisfies Record<keyof DnsDoc, object>,
} as const;

const folder = {
  type: 'string',
  pattern: PATTERNS.folder,
  description: 'A folder of the repository, relative to its root, e.g. policy/prod.',
} as const;

export const targetsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SCHEMA_BASE}/tailpolicy.schema.json`,
  title: 'tailpolicy.yaml',
  description:
    'Several tailnets from one repository: each target names its tailnet, its fragment folders and its grants folder.',
  type: 'object',
  additionalProperties: false,
  required: ['tailnets'],
  properties: {
    tailnets: {
      type: 'object',
      minProperties: 1,
      description: 'The targets, by name; every command and mode takes target / --target NAME.',
      propertyNames: {
        pattern: PATTERNS.target,
        description:
          'A target name: lower-case letters, digits, - and _ (it names the branch tailpolicy/expired-<name>).',
      },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['tailnet', 'policy', 'grants'],
        properties: {
          tailnet: {
            type: 'string',
            minLength: 1,
            description: 'The tailnet, as the API names it (example.com), or "-" for the credential\'s own.',
          },
          policy: {
            description:
              'The fragment folders of this tailnet, merged in this order (e.g. [policy/common, policy/prod]).',
            anyOf: [folder, { type: 'array', items: folder, minItems: 1, uniqueItems: true }],
          },
          grants: { ...folder, description: "This tailnet's grants folder; no other target may share it." },
        } satisfies Record<keyof TargetDoc, object>,
      },
    },
  } satisfies Record<keyof TargetsDoc, object>,
} as const;

export const schemas = {
  'grant.schema.json': grantSchema,
  'access.schema.json': accessSchema,
  'dns.schema.json': dnsSchema,
  'tailpolicy.schema.json': targetsSchema,
} as const;
