import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-RKDLFA4V.js";

// builtin-by-require:node:module
var require_node_module = __commonJS({
  "builtin-by-require:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

export {
  require_node_module
};
