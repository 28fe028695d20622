/**
 * The JSON Schemas as other tools see them: the files under schemas/ that the npm package
 * publishes (and unpkg serves at their `$id`), loaded by a stock ajv and by yaml-language-server,
 * in a folder that is not this repository.
 */
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PATTERNS, SCHEMA_BASE } from '../src/policy/schemas.js';
import { VERSION } from '../src/shared/version.js';

const names = ['grant.schema.json', 'access.schema.json', 'dns.schema.json', 'tailpolicy.schema.json'];
const published = (name: string) => JSON.parse(readFileSync(`schemas/${name}`, 'utf8')) as Record<string, unknown>;

const GOOD_GRANT = `grantees: [alice@example.com, group:sre]
resource: prod-db
reason: "INC-4211: slow queries"
expires: 2026-11-22T02:00:00Z
`;
// Line 1: "alice" is neither a login nor a group; line 4: a bare date.
const BAD_GRANT = `grantees: [alice, group:sre]
resource: prod-db
reason: "INC-4211: slow queries"
expires: 2026-11-22
`;

function keywords(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keywords(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      out.add(k);
      keywords(v, out);
    }
  return out;
}

describe('the published schemas', () => {
  it('use no custom format, and each has a stable, versioned $id', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    for (const name of names) {
      const schema = published(name);
      expect(keywords(schema).has('format'), name).toBe(false);
      expect(schema.$id).toBe(`https://unpkg.com/tailpolicy@${VERSION}/schemas/${name}`);
      expect(schema.$id).toBe(`${SCHEMA_BASE}/${name}`);
    }
  });

  it('load in a stock ajv (new Ajv(), no formats, no options) and judge the example grants', () => {
    const ajv = new Ajv();
    const validate = Object.fromEntries(names.map((n) => [n, ajv.compile(published(n))]));
    for (const file of ['alice-prod-db-inc-4211.yaml', 'bob-prod-cluster-rollout.yaml', 'bob-prod-db-inc-4188.yaml']) {
      const ok = validate['grant.schema.json']!(parse(readFileSync(`grants/${file}`, 'utf8')));
      expect(ok, JSON.stringify(validate['grant.schema.json']!.errors)).toBe(true);
    }
    expect(validate['access.schema.json']!(parse(readFileSync('policy/access.yaml', 'utf8')))).toBe(true);
    expect(validate['dns.schema.json']!(parse(readFileSync('policy/dns.yaml', 'utf8')))).toBe(true);
    expect(validate['grant.schema.json']!(parse(GOOD_GRANT))).toBe(true);

    const all = new Ajv({ allErrors: true });
    const grant = all.compile(published('grant.schema.json'));
    expect(grant(parse(BAD_GRANT))).toBe(false);
    const flagged = grant.errors!.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath);
    expect(flagged.sort()).toEqual(['/expires', '/grantees/0']);
  });

  // The patterns stand for tailpolicy's own checks: both must say the same of the same text.
  it.each([
    ['principal', ['alice@example.com', 'group:sre', 'group:a.b@c-d'], ['alice', 'group:', 'a b@c', 'tag:x', 'x@y:z']],
    ['login', ['alice@example.com', 'bob@github'], ['alice', 'group:sre', '@x', 'a@']],
    ['duration', ['90m', '8h', '7d', '999999d'], ['0h', '8 hours', '1.5h', '8H', '1000000d', '']],
    [
      'timestamp',
      ['2026-11-22T02:00:00Z', '2026-11-22T03:00:00+01:00', '2026-11-22 02:00Z', '2026-11-22T02:00:00.123456789z'],
      ['2026-11-22', '2026-11-22T02:00:00', '2026-13-01T00:00:00Z', '2026-11-22T24:00:00Z', '26-11-22T02:00:00Z'],
    ],
    [
      'domain',
      ['corp.example.com', 'example.com.', 'a-b.c'],
      ['bad domain', '-x.com', 'a..b', `${'a'.repeat(64)}.com`, ''],
    ],
    ['target', ['prod', 'dev-eu', 'a_1', 'x'.repeat(40)], ['Prod', '-prod', 'prod/x', '', 'x'.repeat(41), 'a b']],
    [
      'folder',
      ['policy', 'policy/prod', 'grants/prod/', 'a.b/c-d_e'],
      ['../x', 'policy/../x', './policy', '/abs', 'a//b', 'a/./b', '.hidden', ''],
    ],
    [
      'resolver',
      ['10.0.0.53', '255.255.255.255', '010.0.0.1', 'fd7a:115c::53', '::1', 'https://dns.example/q'],
      ['256.0.0.1', '10.0.0', 'not-an-ip', '1::2::3', 'http://dns.example', 'https://'],
    ],
  ] as const)('%s: the pattern agrees with the check', async (kind, good, bad) => {
    const { formats } = await import('../src/policy/shape.js');
    const pattern = new RegExp(PATTERNS[kind], 'u');
    for (const s of good) expect([s, pattern.test(s), formats[kind].test(s)]).toEqual([s, true, true]);
    for (const s of bad) expect([s, pattern.test(s), formats[kind].test(s)]).toEqual([s, false, false]);
  });
});

