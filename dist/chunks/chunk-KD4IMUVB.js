import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  countByState,
  mergeTimes,
  readRepository
} from "./chunk-GTFGPC34.js";
import {
  MAX_FILE_BYTES,
  checkRepository,
  error as error2,
  formatOf,
  oneLine
} from "./chunk-SZUJ4VRJ.js";
import {
  UserError,
  endGroup,
  error,
  info,
  isoUtc,
  notice,
  startGroup,
  warning
} from "./chunk-6ZHZERHB.js";

// src/git.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT = 64 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
function git(root, args, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? GIT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: root,
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo", GCM_INTERACTIVE: "never" },
      windowsHide: true
    });
    const out = [];
    const err = [];
    let size = 0;
    let settled = false;
    const finish = (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        kill();
        reject(e);
      } else resolve(Buffer.concat(out).toString("utf8"));
    };
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(
      () => finish(
        new UserError(
          `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1e3)} s and was stopped` + (args[0] === "fetch" ? "; the remote did not answer." : ".")
        )
      ),
      timeoutMs
    );
    timer.unref?.();
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_OUTPUT)
        finish(new UserError(`git ${args[0]} produced more than ${MAX_OUTPUT >> 20} MiB of output.`));
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on("error", (e) => finish(new UserError(`git could not be run: ${e.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) return finish(void 0);
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" ");
      finish(new UserError(`git ${args[0]} failed (${signal ?? `exit ${code}`})${message ? `: ${message}` : ""}`));
    });
  });
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
    throw new UserError(
      `Commit ${sha} is not in the checkout and could not be fetched${why}; check out with fetch-depth: 0 (actions/checkout).`
    );
  }
}
async function filesAt(root, ref, dirs) {
  const listing = await git(root, ["ls-tree", "-r", "-z", "--long", ref, "--", ...dirs]);
  const out = [];
  for (const entry of listing.split("\0")) {
    const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/s.exec(entry);
    if (!m || m[1] === "120000" || !formatOf(m[4])) continue;
    const size = Number(m[3]);
    const text = size > MAX_FILE_BYTES ? "x".repeat(MAX_FILE_BYTES + 1) : await git(root, ["cat-file", "blob", m[2]]);
    out.push({ path: m[4], text });
  }
  return out;
}
async function isShallow(root) {
  return (await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function filesAtRef(root, ref, dirs) {
  let sha;
  try {
    sha = (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    throw new UserError(
      `"${ref}" is not a commit of the repository at ${root}; pass --base with a branch, tag or SHA.`
    );
  }
  return filesAt(root, sha, dirs);
}
async function firstParentHistory(root, dirs) {
  const marker = "tailpolicy-commit";
  const log = await git(root, [
    "--literal-pathspecs",
    "-c",
    "log.showSignature=false",
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    "-z",
    "--no-ext-diff",
    `--format=${marker}%x00%H`,
    "HEAD",
    "--",
    ...dirs
  ]);
  const tokens = log.split("\0").map((t) => t.replace(/^\n+/, ""));
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === marker) {
      out.push({ sha: tokens[++i], changes: /* @__PURE__ */ new Map() });
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
async function workspaceHead(root) {
  try {
    return (await git(root, ["rev-parse", "HEAD"])).trim() || void 0;
  } catch {
    return void 0;
  }
}

// src/report/annotations.ts
function annotate(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? "";
    byFile.set(key, [...byFile.get(key) ?? [], f]);
  }
  for (const [file, list] of byFile) {
    startGroup(file || "tailpolicy");
    for (const f of list) {
      const props = { title: `tailpolicy ${f.rule}` };
      if (f.location) {
        props.file = f.location.file;
        props.startLine = f.location.line;
        props.startColumn = f.location.column;
        if (f.location.endLine === f.location.line && f.location.endColumn !== void 0)
          props.endColumn = f.location.endColumn;
      }
      const message = oneLine(f.message, 2e3);
      if (f.severity === "error") error(message, props);
      else if (f.severity === "warning") warning(message, props);
      else notice(message, props);
    }
    endGroup();
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  info(
    `tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`
  );
}

// src/modes/offline.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function readWorkspace(ctx, mergeRef = "HEAD") {
  const { policyDir, grantsDir } = ctx.inputs;
  const files = await readRepository(ctx.workspace, policyDir, grantsDir);
  return { files, merges: await mergeTimes(ctx.workspace, mergeRef, files.grantFiles) };
}
async function offlineCheck(ctx, opts = {}) {
  const { policyDir } = ctx.inputs;
  const { files, merges } = opts.read ?? await readWorkspace(ctx, opts.mergeRef);
  const result = checkRepository({
    merges,
    policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: opts.exclude,
    readFindings: [
      ...files.findings,
      ...[...opts.exclude ?? []].map(
        ([path, why]) => error2("grant/unapproved", `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 })
      )
    ]
  });
  await mkdir(ctx.outDir, { recursive: true });
  const policyFile = join(ctx.outDir, "policy.hujson");
  await writeFile(policyFile, result.compiled.text);
  return { result, policyFile };
}
function grantOutputs(result, policyFile) {
  const counts = countByState(result.compiled);
  return {
    "policy-file": policyFile,
    digest: result.compiled.digest,
    "active-grants": String(counts.active),
    "scheduled-grants": String(counts.scheduled),
    "expired-grants": String(counts.expired),
    "next-change": result.compiled.nextChange ? isoUtc(result.compiled.nextChange) : ""
  };
}

export {
  ensureCommit,
  filesAt,
  isShallow,
  filesAtRef,
  firstParentHistory,
  workspaceHead,
  annotate,
  readWorkspace,
  offlineCheck,
  grantOutputs
};
