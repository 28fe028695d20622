import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  enablePrivateCompileCache
} from "./chunks/chunk-CQRWI4T7.js";
import "./chunks/chunk-2ERTWNZR.js";
import "./chunks/chunk-FDXTWYEN.js";
import "./chunks/chunk-7MLH2TVT.js";
import "./chunks/chunk-RKDLFA4V.js";

// src/index.ts
enablePrivateCompileCache(process.env);
var { run } = await import("./chunks/main-Z6FWRVB6.js");
await run();
