import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-RKDLFA4V.js";

// builtin-by-require:node:fs
var require_node_fs = __commonJS({
  "builtin-by-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin-by-require:node:os
var require_node_os = __commonJS({
  "builtin-by-require:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

export {
  require_node_fs,
  require_node_os
};
