#!/usr/bin/env node
"use strict";

// <define:__BUNDLE_OF__>
var define_BUNDLE_OF_default = { check: "cli-offline", compile: "cli-offline", explain: "cli-offline", plan: "cli-plan", init: "cli-init", apply: "cli-online", expire: "cli-online", audit: "cli-online", request: "cli-online", extend: "cli-online", help: "cli-none" };

// <define:__BUNDLE_SHA256__>
var define_BUNDLE_SHA256_default = { "cli-none": "e9acb60f1b6e509f79947318cbb5f2744c65fd82ad8760ca666842cbcb78fb7b", "cli-offline": "fb9d749f02477ead7b83f5f8666c9cd61e5d508973716e42f52eba88b5e82ae7", "cli-plan": "c231b8985f3de637baf8acb362765bb4107d406f3dbd6e8896bdc5f82fbcd741", "cli-init": "1cd2003fcf20d1148ffade56bd066dbbf0e3ba55421b1dd5dcfd7b72a08d2951", "cli-online": "f34470d7f7713319b46fbb6c2435365a72e932dd5decdc45b4c927ff9553c138", git: "c03c2c70a9ea76f3a051ab3e891ef1cfe160a9ee96adec75f69d4ecba913081c", "action-check": "32e6037be0d8839a689ed321c09130cadbb87891354d8ad0f1a011aae3888532", "action-apply": "82b3d994dce0db4ef3b0a86924b7546dfb2ccdbb5199c4f04b68079e54e0d52e", "action-expire": "9c5757a707748e708b63ac766efa828de05764d5cc1f23e0ca7d6bc625afbbda", "action-audit": "6c2e4d50e2db1fbdee1481962ebd755abb3161305afa7b8b4fe2ae05282b778f", "action-request": "c11598a5adc0d3be44c5ea98e08ef9e942827ca26649ac7a3f36f1d13fa7be80", "action-none": "b813b3dd17b1ba66bcffbb558499ea0cfa2cc59467b73969c113ce71e77d4deb", kit: "b2f2b9bc1e44595cd7698f0a4923fcd2cf047098ace088d9a8b65593bb492a14", yaml: "6c065241de3fc93d161b51e9f714065c90f1cfca340ab2c5c1e53f6a4e9fb5e2" };

// src/bin.ts
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
var GROWTH_CHECK_SHARE = 0.25;
var trustedBytes = (v8) => v8.getHeapSpaceStatistics().find((s) => s.space_name === "trusted_space")?.space_used_size ?? 0;
var bytecodeBytes = (v8) => v8.getHeapCodeStatistics().bytecode_and_metadata_size;
function loadBundle(file, sha256, use, env, shared = {}, options = {}) {
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
  const dir = options.cache === false ? void 0 : cacheFolder(env);
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
        if (outcome === "warm" && !env.TAILPOLICY_CODE_CACHE_TRACE && Math.random() >= GROWTH_CHECK_SHARE) return;
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

// src/bin.ts
var bundles = (0, import_node_path3.join)(__dirname, "bundles");
var argv = process.argv.slice(2);
var command = argv.find((a) => Object.hasOwn(define_BUNDLE_OF_default, a));
var load = (name, use, shared) => loadBundle((0, import_node_path3.join)(bundles, `${name}.cjs`), define_BUNDLE_SHA256_default[name], use, process.env, shared);
var cliOf = (command2) => load(
  command2 !== void 0 && Object.hasOwn(define_BUNDLE_OF_default, command2) ? define_BUNDLE_OF_default[command2] : "cli-none",
  command2 ?? "none"
).cli;
var hooks = globalThis;
hooks[/* @__PURE__ */ Symbol.for("tailpolicy.otherCommand")] = (command2, io) => cliOf(command2)(argv, io);
hooks[/* @__PURE__ */ Symbol.for("tailpolicy.loadShared")] = (name, shared) => load(name, command ?? "none", shared);
var cli = cliOf(command);
var quietOnEpipe = (stream) => stream.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
var stdout = quietOnEpipe(process.stdout);
var stderr;
void cli(argv, {
  stdout: (s) => void stdout.write(s),
  stderr: (s) => void (stderr ??= quietOnEpipe(process.stderr)).write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  // A pipe's writes are asynchronous: what its reader has not taken yet is held in memory.
  drained: () => stdout.writableNeedDrain ? new Promise((done) => stdout.once("drain", () => done())) : void 0
}).then((code) => {
  process.exitCode = code;
});
