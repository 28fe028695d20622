/**
 * The JSON Schemas of tailpolicy's own files: grant files, access.yaml and dns.yaml.
 *
 * This module is the single source of truth. ajv checks files against these objects, the build
 * writes them to `schemas/*.schema.json` for editors (a test keeps the published copies equal),
 * and `satisfies Record<keyof T, …>` ties each schema's property list to its TypeScript type, so
 * a field added to one and not the other fails the type check.
 */

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
}

export interface DnsDoc {
  splitDNS?: Record<string, string[]>;
  nameservers?: string[];
  searchPaths?: string[];
  magicDNS?: boolean;
}

const SCHEMA_BASE = 'https://raw.githubusercontent.com/tailpolicy/tailpolicy/main/schemas';

const principal = {
  type: 'string',
  format: 'tailpolicy-principal',
  description: 'A login name (alice@example.com) or a group of the policy (group:sre).',
} as const;

const principals = { type: 'array', items: principal, minItems: 1, uniqueItems: true } as const;

const duration = {
  type: 'string',
  format: 'tailpolicy-duration',
  description: 'A duration: 90m, 8h or 7d.',
} as const;

const timestamp = {
  type: 'string',
  format: 'tailpolicy-timestamp',
  description: 'An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused.',
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
  eligible: { ...principals, description: 'Who may be a grantee (default: anyone).' },
  approvers: { ...principals, description: 'Whose approving review counts.' },
  approvals: { type: 'integer', minimum: 1, maximum: 10, description: 'How many distinct approvers (default 1).' },
  ticket: {
    type: 'string',
    minLength: 1,
    format: 'tailpolicy-regex',
    description: 'A regular expression; a grant must then carry a matching ticket.',
  },
  enforce,
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
      propertyNames: { format: 'tailpolicy-login' },
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
      propertyNames: { format: 'tailpolicy-domain' },
      additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', format: 'tailpolicy-resolver' } },
    },
    nameservers: { type: 'array', items: { type: 'string', format: 'tailpolicy-resolver' } },
    searchPaths: { type: 'array', items: { type: 'string', format: 'tailpolicy-domain' } },
    magicDNS: { type: 'boolean' },
  } satisfies Record<keyof DnsDoc, object>,
} as const;

export const schemas = {
  'grant.schema.json': grantSchema,
  'access.schema.json': accessSchema,
  'dns.schema.json': dnsSchema,
} as const;
