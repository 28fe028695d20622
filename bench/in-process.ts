/**
 * In-process figures (`npm run bench -- --in-process`, after the whole-process table of
 * bench/run.ts): time and heap growth of the offline check against the number of grants, rules
 * and tests, called as functions (no start-up, no reading of files), and the wall time of one
 * `apply` (dist/index.js, as the runner runs it) against the loopback emulators.
 * Figures only: nothing here passes or fails on time, the machines are shared and noisy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRepository } from '../src/validate/offline.js';
import type { SourceText } from '../src/policy/source.js';
import { startGitHubEmulator } from '../test/emulators/github.js';
import { EMULATOR_API_KEY, startTailscaleEmulator } from '../test/emulators/tailscale.js';
import { tempDir } from '../test/helpers.js';
import { approvedExampleRepo, git, runAction } from '../test/e2e/runner.js';
import { benchEvaluate } from './evaluate.bench.js';
import { measure, type BenchResult } from './measure.js';

const NOW = new Date('2026-11-21T23:00:00Z');

/** A base policy with `rules` grants over `users` people, and `users` grant files. */
function repository(opts: { users: number; rules: number; grants: number }): {
  policyFiles: SourceText[];
  grantFiles: SourceText[];
} {
  const users = Array.from({ length: opts.users }, (_, i) => `user${i}@example.com`);
  const policy = {
    groups: { 'group:eng': users, 'group:sre': ['sre0@example.com', 'sre1@example.com'] },
    tagOwners: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`tag:svc${i}`, ['group:sre']])),
    hosts: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`host${i}`, `10.0.${i}.1`])),
    grants: Array.from({ length: opts.rules }, (_, i) => ({
      src: [users[i % users.length]],
      dst: [`tag:svc${i % 100}`],
      ip: [`tcp:${1000 + (i % 5000)}`],
    })),
    tests: Array.from({ length: Math.min(opts.rules, 1000) }, (_, i) => ({
      src: users[i % users.length],
      accept: [`tag:svc${i % 100}:${1000 + (i % 5000)}`],
    })),
  };
  const access = [
    'people:',
    '  sre0@example.com: sre0',
    'resources:',
    '  db:',
    '    grants:',
    '      - {dst: [tag:svc0], ip: ["tcp:5432"]}',
    '    maxDuration: 8h',
    '    eligible: [group:eng]',
    '    approvers: [group:sre]',
  ].join('\n');
  const grantFiles = Array.from({ length: opts.grants }, (_, i) => ({
    path: `grants/g${String(i).padStart(6, '0')}.yaml`,
    text: `grantees: [${users[i % users.length]}]\nresource: db\nreason: bench ${i}\nexpires: 2026-11-22T0${i % 3}:00:00Z\n`,
  }));
  return {
    policyFiles: [
      { path: 'policy/policy.json', text: JSON.stringify(policy) },
      { path: 'policy/access.yaml', text: access },
    ],
    grantFiles,
  };
}

function benchCheck(out: BenchResult[]): void {
  for (const grants of [10, 100, 1_000, 10_000]) {
    const repo = repository({ users: grants, rules: 100, grants });
    const r = measure(`check: ${grants} grants (100 rules, 100 tests)`, out, () =>
      checkRepository({ policyDir: 'policy', ...repo, now: NOW }),
    );
    if (!r.ok) throw new Error(`bench: unexpected findings: ${r.findings[0]?.message}`);
  }
  for (const rules of [1_000, 10_000]) {
    const repo = repository({ users: 1_000, rules, grants: 10 });
    measure(`check: ${rules} rules (1000 tests, 10 grants)`, out, () =>
      checkRepository({ policyDir: 'policy', ...repo, now: NOW }),
    );
  }
}

async function benchApply(out: BenchResult[]): Promise<void> {
  // The example, its grants merged through an approved pull request.
  {
    const { dir, github, env, inputs } = await approvedExampleRepo();
    const tailscale = await startTailscaleEmulator();
    const start = performance.now();
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        ...inputs,
        mode: 'apply',
        now: NOW.toISOString(),
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
      },
      env,
    });
    out.push({ name: 'apply (dist/index.js): the example', ms: Math.round(performance.now() - start), heapMB: NaN });
    if (run.code !== 0) throw new Error(`bench: apply failed: ${run.stdout}`);
    await Promise.all([tailscale.close(), github.close()]);
  }
  // 1,000 grants merged through one approved pull request.
  {
    const dir = tempDir('tailpolicy-bench-');
    const repo = repository({ users: 1_000, rules: 100, grants: 1_000 });
    for (const f of repo.policyFiles) {
      mkdirSync(join(dir, 'policy'), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'grants');
    mkdirSync(join(dir, 'grants'));
    for (const f of repo.grantFiles) writeFileSync(join(dir, f.path), f.text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'grants');
    git(dir, 'checkout', '-q', 'main');
    const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
    const pull = github.createPull({ head: 'grants', author: 'someone' });
    github.addReview(pull.number, { user: 'sre0', state: 'APPROVED' });
    github.mergePull(pull.number);
    git(dir, 'reset', '-q', '--hard', 'main');
    const tailscale = await startTailscaleEmulator();
    const start = performance.now();
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: NOW.toISOString(),
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': github.token,
      },
      env: { GITHUB_API_URL: github.url },
      timeoutMs: 600_000,
    });
    out.push({
      name: 'apply (dist/index.js): 1000 grants, 100 rules',
      ms: Math.round(performance.now() - start),
      heapMB: NaN,
    });
    if (run.code !== 0) throw new Error(`bench: apply failed: ${run.stdout.slice(-2000)}`);
    await Promise.all([tailscale.close(), github.close()]);
  }
}

const results: BenchResult[] = [];
benchCheck(results);
results.push(...(await benchEvaluate()));
await benchApply(results);
console.log(`in-process (node ${process.version}; heap = growth while the step ran)`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(56)} ${r.ms.toFixed(1).padStart(10)} ms ${Number.isNaN(r.heapMB) ? '        -' : `${r.heapMB.toFixed(1).padStart(8)} MB`}`,
  );
}
