/**
 * The bundle validates with the code ajv generates at build time (standaloneSource), the sources
 * with ajv compiling at run time (validators). Both must give the same verdict and the same errors
 * on good and bad files of every kind, or the findings users see would depend on how they run.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standaloneSource, validators, type FileKind } from '../src/policy/validators.js';
import { tempDir } from './helpers.js';

const documents: Record<FileKind, unknown[]> = {
  grant: [
    { grantees: 'alice@example.com', resource: 'db', reason: 'x', expires: '2026-11-22T02:00:00Z' },
    { grantees: ['alice@example.com', 'group:sre'], reason: 'x', expires: '2026-11-22', starts: 'soon' },
    { grantees: [], reason: '', expires: 5, reasn: 'x' },
    { grantees: ['a@b', 'a@b'], reason: 'x'.repeat(1001), expires: '2026-11-22T02:00:00Z', ticket: '' },
    { grantees: 5, reason: 'x', expires: '2026-11-22T02:00:00Z', grants: [{ src: ['x'], dst: ['y'] }], ssh: [] },
    [],
    'a string',
    null,
    {},
  ],
  access: [
    {
      people: { 'alice@example.com': 'alice-acme', bad: 'x y' },
      resources: {
        db: { grants: [{ dst: ['tag:db'] }], maxDuration: '8h', approvers: ['group:sre'], approvals: 11 },
        'Bad Name': { maxDuration: '8 hours', approvers: [], ticket: '(' },
        ok: { ssh: [{ action: 'accept' }], maxDuration: '2h', approvers: ['a@b'], enforce: 'posture' },
      },
      inline: { maxDuration: '1h' },
      enforce: 'nope',
      extra: 1,
    },
    { resources: { db: { maxDuration: '8h', approvers: ['group:sre'] } } },
    { people: [] },
  ],
  targets: [
    { tailnets: { prod: { tailnet: 'example.com', policy: ['policy/common', 'policy/prod'], grants: 'grants/prod' } } },
    { tailnets: { Prod: { tailnet: '', policy: [], grants: '../x' }, dev: { policy: 'a//b', grant: 'g' } } },
    { tailnets: {}, extra: true },
    [],
  ],
  dns: [
    { splitDNS: { 'corp.example.com': ['10.0.0.53'] }, nameservers: ['1.1.1.1'], searchPaths: ['a.b'], magicDNS: true },
    { splitDNS: { '-bad-': [], 'ok.example.com': ['999.1.1.1', 'https://dns.example/q', 'ftp://x'] }, magicDNS: 'yes' },
    { nameservers: ['::1', 'fe80::1::2', '10.0.0'], searchPaths: [''], unknown: true },
  ],
};

describe('precompiled validators', () => {
  it('give the same verdicts and errors as ajv compiling at run time', async () => {
    const file = join(tempDir('tailpolicy-validators-'), 'validators.mjs');
    // The bundler resolves ajv's run-time helpers, which the generated code require()s.
    const prelude = `import { createRequire } from 'node:module';\nconst require = createRequire(${JSON.stringify(
      resolve('package.json'),
    )});\n`;
    writeFileSync(file, prelude + standaloneSource());
    const precompiled = (await import(pathToFileURL(file).href)) as { validators: typeof validators };
    const atRunTime = validators();
    const generated = precompiled.validators();
    for (const [kind, docs] of Object.entries(documents) as [FileKind, unknown[]][]) {
      for (const doc of docs) {
        const expected = atRunTime[kind](doc);
        const expectedErrors = structuredClone(atRunTime[kind].errors);
        expect(generated[kind](doc), `${kind}: ${JSON.stringify(doc)}`).toBe(expected);
        expect(generated[kind].errors, `${kind}: ${JSON.stringify(doc)}`).toEqual(expectedErrors);
      }
    }
  });
});
