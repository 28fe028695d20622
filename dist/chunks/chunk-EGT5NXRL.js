import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  deeperThan,
  jsonBounds,
  parse
} from "./chunk-756YIVLH.js";
import {
  ExternalError
} from "./chunk-SESXFX7C.js";

// src/tailscale/tailscale-errors.ts
var MAX_DETAIL_LINES = 10;
var TailscaleError = class extends ExternalError {
  constructor(message, method, path) {
    super(message);
    this.method = method;
    this.path = path;
    this.name = new.target.name;
  }
  method;
  path;
  /** True when trying again later may succeed (rate limits, server errors, no answer). */
  get isTransient() {
    return false;
  }
};
var TailscaleApiError = class extends TailscaleError {
  status;
  serverMessage;
  data;
  attempts;
  constructor(details, message = apiErrorMessage(details)) {
    super(message, details.method, details.path);
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.data = details.data ?? [];
    this.attempts = details.attempts ?? 1;
  }
  get isTransient() {
    return this.status === 429 || this.status >= 500;
  }
};
var PolicyConflictError = class extends TailscaleApiError {
  constructor(details, ifMatch) {
    super({
      ...details,
      status: 412,
      hint: ifMatch === '"ts-default"' ? "the tailnet policy is no longer the untouched default, so it was not overwritten" : `the tailnet policy changed after it was read (ETag ${ifMatch}), so it was not overwritten; run again to re-read it`
    });
    this.ifMatch = ifMatch;
  }
  ifMatch;
};
var TailscaleAuthError = class extends TailscaleError {
  constructor(message, method, path, credential, status, serverMessage = "") {
    super(message, method, path);
    this.credential = credential;
    this.status = status;
    this.serverMessage = serverMessage;
  }
  credential;
  status;
  serverMessage;
};
var TailscaleNetworkError = class extends TailscaleError {
  constructor(method, path, reason, code, attempts, timeoutMs) {
    const what = reason === "timeout" ? `no answer within ${timeoutMs} ms` : `connection failed${code ? ` (${code})` : ""}`;
    super(`Tailscale API ${method} ${path} failed: ${what}${afterAttempts(attempts)}`, method, path);
    this.reason = reason;
    this.code = code;
    this.attempts = attempts;
  }
  reason;
  code;
  attempts;
  get isTransient() {
    return true;
  }
};
var TailscaleResponseError = class extends TailscaleError {
  constructor(method, path, problem) {
    super(`Tailscale API ${method} ${path} returned an unusable response: ${problem}`, method, path);
  }
};
function redactSecrets(text2, secrets) {
  let out = text2;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}
function apiErrorMessage(d) {
  const head = `Tailscale API ${d.method} ${d.path} failed: ${d.status}` + (d.serverMessage ? ` ${d.serverMessage}` : "") + afterAttempts(d.attempts ?? 1) + (d.hint ? `; ${d.hint}` : "");
  return [head, ...detailLines(d.data ?? [])].join("\n");
}
function detailLines(data) {
  const lines = data.flatMap((entry) => {
    const who = entry.user ? `${entry.user}: ` : "";
    return [...entry.errors.map((e) => `  ${who}${e}`), ...entry.warnings.map((w) => `  ${who}warning: ${w}`)];
  });
  if (lines.length <= MAX_DETAIL_LINES) return lines;
  return [...lines.slice(0, MAX_DETAIL_LINES), `  \u2026 and ${lines.length - MAX_DETAIL_LINES} more`];
}
function afterAttempts(attempts) {
  return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}

