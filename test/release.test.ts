/**
 * The release: the workflow's shape (least privilege, actions pinned by commit), the version
 * named the same everywhere, and release notes that come out of CHANGELOG.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_REPOSITORY, VERSION } from '../src/shared/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
type Step = { uses?: string; run?: string; env?: Record<string, string> };
type Workflow = {
  on: { push?: { tags?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
};
const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;

describe('the release workflow', () => {
  const release = workflow('release.yml');
  const steps = Object.values(release.jobs).flatMap((j) => j.steps);
  const script = steps.map((s) => s.run ?? '').join('\n');

  it('runs on a version tag with the least privilege: nothing at the top, contents and id-token for the job', () => {
    expect(release.on.push?.tags).toEqual(['v*']);
    expect(release.permissions).toEqual({});
    expect(Object.values(release.jobs).map((j) => j.permissions)).toEqual([{ contents: 'write', 'id-token': 'write' }]);
  });

  it('pins every action by commit SHA, the same commits the other workflows use', () => {
    const others = readdirSync('.github/workflows')
      .filter((f) => f !== 'release.yml')
      .flatMap((f) => Object.values(workflow(f).jobs).flatMap((j) => j.steps.map((s) => s.uses)))
      .filter((u): u is string => Boolean(u && u.includes('@')));
    for (const s of steps.filter((s) => s.uses)) {
      expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(others).toContain(s.uses);
    }
  });

  it('typechecks, tests, rebuilds dist/ and compares it, publishes with provenance, releases and moves the major tag', () => {
    for (const part of [
      'npm ci',
      'npm run typecheck',
      'npm test',
      'npm run build',
      'git status --porcelain -- dist schemas',
      'npm publish --provenance',
      'node scripts/changelog-section.mjs',
      'gh release create',
      'git/refs/tags/$MAJOR',
    ])
      expect(script).toContain(part);
    // The only secret is the npm token.
    const secrets = readFileSync('.github/workflows/release.yml', 'utf8').match(/secrets\.\w+/g);
    expect([...new Set(secrets)]).toEqual(['secrets.NPM_TOKEN']);
  });

  it('names one version and one repository everywhere', () => {
    expect(VERSION).toBe(pkg.version);
    expect(pkg.repository.url).toBe(`git+https://github.com/${ACTION_REPOSITORY}.git`);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## [${VERSION}]`);
  });
});

describe('scripts/changelog-section.mjs', () => {
  it("prints a version's section without its heading, and fails naming the file when there is none", () => {
    const notes = execFileSync(process.execPath, ['scripts/changelog-section.mjs', '0.1.0'], { encoding: 'utf8' });
    expect(notes).toMatch(/^The first version/);
    expect(notes).toContain('### Added');
    expect(notes).not.toContain('## [0.1.0]');
    expect(notes).not.toContain('Unreleased');
    const missing = spawnSync(process.execPath, ['scripts/changelog-section.mjs', '9.9.9'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('CHANGELOG.md: no section "## [9.9.9]"');
  });
});
