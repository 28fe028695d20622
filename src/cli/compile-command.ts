/**
 * `tailpolicy compile [-o FILE] [--format text|json]`: the compiled policy file (HuJSON) on stdout,
 * or written to FILE; with json, `{ok, digest, bytes, policy, findings}` instead of the HuJSON.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { noArguments, textOrJson, type Args } from './args.js';
import { checkFiles, printFindings } from './offline-read.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = textOrJson(args);
  const result = await checkFiles(args, io);
  printFindings(result, io);
  if (!result.pushable) {
    io.stderr('tailpolicy: the base policy has errors; no policy was written\n');
    return 1;
  }
  const c = result.compiled;
  const text =
    format === 'json'
      ? JSON.stringify(
          {
            ok: result.ok,
            digest: c.digest,
            bytes: Buffer.byteLength(c.text),
            policy: c.policy,
            findings: result.findings,
          },
          null,
          2,
        ) + '\n'
      : c.text;
  // A path that cannot be written is one line and exit 2 (./index.ts).
  if (args.output) await writeFile(resolve(args.cwd, args.output), text);
  else io.stdout(text);
  return result.ok ? 0 : 1;
}