// src/tailscale/auth.ts
var TOKEN_PATH = "/api/v2/oauth/token";
var TOKEN_EXCHANGE_PATH = "/api/v2/oauth/token-exchange";
var REFRESH_MARGIN_SECONDS = 60;
var DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
function createAuthenticator(credentials, deps) {
  const known = /* @__PURE__ */ new Set();
  const remember = (secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    deps.onSecret?.(secret);
  };
  const secrets = () => [...known];
  if (credentials.kind === "api-key") {
    remember(credentials.apiKey);
    return {
      kind: credentials.kind,
      authorization: async () => `Bearer ${credentials.apiKey}`,
      invalidate: () => false,
      secrets
    };
  }
  const minting = credentials;
  if (minting.kind === "oauth") remember(minting.clientSecret);
  let cached;
  let pending;
  async function mint() {
    const { path, form } = await tokenRequest(minting, remember, secrets);
    const res = await deps.transport.send({
      method: "POST",
      path,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form.toString()
    });
    if (res.status !== 200) throw tokenError(minting, path, res, secrets());
    const body = parseObject(res.text);
    const token = body?.["access_token"];
    if (typeof token !== "string" || token === "") {
      throw new TailscaleResponseError("POST", path, "no access_token in the token response");
    }
    remember(token);
    const lifetime = Number(body?.["expires_in"]);
    const expiresIn = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SECONDS;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    cached = { token, refreshAt: deps.now() + (expiresIn - margin) * 1e3 };
    return token;
  }
  return {
    kind: minting.kind,
    async authorization() {
      if (cached && deps.now() < cached.refreshAt) return `Bearer ${cached.token}`;
      pending ??= mint().finally(() => {
        pending = void 0;
      });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      cached = void 0;
      return true;
    },
    secrets
  };
}
async function tokenRequest(credentials, remember, secrets) {
  if (credentials.kind === "oauth") {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials"
    });
    if (credentials.scopes?.length) form.set("scope", credentials.scopes.join(" "));
    return { path: TOKEN_PATH, form };
  }
  let idToken;
  try {
    idToken = await credentials.getIdToken(credentials.audience);
  } catch (err) {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err), secrets());
    throw new TailscaleAuthError(
      `Could not get an OIDC ID token for audience ${credentials.audience}: ${reason}; in GitHub Actions the job needs "permissions: id-token: write"`,
      "POST",
      TOKEN_EXCHANGE_PATH,
      "wif",
      void 0
    );
  }
  remember(idToken);
  return { path: TOKEN_EXCHANGE_PATH, form: new URLSearchParams({ client_id: credentials.clientId, jwt: idToken }) };
}
function tokenError(credentials, path, res, secrets) {
  const body = parseObject(res.text);
  const raw = [body?.["message"], body?.["error_description"], body?.["error"]].find(
    (v) => typeof v === "string" && v !== ""
  );
  const serverMessage = redactSecrets(typeof raw === "string" ? raw : "", secrets);
  if (![400, 401, 403].includes(res.status)) {
    return new TailscaleApiError({ method: "POST", path, status: res.status, serverMessage, attempts: res.attempts });
  }
  const said = `(${res.status})${serverMessage ? `: ${serverMessage}` : ""}`;
  const message = credentials.kind === "oauth" ? `OAuth client credentials were rejected by Tailscale ${said}; check oauth-client-id and oauth-client-secret (TS_OAUTH_CLIENT_ID / TS_OAUTH_CLIENT_SECRET)` + (credentials.scopes?.length ? ` and that the client has the scopes ${credentials.scopes.join(" ")}` : "") : `Workload identity token exchange was rejected by Tailscale ${said}; check oauth-client-id (the federated identity's client ID) and audience, and that the identity's issuer and subject match this workflow`;
  return new TailscaleAuthError(message, "POST", path, credentials.kind, res.status, serverMessage);
}
function parseObject(text2) {
  try {
    const value = JSON.parse(text2);
    return value !== null && typeof value === "object" && !Array.isArray(value) && !deeperThan(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/tailscale/transport.ts
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 1e4;
var RETRY_AFTER_CAP_MS = 6e4;
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function createTransport(options) {
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  async function attempt(request) {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
    try {
      const response = await options.fetch(`${baseUrl}${request.path}${query}`, {
        method: request.method,
        headers: { "User-Agent": options.userAgent, ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs)
      });
      const text2 = await response.text();
      return { kind: "response", status: response.status, headers: response.headers, text: text2 };
    } catch (err) {
      const name = err?.name;
      if (name === "TimeoutError" || name === "AbortError") return { kind: "timeout" };
      return { kind: "connection", code: errorCode(err) };
    }
  }
  return {
    async send(request) {
      let mayHaveBeenApplied = false;
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(request);
        const retryable = outcome.kind !== "response" || RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attempts > options.maxRetries) {
          if (outcome.kind === "response") return { ...outcome, attempts, mayHaveBeenApplied };
          throw new TailscaleNetworkError(
            request.method,
            request.path,
            outcome.kind,
            outcome.kind === "connection" ? outcome.code : void 0,
            attempts,
            options.timeoutMs
          );
        }
        const unhandled = outcome.kind === "connection" ? outcome.code === "ECONNREFUSED" : outcome.kind === "response" && outcome.status === 429;
        if (!unhandled) mayHaveBeenApplied = true;
        const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.headers.get("retry-after"), options.now()) : void 0;
        const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
        const delayMs = retryAfter ?? Math.floor(options.random() * backoff);
        const reason = describe(outcome, options.timeoutMs);
        options.onRetry?.({ method: request.method, path: request.path, attempt: attempts, delayMs, reason });
        await options.sleep(delayMs);
      }
    }
  };
}
function parseRetryAfter(value, nowMs) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  let ms;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return void 0;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}
function describe(outcome, timeoutMs) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "timeout":
      return `no answer within ${timeoutMs} ms`;
    case "connection":
      return `connection failed${outcome.code ? ` (${outcome.code})` : ""}`;
  }
}
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; e = e.cause, depth++) {
    const code = e.code;
    if (typeof code === "string") return code;
  }
  return void 0;
}

