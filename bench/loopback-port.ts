/**
 * The comparison row of `npm run bench` runs a JavaScript port of Tailscale's own GitOps action
 * (jaxxstorm/action-tailscale-gitops-acl). Its published dist/index.js calls
 * https://api.tailscale.com, out of reach here; this makes a copy that calls the loopback
 * emulator instead, from PORT_API_SERVER and PORT_API_SCHEME, and changes nothing else.
 *
 * TAILPOLICY_BENCH_PORT may name either the published file or such a copy. The published file's
 * folder must hold what it loads beside it (sourcemap-register.cjs, package.json), as in the
 * action's repository. Its code is never part of this repository.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SCHEME = '${process.env.PORT_API_SCHEME ?? "https"}';

/** Each text the copy changes, and what it becomes; each must occur exactly once. */
const EDITS: Array<[from: string, to: string]> = [
  [
    'const defaultAPIServer = "api.tailscale.com";',
    'const defaultAPIServer = process.env.PORT_API_SERVER ?? "api.tailscale.com";',
  ],
  ['fetch(`https://${apiServer}/api/v2/oauth/token`', `fetch(\`${SCHEME}://\${apiServer}/api/v2/oauth/token\``],
  [
    'fetch(`https://${apiServer}/api/v2/oauth/token-exchange`',
    `fetch(\`${SCHEME}://\${apiServer}/api/v2/oauth/token-exchange\``,
  ],
  [
    'this.baseURL = `https://${apiServer}/api/v2/tailnet/',
    `this.baseURL = \`${SCHEME}://\${apiServer}/api/v2/tailnet/`,
  ],
];

/** The path of a copy of `script` that calls the emulator; `script` itself when it already does. */
export function loopbackPort(script: string, scratch: string): string {
  const text = readFileSync(script, 'utf8');
  if (text.includes('process.env.PORT_API_SERVER')) return script;
  let out = text;
  for (const [from, to] of EDITS) {
    const at = out.indexOf(from);
    if (at === -1 || out.indexOf(from, at + 1) !== -1)
      throw new Error(
        `${script}: expected "${from}" exactly once; this is not the port's dist/index.js this bench knows ` +
          '(point TAILPOLICY_BENCH_PORT at a copy that reads PORT_API_SERVER and PORT_API_SCHEME instead).',
      );
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  const dir = join(scratch, 'port');
  mkdirSync(dir, { recursive: true });
  for (const beside of ['sourcemap-register.cjs', 'package.json']) {
    const from = join(dirname(script), beside);
    if (existsSync(from)) copyFileSync(from, join(dir, beside));
  }
  writeFileSync(join(dir, 'index.js'), out);
  return join(dir, 'index.js');
}
