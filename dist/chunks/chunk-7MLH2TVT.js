import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-RKDLFA4V.js";

// builtin-by-require:node:path
var require_node_path = __commonJS({
  "builtin-by-require:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_node_path
};
