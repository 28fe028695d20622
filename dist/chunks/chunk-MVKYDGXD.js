import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);

// src/shared/version.ts
var VERSION = "0.1.0";
var ACTION_REPOSITORY = "tailpolicy/tailpolicy";

export {
  VERSION,
  ACTION_REPOSITORY
};
