// The action's launcher (action.yml's `main`): the action is a bundle per mode
// (dist/bundles/action-<mode>.cjs, built by scripts/build.mjs from src/main.ts, each with only its
// own mode), loaded with a code cache of the functions it ran (shared/code-cache.ts), kept in
// this user's private folder: on a runner that keeps its temporary folder, later runs start
// without compiling the bundle again. Not Node's default folder, which any user of a shared
// self-hosted runner may create first: a code cache is code. A GitHub-hosted runner is a new
// machine for every job, gone after it: there no cache is read or written (writing one cost a
// first run 15-20 ms, for nobody to read it).
import { join } from 'node:path';
import { loadBundle } from './shared/code-cache.js';
import type { run as Run } from './main.js';

declare const __dirname: string;
/** Each bundle's SHA-256, from scripts/build.mjs. */
declare const __BUNDLE_SHA256__: Record<string, string>;

const cache = process.env.RUNNER_ENVIRONMENT !== 'github-hosted';
const load = (name: string, use: string, shared?: Record<string, unknown>) =>
  loadBundle(join(__dirname, 'bundles', `${name}.cjs`), __BUNDLE_SHA256__[name]!, use, process.env, shared, { cache });

// The mode as src/inputs.ts reads it; a mode it would refuse runs action-none.cjs, which says so.
const mode = process.env.INPUT_MODE?.trim() || 'none';
const bundle = Object.hasOwn(__BUNDLE_SHA256__, `action-${mode}`) ? `action-${mode}` : 'action-none';
// A bundle the action loads when it needs it (the GitHub toolkit: Octokit, a proxy's HTTP
// client, the runner's OIDC token), once, with a cache for this mode.
const shared = new Map<string, Record<string, unknown>>();
(globalThis as Record<symbol, unknown>)[Symbol.for('tailpolicy.loadShared')] = (
  name: string,
  modules: Record<string, unknown>,
) => {
  let exports = shared.get(name);
  if (!exports) shared.set(name, (exports = load(name, mode, modules)));
  return exports;
};
// Each mode has its own cache, of the functions it runs.
const { run } = load(bundle, mode) as { run: typeof Run };
void run();
