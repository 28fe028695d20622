// The package as a user gets it: `npm pack`, then in an empty folder outside this checkout
// `npm install <tarball>` (offline: the package has no runtime dependencies, dist/ bundles
// them), `npx tailpolicy --version`, `npx tailpolicy init` and `npx tailpolicy check`, and the
// example grant init wrote validated by a stock ajv against the schema the package installed.
//
// Run after `npm run build`: `node scripts/pack-smoke.mjs`. The CLI runs on the Node that runs
// this script (its folder goes first on PATH), so CI can run it on each Node version it claims.
// Prints one line per check; exits 1 on the first failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'tailpolicy-pack-'));
const project = join(tmp, 'policy-repo');
const keep = process.argv.includes('--keep');

// Nothing of this checkout on PATH (its node_modules/.bin), and no npm settings inherited from
// an `npm run` around us; this Node first.
const PATH = [
  dirname(process.execPath),
  ...(process.env.PATH ?? '').split(delimiter).filter((p) => p && !p.startsWith(repo + sep) && p !== repo),
].join(delimiter);
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_OPTIONS'),
);
Object.assign(env, { PATH, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' });

function ok(what) {
  console.log(`ok   ${what}`);
}
function fail(what, detail = '') {
  console.error(`FAIL ${what}${detail ? `\n${detail}` : ''}`);
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  else console.error(`kept ${tmp}`);
  process.exit(1);
}
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '' };
}

// 1. Pack.
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: repo, env, encoding: 'utf8' }),
)[0];
const files = packed.files.map((f) => f.path);
for (const need of ['dist/cli.js', 'dist/index.js', 'action.yml', 'LICENSE', 'README.md', 'CHANGELOG.md'])
  if (!files.includes(need)) fail(`the package holds ${need}`, files.join('\n'));
for (const s of ['grant', 'access', 'dns'])
  if (!files.includes(`schemas/${s}.schema.json`)) fail(`the package holds schemas/${s}.schema.json`);
const stray = files.filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f));
if (stray.length) fail('the package holds no sources or tests', stray.join('\n'));
ok(`npm pack: ${packed.filename}, ${files.length} files, ${Math.round(packed.size / 1024)} KiB`);

// 2. Install it into an empty folder.
mkdirSync(project);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'policy-repo', private: true }, null, 2));
let r = run('npm', ['install', join(tmp, packed.filename), '--offline', '--no-audit', '--no-fund'], project);
if (r.code !== 0) fail('npm install <tarball> --offline', r.out);
const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
if (installed.join() !== 'tailpolicy')
  fail('the package installs nothing but itself (dist/ bundles its dependencies)', installed.join('\n'));
ok(`npm install <tarball> --offline in ${project} (node ${process.version})`);

// 3. The command line, from the installed package.
r = run('npx', ['--no', '--', 'tailpolicy', '--version'], project);
if (r.code !== 0 || r.stdout.trim() !== pkg.version) fail(`npx tailpolicy --version prints ${pkg.version}`, r.out);
ok(`npx tailpolicy --version: ${r.stdout.trim()}`);
r = run('npx', ['--no', '--', 'tailpolicy', 'init'], project);
if (r.code !== 0 || !r.stdout.includes('wrote   .github/workflows/tailpolicy-check.yml'))
  fail('npx tailpolicy init', r.out);
ok('npx tailpolicy init');
r = run('npx', ['--no', '--', 'tailpolicy', 'check'], project);
if (r.code !== 0 || !r.stdout.includes('OK: 0 warning(s)')) fail('npx tailpolicy check on what init wrote', r.out);
ok('npx tailpolicy check');

// 4. The example grant against the schema its first line names, as the package installed it.
const grant = readFileSync(join(project, 'grants/.example.yaml'), 'utf8');
const url = /^# yaml-language-server: \$schema=(\S+)$/m.exec(grant)?.[1];
const at = `https://unpkg.com/tailpolicy@${pkg.version}/schemas/`;
if (!url?.startsWith(at)) fail(`the example grant's schema line names ${at}…`, grant);
const schema = JSON.parse(readFileSync(join(project, 'node_modules/tailpolicy/schemas', url.slice(at.length)), 'utf8'));
if (schema.$id !== url) fail(`the installed schema's $id is ${url}`, schema.$id);
const validate = new Ajv().compile(schema);
if (!validate(parse(grant))) fail('stock ajv accepts the example grant', JSON.stringify(validate.errors, null, 2));
if (validate({ ...parse(grant), expires: '2026-11-22' })) fail('stock ajv refuses a bare-date expires');
ok(`stock ajv: the example grant is valid against ${url}`);

if (!keep) rmSync(tmp, { recursive: true, force: true });
console.log('pack smoke: 1 passed, 0 failed');
