/**
 * Loads one of the bundles in dist/bundles/ (CommonJS) through V8 with a code cache of its own,
 * written after a run: so it holds the functions the run compiled lazily, which Node's module
 * compile cache does not (that keeps only the code compiled before a module runs, so every other
 * function was compiled again in every process).
 *
 * The cache is code, and is kept with the care the compile cache had (compile-cache.ts): in this
 * user's private folder, or in the folder NODE_COMPILE_CACHE names, or nowhere under
 * NODE_DISABLE_COMPILE_CACHE. Its file is named by the SHA-256 of the bundle's bytes (taken by
 * scripts/build.mjs: loading node:crypto to hash it here would cost 5-8 ms, a tenth of the README
 * example's check), the bundle file's size and modification time (so a bundle changed after the
 * build is not taken for the one built; not its inode, which changes each time the runner unpacks
 * the action again), the Node and V8 versions, the platform and the V8 flags: a rebuilt bundle or
 * an upgraded Node never reads another's cache. A cache that cannot be read, is not one of ours,
 * or that V8 rejects only means a slower start, and is written again; a cache is written whole
 * under a temporary name and renamed, so a run never reads half of one; and a run that found a
 * good cache and compiled nothing new writes nothing.
 *
 * Loaded before the bundles, so it imports only Node's own modules.
 */
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
 * A cache file: this tag, the sizes of V8's compiled code when the run that wrote it ended (see
 * `Sizes`), then V8's data. A file without the tag is not read as a cache.
 */
const TAG = Buffer.from('tailpolicy-code-cache-2\n');
const HEADER = TAG.length + 8;

/**
 * How much code V8 had compiled when a run ended. `bytecode` is exact (the same path compiles the
 * same functions, to the byte) but V8 walks the heap to count it, 1-2 ms; `trusted`, the heap's
 * trusted space (bytecode and the metadata of optimised code, in V8 13), takes one cheap call but
 * varies by some kilobytes with what the optimising compilers finish before the exit. 0 when
 * this V8 has no trusted space.
 */
interface Sizes {
  trusted: number;
  bytecode: number;
}

/** Trusted-space bytes beyond the writing run's below which a run is taken to be like it. */
const TRUSTED_SLACK = 32 * 1024;
/** Bytecode beyond the writing run's that makes a run write the cache again. */
const BYTECODE_SLACK = 4 * 1024;
/**
 * The share of runs with a good cache that look for code the cache lacks. Looking loads node:v8,
 * 2.4 ms of the README example's 57 ms check, for an answer that is almost always "nothing new";
 * a command that took a new path is still cached within a few runs (4 on average). Every run
 * looks under TAILPOLICY_CODE_CACHE_TRACE, so the tests see each decision.
 */
const GROWTH_CHECK_SHARE = 0.25;

const trustedBytes = (v8: typeof V8): number =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'trusted_space')?.space_used_size ?? 0;
const bytecodeBytes = (v8: typeof V8): number => v8.getHeapCodeStatistics().bytecode_and_metadata_size;

/**
 * The exports of the CommonJS bundle `file` (whose SHA-256 is `sha256`), run in this context as
 * Node runs a module, its code from the cache when there is a good one. `use` names what the
 * bundle is run for (a command, a mode): each use has its own cache, so a command's cache holds
 * its own functions, not also those of the other commands in its bundle. `shared` gives modules
 * that the bundle leaves out (its `require` of those names returns them).
 */
