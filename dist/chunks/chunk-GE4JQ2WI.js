import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  UserError,
  parseTimestamp
} from "./chunk-6ZHZERHB.js";

// src/inputs.ts
function envInputs(env) {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v ? v : void 0;
  };
}
var MODES = ["check", "apply", "expire", "audit", "request"];
var DRIFT = ["fail", "warn", "overwrite"];
function parseInputs(get, env = {}) {
  const mode = get("mode");
  if (!mode) throw new UserError(`Input "mode" is required: one of ${MODES.join(", ")}.`);
  if (!MODES.includes(mode)) throw new UserError(`Input "mode" is "${mode}"; use one of ${MODES.join(", ")}.`);
  const onDrift = get("on-drift") ?? "fail";
  if (!DRIFT.includes(onDrift)) {
    throw new UserError(`Input "on-drift" is "${onDrift}"; use one of ${DRIFT.join(", ")}.`);
  }
  const nowText = get("now");
  const now = nowText === void 0 ? void 0 : parseTimestamp(nowText);
  if (nowText !== void 0 && !now) {
    throw new UserError(`Input "now" is "${nowText}", not an RFC 3339 time with a zone (e.g. 2026-11-21T23:00:00Z).`);
  }
  const apiUrl = (get("api-url") ?? "https://api.tailscale.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl)) throw new UserError(`Input "api-url" is "${apiUrl}", not an http(s) URL.`);
  return {
    mode,
    tailnet: get("tailnet") ?? "-",
    credentials: parseCredentials(get),
    apiUrl,
    githubToken: get("github-token"),
    policyDir: get("policy-dir") ?? "policy",
    grantsDir: get("grants-dir") ?? "grants",
    onDrift,
    dryRun: parseBoolean(get("dry-run"), "dry-run"),
    ...now ? { now } : {},
    ...requestTimeout(env.TAILPOLICY_REQUEST_TIMEOUT_MS)
  };
}
function parseCredentials(get) {
  const apiKey = get("api-key");
  const clientId = get("oauth-client-id");
  const secret = get("oauth-client-secret");
  const audience = get("audience");
  if (apiKey && (clientId || secret || audience)) {
    const other = clientId ? "oauth-client-id" : secret ? "oauth-client-secret" : "audience";
    throw new UserError(`Both "api-key" and "${other}" are set; give one credential form only (remove one of them).`);
  }
  if (apiKey) return { kind: "api-key", apiKey };
  if (secret && audience) {
    throw new UserError(
      'Both "oauth-client-secret" and "audience" are set; use an OAuth client secret or workload identity federation, not both.'
    );
  }
  if (secret || audience) {
    if (!clientId) {
      throw new UserError(
        `"${secret ? "oauth-client-secret" : "audience"}" is set but "oauth-client-id" is missing; add the ${secret ? "OAuth client" : "federated identity"}'s ID.`
      );
    }
    return secret ? { kind: "oauth", clientId, clientSecret: secret } : { kind: "wif", clientId, audience };
  }
  if (clientId) {
    throw new UserError(
      '"oauth-client-id" is set but neither "oauth-client-secret" (OAuth client) nor "audience" (workload identity federation) is; add one.'
    );
  }
  return { kind: "none" };
}
var SECRET_INPUTS = ["api-key", "oauth-client-secret", "github-token"];
function requestTimeout(value) {
  if (!value) return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 6e5) {
    throw new UserError(`TAILPOLICY_REQUEST_TIMEOUT_MS is "${value}"; use milliseconds between 100 and 600000.`);
  }
  return { requestTimeoutMs: ms };
}
function parseBoolean(value, name) {
  if (value === void 0) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UserError(`Input "${name}" is "${value}"; use true or false.`);
}

// src/modes/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function sourceFromEnv(env) {
  const repository = env.GITHUB_REPOSITORY || void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : void 0,
    commit: env.GITHUB_SHA || void 0
  };
}
function runContext(inputs, env, now) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${e.message}`);
    }
  }
  return {
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: join(env.RUNNER_TEMP || tmpdir(), "tailpolicy"),
    eventName: env.GITHUB_EVENT_NAME || void 0,
    event,
    owner: owner || void 0,
    repo: repo || void 0,
    sha: env.GITHUB_SHA || void 0,
    githubApiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    source: sourceFromEnv(env),
    env
  };
}

export {
  envInputs,
  parseInputs,
  SECRET_INPUTS,
  sourceFromEnv,
  runContext
};
