import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  require_node_module
} from "./chunk-2ERTWNZR.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/shared/builtin.ts
var import_node_module = __toESM(require_node_module(), 1);
function builtin(name) {
  return process.getBuiltinModule?.(name) ?? (0, import_node_module.createRequire)(import.meta.url)(name);
}

export {
  builtin
};
