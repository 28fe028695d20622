/**
 * The Actions runner's side of the log port (src/shared/log.ts): annotations on files, folded
 * groups, `::add-mask::` for secrets, the step's outputs and job summary, and the runner's OIDC
 * token. With src/main.ts, the only file that speaks the runner's protocol.
 *
 * The workflow commands and file commands are written here, byte for byte as @actions/core 3.0
 * writes them (its command.js, file-command.js and summary.js), rather than imported: its entry
 * module loads @actions/http-client with undici and @actions/exec for features apply never uses,
 * which was most of what an apply parsed. Only the OIDC token (workload identity federation)
 * loads @actions/core, when it is asked for.
 */
import type * as Crypto from 'node:crypto';
import { accessSync, appendFileSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Log, LogProps } from './shared/log.js';
import { builtin } from './shared/builtin.js';

/** @actions/core's AnnotationProperties, in the order its toCommandProperties writes them. */
type CommandProperties = Record<string, string | number | undefined>;

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,…::message` on stdout (@actions/core's issueCommand). */
export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  let text = `::${command}`;
  const set = Object.entries(properties).filter(([, v]) => v);
  if (set.length > 0) text += ` ${set.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}`;
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function annotation(props: LogProps | undefined): CommandProperties {
  if (!props) return {};
  const title = props.title ?? (props.rule ? `tailpolicy ${props.rule}` : undefined);
  const file = props.file;
  // An annotation without a title or a file has no properties (@actions/core sends none).
  if (!title && !file) return {};
  return {
    title,
    file,
    line: file ? props.line : undefined,
    endLine: file && props.endLine !== undefined && props.endLine !== props.line ? props.endLine : undefined,
    col: file ? props.column : undefined,
    endColumn:
      file && props.endColumn !== undefined && (props.endLine === undefined || props.endLine === props.line)
        ? props.endColumn
        : undefined,
  };
}

export const runnerLog: Log = {
  info: (message) => void process.stdout.write(message + EOL),
  debug: (message) => issueCommand('debug', {}, message),
  notice: (message, props) => issueCommand('notice', annotation(props), message),
  warning: (message, props) => issueCommand('warning', annotation(props), message),
  error: (message, props) => issueCommand('error', annotation(props), message),
  group: (title, body) => {
    issueCommand('group', {}, title);
    try {
      body();
    } finally {
      issueCommand('endgroup', {}, '');
    }
  },
  secret: (value) => issueCommand('add-mask', {}, value),
};

/**
 * A random (version 4) UUID, as crypto.randomUUID gives it: from the kernel's random source
 * where there is one (/dev/urandom, what OpenSSL draws on too), so that writing the outputs does
 * not load node:crypto (37 of Node's modules) in a run that has no other use for it; else from
 * node:crypto.
 */
function randomUUID(): string {
  let bytes: Buffer | undefined;
  if (process.platform !== 'win32') {
    try {
      const fd = openSync('/dev/urandom', 'r');
      try {
        const b = Buffer.alloc(16);
        if (readSync(fd, b, 0, 16, null) === 16) bytes = b;
      } finally {
        closeSync(fd);
      }
    } catch {
      // No such device here: node:crypto's.
    }
  }
  if (!bytes) return builtin<typeof Crypto>('node:crypto').randomUUID();
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A step output: a `name<<delimiter` block in GITHUB_OUTPUT, else the old `::set-output` command. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends `markdown` and a line end to the job summary (GITHUB_STEP_SUMMARY). */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  // Synchronous, as the outputs: no trip through libuv's thread pool at the end of the run.
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}

/** Fails the step: exit code 1 and an `::error::` line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}

/** The runner's OIDC token for workload identity federation (loads @actions/core, only then). */
export const runnerIdToken = async (audience: string): Promise<string> =>
  (await import('@actions/core')).getIDToken(audience);
