// `node --import ./bench/loaded-modules.mjs …`: at exit, writes the files of every ES module the
// process loaded, as JSON, to the file named by TAILPOLICY_LOADED. bench/run.ts uses it to say how
// much of the bundle a command loads, and whether it loads what it should not (an HTTP client,
// Octokit, the audit code). Node 22.15+ (module.registerHooks).
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const loaded = new Set();
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) loaded.add(fileURLToPath(url));
    return next(url, context);
  },
});
process.on('exit', () => {
  if (process.env.TAILPOLICY_LOADED) writeFileSync(process.env.TAILPOLICY_LOADED, JSON.stringify([...loaded]));
});
