/**
 * The repositories whose command-line output is frozen in test/fixtures/golden/expected (issue
 * #15: speed work must not change a byte of what users see). Deterministic: the same files on
 * every run. Used by test/e2e/golden-output.test.ts, by the capture script beside it, and by the
 * benchmark.
 */
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir, writeTree } from './helpers.js';

export const GOLDEN = resolve('test/fixtures/golden');
export const GOLDEN_NOW = '2026-11-21T23:00:00Z';

/** The README's example repository, as it was when the outputs were captured. */
export function goldenExample(): string {
  const dir = tempDir('tailpolicy-golden-');
  cpSync(join(GOLDEN, 'example'), dir, { recursive: true });
  return dir;
}

/**
 * The example with `n` generated grant files: each for its own person (added to
 * group:engineering, so eligible), for prod-db or prod-cluster, mostly active at GOLDEN_NOW, some
 * scheduled, some expired, in nested folders.
 */
export function generatedGrantFiles(n: number): Record<string, string> {
  const people = Array.from({ length: n }, (_, i) => `user${i}@example.com`);
  const groups = readFileSync(join(GOLDEN, 'example', 'policy', 'groups.hujson'), 'utf8').replace(
    '"sam@example.com",\n\t\t],',
    `"sam@example.com",\n${people.map((p) => `\t\t\t"${p}",\n`).join('')}\t\t],`,
  );
  const files: Record<string, string> = { 'policy/groups.hujson': groups };
  for (let i = 0; i < n; i++) {
    const db = i % 3 !== 0;
    const when = i % 10 === 0 ? 'scheduled' : i % 10 === 1 ? 'expired' : 'active';
    const [starts, expires] =
      when === 'scheduled'
        ? ['2026-11-22T09:00:00Z', '2026-11-22T12:00:00Z']
        : when === 'expired'
          ? ['2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z']
          : db
            ? ['2026-11-21T20:00:00Z', '2026-11-22T03:00:00Z']
            : ['2026-11-21T22:00:00Z', '2026-11-22T01:30:00Z'];
    const lines = [
      i % 2 ? `grantees: [${people[i]}]` : `grantees: ${people[i]}`,
      `resource: ${db ? 'prod-db' : 'prod-cluster'}`,
      `reason: "INC-${1000 + i}: generated grant number ${i}"`,
      ...(db ? [`ticket: INC-${1000 + i}`] : []),
      `starts: ${starts}`,
      `expires: ${expires}`,
    ];
    files[`grants/team-${i % 7}/g${String(i).padStart(6, '0')}.yaml`] = lines.join('\n') + '\n';
  }
  return files;
}

export function goldenGenerated(n = 1000): string {
  return writeTree(goldenExample(), generatedGrantFiles(n));
}

