// Prints the section of CHANGELOG.md for one version (the release notes), without its heading:
// `node scripts/changelog-section.mjs 0.1.0`. Fails, naming the file, when there is none.
import { readFileSync } from 'node:fs';

const version = process.argv[2];
const file = process.argv[3] ?? 'CHANGELOG.md';
if (!version) {
  console.error('usage: node scripts/changelog-section.mjs VERSION [CHANGELOG.md]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`${file}: no section "## [${version}]": move the Unreleased notes under it before tagging.`);
  process.exit(1);
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim();
if (!body) {
  console.error(`${file}: the section "## [${version}]" is empty.`);
  process.exit(1);
}
process.stdout.write(body + '\n');
