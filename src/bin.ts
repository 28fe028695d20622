#!/usr/bin/env node
// V8's compile cache (Node 22.1 and later) keeps the parsed bundle on disk between runs, so a
// second run of the CLI starts without compiling its code again. It must be on before the code is
// loaded, hence the dynamic import.
import * as nodeModule from 'node:module';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder for the compile cache: this user's own folder in the temporary folder, created
 * private (0700). A folder someone else owns, or that others may write to, is not used: a code
 * cache is code, and one planted there would run as this user. Node's own settings win:
 * NODE_COMPILE_CACHE has already turned the cache on (in its folder), NODE_DISABLE_COMPILE_CACHE
 * keeps it off. Undefined when there is to be no cache of ours; a folder that cannot be made or
 * written only means no cache, never a failing command.
 */
function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `tailpolicy-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}

const enableCompileCache = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
if (enableCompileCache) {
  const dir = compileCacheDir(process.env);
  try {
    if (dir !== undefined) enableCompileCache(dir);
  } catch {
    // No cache: the command runs as it would without one.
  }
}
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
