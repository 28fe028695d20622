import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-2GOZZBP2.js";

// src/modes/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var inputNames = (input) => input;
function sourceFromEnv(env) {
  const repository = env.GITHUB_REPOSITORY || void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : void 0,
    commit: env.GITHUB_SHA || void 0
  };
}
function runContext(inputs, env, now, edge) {
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
    ...edge,
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
  inputNames,
  sourceFromEnv,
  runContext
};
