/** `tailpolicy compile [-o FILE] [--format text|json]`: the compiled policy file (HuJSON) on stdout, or written to FILE. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../shared/errors.js';
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
          { ok: result.ok, digest: c.digest, bytes: Buffer.byteLength(c.text), policy: c.policy, findings: result.findings },
          null,
          2,
        ) + '\n'
      : c.text;
  if (args.output) {
    const path = resolve(args.cwd, args.output);
    try {
      await writeFile(path, text);
    } catch (e) {
      throw new UserError(`cannot write ${args.output}: ${reason(e)}`);
    }
  } else io.stdout(text);
  return result.ok ? 0 : 1;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return code ?? (e as Error).message;
}
