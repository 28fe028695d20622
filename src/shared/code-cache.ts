/**
 * Loads one of the bundles in dist/bundles/ (CommonJS) through V8 with a code cache of its own,
 * written after a run: so it holds the functions the run compiled lazily, which Node's module
 * compile cache does not (that keeps only the code compiled before a module runs, so every other
 * function was compiled again in every process).
 *
 * The cache is code, and is kept with the care the compile cache had (compile-cache.ts): in this
 * user's private folder, or in the folder NODE_COMPILE_CACHE names, or nowhere under
 * NODE_DISABLE_COMPILE_CACHE. Its file is named by the hash of the bundle's bytes, the Node and V8
 * versions, the platform and the V8 flags, so a rebuilt bundle or an upgraded Node never reads
 * another's cache. A cache that cannot be read, is not one of ours, or that V8 rejects only means
 * a slower start, and is written again; a cache is written whole under a temporary name and
 * renamed, so a run never reads half of one; and a run that found a good cache and compiled
 * nothing new writes nothing.
 *
 * Loaded before the bundles, so it imports only Node's own modules.
 */
import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';
import type * as Vm from 'node:vm';
import type * as V8 from 'node:v8';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { builtin } from './builtin.js';
import { compileCacheDir } from './compile-cache.js';

/** What a run found in the cache (TAILPOLICY_CODE_CACHE_TRACE prints it and each write, for tests). */
export type CacheOutcome = 'off' | 'cold' | 'warm' | 'rejected';

/**
 * A cache file: this tag, the bytecode growth the run that wrote it saw (see below), then V8's
 * data. A file without the tag is not read as a cache.
 */
const TAG = Buffer.from('tailpolicy-code-cache-1\n');
const HEADER = TAG.length + 4;

/**
 * Bytes of new bytecode a run with a good cache may compile and still write nothing: Node's own
 * functions (writing the output, exiting) are compiled in every run and are never in our cache.
 */
const SLACK = 16 * 1024;

/** V8's bytecode in the heap: it grows when a function is compiled. */
const bytecode = (v8: typeof V8): number => v8.getHeapCodeStatistics().bytecode_and_metadata_size;

/**
 * The exports of the CommonJS bundle `file`, run in this context as Node runs a module, its code
 * from the cache when there is a good one. `shared` gives modules that the bundle leaves out
 * (its `require` of those names returns them).
 */
export function loadBundle(
  file: string,
  env: NodeJS.ProcessEnv,
  shared: Record<string, unknown> = {},
): Record<string, unknown> {
  const fs = builtin<typeof Fs>('node:fs');
  const vm = builtin<typeof Vm>('node:vm');
  const v8 = builtin<typeof V8>('node:v8');
  const bytes = fs.readFileSync(file);
  const dir = cacheFolder(env);
  const cacheFile = dir === undefined ? undefined : join(dir, `${basename(file)}-${cacheKey(bytes, env)}.v8`);
  const found = cacheFile === undefined ? undefined : readCache(fs, cacheFile);
  // The bundle wrapped as Node wraps a CommonJS module, on its first line: line numbers are the file's.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`,
    { filename: file, ...(found ? { cachedData: found.data } : {}) },
  );
  const outcome: CacheOutcome =
    cacheFile === undefined ? 'off' : !found ? 'cold' : script.cachedDataRejected ? 'rejected' : 'warm';
  if (env.TAILPOLICY_CODE_CACHE_TRACE) process.stderr.write(`code cache: ${basename(file)} ${outcome}\n`);
  const before = bytecode(v8);
  if (cacheFile !== undefined) {
    process.once('exit', () => {
      try {
        // Written when there was no good cache, or when the run compiled more than the run that
        // wrote the cache did after it (a path that run did not take). Node's own lazily
        // compiled functions count too, so the growth is kept with the cache: a run like the one
        // that wrote it grows no more, and writes nothing.
        const growth = bytecode(v8) - before;
        if (outcome === 'warm' && growth <= found!.growth + SLACK) return;
        const written = writeCache(fs, cacheFile, outcome === 'warm' ? growth : 0, script.createCachedData());
        if (env.TAILPOLICY_CODE_CACHE_TRACE && written) process.stderr.write(`code cache: ${basename(file)} written\n`);
      } catch {
        // No cache: the next run compiles as this one did.
      }
    });
  }
  const require = createRequire(file);
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(
    module.exports,
    module.exports,
    (id: string) => (Object.hasOwn(shared, id) ? shared[id] : require(id)),
    module,
    file,
    dirname(file),
  );
  return module.exports;
}

/** The folder of the cache: Node's settings first, then this user's private folder. */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  // Node's own setting names the folder for compiled code; Node uses it as it is, and so do we.
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  return compileCacheDir(env);
}

/**
 * The hash of the bundle's bytes and of everything else V8's code depends on: a cache made for
 * other bytes, another Node or V8, another platform, or other V8 flags is never read.
 */
function cacheKey(bytes: Buffer, env: NodeJS.ProcessEnv): string {
  const crypto = builtin<typeof Crypto>('node:crypto');
  const context = [
    process.version,
    process.versions.v8,
    process.platform,
    process.arch,
    process.execArgv.join(' '),
    env.NODE_OPTIONS ?? '',
  ].join('\0');
  return crypto.createHash('sha256').update(bytes).update('\0').update(context).digest('hex').slice(0, 32);
}

/** The cache in `file`: undefined when there is none, or it cannot be read, or is not ours. */
function readCache(fs: typeof Fs, file: string): { growth: number; data: Buffer } | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length <= HEADER || !buf.subarray(0, TAG.length).equals(TAG)) return undefined;
  return { growth: buf.readUInt32LE(TAG.length), data: buf.subarray(HEADER) };
}

/**
 * Writes the cache whole: to a new file of this process first, then renamed over the old one, so
 * a concurrent run reads the old cache or the new one, never part of one. Failing changes nothing.
 */
function writeCache(fs: typeof Fs, file: string, growth: number, data: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  const header = Buffer.alloc(HEADER);
  TAG.copy(header);
  header.writeUInt32LE(Math.min(growth, 0xffffffff), TAG.length);
  try {
    fs.writeFileSync(temp, Buffer.concat([header, data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    return false;
  }
}
