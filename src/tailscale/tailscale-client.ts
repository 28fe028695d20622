/**
 * Tailscale API v2 client: the policy file, DNS settings and device posture attributes
 * (reference sections 1-4).
 *
 * An edge module: created from explicit options (no environment, no `@actions/*`), every
 * dependency with side effects injectable (fetch, sleep, clock, jitter). Retries and timeouts
 * live in `transport.ts`, credentials in `auth.ts`.
 */
import { defaultFetch } from './http-fetch.js';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { deeperThan, jsonBounds } from '../shared/bounds.js';
import { createAuthenticator, parseObject } from './auth.js';
import {
  PolicyConflictError,
  redactSecrets,
  TailscaleApiError,
  TailscaleAuthError,
  TailscaleResponseError,
  type TailscaleError,
} from './tailscale-errors.js';
import { createTransport, type RetryInfo, type TransportResponse } from './transport.js';
import type {
  ConfigurationLogEntry,
  ConnectionCounts,
  NetworkFlowLog,
  Device,
  DeviceAttributes,
  DnsPreferences,
  PolicyTestResult,
  PostureAttributeValue,
  SetDeviceAttributeRequest,
  SplitDns,
  SplitDnsPatch,
  TailscaleCredentials,
  ValidationResult,
} from './types.js';

export interface TailscaleClientOptions {
  /** API base without `/api/v2`, e.g. `https://api.tailscale.com`. */
  apiUrl: string;
  /** Tailnet ID or legacy name; `-` (the default) is the credential's own tailnet. */
  tailnet: string;
  credentials: TailscaleCredentials;
  /** Per attempt, including reading the body. Default 30 000. */
  timeoutMs?: number;
  /** Retries after the first attempt for transient failures. Default 4. */
  maxRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source, uniform in [0, 1). */
  random?: () => number;
  /** Epoch milliseconds; decides when cached tokens are refreshed. Default `Date.now`. */
  now?: () => number;
  userAgent?: string;
  onRetry?: (info: RetryInfo) => void;
  /** Called with each secret as soon as the client knows it (for `core.setSecret`). */
  onSecret?: (secret: string) => void;
}

export interface TailscaleClient {
  /** The policy file as stored (HuJSON, comments kept) and its ETag, quoted as received. */
  getPolicy(): Promise<{ hujson: string; etag: string }>;
  /** The policy file as JSON (comments dropped) and its ETag. */
  getPolicyJson(): Promise<{ policy: unknown; etag: string }>;
  /** Validates a candidate policy and runs its tests; pass standard JSON (comments removed). */
  validatePolicy(jsonText: string): Promise<ValidationResult>;
  /**
   * Replaces the policy file if its ETag is still `ifMatch` (or `"ts-default"`: only if it is
   * still the default). Throws `PolicyConflictError` on 412, `TailscaleApiError` with `data` on
   * a validation or test failure. Returns the new ETag (empty if the server sent none).
   */
  setPolicy(hujson: string, ifMatch: string): Promise<{ etag: string }>;

  getSplitDns(): Promise<SplitDns>;
  /** Replaces the whole split-DNS map; returns the map now in effect. */
  putSplitDns(map: SplitDns): Promise<SplitDns>;
  /** Changes only the domains given; `null` removes a domain. Returns the map now in effect. */
  patchSplitDns(map: SplitDnsPatch): Promise<SplitDns>;
  getNameservers(): Promise<string[]>;
  /** Replaces the global nameservers. Tailscale turns MagicDNS off when the list becomes empty. */
  setNameservers(nameservers: string[]): Promise<{ nameservers: string[]; magicDNS: boolean | undefined }>;
  getSearchPaths(): Promise<string[]>;
  setSearchPaths(searchPaths: string[]): Promise<string[]>;
  getPreferences(): Promise<DnsPreferences>;
  setPreferences(preferences: DnsPreferences): Promise<DnsPreferences>;

  listDevices(): Promise<Device[]>;
  /** `deviceId` is the node ID or the legacy ID. */
  getDeviceAttributes(deviceId: string): Promise<DeviceAttributes>;
  setDeviceAttribute(deviceId: string, key: string, request: SetDeviceAttributeRequest): Promise<void>;
  deleteDeviceAttribute(deviceId: string, key: string): Promise<void>;

