import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { parseTarget } from '../src/report/explain-text.js';
import { tempDir, writeTree } from './helpers.js';
import { exampleRepo } from './e2e/runner.js';

async function run(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, cwd });
  return { code, stdout, stderr };
}

const NOW = ['--now', '2026-11-21T23:00:00Z'];

describe('tailpolicy check / compile', () => {
  it('the README command on the bundled CLI prints the summary and exits 0', () => {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'check', ...NOW], { encoding: 'utf8' });
    expect(out).toContain('grants:  1 active, 1 scheduled, 1 expired');
    expect(out).toMatch(/^OK: 0 warning\(s\)\. Would push \d+ bytes/m);
  });

  it('exits 1 with path:line:col: error[rule] lines for a broken grant', async () => {
    const dir = exampleRepo({
      'grants/typo.yaml': 'grantees: alice@example.com\nresource: prod-db\nreason: x\nexpire: 2026-11-22T01:00:00Z\n',
    });
    const r = await run(['check', ...NOW, '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'grants/typo.yaml:4:1: error[schema/unknown-field]: Unknown field "expire" in the grant file. Did you mean "expires"?',
    );
  });

  it('writes the compiled policy with -o, byte-identical to stdout', async () => {
    const out = join(tempDir(), 'policy.hujson');
    expect((await run(['compile', ...NOW, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe((await run(['compile', ...NOW])).stdout);
  });

  it('refuses to write a policy when the base is invalid', async () => {
    const dir = writeTree(tempDir(), { 'policy/a.hujson': '{"hosts": {"a": "10.0.0.1",, }}' });
    const r = await run(['compile', ...NOW, '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('policy/a.hujson:1:28: error[syntax/hujson]');
  });

  it('prints JSON for machines', async () => {
    const r = await run(['check', ...NOW, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: true, pushable: true, nextChange: '2026-11-22T02:00:00.000Z' });
    expect(json.grants).toHaveLength(3);
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['check', '--now', '2026-11-22'], 'not an RFC 3339 time'],
    [['check', '--bogus'], 'unknown option --bogus'],
    [[], 'missing command'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user's mistake
  });

  it('exits 2 when the policy folder is missing', async () => {
    const r = await run(['check', '-C', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read the folder policy');
  });
});

describe('tailpolicy explain', () => {
  it('names the grant file that allows a path while the grant is active', async () => {
    const r = await run(['explain', 'alice@example.com', 'tag:prod-db:5432/tcp', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ALLOWED: alice@example.com -> tag:prod-db:5432/tcp');
    expect(r.stdout).toContain('(grant grants/alice-prod-db-inc-4211.yaml)');
  });

  it('denies the same path after the grant expired (--now)', async () => {
    const r = await run(['explain', 'alice@example.com', 'tag:prod-db:5432', '--now', '2026-11-22T02:00:00Z']);
    expect(r.stdout).toMatch(/^DENIED/);
  });

  it('names the fragment and line of a base rule', async () => {
    const r = await run(['explain', 'lea@example.com', 'analysis-api:443', ...NOW]);
    expect(r.stdout).toContain('(policy/access-rules.hujson:8)');
  });

  it('parses destinations with protocols and IPv6', () => {
    expect(parseTarget('tag:prod-db:5432/tcp')).toEqual({ dst: 'tag:prod-db', port: 5432, proto: 'tcp' });
    expect(parseTarget('[fd7a:115c:a1e0::1]:22')).toEqual({ dst: 'fd7a:115c:a1e0::1', port: 22 });
    expect(() => parseTarget('tag:prod-db')).toThrow('not DST:PORT');
  });
});

it('the bundled CLI exits 2 on usage errors without a stack trace', () => {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'nope'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).not.toContain('    at ');
});

describe('tailpolicy plan', () => {
  it('compares the working tree with --base, in words', async () => {
    const dir = exampleRepo();
    writeTree(dir, {
      'grants/bob-prod-db.yaml':
        'grantees: [bob@example.com]\nresource: prod-db\nreason: x\nticket: INC-1\nexpires: 2026-11-22T03:00:00Z\n',
    });
    const r = await run(['plan', ...NOW, '-C', dir, '--base', 'main']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'added     grants/bob-prod-db.yaml: bob@example.com gets tcp:5432 on tag:prod-db ("prod-db") for 4h',
    );
    expect(r.stdout).toContain('+ grants: {"src":["bob@example.com"]');
  });

  it('shows a resource edit that widens a live grant, and the access.yaml change, instead of "no change"', async () => {
    const dir = exampleRepo();
    const access = readFileSync(join(dir, 'policy/access.yaml'), 'utf8');
    writeTree(dir, {
      'policy/access.yaml': access.replace(
        '- dst: [tag:prod-db]\n        ip: [tcp:5432]',
        '- dst: ["*"]\n        ip: ["*"]',
      ),
    });
    const r = await run(['plan', ...NOW, '-C', dir, '--base', 'main']);
    expect(r.stdout).toContain('No grant changes.');
    expect(r.stdout).toContain('prod-db changes: widens 1 active grant (alice@example.com): + * on *');
    expect(r.stdout).toContain('resource "prod-db": rules + * on *.');
  });

  it('exits 2 for an unknown base', async () => {
    const r = await run(['plan', ...NOW, '-C', exampleRepo(), '--base', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nope" is not a commit');
  });
});

describe('tailpolicy apply', () => {
  it('pushes with credentials from the environment, then finds the policy current; prints no secret', async () => {
    const { startTailscaleEmulator, EMULATOR_API_KEY } = await import('./emulators/tailscale.js');
    const { approvedExampleRepo } = await import('./e2e/runner.js');
    const repo = await approvedExampleRepo();
    const tailscale = await startTailscaleEmulator();
    try {
      const env = {
        TS_API_KEY: EMULATOR_API_KEY,
        GITHUB_TOKEN: repo.github.token,
        GITHUB_REPOSITORY: 'acme/tailnet',
        GITHUB_API_URL: repo.github.url,
      };
      const call = async (args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await cli(args, {
          stdout: (s) => (stdout += s),
          stderr: (s) => (stderr += s),
          env,
          cwd: repo.dir,
        });
        return { code, stdout, stderr };
      };
      const dry = await call(['apply', ...NOW, '--api-url', tailscale.url, '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('would send POST /api/v2/tailnet/-/acl If-Match: "ts-default"');
      expect(tailscale.requestsTo('POST', '/acl')).toHaveLength(0);
      const first = await call(['apply', ...NOW, '--api-url', tailscale.url]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('policy: pushed');
      const second = await call(['apply', ...NOW, '--api-url', tailscale.url]);
      expect(second.stdout).toContain('policy: already current');
      for (const r of [dry, first, second]) expect(r.stdout + r.stderr).not.toContain(EMULATOR_API_KEY);
    } finally {
      await Promise.all([tailscale.close(), repo.github.close()]);
    }
  });

  it('exits 2 without a credential', async () => {
    const r = await run(['apply', ...NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('set TS_API_KEY');
  });
});
