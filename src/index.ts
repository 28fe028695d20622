// V8's compile cache (Node 22.1 and later; see bin.ts): on a runner that keeps its temporary
// folder, later runs start without compiling the bundle again. On before the code is loaded.
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./main.js');

await run();
