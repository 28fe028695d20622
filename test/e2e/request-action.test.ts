/**
 * `mode: request` end to end: dist/index.js run as the Actions runner runs it on `issues` events
 * carrying the access-request form as GitHub writes it into the issue body, and on the
 * `pull_request` `closed` event of the PR it opened. The GitHub emulator's Git data is the
 * workspace repository itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { EXAMPLE_NOW, exampleRepo, git, runAction } from './runner.js';

let github: GitHubEmulator | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function setup() {
  const dir = exampleRepo();
  github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  return { dir, github };
}

/** The body GitHub writes for an issue form: `### <label>`, a blank line, the answer. */
function formBody(a: { resource: string; duration: string; reason: string; ticket?: string }): string {
  return [
    '### Resource',
    '',
    a.resource,
    '',
    '### For how long',
    '',
    a.duration,
    '',
    '### Reason',
    '',
    a.reason,
    '',
    '### Ticket',
    '',
    a.ticket ?? '_No response_',
  ].join('\n');
}

function runRequest(s: { dir: string; github: GitHubEmulator }, eventName: string, event: unknown) {
  return runAction({
    workspace: s.dir,
    eventName,
    event,
    inputs: { mode: 'request', now: EXAMPLE_NOW, 'github-token': s.github.token },
    env: { GITHUB_API_URL: s.github.url },
  });
}

const commentsOn = (gh: GitHubEmulator, n: number) => gh.comments.filter((c) => c.issueNumber === n);

