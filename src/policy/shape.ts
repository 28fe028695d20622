/**
 * Layer 2 of validation: the shape of tailpolicy's own files, checked against the schemas in
 * src/policy/schemas.ts (by validators.ts: ajv compiles them in the sources, the bundle carries
 * them precompiled), with errors turned into findings a user can act on (the field, the
 * line, and what to write instead).
 */
import type { ErrorObject } from 'ajv';
import { error, type Finding, type JsonPath, type Locator } from '../shared/findings.js';
import { closest } from '../shared/suggest.js';
import { unsafePattern } from '../shared/safe-pattern.js';
import { isBareDate, parseDuration, parseTimestamp } from '../shared/time.js';
import {
  accessSchema,
  dnsSchema,
  grantSchema,
  PATTERNS,
  regex,
  targetsSchema,
  timestamp,
  type PatternKind,
} from './schemas.js';
import { validators, type FileKind } from './validators.js';

export type { FileKind };

/**
 * What each kind of value must be, and what to say when it is not. The published schemas carry
 * these as plain `pattern`s (any tool can check them); a failed one is reported with the message
 * here, and `test` is also run after the schema on timestamps and regular expressions, whose
 * validity no pattern can express.
 */
type Kind = PatternKind | 'regex';
export const formats: Record<Kind, { test: (s: string) => boolean; message: (s: string) => string }> = {
  timestamp: {
    test: (s) => parseTimestamp(s) !== undefined,
    message: (s) =>
      isBareDate(s)
        ? `"${s}" is a bare date; write a time with a zone, e.g. ${s}T18:00:00Z, so the expiry means the same everywhere.`
        : `"${s}" is not an RFC 3339 time with a zone; write e.g. 2026-11-22T02:00:00Z or 2026-11-22T03:00:00+01:00.`,
  },
  duration: {
    test: (s) => parseDuration(s) !== undefined,
    message: (s) => `"${s}" is not a duration; write whole minutes, hours or days: 90m, 8h, 7d.`,
  },
  principal: {
    test: (s) => /^group:[A-Za-z0-9][\w.@-]*$/.test(s) || /^[^\s@:]+@[^\s@:]+$/.test(s),
    message: (s) => `"${s}" is neither a login name (alice@example.com) nor a group of the policy (group:sre).`,
  },
  approver: {
    test: (s) => new RegExp(PATTERNS.approver, 'u').test(s),
    message: (s) =>
      `"${s}" is neither a login name (alice@example.com), a group of the policy (group:sre), ` +
      `nor a GitHub team (team:acme/sre).`,
  },
  login: {
    test: (s) => /^[^\s@:]+@[^\s@:]+$/.test(s),
    message: (s) => `"${s}" is not a login name; write it as it appears in Tailscale, e.g. alice@example.com.`,
  },
  regex: {
    test: (s) => {
      try {
        new RegExp(s, 'u');
      } catch {
        return false;
      }
      return unsafePattern(s) === undefined;
    },
    message: (s) => {
      try {
        new RegExp(s, 'u');
      } catch {
        return `"${s}" is not a valid regular expression.`;
      }
      return `"${s}" is refused as a ticket pattern: ${unsafePattern(s)}. Write it without nesting, e.g. ^INC-[0-9]+$.`;
    },
  },
  domain: {
    test: (s) => /^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$/.test(s),
    message: (s) => `"${s}" is not a domain name (e.g. corp.example.com).`,
  },
  target: {
    test: (s) => new RegExp(PATTERNS.target).test(s),
    message: (s) =>
      `"${s}" is not a target name; use lower-case letters, digits, - and _ (at most 40), e.g. prod: ` +
      'it names the cleanup branch tailpolicy/expired-<name>.',
  },
  folder: {
    test: (s) => new RegExp(PATTERNS.folder).test(s),
    message: (s) =>
      `"${s}" is not a folder of the repository; write it relative to the repository's root, ` +
      'without "." or ".." parts, e.g. policy/prod.',
  },
  resolver: {
    test: (s) => isIpAddress(s) || /^https:\/\/\S+$/.test(s),
    message: (s) => `"${s}" is not a resolver address; write an IP address (10.0.0.53) or a DoH URL (https://…).`,
  },
};

