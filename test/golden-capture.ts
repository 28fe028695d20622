/**
 * Writes test/fixtures/golden/expected from the current dist/cli.js. Run only when the output is
 * meant to change (say why in the commit): `npm run build && node --import tsx test/golden-capture.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GOLDEN_COMMANDS, GOLDEN_REPOS, expectedPath, formatRun } from './golden-repos.js';

for (const [repo, make] of Object.entries(GOLDEN_REPOS)) {
  const dir = make();
  for (const [name, args] of Object.entries(GOLDEN_COMMANDS)) {
    const r = spawnSync(process.execPath, [resolve('dist/cli.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: {},
      maxBuffer: 1 << 28,
    });
    const file = expectedPath(repo, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, formatRun({ code: r.status, stdout: r.stdout, stderr: r.stderr }));
    console.log(`${file}: exit ${r.status}`);
  }
}
