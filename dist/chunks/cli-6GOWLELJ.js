import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  USAGE,
  parseCommandLine
} from "./chunk-K3IEVFP2.js";
import {
  VERSION
} from "./chunk-MVKYDGXD.js";
import {
  ExternalError,
  UserError
} from "./chunk-2GOZZBP2.js";

// src/cli/index.ts
var COMMANDS = {
  check: () => import("./check-command-6RPASQOU.js"),
  compile: () => import("./compile-command-PLAYWMAT.js"),
  plan: () => import("./plan-command-KUYVYFBV.js"),
  explain: () => import("./explain-command-BDLTNI7X.js"),
  apply: () => import("./apply-command-EFYTCVRH.js"),
  expire: () => import("./expire-command-VKIB6QJH.js"),
  audit: () => import("./audit-command-PRMKVYYZ.js"),
  init: () => import("./init-command-CFZUSB2D.js"),
  request: () => import("./request-command-44GU5QRU.js"),
  extend: async () => ({ run: (await import("./request-command-44GU5QRU.js")).runExtend })
};
async function cli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      io.stderr(`tailpolicy: ${e.message}
`);
      return e.exitCode;
    }
    const fsError = fileError(e);
    if (fsError) {
      io.stderr(`tailpolicy: ${fsError}
`);
      return 2;
    }
    io.stderr(
      `tailpolicy: internal error (a bug in tailpolicy; please report it): ${e.stack ?? String(e)}
`
    );
    return 70;
  }
}
async function dispatch(argv, io) {
  const args = parseCommandLine(argv, io.cwd);
  if (args.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (!args.command) throw new UserError(`missing command

${USAGE}`);
  const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : void 0;
  if (!load) throw new UserError(`unknown command ${JSON.stringify(args.command)}

${USAGE}`);
  const { run } = await load();
  return run(args, io);
}
var FILE_ERRORS = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "not permitted",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device"
};
function fileError(e) {
  const err = e;
  if (!err || typeof err !== "object" || typeof err.path !== "string" || !err.code || !FILE_ERRORS[err.code])
    return void 0;
  const syscall = err.syscall ?? "";
  const verb = syscall === "open" ? "open" : /^(write|mkdir|copyfile|rename|unlink|rmdir)$/.test(syscall) ? "write" : "read";
  return `cannot ${verb} ${err.path}: ${FILE_ERRORS[err.code]}`;
}
export {
  cli
};
