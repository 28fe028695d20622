/**
 * A repository whose grant files (`generatedGrantFiles`) came in through one pull request that two
 * mapped approvers approved, merged in a GitHub emulator working on the same repository.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulators/github.js';
import { git } from '../test/e2e/runner.js';
import { goldenExample } from '../test/golden-repos.js';
import { writeTree } from '../test/helpers.js';

export async function repoWithMergedGrants(
  grantFiles: Record<string, string>,
): Promise<{ dir: string; github: GitHubEmulator }> {
  const dir = goldenExample();
  writeTree(dir, {
    'policy/groups.hujson':
      grantFiles['policy/groups.hujson'] ?? readFileSync(join(dir, 'policy/groups.hujson'), 'utf8'),
  });
  rmSync(join(dir, 'grants'), { recursive: true, force: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base policy');
  git(dir, 'checkout', '-q', '-b', 'grants');
  writeTree(dir, Object.fromEntries(Object.entries(grantFiles).filter(([p]) => p.startsWith('grants/'))));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'request access');
  git(dir, 'checkout', '-q', 'main');
  const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  const pull = github.createPull({ head: 'grants', author: 'alice-acme', title: 'Request access' });
  github.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
  github.addReview(pull.number, { user: 'ines-infra', state: 'APPROVED' });
  github.mergePull(pull.number);
  git(dir, 'reset', '-q', '--hard', 'main');
  return { dir, github };
}
