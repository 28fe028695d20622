// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 24, with shared
// code in chunks, and publishes the JSON Schemas for editors under schemas/.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';

// The schemas are defined once, in src/policy/schemas.ts; editors read the published copies.
const { schemas } = await import('../src/policy/schemas.ts');
await mkdir('schemas', { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  await writeFile(`schemas/${name}`, JSON.stringify(schema, null, 2) + '\n');
}

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ES modules: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __tailpolicyCreateRequire } from 'node:module';\nconst require = __tailpolicyCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await writeFile('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
