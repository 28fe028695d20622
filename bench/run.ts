/**
 * `npm run bench`: whole processes, as users start them. The built CLI (`dist/cli.js`) and the
 * built action (`dist/index.js`, with INPUT_* variables, against the loopback emulators) are run
 * after one warm-up, at least five times each, every run paired with `node -e 0` started the same
 * way just before it, so a ratio survives the machine's load. Each row gives the median and the
 * range of wall time, the median peak RSS (from /usr/bin/time when the machine has it), the
 * median of `node -e 0` in the same row, and the goal of issue #15 with the ratio to it.
 *
 * The warm-up also fills the code cache (src/shared/code-cache.ts), as a user's first run does:
 * every row is a warm-cache figure, a user's later runs, but for the README example's
 * `cold: no code cache` row, which gives each run an empty temporary folder.
 *
 * Figures only: nothing here passes or fails on time (the machines are shared and noisy).
 * `npm run bench -- --only REGEX` runs the rows whose name matches; `--runs N` sets the runs;
 * `--in-process` adds the in-process figures of bench/in-process.ts (labelled as such);
 * `--dist DIR` times another build (a copy of main's dist/, say) in the same way; `--against DIR`
 * times the CLI of a second build beside it, run for run, in every `check` row (a row each,
 * "[DIR]" after its name): a before/after pair under the same load.
 *
 * The comparison with Tailscale's own GitOps flow runs a JavaScript port of it
 * (jaxxstorm/action-tailscale-gitops-acl) when TAILPOLICY_BENCH_PORT names that action's
 * dist/index.js (the published one hard-codes https://api.tailscale.com: bench/loopback-port.ts
 * makes a copy that calls the loopback emulator). Its code is never part of this repository.
 * Without it the row says so, and bench/plain-push.mjs, the same GET and If-Match POST in plain
 * JavaScript, is the comparison.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EMULATOR_API_KEY, startTailscaleEmulator } from '../test/emulators/tailscale.js';
import { approvedExampleRepo, runAction } from '../test/e2e/runner.js';
import { GOLDEN_NOW, generatedGrantFiles, goldenExample } from '../test/golden-repos.js';
import { tempDir, writeTree } from '../test/helpers.js';
import { syntheticPolicy } from './evaluate.bench.js';
import { loopbackPort } from './loopback-port.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    'in-process': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    against: { type: 'string' },
  },
});
const only = args.only ? new RegExp(args.only, 'i') : undefined;
const RUNS = Math.max(5, Number(args.runs ?? 5));
const CLI = resolve(args.dist, 'cli.js');
/** The CLIs a `check` row times, run for run: this build's, and the one of `--against`. */
const CLIS: Array<{ cli: string; suffix: string }> = [
  { cli: CLI, suffix: '' },
  ...(args.against ? [{ cli: resolve(args.against, 'cli.js'), suffix: ` [${args.against}]` }] : []),
];
const ACTION = resolve(args.dist, 'index.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  ms: number;
  /** Peak resident set size in MiB; NaN when /usr/bin/time is missing. */
  rssMiB: number;
  code: number;
  out: string;
}

/** Runs `argv` to its end; wall time from spawn to exit, peak RSS from /usr/bin/time. */
function spawnTimed(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const full = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(full[0]!, full.slice(1), { cwd, env: { PATH: process.env.PATH, ...env } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out = (out + d).slice(-4000)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out = (out + d).slice(-4000)));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      done({ ms, rssMiB: readRss(rssFile), code: code ?? -1, out });
    });
  });
}

function readRss(file: string): number {
  if (!TIME) return NaN;
  try {
    // The last line: /usr/bin/time prints "Command exited with non-zero status N" before it.
    const kib = Number(readFileSync(file, 'utf8').trim().split('\n').pop());
    rmSync(file, { force: true });
    return kib / 1024;
  } catch {
    return NaN;
  }
}

const baseline = (): Promise<Sample> => spawnTimed([process.execPath, '-e', '0'], scratch);

interface Goal {
  /** The goal, in words, as the table has it. */
  text: string;
  /** measured / goal: ≤ 1 meets it. */
  ratio: (r: RowResult) => number;
}

interface RowResult {
  name: string;
  runs: Sample[];
  node: Sample[];
  ms: Stats;
  nodeMs: Stats;
  rssMiB: number;
  note: string;
  goal?: Goal;
}