function isIpAddress(s: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split('.').every((p) => Number(p) <= 255);
  return /^[0-9a-fA-F:]+$/.test(s) && s.includes(':') && s.split('::').length <= 2;
}

const what: Record<FileKind, string> = {
  grant: 'grant file',
  access: 'access.yaml',
  dns: 'dns.yaml',
  targets: 'tailpolicy.yaml',
};

/** Checks `value` against the schema of `kind`; findings point at the offending field. */
export function validateShape(kind: FileKind, value: unknown, locate: Locator): Finding[] {
  const validate = validators()[kind];
  const findings = validate(value) ? [] : simplify(validate.errors ?? []).map((e) => toFinding(kind, e, locate));
  return [...findings, ...postCheck(schemaOf[kind], value, [], locate)];
}

const schemaOf: Record<FileKind, object> = {
  grant: grantSchema,
  access: accessSchema,
  dns: dnsSchema,
  targets: targetsSchema,
};
const timestampForm = new RegExp(PATTERNS.timestamp, 'u');
const kindOfPattern = new Map<string, Kind>(Object.entries(PATTERNS).map(([k, p]) => [p, k as Kind]));

/**
 * The checks no pattern can make: a timestamp that has the form but is not a real time
 * (2026-02-30T10:00:00Z), and a regular expression that does not compile. Walks the schema
 * beside the value, so each such field is found wherever the schema puts it; values that fail
 * their pattern were already reported by the schema check.
 */
function postCheck(schema: unknown, value: unknown, path: JsonPath, locate: Locator): Finding[] {
  const out: Finding[] = [];
  postCheckInto(schema, value, [...path], locate, out);
  return out;
}

// One list of findings and one path, pushed and popped as the walk goes: the flatMaps and path
// copies this replaces were most of the shape check of a 10,000-grant repository.
function postCheckInto(
  schema: unknown,
  value: unknown,
  path: Array<string | number>,
  locate: Locator,
  out: Finding[],
): void {
  const s = schema as {
    properties?: Record<string, unknown>;
    additionalProperties?: unknown;
    items?: unknown;
    anyOf?: unknown[];
  };
  if (typeof value === 'string') {
    const kind = schema === timestamp ? 'timestamp' : schema === regex ? 'regex' : undefined;
    if (kind && (kind === 'regex' || timestampForm.test(value)) && !formats[kind].test(value)) {
      out.push(formatFinding(formats[kind].message(value), [...path], locate));
      return;
    }
    for (const branch of s.anyOf ?? []) postCheckInto(branch, value, path, locate, out);
    return;
  }
  if (Array.isArray(value)) {
    const items = s.items ?? (s.anyOf?.find((b) => (b as typeof s).items) as typeof s | undefined)?.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      postCheckInto(items, value[i], path, locate, out);
      path.pop();
    }
    return;
  }
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      const sub =
        s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (!sub) continue;
      path.push(k);
      postCheckInto(sub, (value as Record<string, unknown>)[k], path, locate, out);
      path.pop();
    }
  }
}

function formatFinding(message: string, path: JsonPath, locate: Locator): Finding {
  const field = path.length ? String(path[path.length - 1]) : undefined;
  return error('schema/format', `${field ? `"${field}": ` : ''}${message}`, locate(path));
}

