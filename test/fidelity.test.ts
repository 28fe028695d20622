/**
 * Offline test verdicts never refuse what Tailscale accepts (issue #13, fidelity): what depends
 * on the tailnet's state is a notice, and /acl/validate decides.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePolicyTests } from '../src/evaluate/index.js';
import { noLocation } from '../src/shared/findings.js';

const groups = { 'group:eng': ['alice@example.com', 'bob@example.com'], 'group:ops': ['bob@example.com'] };
const tagOwners = { 'tag:db': ['alice@example.com'], 'tag:web': ['alice@example.com'] };

function verdicts(policy: Record<string, unknown>): string[] {
  return evaluatePolicyTests({ groups, tagOwners, ...policy }, noLocation, {}).findings.map(
    (f) => `${f.severity}[${f.rule}]`,
  );
}

describe('(a) a group src is judged as the group, not as each member with all their other memberships', () => {
  it('a deny test of a group passes offline as a notice when only another group of one member reaches the destination', () => {
    const policy = {
      acls: [{ action: 'accept', src: ['group:ops'], dst: ['tag:db:5432'] }],
      tests: [{ src: 'group:eng', deny: ['tag:db:5432'] }],
    };
    expect(verdicts(policy)).toEqual(['notice[test/undecidable]']);
  });

  it('the same for an SSH test', () => {
    const policy = {
      ssh: [{ action: 'accept', src: ['group:ops'], dst: ['tag:db'], users: ['root'] }],
      sshTests: [{ src: 'group:eng', dst: ['tag:db'], deny: ['root'] }],
    };
    expect(verdicts(policy)).toEqual(['notice[test/undecidable]']);
  });

  it('controls: a rule that names the group still fails the deny test, and a missing rule still fails an accept test', () => {
    expect(
      verdicts({
        acls: [{ action: 'accept', src: ['group:eng'], dst: ['tag:db:5432'] }],
        tests: [{ src: 'group:eng', deny: ['tag:db:5432'] }],
      }),
    ).toEqual(['error[test/failed]']);
    expect(
      verdicts({
        acls: [{ action: 'accept', src: ['group:ops'], dst: ['tag:db:5432'] }],
        tests: [{ src: 'group:eng', accept: ['tag:db:5432'] }],
      }),
    ).toEqual(['error[test/failed]']);
  });
});

describe('(b) a user the policy names nowhere else is not assumed to be a tailnet member', () => {
  const acls = [{ action: 'accept', src: ['autogroup:member'], dst: ['tag:web:443'] }];

  it('autogroup:member rules make a deny test of that user a notice, not a failure', () => {
    expect(verdicts({ acls, tests: [{ src: 'carol@example.com', deny: ['tag:web:443'] }] })).toEqual([
      'notice[test/undecidable]',
    ]);
  });

  it('nor a pass: an accept test of that user is a notice too', () => {
    expect(verdicts({ acls, tests: [{ src: 'carol@example.com', accept: ['tag:web:443'] }] })).toEqual([
      'notice[test/undecidable]',
    ]);
  });

  it('control: a user the policy names (here in a group) is still judged as a member', () => {
    expect(verdicts({ acls, tests: [{ src: 'alice@example.com', deny: ['tag:web:443'] }] })).toEqual([
      'error[test/failed]',
    ]);
  });
});
