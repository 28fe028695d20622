import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  nodeCrypto
} from "./chunk-3EWXQCNL.js";
import {
  parseSource
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";

// src/modes/merged-at.ts
async function git(root, args) {
  const { runGit } = await import("./git-B5IEFFUM.js");
  try {
    return (await runGit(root, args)).toString("utf8");
  } catch (e) {
    if (e instanceof UserError) return void 0;
    throw e;
  }
}
var SHALLOW_PROBLEM = `This grant's "duration" counts from the moment it reached the default branch, but the checkout is shallow, so its history cannot say when that was. Fetch the whole history: actions/checkout with "fetch-depth: 0", or "git fetch --unshallow".`;
function usesDuration(file) {
  if (!/duration/.test(file.text)) return false;
  const v = parseSource(file).value;
  return v !== null && typeof v === "object" && !Array.isArray(v) && "duration" in v;
}
function blobId(text, algorithm = "sha1") {
  const body = Buffer.from(text, "utf8");
  return nodeCrypto().createHash(algorithm).update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body])).digest("hex");
}
async function mergeTimes(root, ref, files) {
  const out = /* @__PURE__ */ new Map();
  const candidates = files.filter(usesDuration);
  if (candidates.length === 0) return out;
  const sha = (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]))?.trim();
  if (!sha) return out;
  const listing = await git(root, ["ls-tree", "-z", "--end-of-options", sha, "--", ...candidates.map((f) => f.path)]);
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of (listing ?? "").split("\0")) {
    const m = /^\d{6} blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobs.set(m[2], m[1]);
  }
  const merged = candidates.filter((f) => {
    const id = blobs.get(f.path);
    return id !== void 0 && id === blobId(f.text, id.length === 64 ? "sha256" : "sha1");
  });
  if (merged.length === 0) return out;
  if ((await git(root, ["rev-parse", "--is-shallow-repository"]))?.trim() !== "false") {
    for (const f of merged) out.set(f.path, { problem: SHALLOW_PROBLEM });
    return out;
  }
  const log = await git(root, [
    "log",
    "--first-parent",
    "-m",
    "--no-renames",
    "--format=%x00%H %ct",
    "--name-only",
    "-z",
    sha,
    "--",
    ...merged.map((f) => f.path)
  ]);
  const wanted = new Set(merged.map((f) => f.path));
  let at;
  for (const token of (log ?? "").split("\0")) {
    const header = /^\n?([0-9a-f]{40,64}) (\d+)$/.exec(token);
    if (header) {
      at = new Date(Number(header[2]) * 1e3);
      continue;
    }
    const path = token.replace(/^\n+/, "");
    if (at && wanted.has(path) && !out.has(path)) out.set(path, { at });
  }
  for (const f of merged) {
    if (!out.has(f.path))
      out.set(f.path, { problem: `The Git history of ${ref} does not show when this file arrived.` });
  }
  return out;
}

export {
  mergeTimes
};
