/**
 * The judgement of a break-glass review issue's comments (review/break-glass-review.ts): one
 * table, on the example repository's rules (prod-db approved by group:sre = sam and raj).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitRules } from '../src/review/approvals.js';
import {
  judgeReviewComments,
  parseReviewMarker,
  reviewMarkers,
  REPLY_MARKER,
} from '../src/review/break-glass-review.js';
import { breakGlassMarker } from '../src/review/auto-approve.js';
import { revokeBranch } from '../src/modes/break-glass.js';

const read = (change: (text: string) => string = (t) => t) =>
  commitRules(
    'policy',
    readdirSync('policy').map((f) => {
      const text = readFileSync(join('policy', f), 'utf8');
      return { path: `policy/${f}`, text: f === 'access.yaml' ? change(text) : text };
    }),
  );
const rules = { asOf: () => ({ sha: 'a'.repeat(40), ...read() }) };
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

describe('judgeReviewComments: each command by the rules as of its comment', () => {
  // Until 06:00 the approvers of prod-db are group:sre (sam, raj); from then on only alice.
  const before = { sha: 'b'.repeat(40), ...read() };
  const after = {
    sha: 'c'.repeat(40),
    ...read((t) => {
      const changed = t.replace(/(prod-db:[\s\S]*?approvers: )\[group:sre\]/, '$1[alice@example.com]');
      if (changed === t) throw new Error('the example access.yaml changed: update this test');
      return changed;
    }),
  };
  const asOf = (at: string) => (at < '2026-11-22T06:00:00Z' ? before : after);
  const at = (hour: string, user: string, body: string) => ({
    id: Number(hour),
    user,
    body,
    createdAt: `2026-11-22T${hour}:00:00Z`,
  });

  it('an approver then counts though removed later; a later approver does not count before her time', () => {
    const j = judgeReviewComments(grant, { asOf }, 'ines-infra', [
      at('05', 'alice-acme', '/approve'),
      at('07', 'sam-sre', '/revoke too late'),
      at('08', 'raj-sre', '/approve'),
      at('09', 'alice-acme', '/approve'),
    ]);
    expect(j.approved).toMatchObject({ user: 'alice-acme', at: '2026-11-22T09:00:00Z', asOf: after.sha });
    expect(j.revoked).toBeUndefined();
    expect(j.refused.map((r) => `${r.command} ${r.user} ${r.asOf?.[0]}: ${r.why}`)).toEqual([
      'approve alice-acme b: not among the approvers (group:sre)',
      'revoke sam-sre c: not among the approvers (alice@example.com)',
      'approve raj-sre c: not among the approvers (alice@example.com)',
    ]);
    expect(judgeReviewComments(grant, { asOf }, 'ines-infra', [at('03', 'sam-sre', '/approve')]).approved?.asOf).toBe(
      before.sha,
    );
  });

  it('a comment the history cannot date is refused with what to do; one before the merge is ignored', () => {
    const j = judgeReviewComments(grant, { asOf: () => ({ unknown: 'check out with fetch-depth: 0' }) }, null, [
      at('05', 'sam-sre', '/approve'),
    ]);
    expect(j.approved).toBeUndefined();
    expect(j.refused).toEqual([
      { commentId: 5, user: 'sam-sre', command: 'approve', why: 'check out with fetch-depth: 0' },
    ]);
    const since = new Date('2026-11-22T04:00:00Z');
    const k = judgeReviewComments(grant, { asOf, since }, null, [
      at('03', 'sam-sre', '/approve'),
      at('04', 'raj-sre', '/approve'),
    ]);
    expect(k.approved?.user).toBe('raj-sre');
    expect(k.refused).toEqual([]);
  });
});

describe('review issue markers and revoke branches', () => {
  it('reads every marker, the current one first', () => {
    const body = `${breakGlassMarker('grants/bob.yaml', 9)}\ntext\n${breakGlassMarker('grants/bob.yaml', 4)}`;
    expect(reviewMarkers(body).map((m) => m.pull)).toEqual([9, 4]);
    expect(parseReviewMarker(body)).toEqual({ path: 'grants/bob.yaml', pull: 9 });
  });

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
