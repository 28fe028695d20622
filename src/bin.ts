#!/usr/bin/env node
// The command line's launcher. The commands are in bundles (dist/bundles/cli-*.cjs, built by
// scripts/build.mjs from src/cli/index.ts, each with some of the commands), loaded with a code
// cache of the functions they ran (shared/code-cache.ts): `check` reads and compiles only what the
// offline commands need, and from its second run on compiles almost nothing.
import { join } from 'node:path';
import { loadBundle } from './shared/code-cache.js';
import type { cli as Cli, Io } from './cli/index.js';

declare const __dirname: string;
/** The bundle of each command, and each bundle's SHA-256, from scripts/build.mjs. */
declare const __BUNDLE_OF__: Record<string, string>;
declare const __BUNDLE_SHA256__: Record<string, string>;

const bundles = join(__dirname, 'bundles');
const argv = process.argv.slice(2);
/** The command, nearly always: the first argument that names one. Its bundle, and its cache, are loaded. */
const command = argv.find((a) => Object.hasOwn(__BUNDLE_OF__, a));
const load = (name: string, use: string, shared?: Record<string, unknown>) =>
  loadBundle(join(bundles, `${name}.cjs`), __BUNDLE_SHA256__[name]!, use, process.env, shared);
const cliOf = (command: string | undefined): typeof Cli =>
  load(
    command !== undefined && Object.hasOwn(__BUNDLE_OF__, command) ? __BUNDLE_OF__[command]! : 'cli-none',
    command ?? 'none',
  ).cli as typeof Cli;
const hooks = globalThis as Record<symbol, unknown>;
// The command is the first argument that names one, nearly always. When it is not (an option's
// value names a command), the bundle's stand-in for the command it lacks calls this: the command
// line is run again by the command's own bundle. Nothing was printed before that point.
hooks[Symbol.for('tailpolicy.otherCommand')] = (command: string, io: Io) => cliOf(command)(argv, io);
// A bundle the offline commands load when they need it (the git runner), given the modules it
// shares with them.
hooks[Symbol.for('tailpolicy.loadShared')] = (name: string, shared: Record<string, unknown>) =>
  load(name, command ?? 'none', shared);
const cli = cliOf(command);

// A reader that went away (`tailpolicy compile | head`) ends the command quietly, as git does:
// no "EPIPE" error, no stack, and the exit status the command had so far. Standard error is
// opened on its first use: making its stream costs a few milliseconds that a command writing
// nothing there does not pay.
const quietOnEpipe = (stream: NodeJS.WriteStream): NodeJS.WriteStream =>
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
const stdout = quietOnEpipe(process.stdout);
let stderr: NodeJS.WriteStream | undefined;

void cli(argv, {
  stdout: (s) => void stdout.write(s),
  stderr: (s) => void (stderr ??= quietOnEpipe(process.stderr)).write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  // A pipe's writes are asynchronous: what its reader has not taken yet is held in memory.
  drained: () => (stdout.writableNeedDrain ? new Promise((done) => stdout.once('drain', () => done())) : undefined),
}).then((code) => {
  process.exitCode = code;
});
