"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/git.ts
var git_exports = {};
__export(git_exports, {
  GIT_TIMEOUT_MS: () => GIT_TIMEOUT_MS,
  addingCommit: () => addingCommit,
  ensureCommit: () => ensureCommit,
  filesAt: () => filesAt,
  filesAtRef: () => filesAtRef,
  firstParentCommitAt: () => firstParentCommitAt,
  firstParentHistory: () => firstParentHistory,
  gitRunner: () => gitRunner,
  gitValue: () => gitValue,
  hasCommit: () => hasCommit,
  isShallow: () => isShallow,
  lastCommits: () => lastCommits,
  readAheadAt: () => readAheadAt,
  readBlobs: () => readBlobs,
  runGit: () => runGit,
  workspaceHead: () => workspaceHead
});
module.exports = __toCommonJS(git_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_errors = require("./shared/errors.js");
var import_source = require("./policy/source.js");
var MAX_OUTPUT = 64 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
function deadline(opts) {
  if (opts.timeoutMs !== void 0) return opts.timeoutMs;
  const text = (opts.env ?? process.env).TAILPOLICY_GIT_TIMEOUT_MS;
  const ms = text ? Number(text) : NaN;
  return Number.isInteger(ms) && ms > 0 ? ms : GIT_TIMEOUT_MS;
}
function runGit(root, args, opts = {}) {
  const maxBytes = opts.maxBytes ?? MAX_OUTPUT;
  const timeoutMs = deadline(opts);
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)(
      "git",
      [
        "--no-replace-objects",
        "--literal-pathspecs",
        "-c",
        "log.showSignature=false",
        "-c",
        "log.follow=false",
        "-c",
        "color.ui=false",
        "-c",
        "core.quotePath=false",
        "-C",
        root,
        ...args
      ],
      {
        detached: process.platform !== "win32",
        stdio: ["pipe", "pipe", "pipe"],
        env: {
          ...opts.env ?? process.env,
          GIT_TERMINAL_PROMPT: "0",
          GIT_ASKPASS: "echo",
          GCM_INTERACTIVE: "never",
          GIT_PAGER: "cat",
          LC_ALL: "C"
        },
        windowsHide: true
      }
    );
    const out = [];
    const err = [];
    let size = 0;
    let settled = false;
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const finish = (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        kill();
        reject(e);
      } else resolve(Buffer.concat(out));
    };
    const timer = setTimeout(
      () => finish(
        new import_errors.UserError(
          `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1e3)} s and was stopped` + (args[0] === "fetch" ? "; the remote did not answer." : ` (in ${root}); set TAILPOLICY_GIT_TIMEOUT_MS to allow longer.`)
        )
      ),
      timeoutMs
    );
    timer.unref?.();
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes)
        finish(
          new import_errors.UserError(
            `git ${args[0]} produced more than ${Math.round(maxBytes / 1048576)} MiB of output; the history is too large to read at once.`
          )
        );
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on(
      "error",
      (e) => finish(
        new import_errors.UserError(
          e.code === "ENOENT" ? "git is not installed or not on PATH; tailpolicy reads the Git history." : `git could not be run: ${e.message}`
        )
      )
    );
    child.on("close", (code, signal) => {
      if (code === 0) return finish(void 0);
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" ");
      finish(
        new import_errors.UserError(`git ${args[0]} failed in ${root} (${signal ?? `exit ${code}`})${message ? `: ${message}` : ""}`)
      );
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input);
  });
}
function gitRunner(root, env) {
  return (args, options = {}) => runGit(root, args, { ...options, ...env ? { env } : {} });
}
async function git(root, args, opts = {}) {
  return (await runGit(root, args, opts)).toString("utf8");
}
async function hasCommit(root, sha) {
  try {
    await git(root, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function ensureCommit(root, sha, opts = {}) {
  if (await hasCommit(root, sha)) return;
  let why = "";
  try {
    await git(root, ["fetch", "--no-tags", "--depth=1", "origin", sha], opts);
  } catch (e) {
    why = ` (${e.message})`;
  }
  if (!await hasCommit(root, sha)) {
    throw new import_errors.UserError(
      `Commit ${sha} is not in the checkout and could not be fetched${why}; check out with fetch-depth: 0 (actions/checkout).`
    );
  }
}
var REGULAR_FILE = /^100(644|755)$/;
var MAX_BATCH_BYTES = 256 * 1024 * 1024;
function filesAt(root, ref, dirs, env) {
  if (env !== void 0 || !FULL_ID.test(ref)) return readFilesAt(root, ref, dirs, env);
  const key = JSON.stringify([root, ref, dirs]);
  let hit = filesAtCache.get(key);
  if (!hit) {
    hit = readFilesAt(root, ref, dirs);
    filesAtCache.set(key, hit);
    hit.catch(() => filesAtCache.delete(key));
    if (filesAtCache.size > FILES_AT_CACHE) filesAtCache.delete(filesAtCache.keys().next().value);
  }
  return hit.then((files) => files.map((f) => ({ ...f })));
}
var FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var FILES_AT_CACHE = 8;
var filesAtCache = /* @__PURE__ */ new Map();
function readAheadAt(root, sha, dirs) {
  if (FULL_ID.test(sha)) filesAt(root, sha, dirs).catch(() => void 0);
}
async function readFilesAt(root, ref, dirs, env) {
  const run = gitRunner(root, env);
  const listing = (await run(["ls-tree", "-r", "-z", "-l", "--end-of-options", ref, "--", ...dirs])).toString("utf8");
  const prefixes = dirs.map((d) => d.replace(/\/+$/, "")).filter((d) => d && d !== ".");
  const entries = [];
  const sizes = /* @__PURE__ */ new Map();
  for (const line of listing.split("\0").filter(Boolean)) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
    if (!m || m[2] !== "blob" || !REGULAR_FILE.test(m[1])) continue;
    const path = m[5];
    const dir = prefixes.find((p) => path.startsWith(`${p}/`));
    const rel = dir ? path.slice(dir.length + 1) : path;
    if (!(0, import_source.formatOf)(path) || rel.split("/").some((part) => part.startsWith("."))) continue;
    entries.push({ blob: m[3], path });
    sizes.set(m[3], Number(m[4]));
  }
  const blobs = await readSizedBlobs(run, sizes);
  return entries.map((e) => ({ path: e.path, text: blobs.get(e.blob)?.text ?? " ".repeat(import_source.MAX_FILE_BYTES + 1) }));
}
async function readBlobs(git2, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const check = (await git2(["cat-file", "--batch-check"], { input: unique.map((id) => `${id}
`).join("") })).toString(
    "utf8"
  );
  const sizes = /* @__PURE__ */ new Map();
  for (const line of check.split("\n").filter(Boolean)) {
    const [id, type, size] = line.split(" ");
    if (type === "blob") sizes.set(id, Number(size));
  }
  return readSizedBlobs(git2, sizes);
}
async function readSizedBlobs(git2, sizes) {
  const out = /* @__PURE__ */ new Map();
  const small = [];
  for (const [id, size] of sizes) {
    if (size <= import_source.MAX_FILE_BYTES) small.push(id);
    else out.set(id, { size });
  }
  let chunk = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const data = await git2(["cat-file", "--batch"], {
      input: chunk.map((id) => `${id}
`).join(""),
      maxBytes: bytes + chunk.length * 128 + 1024
    });
    let at = 0;
    while (at < data.length) {
      const eol = data.indexOf(10, at);
      if (eol < 0) break;
      const [id, type, sizeText] = data.subarray(at, eol).toString("utf8").split(" ");
      const size = Number(sizeText);
      if (type !== "blob" || !Number.isFinite(size))
        throw new Error(`Unexpected git cat-file output: ${data.subarray(at, eol).toString("utf8")}`);
      out.set(id, { text: data.subarray(eol + 1, eol + 1 + size).toString("utf8"), size });
      at = eol + 1 + size + 1;
    }
    chunk = [];
    bytes = 0;
  };
  for (const id of small) {
    const size = sizes.get(id);
    if (bytes + size > MAX_BATCH_BYTES / 4) await flush();
    chunk.push(id);
    bytes += size;
  }
  await flush();
  return out;
}
async function isShallow(root, env) {
  const own = ownGitDir(root, env ?? process.env);
  if (own) return (0, import_node_fs.existsSync)((0, import_node_path.join)(own, "shallow"));
  const out = (await runGit(root, ["rev-parse", "--is-shallow-repository"], env ? { env } : {})).toString("utf8");
  return out.trim() !== "false";
}
function ownGitDir(root, env) {
  if (env.GIT_DIR || env.GIT_COMMON_DIR) return void 0;
  const dir = (0, import_node_path.join)(root, ".git");
  try {
    if (!(0, import_node_fs.lstatSync)(dir).isDirectory()) return void 0;
    if (!(0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "HEAD")) || (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "commondir"))) return void 0;
  } catch {
    return void 0;
  }
  return dir;
}
async function lastCommits(root, dir) {
  const out = /* @__PURE__ */ new Map();
  const log = await git(root, ["log", "--format=%x00%H", "--name-only", "--no-renames", "HEAD", "--", dir]);
  for (const block of log.split("\0")) {
    const [sha, ...files] = block.split("\n").filter(Boolean);
    if (!sha) continue;
    for (const f of files) if (!out.has(f)) out.set(f, sha);
  }
  return out;
}
async function filesAtRef(root, ref, dirs) {
  let sha;
  try {
    sha = (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    throw new import_errors.UserError(
      `"${ref}" is not a commit of the repository at ${root}; pass --base with a branch, tag or SHA.`
    );
  }
  return filesAt(root, sha, dirs);
}
async function firstParentHistory(root, dirs) {
  const marker = "tailpolicy-commit";
  const log = await git(root, [
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    "-z",
    "--no-ext-diff",
    `--format=${marker}%x00%H%x00%P`,
    "HEAD",
    "--",
    ...dirs
  ]);
  const tokens = log.split("\0").map((t) => t.replace(/^\n+/, ""));
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === marker) {
      const sha = tokens[++i];
      const parent = tokens[++i].split(" ")[0];
      out.push({ sha, ...parent ? { parent } : {}, changes: /* @__PURE__ */ new Map() });
      continue;
    }
    const raw = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])/.exec(token);
    const path = tokens[i + 1];
    if (!raw || path === void 0 || !out.length) continue;
    i++;
    const deleted = raw[3] === "D" || /^0+$/.test(raw[2]);
    out[out.length - 1].changes.set(path, deleted ? null : raw[2]);
  }
  return out;
}
async function tryGit(root, args) {
  try {
    return await git(root, args);
  } catch {
    return void 0;
  }
}
async function gitValue(root, args) {
  return (await tryGit(root, args))?.trim() || void 0;
}
async function workspaceHead(root) {
  return (await tryGit(root, ["rev-parse", "HEAD"]))?.trim() || void 0;
}
async function addingCommit(root, path) {
  return (await tryGit(root, ["log", "--diff-filter=A", "--format=%H", "-1", "HEAD", "--", path]))?.trim() || void 0;
}
async function firstParentCommitAt(root, ref, at, env) {
  if (ref.startsWith("-") || Number.isNaN(at.getTime())) return void 0;
  const seconds = Math.floor(at.getTime() / 1e3);
  try {
    const out = await runGit(
      root,
      ["rev-list", "--first-parent", "-1", `--min-age=${seconds}`, "--end-of-options", ref],
      env ? { env } : {}
    );
    return out.toString("utf8").trim() || void 0;
  } catch {
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GIT_TIMEOUT_MS,
  addingCommit,
  ensureCommit,
  filesAt,
  filesAtRef,
  firstParentCommitAt,
  firstParentHistory,
  gitRunner,
  gitValue,
  hasCommit,
  isShallow,
  lastCommits,
  readAheadAt,
  readBlobs,
  runGit,
  workspaceHead
});
