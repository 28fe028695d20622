/**
 * The narrowing push's pure core (SPEC 2.5, property 9): the live policy minus exactly the rules
 * generated for grants no longer active, known by their generated comment and content.
 */
import * as jsonc from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { grantsInPolicy, narrowLivePolicy } from '../src/policy/narrow.js';
import { headerDigest, policyDigest } from '../src/policy/render.js';
import { BASE, compileFiles, grantYaml } from './helpers.js';

const NOW = '2026-11-21T23:00:00Z';
const files = {
  ...BASE,
  'grants/alice.yaml': grantYaml({
    grantees: 'alice@example.com',
    resource: 'prod-db',
    reason: 'INC-1',
    expires: '2026-11-22T02:00:00Z',
  }),
  'grants/bob.yaml': grantYaml({
    grantees: 'bob@example.com',
    resource: 'prod-db',
    reason: 'INC-2',
    expires: '2026-11-22T06:00:00Z',
  }),
};
const live = compileFiles(files, NOW).text;
const parse = (t: string) => jsonc.parse(t, [], { allowTrailingComma: true }) as Record<string, unknown[]>;
const srcs = (t: string, s: 'grants' | 'ssh') => (parse(t)[s] ?? []).map((r) => (r as { src: string[] }).src.join());

describe('narrowLivePolicy', () => {
  it('takes out exactly the rules of grants no longer active and keeps the others and the base', () => {
    expect(srcs(live, 'grants')).toEqual(['group:sre', 'alice@example.com', 'bob@example.com']);
    const n = narrowLivePolicy(live, new Set(['grants/bob.yaml']));
    expect(n.changed).toBe(true);
    expect(n.removed).toEqual([{ grant: 'grants/alice.yaml', rules: 2 }]);
    expect(n.refused).toEqual([]);
    expect(srcs(n.text, 'grants')).toEqual(['group:sre', 'bob@example.com']);
    expect(srcs(n.text, 'ssh')).toEqual(['bob@example.com']);
    expect(n.text).not.toContain('grants/alice.yaml');
    expect(n.text).toContain('// grant grants/bob.yaml: bob@example.com -> prod-db');
    // Not drifted before: the header now matches the narrowed policy, so the next run sees no drift.
    expect(headerDigest(n.text)).toBe(policyDigest(parse(n.text)));
  });

  it('keeps a console edit, and the drift stays visible', () => {
    const edited = live
      .replace('"group:sre": [', '"group:sre": ["eve@example.com", ')
      .replace(
        '\t"grants": [\n',
        '\t"grants": [\n\t\t// added in the console\n\t\t{"src": ["eve@example.com"], "dst": ["tag:bastion"], "ip": ["22"]},\n',
      );
    const n = narrowLivePolicy(edited, new Set());
    expect(n.removed.map((r) => r.grant)).toEqual(['grants/alice.yaml', 'grants/bob.yaml']);
    expect(srcs(n.text, 'grants')).toEqual(['eve@example.com', 'group:sre']);
    expect(srcs(n.text, 'ssh')).toEqual([]);
    expect(n.text).toContain('// added in the console');
    expect(n.text).toContain('"group:sre": ["eve@example.com", ');
    expect(headerDigest(n.text)).toBe(headerDigest(edited));
    expect(headerDigest(n.text)).not.toBe(policyDigest(parse(n.text)));
  });

  it('refuses a grant whose generated rule was edited by hand, naming it, and still takes out the others', () => {
    const edited = live.replace(
      /("src": \["alice@example.com"\],\n\t+"dst": \["tag:prod-db"\],\n\t+"ip": \["tcp:5432")/,
      '$1, "tcp:22"',
    );
    expect(edited).not.toBe(live);
    const n = narrowLivePolicy(edited, new Set());
    expect(n.refused).toEqual([{ grant: 'grants/alice.yaml', why: 'its generated rules were edited outside Git' }]);
    expect(n.removed.map((r) => r.grant)).toEqual(['grants/alice.yaml', 'grants/bob.yaml']);
    expect(srcs(n.text, 'grants')).toEqual(['group:sre', 'alice@example.com']);
    expect(srcs(n.text, 'ssh')).toEqual([]);
    expect(grantsInPolicy(n.text, ['grants/alice.yaml', 'grants/bob.yaml'])).toEqual(
      new Map([
        ['grants/alice.yaml', true],
        ['grants/bob.yaml', false],
      ]),
    );
  });

  it('refuses a grant whose marker comment was deleted', () => {
    const edited = live.replace(/\t*\/\/ tailpolicy-rules: \d+ sha256:[0-9a-f]+ grants\/alice\.yaml\n/g, '');
    const n = narrowLivePolicy(edited, new Set(['grants/bob.yaml']));
    expect(n.changed).toBe(false);
    expect(n.refused.map((r) => r.grant)).toEqual(['grants/alice.yaml']);
  });

  it('changes nothing when every generated grant may stay', () => {
    const n = narrowLivePolicy(live, new Set(['grants/alice.yaml', 'grants/bob.yaml']));
    expect(n).toMatchObject({ changed: false, text: live, removed: [], refused: [] });
  });

  it('reads access back by comment or by content', () => {
    const n = narrowLivePolicy(live, new Set(['grants/bob.yaml']));
    const rule = { src: ['alice@example.com'], dst: ['tag:prod-db'], ip: ['tcp:5432'] };
    expect(grantsInPolicy(n.text, ['grants/alice.yaml'])).toEqual(new Map([['grants/alice.yaml', false]]));
    // The comments gone but the rule pasted back in the console: still live.
    const pasted = n.text.replace('\t"grants": [\n', `\t"grants": [\n\t\t${JSON.stringify(rule)},\n`);
    expect(grantsInPolicy(pasted, ['grants/alice.yaml'], new Map([['grants/alice.yaml', [rule]]]))).toEqual(
      new Map([['grants/alice.yaml', true]]),
    );
  });
});