/** Every kind of broken grant file we know how to report, beside the example's valid ones. */
export const INVALID_GRANTS: Record<string, string> = {
  'grants/bad-flow.yaml': 'grantees: [alice@example.com\nresource: prod-db\nreason: x\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/bad-indent.yaml': 'grantees: alice@example.com\n  resource: prod-db\nreason: x\n',
  'grants/dup-key.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: one\nreason: two\nticket: INC-1\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/typo-field.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreasn: x\nticket: INC-1\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/bare-date.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-1\nexpires: 2026-11-22\n',
  'grants/bad-time.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-1\nexpires: "tomorrow"\nstarts: 2026-13-01T00:00:00Z\n',
  'grants/missing-expires.yaml': 'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-1\n',
  'grants/grantees-number.yaml': 'grantees: 5\nresource: prod-db\nreason: x\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/grantees-empty.yaml': 'grantees: []\nresource: prod-db\nreason: x\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/grantees-bad.yaml':
    'grantees: [not a login, "group:"]\nresource: prod-db\nreason: x\nticket: INC-2\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/unknown-resource.yaml':
    'grantees: alice@example.com\nresource: prod-dbb\nreason: x\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/too-long.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-3\nstarts: 2026-11-21T20:00:00Z\nexpires: 2026-11-23T01:00:00Z\n',
  'grants/backwards.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-4\nstarts: 2026-11-22T01:00:00Z\nexpires: 2026-11-21T23:30:00Z\n',
  'grants/not-eligible.yaml':
    'grantees: [lea@example.com]\nresource: prod-db\nreason: x\nticket: INC-5\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/bad-ticket.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: JIRA-1\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/no-ticket.yaml': 'grantees: alice@example.com\nresource: prod-db\nreason: x\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/inline-src.yaml':
    'grantees: sec@example.com\nreason: x\nexpires: 2026-11-22T00:30:00Z\ngrants:\n  - src: [alice@example.com]\n    dst: [tag:prod]\n    ip: [tcp:22]\n',
  'grants/inline-bad-port.yaml':
    'grantees: sec@example.com\nreason: "<b>x</b> | `y` *z* @team"\nexpires: 2026-11-22T00:30:00Z\ngrants:\n  - dst: [tag:prod]\n    ip: [tcp:99999]\n',
  'grants/inline-unknown-tag.yaml':
    'grantees: sec@example.com\nreason: x\nexpires: 2026-11-22T00:30:00Z\ngrants:\n  - dst: [tag:nope]\n    ip: [tcp:22]\n',
  'grants/both.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\nticket: INC-6\nexpires: 2026-11-22T00:30:00Z\ngrants:\n  - dst: [tag:prod]\n    ip: [tcp:22]\n',
  'grants/two-docs.yaml':
    'grantees: alice@example.com\nresource: prod-db\nreason: x\n---\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/aliases.yaml':
    'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
    'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'grants/small-alias.yaml':
    'who: &w alice@example.com\ngrantees: *w\nresource: prod-db\nreason: x\nticket: INC-7\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/empty.yaml': '',
  'grants/comment-only.yaml': '# nothing here\n',
  'grants/list.yaml': '- grantees: alice@example.com\n',
  'grants/scalar.yaml': 'just a string\n',
  'grants/null-values.yaml': 'grantees:\nresource:\nreason:\nexpires:\n',
  'grants/tabs.yaml': 'grantees:\talice@example.com\nresource: prod-db\n\treason: x\n',
  'grants/json-grant.json': '{"grantees": "alice@example.com", "resource": "prod-db", "reason": "x", "reason": "y",}',
  'grants/json-broken.hujson': '{"grantees": "alice@example.com" "resource": }',
  'grants/nested/deeper/wrong-type.yml':
    'grantees: alice@example.com\nresource: [prod-db]\nreason: 12\nticket: {a: 1}\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/unicode.yaml':
    'grantees: "ａlice@example.com"\nresource: prod-db\nreason: "naïve \u202e reversed"\nticket: INC-8\nexpires: 2026-11-22T01:00:00Z\n',
  'grants/long-reason.yaml': `grantees: alice@example.com\nresource: prod-db\nreason: ${'x'.repeat(1001)}\nticket: INC-9\nexpires: 2026-11-22T01:00:00Z\n`,
  'grants/.hidden.yaml': 'not: read\n',
  'grants/README.md': '# not a grant\n',
};

export function goldenInvalid(): string {
  const dir = writeTree(goldenExample(), INVALID_GRANTS);
  symlinkSync('/etc/hostname', join(dir, 'grants', 'link.yaml'));
  return dir;
}

/** The commands whose output is frozen, per repository. */
export const GOLDEN_COMMANDS: Record<string, string[]> = {
  check: ['check', '--now', GOLDEN_NOW],
  'check-json': ['check', '--now', GOLDEN_NOW, '--format', 'json'],
  compile: ['compile', '--now', GOLDEN_NOW],
  explain: ['explain', '--now', GOLDEN_NOW, 'alice@example.com', 'tag:prod-db:5432'],
  'explain-ssh': ['explain', '--now', GOLDEN_NOW, 'ines@example.com', 'tag:prod:22'],
};

export const GOLDEN_REPOS: Record<string, () => string> = {
  example: goldenExample,
  generated1000: () => goldenGenerated(1000),
  invalid: goldenInvalid,
};

export function expectedPath(repo: string, command: string): string {
  return join(GOLDEN, 'expected', `${repo}.${command}.txt`);
}

/** One file per run: exit code, then stdout, then stderr, so a change in any shows in a diff. */
export function formatRun(r: { code: number | null; stdout: string; stderr: string }): string {
  return `exit: ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

export function readExpected(repo: string, command: string): string {
  return readFileSync(expectedPath(repo, command), 'utf8');
}