/**
 * ajv reports every branch of an `anyOf`; users want the one that matters. Keep the errors at the
 * deepest path for each branch of the document, drop the `anyOf` summaries, and one per place.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  // The grant's top-level `anyOf`/`not` (expires or duration, SPEC 1.2) are for editors; buildGrant
  // reports those rules itself with a message that says what to write.
  // A bad key is reported by its pattern, with what to write; ajv's "property name must be valid" says it again.
  const all = errors.filter(
    (e) =>
      e.keyword !== 'anyOf' &&
      e.keyword !== 'if' &&
      e.keyword !== 'propertyNames' &&
      !/^#\/(anyOf|not)(\/|$)/.test(e.schemaPath),
  );
  // `grantees: []` fails the string branch on its type and the list branch on its length: the
  // value is a list, so only the list branch's complaint helps.
  const real = all.filter(
    (e) => e.keyword !== 'type' || !all.some((o) => o.instancePath === e.instancePath && o.keyword !== 'type'),
  );
  const out: ErrorObject[] = [];
  const seen = new Set<string>();
  for (const e of real) {
    const deeper = real.some(
      (o) => o !== e && o.instancePath.startsWith(e.instancePath + '/') && e.keyword !== 'additionalProperties',
    );
    // `grantees: 5` fails both "string" and "array"; say it once.
    const key = `${e.instancePath}|${e.keyword === 'type' ? 'type' : e.keyword + JSON.stringify(e.params)}`;
    if (deeper || seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function pathOf(pointer: string): JsonPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toFinding(kind: FileKind, e: ErrorObject, locate: Locator): Finding {
  const path = pathOf(e.instancePath);
  const field = path.length ? String(path[path.length - 1]) : undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = allowedFields(e.parentSchema);
      const hint = suggest(name, allowed);
      return error(
        'schema/unknown-field',
        `Unknown field "${name}" in the ${what[kind]}.` +
          (hint ? ` Did you mean "${hint}"?` : allowed.length ? ` Allowed fields: ${allowed.join(', ')}.` : ''),
        locate([...path, name], { key: true }),
      );
    }
    case 'required': {
      const name = String(p.missingProperty);
      return error(
        'schema/missing-field',
        `Missing required field "${name}" in the ${what[kind]}${field ? ` at "${path.join('.')}"` : ''}.` +
          (name === 'expires' ? ' Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z.' : ''),
        locate(path, { key: path.length > 0 }),
      );
    }
    case 'minItems':
      return error('schema/empty', `"${path.join('.')}" must list at least ${String(p.limit)} entry.`, locate(path));
    case 'pattern':
    case 'format': {
      const f = e.keyword === 'pattern' ? formats[kindOfPattern.get(String(p.pattern))!] : undefined;
      if (e.keyword === 'pattern' && !f) return patternFinding(e, path, locate);
      const propertyName = e.propertyName !== undefined;
      const value = propertyName ? String(e.propertyName) : String(valueAt(e));
      return error(
        'schema/format',
        `${field ? `"${propertyName ? path.join('.') : field}": ` : ''}${f ? f.message(value) : `invalid ${String(p.format ?? p.pattern)}.`}`,
        propertyName ? locate([...path, value], { key: true }) : locate(path),
      );
    }
    case 'not':
      return error(
        'schema/src-in-inline-rule',
        `"${path.join('.')}" must not set "src": the grantees become the source of the rule. Remove "src".`,
        locate([...path, 'src'], { key: true }),
      );
    case 'type':
      return error('schema/type', `"${path.join('.') || 'the document'}" must be ${typeWords(e)}.`, locate(path));
    case 'enum':
      return error(
        'schema/enum',
        `"${path.join('.')}" must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
        locate(path),
      );
    default:
      return error(
        'schema/invalid',
        `"${path.join('.') || 'the document'}" ${e.message ?? 'is invalid'}.`,
        locate(path),
      );
  }
}

function patternFinding(e: ErrorObject, path: JsonPath, locate: Locator): Finding {
  const p = e.params as Record<string, unknown>;
  return error(
    'schema/pattern',
    `"${path.join('.')}"${e.propertyName ? ` key "${e.propertyName}"` : ''} has an invalid form (must match ${String(p.pattern)}).`,
    e.propertyName ? locate([...path, e.propertyName], { key: true }) : locate(path),
  );
}

function typeWords(e: ErrorObject): string {
  const anyOfPrincipal = e.schemaPath.includes('anyOf');
  if (anyOfPrincipal) return 'a login name or group, or a list of them';
  const t = (e.params as { type: string | string[] }).type;
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => (x === 'object' ? 'a mapping' : x === 'array' ? 'a list' : `a ${x}`)).join(' or ');
}

function valueAt(e: ErrorObject): unknown {
  return (e as ErrorObject & { data?: unknown }).data ?? '';
}

function allowedFields(parentSchema: unknown): string[] {
  const props = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** The allowed name closest to `name`, if it is close enough to be a typo. */
export function suggest(name: string, allowed: readonly string[]): string | undefined {
  return closest(name, allowed, Math.max(1, Math.floor(name.length / 3)));
}
