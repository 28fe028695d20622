import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  ExternalError,
  GitHubApiError,
  SECRET_INPUTS,
  TailscaleError,
  UserError,
  applyMode,
  checkMode,
  code,
  createGitHubClient,
  envInputs,
  error,
  expireMode,
  info,
  parseInputs,
  renderSummaryMarkdown,
  runAudit,
  runContext,
  setFailed,
  setOutput,
  setSecret,
  summary,
  writeAuditFiles
} from "./chunks/chunk-V7C7NWZW.js";

// src/modes/audit.ts
import { join } from "node:path";
async function auditMode(ctx) {
  const { githubToken, policyDir, grantsDir } = ctx.inputs;
  const github = githubToken && ctx.owner && ctx.repo ? createGitHubClient({ token: githubToken, apiUrl: ctx.githubApiUrl, owner: ctx.owner, repo: ctx.repo }) : void 0;
  if (!github) info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const run2 = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env
  });
  const dir = join(ctx.outDir, "audit");
  const files = await writeAuditFiles(dir, run2);
  info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  const unapproved = run2.report.summary.unapproved ?? 0;
  const summary2 = `## tailpolicy audit ${unapproved ? "\u274C" : "\u2705"}

` + renderSummaryMarkdown(run2.report) + `
The evidence (${code("audit.csv")}, ${code("audit.json")}, ${code("audit.md")}) is in ${code(dir)}, uploaded as the workflow's artifact.
`;
  return {
    outputs: { "policy-file": "" },
    summary: summary2,
    ...unapproved ? { failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`, exitCode: 1 } : {}
  };
}

// src/main.ts
var MODES = {
  check: checkMode,
  apply: applyMode,
  expire: expireMode,
  audit: auditMode
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
    const mode = MODES[inputs.mode];
    if (!mode) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    result = await mode(runContext(inputs, env, now));
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError || e instanceof GitHubApiError || e instanceof TailscaleError) {
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

// src/index.ts
await run();
