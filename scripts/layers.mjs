// Checks the source layout (run by .ci/run):
// - no folder under src/ imports a folder that imports it back (directly or through others):
//   every import, type-only ones included, points down the layers;
// - no two source files share a base name, except index.ts;
// - @actions/core is imported only by src/main.ts and the runner's log (src/runner-log.ts), and
//   @actions/github only by the GitHub client.
// A top-level file (src/git.ts) is a node of its own. Prints the layers, lowest first.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative, sep } from 'node:path';

const SRC = 'src';
const ONLY = {
  '@actions/core': ['src/main.ts', 'src/runner-log.ts'],
  '@actions/github': ['src/github/github-client.ts'],
};

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** src/policy/x.ts → policy; src/git.ts → git.ts */
function nodeOf(file) {
  return relative(SRC, file).split(sep)[0];
}

const problems = [];
const all = files(SRC);
const edges = new Map();
const byBase = new Map();
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  const from = nodeOf(file);
  if (!edges.has(from)) edges.set(from, new Set());
  const base = basename(file);
  if (base !== 'index.ts') byBase.set(base, [...(byBase.get(base) ?? []), file]);
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1];
    const path = file.split(sep).join('/');
    for (const [pkg, allowed] of Object.entries(ONLY)) {
      if ((spec === pkg || spec.startsWith(`${pkg}/`)) && !allowed.includes(path))
        problems.push(`${path} imports ${pkg}; only ${allowed.join(' and ')} may`);
    }
    if (!spec.startsWith('.')) continue;
    const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
    const to = nodeOf(target);
    if (to !== from) edges.get(from).add(to);
  }
}

for (const [base, list] of byBase)
  if (list.length > 1) problems.push(`${list.length} source files are called ${base}: ${list.join(', ')}`);

// Strongly connected components (Tarjan): a component of more than one node is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    components.push(component);
  }
}
for (const v of edges.keys()) if (!state.has(v)) visit(v);
for (const c of components) {
  if (c.length < 2) continue;
  problems.push(`folders import each other: ${shortestCycle(new Set(c)).join(' → ')}`);
}

/** The shortest import cycle inside a strongly connected set of folders, as a path back to its start. */
function shortestCycle(inside) {
  let best;
  for (const start of inside) {
    const from = new Map([[start, undefined]]);
    const queue = [start];
    while (queue.length) {
      const v = queue.shift();
      for (const w of edges.get(v) ?? []) {
        if (!inside.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let x = v; x !== start; x = from.get(x)) path.splice(1, 0, x);
          path.push(start);
          if (!best || path.length < best.length) best = path;
          queue.length = 0;
          break;
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
  }
  return best;
}

if (problems.length) {
  for (const p of problems) console.error(`layers: ${p}`);
  process.exit(1);
}
// Tarjan emits components in reverse topological order: dependencies first.
const depth = new Map();
for (const [v] of components) depth.set(v, Math.max(0, ...[...edges.get(v)].map((w) => depth.get(w) + 1)));
const layers = [];
for (const [v, d] of depth) (layers[d] ??= []).push(v);
console.log(`layers: no folder cycle, no duplicate base name (${all.length} files)`);
for (const [d, vs] of layers.entries()) console.log(`  ${d}: ${vs.sort().join(' ')}`);
