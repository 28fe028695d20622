import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  COMMAND_HELP,
  USAGE,
  parseCommandLine,
  unknownCommand,
  usageError
} from "./chunk-EINFBZSP.js";
import "./chunk-BR4HKDMG.js";
import {
  VERSION
} from "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-7MLH2TVT.js";
import {
  ExternalError,
  UserError
} from "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

// src/cli/index.ts
var COMMANDS = {
  check: () => import("./check-command-LD2K6FJD.js"),
  compile: () => import("./compile-command-PFQMXH4D.js"),
  plan: () => import("./plan-command-FFS3T55W.js"),
  explain: () => import("./explain-command-X5VYG2GH.js"),
  apply: () => import("./apply-command-MEMX2QUZ.js"),
  expire: () => import("./expire-command-D6WDQ3WC.js"),
  audit: () => import("./audit-command-U7VOCOBX.js"),
  init: () => import("./init-command-S6YQASLZ.js"),
  request: () => import("./request-command-XXUWF47V.js"),
  extend: async () => ({ run: (await import("./request-command-XXUWF47V.js")).runExtend })
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
    let topic = args.command === "help" ? args.rest[0] : args.command;
    if (topic === "help") topic = void 0;
    if (topic !== void 0 && !Object.hasOwn(COMMAND_HELP, topic)) throw unknownCommand(topic);
    io.stdout(topic === void 0 ? USAGE : COMMAND_HELP[topic]);
    return 0;
  }
  if (!args.command) throw usageError("missing command");
  const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : void 0;
  if (!load) throw unknownCommand(args.command);
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