interface Stats {
  median: number;
  min: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]! };
}

const results: RowResult[] = [];

/**
 * One row: a warm-up of each, then `runs` pairs of (`node -e 0`, the process). `once` runs the
 * process once and may prepare state for it (a fresh emulator) outside the timed span.
 */
async function row(
  name: string,
  /** One process, or several timed in turn (each run of each under the same load): each a row. */
  once: (() => Promise<Sample>) | Array<{ suffix?: string; name?: string; once: () => Promise<Sample> }>,
  opts: {
    goal?: Goal;
    expectCode?: number;
    /** The output must match this (a check that ran to its end, not a refusal with the same code). */
    expectOut?: RegExp;
    runs?: number;
    note?: string;
    force?: boolean;
  } = {},
): Promise<void> {
  if (only && !only.test(name) && !opts.force) return;
  process.stderr.write(`bench: ${name} `);
  const variants = typeof once === 'function' ? [{ suffix: '', once }] : once;
  await baseline();
  const warm = [];
  for (const v of variants) warm.push(await v.once());
  const runs: Sample[][] = variants.map(() => []);
  const node: Sample[] = [];
  for (let i = 0; i < (opts.runs ?? RUNS); i++) {
    node.push(await baseline());
    // Each variant once per run, in turn: a pair (or more) under the same load.
    for (const [k, v] of variants.entries()) runs[k]!.push(await v.once());
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  for (const [k, v] of variants.entries()) {
    const all = [warm[k]!, ...runs[k]!];
    const codes = new Set(all.map((r) => r.code));
    const expected = opts.expectCode ?? 0;
    let note = opts.note ?? '';
    if (codes.size !== 1 || !codes.has(expected)) {
      const bad = all.find((r) => r.code !== expected)!;
      note = `EXIT ${bad.code} (expected ${expected}): ${lastLine(bad.out)}`;
    } else if (opts.expectOut && !opts.expectOut.test(warm[k]!.out)) {
      note = `UNEXPECTED OUTPUT (not ${opts.expectOut}): ${lastLine(warm[k]!.out)}`;
    }
    results.push({
      name: v.name ?? name + (v.suffix ?? ''),
      runs: runs[k]!,
      node,
      ms: stats(runs[k]!.map((r) => r.ms)),
      nodeMs: stats(node.map((r) => r.ms)),
      rssMiB: stats(runs[k]!.map((r) => r.rssMiB)).median,
      note,
      goal: opts.goal,
    });
  }
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n');
  return lines.slice(-2).join(' / ').slice(0, 300);
}

/**
 * A `check` of `dir` by each CLI timed (this build's, and `--against`'s). `env` is made for each
 * run (the cold-cache row gives each its own empty temporary folder).
 */
const cliRun = (dir: string, env: () => NodeJS.ProcessEnv = () => ({})) =>
  CLIS.map(({ cli, suffix }) => ({
    suffix,
    once: () => spawnTimed([process.execPath, cli, 'check', '--now', GOLDEN_NOW], dir, env()),
  }));

const seconds = (limit: number): Goal => ({ text: `≤ ${limit} s`, ratio: (r) => r.ms.median / 1000 / limit });

// ---------------------------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'tailpolicy-bench-'));
const started = new Date();
const loadBefore = loadavg();

// The README's example. The warm-up run fills the code cache (src/shared/code-cache.ts) as a
// user's first run does, so the timed runs are a user's later runs: a warm cache. The second row
// gives every run an empty temporary folder, hence no cache: a first run (which also writes one).
await row('check: README example (warm code cache)', cliRun(goldenExample()), {
  goal: { text: '≤ 2.0× node -e 0', ratio: (r) => r.ms.median / r.nodeMs.median / 2 },
});
await row(
  'check: README example (cold: no code cache)',
  cliRun(goldenExample(), () => ({ TMPDIR: mkdtempSync(join(scratch, 'cold-')) })),
);

// Grant files: the example with n people, each holding one grant file.
const perGrant: { n: number; ms: number }[] = [];
for (const n of [10, 100, 1_000, 10_000, 50_000]) {
  const name = `check: ${n.toLocaleString('en')} grant files`;
  if (only && !only.test(name)) continue;
  const dir = writeTree(goldenExample(), generatedGrantFiles(n));
  const goal =
    n === 10_000
      ? {
          text: '≤ 1.0 s, ≤ 120 MiB',
          ratio: (r: RowResult) => Math.max(r.ms.median / 1000 / 1.0, r.rssMiB / 120),
        }
      : n === 50_000
        ? seconds(5)
        : undefined;
  await row(name, cliRun(dir), { goal, runs: n >= 10_000 ? 5 : undefined });
  rmSync(dir, { recursive: true, force: true });
  const r = results.find((x) => x.name === name);
  if (r) perGrant.push({ n, ms: r.ms.median - r.nodeMs.median });
}

// A group fragment of 2 MB: 80,000 members of group:engineering, 10 grant files.
{
  const name = 'check: 2 MB group fragment (80,000 members)';
  if (!only || only.test(name)) {
    const files = generatedGrantFiles(80_000);
    const dir = goldenExample();
    writeTree(dir, { 'policy/groups.hujson': files['policy/groups.hujson']! });
    writeTree(dir, Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('grants/team-0/g00000'))));
    const bytes = readFileSync(join(dir, 'policy/groups.hujson')).length;
    await row(name, cliRun(dir), { note: `groups.hujson is ${(bytes / 2 ** 20).toFixed(2)} MiB` });
  }
}

