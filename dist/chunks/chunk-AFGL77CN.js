import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);

// src/cli/style.ts
function colorOn(io) {
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  if (io.env.NO_COLOR) return false;
  return io.isTTY === true && io.env.TERM !== "dumb";
}
var CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 };
function styler(io) {
  return colorOn(io) ? (name, text) => `\x1B[${CODES[name]}m${text}\x1B[0m` : (_name, text) => text;
}
function paintReport(text, style) {
  return text.split("\n").map(
    (line) => /: error\[/.test(line) || /^(FAIL|DENIED)\b/.test(line) ? style("red", line) : /: warning\[/.test(line) ? style("yellow", line) : /^(OK|ALLOWED)\b/.test(line) ? style("green", line) : /^\s*\+/.test(line) ? style("green", line) : /^\s*-/.test(line) ? style("red", line) : line
  ).join("\n");
}
function tally(groups) {
  const parts = [];
  for (const [noun, counts] of groups) {
    let first = true;
    for (const [verb, n] of counts) {
      if (!n) continue;
      parts.push(first ? `${n} ${noun}${n === 1 ? "" : "s"} ${verb}` : `${n} ${verb}`);
      first = false;
    }
  }
  return parts.length ? parts.join(", ") : "no changes";
}

export {
  styler,
  paintReport,
  tally
};
