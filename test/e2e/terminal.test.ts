/**
 * The bundled CLI (dist/cli.js) in a terminal: `tailpolicy apply --dry-run` and `expire
 * --dry-run` print findings as `path:line:col: severity[rule]: message`, name the environment
 * variables a terminal user sets, and print no workflow command (`::error::`, `::group::`,
 * `::add-mask::`), which only the Actions runner understands.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../emulators/tailscale.js';
import type { GitHubEmulator } from '../emulators/github.js';
import { EXAMPLE_NOW, approvedExampleRepo, git } from './runner.js';

let tailscale: TailscaleEmulator | undefined;
let github: GitHubEmulator | undefined;
afterEach(async () => {
  await Promise.all([tailscale?.close(), github?.close()]);
  tailscale = github = undefined;
});

function tailpolicy(
  dir: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const DIRECT = 'grants/eve-direct.yaml';

describe('tailpolicy apply and expire in a terminal', () => {
  it('--dry-run prints findings as path:line:col lines and no workflow command', async () => {
    const repo = await approvedExampleRepo();
    github = repo.github;
    tailscale = await startTailscaleEmulator();
    // A grant committed straight to main: left out as unapproved, reported as a finding.
    writeFileSync(
      join(repo.dir, DIRECT),
      'grantees: [eve@example.com]\nresource: prod-db\nreason: x\nticket: INC-9\nexpires: 2026-11-22T03:00:00Z\n',
    );
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'direct grant');
    const env = {
      TS_API_KEY: EMULATOR_API_KEY,
      GITHUB_TOKEN: github.token,
      GITHUB_REPOSITORY: 'acme/tailnet',
      GITHUB_API_URL: github.url,
    };
    const flags = ['--now', EXAMPLE_NOW, '--api-url', tailscale.url, '--dry-run'];
    const apply = await tailpolicy(repo.dir, ['apply', ...flags], env);
    const expire = await tailpolicy(repo.dir, ['expire', ...flags], env);
    const { GITHUB_TOKEN: _token, ...noToken } = env;
    const expireNoToken = await tailpolicy(repo.dir, ['expire', ...flags], noToken);

    for (const r of [apply, expire, expireNoToken]) {
      const printed = r.stdout + r.stderr;
      expect(r.code, printed).toBe(1); // the unapproved grant fails the run
      expect(printed).not.toMatch(/^::/m);
      expect(printed).not.toContain('::error');
      expect(printed).not.toContain(EMULATOR_API_KEY);
      expect(printed).not.toContain(github.token);
      expect(r.stderr).toContain(`${DIRECT}:1:1: error[grant/unapproved]: Left out of the policy`);
    }
    expect(apply.stdout).toContain('would send POST /api/v2/tailnet/-/acl');
    expect(tailscale.requestsTo('POST', '/acl')).toHaveLength(0);
    expect(expireNoToken.stderr).toContain('No GITHUB_TOKEN');
    expect(expireNoToken.stdout + expireNoToken.stderr).not.toContain('github-token');
  });
});
