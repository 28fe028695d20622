import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { splitPolicy } from '../src/cli/init.js';
import { VERSION } from '../src/shared/version.js';
import { tempDir, writeTree } from './helpers.js';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from './emulators/tailscale.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, cwd: '/' });
  return { code, stdout, stderr };
}

const WRITTEN = [
  'policy/policy.hujson',
  'policy/access.yaml',
  'grants/.example.yaml',
  '.github/workflows/tailpolicy-check.yml',
  '.github/workflows/tailpolicy-apply.yml',
  '.github/workflows/tailpolicy-expire.yml',
  '.github/workflows/tailpolicy-audit.yml',
  '.github/ISSUE_TEMPLATE/request-access.yml',
];

describe('tailpolicy init', () => {
  let emu: TailscaleEmulator | undefined;

  it('sets up an empty folder with a policy that passes check, pinned workflows and schema lines that work anywhere', async () => {
    const dir = tempDir();
    const r = await run(['init', '-C', dir]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of WRITTEN) expect(r.stdout).toContain(`wrote   ${f}`);

    const check = await run(['check', '-C', dir]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('OK: 0 warning(s)');

    const read = (p: string) => readFileSync(join(dir, p), 'utf8');
    expect(read('policy/access.yaml').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://unpkg.com/tailpolicy@${VERSION}/schemas/access.schema.json`,
    );
    expect(read('grants/.example.yaml').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://unpkg.com/tailpolicy@${VERSION}/schemas/grant.schema.json`,
    );
    for (const mode of ['check', 'apply', 'expire', 'audit']) {
      const text = read(`.github/workflows/tailpolicy-${mode}.yml`);
      const wf = parse(text) as { jobs: Record<string, { steps: { uses?: string; with?: { mode?: string } }[] }> };
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
      expect(steps.find((s) => s.with?.mode === mode)?.uses).toBe(`tailpolicy/tailpolicy@v${VERSION}`);
      // Every other action is pinned by its full commit SHA.
      for (const s of steps.filter((s) => s.uses && !s.uses.startsWith('tailpolicy/')))
        expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    }
    const form = parse(read('.github/ISSUE_TEMPLATE/request-access.yml')) as {
      body: { type: string; id?: string; attributes: { options?: string[] } }[];
    };
    expect(form.body.find((b) => b.id === 'resource')).toMatchObject({
      type: 'dropdown',
      attributes: { options: ['prod-ssh'] },
    });
  });

  it('writes workflows with what break-glass, on-call and the review issues need, and no more (issue #18)', async () => {
    const dir = tempDir();
    expect((await run(['init', '-C', dir])).code).toBe(0);
    interface Workflow {
      on: Record<string, { types?: string[] } | null>;
      permissions: Record<string, string>;
      jobs: Record<string, { if?: string; steps: { uses?: string; with?: Record<string, string> }[] }>;
    }
    const wf = (mode: string) =>
      parse(readFileSync(join(dir, `.github/workflows/tailpolicy-${mode}.yml`), 'utf8')) as Workflow;
    const [check, apply, expire, audit] = ['check', 'apply', 'expire', 'audit'].map(wf) as [
      Workflow,
      Workflow,
      Workflow,
      Workflow,
    ];
    // The check runs again when the break-glass label is put on or taken off.
    expect(check.on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']);
    expect(check.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(apply.permissions).toEqual({ contents: 'read', 'pull-requests': 'read', issues: 'write' });
    expect(expire.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(audit.permissions).toEqual({ contents: 'read', 'pull-requests': 'read', issues: 'read' });
    expect(expire.on.issue_comment).toEqual({ types: ['created'] });
    for (const w of [check, apply, expire, audit]) {
      const step = Object.values(w.jobs)
        .flatMap((j) => j.steps)
        .find((s) => s.with?.mode);
      expect(step?.with?.['pagerduty-token']).toBe('${{ secrets.PAGERDUTY_TOKEN }}');
    }
    // The expire job's condition, evaluated: a comment runs it only on a break-glass review issue.
    const condition = expire.jobs
      .expire!.if!.replace(/^\$\{\{|\}\}$/g, '')
      .replace(/github\.event\.issue\.labels\.\*\.name/g, '(github.event.issue?.labels ?? []).map((l) => l.name)');
    const runs = new Function('github', 'contains', `return (${condition});`) as (
      github: unknown,
      contains: (list: string[], item: string) => boolean,
    ) => boolean;
    const contains = (list: string[], item: string) => list.includes(item);
    const repository = { default_branch: 'main' };
    const comment = (labels: string[], pull = false) => ({
      event_name: 'issue_comment',
      ref_name: 'main',
      event: { repository, issue: { labels: labels.map((name) => ({ name })), ...(pull ? { pull_request: {} } : {}) } },
    });
    expect(runs(comment(['tailpolicy/break-glass-review']), contains)).toBe(true);
    expect(runs(comment(['bug']), contains)).toBe(false);
    expect(runs(comment(['tailpolicy/break-glass-review'], true), contains)).toBe(false);
    expect(runs({ event_name: 'schedule', ref_name: '', event: {} }, contains)).toBe(true);
    const dispatch = (ref: string) => ({ event_name: 'workflow_dispatch', ref_name: ref, event: { repository } });
    expect(runs(dispatch('main'), contains)).toBe(true);
    expect(runs(dispatch('feature'), contains)).toBe(false);
  });

  it('never overwrites a file without --force, and says which it skipped', async () => {
    const dir = tempDir();
    await run(['init', '-C', dir]);
    writeFileSync(join(dir, '.github/workflows/tailpolicy-check.yml'), 'mine\n');
    const again = await run(['init', '-C', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('wrote');
    expect(again.stdout).toContain('skipped .github/workflows/tailpolicy-check.yml (it exists; --force overwrites it)');
    expect(again.stdout).toContain('kept the policy already in policy/ (1 file(s))');
    expect(readFileSync(join(dir, '.github/workflows/tailpolicy-check.yml'), 'utf8')).toBe('mine\n');

    const forced = await run(['init', '-C', dir, '--force']);
    expect(forced.stdout).toContain('wrote   .github/workflows/tailpolicy-check.yml');
    expect(readFileSync(join(dir, '.github/workflows/tailpolicy-check.yml'), 'utf8')).toContain(
      'name: tailpolicy-check',
    );
  });

  it("in an existing repository keeps its policy and access.yaml, and offers access.yaml's resources in the form", async () => {
    const dir = writeTree(tempDir(), {
      'policy/main.hujson': '{"groups": {"group:sre": ["sam@example.com"]}, "tagOwners": {"tag:db": ["group:sre"]}}\n',
      'policy/access.yaml':
        'resources:\n  db:\n    description: The database\n    grants: [{dst: [tag:db], ip: ["tcp:5432"]}]\n' +
        '    maxDuration: 4h\n    approvers: [group:sre]\n  db-ro:\n    grants: [{dst: [tag:db], ip: ["tcp:5433"]}]\n' +
        '    maxDuration: 4h\n    approvers: [group:sre]\n',
    });
    const r = await run(['init', '-C', dir]);
    expect(r.stdout).toContain('kept the policy already in policy/ (1 file(s))');
    expect(r.stdout).toContain('kept policy/access.yaml');
    expect(r.stdout).not.toContain('policy.hujson');
    const form = parse(readFileSync(join(dir, '.github/ISSUE_TEMPLATE/request-access.yml'), 'utf8'));
    expect(form.body[1].attributes.options).toEqual(['db', 'db-ro']);
    expect(form.body[1].attributes.description).toContain('**db**: The database');
  });

  it('with credentials, fetches the live policy and splits it into fragments by section, comments kept', async () => {
    const live = `// Our tailnet
{
  // the people
  "groups": {"group:sre": ["sam@example.com"]},
  "tagOwners": {"tag:db": ["group:sre"]},
  "grants": [
    {"src": ["group:sre"], "dst": ["tag:db"], "ip": ["*"]}, // SRE reach the databases
  ],
  "tests": [{"src": "sam@example.com", "accept": ["tag:db:5432"]}],
  "randomizeClientPort": true,
}
`;
    emu = await startTailscaleEmulator({ policy: live });
    const dir = tempDir();
    const env = { TS_API_KEY: EMULATOR_API_KEY };
    const r = await run(['init', '-C', dir, '--api-url', emu.url], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('fetched the live policy of tailnet - into 5 fragment(s) in policy/');
    expect(r.stdout).not.toContain(EMULATOR_API_KEY);
    const groups = readFileSync(join(dir, 'policy/groups.hujson'), 'utf8');
    expect(groups).toContain('// the people');
    expect(readFileSync(join(dir, 'policy/rules.hujson'), 'utf8')).toContain('// SRE reach the databases');
    expect(readFileSync(join(dir, 'policy/settings.hujson'), 'utf8')).toContain('"randomizeClientPort": true');
    // Nothing is requestable yet (access.yaml says how to add it), and the fragments merge back
    // into the live policy: check passes, including the tailnet's own tests.
    const check = await run(['check', '-C', dir]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('tests:   1 of 1 passed offline');
    const compiled = parseJsonc((await run(['compile', '-C', dir])).stdout);
    expect(compiled).toMatchObject({
      groups: { 'group:sre': ['sam@example.com'] },
      tagOwners: { 'tag:db': ['group:sre'] },
      randomizeClientPort: true,
    });
  });

  it('refuses half an OAuth client, naming the missing variable, and writes nothing', async () => {
    const dir = tempDir();
    const r = await run(['init', '-C', dir], { TS_OAUTH_CLIENT_ID: 'k123' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tailpolicy: TS_OAUTH_CLIENT_SECRET is missing: set both to fetch the live policy\n');
  });

  it('splits sections with their leading comments and nothing else', () => {
    const parts = splitPolicy('{\n  // a\n  "groups": {},\n  /* b */ "acls": [],\n  "ssh": []\n}\n');
    expect([...parts.keys()]).toEqual(['groups.hujson', 'rules.hujson', 'ssh.hujson']);
    expect(parts.get('rules.hujson')).toContain('/* b */ "acls": []');
    expect(parts.get('groups.hujson')).toContain('// a\n  "groups": {}');
  });
});
