/**
 * The report written in parts is the report: oneLine's shortcut for text that is already flat,
 * and the check report painted line by line in batches, give what the whole-string forms give.
 */
import { describe, expect, it } from 'vitest';
import { oneLine } from '../src/report/escape.js';
import { paintReport, lineWriter, type Style } from '../src/cli/style.js';

/** oneLine without its shortcut: what it returned before. */
function slowOneLine(text: string, max = 500): string {
  const flat = text
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    // eslint-disable-next-line no-control-regex -- the old code's own pattern, kept as it was
    .replace(new RegExp('[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]+', 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

describe('oneLine', () => {
  it('returns flat text as it is, and flattens everything else as before', () => {
    const alphabet = [
      'a',
      'b',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u0085',
      '\u202e',
      '\u200f',
      '\u2028',
      '\ufeff',
      '→',
      'é',
      '\u001b[31m',
      '\u3000',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = next() % 12; k > 0; k--) s += alphabet[next() % alphabet.length];
      expect(oneLine(s), JSON.stringify(s)).toBe(slowOneLine(s));
      expect(oneLine(s, 3), JSON.stringify(s)).toBe(slowOneLine(s, 3));
    }
  });
});

describe('lineWriter', () => {
  const colour: Style = (name, text) => `<${name}>${text}</${name}>`;
  const lines = [
    'grants/a.yaml:1:1: error[grant/x]: bad',
    'grants/b.yaml:2:3: warning[grant/y]: odd',
    '',
    'tailpolicy check at 2026-11-21 23:00 UTC',
    '  + added',
    '  - removed',
    'two\nlines: error[z]',
    'x'.repeat(70_000),
    'OK: 0 warning(s).',
  ];
  it('writes what paintReport gives for the lines joined, in batches', () => {
    for (const style of [colour, ((_n, t) => t) as Style]) {
      const parts: string[] = [];
      const out = lineWriter((s) => parts.push(s), style);
      for (const line of lines) out.line(line);
      out.end();
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.join('')).toBe(paintReport(lines.join('\n') + '\n', style));
    }
  });
});
