/**
 * The terminal's side of the log port (src/shared/log.ts), SPEC 3.2: findings and problems as
 * `path:line:col: severity[rule]: message` on stderr, progress as plain lines on stdout, no
 * workflow command (`::error::`, `::group::`, `::add-mask::` would print secrets and noise in a terminal).
 */
import { CONTROLS_BUT_NEWLINE, runsOf } from '../shared/controls.js';
import type { Log, LogProps } from '../shared/log.js';

const UNPRINTABLE = runsOf(CONTROLS_BUT_NEWLINE);

export function terminalLog(
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
  opts: { debug?: boolean } = {},
): Log {
  const line = (s: string) => io.stderr(`${printable(s)}\n`);
  const located = (severity: string) => (message: string, props?: LogProps) => {
    const where = props?.file ? `${props.file}:${props.line ?? 1}:${props.column ?? 1}: ` : 'tailpolicy: ';
    const rule = props?.rule ? `[${props.rule}]` : '';
    line(`${where}${severity}${rule}: ${printable(message)}`);
  };
  return {
    // Progress ("would send …") is what a dry run is run for: stdout, as `git` prints its work.
    info: (message) => io.stdout(`${printable(message)}\n`),
    debug: (message) => {
      if (opts.debug) line(`debug: ${message}`);
    },
    notice: located('notice'),
    warning: located('warning'),
    error: located('error'),
    group: (_title, body) => body(),
    secret: () => {},
  };
}

/** Text from files and APIs may carry terminal control sequences: keep line breaks, drop the rest. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ');
}
