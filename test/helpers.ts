/** Small helpers shared by tests: real files in temporary folders, compile from texts. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compile, type CompileInput } from '../src/policy/compile.js';

export function tempDir(prefix = 'tailpolicy-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTree(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Compile from `{ 'policy/x.hujson': '…', 'grants/y.yaml': '…' }`. */
export function compileFiles(files: Record<string, string>, now: string, extra: Partial<CompileInput> = {}) {
  const entries = Object.entries(files).map(([path, text]) => ({ path, text }));
  return compile({
    policyDir: 'policy',
    policyFiles: entries.filter((f) => f.path.startsWith('policy/')),
    grantFiles: entries.filter((f) => f.path.startsWith('grants/')),
    now: new Date(now),
    ...extra,
  });
}

export const BASE = {
  'policy/policy.hujson': `{
  "groups": {
    "group:eng": ["alice@example.com", "bob@example.com"],
    "group:sre": ["sam@example.com", "raj@example.com"],
  },
  "tagOwners": {"tag:prod-db": ["group:sre"], "tag:bastion": ["group:sre"]},
  "grants": [{"src": ["group:sre"], "dst": ["tag:prod-db"], "ip": ["tcp:5432"]}],
}
`,
  'policy/access.yaml': `people:
  alice@example.com: alice
  sam@example.com: sam-sre
  raj@example.com: raj-sre
resources:
  prod-db:
    grants:
      - dst: [tag:prod-db]
        ip: [tcp:5432]
    ssh:
      - action: check
        dst: [tag:bastion]
        users: [ubuntu]
    maxDuration: 8h
    eligible: [group:eng]
    approvers: [group:sre]
`,
};

export function grantYaml(fields: Record<string, string>): string {
  return (
    Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n') + '\n'
  );
}

export interface GitTestOptions {
  /** Author and committer (default Test <test@example.com>). */
  name?: string;
  email?: string;
  /** Author and committer date, for scripted histories. */
  date?: string | Date;
  input?: string;
}

/**
 * The tests' one git helper: runs git in `dir` with a fixed identity (and date), never a
 * user's or the machine's configuration of who commits, and returns the trimmed output.
 */
export function gitTest(dir: string, args: readonly string[], opts: GitTestOptions = {}): string {
  const name = opts.name ?? 'Test';
  const email = opts.email ?? 'test@example.com';
  const date = opts.date instanceof Date ? opts.date.toISOString() : opts.date;
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    ...(opts.input !== undefined ? { input: opts.input } : {}),
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  }).trim();
}
