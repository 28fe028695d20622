/**
 * The yaml library, loaded the first time a YAML file needs it: a grant or policy file in plain
 * YAML is read by the fast reader (policy/source.ts), and only a file it does not take, or one
 * whose finding needs a position, goes through yaml's positioned parser. The README example's
 * check and apply never do, yet yaml was a quarter of their bundle, parsed by V8 on every start
 * without a code cache (a GitHub-hosted runner's only kind). The build (scripts/build.mjs) puts
 * yaml in a bundle of its own, dist/bundles/yaml.cjs, loaded here through the launcher.
 */
import type * as Yaml from 'yaml';
import { createRequire } from 'node:module';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
