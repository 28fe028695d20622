/**
 * The npm package works for someone who has only the tarball: scripts/pack-smoke.mjs packs it,
 * installs it into an empty folder outside this checkout, runs `npx tailpolicy --version`,
 * `init` and `check` there, and validates the example grant with a stock ajv against the
 * schema the package installed. Needs dist/ built (`npm run build`), as CI does first.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the packed npm package', () => {
  it('installs into an empty folder and runs --version, init and check there', () => {
    const r = spawnSync(process.execPath, ['scripts/pack-smoke.mjs'], { encoding: 'utf8', timeout: 300_000 });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status, out).toBe(0);
    for (const line of [
      /^ok {3}npm pack: tailpolicy-[\d.]+\.tgz/m,
      /^ok {3}npm install <tarball> --offline/m,
      /^ok {3}npx tailpolicy --version: \d+\.\d+\.\d+/m,
      /^ok {3}npx tailpolicy init$/m,
      /^ok {3}npx tailpolicy check$/m,
      /^ok {3}stock ajv: the example grant is valid against https:\/\/unpkg\.com\/tailpolicy@/m,
    ])
      expect(out).toMatch(line);
  }, 300_000);
});
