/**
 * Bad input never crashes, hangs or lies (issue #13; SPEC 4, properties 6, 7 and 12): one case
 * for each thing generated input found, and for each crash the fuzz test (fuzz.test.ts) found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../src/validate/offline.js';
import { readRepository } from '../src/repo.js';
import { parseSource } from '../src/policy/source.js';
import { MAX_DEPTH, MAX_JSON_LINES } from '../src/shared/bounds.js';
import { ensureCommit } from '../src/git.js';
import { decidePush } from '../src/policy/push.js';
import { ExternalError, UserError } from '../src/shared/errors.js';
import { unsafePattern } from '../src/shared/safe-pattern.js';
import { headerDigest } from '../src/policy/render.js';
import { md, oneLine } from '../src/report/escape.js';
import { renderCheckMarkdown } from '../src/report/markdown.js';
import { renderCheckText } from '../src/report/text.js';
import { countFindings, listPerFile, type Finding } from '../src/shared/findings.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { makePlan } from '../src/review/plan.js';
import { countByState } from '../src/report/grant-table.js';
import { grantOutputs } from '../src/modes/offline-pass.js';
import { BASE, tempDir, writeTree } from './helpers.js';

const NOW = new Date('2026-11-21T23:00:00Z');

function check(extra: Record<string, string>, base: Record<string, string> = BASE) {
  const files = Object.entries({ ...base, ...extra }).map(([path, text]) => ({ path, text }));
  return checkRepository({
    policyDir: 'policy',
    policyFiles: files.filter((f) => f.path.startsWith('policy/')),
    grantFiles: files.filter((f) => f.path.startsWith('grants/')),
    now: NOW,
  });
}

const where = (r: ReturnType<typeof check>) =>
  r.findings.map((f) => `${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.severity}[${f.rule}]`);

describe('nesting, lines and entries are bounded before any parser recurses', () => {
  it('1,950 nested "[" under derpMap (3.9 KB) are one located syntax/too-deep error, not a stack overflow', () => {
    const text = `{\n  "derpMap": ${'['.repeat(1950)}${']'.repeat(1950)}\n}\n`;
    expect(text.length).toBeLessThan(4000);
    const r = check({ 'policy/derp.hujson': text });
    expect(r.ok).toBe(false);
    expect(r.pushable).toBe(false);
    expect(where(r)).toEqual([`policy/derp.hujson:2:${13 + MAX_DEPTH} error[syntax/too-deep]`]);
    expect(r.findings[0]!.message).toMatch(/deeper than 64 levels/);
  });

  it('a deeply nested YAML grant is refused at its line, without parsing it', () => {
    const deep =
      'grantees:\n' + Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n') + ' x\n';
    const r = check({ 'grants/deep.yaml': deep });
    expect(where(r)).toEqual([`grants/deep.yaml:${MAX_DEPTH + 1}:${MAX_DEPTH + 1} error[syntax/too-deep]`]);
  });

  it('a grant file over 64 KiB is refused at its first line before it is parsed; a policy file is not', () => {
    const long = `grantees:\n${Array.from({ length: 4000 }, (_, i) => `  - user${i}@example.com`).join('\n')}\n`;
    expect(where(check({ 'grants/big.yaml': long }))).toEqual(['grants/big.yaml:1:1 error[syntax/file-too-large]']);
    const tests = `# ${'x'.repeat(70 * 1024)}\n[]\n`;
    expect(parseSource({ path: 'policy/tests.yaml', text: tests }).findings).toEqual([]);
  });

  it('a YAML file that is mostly stream errors is reported from its syntax tree: 20 located errors and a count', () => {
    // A truncated first line (a plain scalar) turns the rest into a stream of errors, as the fuzz test found.
    const text =
      'chema=../schemas/dns.schema.json\n# Split DNS\nsplitDNS:\n  dev.acme.internal: [10.20.0.10]\nmagicDNS: true\n' +
      '"k": 1,\n'.repeat(20_000);
    const findings = parseSource({ path: 'policy/dns.yaml', text }).findings;
    expect(findings).toHaveLength(21);
    expect(findings[0]).toMatchObject({ rule: 'syntax/yaml', location: { file: 'policy/dns.yaml', line: 3 } });
    expect(findings[0]!.message).toMatch(/^Invalid YAML: Unexpected .* token in YAML stream: /);
    expect(findings[20]).toMatchObject({ rule: 'syntax/more-errors' });
  });

  it('a large HuJSON policy is not refused for its lines or entries (10,000 rules span 150,000 lines)', () => {
    const hosts = Array.from(
      { length: 150_000 },
      (_, i) => `\t"h${i}": "10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}",`,
    );
    const text = `{\n"hosts": {\n${hosts.join('\n')}\n},\n}\n`;
    expect(parseSource({ path: 'policy/hosts.hujson', text }).findings).toEqual([]);
    const over = '\n'.repeat(MAX_JSON_LINES) + '{}';
    expect(parseSource({ path: 'policy/x.hujson', text: over }).findings.map((f) => f.rule)).toEqual([
      'syntax/too-many-lines',
    ]);
  });

  it('compact sequences ("- - - …") and flow collections count as nesting too', () => {
    for (const text of [
      '- '.repeat(100) + 'x\n',
      'a: ' + '['.repeat(100) + '\n',
      'a: {b: ' + '{c: '.repeat(80) + '1}',
    ]) {
      expect(parseSource({ path: 'grants/a.yaml', text }).findings.map((f) => f.rule)).toEqual(['syntax/too-deep']);
    }
  });

  it('nesting within the bound still parses, in both formats', () => {
    const json = parseSource({ path: 'p.hujson', text: '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) });
    expect(json.findings).toEqual([]);
    const yaml = parseSource({ path: 'g.yaml', text: 'a: ' + '['.repeat(MAX_DEPTH - 1) + ']'.repeat(MAX_DEPTH - 1) });
    expect(yaml.findings).toEqual([]);
  });

  it('a live policy nested beyond the bound (an API answer) is an external error, not a crash', () => {
    const compiled = check({}).compiled;
    expect(() => decidePush(compiled, { hujson: '{"acls": ' + '['.repeat(5000), etag: '"e"' }, 'fail')).toThrow(
      ExternalError,
    );
  });

  it('thousands of duplicate keys give twenty findings and a count, found in one walk', () => {
    const text = 'grantees: [alice@example.com]\n' + 'k1: v\n'.repeat(3000);
    const p = parseSource({ path: 'grants/dup.yaml', text });
    expect(p.findings).toHaveLength(21);
    expect(p.findings[0]).toMatchObject({ rule: 'syntax/duplicate-key', location: { line: 3 } });
    expect(p.findings[0]!.message).toBe('Duplicate key "k1": it is also defined at line 2. Keep one of the two.');
    expect(p.findings[20]).toMatchObject({ rule: 'syntax/more-errors', location: { line: 23 } });
    expect(p.findings[20]!.message).toMatch(/^2979 more syntax error/);
  });
});

describe('many findings in one file are listed up to a cap, and counted in full', () => {
  const list = (n: number) => 'tests:\n' + '  - x\n'.repeat(n);

  it('29,000 wrong test entries: 50 listed, one more finding counts the 28,950 others; every total says 29,000', () => {
    const r = check({ 'policy/tests.yaml': list(29_000) });
    const inFile = r.findings.filter((f) => f.location?.file === 'policy/tests.yaml');
    expect(inFile).toHaveLength(51);
    expect(inFile.slice(0, 50).every((f) => f.rule === 'policy/type')).toBe(true);
    const more = inFile[50]!;
    expect(more).toMatchObject({ severity: 'error', rule: 'findings/not-listed', count: 28_950 });
    expect(more.location).toMatchObject({ file: 'policy/tests.yaml', line: 52, column: 5 });
    expect(more.message).toMatch(/^28950 more error\(s\) in this file are not listed \(policy\/type ×28950\)/);
    expect(countFindings(r.findings, 'error')).toBe(29_000);
    expect(renderCheckText(r)).toMatch(/FAILED: 29000 error\(s\), 0 warning\(s\)/);
    expect(renderCheckMarkdown(r)).toMatch(/❌ 29000 error\(s\)/);
  });

  it('at the cap nothing is summed up; one over it is one more finding', () => {
    expect(check({ 'policy/tests.yaml': list(50) }).findings.some((f) => f.rule === 'findings/not-listed')).toBe(false);
    const over = check({ 'policy/tests.yaml': list(51) }).findings.filter((f) => f.rule === 'findings/not-listed');
    expect(over).toEqual([expect.objectContaining({ count: 1, location: expect.objectContaining({ line: 52 }) })]);
  });

  it('warnings and errors left out are summed up apart, each after the last listed finding of its file', () => {
    const f = (file: string, line: number, severity: 'error' | 'warning'): Finding => ({
      severity,
      rule: `r/${severity}`,
      message: `m${line}.`,
      location: { file, line, column: 1 },
    });
    const input = [
      f('a', 1, 'error'),
      f('a', 2, 'warning'),
      f('a', 3, 'error'),
      f('a', 4, 'warning'),
      f('b', 1, 'error'),
    ];
    const out = listPerFile(input, 1);
    expect(out.map((x) => `${x.location?.file}:${x.severity}:${x.rule}:${x.count ?? 1}`)).toEqual([
      'a:error:r/error:1',
      'a:error:findings/not-listed:1',
      'a:warning:findings/not-listed:2',
      'b:error:r/error:1',
    ]);
    expect(countFindings(out, 'warning')).toBe(2);
    expect(countFindings(out, 'error')).toBe(3);
  });
});

describe('YAML keys that are lists or maps', () => {
  it('are a located syntax error, and yaml prints no warning of its own', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const r = check({
      'grants/k.yaml': 'grantees: [alice@example.com]\n? [x]\n: y\n',
      'policy/tests.yaml': '[a]: 1\n',
    });
    await new Promise((settle) => setImmediate(settle));
    process.off('warning', onWarning);
    // The policy file's comes first: it is a root cause others may follow from.
    expect(where(r).filter((w) => w.includes('yaml-key'))).toEqual([
      'policy/tests.yaml:1:1 error[syntax/yaml-key]',
      'grants/k.yaml:2:3 error[syntax/yaml-key]',
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('files are parsed once per check, and what is parsed is never changed', () => {
  it('a check whose bisection compiles the same file objects again gives what a check of fresh copies gives', () => {
    // A test that fails only with the grant: the offline check compiles again and again to find it.
    const files = Object.entries({
      ...BASE,
      'policy/tests.yaml': 'tests:\n  - src: carol@example.com\n    deny: ["tag:prod-db:5432"]\n',
      'grants/carol.yaml':
        'grantees: [carol@example.com]\nresource: prod-db\nreason: INC-1 x\nexpires: 2026-11-22T02:00:00Z\n',
    }).map(([path, text]) => ({ path, text }));
    const run = (fs: Array<{ path: string; text: string }>) =>
      checkRepository({
        policyDir: 'policy',
        policyFiles: fs.filter((f) => f.path.startsWith('policy/')),
        grantFiles: fs.filter((f) => f.path.startsWith('grants/')),
        now: NOW,
      });
    const once = run(files);
    const again = run(files);
    const fresh = run(files.map((f) => ({ ...f })));
    for (const r of [again, fresh]) {
      expect(r.findings).toEqual(once.findings);
      expect(r.compiled.text).toBe(once.compiled.text);
    }
    expect(parseSource(files[0]!)).toBe(parseSource(files[0]!));
  });

  it('a flat grant file is kept from the second compile of its list on, not after the first', () => {
    const entries = Object.entries(BASE).map(([path, text]) => ({ path, text }));
    const grant = {
      path: 'grants/carol.yaml',
      text: 'grantees: [carol@example.com]\nresource: prod-db\nreason: INC-1 x\nexpires: 2026-11-22T02:00:00Z\n',
    };
    const input = { policyDir: 'policy', policyFiles: entries, grantFiles: [grant], now: NOW };
    const first = checkRepository(input);
    expect(parseSource(grant, 'grant', false)).not.toBe(parseSource(grant, 'grant', false));
    const second = checkRepository(input);
    expect(parseSource(grant, 'grant', false)).toBe(parseSource(grant, 'grant', false));
    expect(second.findings).toEqual(first.findings);
    expect(second.compiled.grants.map((g) => g.state)).toEqual(['active']);
  });
});

describe('prototype keys are data', () => {
  it('"__proto__" keys in a HuJSON fragment survive into the pushed policy', () => {
    const r = check({
      'policy/hosts.hujson': '{"hosts": {"__proto__": "10.0.0.1", "db": "10.0.0.2"}, "postures": {"__proto__": []}}',
    });
    expect(r.compiled.text).toContain('"__proto__": "10.0.0.1"');
    expect(Object.keys(r.compiled.policy.hosts as object)).toEqual(['__proto__', 'db']);
    expect(Object.getPrototypeOf(r.compiled.policy.hosts)).toBe(Object.prototype);
  });

  it('"__proto__" and "constructor" as section names are unknown sections, located, with no internals in the hint', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const r = check({ 'policy/x.hujson': `{\n  "${name}": {"groups": {"group:x": ["a@b.c"]}}\n}` });
      expect(r.ok).toBe(false);
      expect(where(r)).toEqual(['policy/x.hujson:2:3 error[policy/unknown-field]']);
      expect(r.findings[0]!.message).not.toMatch(/\[object Object\]|native code|function/);
      expect(Object.getPrototypeOf(r.compiled.policy)).toBe(Object.prototype);
      expect(r.compiled.policy.groups).not.toHaveProperty('group:x');
    }
  });
});

describe('the top-level folders are refused when they are symbolic links', () => {
  it('a linked grants/ reads no grant and is an error at the folder; the outside file is never read', async () => {
    const outside = writeTree(tempDir(), { 'g/secret.yaml': 'grantees: [mallory@example.com]\nreason: TOP-SECRET\n' });
    const dir = writeTree(tempDir(), { 'policy/p.hujson': '{}' });
    symlinkSync(join(outside, 'g'), join(dir, 'grants'));
    const files = await readRepository(dir, 'policy', 'grants');
    expect(files.grantFiles).toEqual([]);
    expect(files.findings).toMatchObject([{ severity: 'error', rule: 'repo/symlink', location: { file: 'grants' } }]);
    expect(JSON.stringify(files)).not.toContain('TOP-SECRET');
  });

  it('a linked policy/ (or a linked folder above it) stops the run with a usage error', async () => {
    const outside = writeTree(tempDir(), { 'p/p.hujson': '{}' });
    const dir = tempDir();
    symlinkSync(join(outside, 'p'), join(dir, 'policy'));
    await expect(readRepository(dir, 'policy', 'grants')).rejects.toThrow(UserError);
    await expect(readRepository(dir, 'policy', 'grants')).rejects.toThrow(/policy is a symbolic link/);
    mkdirSync(join(dir, 'cfg'));
    renameSync(join(dir, 'policy'), join(dir, 'cfg', 'linked'));
    symlinkSync(join(dir, 'cfg'), join(dir, 'conf'));
    await expect(readRepository(dir, 'conf/linked', 'grants')).rejects.toThrow(/conf is a symbolic link/);
  });
});

describe('git has a deadline', () => {
  it('a git fetch from a remote that accepts and never answers ends in a usage error when the deadline passes', async () => {
    const sockets: Socket[] = [];
    const server = createServer((s) => sockets.push(s)); // accepts, stays silent
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const dir = tempDir();
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('remote', 'add', 'origin', `http://127.0.0.1:${port}/acme/tailnet.git`);
      const error = await ensureCommit(dir, 'a'.repeat(40), { timeoutMs: 1500 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(
        /git fetch did not finish within 2 s and was stopped; the remote did not answer/,
      );
      expect((error as Error).message).toMatch(/fetch-depth: 0/);
      expect(sockets.length).toBeGreaterThan(0); // it did reach the silent remote
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
    }
  });
});

describe('ticket patterns cannot backtrack catastrophically', () => {
  const accessWith = (ticket: string) =>
    BASE['policy/access.yaml'].replace(
      '    approvers: [group:sre]\n',
      () => `    approvers: [group:sre]\n    ticket: '${ticket}'\n`,
    );

  it('"^([0-9]+)+$" in access.yaml is refused at its line, and no ticket is ever matched against it', () => {
    const r = check({
      'policy/access.yaml': accessWith('^([0-9]+)+$'),
      'grants/a.yaml':
        'grantees: [alice@example.com]\nresource: prod-db\nreason: x\nticket: "1111111111111111111111111111111!"\nexpires: 2026-11-22T01:00:00Z\n',
    });
    const f = r.findings.find((x) => x.location?.file === 'policy/access.yaml')!;
    expect(f).toMatchObject({ severity: 'error', location: { line: 17 } });
    expect(f.message).toMatch(/refused as a ticket pattern: a repeated group contains another quantifier/);
    expect(r.pushable).toBe(false);
  });

  it('ordinary ticket formats pass, and unanchored patterns with too many repetitions do not', () => {
    for (const ok of ['^INC-[0-9]+$', '^(INC|SR)-\\d{3,8}$', '^[A-Z]{2,10}-\\d+$', '^([A-Z]+-)?\\d+$']) {
      expect(unsafePattern(ok)).toBeUndefined();
      expect(check({ 'policy/access.yaml': accessWith(ok) }).findings.filter((f) => f.severity === 'error')).toEqual(
        [],
      );
    }
    for (const bad of ['(a|a)*', '^(a{1,100}){1,100}$', '(x)\\1', '.*.*.*x']) expect(unsafePattern(bad)).toBeDefined();
  });
});

describe('the digest header scan is linear', () => {
  it('finds the digest after 60,000 blank lines, and none in the body', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(headerDigest(`${'\n'.repeat(60_000)}// tailpolicy-digest: ${digest}\n{}`)).toBe(digest);
    expect(headerDigest(`${'\n \n'.repeat(60_000)}{\n// tailpolicy-digest: ${digest}\n}`)).toBeUndefined();
  });
});

describe('escaping in every Markdown surface', () => {
  it('bidi controls are stripped and bare www. links broken', () => {
    const text = md('see www.example.com/login \u202egnp.exe\u2066 WWW.evil.test');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toMatch(/www\./i);
    expect(text).toContain('www&#46;example.com/login');
    expect(oneLine('a\u202eb')).toBe('ab');
  });

  it('a grant reason with U+202E and a www. link reaches the check summary and the plan comment escaped', () => {
    const r = check({
      'grants/a.yaml':
        'grantees: [alice@example.com]\nresource: prod-db\nreason: "log in at www.example.com/login \u202eevil"\nexpires: 2026-11-22T01:00:00Z\n',
    });
    const plan = renderPlanMarkdown(makePlan(check({}).compiled, r.compiled), [], r, { approvalsLookedUp: false });
    for (const out of [renderCheckMarkdown(r), plan]) {
      expect(out).toContain('www&#46;example.com/login');
      expect(out).not.toContain('\u202e');
      expect(out).not.toMatch(/www\.example/);
    }
  });
});

describe('outputs count only valid grants', () => {
  it('an invalid grant with a future start is invalid everywhere and sets no next change', () => {
    const r = check({
      'grants/bad.yaml':
        'grantees: [alice@example.com]\nresource: no-such\nreason: x\nstarts: 2026-11-22T05:00:00Z\nexpires: 2026-11-22T06:00:00Z\n',
    });
    expect(r.compiled.nextChange).toBeUndefined();
    expect(countByState(r.compiled)).toMatchObject({ scheduled: 0, invalid: 1 });
    expect(grantOutputs(r, 'p.hujson')).toMatchObject({ 'scheduled-grants': '0', 'next-change': '' });
  });
});