// 10,000 tests on 10,000 rules (acls and grants), 1,000 groups.
{
  const name = 'check: 10,000 tests × 10,000 rules';
  if (!only || only.test(name)) {
    const dir = writeTree(tempDir('tailpolicy-bench-'), {
      'policy/policy.json': JSON.stringify(syntheticPolicy(), null, 1),
    });
    // The synthetic tests are random: about half fail, which is what makes check exit 1.
    await row(name, cliRun(dir), { goal: seconds(1.0), expectCode: 1, expectOut: /tests: +\d+ of 10000 passed/ });
  }
}

// Whole apply of dist/index.js: 1,000 grant files merged through one approved pull request.
{
  const name = 'apply (dist/index.js): 1,000 approved grants';
  if (!only || only.test(name)) {
    const { dir, github } = await githubOnThread({ grants: 1_000 });
    await row(name, () => applyOnce(dir, github), { goal: seconds(0.5) });
    await github.close();
  }
}

// The example: tailpolicy's apply against Tailscale's own GitOps flow, same push, same API. The
// four take turns run by run (apply with a warm code cache, apply as on a GitHub-hosted runner,
// the port, the plain script), so each ratio is between runs under the same load.
{
  const name = 'apply (dist/index.js): README example';
  const coldName = 'apply (dist/index.js): README example, GitHub-hosted';
  const portName = 'apply: port of Tailscale GitOps action, same policy';
  const plainName = 'apply: plain GET + POST script (bench/plain-push.mjs)';
  if (!only || [name, coldName, portName, plainName].some((n) => only.test(n))) {
    const { dir, github } = await githubOnThread({});
    const compiled = await spawnTimed([process.execPath, CLI, 'compile', '--now', GOLDEN_NOW], dir);
    const policy = join(scratch, 'policy.hujson');
    writeFileSync(policy, compiled.out);
    const port = process.env.TAILPOLICY_BENCH_PORT;
    if (!port) console.error(`bench: ${portName}: skipped, TAILPOLICY_BENCH_PORT is not set (see bench/run.ts)`);
    const script = port ? loopbackPort(resolve(port), scratch) : undefined;
    // The floor the goal is measured against, the port or else the plain script.
    const floor = port ? portName : plainName;
    const vsFloor = (r: RowResult) => r.ms.median / (results.find((x) => x.name === floor)?.ms.median ?? NaN);
    const goal = { text: '≤ 1.0× the port', ratio: vsFloor };
    const variants = [
      { name, once: () => applyOnce(dir, github) },
      // A GitHub-hosted runner is a new machine for every job: the action neither finds a code
      // cache nor writes one there (src/index.ts); the empty folder makes sure of the first.
      {
        name: coldName,
        once: () =>
          applyOnce(dir, github, { RUNNER_ENVIRONMENT: 'github-hosted', TMPDIR: mkdtempSync(join(scratch, 'cold-')) }),
      },
      ...(script ? [{ name: portName, once: () => portOnce(script, policy) }] : []),
      { name: plainName, once: () => portOnce(resolve('bench/plain-push.mjs'), policy) },
    ].filter((v) => !only || v.name === floor || v.name === name || only.test(v.name));
    await row(name, variants, { force: true });
    for (const r of results) if (r.name === name || r.name === coldName) r.goal = goal;
    await github.close();
  }
}