  /**
   * The configuration audit log of [start, end] (`GET /logging/configuration`, scope
   * `logs:configuration:read`), oldest first. Entries that are not objects, or lack a valid
   * `eventTime`, are dropped; the log does not paginate, so a window bounds the answer.
   */
  listConfigurationLogs(start: Date, end: Date): Promise<ConfigurationLogEntry[]>;
  /** The network flow logs of [start, end] (`GET /logging/network`, scope `logs:network:read`). */
  listNetworkLogs(start: Date, end: Date): Promise<NetworkFlowLog[]>;

  /** Every secret known so far (API key, client secret, ID and access tokens), for masking. */
  secrets(): string[];
}

/** The `message` of a validation that found only warnings (reference 2.3). */
const WARNINGS_ONLY = 'warning(s) found';

/** One API call: what `send` needs, plus the OAuth scope it requires (for 403 hints). */
interface Call {
  method: string;
  path: string;
  scope: string;
  query?: Record<string, string>;
  /** Default `application/json`. */
  accept?: string;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string;
}

export function createTailscaleClient(options: TailscaleClientOptions): TailscaleClient {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const transport = createTransport({
    apiUrl: options.apiUrl.replace(/\/+$/, '').replace(/\/api\/v2$/, ''),
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? defaultFetch(),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
    userAgent: options.userAgent ?? 'tailpolicy',
    onRetry: options.onRetry,
  });
  const auth = createAuthenticator(options.credentials, { transport, now, onSecret: options.onSecret });
  const tailnet = options.tailnet || '-';
  const tailnetPath = `/api/v2/tailnet/${pathEscape(tailnet)}`;
  const redact = (text: string): string => redactSecrets(text, auth.secrets());

  /** Sends with credentials; after a 401, mints a fresh token and tries once more. */
  async function send(call: Call): Promise<TransportResponse> {
    for (let refreshed = false; ; refreshed = true) {
      const res = await transport.send({
        method: call.method,
        path: call.path,
        query: call.query,
        headers: {
          Authorization: await auth.authorization(),
          Accept: call.accept ?? 'application/json',
          ...(call.contentType ? { 'Content-Type': call.contentType } : {}),
          ...call.headers,
        },
        body: call.body,
      });
      if (res.status === 401 && !refreshed && auth.invalidate()) continue;
      return res;
    }
  }

  async function request(call: Call): Promise<TransportResponse> {
    const res = await send(call);
    if (res.status < 200 || res.status > 299) throw failure(call, res);
    return res;
  }

  async function requestJson(call: Call): Promise<unknown> {
    return parseJson(call, await request(call));
  }

  function parseJson(call: Call, res: TransportResponse): unknown {
    let value: unknown;
    try {
      value = JSON.parse(res.text) as unknown;
    } catch {
      throw new TailscaleResponseError(call.method, call.path, 'the body is not JSON');
    }
    // JSON.parse does not recurse, but everything that reads the answer afterwards does.
    if (deeperThan(value)) throw new TailscaleResponseError(call.method, call.path, 'the body nests too deeply');
    return value;
  }

  /** The `message` and `data` of an error or validation body, redacted. */
  function serverError(body: Record<string, unknown> | undefined): { serverMessage: string; data: PolicyTestResult[] } {
    const message = body?.['message'];
    return {
      serverMessage: redact(typeof message === 'string' ? message : ''),
      data: parseTestResults(body?.['data']).map((entry) => ({
        ...(entry.user === undefined ? {} : { user: redact(entry.user) }),
        errors: entry.errors.map(redact),
        warnings: entry.warnings.map(redact),
      })),
    };
  }

  function failure(call: Call, res: TransportResponse): TailscaleError {
    const { serverMessage, data } = serverError(parseObject(res.text));
    if (res.status === 401) {
      const said = `(401) on ${call.method} ${call.path}${serverMessage ? `: ${serverMessage}` : ''}`;
      const message =
        auth.kind === 'api-key'
          ? `Tailscale rejected the API access token ${said}; check api-key (TS_API_KEY): it may have expired or been revoked`
          : `Tailscale rejected a freshly minted access token ${said}; check that the ${
              auth.kind === 'oauth' ? 'OAuth client' : 'federated identity'
            } still exists`;
      return new TailscaleAuthError(message, call.method, call.path, auth.kind, 401, serverMessage);
    }
    let hint: string | undefined;
    if (res.status === 403) {
      hint =
        auth.kind === 'api-key'
          ? "the API access token's user may lack permission for this"
          : `the credential may lack the "${call.scope}" scope`;
    } else if (res.status === 404 && call.path.startsWith(tailnetPath)) {
      hint = `check the tailnet (${tailnet}); "-" means the credential's own tailnet`;
    }
    const { method, path } = call;
    return new TailscaleApiError({
      method,
      path,
      status: res.status,
      serverMessage,
      data,
      attempts: res.attempts,
      hint,
    });
  }

  function etagOf(call: Call, res: TransportResponse): string {
    const etag = res.headers.get('etag');
    // Without an ETag no write could be made safely (If-Match), so refuse early.
    if (!etag) throw new TailscaleResponseError(call.method, call.path, 'no ETag header');
    return etag;
  }

  async function getPolicyJson(): Promise<{ policy: unknown; etag: string }> {
    const call: Call = { method: 'GET', path: `${tailnetPath}/acl`, scope: 'policy_file:read' };
    const res = await request(call);
    const etag = etagOf(call, res);
    return { policy: parseJson(call, res), etag };
  }

  /** A DNS endpoint (reference section 3): reads need `dns:read`, writes `dns`; bodies are JSON. */
  function dns(method: string, endpoint: string, body?: unknown): Promise<unknown> {
    return requestJson({
      method,
      path: `${tailnetPath}/dns/${endpoint}`,
      scope: method === 'GET' ? 'dns:read' : 'dns',
      ...(body === undefined ? {} : { contentType: 'application/json', body: JSON.stringify(body) }),
    });
  }

  const attributesPath = (deviceId: string): string => `/api/v2/device/${pathEscape(deviceId)}/attributes`;

  return {
    async getPolicy() {
      const call: Call = {
        method: 'GET',
        path: `${tailnetPath}/acl`,
        scope: 'policy_file:read',
        accept: 'application/hujson',
      };
      const res = await request(call);
      return { hujson: res.text, etag: etagOf(call, res) };
    },

    getPolicyJson,

    async validatePolicy(jsonText) {
      const call: Call = {
        method: 'POST',
        path: `${tailnetPath}/acl/validate`,
        scope: 'policy_file:read',
        contentType: 'application/json',
        body: jsonText,
      };
      const res = await send(call);
      // 400 is the server's verdict on a body it cannot parse as a policy; 200 carries every other
      // verdict (reference 2.3). Anything else is a failure to validate at all.
      if (res.status === 400) {
        const { serverMessage, data } = serverError(parseObject(res.text));
        return { ok: false, message: serverMessage || 'the policy could not be parsed (400)', data };
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      if (res.text.trim() === '') return { ok: true, data: [] };
      const body = parseObject(res.text);
      if (!body) throw new TailscaleResponseError(call.method, call.path, 'the body is not a JSON object');
      const { serverMessage: message, data } = serverError(body);
      const ok = data.every((entry) => entry.errors.length === 0) && (message === '' || message === WARNINGS_ONLY);
      return { ok, ...(message ? { message } : {}), data };
    },

    async setPolicy(hujson, ifMatch) {
      const quoted = quoteEtag(ifMatch);
      const call: Call = {
        method: 'POST',
        path: `${tailnetPath}/acl`,
        scope: 'policy_file',
        contentType: 'application/hujson',
        headers: { 'If-Match': quoted },
        body: hujson,
      };
      const res = await send(call);
      if (res.status === 412) {
        // An earlier attempt may have landed before its answer was lost; the retry is then refused
        // because our own write changed the ETag. Only if the live policy is exactly ours is that
        // a success; anything else is someone else's change and must not be overwritten.
        if (res.mayHaveBeenApplied) {
          const live = await getPolicyJson();
          if (sameJson(live.policy, hujson)) return { etag: live.etag };
        }
        const { serverMessage } = serverError(parseObject(res.text));
        throw new PolicyConflictError(
          { method: call.method, path: call.path, serverMessage, attempts: res.attempts },
          quoted,
        );
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      return { etag: res.headers.get('etag') ?? '' };
    },

    async getSplitDns() {
      return splitDns(await dns('GET', 'split-dns'));
    },

    async putSplitDns(map) {
      return splitDns(await dns('PUT', 'split-dns', map));
    },

    async patchSplitDns(map) {
      return splitDns(await dns('PATCH', 'split-dns', map));
    },

    async getNameservers() {
      return strings(field(await dns('GET', 'nameservers'), 'dns'));
    },

    async setNameservers(nameservers) {
      const res = await dns('POST', 'nameservers', { dns: nameservers });
      const magicDNS = field(res, 'magicDNS');
      return {
        nameservers: strings(field(res, 'dns')),
        magicDNS: typeof magicDNS === 'boolean' ? magicDNS : undefined,
      };
    },

    async getSearchPaths() {
      return strings(field(await dns('GET', 'searchpaths'), 'searchPaths'));
    },

    async setSearchPaths(searchPaths) {
      return strings(field(await dns('POST', 'searchpaths', { searchPaths }), 'searchPaths'));
    },

    async getPreferences() {
      return { magicDNS: field(await dns('GET', 'preferences'), 'magicDNS') === true };
    },

    async setPreferences(preferences) {
      return {
        magicDNS: field(await dns('POST', 'preferences', { magicDNS: preferences.magicDNS }), 'magicDNS') === true,
      };
    },

    async listDevices() {
      const res = await requestJson({
        method: 'GET',
        path: `${tailnetPath}/devices`,
        query: { fields: 'all' },
        scope: 'devices:core:read',
      });
      const devices = field(res, 'devices');
      return (Array.isArray(devices) ? devices : []).filter(isObject).map(toDevice);
    },

    async getDeviceAttributes(deviceId) {
      const res = await requestJson({
        method: 'GET',
        path: attributesPath(deviceId),
        scope: 'devices:posture_attributes:read',
      });
      const attributes: Record<string, PostureAttributeValue> = {};
      for (const [key, value] of Object.entries(objectField(res, 'attributes'))) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          attributes[key] = value;
      }
      const expiries: Record<string, string> = {};
      for (const [key, value] of Object.entries(objectField(res, 'expiries'))) {
        if (typeof value === 'string') expiries[key] = value;
      }
      return { attributes, expiries };
    },

    async setDeviceAttribute(deviceId, key, { value, expiry, comment }) {
      const body = JSON.stringify({
        value,
        ...(expiry === undefined ? {} : { expiry: expiry instanceof Date ? expiry.toISOString() : expiry }),
        ...(comment === undefined ? {} : { comment }),
      });
      const path = `${attributesPath(deviceId)}/${pathEscape(key)}`;
      await request({
        method: 'POST',
        path,
        scope: 'devices:posture_attributes',
        contentType: 'application/json',
        body,
      });
    },

    async deleteDeviceAttribute(deviceId, key) {
      await request({
        method: 'DELETE',
        path: `${attributesPath(deviceId)}/${pathEscape(key)}`,
        scope: 'devices:posture_attributes',
      });
    },

    async listConfigurationLogs(start, end) {
      const res = await requestJson({
        method: 'GET',
        path: `${tailnetPath}/logging/configuration`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: 'logs:configuration:read',
      });
      const logs = field(res, 'logs');
      return (Array.isArray(logs) ? logs : [])
        .filter(isObject)
        .map(toConfigurationEntry)
        .filter((e): e is ConfigurationLogEntry => e !== undefined)
        .sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
    },

    async listNetworkLogs(start, end) {
      const res = await requestJson({
        method: 'GET',
        path: `${tailnetPath}/logging/network`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: 'logs:network:read',
      });
      const logs = field(res, 'logs');
      return (Array.isArray(logs) ? logs : [])
        .filter(isObject)
        .map(toFlowLog)
        .filter((e): e is NetworkFlowLog => e !== undefined);
    },

    secrets: () => auth.secrets(),
  };
}

function text(raw: Record<string, unknown>, key: string): string | undefined {
  return typeof raw[key] === 'string' ? (raw[key] as string) : undefined;
}

function isTime(value: string | undefined): value is string {
  return value !== undefined && !Number.isNaN(Date.parse(value));
}

function toConfigurationEntry(raw: Record<string, unknown>): ConfigurationLogEntry | undefined {
  const eventTime = text(raw, 'eventTime');
  if (!isTime(eventTime)) return undefined;
  const actor = isObject(raw['actor']) ? raw['actor'] : {};
  const target = isObject(raw['target']) ? raw['target'] : {};
  const opt = (o: Record<string, unknown>, key: string) => (text(o, key) !== undefined ? { [key]: text(o, key) } : {});
  return {
    eventTime,
    type: text(raw, 'type') ?? '',
    eventGroupID: text(raw, 'eventGroupID') ?? '',
    origin: text(raw, 'origin') ?? '',
    ...opt(raw, 'deferredAt'),
    actor: {
      ...opt(actor, 'id'),
      ...opt(actor, 'type'),
      ...opt(actor, 'loginName'),
      ...opt(actor, 'displayName'),
      ...(Array.isArray(actor['tags']) ? { tags: strings(actor['tags']) } : {}),
    },
    target: { ...opt(target, 'id'), ...opt(target, 'name'), ...opt(target, 'type'), ...opt(target, 'property') },
    action: text(raw, 'action') ?? '',
    ...('old' in raw ? { old: raw['old'] } : {}),
    ...('new' in raw ? { new: raw['new'] } : {}),
    ...opt(raw, 'actionDetails'),
    ...opt(raw, 'error'),
  };
}

function toCounts(value: unknown): ConnectionCounts[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((c) => ({
    ...(typeof c['proto'] === 'string' || typeof c['proto'] === 'number' ? { proto: c['proto'] } : {}),
    ...(typeof c['src'] === 'string' ? { src: c['src'] } : {}),
    ...(typeof c['dst'] === 'string' ? { dst: c['dst'] } : {}),
    ...Object.fromEntries(
      (['txPkts', 'txBytes', 'rxPkts', 'rxBytes'] as const)
        .filter((k) => typeof c[k] === 'number' && Number.isFinite(c[k]))
        .map((k) => [k, c[k]]),
    ),
  }));
}

function toFlowLog(raw: Record<string, unknown>): NetworkFlowLog | undefined {
  const start = text(raw, 'start');
  const end = text(raw, 'end');
  if (!isTime(start) || !isTime(end)) return undefined;
  return {
    ...(isTime(text(raw, 'logged')) ? { logged: text(raw, 'logged') } : {}),
    nodeId: text(raw, 'nodeId') ?? '',
    start,
    end,
    virtualTraffic: toCounts(raw['virtualTraffic']),
    subnetTraffic: toCounts(raw['subnetTraffic']),
    exitTraffic: toCounts(raw['exitTraffic']),
    physicalTraffic: toCounts(raw['physicalTraffic']),
  };
}

/**
 * Escapes one path element the way Tailscale's Go client does (`url.PathEscape`): like
 * `encodeURIComponent`, but `$&+:=@` stay literal, so `alice@example.com` and
 * `custom:tier` reach the server in the form it sees from its own clients.
 */
export function pathEscape(element: string): string {
  return encodeURIComponent(element).replace(/%(24|26|2B|3A|3D|40)/g, (escaped) => decodeURIComponent(escaped));
}

/**
 * The `If-Match` value for an ETag: quoted exactly once. Tailscale answers a doubly quoted
 * value with 412 (reference 2.2), so quotes already present are stripped and re-added.
 */
export function quoteEtag(etag: string): string {
  const bare = etag.trim().replace(/^"+|"+$/g, '');
  if (bare === '') throw new TypeError('setPolicy needs the ETag read with the policy, or "ts-default"');
  return `"${bare}"`;
}

/** `data` of an error or validation body; entries may be objects or bare strings (reference 1.3). */
export function parseTestResults(data: unknown): PolicyTestResult[] {
  if (!Array.isArray(data)) return [];
  return data.map((entry): PolicyTestResult => {
    if (isObject(entry)) {
      const user = entry['user'];
      return {
        ...(typeof user === 'string' && user !== '' ? { user } : {}),
        errors: strings(entry['errors']),
        warnings: strings(entry['warnings']),
      };
    }
    return { errors: [typeof entry === 'string' ? entry : JSON.stringify(entry)], warnings: [] };
  });
}

/** Whether the HuJSON text means the same JSON value as `value` (key order ignored). */
function sameJson(value: unknown, hujson: string): boolean {
  if (jsonBounds(hujson) || deeperThan(value)) return false;
  const errors: ParseError[] = [];
  const parsed: unknown = parseJsonc(hujson, errors, { allowTrailingComma: true });
  return errors.length === 0 && canonical(parsed) === canonical(value);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function objectField(value: unknown, key: string): Record<string, unknown> {
  const inner = field(value, key);
  return isObject(inner) ? inner : {};
}

/** A list of strings; non-string entries are rendered as JSON, a lone string becomes a list. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

/** Split DNS as returned: domains whose resolvers were cleared (null or empty) are left out. */
function splitDns(value: unknown): SplitDns {
  const map: SplitDns = {};
  if (!isObject(value)) return map;
  for (const [domain, resolvers] of Object.entries(value)) {
    const list = strings(resolvers);
    if (list.length > 0) map[domain] = list;
  }
  return map;
}

function toDevice(raw: Record<string, unknown>): Device {
  const text = (key: string): string => (typeof raw[key] === 'string' ? (raw[key] as string) : '');
  return {
    ...raw,
    id: text('id'),
    nodeId: text('nodeId'),
    name: text('name'),
    user: text('user'),
    tags: strings(raw['tags']),
    addresses: strings(raw['addresses']),
  };
}
