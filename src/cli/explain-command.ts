/** `tailpolicy explain SRC DST:PORT[/PROTO]`: does the compiled policy let SRC reach DST, and which rules allow it. */
import { explainAccess } from '../report/explain-text.js';
import { UserError } from '../shared/errors.js';
import { USAGE, type Args } from './args.js';
import { checkFiles, printFindings } from './offline-read.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  if (args.rest.length !== 2)
    throw new UserError(
      `explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp\n\n${USAGE}`,
    );
  const result = await checkFiles(args, io, { source: false });
  if (!result.pushable) {
    printFindings(result, io);
    return 1;
  }
  const answer = explainAccess(result.compiled, args.rest[0]!, args.rest[1]!);
  if (args.format === 'json') io.stdout(JSON.stringify(answer, null, 2) + '\n');
  else io.stdout(answer.text);
  return 0;
}