// Start-up: how much of the build each command loads (the launcher, and the bundles it reads,
// whole: src/shared/code-cache.ts), and whether an offline command loads an HTTP client, Octokit,
// the audit code or the git runner; and how big the code cache it read was.
const startup: { name: string; bytes: number; files: number; cacheBytes: number; heavy: string[] }[] = [];
const LOADER = resolve('bench/loaded-modules.mjs');
const HEAVY: Record<string, string> = {
  'HTTP client (undici)': '// node_modules/undici/',
  Octokit: '// node_modules/@octokit/',
  'audit code': '// src/audit/',
  'git runner (node:child_process)': '// src/git.ts',
};
function loadedReport(name: string, list: string): void {
  const loaded = JSON.parse(readFileSync(list, 'utf8')) as { modules: string[]; read: string[] };
  const all = [...new Set([...loaded.modules, ...loaded.read])];
  const files = all.filter((f) => !f.endsWith('.v8'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  startup.push({
    name,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    files: files.length,
    cacheBytes: all.filter((f) => f.endsWith('.v8')).reduce((n, f) => n + statSync(f).size, 0),
    heavy: Object.entries(HEAVY)
      .filter(([, mark]) => texts.some((t) => t.includes(mark)))
      .map(([what]) => what),
  });
}
if (!only || only.test('start-up')) {
  const dir = goldenExample();
  for (const args of [
    ['check', '--now', GOLDEN_NOW],
    ['compile', '--now', GOLDEN_NOW],
    ['explain', '--now', GOLDEN_NOW, 'alice@example.com', 'tag:prod-db:5432'],
    ['--help'],
  ]) {
    const list = join(scratch, 'loaded.json');
    // Twice: the second run reads the code cache the first wrote.
    await spawnTimed([process.execPath, '--import', LOADER, CLI, ...args], dir, { TAILPOLICY_LOADED: list });
    await spawnTimed([process.execPath, '--import', LOADER, CLI, ...args], dir, { TAILPOLICY_LOADED: list });
    loadedReport(`dist/cli.js ${args[0]}`, list);
  }
  const { dir: repo, github } = await approvedExampleRepo();
  const list = join(scratch, 'loaded.json');
  // Twice, as above, each push against a fresh Tailscale emulator (so the second pushes too).
  for (let i = 0; i < 2; i++) {
    const tailscale = await startTailscaleEmulator();
    await runAction({
      workspace: repo,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: GOLDEN_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': github.token,
      },
      env: { GITHUB_API_URL: github.url, TAILPOLICY_LOADED: list, NODE_OPTIONS: `--import=${LOADER}` },
      script: ACTION,
    });
    await tailscale.close();
  }
  loadedReport('dist/index.js, mode apply', list);
  await github.close();
}

// ---------------------------------------------------------------------------------------------

/** One whole apply on push, against a fresh Tailscale emulator, so every run pushes. */
/** The GitHub emulator as the apply rows see it: an address and a token. */
interface GitHubOnThread {
  url: string;
  token: string;
  close(): Promise<unknown>;
}

/**
 * A repository and its GitHub emulator on a thread of its own (bench/github-worker.ts): the
 * example's approved pull request, or `grants` generated grant files merged through one.
 */
function githubOnThread(spec: { grants?: number }): Promise<{ dir: string; github: GitHubOnThread }> {
  const worker = new Worker(new URL('./github-worker.ts', import.meta.url), { workerData: spec });
  return new Promise((done, fail) => {
    worker.once('error', fail);
    worker.once('message', (m: { dir: string; url: string; token: string }) =>
      done({ dir: m.dir, github: { url: m.url, token: m.token, close: () => worker.terminate() } }),
    );
  });
}

async function applyOnce(dir: string, github: GitHubOnThread, env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  const tailscale = await startTailscaleEmulator();
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  try {
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: GOLDEN_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': github.token,
      },
      env: { GITHUB_API_URL: github.url, ...env },
      script: ACTION,
      wrap: TIME ? [TIME, '-f', '%M', '-o', rssFile] : [],
      timeoutMs: 600_000,
    });
    const pushed = tailscale.requests.some((r) => r.method === 'POST' && r.path.endsWith('/acl'));
    return {
      ms: run.ms,
      rssMiB: readRss(rssFile),
      code: pushed ? run.code : 99,
      out: pushed ? run.stdout + run.stderr : `nothing pushed: ${run.stdout}${run.stderr}`,
    };
  } finally {
    await tailscale.close();
  }
}

