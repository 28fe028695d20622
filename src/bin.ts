#!/usr/bin/env node
// V8's compile cache (Node 22.1 and later) keeps the parsed bundle on disk between runs, so a
// second run of the CLI starts without compiling its code again. It must be on before the code is
// loaded, hence the dynamic import.
import { enablePrivateCompileCache } from './shared/compile-cache.js';

enablePrivateCompileCache(process.env);
const { cli } = await import('./cli/index.js');

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

process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => void stdout.write(s),
  stderr: (s) => void (stderr ??= quietOnEpipe(process.stderr)).write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
});
