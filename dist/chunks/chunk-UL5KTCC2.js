import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  parseTimestamp
} from "./chunk-LHDYXOMR.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";

// src/inputs.ts
function namer(setting) {
  const quoted = (input) => {
    const s = setting(input);
    return s === input ? `"${input}"` : s;
  };
  const subject = (input) => {
    const s = setting(input);
    return s === input ? `Input "${input}"` : s;
  };
  return { quoted, subject };
}
function envInputs(env) {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v ? v : void 0;
  };
}
var MODES = ["check", "apply", "expire", "audit", "request"];
var DRIFT = ["fail", "warn", "overwrite"];
function parseInputs(get, env = {}, setting = (input) => input) {
  const { subject } = namer(setting);
  const mode = get("mode");
  if (!mode) throw new UserError(`Input "mode" is required: one of ${MODES.join(", ")}.`);
  if (!MODES.includes(mode)) throw new UserError(`Input "mode" is "${mode}"; use one of ${MODES.join(", ")}.`);
  const onDrift = get("on-drift") ?? "fail";
  if (!DRIFT.includes(onDrift)) {
    throw new UserError(`${subject("on-drift")} is "${onDrift}"; use one of ${DRIFT.join(", ")}.`);
  }
  const nowText = get("now");
  const now = nowText === void 0 ? void 0 : parseTimestamp(nowText);
  if (nowText !== void 0 && !now) {
    throw new UserError(
      `${subject("now")} is "${nowText}", not an RFC 3339 time with a zone (e.g. 2026-11-21T23:00:00Z).`
    );
  }
  const apiUrl = (get("api-url") ?? "https://api.tailscale.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl))
    throw new UserError(`${subject("api-url")} is "${apiUrl}", not an http(s) URL.`);
  return {
    mode,
    ...get("target") ? { target: get("target") } : {},
    tailnet: get("tailnet") ?? "-",
    credentials: parseCredentials(get, setting),
    apiUrl,
    githubToken: get("github-token"),
    pagerdutyToken: get("pagerduty-token"),
    pagerdutyApiUrl: (env.PAGERDUTY_API_URL || "https://api.pagerduty.com").replace(/\/+$/, ""),
    policyDir: get("policy-dir") ?? "policy",
    grantsDir: get("grants-dir") ?? "grants",
    onDrift,
    dryRun: parseBoolean(get("dry-run"), subject("dry-run")),
    ...now ? { now } : {},
    ...requestTimeout(env.TAILPOLICY_REQUEST_TIMEOUT_MS)
  };
}
function parseCredentials(get, setting = (input) => input) {
  const { quoted: q } = namer(setting);
  const apiKey = get("api-key");
  const clientId = get("oauth-client-id");
  const secret = get("oauth-client-secret");
  const audience = get("audience");
  if (apiKey && (clientId || secret || audience)) {
    const other = clientId ? "oauth-client-id" : secret ? "oauth-client-secret" : "audience";
    throw new UserError(
      `Both ${q("api-key")} and ${q(other)} are set; give one credential form only (remove one of them).`
    );
  }
  if (apiKey) return { kind: "api-key", apiKey };
  if (secret && audience) {
    throw new UserError(
      `Both ${q("oauth-client-secret")} and ${q("audience")} are set; use an OAuth client secret or workload identity federation, not both.`
    );
  }
  if (secret || audience) {
    if (!clientId) {
      throw new UserError(
        `${q(secret ? "oauth-client-secret" : "audience")} is set but ${q("oauth-client-id")} is missing; add the ${secret ? "OAuth client" : "federated identity"}'s ID.`
      );
    }
    return secret ? { kind: "oauth", clientId, clientSecret: secret } : { kind: "wif", clientId, audience };
  }
  if (clientId) {
    throw new UserError(
      `${q("oauth-client-id")} is set but neither ${q("oauth-client-secret")} (OAuth client) nor ${q("audience")} (workload identity federation) is; add one.`
    );
  }
  return { kind: "none" };
}
var SECRET_INPUTS = ["api-key", "oauth-client-secret", "github-token", "pagerduty-token"];
function requestTimeout(value) {
  if (!value) return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 6e5) {
    throw new UserError(`TAILPOLICY_REQUEST_TIMEOUT_MS is "${value}"; use milliseconds between 100 and 600000.`);
  }
  return { requestTimeoutMs: ms };
}
function parseBoolean(value, subject) {
  if (value === void 0) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UserError(`${subject} is "${value}"; use true or false.`);
}

export {
  envInputs,
  parseInputs,
  SECRET_INPUTS
};
