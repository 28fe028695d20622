"use strict";

// <define:__BUNDLE_SHA256__>
var define_BUNDLE_SHA256_default = { "cli-none": "e9acb60f1b6e509f79947318cbb5f2744c65fd82ad8760ca666842cbcb78fb7b", "cli-offline": "bc22dd034579149f649d5a77bc3059e1d9c1ed9156734ace23758068029ac6cc", "cli-plan": "c2c44369fa0d50523295d7aa507eb8432089f1ac4235e7eb1e8f055d258e89b4", "cli-init": "8184364e026de15adc4a9ec91bf7c9e0784a4d1f06067a757a89752b93ad01cf", "cli-online": "386486da1e53d475e823adbfe0071d65aa0b1eeb74c57c6af884a91ebdf63209", git: "c03c2c70a9ea76f3a051ab3e891ef1cfe160a9ee96adec75f69d4ecba913081c", action: "c194eee1df71e559ef27fb679fb7d378e6dbe9f2523442548197795d938176a3" };

// src/index.ts
var import_node_path3 = require("node:path");

// src/shared/code-cache.ts
var import_node_module2 = require("node:module");
var import_node_path2 = require("node:path");

// src/shared/builtin.ts
var import_node_module = require("node:module");
function builtin(name) {
  return process.getBuiltinModule?.(name) ?? (0, import_node_module.createRequire)(__filename)(name);
}

// src/shared/compile-cache.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
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

// src/shared/code-cache.ts
var TAG = Buffer.from("tailpolicy-code-cache-2\n");
var HEADER = TAG.length + 8;
var TRUSTED_SLACK = 32 * 1024;
var BYTECODE_SLACK = 4 * 1024;
var trustedBytes = (v8) => v8.getHeapSpaceStatistics().find((s) => s.space_name === "trusted_space")?.space_used_size ?? 0;
var bytecodeBytes = (v8) => v8.getHeapCodeStatistics().bytecode_and_metadata_size;
function loadBundle(file, sha256, use, env, shared = {}) {
  const fs = builtin("node:fs");
  const vm = builtin("node:vm");
  const fd = fs.openSync(file, "r");
  let bytes;
  let st;
  try {
    st = fs.fstatSync(fd);
    bytes = fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const dir = cacheFolder(env);
  const cacheFile = dir === void 0 ? void 0 : (0, import_node_path2.join)(dir, `${(0, import_node_path2.basename)(file)}-${use.replace(/[^\w-]/g, "_").slice(0, 40)}-${cacheKey(sha256, st, env)}.v8`);
  const found = cacheFile === void 0 ? void 0 : readCache(fs, cacheFile);
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) { ${bytes.toString("utf8")}
})`,
    { filename: file, ...found ? { cachedData: found.data } : {} }
  );
  const outcome = cacheFile === void 0 ? "off" : !found ? "cold" : script.cachedDataRejected ? "rejected" : "warm";
  if (env.TAILPOLICY_CODE_CACHE_TRACE) process.stderr.write(`code cache: ${(0, import_node_path2.basename)(file)} ${outcome}
`);
  if (cacheFile !== void 0) {
    process.once("exit", () => {
      try {
        const v8 = builtin("node:v8");
        const trusted = trustedBytes(v8);
        if (outcome === "warm" && trusted > 0 && trusted <= found.sizes.trusted + TRUSTED_SLACK) return;
        const bytecode = bytecodeBytes(v8);
        if (outcome === "warm" && bytecode <= found.sizes.bytecode + BYTECODE_SLACK) return;
        const written = writeCache(fs, cacheFile, { trusted, bytecode }, script.createCachedData());
        if (env.TAILPOLICY_CODE_CACHE_TRACE && written) process.stderr.write(`code cache: ${(0, import_node_path2.basename)(file)} written
`);
      } catch {
      }
    });
  }
  const require2 = (0, import_node_module2.createRequire)(file);
  const module2 = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(
    module2.exports,
    module2.exports,
    (id) => Object.hasOwn(shared, id) ? shared[id] : require2(id),
    module2,
    file,
    (0, import_node_path2.dirname)(file)
  );
  return module2.exports;
}
function cacheFolder(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  if (env.NODE_COMPILE_CACHE) {
    try {
      builtin("node:fs").mkdirSync(env.NODE_COMPILE_CACHE, { recursive: true });
    } catch {
    }
    return env.NODE_COMPILE_CACHE;
  }
  return compileCacheDir(env);
}
function cacheKey(sha256, st, env) {
  const context = [
    st.size,
    st.mtimeMs,
    process.version,
    process.versions.v8,
    process.platform,
    process.arch,
    process.execArgv.join(" "),
    env.NODE_OPTIONS ?? ""
  ].join("\0");
  return `${sha256.slice(0, 32)}-${fnv1a(context, 2166136261)}${fnv1a(context, 2538058380)}`;
}
function fnv1a(text, seed) {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function readCache(fs, file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return void 0;
  }
  if (buf.length <= HEADER || !buf.subarray(0, TAG.length).equals(TAG)) return void 0;
  const sizes = { trusted: buf.readUInt32LE(TAG.length), bytecode: buf.readUInt32LE(TAG.length + 4) };
  return { sizes, data: buf.subarray(HEADER) };
}
function writeCache(fs, file, sizes, data) {
  const temp = `${file}.${process.pid}.tmp`;
  const header = Buffer.alloc(HEADER);
  TAG.copy(header);
  header.writeUInt32LE(Math.min(sizes.trusted, 4294967295), TAG.length);
  header.writeUInt32LE(Math.min(sizes.bytecode, 4294967295), TAG.length + 4);
  try {
    fs.writeFileSync(temp, Buffer.concat([header, data]), { mode: 384, flag: "wx" });
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
    }
    return false;
  }
}

// src/index.ts
var mode = process.env.INPUT_MODE?.trim() || "none";
var { run } = loadBundle((0, import_node_path3.join)(__dirname, "bundles", "action.cjs"), define_BUNDLE_SHA256_default.action, mode, process.env);
void run();
