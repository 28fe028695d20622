/**
 * Reading policy objects the way Tailscale does: field names match case-insensitively (`ACLs`,
 * `TagOwners`, `Action` are accepted), `null` means absent, and a later spelling of the same field
 * wins. The key as the user wrote it is kept, so findings can point at it. Pure.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface Field {
  /** The key as written. */
  key: string;
  value: unknown;
}

export interface ReadObject {
  /** Canonical field name -> the (last) field matching it. Fields whose value is null are left out. */
  fields: Map<string, Field>;
  /** Keys that match no known field. */
  unknown: string[];
  /** Pairs of keys naming the same field (e.g. `acls` and `ACLs`); the later one wins. */
  duplicates: Array<{ first: string; second: string; canonical: string }>;
}

const lowerCache = new Map<readonly string[], Map<string, string>>();

function lowerMap(canonical: readonly string[]): Map<string, string> {
  let m = lowerCache.get(canonical);
  if (!m) {
    m = new Map(canonical.map((c) => [c.toLowerCase(), c]));
    lowerCache.set(canonical, m);
  }
  return m;
}

export function readObject(obj: JsonObject, canonical: readonly string[]): ReadObject {
  const lm = lowerMap(canonical);
  const fields = new Map<string, Field>();
  const seen = new Map<string, string>();
  const unknown: string[] = [];
  const duplicates: ReadObject['duplicates'] = [];
  for (const key of Object.keys(obj)) {
    const c = lm.get(key.toLowerCase());
    if (c === undefined) {
      unknown.push(key);
      continue;
    }
    const prev = seen.get(c);
    if (prev !== undefined) duplicates.push({ first: prev, second: key, canonical: c });
    seen.set(c, key);
    const value = obj[key];
    if (value === null || value === undefined) fields.delete(c);
    else fields.set(c, { key, value });
  }
  return { fields, unknown, duplicates };
}

/** The value of a field, matched case-insensitively; undefined when absent or null. */
export function getField(obj: JsonObject, canonical: readonly string[], name: string): Field | undefined {
  return readObject(obj, canonical).fields.get(name);
}

export const TOP_LEVEL_FIELDS = [
  'acls',
  'grants',
  'ssh',
  'autoApprovers',
  'nodeAttrs',
  'postures',
  'defaultSrcPosture',
  'tagOwners',
  'groups',
  'hosts',
  'ipsets',
  'tests',
  'sshTests',
  'derpMap',
  'disableIPv4',
  'OneCGNATRoute',
  'randomizeClientPort',
  'attrConfig',
] as const;

export const ACL_FIELDS = ['action', 'src', 'dst', 'proto', 'srcPosture', 'users', 'ports'] as const;
export const GRANT_FIELDS = ['src', 'dst', 'ip', 'app', 'srcPosture', 'via'] as const;
export const SSH_FIELDS = [
  'action',
  'src',
  'dst',
  'users',
  'checkPeriod',
  'acceptEnv',
  'srcPosture',
  'recorder',
  'enforceRecorder',
] as const;
export const NODEATTR_FIELDS = ['target', 'attr', 'app', 'ipPool'] as const;
export const TEST_FIELDS = ['src', 'user', 'srcPostureAttrs', 'proto', 'accept', 'allow', 'deny'] as const;
export const SSHTEST_FIELDS = ['src', 'dst', 'accept', 'check', 'deny', 'srcPostureAttrs'] as const;
export const AUTOAPPROVER_FIELDS = ['routes', 'exitNode', 'services'] as const;
export const DERPMAP_FIELDS = ['regions', 'omitDefaultRegions'] as const;
export const DERPREGION_FIELDS = [
  'regionID',
  'regionCode',
  'regionName',
  'latitude',
  'longitude',
  'avoid',
  'noMeasureNoHome',
  'nodes',
] as const;
export const DERPNODE_FIELDS = [
  'name',
  'regionID',
  'hostName',
  'certName',
  'ipv4',
  'ipv6',
  'stunPort',
  'stunOnly',
  'derpPort',
  'insecureForTests',
  'stunTestIP',
  'canPort80',
] as const;
export const ATTRCONFIG_FIELDS = ['type', 'allowSetByNode', 'broadcastToPeers'] as const;

/** The policy's sections, read case-insensitively (last spelling wins). */
export function sectionsOf(policy: unknown): Map<string, Field> {
  if (!isObject(policy)) return new Map();
  return readObject(policy, TOP_LEVEL_FIELDS).fields;
}

/** Strings of an array value; other elements are skipped (validation reports them). */
export function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === 'string');
}
