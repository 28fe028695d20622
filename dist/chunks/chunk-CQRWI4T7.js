import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  require_node_module
} from "./chunk-2ERTWNZR.js";
import {
  require_node_fs,
  require_node_os
} from "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/shared/compile-cache.ts
var nodeModule = __toESM(require_node_module(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function compileCacheDir(env) {
  if (env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = process.getuid?.();
  const dir = (0, import_node_path.join)((0, import_node_os.tmpdir)(), `tailpolicy-compile-cache${uid === void 0 ? "" : `-${uid}`}`);
  try {
    (0, import_node_fs.mkdirSync)(dir, { mode: 448 });
  } catch (e) {
    if (e.code !== "EEXIST") return void 0;
  }
  try {
    const st = (0, import_node_fs.lstatSync)(dir);
    if (!st.isDirectory()) return void 0;
    if (uid !== void 0 && (st.uid !== uid || (st.mode & 18) !== 0)) return void 0;
  } catch {
    return void 0;
  }
  return dir;
}
function enablePrivateCompileCache(env) {
  const enable = nodeModule.enableCompileCache;
  if (!enable) return;
  const dir = compileCacheDir(env);
  try {
    if (dir !== void 0) enable(dir);
  } catch {
  }
}

export {
  enablePrivateCompileCache
};
