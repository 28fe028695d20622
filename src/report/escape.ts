/**
 * Escaping of text that users wrote (reasons, names, paths) before it is shown (SPEC 4,
 * property 6). Grant files come from pull requests: their text must never become markup,
 * links, mentions or terminal control sequences.
 */

import { CONTROLS, runsOf } from '../shared/controls.js';

const MARKDOWN_SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '*': '&#42;',
  _: '&#95;',
  '|': '&#124;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
  '#': '&#35;',
  // An entity-encoded @ renders as "@" but is not a mention: nobody is pinged.
  '@': '&#64;',
  ':': '&#58;',
};

const CONTROL_RUNS = runsOf(CONTROLS);

/**
 * For GitHub-flavoured Markdown (PR comments, job summaries), including table cells: HTML,
 * links, images, emphasis, code spans, mentions and line breaks all come out as plain text.
 */
export function md(text: string, max = 500): string {
  const flat = oneLine(text, max);
  return flat.replace(/[&<>"'`[\]()*_|~\\!#@:]/g, (c) => MARKDOWN_SPECIAL[c]!);
}

/** A code span for values we control the shape of (paths, rule ids, digests). */
export function code(text: string): string {
  return `<code>${md(text, 300)}</code>`;
}

/** One line, no control characters (terminal escapes, line breaks), at most `max` characters. */
export function oneLine(text: string, max = 500): string {
  const flat = text.replace(CONTROL_RUNS, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
