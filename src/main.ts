/**
 * The action's run(): parse the inputs once, mask secrets, run the mode, and in `finally` write
 * the outputs and the job summary and call setFailed at most once.
 */
import { ExternalError, UserError } from './shared/errors.js';
import { SECRET_INPUTS, envInputs, parseInputs, type Inputs } from './inputs.js';
import { inputNames, runContext, type ModeResult, type RunContext } from './modes/context.js';
import { appendSummary, runnerIdToken, runnerLog, setFailed, setOutput } from './runner-log.js';
import { LayoutError } from './repo.js';
import { annotate } from './report/annotations.js';

type Mode = (ctx: RunContext) => Promise<ModeResult>;

/** Each mode is loaded when it runs, so a run parses only its own code (the bundle splits them). */
const MODES: Partial<Record<Inputs['mode'], () => Promise<Mode>>> = {
  check: async () => (await import('./modes/check.js')).checkMode,
  apply: async () => (await import('./modes/apply.js')).applyMode,
  expire: async () => (await import('./modes/expire.js')).expireMode,
  audit: async () => (await import('./modes/audit.js')).auditMode,
  request: async () => (await import('./modes/request.js')).requestMode,
};

export async function run(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Promise<void> {
  let result: ModeResult | undefined;
  try {
    const get = envInputs(env);
    // Mask before anything can fail: an input error must not be the one path that prints a secret.
    for (const name of SECRET_INPUTS) {
      const value = get(name);
      if (value) runnerLog.secret(value);
    }
    const inputs = parseInputs(get, env);
    const load = MODES[inputs.mode];
    if (!load) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    const mode = await load();
    result = await mode(
      runContext(inputs, env, now, { log: runnerLog, setting: inputNames, getIdToken: runnerIdToken }),
    );
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      // tailpolicy.yaml's errors also go on the file, at their lines.
      if (e instanceof LayoutError) annotate(runnerLog, e.findings);
      result = { outputs: {}, summary: '', failure: e.message };
    } else {
      runnerLog.error(`Internal error in tailpolicy (please report it): ${(e as Error).stack ?? String(e)}`);
      result = { outputs: {}, summary: '', failure: 'tailpolicy failed with an internal error; see the log.' };
    }
  } finally {
    for (const [name, value] of Object.entries(result?.outputs ?? {})) setOutput(name, value);
    if (result?.summary && env.GITHUB_STEP_SUMMARY) appendSummary(result.summary);
    if (result?.failure) setFailed(result.failure);
  }
}
