/**
 * Findings through the log port, grouped per file, with a one-line tally at the end: under the
 * runner, annotations on the offending lines; in a terminal, `path:line:col: severity[rule]:
 * message` lines.
 */
import { countFindings, type Finding } from '../shared/findings.js';
import type { Log, LogProps } from '../shared/log.js';
import { oneLine } from './escape.js';

export function annotate(log: Log, findings: readonly Finding[]): void {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.location?.file ?? '';
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  for (const [file, list] of byFile) {
    log.group(file || 'tailpolicy', () => {
      for (const f of list) {
        const props: LogProps = { rule: f.rule };
        if (f.location) {
          props.file = f.location.file;
          props.line = f.location.line;
          props.column = f.location.column;
          if (f.location.endLine === f.location.line && f.location.endColumn !== undefined)
            props.endColumn = f.location.endColumn;
        }
        const message = oneLine(f.message, 2000);
        if (f.severity === 'error') log.error(message, props);
        else if (f.severity === 'warning') log.warning(message, props);
        else log.notice(message, props);
      }
    });
  }
  const errors = countFindings(findings, 'error');
  const warnings = countFindings(findings, 'warning');
  log.info(
    `tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`,
  );
}
