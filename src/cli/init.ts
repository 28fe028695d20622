/**
 * `tailpolicy init` (SPEC 2.8): sets up a policy repository, new or existing. It writes
 * `policy/` (a starter, or with Tailscale credentials the live policy split into one fragment a
 * section), `policy/access.yaml`, an example grant, the four workflows pinned to this version and
 * the access-request issue form. A file that exists is kept, and said so, unless `--force`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../shared/errors.js';
import { formatOf } from '../policy/source.js';
import { createTailscaleClient } from '../tailscale/tailscale-client.js';
import type { TailscaleCredentials } from '../tailscale/types.js';
import {
  APPLY_WORKFLOW,
  AUDIT_WORKFLOW,
  CHECK_WORKFLOW,
  EMPTY_ACCESS,
  EXAMPLE_GRANT,
  EXPIRE_WORKFLOW,
  STARTER_ACCESS,
  STARTER_POLICY,
  requestForm,
} from './init-templates.js';
import { VERSION } from '../shared/version.js';

export interface InitOptions {
  root: string;
  policyDir: string;
  grantsDir: string;
  /** Overwrite the files init writes when they exist (never an existing policy's fragments). */
  force: boolean;
  apiUrl?: string;
  env: NodeJS.ProcessEnv;
}

type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

export async function initCommand(o: InitOptions, io: Io): Promise<number> {
  const files = new Map<string, string>();
  const notes: string[] = [];

  // An existing policy is never replaced, even with --force: fragments written beside it would
  // define its sections twice.
  const existingPolicy = await policyFiles(join(o.root, o.policyDir));
  const credentials = terminalCredentials(o.env);
  let fetched = false;
  if (existingPolicy.length > 0) {
    notes.push(`kept the policy already in ${o.policyDir}/ (${existingPolicy.length} file(s))`);
  } else if (credentials) {
    const tailscale = createTailscaleClient({
      apiUrl: o.apiUrl ?? 'https://api.tailscale.com',
      tailnet: o.env.TS_TAILNET || '-',
      credentials,
      onRetry: (r) =>
        io.stderr(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})\n`),
    });
    const { hujson } = await tailscale.getPolicy();
    const fragments = splitPolicy(hujson);
    for (const [name, text] of fragments) files.set(`${o.policyDir}/${name}`, text);
    const tailnet = o.env.TS_TAILNET || '-';
    notes.push(`fetched the live policy of tailnet ${tailnet} into ${fragments.size} fragment(s) in ${o.policyDir}/`);
    fetched = true;
  } else {
    files.set(`${o.policyDir}/policy.hujson`, STARTER_POLICY);
  }

  const accessPath = `${o.policyDir}/access.yaml`;
  const accessText = await readIfExists(join(o.root, accessPath));
  const starterAccess = fetched ? EMPTY_ACCESS : STARTER_ACCESS;
  if (accessText === undefined || o.force) files.set(accessPath, starterAccess);
  else notes.push(`kept ${accessPath}`);
  files.set(`${o.grantsDir}/.example.yaml`, EXAMPLE_GRANT);
  files.set('.github/workflows/tailpolicy-check.yml', CHECK_WORKFLOW);
  files.set('.github/workflows/tailpolicy-apply.yml', APPLY_WORKFLOW);
  files.set('.github/workflows/tailpolicy-expire.yml', EXPIRE_WORKFLOW);
  files.set('.github/workflows/tailpolicy-audit.yml', AUDIT_WORKFLOW);
  const resourcesFrom = accessText !== undefined && !o.force ? accessText : starterAccess;
  files.set('.github/ISSUE_TEMPLATE/request-access.yml', requestForm(resourcesOf(resourcesFrom)));

  const written: string[] = [];
  const skipped: string[] = [];
  for (const [path, text] of files) {
    const abs = join(o.root, path);
    if (!o.force && (await readIfExists(abs)) !== undefined) {
      skipped.push(path);
      continue;
    }
    try {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    } catch (e) {
      throw new UserError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    written.push(path);
  }

  const out = [`tailpolicy ${VERSION} init in ${o.root}`];
  for (const n of notes) out.push(`  ${n}`);
  for (const p of written) out.push(`  wrote   ${p}`);
  for (const p of skipped) out.push(`  skipped ${p} (it exists; --force overwrites it)`);
  out.push(
    '',
    'Next:',
    `  1. Edit ${o.policyDir}/ (your groups and rules) and ${accessPath} (what can be requested, who approves).`,
    '  2. Run `npx tailpolicy check` until it says OK, then commit and push.',
    '  3. Add the secrets TS_OAUTH_CLIENT_ID and TS_OAUTH_CLIENT_SECRET to an environment "tailnet"',
    '     that only the default branch may use, and protect the default branch (README: Branch protection).',
  );
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/** TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET; undefined when neither is set. */
function terminalCredentials(env: NodeJS.ProcessEnv): TailscaleCredentials | undefined {
  const [apiKey, id, secret] = [env.TS_API_KEY, env.TS_OAUTH_CLIENT_ID, env.TS_OAUTH_CLIENT_SECRET].map((v) =>
    v?.trim(),
  );
  if (apiKey && (id || secret))
    throw new UserError('set TS_API_KEY or TS_OAUTH_CLIENT_ID/TS_OAUTH_CLIENT_SECRET, not both');
  if (apiKey) return { kind: 'api-key', apiKey };
  if (id && secret) return { kind: 'oauth', clientId: id, clientSecret: secret };
  if (id || secret)
    throw new UserError(
      `${id ? 'TS_OAUTH_CLIENT_SECRET' : 'TS_OAUTH_CLIENT_ID'} is missing: set both to fetch the live policy`,
    );
  return undefined;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${code ?? (e as Error).message}`);
  }
}

