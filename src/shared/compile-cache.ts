/**
 * The code cache's folder (code-cache.ts), private to this user. Loaded before the bundle, so it is
 * small and imports only Node's own modules.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder for the code cache: this user's own folder in the temporary folder, created
 * private (0700). A folder someone else owns, or that others may write to, is not used: a code
 * cache is code, and one planted there would run as this user. Node's own settings win:
 * NODE_COMPILE_CACHE names another folder, NODE_DISABLE_COMPILE_CACHE keeps the cache off.
 * Undefined when there is to be no cache of ours; a folder that cannot be made or written only
 * means no cache, never a failing command.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
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
