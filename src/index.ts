// V8's compile cache in this user's private folder, as for the CLI (shared/compile-cache.ts): on
// a runner that keeps its temporary folder, later runs start without compiling the bundle again.
// Not Node's default folder, which any user of a shared self-hosted runner may create first: a
// code cache is code. On before the code is loaded.
import { enablePrivateCompileCache } from './shared/compile-cache.js';

enablePrivateCompileCache(process.env);
const { run } = await import('./main.js');

await run();
