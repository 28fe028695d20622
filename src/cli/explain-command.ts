/**
 * `tailpolicy explain SRC DST:PORT[/PROTO]`: does the compiled policy let SRC reach DST, and which
 * rules allow it. Exit 0 only when it is allowed; 1 when denied (or undecidable offline). For a
 * group, says which of its members are allowed when only some are.
 */
import { groupMembers } from '../policy/access.js';
import { explainAccess } from '../report/explain-text.js';
import { oneLine } from '../report/escape.js';
import { textOrJson, usageError, type Args } from './args.js';
import { checkFiles, printFindings } from './offline-read.js';
import { paintReport, styler } from './style.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  if (args.rest.length !== 2)
    throw usageError(
      'explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp',
      'explain',
    );
  const format = textOrJson(args);
  const result = await checkFiles(args, io, { source: false });
  if (!result.pushable) {
    printFindings(result, io);
    return 1;
  }
  const [src, target] = [args.rest[0]!, args.rest[1]!];
  const answer = explainAccess(result.compiled, src, target);
  const members = src.startsWith('group:') ? groupMembers(result.compiled.policy).get(src) : undefined;
  let split: { allowed: string[]; denied: string[] } | undefined;
  if (members?.length) {
    const allowed = members.filter((m) => explainAccess(result.compiled, m, target).allowed === true);
    // Only when some are and some are not: the group's own verdict says the rest.
    if (allowed.length > 0 && allowed.length < members.length)
      split = { allowed, denied: members.filter((m) => !allowed.includes(m)) };
  }
  if (format === 'json') {
    const { text: _text, ...data } = answer;
    io.stdout(JSON.stringify({ ...data, ...(split ? { members: split } : {}) }, null, 2) + '\n');
  } else {
    let text = answer.text;
    if (split)
      text +=
        `  only some members of ${oneLine(src)} are allowed: ${split.allowed.map((m) => oneLine(m)).join(', ')}` +
        ` (not: ${split.denied.map((m) => oneLine(m)).join(', ')})\n`;
    io.stdout(paintReport(text, styler(io)));
  }
  return answer.allowed === true ? 0 : 1;
}
