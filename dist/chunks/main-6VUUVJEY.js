import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  SECRET_INPUTS,
  envInputs,
  parseInputs,
  runContext
} from "./chunk-GE4JQ2WI.js";
import {
  ExternalError,
  UserError,
  error,
  setFailed,
  setOutput,
  setSecret,
  summary
} from "./chunk-6ZHZERHB.js";

// src/main.ts
var MODES = {
  check: async () => (await import("./check-NMFUSOML.js")).checkMode,
  apply: async () => (await import("./apply-IJ7POGLH.js")).applyMode,
  expire: async () => (await import("./expire-MWO4TC2R.js")).expireMode,
  audit: async () => (await import("./audit-CDIPG57N.js")).auditMode,
  request: async () => (await import("./request-VLFENV7E.js")).requestMode
};
async function run(env = process.env, now = /* @__PURE__ */ new Date()) {
  let result;
  try {
    const get = envInputs(env);
    for (const name of SECRET_INPUTS) {
      const value = get(name);
      if (value) setSecret(value);
    }
    const inputs = parseInputs(get, env);
    const load = MODES[inputs.mode];
    if (!load) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    const mode = await load();
    result = await mode(runContext(inputs, env, now));
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      result = { outputs: {}, summary: "", failure: e.message };
    } else {
      error(`Internal error in tailpolicy (please report it): ${e.stack ?? String(e)}`);
      result = { outputs: {}, summary: "", failure: "tailpolicy failed with an internal error; see the log." };
    }
  } finally {
    for (const [name, value] of Object.entries(result?.outputs ?? {})) setOutput(name, value);
    if (result?.summary && env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.summary, true).write();
    if (result?.failure) setFailed(result.failure);
  }
}
export {
  run
};