// src/tailscale/tailscale-client.ts
var WARNINGS_ONLY = "warning(s) found";
function createTailscaleClient(options) {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const transport = createTransport({
    apiUrl: options.apiUrl.replace(/\/+$/, "").replace(/\/api\/v2$/, ""),
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
    userAgent: options.userAgent ?? "tailpolicy",
    onRetry: options.onRetry
  });
  const auth = createAuthenticator(options.credentials, { transport, now, onSecret: options.onSecret });
  const tailnet = options.tailnet || "-";
  const tailnetPath = `/api/v2/tailnet/${pathEscape(tailnet)}`;
  const redact = (text2) => redactSecrets(text2, auth.secrets());
  async function send(call) {
    for (let refreshed = false; ; refreshed = true) {
      const res = await transport.send({
        method: call.method,
        path: call.path,
        query: call.query,
        headers: {
          Authorization: await auth.authorization(),
          Accept: call.accept ?? "application/json",
          ...call.contentType ? { "Content-Type": call.contentType } : {},
          ...call.headers
        },
        body: call.body
      });
      if (res.status === 401 && !refreshed && auth.invalidate()) continue;
      return res;
    }
  }
  async function request(call) {
    const res = await send(call);
    if (res.status < 200 || res.status > 299) throw failure(call, res);
    return res;
  }
  async function requestJson(call) {
    return parseJson(call, await request(call));
  }
  function parseJson(call, res) {
    let value;
    try {
      value = JSON.parse(res.text);
    } catch {
      throw new TailscaleResponseError(call.method, call.path, "the body is not JSON");
    }
    if (deeperThan(value)) throw new TailscaleResponseError(call.method, call.path, "the body nests too deeply");
    return value;
  }
  function serverError(body) {
    const message = body?.["message"];
    return {
      serverMessage: redact(typeof message === "string" ? message : ""),
      data: parseTestResults(body?.["data"]).map((entry) => ({
        ...entry.user === void 0 ? {} : { user: redact(entry.user) },
        errors: entry.errors.map(redact),
        warnings: entry.warnings.map(redact)
      }))
    };
  }
  function failure(call, res) {
    const { serverMessage, data } = serverError(parseObject(res.text));
    if (res.status === 401) {
      const said = `(401) on ${call.method} ${call.path}${serverMessage ? `: ${serverMessage}` : ""}`;
      const message = auth.kind === "api-key" ? `Tailscale rejected the API access token ${said}; check api-key (TS_API_KEY): it may have expired or been revoked` : `Tailscale rejected a freshly minted access token ${said}; check that the ${auth.kind === "oauth" ? "OAuth client" : "federated identity"} still exists`;
      return new TailscaleAuthError(message, call.method, call.path, auth.kind, 401, serverMessage);
    }
    let hint;
    if (res.status === 403) {
      hint = auth.kind === "api-key" ? "the API access token's user may lack permission for this" : `the credential may lack the "${call.scope}" scope`;
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
      hint
    });
  }
  function etagOf(call, res) {
    const etag = res.headers.get("etag");
    if (!etag) throw new TailscaleResponseError(call.method, call.path, "no ETag header");
    return etag;
  }
  async function getPolicyJson() {
    const call = { method: "GET", path: `${tailnetPath}/acl`, scope: "policy_file:read" };
    const res = await request(call);
    const etag = etagOf(call, res);
    return { policy: parseJson(call, res), etag };
  }
  function dns(method, endpoint, body) {
    return requestJson({
      method,
      path: `${tailnetPath}/dns/${endpoint}`,
      scope: method === "GET" ? "dns:read" : "dns",
      ...body === void 0 ? {} : { contentType: "application/json", body: JSON.stringify(body) }
    });
  }
  const attributesPath = (deviceId) => `/api/v2/device/${pathEscape(deviceId)}/attributes`;
  return {
    async getPolicy() {
      const call = {
        method: "GET",
        path: `${tailnetPath}/acl`,
        scope: "policy_file:read",
        accept: "application/hujson"
      };
      const res = await request(call);
      return { hujson: res.text, etag: etagOf(call, res) };
    },
    getPolicyJson,
    async validatePolicy(jsonText) {
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl/validate`,
        scope: "policy_file:read",
        contentType: "application/json",
        body: jsonText
      };
      const res = await send(call);
      if (res.status === 400) {
        const { serverMessage, data: data2 } = serverError(parseObject(res.text));
        return { ok: false, message: serverMessage || "the policy could not be parsed (400)", data: data2 };
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      if (res.text.trim() === "") return { ok: true, data: [] };
      const body = parseObject(res.text);
      if (!body) throw new TailscaleResponseError(call.method, call.path, "the body is not a JSON object");
      const { serverMessage: message, data } = serverError(body);
      const ok = data.every((entry) => entry.errors.length === 0) && (message === "" || message === WARNINGS_ONLY);
      return { ok, ...message ? { message } : {}, data };
    },
    async setPolicy(hujson, ifMatch) {
      const quoted = quoteEtag(ifMatch);
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl`,
        scope: "policy_file",
        contentType: "application/hujson",
        headers: { "If-Match": quoted },
        body: hujson
      };
      const res = await send(call);
      if (res.status === 412) {
        if (res.mayHaveBeenApplied) {
          const live = await getPolicyJson();
          if (sameJson(live.policy, hujson)) return { etag: live.etag };
        }
        const { serverMessage } = serverError(parseObject(res.text));
        throw new PolicyConflictError(
          { method: call.method, path: call.path, serverMessage, attempts: res.attempts },
          quoted
        );
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      return { etag: res.headers.get("etag") ?? "" };
    },
    async getSplitDns() {
      return splitDns(await dns("GET", "split-dns"));
    },
    async putSplitDns(map) {
      return splitDns(await dns("PUT", "split-dns", map));
    },
    async patchSplitDns(map) {
      return splitDns(await dns("PATCH", "split-dns", map));
    },
    async getNameservers() {
      return strings(field(await dns("GET", "nameservers"), "dns"));
    },
    async setNameservers(nameservers) {
      const res = await dns("POST", "nameservers", { dns: nameservers });
      const magicDNS = field(res, "magicDNS");
      return {
        nameservers: strings(field(res, "dns")),
        magicDNS: typeof magicDNS === "boolean" ? magicDNS : void 0
      };
    },
    async getSearchPaths() {
      return strings(field(await dns("GET", "searchpaths"), "searchPaths"));
    },
    async setSearchPaths(searchPaths) {
      return strings(field(await dns("POST", "searchpaths", { searchPaths }), "searchPaths"));
    },
    async getPreferences() {
      return { magicDNS: field(await dns("GET", "preferences"), "magicDNS") === true };
    },
    async setPreferences(preferences) {
      return {
        magicDNS: field(await dns("POST", "preferences", { magicDNS: preferences.magicDNS }), "magicDNS") === true
      };
    },
    async listDevices() {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/devices`,
        query: { fields: "all" },
        scope: "devices:core:read"
      });
      const devices = field(res, "devices");
      return (Array.isArray(devices) ? devices : []).filter(isObject).map(toDevice);
    },
    async getDeviceAttributes(deviceId) {
      const res = await requestJson({
        method: "GET",
        path: attributesPath(deviceId),
        scope: "devices:posture_attributes:read"
      });
      const attributes = {};
      for (const [key, value] of Object.entries(objectField(res, "attributes"))) {
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
          attributes[key] = value;
      }
      const expiries = {};
      for (const [key, value] of Object.entries(objectField(res, "expiries"))) {
        if (typeof value === "string") expiries[key] = value;
      }
      return { attributes, expiries };
    },
    async setDeviceAttribute(deviceId, key, { value, expiry, comment }) {
      const body = JSON.stringify({
        value,
        ...expiry === void 0 ? {} : { expiry: expiry instanceof Date ? expiry.toISOString() : expiry },
        ...comment === void 0 ? {} : { comment }
      });
      const path = `${attributesPath(deviceId)}/${pathEscape(key)}`;
      await request({
        method: "POST",
        path,
        scope: "devices:posture_attributes",
        contentType: "application/json",
        body
      });
    },
    async deleteDeviceAttribute(deviceId, key) {
      await request({
        method: "DELETE",
        path: `${attributesPath(deviceId)}/${pathEscape(key)}`,
        scope: "devices:posture_attributes"
      });
    },
    async listConfigurationLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/configuration`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:configuration:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject).map(toConfigurationEntry).filter((e) => e !== void 0).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
    },
    async listNetworkLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/network`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:network:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject).map(toFlowLog).filter((e) => e !== void 0);
    },
    secrets: () => auth.secrets()
  };
}
function text(raw, key) {
  return typeof raw[key] === "string" ? raw[key] : void 0;
}
function isTime(value) {
  return value !== void 0 && !Number.isNaN(Date.parse(value));
}
function toConfigurationEntry(raw) {
  const eventTime = text(raw, "eventTime");
  if (!isTime(eventTime)) return void 0;
  const actor = isObject(raw["actor"]) ? raw["actor"] : {};
  const target = isObject(raw["target"]) ? raw["target"] : {};
  const opt = (o, key) => text(o, key) !== void 0 ? { [key]: text(o, key) } : {};
  return {
    eventTime,
    type: text(raw, "type") ?? "",
    eventGroupID: text(raw, "eventGroupID") ?? "",
    origin: text(raw, "origin") ?? "",
    ...opt(raw, "deferredAt"),
    actor: {
      ...opt(actor, "id"),
      ...opt(actor, "type"),
      ...opt(actor, "loginName"),
      ...opt(actor, "displayName"),
      ...Array.isArray(actor["tags"]) ? { tags: strings(actor["tags"]) } : {}
    },
    target: { ...opt(target, "id"), ...opt(target, "name"), ...opt(target, "type"), ...opt(target, "property") },
    action: text(raw, "action") ?? "",
    ..."old" in raw ? { old: raw["old"] } : {},
    ..."new" in raw ? { new: raw["new"] } : {},
    ...opt(raw, "actionDetails"),
    ...opt(raw, "error")
  };
}
function toCounts(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((c) => ({
    ...typeof c["proto"] === "string" || typeof c["proto"] === "number" ? { proto: c["proto"] } : {},
    ...typeof c["src"] === "string" ? { src: c["src"] } : {},
    ...typeof c["dst"] === "string" ? { dst: c["dst"] } : {},
    ...Object.fromEntries(
      ["txPkts", "txBytes", "rxPkts", "rxBytes"].filter((k) => typeof c[k] === "number" && Number.isFinite(c[k])).map((k) => [k, c[k]])
    )
  }));
}
function toFlowLog(raw) {
  const start = text(raw, "start");
  const end = text(raw, "end");
  if (!isTime(start) || !isTime(end)) return void 0;
  return {
    ...isTime(text(raw, "logged")) ? { logged: text(raw, "logged") } : {},
    nodeId: text(raw, "nodeId") ?? "",
    start,
    end,
    virtualTraffic: toCounts(raw["virtualTraffic"]),
    subnetTraffic: toCounts(raw["subnetTraffic"]),
    exitTraffic: toCounts(raw["exitTraffic"]),
    physicalTraffic: toCounts(raw["physicalTraffic"])
  };
}
function pathEscape(element) {
  return encodeURIComponent(element).replace(/%(24|26|2B|3A|3D|40)/g, (escaped) => decodeURIComponent(escaped));
}
function quoteEtag(etag) {
  const bare = etag.trim().replace(/^"+|"+$/g, "");
  if (bare === "") throw new TypeError('setPolicy needs the ETag read with the policy, or "ts-default"');
  return `"${bare}"`;
}
function parseTestResults(data) {
  if (!Array.isArray(data)) return [];
  return data.map((entry) => {
    if (isObject(entry)) {
      const user = entry["user"];
      return {
        ...typeof user === "string" && user !== "" ? { user } : {},
        errors: strings(entry["errors"]),
        warnings: strings(entry["warnings"])
      };
    }
    return { errors: [typeof entry === "string" ? entry : JSON.stringify(entry)], warnings: [] };
  });
}
function sameJson(value, hujson) {
  if (jsonBounds(hujson) || deeperThan(value)) return false;
  const errors = [];
  const parsed = parse(hujson, errors, { allowTrailingComma: true });
  return errors.length === 0 && canonical(parsed) === canonical(value);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function field(value, key) {
  return isObject(value) ? value[key] : void 0;
}
function objectField(value, key) {
  const inner = field(value, key);
  return isObject(inner) ? inner : {};
}
function strings(value) {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item) => typeof item === "string" ? item : JSON.stringify(item));
}
function splitDns(value) {
  const map = {};
  if (!isObject(value)) return map;
  for (const [domain, resolvers] of Object.entries(value)) {
    const list = strings(resolvers);
    if (list.length > 0) map[domain] = list;
  }
  return map;
}
function toDevice(raw) {
  const text2 = (key) => typeof raw[key] === "string" ? raw[key] : "";
  return {
    ...raw,
    id: text2("id"),
    nodeId: text2("nodeId"),
    name: text2("name"),
    user: text2("user"),
    tags: strings(raw["tags"]),
    addresses: strings(raw["addresses"])
  };
}

export {
  TailscaleError,
  TailscaleApiError,
  PolicyConflictError,
  createTailscaleClient,
  pathEscape
};