const GOOD_TARGETS = `tailnets:
  prod:
    tailnet: example.com
    policy: [policy/common, policy/prod]
    grants: grants/prod
`;
// Line 2: a name that is no target name; line 5: a grants folder out of the repository.
const BAD_TARGETS = `tailnets:
  Prod:
    tailnet: example.com
    policy: [policy/common, policy/prod]
    grants: ../grants
`;

describe("yaml-language-server's own validation, in a folder that is not this repository", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tailpolicy-yls-'));
    // The layout of a policy repository that installed the package: node_modules/tailpolicy/schemas.
    await mkdir(join(dir, 'node_modules/tailpolicy/schemas'), { recursive: true });
    for (const n of names)
      await writeFile(join(dir, 'node_modules/tailpolicy/schemas', n), readFileSync(`schemas/${n}`));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  let count = 0;
  async function diagnostics(modeline: string, text: string) {
    const requested: string[] = [];
    const ls = getLanguageService({
      // What the editor fetches: a file, or the $id URL, served here by the published file itself
      // (the tests have no network; unpkg serves the npm package's files at that URL).
      schemaRequestService: async (uri: string) => {
        requested.push(uri);
        if (uri.startsWith('file:')) return readFile(fileURLToPath(uri), 'utf8');
        const m = /^https:\/\/unpkg\.com\/tailpolicy@([^/]+)\/schemas\/([a-z]+\.schema\.json)$/.exec(uri);
        if (!m || m[1] !== VERSION) throw new Error(`no such schema: ${uri}`);
        return readFile(join(dir, 'node_modules/tailpolicy/schemas', m[2]!), 'utf8');
      },
      workspaceContext: { resolveRelativePath: (rel: string, resource: string) => new URL(rel, resource).toString() },
    });
    ls.configure({ validate: true, hover: true, completion: true, schemas: [] });
    await mkdir(join(dir, 'grants'), { recursive: true });
    // A new name each time: the language service caches parsed documents by URI and version.
    const path = join(dir, 'grants', `grant-${++count}.yaml`);
    await writeFile(path, `${modeline}\n${text}`);
    const doc = TextDocument.create(pathToFileURL(path).toString(), 'yaml', 1, await readFile(path, 'utf8'));
    const found = await ls.doValidation(doc, false);
    return { requested, found: found.map((d) => ({ line: d.range.start.line, col: d.range.start.character })) };
  }

  it.each([
    ['the published URL (what init writes)', `# yaml-language-server: $schema=${SCHEMA_BASE}/grant.schema.json`],
    ['the installed package', '# yaml-language-server: $schema=../node_modules/tailpolicy/schemas/grant.schema.json'],
  ])(
    '%s: a good grant passes; a bare-date expires and a grantee that is no login nor group are flagged',
    async (_, modeline) => {
      const good = await diagnostics(modeline, GOOD_GRANT);
      expect(good.requested).toHaveLength(1);
      expect(good.found).toEqual([]);
      const bad = await diagnostics(modeline, BAD_GRANT);
      // Line numbers count the modeline as line 0: grantees is line 1, expires line 4.
      expect(bad.found).toEqual([
        { line: 1, col: 11 },
        { line: 4, col: 9 },
      ]);
    },
  );

  it('tailpolicy.yaml: a good file passes; a bad target name and a folder out of the repository are flagged', async () => {
    const modeline = `# yaml-language-server: $schema=${SCHEMA_BASE}/tailpolicy.schema.json`;
    expect((await diagnostics(modeline, GOOD_TARGETS)).found).toEqual([]);
    const bad = await diagnostics(modeline, BAD_TARGETS);
    expect(bad.found.map((d) => d.line).sort()).toEqual([2, 5]);
  });
});
