/**
 * How to read a repository's grant files fastest (issue #15, "read fast"): the alternatives
 * measured in process on the same tree. `node --import tsx bench/read.bench.ts [N]` (default
 * 10,000 files). The winner is what src/repo.ts does.
 */
import { closeSync, constants, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedGrantFiles } from '../test/golden-repos.js';
import { tempDir, writeTree } from '../test/helpers.js';

const n = Number(process.argv[2] ?? 10_000);
const CAP = 10 * 2 ** 20;
const dir = writeTree(tempDir('tailpolicy-read-'), generatedGrantFiles(n));

function listSync(abs: string, out: string[]): string[] {
  const entries = readdirSync(abs, { withFileTypes: true });
  for (const e of entries) {
    const p = join(abs, e.name);
    if (e.isDirectory()) listSync(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function listAsync(abs: string, out: string[]): Promise<string[]> {
  const entries = await readdir(abs, { withFileTypes: true });
  for (const e of entries) {
    const p = join(abs, e.name);
    if (e.isDirectory()) await listAsync(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

let scratch = Buffer.allocUnsafe(64 * 1024);
function readCappedSync(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        if (n > CAP) break;
        const bigger = Buffer.allocUnsafe(Math.min(scratch.length * 4, CAP + 1));
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const r = readSync(fd, scratch, n, scratch.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return scratch.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

const variants: Record<string, () => Promise<number>> = {
  'before: await lstat, open, read, close one file at a time': async () => {
    let total = 0;
    for (const p of await listAsync(join(dir, 'grants'), [])) {
      const { size } = await lstat(p);
      const h = await open(p, 'r');
      const b = Buffer.alloc(Math.min(size, CAP + 1));
      await h.read(b, 0, b.length, 0);
      await h.close();
      total += b.toString('utf8').length;
    }
    return total;
  },
  'parallel async readFile, 64 at a time': async () => {
    const paths = await listAsync(join(dir, 'grants'), []);
    let total = 0;
    for (let i = 0; i < paths.length; i += 64) {
      const texts = await Promise.all(paths.slice(i, i + 64).map((p) => readFile(p, 'utf8')));
      for (const t of texts) total += t.length;
    }
    return total;
  },
  'parallel async readFile, all at once': async () => {
    const paths = await listAsync(join(dir, 'grants'), []);
    const texts = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
    return texts.reduce((a, t) => a + t.length, 0);
  },
  'sync readFileSync (no cap)': async () => {
    let total = 0;
    for (const p of listSync(join(dir, 'grants'), [])) total += readFileSync(p, 'utf8').length;
    return total;
  },
  'sync open(O_NOFOLLOW), read into one buffer, close (capped)': async () => {
    let total = 0;
    for (const p of listSync(join(dir, 'grants'), [])) total += readCappedSync(p).length;
    return total;
  },
};

console.log(`reading ${n.toLocaleString('en')} grant files (in process, each variant 5 times, median):`);
for (const [name, fn] of Object.entries(variants)) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    total = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(64)} ${times[2]!.toFixed(0).padStart(6)} ms  (${total} chars)`);
}