async function policyFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true });
    return entries.filter((e) => formatOf(e) && !/(^|\/)(access|dns)\.ya?ml$/.test(e) && !e.startsWith('.'));
  } catch {
    return [];
  }
}

function resourcesOf(accessText: string): { name: string; description?: string }[] {
  try {
    const doc = parseYaml(accessText) as { resources?: Record<string, { description?: unknown }> } | null;
    return Object.entries(doc?.resources ?? {}).map(([name, r]) => ({
      name,
      ...(typeof r?.description === 'string' ? { description: r.description } : {}),
    }));
  } catch {
    return [];
  }
}

/** Which fragment each top-level section of a Tailscale policy goes to. */
const FRAGMENT_OF: Record<string, string> = {
  groups: 'groups.hujson',
  tagowners: 'tags.hujson',
  autoapprovers: 'tags.hujson',
  hosts: 'hosts.hujson',
  ipsets: 'hosts.hujson',
  acls: 'rules.hujson',
  grants: 'rules.hujson',
  ssh: 'ssh.hujson',
  tests: 'tests.hujson',
  sshtests: 'tests.hujson',
  postures: 'postures.hujson',
  defaultsrcposture: 'postures.hujson',
  nodeattrs: 'nodeattrs.hujson',
};

/**
 * Splits a HuJSON policy into fragments by section, keeping each section's text as written
 * (its comments included), so the repository starts as the tailnet is. Sections without a
 * fragment of their own go to settings.hujson.
 */
export function splitPolicy(hujson: string): Map<string, string> {
  const root = parseTree(hujson, [], { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object') throw new UserError('the live policy is not a JSON object; cannot split it');
  const parts = new Map<string, string[]>();
  let from = root.offset + 1;
  for (const prop of root.children ?? []) {
    const key = String((prop.children?.[0] as Node).value);
    const end = prop.offset + prop.length;
    // From the end of the previous section (past its comma) to the end of this one: the
    // comments above a section travel with it.
    const text = hujson
      .slice(from, end)
      .replace(/^\s*,/, '')
      .replace(/^\s*\n/, '');
    from = end;
    const file = FRAGMENT_OF[key.toLowerCase()] ?? 'settings.hujson';
    parts.set(file, [...(parts.get(file) ?? []), text.replace(/\s+$/, '')]);
  }
  const out = new Map<string, string>();
  for (const [file, sections] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.set(file, `// Fetched from the live policy by tailpolicy init.\n{\n${sections.join(',\n\n')},\n}\n`);
  }
  return out;
}
