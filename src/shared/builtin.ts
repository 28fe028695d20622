/**
 * One of Node's built-in modules, looked up when first needed, property by property. The bundle
 * turns `import { x } from 'node:util'` into a copy of every property of node:util, and reading
 * them all makes Node load what its lazy ones stand for (the assertion diff, worker_threads,
 * colours: 2.8 ms, 33 internal modules at the start of every command, for parseArgs alone).
 */
import { createRequire } from 'node:module';

export function builtin<T>(name: string): T {
  return ((process.getBuiltinModule?.(name) as T | undefined) ?? createRequire(import.meta.url)(name)) as T;
}
