// `node --import ./bench/loaded-modules.mjs …`: at exit, writes what the process loaded of
// tailpolicy, as JSON, to the file named by TAILPOLICY_LOADED: `modules`, the files Node's module
// loader loaded (the launcher, dist/cli.js or dist/index.js), and `read`, the files the launcher
// read itself: the bundles it runs through vm.Script (src/shared/code-cache.ts) and their code
// caches. bench/run.ts uses it to say how much of the build a command loads, and whether it loads
// what it should not (an HTTP client, Octokit, the audit code, the git runner). Node 22.15+
// (module.registerHooks).
import { registerHooks } from 'node:module';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const modules = new Set();
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) modules.add(fileURLToPath(url));
    return next(url, context);
  },
});
// The launcher opens each bundle (and its cache) with fs.openSync or reads it with readFileSync.
const read = new Set();
const note = (path) => {
  if (typeof path === 'string' && /\.(c?js|v8)$/.test(path)) read.add(path);
};
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    const result = original.call(this, path, ...rest);
    note(path);
    return result;
  };
}
process.on('exit', () => {
  if (process.env.TAILPOLICY_LOADED)
    fs.writeFileSync(process.env.TAILPOLICY_LOADED, JSON.stringify({ modules: [...modules], read: [...read] }));
});
