/** `tailpolicy compile [-o FILE]`: the compiled policy file (HuJSON) on stdout, or written to FILE. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { noArguments, textOrJson, type Args } from './args.js';
import { checkFiles, printFindings } from './offline-read.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  textOrJson(args);
  const result = await checkFiles(args, io);
  printFindings(result, io);
  if (!result.pushable) {
    io.stderr('tailpolicy: the base policy has errors; no policy was written\n');
    return 1;
  }
  if (args.output) await writeFile(resolve(args.cwd, args.output), result.compiled.text);
  else io.stdout(result.compiled.text);
  return result.ok ? 0 : 1;
}
