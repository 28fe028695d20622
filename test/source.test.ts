import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseSource } from '../src/policy/source.js';

describe('HuJSON parsing', () => {
  it('accepts comments and trailing commas and locates values', () => {
    const p = parseSource({
      path: 'policy/a.hujson',
      text: '// c\n{\n  "hosts": {\n    "db": "10.0.0.1", // x\n  },\n}\n',
    });
    expect(p.findings).toEqual([]);
    expect(p.value).toEqual({ hosts: { db: '10.0.0.1' } });
    expect(p.locate(['hosts', 'db'])).toMatchObject({ file: 'policy/a.hujson', line: 4, column: 11 });
    expect(p.locate(['hosts', 'db'], { key: true })).toMatchObject({ line: 4, column: 5 });
  });

  it('reports a syntax error at its line and column', () => {
    const p = parseSource({ path: 'policy/a.hujson', text: '{\n  "hosts": {\n    "db" "10.0.0.1"\n  }\n}\n' });
    expect(p.value).toBeUndefined();
    expect(p.findings[0]).toMatchObject({ rule: 'syntax/hujson', location: { line: 3, column: 10 } });
    expect(p.findings[0]!.message).toContain('expected ":"');
  });

  it('reports a duplicate key at the second place, naming the first', () => {
    const p = parseSource({
      path: 'policy/a.hujson',
      text: '{\n  "hosts": {\n    "db": "10.0.0.1",\n    "db": "10.0.0.2"\n  }\n}\n',
    });
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({
      rule: 'syntax/duplicate-key',
      location: { line: 4, column: 5 },
      related: { line: 3, column: 5 },
    });
  });
});

describe('YAML parsing', () => {
  it('reports a duplicate key with both lines', () => {
    const p = parseSource({ path: 'grants/a.yaml', text: 'reason: a\nexpires: 2026-01-01T00:00:00Z\nreason: b\n' });
    expect(p.findings[0]).toMatchObject({ rule: 'syntax/duplicate-key', location: { line: 3, column: 1 } });
    expect(p.findings[0]!.message).toContain('line 1');
  });

  it('keeps timestamps and dates as strings (no implicit Date conversion)', () => {
    const p = parseSource({ path: 'grants/a.yaml', text: 'expires: 2026-11-22T02:00:00Z\nday: 2026-11-22\n' });
    expect(p.value).toEqual({ expires: '2026-11-22T02:00:00Z', day: '2026-11-22' });
  });

  it('bounds alias expansion', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const p = parseSource({ path: 'grants/bomb.yaml', text: lines.join('\n') + '\n' });
    expect(p.value).toBeUndefined();
    expect(p.findings[0]!.rule).toBe('syntax/yaml-alias');
  });

  it('refuses a second document', () => {
    const p = parseSource({ path: 'grants/a.yaml', text: 'reason: a\n---\nreason: b\n' });
    expect(p.findings[0]).toMatchObject({ rule: 'syntax/yaml-multiple-documents', location: { line: 2 } });
  });

  it('locates nested values', () => {
    const p = parseSource({
      path: 'policy/access.yaml',
      text: 'resources:\n  db:\n    approvers: [group:a, group:b]\n',
    });
    expect(p.locate(['resources', 'db', 'approvers', 1])).toMatchObject({ line: 3, column: 26 });
  });
});

it('refuses files over the size limit', () => {
  const p = parseSource({ path: 'grants/big.yaml', text: `reason: "${'x'.repeat(MAX_FILE_BYTES)}"\n` });
  expect(p.findings[0]!.rule).toBe('syntax/file-too-large');
});
