/**
 * Findings as workflow annotations on the offending lines (the toolkit escapes properties and
 * messages), grouped per file in the log, with a one-line tally at the end.
 */
import * as core from '@actions/core';
import type { Finding } from '../shared/findings.js';
import { oneLine } from './escape.js';

export function annotate(findings: readonly Finding[]): void {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.location?.file ?? '';
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  for (const [file, list] of byFile) {
    core.startGroup(file || 'tailpolicy');
    for (const f of list) {
      const props: core.AnnotationProperties = { title: `tailpolicy ${f.rule}` };
      if (f.location) {
        props.file = f.location.file;
        props.startLine = f.location.line;
        props.startColumn = f.location.column;
        if (f.location.endLine === f.location.line && f.location.endColumn !== undefined)
          props.endColumn = f.location.endColumn;
      }
      const message = oneLine(f.message, 2000);
      if (f.severity === 'error') core.error(message, props);
      else if (f.severity === 'warning') core.warning(message, props);
      else core.notice(message, props);
    }
    core.endGroup();
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  core.info(
    `tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`,
  );
}
