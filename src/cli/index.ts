/**
 * The command line: `tailpolicy <command> [options]` (SPEC 3.2). The arguments are parsed once
 * (./args.ts); each command lives in its own module, loaded only when it runs, so the offline
 * commands never load the HTTP clients. Exit codes: 0 success, 1 the policy or grants have
 * errors (or, for explain, the access is denied), 2 usage error (including a path that cannot be
 * read or written), 3 Tailscale or GitHub failed.
 */
import { ExternalError, UserError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import { COMMAND_HELP, USAGE, parseCommandLine, unknownCommand, usageError, type Args } from './args.js';
import type { Io } from './terminal.js';

export type { Io } from './terminal.js';

type Command = (args: Args, io: Io) => Promise<number>;

/** Each command's module, imported when the command runs. */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  check: () => import('./check-command.js'),
  compile: () => import('./compile-command.js'),
  plan: () => import('./plan-command.js'),
  explain: () => import('./explain-command.js'),
  apply: () => import('./apply-command.js'),
  expire: () => import('./expire-command.js'),
  audit: () => import('./audit-command.js'),
  init: () => import('./init-command.js'),
  request: () => import('./request-command.js'),
  extend: async () => ({ run: (await import('./request-command.js')).runExtend }),
};

export async function cli(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      io.stderr(`tailpolicy: ${e.message}\n`);
      return e.exitCode;
    }
    const fsError = fileError(e);
    if (fsError) {
      io.stderr(`tailpolicy: ${fsError}\n`);
      return 2;
    }
    io.stderr(
      `tailpolicy: internal error (a bug in tailpolicy; please report it): ${(e as Error).stack ?? String(e)}\n`,
    );
    return 70;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const args = parseCommandLine(argv, io.cwd);
  if (args.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args.help) {
    // `tailpolicy check --help` and `tailpolicy help check` alike; `tailpolicy --help` for all.
    let topic = args.command === 'help' ? args.rest[0] : args.command;
    if (topic === 'help') topic = undefined;
    if (topic !== undefined && !Object.hasOwn(COMMAND_HELP, topic)) throw unknownCommand(topic);
    io.stdout(topic === undefined ? USAGE : COMMAND_HELP[topic]!);
    return 0;
  }
  if (!args.command) throw usageError('missing command');
  const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
  if (!load) throw unknownCommand(args.command);
  const { run } = await load();
  return run(args, io);
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/**
 * A file that cannot be read or written (`-o /no/such/dir/x`, `--out` into a read-only folder)
 * is the user's to fix: one line naming the path and why, exit 2 (SPEC 3.2), never a stack.
 */
function fileError(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err !== 'object' || typeof err.path !== 'string' || !err.code || !FILE_ERRORS[err.code])
    return undefined;
  const syscall = err.syscall ?? '';
  const verb =
    syscall === 'open' ? 'open' : /^(write|mkdir|copyfile|rename|unlink|rmdir)$/.test(syscall) ? 'write' : 'read';
  return `cannot ${verb} ${err.path}: ${FILE_ERRORS[err.code]}`;
}
