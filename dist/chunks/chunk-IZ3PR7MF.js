import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-RKDLFA4V.js";

// builtin-by-require:os
var require_os = __commonJS({
  "builtin-by-require:os"(exports, module) {
    module.exports = __require("os");
  }
});

// builtin-by-require:fs
var require_fs = __commonJS({
  "builtin-by-require:fs"(exports, module) {
    module.exports = __require("fs");
  }
});

export {
  require_os,
  require_fs
};