describe('mode: request on issues', { timeout: 120_000 }, () => {
  it('turns the form into one PR, updates it on edit, and closes the issue when the PR merges', async () => {
    const s = await setup();
    const issue = s.github.createIssue({
      title: 'Access request',
      author: 'alice-acme',
      labels: ['access-request'],
      body: formBody({ resource: 'prod-db', duration: '4h', reason: 'INC-4300: replica lag', ticket: 'INC-4300' }),
    });
    const opened = await runRequest(s, 'issues', s.github.issueEvent('opened', issue.number));
    expect(opened.code, opened.stdout + opened.stderr).toBe(0);
    const pulls = [...s.github.pulls.values()];
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.head).toBe(`access/alice-acme-issue-${issue.number}`);
    expect(pr.requestedReviewers.sort()).toEqual(['raj-sre', 'sam-sre']);
    expect(pr.body).toContain('for 4h from merge');
    expect(opened.outputs['pr-number']).toBe(String(pr.number));
    const path = `grants/alice-acme-prod-db-2026-11-21-issue-${issue.number}.yaml`;
    expect(git(s.dir, 'diff', '--name-status', 'main', pr.head)).toBe(`A\t${path}`);
    expect(git(s.dir, 'show', `${pr.head}:${path}`)).toContain('grantees: ["alice@example.com"]');
    const [comment] = commentsOn(s.github, issue.number);
    expect(comment!.body).toContain(`Opened pull request #${pr.number}`);
    expect(comment!.body).toContain('for 4h from merge');

    // The author edits the issue: the same PR and the same comment are updated.
    s.github.editIssue(issue.number, {
      body: formBody({ resource: 'prod-db', duration: '2h', reason: 'INC-4300: replica lag', ticket: 'INC-4300' }),
    });
    const edited = await runRequest(s, 'issues', s.github.issueEvent('edited', issue.number));
    expect(edited.code, edited.stdout + edited.stderr).toBe(0);
    expect(s.github.pulls.size).toBe(1);
    expect(s.github.pulls.get(pr.number)!.body).toContain('for 2h from merge');
    expect(git(s.dir, 'show', `${pr.head}:${path}`)).toContain('duration: 2h');
    expect(git(s.dir, 'rev-list', '--count', `main..${pr.head}`)).toBe('1');
    expect(commentsOn(s.github, issue.number)).toHaveLength(1);
    expect(commentsOn(s.github, issue.number)[0]!.body).toContain(`Updated pull request #${pr.number}`);

    // Approved and merged: the closed event closes the issue.
    s.github.addReview(pr.number, { user: 'sam-sre', state: 'APPROVED' });
    s.github.mergePull(pr.number, { by: 'sam-sre' });
    const closed = await runRequest(s, 'pull_request', s.github.pullEvent('closed', pr.number));
    expect(closed.code, closed.stdout + closed.stderr).toBe(0);
    expect(s.github.issues.get(issue.number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(commentsOn(s.github, issue.number)).toHaveLength(1);
    expect(commentsOn(s.github, issue.number)[0]!.body).toContain('merged');
  });

  it('a bad request gets one comment saying what to fix and no PR; a closed PR closes the issue as not planned', async () => {
    const s = await setup();
    const issue = s.github.createIssue({
      title: 'Access request',
      author: 'bob-acme',
      body: formBody({ resource: 'prod-db', duration: '12h', reason: 'x' }),
    });
    const r = await runRequest(s, 'issues', s.github.issueEvent('opened', issue.number));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(s.github.pulls.size).toBe(0);
    const comments = commentsOn(s.github, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('cannot be opened yet');
    expect(comments[0]!.body).toContain('longer than the 8h allowed');
    expect(comments[0]!.body).toContain('requires a &quot;ticket&quot;');
    // Fixed by an edit: now a PR, and still one comment.
    s.github.editIssue(issue.number, {
      body: formBody({ resource: 'prod-db', duration: '2h', reason: 'x', ticket: 'INC-12' }),
    });
    expect((await runRequest(s, 'issues', s.github.issueEvent('edited', issue.number))).code).toBe(0);
    expect(s.github.pulls.size).toBe(1);
    expect(commentsOn(s.github, issue.number)).toHaveLength(1);
    const pr = [...s.github.pulls.values()][0]!;
    s.github.closePull(pr.number);
    expect((await runRequest(s, 'pull_request', s.github.pullEvent('closed', pr.number))).code).toBe(0);
    expect(s.github.issues.get(issue.number)).toMatchObject({ state: 'closed', stateReason: 'not_planned' });

    // Someone without a GitHub login in people: told so, no PR.
    const stranger = s.github.createIssue({
      title: 'x',
      author: 'mallory',
      body: formBody({ resource: 'prod-db', duration: '1h', reason: 'x', ticket: 'INC-1' }),
    });
    await runRequest(s, 'issues', s.github.issueEvent('opened', stranger.number));
    expect(commentsOn(s.github, stranger.number)[0]!.body).toContain('not listed under &quot;people&quot;');
    expect(s.github.pulls.size).toBe(1);
    // An issue that is not the form is left alone.
    const other = s.github.createIssue({ title: 'bug', author: 'alice-acme', body: 'The VPN is slow' });
    expect((await runRequest(s, 'issues', s.github.issueEvent('opened', other.number))).code).toBe(0);
    expect(commentsOn(s.github, other.number)).toHaveLength(0);
  });

  it('a hostile issue body changes nothing but the reason, which is escaped where shown', async () => {
    const s = await setup();
    const traversal = s.github.createIssue({
      title: 'x',
      author: 'alice-acme',
      body: formBody({ resource: '../../policy/access', duration: '4h', reason: 'x', ticket: 'INC-1' }),
    });
    await runRequest(s, 'issues', s.github.issueEvent('opened', traversal.number));
    expect(s.github.pulls.size).toBe(0);
    expect(commentsOn(s.github, traversal.number)[0]!.body).toContain('is not a resource of access.yaml');

    const reason =
      'INC-1 "\ngrantees: [evil@example.com]\nresource: prod-cluster\nexpires: 2099-01-01T00:00:00Z\n' +
      '@sam-sre <img src=x onerror=alert(1)> [link](https://evil.example) ### Grantees';
    const hostile = s.github.createIssue({
      title: '<script>',
      author: 'alice-acme',
      body:
        formBody({ resource: 'prod-db', duration: '1h', reason, ticket: 'INC-1' }) +
        '\n\n### Grantees\n\nevil@example.com\n\n### Path\n\n../../etc/passwd\n',
    });
    const r = await runRequest(s, 'issues', s.github.issueEvent('opened', hostile.number));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const pr = [...s.github.pulls.values()][0]!;
    const files = git(s.dir, 'diff', '--name-only', 'main', pr.head);
    expect(files).toBe(`grants/alice-acme-prod-db-2026-11-21-issue-${hostile.number}.yaml`);
    const text = git(s.dir, 'show', `${pr.head}:${files}`);
    const { parse } = await import('yaml');
    const doc = parse(text) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['duration', 'grantees', 'reason', 'resource', 'ticket']);
    expect(doc).toMatchObject({ grantees: ['alice@example.com'], resource: 'prod-db', duration: '1h' });
    expect(doc.reason).toBe(reason);
    for (const shown of [pr.body!, commentsOn(s.github, hostile.number)[0]!.body, pr.title]) {
      expect(shown).not.toContain('<img');
      expect(shown).not.toContain('@sam-sre');
      expect(shown).not.toContain('](https://evil');
      expect(shown).not.toContain('<script>');
    }
    expect(pr.body).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
  });
});
