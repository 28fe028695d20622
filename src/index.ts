// The action's launcher (action.yml's `main`): the action is one bundle (dist/bundles/action.cjs,
// built by scripts/build.mjs from src/main.ts), loaded with a code cache of the functions it ran
// (shared/code-cache.ts), kept in this user's private folder: on a runner that keeps its
// temporary folder, later runs start without compiling the bundle again. Not Node's default
// folder, which any user of a shared self-hosted runner may create first: a code cache is code.
import { join } from 'node:path';
import { loadBundle } from './shared/code-cache.js';
import type { run as Run } from './main.js';

declare const __dirname: string;
/** Each bundle's SHA-256, from scripts/build.mjs. */
declare const __BUNDLE_SHA256__: Record<string, string>;

// Each mode has its own cache, of the functions it runs.
const mode = process.env.INPUT_MODE?.trim() || 'none';
const { run } = loadBundle(join(__dirname, 'bundles', 'action.cjs'), __BUNDLE_SHA256__.action!, mode, process.env) as {
  run: typeof Run;
};
void run();