export function loadBundle(
  file: string,
  sha256: string,
  use: string,
  env: NodeJS.ProcessEnv,
  shared: Record<string, unknown> = {},
  options: { cache?: boolean } = {},
): Record<string, unknown> {
  const fs = builtin<typeof Fs>('node:fs');
  const vm = builtin<typeof Vm>('node:vm');
  const fd = fs.openSync(file, 'r');
  let bytes: Buffer;
  let st: Fs.Stats;
  try {
    st = fs.fstatSync(fd);
    bytes = fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const dir = options.cache === false ? undefined : cacheFolder(env);
  const cacheFile =
    dir === undefined
      ? undefined
      : join(dir, `${basename(file)}-${use.replace(/[^\w-]/g, '_').slice(0, 40)}-${cacheKey(sha256, st, env)}.v8`);
  const found = cacheFile === undefined ? undefined : readCache(fs, cacheFile);
  // The bundle wrapped as Node wraps a CommonJS module, on its first line: line numbers are the file's.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`,
    { filename: file, ...(found ? { cachedData: found.data } : {}) },
  );
  const outcome: CacheOutcome =
    cacheFile === undefined ? 'off' : !found ? 'cold' : script.cachedDataRejected ? 'rejected' : 'warm';
  if (env.TAILPOLICY_CODE_CACHE_TRACE) process.stderr.write(`code cache: ${basename(file)} ${outcome}\n`);
  if (cacheFile !== undefined) {
    process.once('exit', () => {
      try {
        // Written when there was no good cache, or when the run ends with more bytecode than the
        // run that wrote the cache did: it took a path that run did not, and compiled functions
        // the cache lacks. A run like that one ends with as much, and writes nothing; the trusted
        // space tells most such runs cheaply, the bytecode count the others. Most runs with a good
        // cache do not look (GROWTH_CHECK_SHARE).
        if (outcome === 'warm' && !env.TAILPOLICY_CODE_CACHE_TRACE && Math.random() >= GROWTH_CHECK_SHARE) return;
        const v8 = builtin<typeof V8>('node:v8');
        const trusted = trustedBytes(v8);
        if (outcome === 'warm' && trusted > 0 && trusted <= found!.sizes.trusted + TRUSTED_SLACK) return;
        const bytecode = bytecodeBytes(v8);
        if (outcome === 'warm' && bytecode <= found!.sizes.bytecode + BYTECODE_SLACK) return;
        const written = writeCache(fs, cacheFile, { trusted, bytecode }, script.createCachedData());
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
  // Node's own setting names the folder for compiled code; Node makes it and uses it as it is,
  // and so do we.
  if (env.NODE_COMPILE_CACHE) {
    try {
      builtin<typeof Fs>('node:fs').mkdirSync(env.NODE_COMPILE_CACHE, { recursive: true });
    } catch {
      // Not made: the cache cannot be written, and the command runs without one.
    }
    return env.NODE_COMPILE_CACHE;
  }
  return compileCacheDir(env);
}

/**
 * The cache's name for these bytes and everything else V8's code depends on: a cache made for
 * another bundle, another Node or V8, another platform, or other V8 flags is never read.
 */
function cacheKey(sha256: string, st: Fs.Stats, env: NodeJS.ProcessEnv): string {
  const context = [
    st.size,
    st.mtimeMs,
    process.version,
    process.versions.v8,
    process.platform,
    process.arch,
    process.execArgv.join(' '),
    env.NODE_OPTIONS ?? '',
  ].join('\0');
  return `${sha256.slice(0, 32)}-${fnv1a(context, 0x811c9dc5)}${fnv1a(context, 0x9747b28c)}`;
}

/** FNV-1a of `text`'s UTF-16 units from `seed`, as 8 hex digits: names, not security. */
function fnv1a(text: string, seed: number): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache in `file`: undefined when there is none, or it cannot be read, or is not ours. */
function readCache(fs: typeof Fs, file: string): { sizes: Sizes; data: Buffer } | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length <= HEADER || !buf.subarray(0, TAG.length).equals(TAG)) return undefined;
  const sizes = { trusted: buf.readUInt32LE(TAG.length), bytecode: buf.readUInt32LE(TAG.length + 4) };
  return { sizes, data: buf.subarray(HEADER) };
}

/**
 * Writes the cache whole: to a new file of this process first, then renamed over the old one, so
 * a concurrent run reads the old cache or the new one, never part of one. Failing changes nothing.
 */
function writeCache(fs: typeof Fs, file: string, sizes: Sizes, data: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  const header = Buffer.alloc(HEADER);
  TAG.copy(header);
  header.writeUInt32LE(Math.min(sizes.trusted, 0xffffffff), TAG.length);
  header.writeUInt32LE(Math.min(sizes.bytecode, 0xffffffff), TAG.length + 4);
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
