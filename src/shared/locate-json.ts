/**
 * A Locator for one HuJSON / JSON text: parse it with jsonc-parser (comments and trailing commas
 * allowed) and map JSON paths back to 1-based line and column. Small and self-contained, for
 * tests and for callers that validate a single policy file. Pure: text in, value and locator out.
 */
import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath, Location, Locator } from './findings.js';

export interface LocatedJson {
  /** The parsed value (undefined when the text has no value at all). */
  value: unknown;
  locate: Locator;
  /** Syntax errors jsonc-parser reported, with their offsets. */
  errors: ParseError[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function locatorFromJsonText(file: string, text: string): LocatedJson {
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(text, errors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: true,
  });
  const starts = lineStarts(text);
  const at = (offset: number, length: number): Location => {
    const a = position(starts, offset);
    const b = position(starts, offset + length);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const locate: Locator = (path: JsonPath, opts) => {
    if (!root) return undefined;
    // Walk as deep as the path goes; a path into a missing member points at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, [...path.slice(0, n)]);
      if (!node) continue;
      if (opts?.key && n === path.length && node.parent?.type === 'property') {
        const keyNode = node.parent.children?.[0];
        if (keyNode) return at(keyNode.offset, keyNode.length);
      }
      return at(node.offset, node.length);
    }
    return undefined;
  };
  return { value: root ? getNodeValue(root) : undefined, locate, errors };
}
