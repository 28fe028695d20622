/**
 * The runner's file commands (src/runner-log.ts), as @actions/core writes them: a step output is
 * a `name<<ghadelimiter_<UUID>` block in GITHUB_OUTPUT, its delimiter a fresh version 4 UUID.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setOutput } from '../src/runner-log.js';
import { parseOutputs } from './e2e/runner.js';
import { tempDir } from './helpers.js';

const saved = process.env.GITHUB_OUTPUT;
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = saved;
});

describe('setOutput', () => {
  it('writes each output as a block with a fresh random delimiter', () => {
    const file = join(tempDir(), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    setOutput('digest', 'sha256:abc');
    setOutput('policy-file', '/tmp/x/policy.hujson');
    const text = readFileSync(file, 'utf8');
    const delimiters = [...text.matchAll(/^[\w-]+<<(.*)$/gm)].map((m) => m[1]!);
    expect(delimiters).toHaveLength(2);
    for (const d of delimiters)
      expect(d).toMatch(/^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(delimiters[0]).not.toBe(delimiters[1]);
    expect(parseOutputs(text)).toEqual({ digest: 'sha256:abc', 'policy-file': '/tmp/x/policy.hujson' });
  });
});
