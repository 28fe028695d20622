/**
 * Tests prove the source, not a stale bundle: the end-to-end tests run dist/index.js and
 * dist/cli.js, so before any test runs the bundle is rebuilt (`npm run build`) unless it was
 * built from exactly the current sources. Changing a message in src/ thus changes what the
 * end-to-end tests see without a manual rebuild. CI (.ci/run) still checks separately that the
 * committed dist/ equals a rebuild.
 *
 * "Built from exactly these sources" is a stamp holding the hash of every input file and of
 * the bundle it produced, so a `git checkout -- dist` (an older bundle) is rebuilt as well.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const INPUTS = ['src', 'scripts/build.mjs', 'package-lock.json'];
const OUTPUTS = ['dist'];
const STAMP = 'node_modules/.cache/tailpolicy/build-stamp.json';

function hashTree(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return hash.update(`missing ${path}\n`);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(`${path}\n`).update(readFileSync(path));
  };
  for (const p of paths) walk(p);
  return hash.digest('hex');
}

export default function setup(): void {
  const inputs = hashTree(INPUTS);
  const stamp = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as Record<string, string>) : {};
  if (stamp.inputs === inputs && stamp.outputs === hashTree(OUTPUTS)) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ inputs, outputs: hashTree(OUTPUTS) }) + '\n');
}
