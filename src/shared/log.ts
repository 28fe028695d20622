/**
 * The log port: how a mode tells the user what happens, without knowing where it runs. The
 * runner's implementation (src/runner-log.ts) turns these into workflow commands (annotations,
 * groups, masking); the terminal's (src/cli/log-terminal.ts) into `path:line:col:
 * severity[rule]: message` lines on stderr. Modes, reports and the core never print directly.
 */

/** Where a message points, and what it is called (all optional). */
export interface LogProps {
  /** The annotation's title under the runner. */
  title?: string;
  /** The stable rule id of a finding (`schema/unknown-field`). */
  rule?: string;
  /** Path relative to the repository root. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface Log {
  /** A plain line of progress ("would send POST …"). */
  info(message: string): void;
  /** Only shown when the user asked for debug output. */
  debug(message: string): void;
  notice(message: string, props?: LogProps): void;
  warning(message: string, props?: LogProps): void;
  error(message: string, props?: LogProps): void;
  /** Lines logged inside `body` are folded under `title` where the edge can fold. */
  group(title: string, body: () => void): void;
  /** Hides `value` from everything printed after (the runner masks it; a terminal prints nothing). */
  secret(value: string): void;
}

/** A log that keeps every line, for tests and for callers that print later. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, props?: LogProps) =>
    lines.push(`${level}${props?.file ? ` ${props.file}:${props.line ?? 1}:${props.column ?? 1}` : ''}: ${message}`);
  return {
    lines,
    info: at('info'),
    debug: at('debug'),
    notice: at('notice'),
    warning: at('warning'),
    error: at('error'),
    group: (title, body) => {
      lines.push(`group: ${title}`);
      body();
    },
    secret: () => {},
  };
}
