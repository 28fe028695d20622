import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-RKDLFA4V.js";

// builtin-by-require:node:fs/promises
var require_promises = __commonJS({
  "builtin-by-require:node:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

export {
  require_promises
};