/** One push of `policy` by `script` (the port, or the plain script), as an action run. */
async function portOnce(script: string, policy: string): Promise<Sample> {
  const tailscale = await startTailscaleEmulator();
  const workspace = mkdtempSync(join(scratch, 'port-'));
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  try {
    const run = await runAction({
      workspace,
      eventName: 'push',
      inputs: { tailnet: 'example.com', 'api-key': EMULATOR_API_KEY, 'policy-file': policy, action: 'apply' },
      env: {
        PORT_API_SERVER: new URL(tailscale.url).host,
        PORT_API_SCHEME: 'http',
        TAILSCALE_API_URL: tailscale.url,
      },
      script,
      wrap: TIME ? [TIME, '-f', '%M', '-o', rssFile] : [],
    });
    const pushed = tailscale.requests.some((r) => r.method === 'POST' && r.path.endsWith('/acl'));
    return {
      ms: run.ms,
      rssMiB: readRss(rssFile),
      code: pushed ? run.code : 99,
      out: pushed ? run.stdout + run.stderr : `nothing pushed: ${run.stdout}${run.stderr}`,
    };
  } finally {
    await tailscale.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `\ntailpolicy whole-process benchmark: node ${process.version}, ${cpus().length} CPUs, ` +
    `load ${loadBefore.map((l) => l.toFixed(2)).join(' ')} at start, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end; ${started.toISOString()}`,
);
console.log(`${RUNS}+ runs per row after a warm-up; each run paired with \`node -e 0\`; median (min–max)\n`);
console.log(
  `${pad('row', 54)} ${pad('median (min–max)', 26)} ${pad('peak RSS', 10)} ${pad('node -e 0', 10)} ${pad('× node', 8)} ${pad('goal', 20)} goal ratio`,
);
for (const r of results) {
  const ratioNode = r.ms.median / r.nodeMs.median;
  const goal = r.goal ? r.goal.ratio(r) : NaN;
  console.log(
    [
      pad(r.name, 54),
      pad(`${fmt(r.ms.median)} (${fmt(r.ms.min)}–${fmt(r.ms.max)})`, 26),
      pad(Number.isNaN(r.rssMiB) ? '-' : `${r.rssMiB.toFixed(0)} MiB`, 10),
      pad(fmt(r.nodeMs.median), 10),
      pad(`${ratioNode.toFixed(2)}×`, 8),
      pad(r.goal?.text ?? '', 20),
      Number.isNaN(goal) ? '' : `${goal.toFixed(2)}${goal <= 1 ? ' (met)' : ''}`,
      r.note ? `  ${r.note}` : '',
    ].join(' '),
  );
}
if (perGrant.length > 1) {
  const line = perGrant.map((p) => `${p.n.toLocaleString('en')}: ${(p.ms / p.n).toFixed(3)} ms`).join(', ');
  console.log(`\nper grant file, above node -e 0 (linear when flat): ${line}`);
}
if (startup.length) {
  console.log('\nstart-up: the JavaScript each command reads (launcher and bundles), and its code cache');
  for (const r of startup) {
    console.log(
      `  ${pad(r.name, 30)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB in ${r.files} files, ` +
        `${(r.cacheBytes / 1024).toFixed(0).padStart(5)} KiB of code cache; ` +
        (r.heavy.length ? `loads ${r.heavy.join(', ')}` : 'no HTTP client, Octokit, audit code or git runner'),
    );
  }
}
console.log(
  `\n(goal ratio = measured / goal; ≤ 1 meets the goal. Peak RSS from ${TIME ?? 'nowhere: no /usr/bin/time'}.)`,
);
rmSync(scratch, { recursive: true, force: true });

if (args['in-process']) {
  console.log('\nIn-process figures (not whole processes: no start-up, no reading of files):');
  await import('./in-process.js');
}
