import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);

// src/index.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var { run } = await import("./chunks/main-IDXU7RPG.js");
await run();
