/**
 * The judgement of a break-glass review issue's comments (review/break-glass-review.ts): one
 * table, on the example repository's rules (prod-db approved by group:sre = sam and raj).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitRules } from '../src/review/approvals.js';
import { judgeReviewComments, parseReviewMarker, REPLY_MARKER } from '../src/review/break-glass-review.js';
import { breakGlassMarker } from '../src/review/auto-approve.js';
import { revokeBranch } from '../src/modes/break-glass.js';

const rules = commitRules(
  'policy',
  readdirSync('policy').map((f) => ({ path: `policy/${f}`, text: readFileSync(join('policy', f), 'utf8') })),
);
const grant = { path: 'grants/bob.yaml', grantees: ['bob@example.com'], resource: 'prod-db' };
let t = 0;
const say = (user: string, body: string) => ({
  id: ++t,
  user,
  body,
  createdAt: `2026-11-22T0${t}:00:00Z`,
});

interface Want {
  approved?: string;
  revoked?: string;
  reason?: string;
}

describe('judgeReviewComments', () => {
  it.each([
    ['an approver’s /approve counts', [say('sam-sre', 'fine\n/approve')], { approved: 'sam-sre' }, []],
    ['the PR author’s does not', [say('ines-infra', '/approve')], {}, ['approve ines-infra: the PR author']],
    ['a grantee’s does not', [say('bob-acme', '/approve')], {}, ['approve bob-acme: a grantee']],
    [
      'a non-approver’s does not',
      [say('alice-acme', '/revoke nope')],
      {},
      ['revoke alice-acme: not among the approvers (group:sre)'],
    ],
    [
      'a revoke wins over an approve, with its reason',
      [say('sam-sre', '/approve'), say('raj-sre', 'no.\n/revoke not an incident')],
      { approved: 'sam-sre', revoked: 'raj-sre', reason: 'not an incident' },
      [],
    ],
    [
      'a command only counts at the start of a line; tailpolicy’s own answers never count',
      [say('sam-sre', 'I will not `/approve` this'), say('sam-sre', `${REPLY_MARKER} closed -->\n/approve`)],
      {},
      [],
    ],
  ] as Array<[string, ReturnType<typeof say>[], Want, string[]]>)('%s', (_, comments, want, refused) => {
    const j = judgeReviewComments(grant, rules, 'ines-infra', comments);
    expect(j.approved?.user).toBe(want.approved);
    expect(j.revoked?.user).toBe(want.revoked);
    if (want.reason) expect(j.revoked?.reason).toBe(want.reason);
    expect(j.refused.map((r) => `${r.command} ${r.user}: ${r.why}`)).toEqual(refused);
  });
});

describe('review issue markers and revoke branches', () => {
  it('reads back the marker it writes, also for odd paths', () => {
    for (const path of ['grants/bob.yaml', 'grants/a b/#1 -->.yaml'])
      expect(parseReviewMarker(`x\n${breakGlassMarker(path, 12)}\ny`)).toEqual({ path, pull: 12 });
    expect(parseReviewMarker('no marker')).toBeUndefined();
  });

  it('makes a valid branch name of any path', () => {
    expect(revokeBranch('grants/bob-prod-db.yaml', 7)).toBe('tailpolicy/revoke/7-grants-bob-prod-db');
    for (const path of ['grants/..x..yaml', 'grants/a b/c~^:?*[.lock.yml', 'grants/.yaml'])
      expect(revokeBranch(path, 3)).toMatch(/^tailpolicy\/revoke\/3-(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9._-]+$/);
  });
});
