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
  return (
    flat
      .replace(/[&<>"'`[\]()*_|~\\!#@:]/g, (c) => MARKDOWN_SPECIAL[c]!)
      // GitHub links a bare "www.example/login" without any ":" or brackets; an encoded dot is not a link.
      .replace(/(www)\./gi, '$1&#46;')
  );
}

/** A code span for values we control the shape of (paths, rule ids, digests). */
export function code(text: string): string {
  return `<code>${md(text, 300)}</code>`;
}

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C): a
 * U+202E in a reason makes "exe.txt" read as "txt.exe" and reorders the text around it.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Anything oneLine would change: a control or bidi character, white space other than a single
 * space between words, or white space at either end. Without it the text is returned as it is:
 * one test instead of three replaces and a trim, for every row of a 10,000-grant report.
 */
const NOT_FLAT = new RegExp(`${CONTROL_RUNS.source}|${BIDI_CONTROLS.source}|[^\\S ]|\\s\\s|^\\s|\\s$`);

/** One line, no control characters (terminal escapes, line breaks, bidi overrides), at most `max` characters. */
export function oneLine(text: string, max = 500): string {
  const flat = NOT_FLAT.test(text)
    ? text.replace(BIDI_CONTROLS, '').replace(CONTROL_RUNS, ' ').replace(/\s+/g, ' ').trim()
    : text;
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
