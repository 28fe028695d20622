/** `tailpolicy init [--force]`: set up a policy repository here (see ./init.ts). */
import { noArguments, type Args } from './args.js';
import { initCommand } from './init.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const dirs = { policyDir: args.policyDir, grantsDir: args.grantsDir };
  return initCommand({ root: args.root, ...dirs, force: args.force, apiUrl: args.apiUrl, env: io.env }, io);
}
