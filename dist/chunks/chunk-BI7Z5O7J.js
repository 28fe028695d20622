import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-O56IQULN.js";
import {
  MAX_FILE_BYTES,
  error,
  formatOf,
  parseSource,
  warning
} from "./chunk-QERTGNHA.js";
import {
  UserError
} from "./chunk-2GOZZBP2.js";

// src/repo.ts
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
async function readRepository(root, policyDir, grantsDir) {
  const findings = [];
  const policyLink = await linkedComponent(root, policyDir);
  if (policyLink !== void 0) {
    throw new UserError(
      `${policyLink} is a symbolic link; tailpolicy does not follow links out of the repository. Commit the policy folder itself.`
    );
  }
  const policyFiles = readTree(root, policyDir, findings, true);
  const grantsLink = await linkedComponent(root, grantsDir);
  if (grantsLink !== void 0) {
    findings.push(
      error(
        "repo/symlink",
        `${grantsLink} is a symbolic link; tailpolicy does not follow links out of the repository, so no grant was read. Commit the grants folder itself.`,
        { file: grantsLink, line: 1, column: 1 }
      )
    );
    return { policyFiles, grantFiles: [], findings };
  }
  const grantFiles = readTree(root, grantsDir, findings, false);
  return { policyFiles, grantFiles, findings };
}
async function linkedComponent(root, dir) {
  let abs = root;
  for (const part of dir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".")) {
    abs = join(abs, part);
    try {
      if (lstatSync(abs).isSymbolicLink()) return repoPath(root, abs);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function repoPath(root, abs) {
  return relative(root, abs).split(sep).join(posix.sep);
}
function readTree(root, dir, findings, required) {
  const out = [];
  const top = join(root, dir);
  const walk = (abs) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      if (e.code === "ENOENT" && (abs !== top || !required)) return;
      throw new UserError(`Cannot read the folder ${repoPath(root, abs) || "."}: ${e.message}`);
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const path = join(abs, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isSymbolicLink()) {
        findings.push(symlinkWarning(root, path));
      } else if (entry.isDirectory()) {
        walk(path);
      } else if (entry.isFile() && formatOf(entry.name)) {
        const text = readCapped(path);
        if (text === void 0) findings.push(symlinkWarning(root, path));
        else out.push({ path: repoPath(root, path), text });
      }
    }
  };
  walk(top);
  return out;
}
function symlinkWarning(root, path) {
  return warning("repo/symlink", "Symbolic links are not followed; this entry is ignored. Commit the file itself.", {
    file: repoPath(root, path),
    line: 1,
    column: 1
  });
}
var buffer = Buffer.allocUnsafe(64 * 1024);
function readCapped(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if (e.code === "ELOOP") return void 0;
    throw new UserError(`Cannot read ${path}: ${e.message}`);
  }
  try {
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    closeSync(fd);
  }
}

// src/modes/merged-at.ts
import { createHash } from "node:crypto";
async function git(root, args) {
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
  return createHash(algorithm).update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body])).digest("hex");
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
  readRepository,
  mergeTimes
};
