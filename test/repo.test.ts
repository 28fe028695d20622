import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepository } from '../src/repo.js';
import { MAX_FILE_BYTES } from '../src/policy/source.js';
import { compile } from '../src/policy/compile.js';
import { tempDir, writeTree } from './helpers.js';

describe('reading the repository', () => {
  it('does not follow symbolic links, and says so', async () => {
    const outside = writeTree(tempDir(), { 'secret.yaml': 'grantees: [mallory@example.com]\n' });
    const dir = writeTree(tempDir(), { 'policy/p.hujson': '{}', 'grants/a.yaml': 'x: 1\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'grants/link.yaml'));
    const files = await readRepository(dir, 'policy', 'grants');
    expect(files.grantFiles.map((f) => f.path)).toEqual(['grants/a.yaml']);
    expect(files.findings[0]).toMatchObject({ rule: 'repo/symlink', location: { file: 'grants/link.yaml' } });
  });

  it('reads subfolders in path order and skips other files', async () => {
    const dir = writeTree(tempDir(), {
      'policy/b.yaml': '{}',
      'policy/a/z.hujson': '{}',
      'policy/README.md': '# notes',
      'grants/team/x.yml': 'x: 1\n',
    });
    const files = await readRepository(dir, 'policy', 'grants');
    expect(files.policyFiles.map((f) => f.path)).toEqual(['policy/a/z.hujson', 'policy/b.yaml']);
    expect(files.grantFiles.map((f) => f.path)).toEqual(['grants/team/x.yml']);
  });

  it('reads no more than the size limit of a huge file, and the file is refused', async () => {
    const dir = writeTree(tempDir(), { 'policy/p.hujson': '{}' });
    writeFileSync(join(dir, 'policy/huge.json'), `{"hosts": {"a": "${'1'.repeat(3 * MAX_FILE_BYTES)}"}}`);
    const files = await readRepository(dir, 'policy', 'grants');
    const huge = files.policyFiles.find((f) => f.path === 'policy/huge.json')!;
    expect(huge.text.length).toBe(MAX_FILE_BYTES + 1);
    const c = compile({ policyDir: 'policy', ...files, now: new Date() });
    expect(c.findings[0]).toMatchObject({ rule: 'syntax/file-too-large', location: { file: 'policy/huge.json' } });
    expect(c.baseErrors).toBe(true);
  });
});
