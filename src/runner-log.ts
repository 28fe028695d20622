/**
 * The Actions runner's side of the log port (src/shared/log.ts): annotations on files, folded
 * groups, `::add-mask::` for secrets, and the runner's OIDC token. With src/main.ts, the only
 * file that imports @actions/core.
 */
import * as core from '@actions/core';
import type { Log, LogProps } from './shared/log.js';

function annotation(props: LogProps | undefined): core.AnnotationProperties | undefined {
  if (!props) return undefined;
  const out: core.AnnotationProperties = {};
  const title = props.title ?? (props.rule ? `tailpolicy ${props.rule}` : undefined);
  if (title) out.title = title;
  if (props.file) {
    out.file = props.file;
    if (props.line !== undefined) out.startLine = props.line;
    if (props.column !== undefined) out.startColumn = props.column;
    if (props.endLine !== undefined && props.endLine !== props.line) out.endLine = props.endLine;
    if (props.endColumn !== undefined && (props.endLine === undefined || props.endLine === props.line))
      out.endColumn = props.endColumn;
  }
  return out;
}

export const runnerLog: Log = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, props) => core.notice(message, annotation(props)),
  warning: (message, props) => core.warning(message, annotation(props)),
  error: (message, props) => core.error(message, annotation(props)),
  group: (title, body) => {
    core.startGroup(title);
    try {
      body();
    } finally {
      core.endGroup();
    }
  },
  secret: (value) => core.setSecret(value),
};

/** The runner's OIDC token for workload identity federation. */
export const runnerIdToken = (audience: string): Promise<string> => core.getIDToken(audience);
