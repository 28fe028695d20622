"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/shared/errors.ts
var UserError, ExternalError;
var init_errors = __esm({
  "src/shared/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = "UserError";
      }
      exitCode;
    };
    ExternalError = class extends Error {
      exitCode = 3;
      constructor(message, options) {
        super(message, options);
        this.name = "ExternalError";
      }
    };
  }
});

// src/shared/time.ts
function parseTimestamp(text2) {
  const utc = plainUtc(text2);
  if (utc !== null) return utc;
  const m = TIMESTAMP.exec(text2);
  if (!m) return void 0;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return void 0;
  const date = new Date(text2.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? void 0 : date;
}
function plainUtc(text2) {
  if (text2.length !== 20 || text2.charCodeAt(10) !== 84 || text2.charCodeAt(19) !== 90) return null;
  if (text2.charCodeAt(4) !== 45 || text2.charCodeAt(7) !== 45 || text2.charCodeAt(13) !== 58) return null;
  if (text2.charCodeAt(16) !== 58) return null;
  const year = digits(text2, 0, 4);
  const month = digits(text2, 5, 2);
  const day = digits(text2, 8, 2);
  const hour = digits(text2, 11, 2);
  const minute = digits(text2, 14, 2);
  const second = digits(text2, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second) || year < 1e3) return null;
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}
function digits(text2, at2, count) {
  let v = 0;
  for (let i = at2; i < at2 + count; i++) {
    const d = text2.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}
function monthDays(year, month) {
  if (month === 2 && (year % 4 === 0 && year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1];
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isBareDate(text2) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text2);
}
function parseDuration(text2) {
  const m = DURATION.exec(text2);
  if (!m) return void 0;
  return Number(m[1]) * UNIT_MS[m[2]];
}
function formatDuration(ms) {
  const minutes = Math.round(ms / 6e4);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor(minutes % 1440 / 60);
  const m = minutes % 60;
  const parts = [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : ""].filter(Boolean);
  return parts.length ? parts.join(" ") : "0m";
}
function isoUtc(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function humanUtc(date) {
  const ms = date.getTime();
  const known = HUMAN.get(ms);
  if (known !== void 0) return known;
  const text2 = humanUtcOf(date);
  if (HUMAN.size >= 4096) HUMAN.clear();
  if (!Number.isNaN(ms)) HUMAN.set(ms, text2);
  return text2;
}
function humanUtcOf(date) {
  const y = date.getUTCFullYear();
  if (!(y >= 1e3 && y <= 9999)) return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${y}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
function two(n) {
  return n < 10 ? `0${n}` : `${n}`;
}
var TIMESTAMP, DURATION, MONTH_DAYS, UNIT_MS, HUMAN;
var init_time = __esm({
  "src/shared/time.ts"() {
    "use strict";
    TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
    DURATION = /^([1-9]\d{0,5})(m|h|d)$/;
    MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    UNIT_MS = { m: 6e4, h: 36e5, d: 864e5 };
    HUMAN = /* @__PURE__ */ new Map();
  }
});

// src/shared/findings.ts
function error(rule, message, location, related) {
  return { severity: "error", rule, message, ...location ? { location } : {}, ...related ? { related } : {} };
}
function warning(rule, message, location) {
  return { severity: "warning", rule, message, ...location ? { location } : {} };
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}
function countFindings(findings, severity) {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n += f.count ?? 1;
  return n;
}
function listPerFile(findings, max = MAX_LISTED_PER_FILE) {
  const listed = /* @__PURE__ */ new Map();
  const left = /* @__PURE__ */ new Map();
  const out = [];
  const lastListed = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location?.file ?? "";
    const n = listed.get(file) ?? 0;
    if (n < max) {
      listed.set(file, n + 1);
      out.push(f);
      lastListed.set(file, out.length - 1);
      continue;
    }
    const bySeverity = left.get(file) ?? /* @__PURE__ */ new Map();
    left.set(file, bySeverity);
    const entry = bySeverity.get(f.severity) ?? { first: f, count: 0, rules: /* @__PURE__ */ new Map() };
    bySeverity.set(f.severity, entry);
    entry.count += f.count ?? 1;
    entry.rules.set(f.rule, (entry.rules.get(f.rule) ?? 0) + (f.count ?? 1));
  }
  if (left.size === 0) return out;
  const inserts = [...left].map(([file, bySeverity]) => ({ at: lastListed.get(file), bySeverity }));
  inserts.sort((a, b) => b.at - a.at);
  for (const { at: at2, bySeverity } of inserts) {
    const sums = ["error", "warning", "notice"].flatMap((severity) => {
      const entry = bySeverity.get(severity);
      if (!entry) return [];
      const rules = [...entry.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([rule, n]) => `${rule} \xD7${n}`).join(", ");
      const what2 = severity === "error" ? "error(s)" : severity === "warning" ? "warning(s)" : "notice(s)";
      const more = entry.rules.size > 5 ? ", \u2026" : "";
      const sum = {
        severity,
        rule: "findings/not-listed",
        message: `${entry.count} more ${what2} in this file are not listed (${rules}${more}), the first of them here: ${entry.first.message} Fix the ones above first; they are often one mistake repeated.`,
        count: entry.count,
        ...entry.first.location ? { location: entry.first.location } : {}
      };
      return [sum];
    });
    out.splice(at2 + 1, 0, ...sums);
  }
  return out;
}
function formatFinding(f) {
  const where2 = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : "";
  return `${where2}${f.severity}[${f.rule}]: ${f.message}`;
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => {
    const fa = a.location?.file ?? "";
    const fb = b.location?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  });
}
function isRootCause(f) {
  return f.severity === "error" && f.rule.startsWith("syntax/") && f.rule !== "syntax/duplicate-key";
}
function rootCausesFirst(canCause, findings) {
  const roots = findings.filter((f) => isRootCause(f) && f.location !== void 0 && canCause(f.location.file));
  if (roots.length === 0) return [...findings];
  const broken = new Set(roots.map((f) => f.location?.file).filter((f) => f !== void 0));
  const first = roots.find((f) => f.location) ?? roots[0];
  const where2 = first.location ? `${first.location.file}:${first.location.line}:${first.location.column}` : "above";
  const files = broken.size > 1 ? `the files that do not parse (first: ${where2})` : `the syntax error at ${where2}`;
  const rest = findings.filter((f) => !roots.includes(f)).map(
    (f) => (
      // A syntax error of another file is a root cause of its own, not a consequence.
      f.severity === "error" && !isRootCause(f) && !(f.location && broken.has(f.location.file)) ? { ...f, message: `${f.message} (This may only follow from ${files}: fix that first.)` } : f
    )
  );
  return [...roots, ...rest];
}
var MAX_LISTED_PER_FILE;
var init_findings = __esm({
  "src/shared/findings.ts"() {
    "use strict";
    MAX_LISTED_PER_FILE = 50;
  }
});

// src/shared/controls.ts
function runsOf(ranges) {
  const members = ranges.map(([from, to]) => from === to ? escape(from) : `${escape(from)}-${escape(to)}`);
  return new RegExp(`[${members.join("")}]+`, "g");
}
var CONTROLS, CONTROLS_BUT_NEWLINE, INVISIBLE, escape;
var init_controls = __esm({
  "src/shared/controls.ts"() {
    "use strict";
    CONTROLS = [
      [0, 31],
      [127, 159],
      [8232, 8233]
    ];
    CONTROLS_BUT_NEWLINE = [[0, 9], [11, 31], ...CONTROLS.slice(1)];
    INVISIBLE = [
      [8203, 8207],
      [8232, 8238],
      [8288, 8303],
      [65279, 65279]
    ];
    escape = (code2) => `\\u${code2.toString(16).padStart(4, "0")}`;
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits2 = 0;
    let value2 = 0;
    while (digits2 < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits2++;
    }
    if (digits2 < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text2.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text2.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj2 = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj2[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj2;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject2() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject2();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code2) {
  switch (code2) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parse2, parseTree2, findNodeAtLocation2, getNodeValue2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parse2 = parse;
    parseTree2 = parseTree;
    findNodeAtLocation2 = findNodeAtLocation;
    getNodeValue2 = getNodeValue;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/shared/yaml-lib.ts
var lib, yamlLib;
var init_yaml_lib = __esm({
  "src/shared/yaml-lib.ts"() {
    "use strict";
    yamlLib = () => lib ??= globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.loadShared")]("yaml", {});
  }
});

// src/shared/bounds.ts
function jsonBounds(text2) {
  let depth = 0;
  let lines = 1;
  let entries = 0;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      if (++lines > MAX_JSON_LINES) return tooManyLines(i + 1, MAX_JSON_LINES);
    } else if (c === 34) {
      for (i++; i < n; i++) {
        const d = text2.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10) break;
      }
      if (text2.charCodeAt(i) === 10) i--;
    } else if (c === 47 && text2.charCodeAt(i + 1) === 47) {
      while (i + 1 < n && text2.charCodeAt(i + 1) !== 10) i++;
    } else if (c === 47 && text2.charCodeAt(i + 1) === 42) {
      for (i += 2; i < n && !(text2.charCodeAt(i) === 42 && text2.charCodeAt(i + 1) === 47); i++) {
        if (text2.charCodeAt(i) === 10 && ++lines > MAX_JSON_LINES) return tooManyLines(i + 1, MAX_JSON_LINES);
      }
      i++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return tooDeep(i);
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 44 || c === 58) {
      if (++entries > MAX_JSON_ENTRIES) return tooManyEntries(i, MAX_JSON_ENTRIES);
    }
  }
  return void 0;
}
function yamlBounds(text2) {
  const indents = [];
  let flow = 0;
  let lines = 0;
  let entries = 0;
  let flowBase = 0;
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    if (++lines > MAX_LINES) return tooManyLines(lineStart);
    let end = text2.indexOf("\n", i);
    if (end === -1) end = n;
    let j = i;
    while (j < end && text2.charCodeAt(j) === 32) j++;
    const blank = j >= end || text2.charCodeAt(j) === 35 || text2.charCodeAt(j) === 13;
    let depth = flowBase;
    if (!blank && flow === 0) {
      const indent = j - i;
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      depth = indents.length;
      let k = j;
      for (; ; ) {
        const c = text2.charCodeAt(k);
        const next = text2.charCodeAt(k + 1);
        if ((c === 45 || c === 63) && (k + 1 >= end || next === 32 || next === 13)) {
          depth++;
          if (++entries > MAX_ENTRIES) return tooManyEntries(k);
          k += 1;
          while (k < end && text2.charCodeAt(k) === 32) k++;
        } else break;
      }
      if (depth > MAX_DEPTH) return tooDeep(k);
      flowBase = depth;
    }
    for (let k = j; k < end; k++) {
      const c = text2.charCodeAt(k);
      if (c === 39 || c === 34) {
        const prev = k === 0 ? 32 : text2.charCodeAt(k - 1);
        if (!(prev === 32 || prev === 91 || prev === 123 || prev === 44 || prev === 58 || prev === 45 || k === j))
          continue;
        const close = quotedEnd(text2, k, c);
        if (close === -1) break;
        k = close;
      } else if (c === 35 && (k === j || text2.charCodeAt(k - 1) === 32)) {
        break;
      } else if (c === 91 || c === 123) {
        if (depth + ++flow > MAX_DEPTH) return tooDeep(k);
      } else if (c === 93 || c === 125) {
        if (flow > 0) flow--;
      } else if (c === 58 && (k + 1 >= end || text2.charCodeAt(k + 1) === 32) || c === 44 && flow > 0) {
        if (++entries > MAX_ENTRIES) return tooManyEntries(k);
      }
    }
    i = end + 1;
  }
  return void 0;
}
function quotedEnd(text2, start, quote) {
  for (let k = start + 1; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c === 10) return -1;
    if (quote === 34 && c === 92) k++;
    else if (c === quote) {
      if (quote === 39 && text2.charCodeAt(k + 1) === 39) k++;
      else return k;
    }
  }
  return -1;
}
function deeperThan(value, max = MAX_DEPTH) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (d >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === "object") stack.push([child, d + 1]);
    }
  }
  return false;
}
function setOwn(obj2, key2, value) {
  if (key2 === "__proto__")
    Object.defineProperty(obj2, key2, { value, enumerable: true, writable: true, configurable: true });
  else obj2[key2] = value;
}
function own(obj2, key2) {
  return Object.prototype.hasOwnProperty.call(obj2, key2) ? obj2[key2] : void 0;
}
var MAX_DEPTH, MAX_LINES, MAX_ENTRIES, MAX_JSON_LINES, MAX_JSON_ENTRIES, tooDeep, tooManyLines, tooManyEntries;
var init_bounds = __esm({
  "src/shared/bounds.ts"() {
    "use strict";
    MAX_DEPTH = 64;
    MAX_LINES = 1e5;
    MAX_ENTRIES = 2e5;
    MAX_JSON_LINES = 10 * MAX_LINES;
    MAX_JSON_ENTRIES = 10 * MAX_ENTRIES;
    tooDeep = (offset) => ({
      rule: "syntax/too-deep",
      message: `Nesting is deeper than ${MAX_DEPTH} levels here; a policy needs only a few. Flatten the structure.`,
      offset
    });
    tooManyLines = (offset, max = MAX_LINES) => ({
      rule: "syntax/too-many-lines",
      message: `The file has more than ${max.toLocaleString("en-US")} lines; split it into smaller files.`,
      offset
    });
    tooManyEntries = (offset, max = MAX_ENTRIES) => ({
      rule: "syntax/too-many-entries",
      message: `The file has more than ${max.toLocaleString("en-US")} entries; split it into smaller files.`,
      offset
    });
  }
});

// src/policy/strict-json.ts
function readStrictJson(text2) {
  const parts = [];
  let from = 0;
  const open = [];
  let expectKey = false;
  let last = "";
  let comma = -1;
  let backslash = text2.indexOf("\\");
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 47) {
      const next = text2.charCodeAt(i + 1);
      let end;
      if (next === 47) {
        const nl = text2.indexOf("\n", i + 2);
        end = nl < 0 ? n : nl;
        if (/[\r\u2028\u2029]/.test(text2.slice(i + 2, end))) return void 0;
      } else if (next === 42) {
        const close = text2.indexOf("*/", i + 2);
        if (close < 0) return void 0;
        end = close + 2;
      } else return void 0;
      parts.push(text2.slice(from, i), " ");
      from = end;
      i = end;
      continue;
    }
    if (comma >= 0) {
      if (c !== 93 && c !== 125) parts.push(",");
      comma = -1;
    }
    if (c === 34) {
      const q = text2.indexOf('"', i + 1);
      if (q < 0) return void 0;
      if (backslash >= 0 && backslash < i) backslash = text2.indexOf("\\", i);
      if (backslash >= 0 && backslash < q) return void 0;
      const top = open.length > 0 ? open[open.length - 1] : void 0;
      if (top !== void 0 && expectKey) {
        if (last !== "o" && last !== ",") return void 0;
        const key2 = text2.slice(i + 1, q);
        if (top.has(key2)) return void 0;
        top.add(key2);
        expectKey = false;
        last = "k";
      } else last = "v";
      i = q + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      if (expectKey) return void 0;
      open.push(c === 123 ? /* @__PURE__ */ new Set() : void 0);
      expectKey = c === 123;
      last = "o";
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      if (open.length === 0 || c === 125 !== (open.pop() !== void 0)) return void 0;
      expectKey = false;
      last = "v";
      i++;
      continue;
    }
    if (c === 44) {
      if (last !== "v" || open.length === 0) return void 0;
      parts.push(text2.slice(from, i));
      from = i + 1;
      comma = i;
      expectKey = open[open.length - 1] !== void 0;
      last = ",";
      i++;
      continue;
    }
    if (c === 58) {
      if (last !== "k") return void 0;
      last = ":";
      i++;
      continue;
    }
    if (!(c >= 48 && c <= 57 || c === 45 || c >= 97 && c <= 122)) return void 0;
    let j = i + 1;
    while (j < n) {
      const d = text2.charCodeAt(j);
      if (d >= 48 && d <= 57 || d >= 97 && d <= 122 || d === 46 || d === 43 || d === 45 || d === 69)
        j++;
      else break;
    }
    if (expectKey) return void 0;
    last = "v";
    i = j;
  }
  if (comma >= 0 || open.length > 0 || last !== "v") return void 0;
  parts.push(text2.slice(from));
  try {
    return { value: JSON.parse(parts.join("")) };
  } catch {
    return void 0;
  }
}
function nullPrototype(value) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = nullPrototype(value[i]);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const key2 of Object.keys(value)) out[key2] = nullPrototype(value[key2]);
    return out;
  }
  return value;
}
var StrictJsonPositions;
var init_strict_json = __esm({
  "src/policy/strict-json.ts"() {
    "use strict";
    StrictJsonPositions = class {
      constructor(text2) {
        this.text = text2;
        const start = this.skip(0);
        this.root = { keyStart: -1, keyEnd: -1, start, end: this.valueEnd(start) };
      }
      text;
      containers = /* @__PURE__ */ new Map();
      root;
      /** [start, end) of what `path` reaches. */
      range(path, key2) {
        let found = this.root;
        let complete = true;
        let viaKey = false;
        for (const seg of path) {
          const c = this.container(found.start);
          let next;
          if (typeof seg === "string") next = c && "members" in c ? c.members.get(seg) : void 0;
          else next = c && "list" in c && Number.isInteger(seg) && seg >= 0 ? c.list[seg] : void 0;
          if (!next) {
            complete = false;
            break;
          }
          found = next;
          viaKey = typeof seg === "string";
        }
        return key2 && complete && viaKey ? [found.keyStart, found.keyEnd] : [found.start, found.end];
      }
      /** The items or members of the list or object at `start`; undefined for any other value. */
      container(start) {
        const t = this.text;
        const open = t.charCodeAt(start);
        if (open !== 123 && open !== 91) return void 0;
        const known = this.containers.get(start);
        if (known) return known;
        const list2 = [];
        const members = /* @__PURE__ */ new Map();
        let i = this.skip(start + 1);
        while (t.charCodeAt(i) !== 125 && t.charCodeAt(i) !== 93) {
          let keyStart = -1;
          let keyEnd2 = -1;
          if (open === 123) {
            keyStart = i;
            keyEnd2 = t.indexOf('"', i + 1) + 1;
            i = this.skip(this.skip(keyEnd2) + 1);
          }
          const m = { keyStart, keyEnd: keyEnd2, start: i, end: this.valueEnd(i) };
          if (open === 123) members.set(t.slice(keyStart + 1, keyEnd2 - 1), m);
          else list2.push(m);
          i = this.skip(m.end);
          if (t.charCodeAt(i) === 44) i = this.skip(i + 1);
        }
        const c = open === 123 ? { members } : { list: list2 };
        this.containers.set(start, c);
        return c;
      }
      /** The first offset at or after `i` that is neither whitespace nor in a comment. */
      skip(i) {
        const t = this.text;
        for (; ; ) {
          const c = t.charCodeAt(i);
          if (c === 32 || c === 10 || c === 9 || c === 13) i++;
          else if (c === 47 && t.charCodeAt(i + 1) === 47) {
            const nl = t.indexOf("\n", i + 2);
            i = nl < 0 ? t.length : nl;
          } else if (c === 47 && t.charCodeAt(i + 1) === 42) i = t.indexOf("*/", i + 2) + 2;
          else return i;
        }
      }
      /** The end of the value that starts at `i` (a string has no escape: readStrictJson accepted it). */
      valueEnd(i) {
        const t = this.text;
        const c = t.charCodeAt(i);
        if (c === 34) return t.indexOf('"', i + 1) + 1;
        if (c !== 123 && c !== 91) {
          let j = i + 1;
          for (; j < t.length; j++) {
            const d = t.charCodeAt(j);
            if (!(d >= 48 && d <= 57 || d >= 97 && d <= 122 || d === 46 || d === 43 || d === 45 || d === 69))
              break;
          }
          return j;
        }
        let depth = 0;
        for (let j = i; j < t.length; j++) {
          const d = t.charCodeAt(j);
          if (d === 34) j = t.indexOf('"', j + 1);
          else if (d === 47) {
            const e = t.charCodeAt(j + 1);
            if (e === 47) {
              const nl = t.indexOf("\n", j + 2);
              j = nl < 0 ? t.length : nl;
            } else if (e === 42) j = t.indexOf("*/", j + 2) + 1;
          } else if (d === 123 || d === 91) depth++;
          else if (d === 125 || d === 93) {
            if (--depth === 0) return j + 1;
          }
        }
        return t.length;
      }
    };
  }
});

// src/policy/source.ts
function formatOf(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".hujson") || lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return void 0;
}
function parseSource(src, kind = "policy", keep = true) {
  const known = parsedFiles.get(src);
  const hit = known?.[kind];
  if (hit) return hit;
  if (kind === "grant" && !keep) {
    const flat = flatGrant(src);
    if (flat) return flat;
  }
  const parsed = parseSourceOnce(src, kind);
  parsedFiles.set(src, { ...known, [kind]: parsed });
  return parsed;
}
function flatGrant(src) {
  if (src.text.length * 3 > MAX_GRANT_FILE_BYTES || formatOf(src.path) !== "yaml" || yamlBounds(src.text))
    return void 0;
  const value = flatYaml(src.text);
  return value === void 0 ? void 0 : yamlRead(src, value);
}
function parseSourceOnce(src, kind) {
  const cap = kind === "grant" ? MAX_GRANT_FILE_BYTES : MAX_FILE_BYTES;
  if (src.text.length * 3 > cap && Buffer.byteLength(src.text, "utf8") > cap) {
    const at2 = { file: src.path, line: 1, column: 1 };
    const message = kind === "grant" ? `A grant file is a few lines, and this one is larger than ${MAX_GRANT_FILE_BYTES / 1024} KiB. Keep it to who, which resource, why and until when; put long rules into a resource in access.yaml.` : `The file is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than Tailscale's API answers with; split it into smaller files.`;
    return {
      path: src.path,
      value: void 0,
      locate: () => at2,
      findings: [error("syntax/file-too-large", message, at2)]
    };
  }
  const yaml = formatOf(src.path) === "yaml";
  const over = yaml ? yamlBounds(src.text) : jsonBounds(src.text);
  if (over) {
    const at2 = new LineIndex(src.text).location(src.path, over.offset);
    return { path: src.path, value: void 0, locate: () => at2, findings: [error(over.rule, over.message, at2)] };
  }
  return yaml ? parseYaml(src) : parseHuJson(src);
}
function parseHuJson(src) {
  const fast = readStrictJson(src.text);
  if (!fast) return parseHuJsonFully(src);
  let positions;
  return {
    path: src.path,
    value: nullPrototype(fast.value),
    locate: (path, opts) => {
      positions ??= { at: new StrictJsonPositions(src.text), lines: new LineIndex(src.text) };
      const [start, end] = positions.at.range(path, opts?.key === true);
      return positions.lines.location(src.path, start, end);
    },
    findings: []
  };
}
function parseHuJsonFully(src) {
  const lines = new LineIndex(src.text);
  const errors = [];
  const root = parseTree2(src.text, errors, { allowTrailingComma: true, disallowComments: false });
  const findings = errors.slice(0, MAX_SYNTAX_ERRORS).map(
    (e) => error(
      "syntax/hujson",
      `Invalid HuJSON: ${jsonErrorText[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}.`,
      lines.location(src.path, e.offset, e.offset + e.length)
    )
  );
  if (errors.length > MAX_SYNTAX_ERRORS) {
    findings.push(moreErrors(src.path, lines, errors.length, errors[MAX_SYNTAX_ERRORS].offset));
  }
  const locate = jsonTreeLocator(src.path, root, lines);
  if (!root || errors.length > 0) {
    return { path: src.path, value: void 0, locate, findings };
  }
  const dups = duplicateJsonKeys(src.path, root, lines);
  findings.push(...dups.slice(0, MAX_SYNTAX_ERRORS));
  if (dups.length > MAX_SYNTAX_ERRORS) {
    const next = dups[MAX_SYNTAX_ERRORS].location;
    findings.push({
      ...dups[MAX_SYNTAX_ERRORS],
      rule: "syntax/more-errors",
      message: `${dups.length - MAX_SYNTAX_ERRORS} more duplicate key(s) in this file are not listed; fix the ones above first.`,
      location: next,
      related: void 0
    });
  }
  return { path: src.path, value: getNodeValue2(root), locate, findings };
}
function jsonTreeLocator(file, root, lines) {
  return (path, opts) => {
    if (!root) return { file, line: 1, column: 1 };
    let node = root;
    let found = root;
    for (const seg of path) {
      node = findNodeAtLocation2(found, [seg]);
      if (!node) break;
      found = node;
    }
    if (opts?.key && node && found.parent?.type === "property") {
      const keyNode = found.parent.children?.[0];
      if (keyNode) return lines.location(file, keyNode.offset, keyNode.offset + keyNode.length);
    }
    return lines.location(file, found.offset, found.offset + found.length);
  };
}
function duplicateJsonKeys(file, root, lines) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "object" && n.children) {
      const seen = /* @__PURE__ */ new Map();
      for (const prop of n.children) {
        const keyNode = prop.children?.[0];
        if (!keyNode) continue;
        const key2 = String(keyNode.value);
        const first = seen.get(key2);
        if (first) {
          const firstAt = lines.location(file, first.offset, first.offset + first.length);
          out.push(
            error(
              "syntax/duplicate-key",
              `Duplicate key "${key2}": it is also defined at line ${firstAt.line}. Keep one of the two.`,
              lines.location(file, keyNode.offset, keyNode.offset + keyNode.length),
              firstAt
            )
          );
        } else seen.set(key2, keyNode);
      }
    }
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}
function parseYaml(src) {
  const value = flatYaml(src.text) ?? blockYaml(src.text);
  return value === void 0 ? parseYamlFully(src) : yamlRead(src, value);
}
function yamlRead(src, value) {
  let locate;
  return {
    path: src.path,
    value,
    locate: (path, opts) => (locate ??= parseYamlFully(src).locate)(path, opts),
    findings: []
  };
}
function flatYaml(text2) {
  if (UNUSUAL.test(text2)) return void 0;
  const out = {};
  let keys = 0;
  for (const line of text2.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const colon = keyEnd(line);
    if (colon < 0 || colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32) return void 0;
    const key2 = line.slice(0, colon);
    if (key2 === "__proto__" || key2.length > 1e3 || NOT_A_STRING.test(key2) || Object.hasOwn(out, key2)) return void 0;
    const rest = line.slice(colon + 1).trimStart();
    let value;
    if (rest.startsWith("[")) {
      value = flowList(rest, flowItem);
      if (value === void 0) return void 0;
    } else {
      const scalar = blockScalar(rest);
      if (scalar === void 0) return void 0;
      value = scalar;
    }
    out[key2] = value;
    keys++;
  }
  return keys > 0 ? out : void 0;
}
function keyEnd(line) {
  if (!isWord(line.charCodeAt(0))) return -1;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 58) return i;
    if (!(isWord(c) || c >= 48 && c <= 57 || c === 45)) return -1;
  }
  return -1;
}
function isWord(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function flowList(rest, item) {
  const close = rest.indexOf("]");
  if (close < 0 || !COMMENT_OR_END.test(rest.slice(close + 1))) return void 0;
  const inner = rest.slice(1, close);
  if (inner.trim() === "") return [];
  const items = [];
  for (const part of inner.split(",")) {
    const value = item(part.trim());
    if (value === void 0) return void 0;
    items.push(value);
  }
  return items;
}
function quoted(s) {
  const q = s[0];
  if (q !== '"' && q !== "'") return void 0;
  const close = s.indexOf(q, 1);
  if (close < 0) return void 0;
  const value = s.slice(1, close);
  if (q === '"' && value.includes("\\")) return void 0;
  if (q === "'" && s[close + 1] === "'") return void 0;
  return { value, rest: s.slice(close + 1) };
}
function blockScalar(s) {
  if (s === "") return void 0;
  const q = quoted(s);
  if (q) return COMMENT_OR_END.test(q.rest) ? q.value : void 0;
  const hash = s.indexOf(" #");
  const value = (hash < 0 ? s : s.slice(0, hash)).trimEnd();
  return plain(value) ? value : void 0;
}
function flowItem(s) {
  const q = quoted(s);
  if (q) return q.rest === "" ? q.value : void 0;
  return plain(s) && !/[,[\]{}#]/.test(s) ? s : void 0;
}
function plain(s) {
  return s !== "" && !INDICATOR.test(s) && !NOT_A_STRING.test(s) && !s.includes(": ") && !s.includes(" :") && !s.endsWith(":") && !s.includes(" #") && !/["']/.test(s[0]);
}
function blockYaml(text2) {
  if (UNUSUAL.test(text2)) return void 0;
  const lines = [];
  for (const line of text2.split("\n")) {
    const body = line.trimStart();
    if (body === "" || body.startsWith("#")) continue;
    lines.push({ indent: line.length - body.length, text: body });
  }
  if (lines.length === 0 || lines[0].indent !== 0) return void 0;
  let pos = 0;
  const fail = () => {
    throw NOT_READ;
  };
  const isItem = (t) => t === "-" || t.startsWith("- ");
  const block = (indent) => isItem(lines[pos].text) ? list2(indent) : mapping(indent);
  const mapping = (indent) => {
    const out = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const m = KEY_LINE.exec(lines[pos].text);
      if (!m) return fail();
      const key2 = m[1];
      if (key2 === "__proto__" || key2.length > 1e3 || !plain(key2) || Object.hasOwn(out, key2)) return fail();
      const rest = m[2]?.trimStart() ?? "";
      pos++;
      if (rest === "" || rest.startsWith("#")) {
        if (pos >= lines.length || lines[pos].indent <= indent) return fail();
        out[key2] = block(lines[pos].indent);
      } else out[key2] = leaf(rest);
    }
    if (pos < lines.length && lines[pos].indent > indent) return fail();
    return out;
  };
  const list2 = (indent) => {
    const out = [];
    while (pos < lines.length && lines[pos].indent === indent && isItem(lines[pos].text)) {
      const after = lines[pos].text.slice(1);
      const content = after.trimStart();
      if (content === "" || isItem(content) || content.startsWith("#")) return fail();
      if (KEY_LINE.test(content) && !content.startsWith('"') && !content.startsWith("'")) {
        const column = indent + 1 + (after.length - content.length);
        lines[pos] = { indent: column, text: content };
        out.push(mapping(column));
      } else {
        out.push(leaf(content));
        pos++;
      }
    }
    if (pos < lines.length && lines[pos].indent > indent) return fail();
    return out;
  };
  try {
    const value = block(0);
    return pos === lines.length ? value : void 0;
  } catch (e) {
    if (e === NOT_READ) return void 0;
    throw e;
  }
}
function leaf(rest) {
  if (rest.startsWith("[")) {
    const items = flowList(rest, (s) => {
      const q2 = quoted(s);
      if (q2) return q2.rest === "" ? q2.value : void 0;
      return /[,[\]{}#]/.test(s) ? void 0 : typedPlain(s);
    });
    if (items === void 0) throw NOT_READ;
    return items;
  }
  const q = quoted(rest);
  if (q) {
    if (!COMMENT_OR_END.test(q.rest)) throw NOT_READ;
    return q.value;
  }
  const hash = rest.indexOf(" #");
  return typedPlain((hash < 0 ? rest : rest.slice(0, hash)).trimEnd());
}
function typedPlain(s) {
  if (!NOT_A_STRING.test(s)) {
    if (!plain(s)) throw NOT_READ;
    return s;
  }
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(s)) return Number(s);
  if (s === "true" || s === "false") return s === "true";
  if (/^[0-9]+(?:\.[0-9]+){2,}$/.test(s)) return s;
  throw NOT_READ;
}
function parseYamlFully(src) {
  const Y = yamlLib();
  const lines = new LineIndex(src.text);
  const lineCounter = new Y.LineCounter();
  const findings = [];
  const tokens = [...new Y.Parser(lineCounter.addNewLine).parse(src.text)];
  const streamErrors = tokens.filter((t) => t.type === "error");
  if (streamErrors.length > MAX_SYNTAX_ERRORS) {
    for (const t of streamErrors.slice(0, MAX_SYNTAX_ERRORS)) {
      findings.push(
        error(
          "syntax/yaml",
          `Invalid YAML: ${firstLine(t.message)}${t.source.trim() ? `: ${JSON.stringify(t.source.trim().slice(0, 40))}` : ""}.`,
          lines.location(src.path, t.offset)
        )
      );
    }
    findings.push(moreErrors(src.path, lines, streamErrors.length, streamErrors[MAX_SYNTAX_ERRORS].offset));
    return { path: src.path, value: void 0, locate: () => void 0, findings };
  }
  const list2 = [...new Y.Composer({ uniqueKeys: false, prettyErrors: false, logLevel: "error" }).compose(tokens)];
  if (list2.length > 1) {
    const second = list2[1];
    findings.push(
      error(
        "syntax/yaml-multiple-documents",
        'The file holds more than one YAML document (a "---" separator); keep one document per file.',
        lines.location(src.path, second.range[0])
      )
    );
  }
  const doc = list2[0] ?? new Y.Document(null);
  const problems = [
    ...doc.errors.map((e) => ({
      rule: "syntax/yaml",
      message: `Invalid YAML: ${firstLine(e.message)}.`,
      start: e.pos[0],
      end: e.pos[1]
    })),
    ...duplicateYamlKeys(doc, lines, src.path)
  ].sort((a, b) => a.start - b.start);
  for (const p of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    findings.push(error(p.rule, p.message, lines.location(src.path, p.start, p.end)));
  }
  if (problems.length > MAX_SYNTAX_ERRORS)
    findings.push(moreErrors(src.path, lines, problems.length, problems[MAX_SYNTAX_ERRORS].start));
  const locate = yamlLocator(src.path, doc, lines);
  if (findings.length > 0) return { path: src.path, value: void 0, locate, findings };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    findings.push(
      error(
        "syntax/yaml-alias",
        `YAML aliases could not be expanded: ${firstLine(e.message)}. Write the values out instead of using anchors.`,
        { file: src.path, line: 1, column: 1 }
      )
    );
    return { path: src.path, value: void 0, locate, findings };
  }
  return { path: src.path, value, locate, findings };
}
function firstLine(s) {
  return s.split("\n")[0].replace(/[.:]\s*$/, "");
}
function duplicateYamlKeys(doc, lines, file) {
  const out = [];
  const Y = yamlLib();
  Y.visit(doc, {
    Map(_, map) {
      const firstOf = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const k = pair.key;
        if (Y.isCollection(k) && k.range) {
          out.push({
            rule: "syntax/yaml-key",
            message: 'A key must be plain text, not a list or a map (a "? " key or "[a]: b"). Write the key as text, or quote it.',
            start: k.range[0],
            end: k.range[1]
          });
          continue;
        }
        if (!Y.isScalar(k) || !k.range) continue;
        const name = String(k.value);
        const first = firstOf.get(name);
        if (first === void 0) firstOf.set(name, k.range[0]);
        else
          out.push({
            rule: "syntax/duplicate-key",
            message: `Duplicate key "${name}": it is also defined at line ${lines.location(file, first).line}. Keep one of the two.`,
            start: k.range[0],
            end: k.range[1]
          });
      }
    }
  });
  return out;
}
function moreErrors(file, lines, total, offset) {
  return error(
    "syntax/more-errors",
    `${total - MAX_SYNTAX_ERRORS} more syntax error(s) in this file are not listed; fix the ones above first.`,
    lines.location(file, offset)
  );
}
function yamlLocator(file, doc, lines) {
  const Y = yamlLib();
  return (path, opts) => {
    let node = doc.contents;
    let keyNode;
    let best = Y.isNode(node) ? node : void 0;
    for (const seg of path) {
      if (Y.isMap(node)) {
        const pair = node.items.find((p) => Y.isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        keyNode = Y.isNode(pair.key) ? pair.key : void 0;
        node = pair.value;
        best = Y.isNode(node) ? node : keyNode;
      } else if (Y.isSeq(node) && typeof seg === "number") {
        node = node.items[seg];
        keyNode = void 0;
        if (!Y.isNode(node)) break;
        best = node;
      } else break;
    }
    const target = opts?.key && keyNode ? keyNode : best;
    if (!target?.range) return { file, line: 1, column: 1 };
    return lines.location(file, target.range[0], target.range[1]);
  };
}
var MAX_FILE_BYTES, MAX_GRANT_FILE_BYTES, MAX_YAML_ALIASES, parsedFiles, LineIndex, jsonErrorText, UNUSUAL, NOT_A_STRING, INDICATOR, COMMENT_OR_END, NOT_READ, KEY_LINE, MAX_SYNTAX_ERRORS;
var init_source = __esm({
  "src/policy/source.ts"() {
    "use strict";
    init_controls();
    init_main();
    init_yaml_lib();
    init_findings();
    init_bounds();
    init_strict_json();
    MAX_FILE_BYTES = 10 * 1024 * 1024;
    MAX_GRANT_FILE_BYTES = 64 * 1024;
    MAX_YAML_ALIASES = 100;
    parsedFiles = /* @__PURE__ */ new WeakMap();
    LineIndex = class {
      starts = [0];
      constructor(text2) {
        for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
      }
      location(file, offset, end) {
        const start = this.position(offset);
        if (end === void 0) return { file, ...start };
        const stop = this.position(end);
        return { file, ...start, endLine: stop.line, endColumn: stop.column };
      }
    };
    jsonErrorText = {
      InvalidSymbol: "unexpected character",
      InvalidNumberFormat: "invalid number",
      PropertyNameExpected: "expected a quoted property name",
      ValueExpected: "expected a value",
      ColonExpected: 'expected ":" after the property name',
      CommaExpected: 'expected "," between items',
      CloseBraceExpected: 'expected "}"',
      CloseBracketExpected: 'expected "]"',
      EndOfFileExpected: "unexpected content after the end of the document",
      InvalidCommentToken: "invalid comment",
      UnexpectedEndOfComment: "unterminated block comment",
      UnexpectedEndOfString: "unterminated string",
      UnexpectedEndOfNumber: "unterminated number",
      InvalidUnicode: "invalid unicode escape",
      InvalidEscapeCharacter: "invalid escape character",
      InvalidCharacter: "invalid character in string"
    };
    UNUSUAL = new RegExp(
      runsOf([
        [0, 9],
        [11, 31],
        [127, 159],
        [8232, 8233],
        [65279, 65279],
        [55296, 57343]
      ]).source
    );
    NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+.0-9][-+._0-9a-fA-FoOxX]*$/;
    INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
    COMMENT_OR_END = /^(?: +#.*)?$/;
    NOT_READ = /* @__PURE__ */ Symbol("not read the fast way");
    KEY_LINE = /^([^\s][^\s]*?):(?: +(.*))?$/;
    MAX_SYNTAX_ERRORS = 20;
  }
});

// src/shared/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function closest(name, candidates2, maxDistance) {
  let best;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates2) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}
var init_suggest = __esm({
  "src/shared/suggest.ts"() {
    "use strict";
  }
});

// src/shared/safe-pattern.ts
function unsafePattern(pattern) {
  const stack = [{ complex: false, alternation: false }];
  let last;
  let work = 1;
  const n = MAX_TICKET_LENGTH + 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const top = stack[stack.length - 1];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "it uses a backreference, which can take exponential time";
      if ((next === "u" || next === "p" || next === "P") && pattern[i + 2] === "{") i = pattern.indexOf("}", i) >>> 0;
      else i++;
      last = "atom";
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      last = "atom";
    } else if (c === "(") {
      stack.push({ complex: false, alternation: false });
      if (pattern[i + 1] === "?") {
        i += pattern[i + 2] === "<" && pattern[i + 3] !== "=" && pattern[i + 3] !== "!" ? pattern.indexOf(">", i) - i : 2;
        if (pattern[i] === "<") i++;
      }
      last = void 0;
    } else if (c === ")") {
      const frame = stack.length > 1 ? stack.pop() : top;
      const parent = stack[stack.length - 1];
      parent.complex ||= frame.complex || frame.alternation;
      last = frame;
    } else if (c === "|") {
      top.alternation = true;
      last = void 0;
    } else if (c === "*" || c === "+" || c === "?" || c === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(i))) {
      let max = 1;
      if (c === "*" || c === "+") max = Infinity;
      else if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      }
      if (pattern[i + 1] === "?" || pattern[i + 1] === "+") i++;
      if (max > 1 && last !== void 0 && last !== "atom" && (last.complex || last.alternation)) {
        return 'a repeated group contains another quantifier or an alternation (like "(a+)+" or "(a|b)*"), which can take exponential time';
      }
      if (max > 1) work *= Math.min(max, n) + 1;
      top.complex = true;
      last = "atom";
    } else {
      last = "atom";
    }
  }
  const anchored = pattern.startsWith("^") && !stack[0].alternation;
  if (!anchored) work *= n;
  if (work > STEP_BUDGET) {
    return "its quantifiers together can take too long on a long ticket; use fewer repetitions, bound them ({1,8}), or anchor the pattern with ^";
  }
  return void 0;
}
var MAX_TICKET_LENGTH, STEP_BUDGET;
var init_safe_pattern = __esm({
  "src/shared/safe-pattern.ts"() {
    "use strict";
    MAX_TICKET_LENGTH = 200;
    STEP_BUDGET = 1e7;
  }
});

// src/shared/version.ts
var VERSION;
var init_version = __esm({
  "src/shared/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/policy/schemas.ts
var SCHEMA_BASE, PATTERNS, principal, principals, approver, approvers, duration, timestamp, regex, domain, resolver, ruleList, enforce, grantSchema, approvalFields, reminder, accessSchema, dnsSchema, folder, targetsSchema;
var init_schemas = __esm({
  "src/policy/schemas.ts"() {
    "use strict";
    init_version();
    SCHEMA_BASE = `https://unpkg.com/tailpolicy@${VERSION}/schemas`;
    PATTERNS = {
      principal: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$",
      /** Who may approve or be eligible: a principal, or a GitHub team `team:<org>/<slug>`. */
      approver: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$",
      login: "^[^\\s@:]+@[^\\s@:]+$",
      duration: "^[1-9][0-9]{0,5}[mhd]$",
      timestamp: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$",
      domain: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$",
      resolver: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$",
      /** A target's name: it becomes part of a branch name (tailpolicy/expired-<name>). */
      target: "^[a-z0-9][a-z0-9_-]{0,39}$",
      /** A folder of the repository, relative, with no "." or ".." part. */
      folder: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"
    };
    principal = {
      type: "string",
      pattern: PATTERNS.principal,
      description: "A login name (alice@example.com) or a group of the policy (group:sre)."
    };
    principals = { type: "array", items: principal, minItems: 1, uniqueItems: true };
    approver = {
      type: "string",
      pattern: PATTERNS.approver,
      description: "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)."
    };
    approvers = { type: "array", items: approver, minItems: 1, uniqueItems: true };
    duration = {
      type: "string",
      pattern: PATTERNS.duration,
      description: "A duration in whole minutes, hours or days: 90m, 8h or 7d."
    };
    timestamp = {
      type: "string",
      pattern: PATTERNS.timestamp,
      description: "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused."
    };
    regex = {
      type: "string",
      minLength: 1,
      description: "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$."
    };
    domain = {
      type: "string",
      pattern: PATTERNS.domain,
      description: "A domain name, e.g. corp.example.com."
    };
    resolver = {
      type: "string",
      pattern: PATTERNS.resolver,
      description: "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)."
    };
    ruleList = (what2) => ({
      type: "array",
      minItems: 1,
      description: `Tailscale ${what2} entries without "src": the grantees become the source.`,
      items: { type: "object", not: { required: ["src"] } }
    });
    enforce = {
      enum: ["posture"],
      description: "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs."
    };
    grantSchema = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: `${SCHEMA_BASE}/grant.schema.json`,
      title: "tailpolicy grant",
      description: "One time-bound access grant (a file under grants/).",
      type: "object",
      additionalProperties: false,
      required: ["grantees", "reason"],
      // A grant ends: `expires`, or `duration` counted from the merge, never both, and `starts` never
      // with `duration`. For editors; buildGrant reports these itself, with the fix.
      anyOf: [{ required: ["expires"] }, { required: ["duration"] }],
      not: { anyOf: [{ required: ["expires", "duration"] }, { required: ["starts", "duration"] }] },
      properties: {
        grantees: {
          description: "Who gets access: login names or groups of the policy; a single string or a list.",
          anyOf: [principal, principals]
        },
        resource: { type: "string", minLength: 1, description: "A resource named in policy/access.yaml." },
        reason: { type: "string", minLength: 1, maxLength: 1e3, description: "Why the access is needed." },
        expires: timestamp,
        duration: {
          ...duration,
          description: "Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d)."
        },
        starts: timestamp,
        ticket: { type: "string", minLength: 1, maxLength: 200, description: "A ticket or incident id." },
        grants: ruleList("grant"),
        ssh: ruleList("SSH rule")
      }
    };
    approvalFields = {
      maxDuration: duration,
      eligible: { ...approvers, description: "Who may be a grantee (default: anyone)." },
      approvers: { ...approvers, description: "Whose approving review counts." },
      approvals: { type: "integer", minimum: 1, maximum: 10, description: "How many distinct approvers (default 1)." },
      ticket: regex,
      enforce
    };
    reminder = {
      ...duration,
      description: "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it."
    };
    accessSchema = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: `${SCHEMA_BASE}/access.schema.json`,
      title: "tailpolicy access.yaml",
      description: "Requestable resources, their approvers and limits, and the people who approve.",
      type: "object",
      additionalProperties: false,
      properties: {
        people: {
          type: "object",
          description: "Login name -> GitHub login, for approvals and mentions.",
          propertyNames: { pattern: PATTERNS.login, description: "A login name, e.g. alice@example.com." },
          additionalProperties: { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }
        },
        resources: {
          type: "object",
          propertyNames: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["maxDuration", "approvers"],
            anyOf: [{ required: ["grants"] }, { required: ["ssh"] }],
            properties: {
              description: { type: "string" },
              grants: ruleList("grant"),
              ssh: ruleList("SSH rule"),
              ...approvalFields,
              reminder,
              autoApprove: {
                type: "object",
                additionalProperties: false,
                required: ["onCall"],
                description: "Approval given by a fact instead of a reviewer.",
                properties: {
                  onCall: {
                    type: "object",
                    additionalProperties: false,
                    required: ["pagerduty", "maxDuration"],
                    description: "A grant whose requester (the PR's author, through people) is on call on one of the schedules, at the check and again at merge, needs no reviewer (the token: pagerduty-token / PAGERDUTY_TOKEN).",
                    properties: {
                      pagerduty: {
                        type: "object",
                        additionalProperties: false,
                        required: ["schedules"],
                        properties: {
                          schedules: {
                            type: "array",
                            minItems: 1,
                            uniqueItems: true,
                            items: { type: "string", pattern: "^[A-Z0-9]{2,20}$", description: "A PagerDuty schedule id." }
                          }
                        }
                      },
                      maxDuration: { ...duration, description: "Auto-approved grants are capped tighter (90m, 2h)." }
                    }
                  }
                }
              },
              breakGlass: {
                type: "object",
                additionalProperties: false,
                required: ["maxDuration", "reviewWithin"],
                description: "Access now, review after: a grant whose PR carries the label break-glass and lasts at most maxDuration is applied on merge without approval; an approver reviews it within reviewWithin.",
                properties: {
                  maxDuration: { ...duration, description: "The longest a break-glass grant may last (90m, 1h)." },
                  reviewWithin: { ...duration, description: "How soon after the merge an approver must review it (24h)." }
                }
              },
              tailnet: {
                type: "string",
                pattern: PATTERNS.target,
                description: "With tailpolicy.yaml: the target (tailnet entry) this resource lives in; its grants go in that target's grants folder."
              },
              standing: {
                enum: ["none"],
                description: "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error."
              }
            }
          }
        },
        inline: {
          type: "object",
          additionalProperties: false,
          required: ["maxDuration", "approvers"],
          description: "When present, grant files may carry their own rules; these limits and approvers apply.",
          properties: approvalFields
        },
        enforce,
        reminder: { ...reminder, description: `${reminder.description} The default for every resource.` }
      }
    };
    dnsSchema = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: `${SCHEMA_BASE}/dns.schema.json`,
      title: "tailpolicy dns.yaml",
      description: "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.",
      type: "object",
      additionalProperties: false,
      properties: {
        splitDNS: {
          type: "object",
          description: "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.",
          propertyNames: { pattern: PATTERNS.domain, description: "A domain name, e.g. corp.example.com." },
          additionalProperties: { type: "array", minItems: 1, items: resolver }
        },
        nameservers: { type: "array", items: resolver },
        searchPaths: { type: "array", items: domain },
        magicDNS: { type: "boolean" }
      }
    };
    folder = {
      type: "string",
      pattern: PATTERNS.folder,
      description: "A folder of the repository, relative to its root, e.g. policy/prod."
    };
    targetsSchema = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: `${SCHEMA_BASE}/tailpolicy.schema.json`,
      title: "tailpolicy.yaml",
      description: "Several tailnets from one repository: each target names its tailnet, its fragment folders and its grants folder.",
      type: "object",
      additionalProperties: false,
      required: ["tailnets"],
      properties: {
        tailnets: {
          type: "object",
          minProperties: 1,
          description: "The targets, by name; every command and mode takes target / --target NAME.",
          propertyNames: {
            pattern: PATTERNS.target,
            description: "A target name: lower-case letters, digits, - and _ (it names the branch tailpolicy/expired-<name>)."
          },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["tailnet", "policy", "grants"],
            properties: {
              tailnet: {
                type: "string",
                minLength: 1,
                description: `The tailnet, as the API names it (example.com), or "-" for the credential's own.`
              },
              policy: {
                description: "The fragment folders of this tailnet, merged in this order (e.g. [policy/common, policy/prod]).",
                anyOf: [folder, { type: "array", items: folder, minItems: 1, uniqueItems: true }]
              },
              grants: { ...folder, description: "This tailnet's grants folder; no other target may share it." }
            }
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str3) {
      const len = str3.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str3.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str3.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/policy/validators.ts
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  const _errs3 = errors;
  let valid1 = false;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.expires === void 0 && (missing0 = "expires") || data.duration === void 0 && (missing0 = "duration")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid1 = valid1 || _valid0;
  if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.starts === void 0 && (missing1 = "starts") || data.duration === void 0 && (missing1 = "duration")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = valid1 || _valid0;
  }
  if (!valid1) {
    const err2 = {};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.not, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs6 = errors;
  let valid2 = false;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expires === void 0) {
      const err4 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema11.anyOf[0].required, parentSchema: schema11.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  valid2 = valid2 || _valid1;
  if (!valid2) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.duration === void 0) {
        const err5 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'", schema: schema11.anyOf[1].required, parentSchema: schema11.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    valid2 = valid2 || _valid1;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.anyOf, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.grantees === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantees" }, message: "must have required property 'grantees'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.grantees !== void 0) {
      let data0 = data.grantees;
      const _errs11 = errors;
      let valid4 = false;
      const _errs12 = errors;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err10 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema11.properties.grantees.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.grantees.anyOf[0].type, parentSchema: schema11.properties.grantees.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid2 = _errs12 === errors;
      valid4 = valid4 || _valid2;
      if (!valid4) {
        const _errs14 = errors;
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            const err12 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 === "string") {
              if (!pattern0.test(data1)) {
                const err13 = { instancePath: instancePath + "/grantees/" + i0, schemaPath: "#/properties/grantees/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema11.properties.grantees.anyOf[1].items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/grantees/" + i0, schemaPath: "#/properties/grantees/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.grantees.anyOf[1].items.type, parentSchema: schema11.properties.grantees.anyOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          let i1 = data0.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data0[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err15 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.grantees.anyOf[1].type, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid2 = _errs14 === errors;
        valid4 = valid4 || _valid2;
      }
      if (!valid4) {
        const err17 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.grantees.anyOf, parentSchema: schema11.properties.grantees, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resource !== void 0) {
      let data2 = data.resource;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err18 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.resource, data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.resource.type, parentSchema: schema11.properties.resource, data: data2 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func3(data3) > 1e3) {
          const err20 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema11.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err21 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reason.type, parentSchema: schema11.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data4 = data.expires;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err23 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema11.properties.expires, data: data4 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.expires.type, parentSchema: schema11.properties.expires, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.duration !== void 0) {
      let data5 = data.duration;
      if (typeof data5 === "string") {
        if (!pattern3.test(data5)) {
          const err25 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema11.properties.duration, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duration.type, parentSchema: schema11.properties.duration, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.starts !== void 0) {
      let data6 = data.starts;
      if (typeof data6 === "string") {
        if (!pattern2.test(data6)) {
          const err27 = { instancePath: instancePath + "/starts", schemaPath: "#/properties/starts/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema11.properties.starts, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/starts", schemaPath: "#/properties/starts/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.starts.type, parentSchema: schema11.properties.starts, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data7 = data.ticket;
      if (typeof data7 === "string") {
        if (func3(data7) > 200) {
          const err29 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.ticket, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func3(data7) < 1) {
          const err30 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ticket, data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ticket.type, parentSchema: schema11.properties.ticket, data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.grants !== void 0) {
      let data8 = data.grants;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err32 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.grants, data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2];
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
            const err33 = { instancePath: instancePath + "/grants/" + i2, schemaPath: "#/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.grants.items.type, parentSchema: schema11.properties.grants.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          const _errs34 = errors;
          const _errs35 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            let missing2;
            if (data9.src === void 0 && (missing2 = "src")) {
              const err34 = {};
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var valid10 = _errs35 === errors;
          if (valid10) {
            const err35 = { instancePath: instancePath + "/grants/" + i2, schemaPath: "#/properties/grants/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.grants.items.not, parentSchema: schema11.properties.grants.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.grants.type, parentSchema: schema11.properties.grants, data: data8 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.ssh !== void 0) {
      let data10 = data.ssh;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err37 = { instancePath: instancePath + "/ssh", schemaPath: "#/properties/ssh/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ssh, data: data10 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
            const err38 = { instancePath: instancePath + "/ssh/" + i3, schemaPath: "#/properties/ssh/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ssh.items.type, parentSchema: schema11.properties.ssh.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          const _errs40 = errors;
          const _errs41 = errors;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            let missing3;
            if (data11.src === void 0 && (missing3 = "src")) {
              const err39 = {};
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          var valid13 = _errs41 === errors;
          if (valid13) {
            const err40 = { instancePath: instancePath + "/ssh/" + i3, schemaPath: "#/properties/ssh/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.ssh.items.not, parentSchema: schema11.properties.ssh.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/ssh", schemaPath: "#/properties/ssh/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ssh.type, parentSchema: schema11.properties.ssh, data: data10 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "people" || key0 === "resources" || key0 === "inline" || key0 === "enforce" || key0 === "reminder")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data0 = data.people;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern5.test(key1)) {
              const err1 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\s@:]+@[^\\s@:]+$" }, message: 'must match pattern "^[^\\s@:]+@[^\\s@:]+$"', schema: "^[^\\s@:]+@[^\\s@:]+$", parentSchema: schema12.properties.people.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.people.propertyNames, parentSchema: schema12.properties.people, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err3 = { instancePath: instancePath + "/people/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/people/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", parentSchema: schema12.properties.people.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/people/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/people/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.people.additionalProperties.type, parentSchema: schema12.properties.people.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.people.type, parentSchema: schema12.properties.people, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data2 = data.resources;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key3 in data2) {
          const _errs10 = errors;
          if (typeof key3 === "string") {
            if (!pattern7.test(key3)) {
              const err6 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema12.properties.resources.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          var valid3 = _errs10 === errors;
          if (!valid3) {
            const err7 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema12.properties.resources.propertyNames, parentSchema: schema12.properties.resources, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key4 in data2) {
          let data3 = data2[key4];
          const _errs14 = errors;
          let valid5 = false;
          const _errs15 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.grants === void 0) {
              const err8 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf/0/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property 'grants'", schema: schema12.properties.resources.additionalProperties.anyOf[0].required, parentSchema: schema12.properties.resources.additionalProperties.anyOf[0], data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var _valid0 = _errs15 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs16 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.ssh === void 0) {
                const err9 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf/1/required", keyword: "required", params: { missingProperty: "ssh" }, message: "must have required property 'ssh'", schema: schema12.properties.resources.additionalProperties.anyOf[1].required, parentSchema: schema12.properties.resources.additionalProperties.anyOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            var _valid0 = _errs16 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err10 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.resources.additionalProperties.anyOf, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.maxDuration === void 0) {
              const err11 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.required, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.approvers === void 0) {
              const err12 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema12.properties.resources.additionalProperties.required, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key5 in data3) {
              if (!func2.call(schema12.properties.resources.additionalProperties.properties, key5)) {
                const err13 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data4 = data3.description;
              if (typeof data4 !== "string") {
                const err14 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/resources/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.description.type, parentSchema: schema12.properties.resources.additionalProperties.properties.description, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.grants !== void 0) {
              let data5 = data3.grants;
              if (Array.isArray(data5)) {
                if (data5.length < 1) {
                  const err15 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/resources/additionalProperties/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.grants, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                    const err16 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i0, schemaPath: "#/properties/resources/additionalProperties/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.grants.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.grants.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  const _errs24 = errors;
                  const _errs25 = errors;
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    let missing0;
                    if (data6.src === void 0 && (missing0 = "src")) {
                      const err17 = {};
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                  var valid9 = _errs25 === errors;
                  if (valid9) {
                    const err18 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i0, schemaPath: "#/properties/resources/additionalProperties/properties/grants/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.properties.resources.additionalProperties.properties.grants.items.not, parentSchema: schema12.properties.resources.additionalProperties.properties.grants.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  } else {
                    errors = _errs24;
                    if (vErrors !== null) {
                      if (_errs24) {
                        vErrors.length = _errs24;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/resources/additionalProperties/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.grants.type, parentSchema: schema12.properties.resources.additionalProperties.properties.grants, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.ssh !== void 0) {
              let data7 = data3.ssh;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err20 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh", schemaPath: "#/properties/resources/additionalProperties/properties/ssh/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                    const err21 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh/" + i1, schemaPath: "#/properties/resources/additionalProperties/properties/ssh/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.ssh.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  const _errs30 = errors;
                  const _errs31 = errors;
                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    let missing1;
                    if (data8.src === void 0 && (missing1 = "src")) {
                      const err22 = {};
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                  var valid12 = _errs31 === errors;
                  if (valid12) {
                    const err23 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh/" + i1, schemaPath: "#/properties/resources/additionalProperties/properties/ssh/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.properties.resources.additionalProperties.properties.ssh.items.not, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  } else {
                    errors = _errs30;
                    if (vErrors !== null) {
                      if (_errs30) {
                        vErrors.length = _errs30;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh", schemaPath: "#/properties/resources/additionalProperties/properties/ssh/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.ssh.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data3.maxDuration !== void 0) {
              let data9 = data3.maxDuration;
              if (typeof data9 === "string") {
                if (!pattern3.test(data9)) {
                  const err25 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.maxDuration, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.maxDuration, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data3.eligible !== void 0) {
              let data10 = data3.eligible;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err27 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 === "string") {
                    if (!pattern9.test(data11)) {
                      const err28 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i2, schemaPath: "#/properties/resources/additionalProperties/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.resources.additionalProperties.properties.eligible.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i2, schemaPath: "#/properties/resources/additionalProperties/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.eligible.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i3 = data10.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data10[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.eligible.type, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data3.approvers !== void 0) {
              let data12 = data3.approvers;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err32 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const len3 = data12.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data13 = data12[i4];
                  if (typeof data13 === "string") {
                    if (!pattern9.test(data13)) {
                      const err33 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers/" + i4, schemaPath: "#/properties/resources/additionalProperties/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.resources.additionalProperties.properties.approvers.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers/" + i4, schemaPath: "#/properties/resources/additionalProperties/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.approvers.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                let i5 = data12.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data12[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err35 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.approvers.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data3.approvals !== void 0) {
              let data14 = data3.approvals;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err37 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.resources.additionalProperties.properties.approvals.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 10 || isNaN(data14)) {
                  const err38 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data14 < 1 || isNaN(data14)) {
                  const err39 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data3.ticket !== void 0) {
              let data15 = data3.ticket;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err40 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/resources/additionalProperties/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.ticket, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/resources/additionalProperties/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.ticket.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ticket, data: data15 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data3.enforce !== void 0) {
              let data16 = data3.enforce;
              if (!(data16 === "posture")) {
                const err42 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/enforce", schemaPath: "#/properties/resources/additionalProperties/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.resources.additionalProperties.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.resources.additionalProperties.properties.enforce.enum, parentSchema: schema12.properties.resources.additionalProperties.properties.enforce, data: data16 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data3.reminder !== void 0) {
              let data17 = data3.reminder;
              if (typeof data17 === "string") {
                if (!pattern3.test(data17)) {
                  const err43 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminder", schemaPath: "#/properties/resources/additionalProperties/properties/reminder/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.reminder, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminder", schemaPath: "#/properties/resources/additionalProperties/properties/reminder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.reminder.type, parentSchema: schema12.properties.resources.additionalProperties.properties.reminder, data: data17 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data3.autoApprove !== void 0) {
              let data18 = data3.autoApprove;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.onCall === void 0) {
                  const err45 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/required", keyword: "required", params: { missingProperty: "onCall" }, message: "must have required property 'onCall'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                for (const key6 in data18) {
                  if (!(key6 === "onCall")) {
                    const err46 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data18.onCall !== void 0) {
                  let data19 = data18.onCall;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.pagerduty === void 0) {
                      const err47 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/required", keyword: "required", params: { missingProperty: "pagerduty" }, message: "must have required property 'pagerduty'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (data19.maxDuration === void 0) {
                      const err48 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    for (const key7 in data19) {
                      if (!(key7 === "pagerduty" || key7 === "maxDuration")) {
                        const err49 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                    if (data19.pagerduty !== void 0) {
                      let data20 = data19.pagerduty;
                      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        if (data20.schedules === void 0) {
                          const err50 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/required", keyword: "required", params: { missingProperty: "schedules" }, message: "must have required property 'schedules'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        for (const key8 in data20) {
                          if (!(key8 === "schedules")) {
                            const err51 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                        if (data20.schedules !== void 0) {
                          let data21 = data20.schedules;
                          if (Array.isArray(data21)) {
                            if (data21.length < 1) {
                              const err52 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                              if (vErrors === null) {
                                vErrors = [err52];
                              } else {
                                vErrors.push(err52);
                              }
                              errors++;
                            }
                            const len4 = data21.length;
                            for (let i6 = 0; i6 < len4; i6++) {
                              let data22 = data21[i6];
                              if (typeof data22 === "string") {
                                if (!pattern12.test(data22)) {
                                  const err53 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules/" + i6, schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{2,20}$" }, message: 'must match pattern "^[A-Z0-9]{2,20}$"', schema: "^[A-Z0-9]{2,20}$", parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items, data: data22 };
                                  if (vErrors === null) {
                                    vErrors = [err53];
                                  } else {
                                    vErrors.push(err53);
                                  }
                                  errors++;
                                }
                              } else {
                                const err54 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules/" + i6, schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items, data: data22 };
                                if (vErrors === null) {
                                  vErrors = [err54];
                                } else {
                                  vErrors.push(err54);
                                }
                                errors++;
                              }
                            }
                            let i7 = data21.length;
                            let j2;
                            if (i7 > 1) {
                              const indices2 = {};
                              for (; i7--; ) {
                                let item2 = data21[i7];
                                if (typeof item2 !== "string") {
                                  continue;
                                }
                                if (typeof indices2[item2] == "number") {
                                  j2 = indices2[item2];
                                  const err55 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                                  if (vErrors === null) {
                                    vErrors = [err55];
                                  } else {
                                    vErrors.push(err55);
                                  }
                                  errors++;
                                  break;
                                }
                                indices2[item2] = i7;
                              }
                            }
                          } else {
                            const err56 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data19.maxDuration !== void 0) {
                      let data23 = data19.maxDuration;
                      if (typeof data23 === "string") {
                        if (!pattern3.test(data23)) {
                          const err58 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data3.breakGlass !== void 0) {
              let data24 = data3.breakGlass;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.maxDuration === void 0) {
                  const err62 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.required, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data24.reviewWithin === void 0) {
                  const err63 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/required", keyword: "required", params: { missingProperty: "reviewWithin" }, message: "must have required property 'reviewWithin'", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.required, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                for (const key9 in data24) {
                  if (!(key9 === "maxDuration" || key9 === "reviewWithin")) {
                    const err64 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data24.maxDuration !== void 0) {
                  let data25 = data24.maxDuration;
                  if (typeof data25 === "string") {
                    if (!pattern3.test(data25)) {
                      const err65 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data24.reviewWithin !== void 0) {
                  let data26 = data24.reviewWithin;
                  if (typeof data26 === "string") {
                    if (!pattern3.test(data26)) {
                      const err67 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/reviewWithin", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/reviewWithin/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/reviewWithin", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/reviewWithin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data3.tailnet !== void 0) {
              let data27 = data3.tailnet;
              if (typeof data27 === "string") {
                if (!pattern16.test(data27)) {
                  const err70 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/resources/additionalProperties/properties/tailnet/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,39}$"', schema: "^[a-z0-9][a-z0-9_-]{0,39}$", parentSchema: schema12.properties.resources.additionalProperties.properties.tailnet, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/resources/additionalProperties/properties/tailnet/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.tailnet.type, parentSchema: schema12.properties.resources.additionalProperties.properties.tailnet, data: data27 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data3.standing !== void 0) {
              let data28 = data3.standing;
              if (!(data28 === "none")) {
                const err72 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/standing", schemaPath: "#/properties/resources/additionalProperties/properties/standing/enum", keyword: "enum", params: { allowedValues: schema12.properties.resources.additionalProperties.properties.standing.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.resources.additionalProperties.properties.standing.enum, parentSchema: schema12.properties.resources.additionalProperties.properties.standing, data: data28 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.type, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.type, parentSchema: schema12.properties.resources, data: data2 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.inline !== void 0) {
      let data29 = data.inline;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.maxDuration === void 0) {
          const err75 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data29 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data29.approvers === void 0) {
          const err76 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data29 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key10 in data29) {
          if (!(key10 === "maxDuration" || key10 === "eligible" || key10 === "approvers" || key10 === "approvals" || key10 === "ticket" || key10 === "enforce")) {
            const err77 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.inline, data: data29 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data29.maxDuration !== void 0) {
          let data30 = data29.maxDuration;
          if (typeof data30 === "string") {
            if (!pattern3.test(data30)) {
              const err78 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.inline.properties.maxDuration, data: data30 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.maxDuration.type, parentSchema: schema12.properties.inline.properties.maxDuration, data: data30 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data29.eligible !== void 0) {
          let data31 = data29.eligible;
          if (Array.isArray(data31)) {
            if (data31.length < 1) {
              const err80 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            const len5 = data31.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data32 = data31[i8];
              if (typeof data32 === "string") {
                if (!pattern9.test(data32)) {
                  const err81 = { instancePath: instancePath + "/inline/eligible/" + i8, schemaPath: "#/properties/inline/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.inline.properties.eligible.items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/inline/eligible/" + i8, schemaPath: "#/properties/inline/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.eligible.items.type, parentSchema: schema12.properties.inline.properties.eligible.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            let i9 = data31.length;
            let j3;
            if (i9 > 1) {
              const indices3 = {};
              for (; i9--; ) {
                let item3 = data31[i9];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err83 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.eligible.type, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data29.approvers !== void 0) {
          let data33 = data29.approvers;
          if (Array.isArray(data33)) {
            if (data33.length < 1) {
              const err85 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            const len6 = data33.length;
            for (let i10 = 0; i10 < len6; i10++) {
              let data34 = data33[i10];
              if (typeof data34 === "string") {
                if (!pattern9.test(data34)) {
                  const err86 = { instancePath: instancePath + "/inline/approvers/" + i10, schemaPath: "#/properties/inline/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.inline.properties.approvers.items, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/inline/approvers/" + i10, schemaPath: "#/properties/inline/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.approvers.items.type, parentSchema: schema12.properties.inline.properties.approvers.items, data: data34 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            let i11 = data33.length;
            let j4;
            if (i11 > 1) {
              const indices4 = {};
              for (; i11--; ) {
                let item4 = data33[i11];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err88 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i11;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.approvers.type, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data29.approvals !== void 0) {
          let data35 = data29.approvals;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err90 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.inline.properties.approvals.type, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 10 || isNaN(data35)) {
              const err91 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err92 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        }
        if (data29.ticket !== void 0) {
          let data36 = data29.ticket;
          if (typeof data36 === "string") {
            if (func3(data36) < 1) {
              const err93 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.inline.properties.ticket, data: data36 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.ticket.type, parentSchema: schema12.properties.inline.properties.ticket, data: data36 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data29.enforce !== void 0) {
          let data37 = data29.enforce;
          if (!(data37 === "posture")) {
            const err95 = { instancePath: instancePath + "/inline/enforce", schemaPath: "#/properties/inline/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.inline.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.inline.properties.enforce.enum, parentSchema: schema12.properties.inline.properties.enforce, data: data37 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.inline.type, parentSchema: schema12.properties.inline, data: data29 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.enforce !== void 0) {
      let data38 = data.enforce;
      if (!(data38 === "posture")) {
        const err97 = { instancePath: instancePath + "/enforce", schemaPath: "#/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.enforce.enum, parentSchema: schema12.properties.enforce, data: data38 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.reminder !== void 0) {
      let data39 = data.reminder;
      if (typeof data39 === "string") {
        if (!pattern3.test(data39)) {
          const err98 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.reminder, data: data39 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
      } else {
        const err99 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reminder.type, parentSchema: schema12.properties.reminder, data: data39 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
  } else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err100];
    } else {
      vErrors.push(err100);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "splitDNS" || key0 === "nameservers" || key0 === "searchPaths" || key0 === "magicDNS")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.splitDNS !== void 0) {
      let data0 = data.splitDNS;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern21.test(key1)) {
              const err1 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$" }, message: 'must match pattern "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$"', schema: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", parentSchema: schema13.properties.splitDNS.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema13.properties.splitDNS.propertyNames, parentSchema: schema13.properties.splitDNS, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err3 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splitDNS/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.splitDNS.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (!pattern22.test(data2)) {
                  const err4 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/splitDNS/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$" }, message: 'must match pattern "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$"', schema: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", parentSchema: schema13.properties.splitDNS.additionalProperties.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/splitDNS/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.splitDNS.additionalProperties.items.type, parentSchema: schema13.properties.splitDNS.additionalProperties.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splitDNS/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.splitDNS.additionalProperties.type, parentSchema: schema13.properties.splitDNS.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.splitDNS.type, parentSchema: schema13.properties.splitDNS, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.nameservers !== void 0) {
      let data3 = data.nameservers;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern22.test(data4)) {
              const err8 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/pattern", keyword: "pattern", params: { pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$" }, message: 'must match pattern "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$"', schema: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", parentSchema: schema13.properties.nameservers.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.nameservers.items.type, parentSchema: schema13.properties.nameservers.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/nameservers", schemaPath: "#/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.nameservers.type, parentSchema: schema13.properties.nameservers, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.searchPaths !== void 0) {
      let data5 = data.searchPaths;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (!pattern21.test(data6)) {
              const err11 = { instancePath: instancePath + "/searchPaths/" + i2, schemaPath: "#/properties/searchPaths/items/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$" }, message: 'must match pattern "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$"', schema: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", parentSchema: schema13.properties.searchPaths.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/searchPaths/" + i2, schemaPath: "#/properties/searchPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.searchPaths.items.type, parentSchema: schema13.properties.searchPaths.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/searchPaths", schemaPath: "#/properties/searchPaths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.searchPaths.type, parentSchema: schema13.properties.searchPaths, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.magicDNS !== void 0) {
      let data7 = data.magicDNS;
      if (typeof data7 !== "boolean") {
        const err14 = { instancePath: instancePath + "/magicDNS", schemaPath: "#/properties/magicDNS/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.magicDNS.type, parentSchema: schema13.properties.magicDNS, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tailnets === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tailnets" }, message: "must have required property 'tailnets'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tailnets")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tailnets !== void 0) {
      let data0 = data.tailnets;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema14.properties.tailnets, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern16.test(key1)) {
              const err3 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,39}$"', schema: "^[a-z0-9][a-z0-9_-]{0,39}$", parentSchema: schema14.properties.tailnets.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err4 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema14.properties.tailnets.propertyNames, parentSchema: schema14.properties.tailnets, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.tailnet === void 0) {
              const err5 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "tailnet" }, message: "must have required property 'tailnet'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.policy === void 0) {
              const err6 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.grants === void 0) {
              const err7 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property 'grants'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(key3 === "tailnet" || key3 === "policy" || key3 === "grants")) {
                const err8 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.tailnet !== void 0) {
              let data2 = data1.tailnet;
              if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                  const err9 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/tailnets/additionalProperties/properties/tailnet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.tailnets.additionalProperties.properties.tailnet, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/tailnets/additionalProperties/properties/tailnet/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.tailnet.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.tailnet, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.policy !== void 0) {
              let data3 = data1.policy;
              const _errs12 = errors;
              let valid4 = false;
              const _errs13 = errors;
              if (typeof data3 === "string") {
                if (!pattern26.test(data3)) {
                  const err11 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0].type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid4 = valid4 || _valid0;
              if (!valid4) {
                const _errs15 = errors;
                if (Array.isArray(data3)) {
                  if (data3.length < 1) {
                    const err13 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (typeof data4 === "string") {
                      if (!pattern26.test(data4)) {
                        const err14 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/" + i0, schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    } else {
                      const err15 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/" + i0, schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                  let i1 = data3.length;
                  let j0;
                  if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--; ) {
                      let item0 = data3[i1];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err16 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i1;
                    }
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                var _valid0 = _errs15 === errors;
                valid4 = valid4 || _valid0;
              }
              if (!valid4) {
                const err18 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy, data: data3 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              } else {
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data1.grants !== void 0) {
              let data5 = data1.grants;
              if (typeof data5 === "string") {
                if (!pattern26.test(data5)) {
                  const err19 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/tailnets/additionalProperties/properties/grants/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.grants, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/tailnets/additionalProperties/properties/grants/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.grants.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.grants, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.tailnets.additionalProperties.type, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.tailnets.type, parentSchema: schema14.properties.tailnets, data: data0 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validators() {
  return { grant, access, dns, targets };
}
var grant, schema11, func2, func3, pattern0, pattern2, pattern3, access, schema12, pattern5, pattern6, pattern7, pattern9, pattern12, pattern16, dns, schema13, pattern21, pattern22, targets, schema14, pattern26;
var init_validators = __esm({
  "src/policy/validators.ts"() {
    "use strict";
    grant = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/grant.schema.json", "title": "tailpolicy grant", "description": "One time-bound access grant (a file under grants/).", "type": "object", "additionalProperties": false, "required": ["grantees", "reason"], "anyOf": [{ "required": ["expires"] }, { "required": ["duration"] }], "not": { "anyOf": [{ "required": ["expires", "duration"] }, { "required": ["starts", "duration"] }] }, "properties": { "grantees": { "description": "Who gets access: login names or groups of the policy; a single string or a list.", "anyOf": [{ "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true }] }, "resource": { "type": "string", "minLength": 1, "description": "A resource named in policy/access.yaml." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": "Why the access is needed." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused." }, "duration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d)." }, "starts": { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused." }, "ticket": { "type": "string", "minLength": 1, "maxLength": 200, "description": "A ticket or incident id." }, "grants": { "type": "array", "minItems": 1, "description": 'Tailscale grant entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "ssh": { "type": "array", "minItems": 1, "description": 'Tailscale SSH rule entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } } } };
    func2 = Object.prototype.hasOwnProperty;
    func3 = require_ucs2length().default;
    pattern0 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "u");
    pattern2 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "u");
    pattern3 = new RegExp("^[1-9][0-9]{0,5}[mhd]$", "u");
    access = validate11;
    schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/access.schema.json", "title": "tailpolicy access.yaml", "description": "Requestable resources, their approvers and limits, and the people who approve.", "type": "object", "additionalProperties": false, "properties": { "people": { "type": "object", "description": "Login name -> GitHub login, for approvals and mentions.", "propertyNames": { "pattern": "^[^\\s@:]+@[^\\s@:]+$", "description": "A login name, e.g. alice@example.com." }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" } }, "resources": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "anyOf": [{ "required": ["grants"] }, { "required": ["ssh"] }], "properties": { "description": { "type": "string" }, "grants": { "type": "array", "minItems": 1, "description": 'Tailscale grant entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "ssh": { "type": "array", "minItems": 1, "description": 'Tailscale SSH rule entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it." }, "autoApprove": { "type": "object", "additionalProperties": false, "required": ["onCall"], "description": "Approval given by a fact instead of a reviewer.", "properties": { "onCall": { "type": "object", "additionalProperties": false, "required": ["pagerduty", "maxDuration"], "description": "A grant whose requester (the PR's author, through people) is on call on one of the schedules, at the check and again at merge, needs no reviewer (the token: pagerduty-token / PAGERDUTY_TOKEN).", "properties": { "pagerduty": { "type": "object", "additionalProperties": false, "required": ["schedules"], "properties": { "schedules": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z0-9]{2,20}$", "description": "A PagerDuty schedule id." } } } }, "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Auto-approved grants are capped tighter (90m, 2h)." } } } } }, "breakGlass": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "reviewWithin"], "description": "Access now, review after: a grant whose PR carries the label break-glass and lasts at most maxDuration is applied on merge without approval; an approver reviews it within reviewWithin.", "properties": { "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "The longest a break-glass grant may last (90m, 1h)." }, "reviewWithin": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "How soon after the merge an approver must review it (24h)." } } }, "tailnet": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$", "description": "With tailpolicy.yaml: the target (tailnet entry) this resource lives in; its grants go in that target's grants folder." }, "standing": { "enum": ["none"], "description": "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error." } } } }, "inline": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "description": "When present, grant files may carry their own rules; these limits and approvers apply.", "properties": { "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." } } }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it. The default for every resource." } } };
    pattern5 = new RegExp("^[^\\s@:]+@[^\\s@:]+$", "u");
    pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
    pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
    pattern9 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "u");
    pattern12 = new RegExp("^[A-Z0-9]{2,20}$", "u");
    pattern16 = new RegExp("^[a-z0-9][a-z0-9_-]{0,39}$", "u");
    dns = validate12;
    schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/dns.schema.json", "title": "tailpolicy dns.yaml", "description": "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.", "type": "object", "additionalProperties": false, "properties": { "splitDNS": { "type": "object", "description": "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.", "propertyNames": { "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } } }, "nameservers": { "type": "array", "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } }, "searchPaths": { "type": "array", "items": { "type": "string", "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." } }, "magicDNS": { "type": "boolean" } } };
    pattern21 = new RegExp("^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "u");
    pattern22 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "u");
    targets = validate13;
    schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/tailpolicy.schema.json", "title": "tailpolicy.yaml", "description": "Several tailnets from one repository: each target names its tailnet, its fragment folders and its grants folder.", "type": "object", "additionalProperties": false, "required": ["tailnets"], "properties": { "tailnets": { "type": "object", "minProperties": 1, "description": "The targets, by name; every command and mode takes target / --target NAME.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$", "description": "A target name: lower-case letters, digits, - and _ (it names the branch tailpolicy/expired-<name>)." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["tailnet", "policy", "grants"], "properties": { "tailnet": { "type": "string", "minLength": 1, "description": `The tailnet, as the API names it (example.com), or "-" for the credential's own.` }, "policy": { "description": "The fragment folders of this tailnet, merged in this order (e.g. [policy/common, policy/prod]).", "anyOf": [{ "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "A folder of the repository, relative to its root, e.g. policy/prod." }, { "type": "array", "items": { "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "A folder of the repository, relative to its root, e.g. policy/prod." }, "minItems": 1, "uniqueItems": true }] }, "grants": { "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "This tailnet's grants folder; no other target may share it." } } } } } };
    pattern26 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "u");
  }
});

// src/policy/shape.ts
function isIpAddress(s) {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split(".").every((p) => Number(p) <= 255);
  return /^[0-9a-fA-F:]+$/.test(s) && s.includes(":") && s.split("::").length <= 2;
}
function validateShape(kind, value, locate) {
  const validate = validators()[kind];
  const findings = validate(value) ? [] : simplify(validate.errors ?? []).map((e) => toFinding(kind, e, locate));
  return [...findings, ...postCheck(schemaOf[kind], value, [], locate)];
}
function postCheck(schema, value, path, locate) {
  const out = [];
  postCheckInto(schema, value, [...path], locate, out);
  return out;
}
function postCheckInto(schema, value, path, locate, out) {
  const s = schema;
  if (typeof value === "string") {
    const kind = schema === timestamp ? "timestamp" : schema === regex ? "regex" : void 0;
    if (kind && (kind === "regex" || timestampForm.test(value)) && !formats[kind].test(value)) {
      out.push(formatFinding2(formats[kind].message(value), [...path], locate));
      return;
    }
    for (const branch of s.anyOf ?? []) postCheckInto(branch, value, path, locate, out);
    return;
  }
  if (Array.isArray(value)) {
    const items = s.items ?? s.anyOf?.find((b) => b.items)?.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      postCheckInto(items, value[i], path, locate, out);
      path.pop();
    }
    return;
  }
  if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : void 0);
      if (!sub) continue;
      path.push(k);
      postCheckInto(sub, value[k], path, locate, out);
      path.pop();
    }
  }
}
function formatFinding2(message, path, locate) {
  const field2 = path.length ? String(path[path.length - 1]) : void 0;
  return error("schema/format", `${field2 ? `"${field2}": ` : ""}${message}`, locate(path));
}
function simplify(errors) {
  const all = errors.filter(
    (e) => e.keyword !== "anyOf" && e.keyword !== "if" && e.keyword !== "propertyNames" && !/^#\/(anyOf|not)(\/|$)/.test(e.schemaPath)
  );
  const real = all.filter(
    (e) => e.keyword !== "type" || !all.some((o) => o.instancePath === e.instancePath && o.keyword !== "type")
  );
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of real) {
    const deeper = real.some(
      (o) => o !== e && o.instancePath.startsWith(e.instancePath + "/") && e.keyword !== "additionalProperties"
    );
    const key2 = `${e.instancePath}|${e.keyword === "type" ? "type" : e.keyword + JSON.stringify(e.params)}`;
    if (deeper || seen.has(key2)) continue;
    seen.add(key2);
    out.push(e);
  }
  return out;
}
function pathOf(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function toFinding(kind, e, locate) {
  const path = pathOf(e.instancePath);
  const field2 = path.length ? String(path[path.length - 1]) : void 0;
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const allowed = allowedFields(e.parentSchema);
      const hint2 = suggest(name, allowed);
      return error(
        "schema/unknown-field",
        `Unknown field "${name}" in the ${what[kind]}.` + (hint2 ? ` Did you mean "${hint2}"?` : allowed.length ? ` Allowed fields: ${allowed.join(", ")}.` : ""),
        locate([...path, name], { key: true })
      );
    }
    case "required": {
      const name = String(p.missingProperty);
      return error(
        "schema/missing-field",
        `Missing required field "${name}" in the ${what[kind]}${field2 ? ` at "${path.join(".")}"` : ""}.` + (name === "expires" ? " Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z." : ""),
        locate(path, { key: path.length > 0 })
      );
    }
    case "minItems":
      return error("schema/empty", `"${path.join(".")}" must list at least ${String(p.limit)} entry.`, locate(path));
    case "pattern":
    case "format": {
      const f = e.keyword === "pattern" ? formats[kindOfPattern.get(String(p.pattern))] : void 0;
      if (e.keyword === "pattern" && !f) return patternFinding(e, path, locate);
      const propertyName = e.propertyName !== void 0;
      const value = propertyName ? String(e.propertyName) : String(valueAt(e));
      return error(
        "schema/format",
        `${field2 ? `"${propertyName ? path.join(".") : field2}": ` : ""}${f ? f.message(value) : `invalid ${String(p.format ?? p.pattern)}.`}`,
        propertyName ? locate([...path, value], { key: true }) : locate(path)
      );
    }
    case "not":
      return error(
        "schema/src-in-inline-rule",
        `"${path.join(".")}" must not set "src": the grantees become the source of the rule. Remove "src".`,
        locate([...path, "src"], { key: true })
      );
    case "type":
      return error("schema/type", `"${path.join(".") || "the document"}" must be ${typeWords(e)}.`, locate(path));
    case "enum":
      return error(
        "schema/enum",
        `"${path.join(".")}" must be one of: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}.`,
        locate(path)
      );
    default:
      return error(
        "schema/invalid",
        `"${path.join(".") || "the document"}" ${e.message ?? "is invalid"}.`,
        locate(path)
      );
  }
}
function patternFinding(e, path, locate) {
  const p = e.params;
  return error(
    "schema/pattern",
    `"${path.join(".")}"${e.propertyName ? ` key "${e.propertyName}"` : ""} has an invalid form (must match ${String(p.pattern)}).`,
    e.propertyName ? locate([...path, e.propertyName], { key: true }) : locate(path)
  );
}
function typeWords(e) {
  const anyOfPrincipal = e.schemaPath.includes("anyOf");
  if (anyOfPrincipal) return "a login name or group, or a list of them";
  const t = e.params.type;
  const list2 = Array.isArray(t) ? t : [t];
  return list2.map((x) => x === "object" ? "a mapping" : x === "array" ? "a list" : `a ${x}`).join(" or ");
}
function valueAt(e) {
  return e.data ?? "";
}
function allowedFields(parentSchema) {
  const props = parentSchema?.properties;
  return props ? Object.keys(props) : [];
}
function suggest(name, allowed) {
  return closest(name, allowed, Math.max(1, Math.floor(name.length / 3)));
}
var formats, what, schemaOf, timestampForm, kindOfPattern;
var init_shape = __esm({
  "src/policy/shape.ts"() {
    "use strict";
    init_findings();
    init_suggest();
    init_safe_pattern();
    init_time();
    init_schemas();
    init_validators();
    formats = {
      timestamp: {
        test: (s) => parseTimestamp(s) !== void 0,
        message: (s) => isBareDate(s) ? `"${s}" is a bare date; write a time with a zone, e.g. ${s}T18:00:00Z, so the expiry means the same everywhere.` : `"${s}" is not an RFC 3339 time with a zone; write e.g. 2026-11-22T02:00:00Z or 2026-11-22T03:00:00+01:00.`
      },
      duration: {
        test: (s) => parseDuration(s) !== void 0,
        message: (s) => `"${s}" is not a duration; write whole minutes, hours or days: 90m, 8h, 7d.`
      },
      principal: {
        test: (s) => /^group:[A-Za-z0-9][\w.@-]*$/.test(s) || /^[^\s@:]+@[^\s@:]+$/.test(s),
        message: (s) => `"${s}" is neither a login name (alice@example.com) nor a group of the policy (group:sre).`
      },
      approver: {
        test: (s) => new RegExp(PATTERNS.approver, "u").test(s),
        message: (s) => `"${s}" is neither a login name (alice@example.com), a group of the policy (group:sre), nor a GitHub team (team:acme/sre).`
      },
      login: {
        test: (s) => /^[^\s@:]+@[^\s@:]+$/.test(s),
        message: (s) => `"${s}" is not a login name; write it as it appears in Tailscale, e.g. alice@example.com.`
      },
      regex: {
        test: (s) => {
          try {
            new RegExp(s, "u");
          } catch {
            return false;
          }
          return unsafePattern(s) === void 0;
        },
        message: (s) => {
          try {
            new RegExp(s, "u");
          } catch {
            return `"${s}" is not a valid regular expression.`;
          }
          return `"${s}" is refused as a ticket pattern: ${unsafePattern(s)}. Write it without nesting, e.g. ^INC-[0-9]+$.`;
        }
      },
      domain: {
        test: (s) => /^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$/.test(s),
        message: (s) => `"${s}" is not a domain name (e.g. corp.example.com).`
      },
      target: {
        test: (s) => new RegExp(PATTERNS.target).test(s),
        message: (s) => `"${s}" is not a target name; use lower-case letters, digits, - and _ (at most 40), e.g. prod: it names the cleanup branch tailpolicy/expired-<name>.`
      },
      folder: {
        test: (s) => new RegExp(PATTERNS.folder).test(s),
        message: (s) => `"${s}" is not a folder of the repository; write it relative to the repository's root, without "." or ".." parts, e.g. policy/prod.`
      },
      resolver: {
        test: (s) => isIpAddress(s) || /^https:\/\/\S+$/.test(s),
        message: (s) => `"${s}" is not a resolver address; write an IP address (10.0.0.53) or a DoH URL (https://\u2026).`
      }
    };
    what = {
      grant: "grant file",
      access: "access.yaml",
      dns: "dns.yaml",
      targets: "tailpolicy.yaml"
    };
    schemaOf = {
      grant: grantSchema,
      access: accessSchema,
      dns: dnsSchema,
      targets: targetsSchema
    };
    timestampForm = new RegExp(PATTERNS.timestamp, "u");
    kindOfPattern = new Map(Object.entries(PATTERNS).map(([k, p]) => [p, k]));
  }
});

// src/policy/targets.ts
function resourceOwners(targets2, accessFiles) {
  const owners = /* @__PURE__ */ new Map();
  for (const file of accessFiles) {
    const doc = parseSource(file).value;
    if (!doc || typeof doc !== "object" || !doc.resources || typeof doc.resources !== "object") continue;
    const readers = targets2.filter((t) => t.policyDirs.some((d) => within(file.path, d)));
    for (const [name, r] of Object.entries(doc.resources)) {
      const owner = typeof r?.tailnet === "string" ? r.tailnet : readers.length === 1 ? readers[0].name : void 0;
      if (owner !== void 0 && !owners.has(name)) owners.set(name, owner);
    }
  }
  return owners;
}
function scopeResources(access3, scope) {
  const findings = [];
  const elsewhere = /* @__PURE__ */ new Map();
  if (!scope) {
    for (const r of access3.resources.values()) {
      if (r.tailnet === void 0) continue;
      findings.push(
        error(
          "access/tailnet-without-targets",
          `"tailnet: ${r.tailnet}" names a target of ${TARGETS_FILE}, and this repository has none (it is one tailnet): remove it.`,
          r.locate(["tailnet"])
        )
      );
    }
    return { access: access3, elsewhere, findings };
  }
  const file = access3.path;
  const names = scope.targets.map((t) => t.name);
  const readers = file === void 0 ? [] : scope.targets.filter((t) => t.policyDirs.some((d) => within(file, d)));
  const resources = /* @__PURE__ */ new Map();
  for (const [name, r] of access3.resources) {
    if (r.tailnet !== void 0 && !names.includes(r.tailnet)) {
      findings.push(
        error(
          "access/unknown-tailnet",
          `"tailnet": "${r.tailnet}" is not a target of ${TARGETS_FILE}; use one of ${names.join(", ")}.`,
          r.locate(["tailnet"])
        )
      );
      resources.set(name, r);
      continue;
    }
    if (r.tailnet === void 0 && readers.length > 1) {
      findings.push(
        error(
          "access/shared-resource",
          `Resource "${name}" is in ${file}, which targets ${readers.map((t) => t.name).join(" and ")} share, and a resource lives in one tailnet: add "tailnet: ${readers[0].name}" (or another of them) to it, or move it to that target's own folder.`,
          r.locate([], { key: true })
        )
      );
      resources.set(name, r);
      continue;
    }
    const owner = r.tailnet ?? scope.name;
    if (owner === scope.name) {
      resources.set(name, r);
      continue;
    }
    const home = scope.targets.find((t) => t.name === owner);
    if (!readers.some((t) => t.name === owner)) {
      findings.push(
        error(
          "access/unreachable-resource",
          `Resource "${name}" says "tailnet: ${owner}", but ${file} is not in a fragment folder of "${owner}" (${home.policyDirs.join(", ")}), so "${owner}" never reads it. Move it to one of those folders.`,
          r.locate(["tailnet"])
        )
      );
    }
    elsewhere.set(name, { target: owner, grantsDir: home.grantsDir });
  }
  return { access: { ...access3, resources }, elsewhere, findings };
}
function singleTarget(policyDir, grantsDir) {
  return { multi: false, targets: [{ policyDirs: [trimDir(policyDir)], grantsDir: trimDir(grantsDir) }] };
}
function dirList(policyDir) {
  return (typeof policyDir === "string" ? [policyDir] : policyDir).map(trimDir);
}
function trimDir(dir) {
  return dir.replace(/\/+$/, "") || ".";
}
function within(path, dir) {
  return dir === "." || path === dir || path.startsWith(dir + "/");
}
function parseTargets(src) {
  const parsed = parseSource(src);
  const findings = [...parsed.findings];
  if (parsed.value === void 0 && findings.length > 0) return { targets: [], findings, locate: parsed.locate };
  findings.push(...validateShape("targets", parsed.value, parsed.locate));
  if (findings.some((f) => f.severity === "error")) return { targets: [], findings, locate: parsed.locate };
  const doc = parsed.value;
  const at2 = (path) => parsed.locate(path) ?? { file: src.path, line: 1, column: 1 };
  const targets2 = Object.entries(doc.tailnets).map(([name, entry]) => ({
    name,
    tailnet: entry.tailnet,
    policyDirs: (typeof entry.policy === "string" ? [entry.policy] : entry.policy).map(trimDir),
    grantsDir: trimDir(entry.grants),
    locate: (path, opts) => parsed.locate(["tailnets", name, ...path], opts)
  }));
  const all = targets2.map(({ name, policyDirs, grantsDir }) => ({ name, policyDirs, grantsDir }));
  for (const t of targets2) t.scope = { name: t.name, targets: all };
  for (const [i, t] of targets2.entries()) {
    for (const other of targets2.slice(0, i)) {
      if (within(t.grantsDir, other.grantsDir) || within(other.grantsDir, t.grantsDir)) {
        const same2 = t.grantsDir === other.grantsDir;
        findings.push(
          error(
            "targets/shared-grants",
            `Targets "${other.name}" and "${t.name}" ${same2 ? "share the grants folder" : "have nested grants folders"} ${t.grantsDir}${same2 ? "" : ` and ${other.grantsDir}`}: a grant must change one tailnet only. Give "${t.name}" a folder of its own, e.g. grants/${t.name}.`,
            at2(["tailnets", t.name, "grants"]),
            at2(["tailnets", other.name, "grants"])
          )
        );
      }
      if (t.tailnet !== "-" && t.tailnet === other.tailnet) {
        findings.push(
          error(
            "targets/same-tailnet",
            `Targets "${other.name}" and "${t.name}" both push to tailnet ${t.tailnet}, and would overwrite each other's policy. Merge them into one target, or name the right tailnet.`,
            at2(["tailnets", t.name, "tailnet"]),
            at2(["tailnets", other.name, "tailnet"])
          )
        );
      }
    }
    for (const other of targets2) {
      for (const [j, dir] of other.policyDirs.entries()) {
        if (within(t.grantsDir, dir) || within(dir, t.grantsDir)) {
          findings.push(
            error(
              "targets/grants-in-policy",
              `The grants folder ${t.grantsDir} of "${t.name}" overlaps the fragment folder ${dir} of "${other.name}": grant files would be read as policy fragments. Keep grants and fragments in separate folders.`,
              at2(["tailnets", t.name, "grants"]),
              at2(["tailnets", other.name, "policy", j])
            )
          );
        }
      }
    }
  }
  return { targets: targets2, findings, locate: parsed.locate };
}
function selectTargets(layout, requested, opts) {
  if (!layout.multi) {
    if (requested === void 0) return layout.targets;
    throw new UserError(
      `${opts.setting} is "${requested}", but this repository has no ${TARGETS_FILE}: it is one tailnet (${layout.targets[0].policyDirs.join(", ")} and ${layout.targets[0].grantsDir}). Remove ${opts.setting}, or add ${TARGETS_FILE} to keep several tailnets.`
    );
  }
  const names = layout.targets.map((t) => t.name);
  if (requested === void 0) {
    if (opts.all || layout.targets.length === 1) return layout.targets;
    throw new UserError(
      `${TARGETS_FILE} defines ${names.length} targets (${names.join(", ")}); ${opts.what} acts on one tailnet at a time: set ${opts.setting} to one of them.`
    );
  }
  const found = layout.targets.find((t) => t.name === requested);
  if (!found) {
    throw new UserError(
      `${opts.setting} is "${requested}", which ${TARGETS_FILE} does not define; use one of ${names.join(", ")}.`
    );
  }
  return [found];
}
var TARGETS_FILE;
var init_targets = __esm({
  "src/policy/targets.ts"() {
    "use strict";
    init_errors();
    init_findings();
    init_shape();
    init_source();
    TARGETS_FILE = "tailpolicy.yaml";
  }
});

// src/repo.ts
function readLayout(root, policyDir = "policy", grantsDir = "grants") {
  const path = (0, import_node_path.join)(root, TARGETS_FILE);
  let isFile;
  try {
    const stat = (0, import_node_fs.lstatSync)(path);
    if (stat.isSymbolicLink()) {
      throw new UserError(
        `${TARGETS_FILE} is a symbolic link; tailpolicy does not follow links out of the repository. Commit the file itself.`
      );
    }
    isFile = stat.isFile();
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    isFile = false;
  }
  if (!isFile) return singleTarget(policyDir, grantsDir);
  for (const [given, fallback, setting] of [
    [policyDir, "policy", "policy-dir"],
    [grantsDir, "grants", "grants-dir"]
  ]) {
    if (trimDir(given) !== fallback) {
      throw new UserError(
        `The ${setting} setting is "${given}", but ${TARGETS_FILE} names each tailnet's folders; remove the setting.`
      );
    }
  }
  const text2 = readCapped(path);
  if (text2 === void 0) throw new UserError(`${TARGETS_FILE} is a symbolic link; commit the file itself.`);
  const parsed = parseTargets({ path: TARGETS_FILE, text: text2 });
  const findings = [...parsed.findings];
  for (const target of parsed.targets) {
    for (const [i, dir] of target.policyDirs.entries()) {
      const problem = folderProblem(root, dir);
      if (problem === void 0) continue;
      findings.push(
        error(
          "targets/missing-folder",
          `The fragment folder ${dir} of "${target.name}" ${problem}. Create it, or correct the path.`,
          target.locate(["policy", i]) ?? { file: TARGETS_FILE, line: 1, column: 1 }
        )
      );
    }
    const grantsProblem = folderProblem(root, target.grantsDir);
    if (grantsProblem !== void 0 && grantsProblem !== "does not exist") {
      findings.push(
        error(
          "targets/missing-folder",
          `The grants folder ${target.grantsDir} of "${target.name}" ${grantsProblem}. Correct the path.`,
          target.locate(["grants"]) ?? { file: TARGETS_FILE, line: 1, column: 1 }
        )
      );
    }
  }
  if (findings.some((f) => f.severity === "error")) throw new LayoutError(findings);
  const accessFiles = [];
  for (const dir of new Set(parsed.targets.flatMap((t) => t.policyDirs))) {
    for (const name of ["access.yaml", "access.yml", "access.json", "access.hujson"]) {
      const text3 = readCapped((0, import_node_path.join)(root, dir, name), true);
      if (text3 !== void 0) accessFiles.push({ path: `${dir}/${name}`, text: text3 });
    }
  }
  const owners = resourceOwners(
    parsed.targets.map((t) => ({ name: t.name, policyDirs: t.policyDirs })),
    accessFiles
  );
  for (const t of parsed.targets) t.scope = { ...t.scope, owners };
  return { multi: true, targets: parsed.targets };
}
function folderProblem(root, dir) {
  let abs = root;
  for (const part of dir.split("/").filter((p) => p !== "" && p !== ".")) {
    abs = (0, import_node_path.join)(abs, part);
    let stat;
    try {
      stat = (0, import_node_fs.lstatSync)(abs);
    } catch {
      return "does not exist";
    }
    if (stat.isSymbolicLink()) return `is a symbolic link (${repoPath(root, abs)}), which tailpolicy does not follow`;
    if (!stat.isDirectory()) return `is not a folder (${repoPath(root, abs)} is a file)`;
  }
  return void 0;
}
function repoPath(root, abs) {
  return (0, import_node_path.relative)(root, abs).split(import_node_path.sep).join(import_node_path.posix.sep);
}
function readCapped(path, missingOk = false) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW);
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ELOOP" || missingOk && (code2 === "ENOENT" || code2 === "ENOTDIR")) return void 0;
    throw new UserError(`Cannot read ${path}: ${e.message}`);
  }
  try {
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = (0, import_node_fs.readSync)(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var import_node_fs, import_node_path, LayoutError, buffer;
var init_repo = __esm({
  "src/repo.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_findings();
    init_source();
    init_targets();
    init_errors();
    init_findings();
    LayoutError = class extends UserError {
      constructor(findings) {
        super(`${TARGETS_FILE} has ${findings.length} error(s):
` + findings.map((f) => formatFinding(f)).join("\n"), 1);
        this.findings = findings;
        this.name = "LayoutError";
      }
      findings;
    };
    buffer = Buffer.allocUnsafe(64 * 1024);
  }
});

// src/modes/context.ts
function sourceFromEnv(env) {
  const repository = env.GITHUB_REPOSITORY || void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : void 0,
    commit: env.GITHUB_SHA || void 0
  };
}
function runContext(inputs, env, now, edge) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse((0, import_node_fs2.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${e.message}`);
    }
  }
  return {
    ...edge,
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: (0, import_node_path2.join)(env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "tailpolicy"),
    eventName: env.GITHUB_EVENT_NAME || void 0,
    event,
    owner: owner || void 0,
    repo: repo || void 0,
    sha: env.GITHUB_SHA || void 0,
    githubApiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    source: sourceFromEnv(env),
    env,
    target: singleTarget(inputs.policyDir, inputs.grantsDir).targets[0]
  };
}
function forTargets(ctx, opts) {
  const layout = readLayout(ctx.workspace, ctx.inputs.policyDir, ctx.inputs.grantsDir);
  const setting = ctx.setting("target") === "target" ? 'Input "target"' : ctx.setting("target");
  const chosen = selectTargets(layout, ctx.inputs.target, { all: opts.all, setting, what: ctx.inputs.mode });
  return chosen.map((target) => {
    if (target.name === void 0) return { ...ctx, target };
    const given = ctx.inputs.tailnet;
    if (given !== "-" && given !== target.tailnet) {
      const name = ctx.setting("tailnet") === "tailnet" ? 'Input "tailnet"' : ctx.setting("tailnet");
      throw new UserError(
        `${name} is "${given}", but tailpolicy.yaml gives target "${target.name}" the tailnet "${target.tailnet}". Remove ${ctx.setting("tailnet")}: the file names each target's tailnet.`
      );
    }
    return { ...ctx, inputs: { ...ctx.inputs, tailnet: target.tailnet }, target };
  });
}
function forTarget(ctx) {
  return forTargets(ctx, { all: false })[0];
}
var import_node_fs2, import_node_os, import_node_path2, inputNames;
var init_context = __esm({
  "src/modes/context.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path2 = require("node:path");
    init_errors();
    init_repo();
    init_targets();
    inputNames = (input) => input;
  }
});

// src/shared/builtin.ts
function builtin(name) {
  return process.getBuiltinModule?.(name) ?? (0, import_node_module.createRequire)(__filename)(name);
}
var import_node_module;
var init_builtin = __esm({
  "src/shared/builtin.ts"() {
    "use strict";
    import_node_module = require("node:module");
  }
});

// lazy-kit:tailpolicy-kit
var require_tailpolicy_kit = __commonJS({
  "lazy-kit:tailpolicy-kit"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("tailpolicy.loadShared")]("kit", {});
  }
});

// lazy-kit:@actions/core
var require_core = __commonJS({
  "lazy-kit:@actions/core"(exports2, module2) {
    module2.exports = require_tailpolicy_kit().core;
  }
});

// src/report/escape.ts
function md(text2, max = 500) {
  const flat = oneLine(text2, max);
  return flat.replace(/[&<>"'`[\]()*_|~\\!#@:]/g, (c) => MARKDOWN_SPECIAL[c]).replace(/(www)\./gi, "$1&#46;");
}
function code(text2) {
  return `<code>${md(text2, 300)}</code>`;
}
function oneLine(text2, max = 500) {
  const flat = NOT_FLAT.test(text2) ? text2.replace(BIDI_CONTROLS, "").replace(CONTROL_RUNS, " ").replace(/\s+/g, " ").trim() : text2;
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
var MARKDOWN_SPECIAL, CONTROL_RUNS, BIDI_CONTROLS, NOT_FLAT;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    init_controls();
    MARKDOWN_SPECIAL = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;",
      "`": "&#96;",
      "[": "&#91;",
      "]": "&#93;",
      "(": "&#40;",
      ")": "&#41;",
      "*": "&#42;",
      _: "&#95;",
      "|": "&#124;",
      "~": "&#126;",
      "\\": "&#92;",
      "!": "&#33;",
      "#": "&#35;",
      // An entity-encoded @ renders as "@" but is not a mention: nobody is pinged.
      "@": "&#64;",
      ":": "&#58;"
    };
    CONTROL_RUNS = runsOf(CONTROLS);
    BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    NOT_FLAT = new RegExp(`${CONTROL_RUNS.source}|${BIDI_CONTROLS.source}|[^\\S ]|\\s\\s|^\\s|\\s$`);
  }
});

// other-mode:check
var check_exports = {};
__export(check_exports, {
  checkMode: () => checkMode
});
var checkMode;
var init_check = __esm({
  "other-mode:check"() {
    checkMode = () => {
      throw new Error("tailpolicy: mode check is not in this bundle");
    };
  }
});

// other-mode:apply
var apply_exports = {};
__export(apply_exports, {
  applyMode: () => applyMode
});
var applyMode;
var init_apply = __esm({
  "other-mode:apply"() {
    applyMode = () => {
      throw new Error("tailpolicy: mode apply is not in this bundle");
    };
  }
});

// other-mode:expire
var expire_exports = {};
__export(expire_exports, {
  expireMode: () => expireMode
});
var expireMode;
var init_expire = __esm({
  "other-mode:expire"() {
    expireMode = () => {
      throw new Error("tailpolicy: mode expire is not in this bundle");
    };
  }
});

// src/policy/merge.ts
function canonicalSection(name) {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}
function runAt(runs, index) {
  if (runs === void 0) return void 0;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const run2 = runs[mid];
    if (index < run2.start) hi = mid - 1;
    else if (index >= run2.end) lo = mid + 1;
    else return run2;
  }
  return void 0;
}
function at(locate, base) {
  return (rest, opts) => locate([...base, ...rest], opts);
}
function mergeFragments(fragments) {
  const policy = {};
  const origins = new PolicyOrigins();
  const findings = [];
  const firstDefined = /* @__PURE__ */ new Map();
  const defineOnce = (key2, label, where2) => {
    const earlier = firstDefined.get(key2);
    if (earlier) {
      const first = earlier();
      findings.push(
        error(
          "merge/duplicate",
          `${label} is defined twice: here and at ${first ? `${first.file}:${first.line}` : "another fragment"}. Define it in one fragment only.`,
          where2(),
          first
        )
      );
      return false;
    }
    firstDefined.set(key2, where2);
    return true;
  };
  const mergeMap = (target, path, value, frag, srcPath) => {
    if (!isPlainObject(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be an object.`, frag.locate(srcPath)));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const where2 = () => frag.locate([...srcPath, k], { key: true });
      if (!defineOnce([...path, k].join("\0"), `"${[...path, k].join(".")}"`, where2)) continue;
      setOwn(target, k, v);
      origins.set([...path, k], at(frag.locate, [...srcPath, k]));
    }
  };
  const mergeList = (target, path, value, frag, srcPath) => {
    if (!Array.isArray(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be a list.`, frag.locate(srcPath)));
      return;
    }
    origins.setRun(path, target.length, value.length, at(frag.locate, srcPath), frag.path);
    for (const item of value) target.push(item);
  };
  for (const frag of fragments) {
    if (frag.value === void 0) continue;
    if (!isPlainObject(frag.value)) {
      findings.push(error("policy/type", "A policy fragment must be an object of policy sections.", frag.locate([])));
      continue;
    }
    for (const [rawKey, value] of Object.entries(frag.value)) {
      const key2 = canonicalSection(rawKey);
      const kind = own(POLICY_SECTIONS, key2) ?? "scalar";
      if (kind === "map") {
        origins.set([key2], at(frag.locate, [rawKey]));
        mergeMap(section(policy, key2, {}), [key2], value, frag, [rawKey]);
      } else if (kind === "list") {
        mergeList(section(policy, key2, []), [key2], value, frag, [rawKey]);
        if (!origins.locate([key2])) origins.set([key2], at(frag.locate, [rawKey]));
      } else if (kind === "autoApprovers") {
        if (!isPlainObject(value)) {
          findings.push(error("policy/type", '"autoApprovers" must be an object.', frag.locate([rawKey])));
          continue;
        }
        const target = section(policy, "autoApprovers", {});
        origins.set([key2], at(frag.locate, [rawKey]));
        for (const [sub, subValue] of Object.entries(value)) {
          if (sub === "exitNode" && Array.isArray(subValue)) {
            mergeList(section(target, sub, []), [key2, sub], subValue, frag, [rawKey, sub]);
          } else if (isPlainObject(subValue)) {
            mergeMap(section(target, sub, {}), [key2, sub], subValue, frag, [rawKey, sub]);
          } else if (defineOnce(`${key2}\0${sub}`, `"${key2}.${sub}"`, () => frag.locate([rawKey, sub], { key: true }))) {
            setOwn(target, sub, subValue);
            origins.set([key2, sub], at(frag.locate, [rawKey, sub]));
          }
        }
      } else if (defineOnce(key2, `"${key2}"`, () => frag.locate([rawKey], { key: true }))) {
        setOwn(policy, key2, value);
        origins.set([key2], at(frag.locate, [rawKey]));
      }
    }
  }
  return { policy, origins, findings };
}
function section(obj2, key2, empty) {
  const existing = own(obj2, key2);
  if (existing !== void 0 && existing !== null) return existing;
  setOwn(obj2, key2, empty);
  return empty;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var POLICY_SECTIONS, CANONICAL, PolicyOrigins;
var init_merge = __esm({
  "src/policy/merge.ts"() {
    "use strict";
    init_findings();
    init_bounds();
    POLICY_SECTIONS = {
      groups: "map",
      hosts: "map",
      tagOwners: "map",
      postures: "map",
      ipsets: "map",
      attrConfig: "map",
      acls: "list",
      grants: "list",
      ssh: "list",
      tests: "list",
      sshTests: "list",
      nodeAttrs: "list",
      autoApprovers: "autoApprovers",
      defaultSrcPosture: "scalar",
      derpMap: "scalar",
      disableIPv4: "scalar",
      randomizeClientPort: "scalar",
      OneCGNATRoute: "scalar"
    };
    CANONICAL = new Map(Object.keys(POLICY_SECTIONS).map((k) => [k.toLowerCase(), k]));
    PolicyOrigins = class {
      map = /* @__PURE__ */ new Map();
      /** Merged lists, by the list's path: which run of entries came from which source list. */
      runs = /* @__PURE__ */ new Map();
      set(path, locate) {
        this.map.set(path.join("\0"), locate);
      }
      /**
       * Entries `start` to `start + count - 1` of the merged list at `path` are the entries of the
       * source list that `locate` answers for, in order: one record for a whole fragment's list,
       * however long (a closure per entry cost a second on a 29,000-entry list). `file`, when given,
       * is the file of every location `locate` gives.
       */
      setRun(path, start, count, locate, file) {
        if (count === 0) return;
        this.addRun(path, { start, end: start + count, locate, ...file !== void 0 ? { file } : {} });
      }
      /**
       * Like setRun, with the run's own object answering: its `locate` is called as its method with
       * the path from the run's first entry (`[index - start, ...]`). Compile registers the rules of
       * each grant so: one object per grant and section, where a closure per rule and its key cost
       * a tenth of a 10,000-grant check's memory.
       */
      addRun(path, run2) {
        if (run2.end <= run2.start) return;
        const key2 = path.join("\0");
        const runs = this.runs.get(key2);
        if (runs === void 0) this.runs.set(key2, [run2]);
        else {
          let i = runs.length;
          while (i > 0 && runs[i - 1].start > run2.start) i--;
          runs.splice(i, 0, run2);
        }
      }
      /**
       * `locate(path)?.file`, without locating when the run knows its file: the comment naming each
       * fragment above its entries asked for 10,000 positions, which built each file's position tree.
       */
      fileOf(path) {
        const origin = this.originOf(path);
        return origin?.file ?? origin?.from.locate(origin.rest)?.file;
      }
      /** The locator for the merged policy. */
      locate = (path, opts) => {
        const origin = this.originOf(path);
        return origin?.from.locate(origin.rest, opts);
      };
      /**
       * The source that answers for `path`, from the longest registered prefix down (a key's own
       * locator, or the run of a merged list its index falls in), with the rest of the path for it.
       */
      originOf(path) {
        const keys = [""];
        for (let n = 1; n <= path.length; n++) keys.push(n === 1 ? String(path[0]) : `${keys[n - 1]}\0${path[n - 1]}`);
        for (let n = path.length; n >= 1; n--) {
          const origin = this.map.get(keys[n]);
          if (origin) return { from: { locate: origin }, rest: path.slice(n) };
          const index = path[n - 1];
          if (typeof index === "number") {
            const run2 = runAt(this.runs.get(keys[n - 1]), index);
            if (run2) return { from: run2, rest: [index - run2.start, ...path.slice(n)], file: run2.file };
          }
        }
        return void 0;
      }
    };
  }
});

// src/policy/access.ts
function buildAccess(file) {
  if (!file || file.value === void 0) return { access: { ...EMPTY_ACCESS, path: file?.path }, findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("access", value, file.locate);
  if (findings.length > 0 || !isPlainObject(value)) return { access: { ...EMPTY_ACCESS, path: file.path }, findings };
  const doc = value;
  const rules = (r, locate) => ({
    maxDuration: r.maxDuration,
    maxDurationMs: parseDuration(r.maxDuration),
    eligible: r.eligible,
    approvers: r.approvers,
    approvals: r.approvals ?? 1,
    ticketPattern: r.ticket,
    enforce: r.enforce ?? doc.enforce,
    locate
  });
  const resources = /* @__PURE__ */ new Map();
  for (const [name, r] of Object.entries(doc.resources ?? {})) {
    const locate = (path, opts) => file.locate(["resources", name, ...path], opts);
    const reminder2 = r.reminder ?? doc.reminder;
    resources.set(name, {
      ...rules(r, locate),
      name,
      description: r.description,
      ...reminder2 !== void 0 ? { reminderMs: parseDuration(reminder2) } : {},
      grants: r.grants ?? [],
      ssh: r.ssh ?? [],
      ...r.standing ? { standing: r.standing } : {},
      ...r.autoApprove ? {
        onCall: {
          schedules: r.autoApprove.onCall.pagerduty.schedules,
          maxDuration: r.autoApprove.onCall.maxDuration,
          maxDurationMs: parseDuration(r.autoApprove.onCall.maxDuration)
        }
      } : {},
      ...r.breakGlass ? {
        breakGlass: {
          maxDuration: r.breakGlass.maxDuration,
          maxDurationMs: parseDuration(r.breakGlass.maxDuration),
          reviewWithin: r.breakGlass.reviewWithin,
          reviewWithinMs: parseDuration(r.breakGlass.reviewWithin)
        }
      } : {},
      ...r.tailnet !== void 0 ? { tailnet: r.tailnet } : {}
    });
  }
  const inline = doc.inline ? rules(doc.inline, (path, opts) => file.locate(["inline", ...path], opts)) : void 0;
  return {
    access: { path: file.path, people: new Map(Object.entries(doc.people ?? {})), resources, inline },
    findings
  };
}
function groupMembers(policy) {
  let members = membersCache.get(policy);
  if (!members) {
    const groups = isPlainObject(policy.groups) ? policy.groups : {};
    members = new Map(
      Object.entries(groups).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.filter((m) => typeof m === "string") : []
      ])
    );
    membersCache.set(policy, members);
  }
  return members;
}
function teamParts(team) {
  const [org = "", slug = ""] = team.slice("team:".length).split("/");
  return { org, slug };
}
function teamsOf(access3) {
  const all = [...access3.resources.values(), ...access3.inline ? [access3.inline] : []];
  return [...new Set(all.flatMap((r) => [...r.approvers, ...r.eligible ?? []].filter(isTeam)))].sort();
}
function includesUser(principals2, login2, groups) {
  let sets = memberSets.get(groups);
  if (!sets) memberSets.set(groups, sets = /* @__PURE__ */ new Map());
  const setOf = (group) => {
    let set = sets.get(group);
    if (!set) sets.set(group, set = new Set(groups.get(group) ?? []));
    return set;
  };
  return principals2.some((p) => p === login2 || p.startsWith("group:") && setOf(p).has(login2));
}
function checkAccessReferences(access3, policy) {
  const groups = groupMembers(policy);
  const findings = [];
  const check = (list2, field2, locate) => {
    list2?.forEach((p, i) => {
      if (p.startsWith("group:") && !groups.has(p)) {
        findings.push(
          error(
            "ref/unknown-group",
            `${field2} names ${p}, which is not defined in the policy's "groups". Define it in policy/ or fix the name.`,
            locate([field2, i])
          )
        );
      }
    });
  };
  const all = [...access3.resources.values()];
  if (access3.inline) all.push(access3.inline);
  for (const r of all) {
    check(r.eligible, "eligible", r.locate);
    check(r.approvers, "approvers", r.locate);
    const hasTeam = r.approvers.some(isTeam);
    const approverUsers = new Set(
      r.approvers.filter((p) => !isTeam(p)).flatMap((p) => p.startsWith("group:") ? groups.get(p) ?? [] : [p])
    );
    const unmapped = [...approverUsers].filter((u) => !access3.people.has(u));
    if (!hasTeam && approverUsers.size > 0 && unmapped.length === approverUsers.size) {
      findings.push({
        severity: "warning",
        rule: "access/unmapped-approvers",
        message: `No approver of this resource has a GitHub login in "people" (${unmapped.slice(0, 3).join(", ")}${unmapped.length > 3 ? ", \u2026" : ""}), so no review can ever count. Map them under "people".`,
        location: r.locate(["approvers"])
      });
    }
    if (!hasTeam && r.approvals > approverUsers.size && approverUsers.size > 0) {
      findings.push(
        error(
          "access/too-few-approvers",
          `"approvals: ${r.approvals}" needs more distinct approvers than the ${approverUsers.size} listed; add approvers or lower "approvals".`,
          r.locate(["approvals"])
        )
      );
    }
  }
  return findings;
}
var EMPTY_ACCESS, membersCache, memberSets, isTeam;
var init_access = __esm({
  "src/policy/access.ts"() {
    "use strict";
    init_findings();
    init_merge();
    init_time();
    init_shape();
    EMPTY_ACCESS = { people: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map() };
    membersCache = /* @__PURE__ */ new WeakMap();
    memberSets = /* @__PURE__ */ new WeakMap();
    isTeam = (principal2) => principal2.startsWith("team:");
  }
});

// src/shared/sha256.ts
function here(length) {
  if (length > SMALL || budget <= 0) return false;
  budget -= length;
  return true;
}
function nodeCrypto() {
  return crypto ??= builtin("node:crypto");
}
function sha256(text2) {
  if (!here(text2.length)) return new Uint8Array(nodeCrypto().createHash("sha256").update(text2, "utf8").digest());
  return digest(Buffer.from(text2, "utf8"));
}
function sha256Hex(text2) {
  if (!here(text2.length)) {
    const c = nodeCrypto();
    return typeof c.hash === "function" ? c.hash("sha256", text2, "hex") : c.createHash("sha256").update(text2, "utf8").digest("hex");
  }
  return Buffer.from(digest(Buffer.from(text2, "utf8"))).toString("hex");
}
function digest(bytes) {
  const bitLength = bytes.length * 8;
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const msg = new Uint8Array(total);
  msg.set(bytes);
  msg[bytes.length] = 128;
  const view = new DataView(msg.buffer);
  view.setUint32(total - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(total - 4, bitLength >>> 0);
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = (a2 >>> 7 | a2 << 25) ^ (a2 >>> 18 | a2 << 14) ^ a2 >>> 3;
      const s1 = (b2 >>> 17 | b2 << 15) ^ (b2 >>> 19 | b2 << 13) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] >>> 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj >>> 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 >>> 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 >>> 0;
    }
    h[0] = h[0] + a >>> 0;
    h[1] = h[1] + b >>> 0;
    h[2] = h[2] + c >>> 0;
    h[3] = h[3] + d >>> 0;
    h[4] = h[4] + e >>> 0;
    h[5] = h[5] + f >>> 0;
    h[6] = h[6] + g >>> 0;
    h[7] = h[7] + hh >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}
var SMALL, budget, crypto, Sha256, K;
var init_sha256 = __esm({
  "src/shared/sha256.ts"() {
    "use strict";
    init_builtin();
    SMALL = 16 * 1024;
    budget = 64 * 1024;
    Sha256 = class {
      pending = [];
      size = 0;
      hash;
      update(text2) {
        if (this.hash) this.hash.update(text2, "utf8");
        else {
          this.pending.push(text2);
          this.size += text2.length;
          if (this.size > SMALL || budget <= 0) {
            this.hash = nodeCrypto().createHash("sha256");
            for (const p of this.pending) this.hash.update(p, "utf8");
            this.pending = [];
          }
        }
        return this;
      }
      hex() {
        const text2 = this.hash ? "" : this.pending.join("");
        if (!this.hash && !here(text2.length)) this.hash = nodeCrypto().createHash("sha256").update(text2, "utf8");
        if (this.hash) return this.hash.digest("hex");
        return Buffer.from(digest(Buffer.from(text2, "utf8"))).toString("hex");
      }
    };
    K = new Uint32Array([
      1116352408,
      1899447441,
      3049323471,
      3921009573,
      961987163,
      1508970993,
      2453635748,
      2870763221,
      3624381080,
      310598401,
      607225278,
      1426881987,
      1925078388,
      2162078206,
      2614888103,
      3248222580,
      3835390401,
      4022224774,
      264347078,
      604807628,
      770255983,
      1249150122,
      1555081692,
      1996064986,
      2554220882,
      2821834349,
      2952996808,
      3210313671,
      3336571891,
      3584528711,
      113926993,
      338241895,
      666307205,
      773529912,
      1294757372,
      1396182291,
      1695183700,
      1986661051,
      2177026350,
      2456956037,
      2730485921,
      2820302411,
      3259730800,
      3345764771,
      3516065817,
      3600352804,
      4094571909,
      275423344,
      430227734,
      506948616,
      659060556,
      883997877,
      958139571,
      1322822218,
      1537002063,
      1747873779,
      1955562222,
      2024104815,
      2227730452,
      2361852424,
      2428436474,
      2756734187,
      3204031479,
      3329325298
    ]);
  }
});

// src/policy/posture-keys.ts
function grantId(path) {
  const digest2 = sha256(`tailpolicy/posture/v1
${path}`);
  return base32(digest2.subarray(0, ID_LENGTH * 5 / 8));
}
function attributeKey(path) {
  return ATTRIBUTE_PREFIX + grantId(path);
}
function isGeneratedPostureName(name) {
  return new RegExp(`^posture:tp-[a-z2-7]{${ID_LENGTH}}(-[0-9]+)?$`).test(name);
}
function attributeCondition(key2) {
  return `${key2} == true`;
}
function base32(bytes) {
  let out = "";
  let buffer2 = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer2 = buffer2 << 8 | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[buffer2 >>> bits - 5 & 31];
      bits -= 5;
    }
    buffer2 &= (1 << bits) - 1;
  }
  return out;
}
var ATTRIBUTE_PREFIX, POSTURE_PREFIX, ID_LENGTH, BASE32;
var init_posture_keys = __esm({
  "src/policy/posture-keys.ts"() {
    "use strict";
    init_sha256();
    ATTRIBUTE_PREFIX = "custom:tp_";
    POSTURE_PREFIX = "posture:tp-";
    ID_LENGTH = 32;
    BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
  }
});

// src/policy/posture-gate.ts
function isStringList(v) {
  return Array.isArray(v) && v.every((s) => typeof s === "string");
}
function defaultList(v) {
  return isStringList(v) ? v : [];
}
function postureConditions(postures, name) {
  if (postures === null || typeof postures !== "object" || Array.isArray(postures)) return void 0;
  const conds = postures[name];
  return isStringList(conds) ? conds : void 0;
}
var GrantGate;
var init_posture_gate = __esm({
  "src/policy/posture-gate.ts"() {
    "use strict";
    init_posture_keys();
    GrantGate = class {
      constructor(path, base) {
        this.path = path;
        this.base = base;
        this.id = grantId(path);
        this.key = attributeKey(path);
      }
      path;
      base;
      id;
      key;
      generated = /* @__PURE__ */ new Map();
      attributeOnly;
      /**
       * The rule with its `srcPosture` replaced by the gated list. A malformed own `srcPosture` (not
       * a list of strings) is left as it is: validation rejects it, so the rule is never pushed.
       */
      gateRule(rule) {
        const ownKey = Object.keys(rule).find((k) => k.toLowerCase() === "srcposture");
        const own2 = ownKey === void 0 ? void 0 : rule[ownKey];
        if (own2 !== void 0 && !isStringList(own2)) return rule;
        const names = own2 !== void 0 && own2.length > 0 ? own2 : defaultList(this.base.defaultSrcPosture);
        const out = {};
        for (const [k, v] of Object.entries(rule)) if (k !== ownKey) out[k] = v;
        out["srcPosture"] = this.srcPosture(names);
        return out;
      }
      /** The postures the gated rules refer to, in the order they were first needed. */
      postures() {
        return [...this.attributeOnly ? [this.attributeOnly] : [], ...this.generated.values()];
      }
      srcPosture(names) {
        const condition = attributeCondition(this.key);
        if (names.length === 0) {
          this.attributeOnly ??= { name: `${POSTURE_PREFIX}${this.id}`, conditions: [condition] };
          return [this.attributeOnly.name];
        }
        const out = [];
        for (const raw of names) {
          const name = raw.trim();
          const conditions = postureConditions(this.base.postures, name);
          if (!conditions) {
            out.push(name);
            continue;
          }
          let g = this.generated.get(name);
          if (!g) {
            g = {
              name: `${POSTURE_PREFIX}${this.id}-${this.generated.size + 1}`,
              conditions: [...conditions, condition],
              base: name
            };
            this.generated.set(name, g);
          }
          if (!out.includes(g.name)) out.push(g.name);
        }
        return out;
      }
    };
  }
});

// src/policy/dns.ts
function buildDns(file) {
  if (!file || file.value === void 0) return { findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("dns", value, file.locate);
  if (findings.length > 0) return { findings };
  const doc = value;
  const dns2 = {};
  if (doc.splitDNS) {
    dns2.splitDNS = Object.fromEntries(
      Object.entries(doc.splitDNS).map(([d, r]) => [d.replace(/\.$/, "").toLowerCase(), r]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    );
  }
  if (doc.nameservers) dns2.nameservers = doc.nameservers;
  if (doc.searchPaths) dns2.searchPaths = doc.searchPaths;
  if (doc.magicDNS !== void 0) dns2.magicDNS = doc.magicDNS;
  return { dns: dns2, findings };
}
var init_dns = __esm({
  "src/policy/dns.ts"() {
    "use strict";
    init_shape();
  }
});

// src/policy/grants.ts
function grantState(g, now) {
  const t = now.getTime();
  if (g.expires.getTime() <= t) return "expired";
  if (g.starts && t < g.starts.getTime()) return "scheduled";
  return "active";
}
function buildGrant(file, opts = {}) {
  if (file.value === void 0) return { findings: file.findings };
  const findings = [...windowShape(file), ...validateShape("grant", file.value ?? {}, file.locate)];
  if (findings.length > 0) return { findings };
  const doc = file.value;
  let duration2;
  if (doc.duration !== void 0) {
    if (opts.merged && "problem" in opts.merged) {
      return { findings: [error("grant/merge-time-unknown", opts.merged.problem, file.locate(["duration"]))] };
    }
    const mergedAt = opts.merged?.at;
    duration2 = { text: doc.duration, ms: parseDuration(doc.duration), ...mergedAt ? { mergedAt } : {} };
  }
  if (doc.resource !== void 0 && (doc.grants || doc.ssh)) {
    return {
      findings: [
        error(
          "grant/resource-and-inline",
          'A grant names either a "resource" or carries inline "grants"/"ssh" rules, not both. Remove one.',
          file.locate(["resource"], { key: true })
        )
      ]
    };
  }
  if (doc.resource === void 0 && !doc.grants && !doc.ssh) {
    return {
      findings: [
        error(
          "grant/no-access",
          'The grant gives no access: name a "resource" from policy/access.yaml (or inline "grants"/"ssh" rules).',
          file.locate([])
        )
      ]
    };
  }
  const grant2 = {
    path: file.path,
    grantees: typeof doc.grantees === "string" ? [doc.grantees] : doc.grantees,
    resource: doc.resource,
    reason: doc.reason,
    ticket: doc.ticket,
    starts: doc.starts !== void 0 ? parseTimestamp(doc.starts) : void 0,
    expires: duration2 ? new Date((duration2.mergedAt ?? opts.now ?? /* @__PURE__ */ new Date(0)).getTime() + duration2.ms) : parseTimestamp(doc.expires),
    ...duration2 ? { duration: duration2 } : {},
    inline: doc.resource === void 0 ? { grants: doc.grants ?? [], ssh: doc.ssh ?? [] } : void 0,
    locate: file.locate
  };
  if (grant2.starts && grant2.starts.getTime() >= grant2.expires.getTime()) {
    findings.push(
      error(
        "grant/window",
        '"expires" must be after "starts"; the grant would never be active.',
        file.locate(["expires"])
      )
    );
  }
  return findings.length ? { findings } : { grant: grant2, findings };
}
function windowShape(file) {
  const v = file.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [];
  const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
  if (has("expires") && has("duration")) {
    return [
      error(
        "grant/expires-and-duration",
        'A grant ends either at "expires" or after a "duration" from its merge, not both. Remove one of them.',
        file.locate(["duration"], { key: true })
      )
    ];
  }
  if (has("starts") && has("duration")) {
    return [
      error(
        "grant/starts-and-duration",
        'A "duration" grant starts when it reaches the default branch, so it cannot also have "starts". Remove "starts", or replace "duration" with an "expires" time.',
        file.locate(["starts"], { key: true })
      )
    ];
  }
  if (!has("expires") && !has("duration")) {
    return [
      error(
        "schema/missing-field",
        'Missing required field "expires" in the grant file. Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z, or duration: 4h (counted from the moment it merges).',
        file.locate([])
      )
    ];
  }
  return [];
}
function rulesFor(grant2, access3) {
  return grant2.resource !== void 0 ? access3.resources.get(grant2.resource) : access3.inline;
}
function checkGrant(grant2, access3, policy, now, teams) {
  const findings = [];
  const groups = groupMembers(policy);
  if (grant2.resource !== void 0 && !access3.resources.has(grant2.resource)) {
    const known = [...access3.resources.keys()];
    findings.push(
      error(
        "grant/unknown-resource",
        `Unknown resource "${grant2.resource}". ` + (known.length ? `Resources in ${access3.path ?? "policy/access.yaml"}: ${known.join(", ")}.` : "policy/access.yaml defines no resources."),
        grant2.locate(["resource"])
      )
    );
    return findings;
  }
  if (grant2.inline && !access3.inline) {
    findings.push(
      error(
        "grant/inline-not-allowed",
        'This grant carries its own rules, but policy/access.yaml has no "inline:" section allowing that. Use a "resource", or add "inline:" with approvers and a maxDuration.',
        grant2.locate([grant2.inline.grants.length ? "grants" : "ssh"], { key: true })
      )
    );
    return findings;
  }
  const rules = rulesFor(grant2, access3);
  grant2.grantees.forEach((g, i) => {
    const path = Array.isArray(grant2.grantees) ? ["grantees", i] : ["grantees"];
    if (g.startsWith("group:") && !groups.has(g)) {
      findings.push(
        error(
          "ref/unknown-group",
          `Grantee ${g} is not a group of the policy. Define it in policy/ or fix the name.`,
          grant2.locate(path)
        )
      );
    } else if (rules.eligible) {
      const eligible = isEligible(g, rules.eligible, groups, access3.people, teams);
      const what2 = grant2.resource ? `resource "${grant2.resource}"` : "inline grants";
      if (eligible === false)
        findings.push(
          error(
            "grant/not-eligible",
            `${g} is not eligible for ${what2}; eligible: ${rules.eligible.join(", ")}.` + (rules.eligible.some(isTeam) ? ' (A team counts a grantee whose GitHub login, through "people", is an active member.)' : ""),
            grant2.locate(path)
          )
        );
      else if (eligible === void 0)
        findings.push(
          warning(
            "grant/eligible-team-unverified",
            `${g} is eligible for ${what2} only through a GitHub team (${rules.eligible.filter(isTeam).join(", ")}); membership is read from GitHub in check and apply, not offline.`,
            grant2.locate(path)
          )
        );
    }
  });
  if (rules.ticketPattern !== void 0) {
    const pattern = new RegExp(rules.ticketPattern, "u");
    if (grant2.ticket === void 0) {
      findings.push(
        error(
          "grant/ticket-required",
          `${grant2.resource ? `Resource "${grant2.resource}"` : "An inline grant"} requires a "ticket" matching ${rules.ticketPattern}. Add e.g. ticket: INC-1234.`,
          grant2.locate([])
        )
      );
    } else if (!pattern.test(grant2.ticket)) {
      findings.push(
        error(
          "grant/ticket-format",
          `Ticket "${grant2.ticket}" does not match ${rules.ticketPattern}.`,
          grant2.locate(["ticket"])
        )
      );
    }
  }
  if (grant2.duration && grantState(grant2, now) !== "expired") {
    if (grant2.duration.ms > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(grant2.duration.ms)} from its merge, longer than the ${rules.maxDuration} allowed for ${grant2.resource ? `"${grant2.resource}"` : "inline grants"}. Shorten "duration".`,
          grant2.locate(["duration"])
        )
      );
    }
  } else if (grantState(grant2, now) !== "expired") {
    const from = Math.max(grant2.starts?.getTime() ?? 0, now.getTime());
    const length = grant2.expires.getTime() - from;
    if (length > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(length)} from ${grant2.starts && grant2.starts.getTime() > now.getTime() ? "its start" : "now"}, longer than the ${rules.maxDuration} allowed for ${grant2.resource ? `"${grant2.resource}"` : "inline grants"}. Move "expires" earlier.`,
          grant2.locate(["expires"])
        )
      );
    }
  }
  return findings;
}
function isEligible(grantee, eligible, groups, people, teams) {
  if (eligible.includes(grantee)) return true;
  const teamList = eligible.filter(isTeam);
  const one = (login2) => {
    if (includesUser(eligible, login2, groups)) return true;
    if (teamList.length === 0) return false;
    const gh = people.get(login2);
    if (!gh) return false;
    if (!teams) return void 0;
    return teamList.some((t) => teams.has(t, gh));
  };
  const members = grantee.startsWith("group:") ? groups.get(grantee) ?? [] : [grantee];
  if (members.length === 0) return false;
  const answers = members.map(one);
  if (answers.includes(false)) return false;
  return answers.includes(void 0) ? void 0 : true;
}
function duplicateGrants(grants, now) {
  const findings = [];
  const seen = /* @__PURE__ */ new Map();
  const start = (g) => Math.max(g.starts?.getTime() ?? -Infinity, now.getTime());
  const compare2 = (g, who, other) => {
    const overlap2 = start(g) < other.expires.getTime() && start(other) < g.expires.getTime();
    if (overlap2) {
      findings.push(
        warning(
          "grant/duplicate",
          `${who} already has "${g.resource}" over an overlapping window in ${other.path}. Extend that grant instead of adding another.`,
          g.locate(["resource"])
        )
      );
    }
  };
  for (const g of grants) {
    if (g.resource === void 0 || grantState(g, now) === "expired") continue;
    let byGrantee = seen.get(g.resource);
    if (byGrantee === void 0) seen.set(g.resource, byGrantee = /* @__PURE__ */ new Map());
    for (const who of g.grantees) {
      const earlier = byGrantee.get(who);
      if (earlier === void 0) byGrantee.set(who, g);
      else if (Array.isArray(earlier)) {
        for (const other of earlier) compare2(g, who, other);
        earlier.push(g);
      } else {
        compare2(g, who, earlier);
        byGrantee.set(who, [earlier, g]);
      }
    }
  }
  return findings;
}
var init_grants = __esm({
  "src/policy/grants.ts"() {
    "use strict";
    init_findings();
    init_access();
    init_time();
    init_shape();
  }
});

// src/policy/render.ts
function canonicalJson(value) {
  const parts = [];
  writeCanonical(value, parts);
  return parts.join("");
}
function writeCanonical(value, parts, flush) {
  if (flush && parts.length >= DIGEST_BATCH) flush();
  if (Array.isArray(value)) {
    parts.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(",");
      writeCanonical(value[i], parts, flush);
    }
    parts.push("]");
  } else if (value && typeof value === "object") {
    const keys = sortedKeys(value);
    parts.push("{");
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) parts.push(",");
      parts.push(quotedKey(keys[i]), ":");
      writeCanonical(value[keys[i]], parts, flush);
    }
    parts.push("}");
  } else {
    parts.push(JSON.stringify(value) ?? "null");
  }
}
function sortedKeys(value) {
  const keys = Object.keys(value);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > k) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}
function quotedKey(key2) {
  let q = QUOTED.get(key2);
  if (q === void 0) {
    q = JSON.stringify(key2);
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(key2, q);
  }
  return q;
}
function policyDigest(policy) {
  const hash = new Sha256();
  const parts = [];
  const flush = () => {
    hash.update(parts.join(""));
    parts.length = 0;
  };
  writeCanonical(policy, parts, flush);
  flush();
  return `sha256:${hash.hex()}`;
}
function headerDigest(hujson) {
  const head = hujson.slice(0, Math.max(0, hujson.indexOf("{")));
  for (const line of head.split("\n")) {
    const m = DIGEST_LINE.exec(line);
    if (m) return m[1];
  }
  return void 0;
}
function rulesFingerprint(path, rules) {
  return `sha256:${sha256Hex(canonicalJson({ grant: path, rules }))}`;
}
function ruleMarker(path, rules) {
  return `tailpolicy-rules: ${rules.length} ${rulesFingerprint(path, rules)} ${commentSafe(path, 300)}`;
}
function commentSafe(text2, max = 200) {
  const flat = PLAIN_LINE.test(text2) ? text2 : text2.replace(UNSAFE_IN_COMMENT, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function renderPolicy(policy, digest2, opts = {}) {
  const text2 = new PolicyText(policy, digest2, opts);
  const chunks = [];
  for (let chunk = text2.next(); chunk !== void 0; chunk = text2.next()) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : chunks.join("");
}
function order(section2) {
  const i = SECTION_ORDER.indexOf(section2);
  return i === -1 ? SECTION_ORDER.length : i;
}
function inlineLine(value, kept) {
  const v = value.length === 1 ? value[0] : void 0;
  if (v !== void 0) return v === null || typeof v !== "object" ? `[${JSON.stringify(v)}]` : void 0;
  let line = kept.get(value);
  if (line === void 0) {
    line = value.every((v2) => v2 === null || typeof v2 !== "object") ? `[${value.map((v2) => JSON.stringify(v2)).join(", ")}]` : null;
    kept.set(value, line);
  }
  return line ?? void 0;
}
function parsesBackTo(text2, policy) {
  if (new ParseBack(text2).matches(policy)) return true;
  const fast = readStrictJson(text2);
  let parsed;
  if (fast) parsed = fast.value;
  else {
    const errors = [];
    const root = parseTree2(text2, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) return false;
    parsed = getNodeValue2(root);
  }
  return sameJson(parsed, asJson(policy));
}
function asJson(policy) {
  return isJsonData(policy) ? policy : JSON.parse(JSON.stringify(policy));
}
function isJsonData(root) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null || typeof v.toJSON === "function")
      return false;
    for (const key2 of Object.keys(v)) stack.push(v[key2]);
  }
  return true;
}
function sameJson(a, b) {
  const stack = [a, b];
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const xs = x;
    const ys = y;
    const keys = Object.keys(xs);
    if (keys.length !== Object.keys(ys).length) return false;
    for (const k of keys) {
      if (!Object.hasOwn(ys, k)) return false;
      stack.push(xs[k], ys[k]);
    }
  }
  return true;
}
var DIGEST_BATCH, QUOTED, DIGEST_LINE, UNSAFE_IN_COMMENT, PLAIN_LINE, SECTION_ORDER, INLINE_LIMIT, RENDER_BATCH, TABS, tabs, LIST, OBJECT, TOP, PolicyText, ParseBack, ODD_BREAK;
var init_render = __esm({
  "src/policy/render.ts"() {
    "use strict";
    init_main();
    init_merge();
    init_controls();
    init_strict_json();
    init_sha256();
    DIGEST_BATCH = 8192;
    QUOTED = /* @__PURE__ */ new Map();
    DIGEST_LINE = /^[ \t]*\/\/[ \t]*tailpolicy-digest:[ \t]*(sha256:[0-9a-f]{64})\s*$/;
    UNSAFE_IN_COMMENT = runsOf([...CONTROLS, ...INVISIBLE]);
    PLAIN_LINE = /^[!-~]+(?: [!-~]+)*$/;
    SECTION_ORDER = Object.keys(POLICY_SECTIONS);
    INLINE_LIMIT = 100;
    RENDER_BATCH = 2048;
    TABS = [];
    tabs = (n) => TABS[n] ??= "	".repeat(n);
    LIST = 0;
    OBJECT = 1;
    TOP = 2;
    PolicyText = class {
      constructor(policy, digest2, opts = {}) {
        this.opts = opts;
        const header = [];
        if (opts.repositoryUrl)
          header.push(`// This tailnet's ACLs are maintained in ${commentSafe(opts.repositoryUrl, 300)}`);
        const from = opts.repository ? ` from ${commentSafe(opts.repository, 200)}${opts.commit ? ` at ${commentSafe(opts.commit, 100)}` : ""}` : "";
        header.push(`// Generated by tailpolicy${from}.`);
        header.push("// Do not edit this policy in the admin console: change the repository instead.");
        header.push("// Edits made here are detected as drift and stop the next apply.");
        header.push(`// tailpolicy-digest: ${digest2}`);
        const keys = Object.keys(policy).sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
        this.parts = [header.join("\n"), "\n{\n"];
        this.stack = [{ kind: TOP, value: policy, keys, i: 0, depth: 0, comments: void 0 }];
      }
      opts;
      parts;
      stack;
      inline = /* @__PURE__ */ new Map();
      finished = false;
      /** The next chunk of the text; undefined once it has all been given. */
      next() {
        if (this.finished) return void 0;
        const parts = this.parts;
        while (this.stack.length > 0 && parts.length < RENDER_BATCH) this.step();
        if (this.stack.length === 0) this.finished = true;
        const chunk = parts.join("");
        parts.length = 0;
        return chunk;
      }
      /** One entry of the innermost open list or object, or its end. */
      step() {
        const parts = this.parts;
        const f = this.stack[this.stack.length - 1];
        if (f.kind === LIST) {
          const list2 = f.value;
          if (f.i === list2.length) {
            this.stack.pop();
            parts.push("\n", tabs(f.depth), "]", ",");
            return;
          }
          const i2 = f.i++;
          if (i2 > 0) parts.push("\n");
          if (!(i2 in list2)) return;
          const inner = tabs(f.depth + 1);
          for (const c of f.comments?.get(i2) ?? []) parts.push(inner, "// ", commentSafe(c, 400), "\n");
          parts.push(inner);
          if (this.open(list2[i2], f.depth + 1, void 0)) parts.push(",");
          return;
        }
        const keys = f.keys;
        if (f.i === keys.length) {
          this.stack.pop();
          if (f.kind === OBJECT) parts.push("\n", tabs(f.depth), "}", ",");
          else parts.push("\n}\n");
          return;
        }
        const i = f.i++;
        const k = keys[i];
        if (i > 0) parts.push("\n");
        if (f.kind === OBJECT) parts.push(tabs(f.depth + 1), quotedKey(k), ": ");
        else parts.push("	", JSON.stringify(k), ": ");
        const comments = f.kind === TOP ? this.opts.comments?.get(k) : void 0;
        if (this.open(f.value[k], f.depth + 1, comments)) parts.push(",");
      }
      /** Writes `value` whole (true), or its opening, with a frame for the rest (false). */
      open(value, depth, comments) {
        const parts = this.parts;
        if (Array.isArray(value)) {
          if (value.length === 0) {
            parts.push("[]");
            return true;
          }
          const line = comments ? void 0 : inlineLine(value, this.inline);
          if (line !== void 0 && line.length + depth * 4 <= INLINE_LIMIT) {
            parts.push(line);
            return true;
          }
          parts.push("[\n");
          this.stack.push({ kind: LIST, value, keys: void 0, i: 0, depth, comments });
          return false;
        }
        if (value && typeof value === "object") {
          const keys = Object.keys(value);
          if (keys.length === 0) {
            parts.push("{}");
            return true;
          }
          parts.push("{\n");
          this.stack.push({ kind: OBJECT, value, keys, i: 0, depth, comments: void 0 });
          return false;
        }
        parts.push(JSON.stringify(value) ?? "null");
        return true;
      }
    };
    ParseBack = class {
      text;
      i = 0;
      /** Whether the text read so far has a line break other than "\n" (renderPolicy writes none). */
      oddBreaks;
      /** The next chunk of the text, when it is read in chunks (undefined after the last). */
      pull;
      /**
       * `source` is the whole text, or a function giving it chunk by chunk (a PolicyText's `next`):
       * only the part not yet read of the chunks taken so far is held.
       */
      constructor(source) {
        if (typeof source === "string") {
          this.text = source;
          this.oddBreaks = ODD_BREAK.test(source);
        } else {
          this.text = "";
          this.oddBreaks = false;
          this.pull = source;
        }
      }
      matches(expected) {
        if (!this.value(expected, true)) return false;
        return this.skip() && this.i === this.text.length;
      }
      /** Takes the next chunk after what is left to read; false when there is none. */
      more() {
        if (this.pull === void 0) return false;
        const chunk = this.pull();
        if (chunk === void 0) {
          this.pull = void 0;
          return false;
        }
        this.text = this.i < this.text.length ? this.text.slice(this.i) + chunk : chunk;
        this.i = 0;
        if (!this.oddBreaks && ODD_BREAK.test(chunk)) this.oddBreaks = true;
        return true;
      }
      /** At least `n` characters from the scan on are read, or all there are. */
      ensure(n) {
        while (this.text.length - this.i < n && this.more()) ;
      }
      /** Where `needle` is, from `after` characters past the scan on; -1 when the text has no more. */
      find(needle, after) {
        for (; ; ) {
          const at2 = this.text.indexOf(needle, this.i + after);
          if (at2 >= 0 || !this.more()) return at2;
        }
      }
      /** Past whitespace and comments; false on anything parsesBackTo's full reading should judge. */
      skip() {
        for (; ; ) {
          if (this.i >= this.text.length) {
            if (!this.more()) return true;
            continue;
          }
          const c = this.text.charCodeAt(this.i);
          if (c === 32 || c === 10 || c === 9 || c === 13) this.i++;
          else if (c === 47) {
            this.ensure(2);
            const next = this.text.charCodeAt(this.i + 1);
            if (next === 47) {
              const nl = this.find("\n", 2);
              const t = this.text;
              const end = nl < 0 ? t.length : nl;
              for (let j = this.i + 2; this.oddBreaks && j < end; j++) {
                const d = t.charCodeAt(j);
                if (d === 13 || d === 8232 || d === 8233) return false;
              }
              this.i = end;
            } else if (next === 42) {
              const close = this.find("*/", 2);
              if (close < 0) return false;
              this.i = close + 2;
            } else return false;
          } else return true;
        }
      }
      /** The string token at the scan equals `s` (no escape, no control character in it). */
      string(s) {
        this.ensure(s.length + 2);
        const t = this.text;
        const start = this.i + 1;
        const end = start + s.length;
        if (t.charCodeAt(this.i) !== 34 || t.charCodeAt(end) !== 34) return false;
        for (let j = 0; j < s.length; j++) {
          const c = s.charCodeAt(j);
          if (c !== t.charCodeAt(start + j) || c < 32 || c === 92 || c === 34) return false;
        }
        this.i = end + 1;
        return true;
      }
      /** The value at the scan (after whitespace and comments) is `expected`. */
      value(expected, top = false) {
        if (!this.skip()) return false;
        if (typeof expected === "string") return this.string(expected);
        if (typeof expected === "number" || typeof expected === "boolean" || expected === null) {
          if (typeof expected === "number" && !Number.isFinite(expected)) return false;
          const spelled = JSON.stringify(expected);
          this.ensure(spelled.length + 1);
          const t = this.text;
          if (!t.startsWith(spelled, this.i)) return false;
          this.i += spelled.length;
          const d = t.charCodeAt(this.i);
          if (d >= 48 && d <= 57 || d >= 97 && d <= 122 || d >= 65 && d <= 90 || d === 46 || d === 43 || d === 45)
            return false;
          return true;
        }
        if (typeof expected !== "object") return false;
        if (Array.isArray(expected)) {
          if (this.text.charCodeAt(this.i) !== 91) return false;
          this.i++;
          for (let k = 0; k < expected.length; k++) {
            if (!(k in expected) || !this.value(expected[k])) return false;
            if (!this.separator(93, k === expected.length - 1)) return false;
          }
          if (expected.length === 0 && !this.skip()) return false;
          if (this.text.charCodeAt(this.i) !== 93) return false;
          this.i++;
          return true;
        }
        const proto = Object.getPrototypeOf(expected);
        if (proto !== Object.prototype && proto !== null || typeof expected.toJSON === "function")
          return false;
        if (this.text.charCodeAt(this.i) !== 123) return false;
        this.i++;
        const record = expected;
        const keys = Object.keys(record);
        const seen = top ? /* @__PURE__ */ new Set() : void 0;
        for (let k = 0; k < keys.length; k++) {
          if (!this.skip()) return false;
          let key2 = keys[k];
          if (seen) {
            const q = this.find('"', 1);
            if (this.text.charCodeAt(this.i) !== 34 || q < 0) return false;
            key2 = this.text.slice(this.i + 1, q);
            if (seen.has(key2) || !Object.hasOwn(record, key2)) return false;
            seen.add(key2);
          }
          if (!this.string(key2) || !this.skip() || this.text.charCodeAt(this.i) !== 58) return false;
          this.i++;
          if (!this.value(record[key2])) return false;
          if (!this.separator(125, k === keys.length - 1)) return false;
        }
        if (keys.length === 0 && !this.skip()) return false;
        if (this.text.charCodeAt(this.i) !== 125) return false;
        this.i++;
        return true;
      }
      /** After an item: a comma, or (for the last) an optional comma before the closing bracket. */
      separator(close, last) {
        if (!this.skip()) return false;
        if (this.text.charCodeAt(this.i) === 44) {
          this.i++;
          if (!last) return true;
          return this.skip() && this.text.charCodeAt(this.i) === close;
        }
        return last && this.text.charCodeAt(this.i) === close;
      }
    };
    ODD_BREAK = /[\r\u2028\u2029]/;
  }
});

// src/policy/compile.ts
function compileGrants(input) {
  const dirs = dirList(input.policyDir);
  const rank = (path) => {
    const i = dirs.findIndex((d) => within(path, d));
    return i < 0 ? dirs.length : i;
  };
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const byFolder = (a, b) => rank(a.path) - rank(b.path) || byPath(a, b);
  const baseFindings = [];
  const reserved = { dns: [], access: [] };
  const fragments = [];
  for (const file of [...input.policyFiles].sort(byFolder)) {
    if (!formatOf(file.path)) continue;
    const parsed = parseSource(file);
    baseFindings.push(...parsed.findings);
    const dir = dirs[rank(file.path)];
    const rel = dir !== void 0 && dir !== "." ? file.path.slice(dir.length + 1) : file.path;
    const name = RESERVED.find((r) => new RegExp(`^${r}\\.(ya?ml|json|hujson)$`, "i").test(rel));
    (name ? reserved[name] : fragments).push(parsed);
  }
  for (const name of RESERVED) {
    for (const extra of reserved[name].slice(1)) {
      baseFindings.push(
        error(
          "merge/duplicate",
          `${extra.path} duplicates ${reserved[name][0].path}; keep one ${name} file.`,
          extra.locate([])
        )
      );
    }
  }
  const merged = mergeFragments(fragments);
  baseFindings.push(...merged.findings);
  const built = buildAccess(reserved.access[0]);
  const scoped = scopeResources(built.access, input.scope);
  const access3 = scoped.access;
  const accessFindings = [...built.findings, ...scoped.findings];
  const elsewhere = (resource) => {
    const seen = scoped.elsewhere.get(resource);
    if (seen || access3.resources.has(resource) || !input.scope?.owners) return seen;
    const owner = input.scope.owners.get(resource);
    const home = input.scope.targets.find((t) => t.name === owner && owner !== input.scope.name);
    return home ? { target: home.name, grantsDir: home.grantsDir } : void 0;
  };
  const { dns: dns2, findings: dnsFindings } = buildDns(reserved.dns[0]);
  baseFindings.push(...accessFindings, ...dnsFindings, ...checkAccessReferences(access3, merged.policy));
  baseFindings.push(...reservedPostureNames(merged.policy, merged.origins));
  const again = compiledLists.has(input.grantFiles);
  compiledLists.add(input.grantFiles);
  const grants = [...input.grantFiles].filter((f) => /\.ya?ml$/i.test(f.path)).sort(byPath).map((file) => {
    const parsed = parseSource(file, "grant", again);
    const built2 = buildGrant(parsed, { merged: input.merges?.get(file.path), now: input.now });
    const findings = [...parsed.findings.filter((f) => !built2.findings.includes(f)), ...built2.findings];
    if (!built2.grant) return { path: file.path, included: false, findings };
    const away = built2.grant.resource !== void 0 ? elsewhere(built2.grant.resource) : void 0;
    if (away) findings.push(wrongTarget(built2.grant, away, input.scope));
    else findings.push(...checkGrant(built2.grant, access3, merged.policy, input.now));
    const state = grantState(built2.grant, input.now);
    const excludedReason = input.exclude?.get(file.path);
    const valid = !findings.some((f) => f.severity === "error");
    return {
      path: file.path,
      grant: built2.grant,
      state,
      included: valid && state === "active" && excludedReason === void 0,
      ...excludedReason !== void 0 ? { excludedReason } : {},
      findings
    };
  });
  const validGrants = grants.filter((g) => g.grant && !g.findings.some((f) => f.severity === "error")).map((g) => g.grant);
  const duplicates = duplicateGrants(validGrants, input.now);
  for (const d of duplicates) grants.find((g) => g.path === d.location?.file)?.findings.push(d);
  return { now: input.now, policy: merged.policy, access: access3, ...dns2 ? { dns: dns2 } : {}, grants, baseFindings, merged };
}
function compile(input) {
  const { merged, access: access3, dns: dns2, grants, baseFindings } = compileGrants(input);
  const { policy, generated, generatedBy } = addGrantRules(merged.policy, merged.origins, grants, access3);
  const digest2 = policyDigest(policy);
  const rendering = {
    repositoryUrl: input.source?.repositoryUrl,
    repository: input.source?.repository,
    commit: input.source?.commit,
    comments: listComments(policy, merged.origins, generated)
  };
  let text2;
  let textLength = 0;
  let readBack = false;
  if (input.textOnRead) {
    const chunks = new PolicyText(policy, digest2, rendering);
    readBack = new ParseBack(() => {
      const chunk = chunks.next();
      if (chunk !== void 0) textLength += chunk.length;
      return chunk;
    }).matches(policy);
  }
  if (!readBack) {
    text2 = renderPolicy(policy, digest2, rendering);
    textLength = text2.length;
    readBack = parsesBackTo(text2, policy);
  }
  if (!readBack) {
    baseFindings.push(
      error(
        "render/mismatch",
        "The rendered policy text does not parse back to the policy that was validated (a file name or reason would change the pushed rules), so nothing will be pushed. Rename the file or folder with unusual characters, or report this to tailpolicy.",
        { file: dirList(input.policyDir)[0] ?? ".", line: 1, column: 1 }
      )
    );
  }
  let nextChange;
  const after = input.now.getTime();
  for (const g of grants) {
    if (!g.grant || g.state === "expired" || g.findings.some((f) => f.severity === "error")) continue;
    for (const d of [g.grant.starts, g.grant.expires]) {
      if (d !== void 0 && d.getTime() > after && (nextChange === void 0 || d.getTime() < nextChange.getTime()))
        nextChange = d;
    }
  }
  return {
    now: input.now,
    policy,
    // Written again when it is read, if it was not kept: the same text (rendering is pure, and
    // nothing changes the compiled policy).
    get text() {
      return text2 ??= renderPolicy(policy, digest2, rendering);
    },
    textLength,
    digest: digest2,
    dns: dns2,
    access: access3,
    grants,
    nextChange,
    findings: sortFindings([...baseFindings, ...grants.flatMap((g) => g.findings)]),
    baseErrors: baseFindings.some((f) => f.severity === "error"),
    locate: merged.origins.locate,
    generatedBy
  };
}
function wrongTarget(grant2, away, scope) {
  const here2 = scope.targets.find((t) => t.name === scope.name).grantsDir;
  const rest = grant2.path.startsWith(`${here2}/`) ? grant2.path.slice(here2.length + 1) : grant2.path.split("/").pop();
  return error(
    "grant/wrong-target",
    `Resource "${grant2.resource}" lives in the tailnet of target "${away.target}", so its grants go in ${away.grantsDir}/, not in ${here2}/ ("${scope.name}"): move this file to ${away.grantsDir}/${rest}.`,
    grant2.locate(["resource"])
  );
}
function addGrantRules(base, origins, grants, access3) {
  const policy = { ...base };
  const generated = /* @__PURE__ */ new Map();
  const generatedBy = /* @__PURE__ */ new Map();
  for (const entry of grants) {
    if (!entry.included || !entry.grant) continue;
    const g = entry.grant;
    const resource = g.resource !== void 0 ? access3.resources.get(g.resource) : void 0;
    const from = resource ? resource.locate : g.locate;
    const enforcing = rulesFor(g, access3);
    const gate = enforcing?.enforce === "posture" ? new GrantGate(g.path, { postures: base.postures, defaultSrcPosture: base.defaultSrcPosture }) : void 0;
    for (const section2 of SECTIONS) {
      const rules = resource ? resource[section2] : g.inline?.[section2] ?? [];
      if (rules.length === 0) continue;
      if (policy[section2] === base[section2]) policy[section2] = [...base[section2] ?? []];
      const list2 = policy[section2];
      const first = list2.length;
      let gen = generatedBy.get(section2);
      if (gen === void 0) generatedBy.set(section2, gen = /* @__PURE__ */ new Map());
      for (let j = 0; j < rules.length; j++) {
        const rule = rules[j];
        const plain2 = section2 === "ssh" ? sshRule(rule, g.grantees) : { src: g.grantees, ...rule };
        gen.set(list2.length, g.path);
        list2.push(gate ? gate.gateRule(plain2) : plain2);
      }
      const run2 = new GrantRules(first, list2.length, section2, g, from, gate, gate ? enforcing : void 0);
      origins.addRun([section2], run2);
      let runs = generated.get(section2);
      if (runs === void 0) generated.set(section2, runs = []);
      runs.push(run2);
    }
    if (gate) addGatePostures(policy, origins, gate, enforcing.locate);
  }
  return { policy, generated, generatedBy };
}
function addGatePostures(policy, origins, gate, rulesLocate) {
  const generated = gate.postures();
  if (generated.length === 0) return;
  const postures = isPlainObject(policy.postures) ? { ...policy.postures } : {};
  for (const p of generated) {
    postures[p.name] = p.conditions;
    const copied = p.conditions.length - 1;
    origins.set(
      ["postures", p.name],
      (rest, opts) => p.base !== void 0 && typeof rest[0] === "number" && rest[0] < copied ? origins.locate(["postures", p.base, ...rest], opts) : rulesLocate(["enforce"], opts)
    );
  }
  policy.postures = postures;
}
function reservedPostureNames(policy, origins) {
  if (!isPlainObject(policy.postures)) return [];
  return Object.keys(policy.postures).filter(isGeneratedPostureName).map(
    (name) => error(
      "posture/reserved-name",
      `"${name}" has the form of the postures tailpolicy generates for "enforce: posture" grants (posture:tp-<id>). Rename it.`,
      origins.locate(["postures", name], { key: true })
    )
  );
}
function sshRule(rule, grantees) {
  const { action, ...rest } = rule;
  return action === void 0 ? { src: grantees, ...rest } : { action, src: grantees, ...rest };
}
function grantComment(g, attribute) {
  const from = g.starts ?? g.duration?.mergedAt;
  const window = `${from ? humanUtc(from) : "now"} until ${humanUtc(g.expires)}${g.duration ? ` (${g.duration.text} from merge)` : ""}`;
  const what2 = g.resource ?? "inline rules";
  const ticket = g.ticket ? ` [${g.ticket}]` : "";
  const gate = attribute ? ` (expiry enforced by ${attribute})` : "";
  return commentSafe(
    `grant ${g.path}: ${g.grantees.join(", ")} -> ${what2}, ${window}${ticket}${gate}: ${g.reason}`,
    300
  );
}
function listComments(policy, origins, generated) {
  const out = /* @__PURE__ */ new Map();
  for (const [section2, value] of Object.entries(policy)) {
    if (!Array.isArray(value)) continue;
    const runs = generated.get(section2);
    const baseCount = runs?.[0]?.start ?? value.length;
    let files;
    let previous;
    for (let i = 0; i < baseCount; i++) {
      const file = origins.fileOf([section2, i]);
      if (file && file !== previous) (files ??= /* @__PURE__ */ new Map()).set(i, [file]);
      previous = file;
    }
    if (runs === void 0 || runs.length === 0) {
      if (files) out.set(section2, files);
      continue;
    }
    const base = files;
    out.set(section2, {
      get: (i) => {
        if (i < baseCount) return base?.get(i);
        const run2 = runAt(runs, i);
        return run2?.start === i ? run2.comments(value) : void 0;
      }
    });
  }
  return out;
}
var RESERVED, compiledLists, SECTIONS, GrantRules;
var init_compile = __esm({
  "src/policy/compile.ts"() {
    "use strict";
    init_access();
    init_posture_gate();
    init_posture_keys();
    init_dns();
    init_findings();
    init_grants();
    init_merge();
    init_render();
    init_source();
    init_time();
    init_targets();
    RESERVED = ["dns", "access"];
    compiledLists = /* @__PURE__ */ new WeakSet();
    SECTIONS = ["grants", "ssh"];
    GrantRules = class {
      constructor(start, end, section2, grant2, from, gate, enforcing) {
        this.start = start;
        this.end = end;
        this.section = section2;
        this.grant = grant2;
        this.from = from;
        this.gate = gate;
        this.enforcing = enforcing;
      }
      start;
      end;
      section;
      grant;
      from;
      gate;
      enforcing;
      /** `[j, ...rest]`: the rule j of the run, and the path in it. */
      locate(path, opts) {
        const j = path[0];
        const field2 = path[1];
        if (field2 === "src") return this.grant.locate(["grantees"], opts);
        if (this.gate && field2 === "srcPosture")
          return this.from([this.section, j, "srcPosture"], opts) ?? this.enforcing.locate(["enforce"], opts);
        return this.from([this.section, j, ...path.slice(1)], opts);
      }
      /** The note naming the grant, and the marker of its rules in `list` (the section's rules). */
      comments(list2) {
        return [grantComment(this.grant, this.gate?.key), ruleMarker(this.grant.path, list2.slice(this.start, this.end))];
      }
    };
  }
});

// src/review/approvals.ts
function approvalRulesFor(subject, access3) {
  return subject.resource !== void 0 ? access3.resources.get(subject.resource) : access3.inline;
}
function granteeLogins(grantees, policies) {
  const out = /* @__PURE__ */ new Set();
  for (const g of grantees) {
    if (!g.startsWith("group:")) out.add(g);
    else for (const p of policies) for (const m of groupMembers(p).get(g) ?? []) out.add(m);
  }
  return out;
}
function latestReviews(reviews) {
  const ordered = [...reviews].sort((a, b) => {
    const [x, y] = [a.submittedAt ?? "", b.submittedAt ?? ""];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const latest = /* @__PURE__ */ new Map();
  for (const r of ordered) {
    if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}
function evaluateApprovals(grant2, access3, policy, pr, reviews, headPolicy, teams) {
  const rules = approvalRulesFor(grant2, access3);
  const base = { path: grant2.path, counted: [], ignored: [], candidates: [] };
  if (!rules) {
    const problem = grant2.resource !== void 0 ? `resource "${grant2.resource}" is not in access.yaml on the base branch; approvals follow the base branch's rules, so add the resource in its own pull request first` : `access.yaml on the base branch has no "inline:" section; approvals follow the base branch's rules, so add it in its own pull request first`;
    return { ...base, approved: false, required: 1, approvers: [], problem };
  }
  const groups = groupMembers(policy);
  const byGitHub = /* @__PURE__ */ new Map();
  for (const [login2, gh] of access3.people)
    byGitHub.set(gh.toLowerCase(), [...byGitHub.get(gh.toLowerCase()) ?? [], login2]);
  const grantees = granteeLogins(grant2.grantees, headPolicy ? [policy, headPolicy] : [policy]);
  const author = pr.author?.toLowerCase();
  const teamApprovers = rules.approvers.filter(isTeam);
  const unmappedGrantees = [...grantees].filter((l) => l.includes("@") && !access3.people.has(l));
  const whyNot = (gh) => {
    if (gh === author) return "the PR author";
    const logins = byGitHub.get(gh) ?? [];
    const team = teams ? teamApprovers.find((t) => teams.has(t, gh)) : void 0;
    if (logins.length === 0 && !team) return 'not mapped to a login in access.yaml "people"';
    if (logins.some((l) => grantees.has(l))) return "a grantee";
    if (team && !logins.some((l) => includesUser(rules.approvers, l, groups))) {
      if (logins.length === 0 && unmappedGrantees.length > 0)
        return `a member of ${team} not mapped in "people", and grantee ${unmappedGrantees[0]} is not mapped either, so they cannot be told apart; map both under "people"`;
      return void 0;
    }
    if (!logins.some((l) => includesUser(rules.approvers, l, groups)))
      return `not among the approvers (${rules.approvers.join(", ")})`;
    return void 0;
  };
  const counted = [];
  const ignored = [];
  for (const [gh, review] of latestReviews(reviews)) {
    if (review.state !== "APPROVED") continue;
    const why = whyNot(gh) ?? (review.commitId !== pr.headSha ? "approved an older commit; approve the latest one" : void 0);
    if (why) ignored.push({ user: review.user, why });
    else counted.push(review.user);
  }
  const candidates2 = [...byGitHub.keys()].filter((gh) => whyNot(gh) === void 0 && !counted.some((c) => c.toLowerCase() === gh)).map((gh) => [...access3.people.values()].find((v) => v.toLowerCase() === gh)).sort();
  return {
    path: grant2.path,
    approved: counted.length >= rules.approvals,
    required: rules.approvals,
    counted,
    ignored,
    candidates: candidates2,
    approvers: rules.approvers
  };
}
function commitRules(policyDir, policyFiles) {
  const compiled = compileGrants({ policyDir, policyFiles, grantFiles: [], now: /* @__PURE__ */ new Date(0) });
  return { access: compiled.access, policy: compiled.policy };
}
var init_approvals = __esm({
  "src/review/approvals.ts"() {
    "use strict";
    init_access();
    init_compile();
  }
});

// src/git.ts
function deadline(opts) {
  if (opts.timeoutMs !== void 0) return opts.timeoutMs;
  const text2 = (opts.env ?? process.env).TAILPOLICY_GIT_TIMEOUT_MS;
  const ms = text2 ? Number(text2) : NaN;
  return Number.isInteger(ms) && ms > 0 ? ms : GIT_TIMEOUT_MS;
}
function runGit(root, args, opts = {}) {
  const maxBytes = opts.maxBytes ?? MAX_OUTPUT;
  const timeoutMs = deadline(opts);
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)(
      "git",
      [
        "--no-replace-objects",
        "--literal-pathspecs",
        "-c",
        "log.showSignature=false",
        "-c",
        "log.follow=false",
        "-c",
        "color.ui=false",
        "-c",
        "core.quotePath=false",
        "-C",
        root,
        ...args
      ],
      {
        detached: process.platform !== "win32",
        stdio: ["pipe", "pipe", "pipe"],
        env: {
          ...opts.env ?? process.env,
          GIT_TERMINAL_PROMPT: "0",
          GIT_ASKPASS: "echo",
          GCM_INTERACTIVE: "never",
          GIT_PAGER: "cat",
          LC_ALL: "C"
        },
        windowsHide: true
      }
    );
    const out = [];
    const err = [];
    let size = 0;
    let settled = false;
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const finish = (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        kill();
        reject(e);
      } else resolve(Buffer.concat(out));
    };
    const timer = setTimeout(
      () => finish(
        new UserError(
          `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1e3)} s and was stopped` + (args[0] === "fetch" ? "; the remote did not answer." : ` (in ${root}); set TAILPOLICY_GIT_TIMEOUT_MS to allow longer.`)
        )
      ),
      timeoutMs
    );
    timer.unref?.();
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes)
        finish(
          new UserError(
            `git ${args[0]} produced more than ${Math.round(maxBytes / 1048576)} MiB of output; the history is too large to read at once.`
          )
        );
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on(
      "error",
      (e) => finish(
        new UserError(
          e.code === "ENOENT" ? "git is not installed or not on PATH; tailpolicy reads the Git history." : `git could not be run: ${e.message}`
        )
      )
    );
    child.on("close", (code2, signal) => {
      if (code2 === 0) return finish(void 0);
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" ");
      finish(
        new UserError(`git ${args[0]} failed in ${root} (${signal ?? `exit ${code2}`})${message ? `: ${message}` : ""}`)
      );
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input);
  });
}
function gitRunner(root, env) {
  return (args, options = {}) => runGit(root, args, { ...options, ...env ? { env } : {} });
}
function filesAt(root, ref, dirs, env) {
  if (env !== void 0 || !FULL_ID.test(ref)) return readFilesAt(root, ref, dirs, env);
  const key2 = JSON.stringify([root, ref, dirs]);
  let hit = filesAtCache.get(key2);
  if (!hit) {
    hit = readFilesAt(root, ref, dirs);
    filesAtCache.set(key2, hit);
    hit.catch(() => filesAtCache.delete(key2));
    if (filesAtCache.size > FILES_AT_CACHE) filesAtCache.delete(filesAtCache.keys().next().value);
  }
  return hit.then((files) => files.map((f) => ({ ...f })));
}
async function readFilesAt(root, ref, dirs, env) {
  const run2 = gitRunner(root, env);
  const listing = (await run2(["ls-tree", "-r", "-z", "-l", "--end-of-options", ref, "--", ...dirs])).toString("utf8");
  const prefixes = dirs.map((d) => d.replace(/\/+$/, "")).filter((d) => d && d !== ".");
  const entries = [];
  const sizes = /* @__PURE__ */ new Map();
  for (const line of listing.split("\0").filter(Boolean)) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
    if (!m || m[2] !== "blob" || !REGULAR_FILE.test(m[1])) continue;
    const path = m[5];
    const dir = prefixes.find((p) => path.startsWith(`${p}/`));
    const rel = dir ? path.slice(dir.length + 1) : path;
    if (!formatOf(path) || rel.split("/").some((part) => part.startsWith("."))) continue;
    entries.push({ blob: m[3], path });
    sizes.set(m[3], Number(m[4]));
  }
  const blobs = await readSizedBlobs(run2, sizes);
  return entries.map((e) => ({ path: e.path, text: blobs.get(e.blob)?.text ?? " ".repeat(MAX_FILE_BYTES + 1) }));
}
async function readBlobs(git, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const check = (await git(["cat-file", "--batch-check"], { input: unique.map((id) => `${id}
`).join("") })).toString(
    "utf8"
  );
  const sizes = /* @__PURE__ */ new Map();
  for (const line of check.split("\n").filter(Boolean)) {
    const [id, type, size] = line.split(" ");
    if (type === "blob") sizes.set(id, Number(size));
  }
  return readSizedBlobs(git, sizes);
}
async function readSizedBlobs(git, sizes) {
  const out = /* @__PURE__ */ new Map();
  const small = [];
  for (const [id, size] of sizes) {
    if (size <= MAX_FILE_BYTES) small.push(id);
    else out.set(id, { size });
  }
  let chunk = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const data = await git(["cat-file", "--batch"], {
      input: chunk.map((id) => `${id}
`).join(""),
      maxBytes: bytes + chunk.length * 128 + 1024
    });
    let at2 = 0;
    while (at2 < data.length) {
      const eol = data.indexOf(10, at2);
      if (eol < 0) break;
      const [id, type, sizeText] = data.subarray(at2, eol).toString("utf8").split(" ");
      const size = Number(sizeText);
      if (type !== "blob" || !Number.isFinite(size))
        throw new Error(`Unexpected git cat-file output: ${data.subarray(at2, eol).toString("utf8")}`);
      out.set(id, { text: data.subarray(eol + 1, eol + 1 + size).toString("utf8"), size });
      at2 = eol + 1 + size + 1;
    }
    chunk = [];
    bytes = 0;
  };
  for (const id of small) {
    const size = sizes.get(id);
    if (bytes + size > MAX_BATCH_BYTES / 4) await flush();
    chunk.push(id);
    bytes += size;
  }
  await flush();
  return out;
}
async function isShallow(root, env) {
  const own2 = ownGitDir(root, env ?? process.env);
  if (own2) return (0, import_node_fs4.existsSync)((0, import_node_path3.join)(own2, "shallow"));
  const out = (await runGit(root, ["rev-parse", "--is-shallow-repository"], env ? { env } : {})).toString("utf8");
  return out.trim() !== "false";
}
function ownGitDir(root, env) {
  if (env.GIT_DIR || env.GIT_COMMON_DIR) return void 0;
  const dir = (0, import_node_path3.join)(root, ".git");
  try {
    if (!(0, import_node_fs4.lstatSync)(dir).isDirectory()) return void 0;
    if (!(0, import_node_fs4.existsSync)((0, import_node_path3.join)(dir, "HEAD")) || (0, import_node_fs4.existsSync)((0, import_node_path3.join)(dir, "commondir"))) return void 0;
  } catch {
    return void 0;
  }
  return dir;
}
async function firstParentCommitAt(root, ref, at2, env) {
  if (ref.startsWith("-") || Number.isNaN(at2.getTime())) return void 0;
  const seconds = Math.floor(at2.getTime() / 1e3);
  try {
    const out = await runGit(
      root,
      ["rev-list", "--first-parent", "-1", `--min-age=${seconds}`, "--end-of-options", ref],
      env ? { env } : {}
    );
    return out.toString("utf8").trim() || void 0;
  } catch {
    return void 0;
  }
}
var import_node_child_process, import_node_fs4, import_node_path3, MAX_OUTPUT, GIT_TIMEOUT_MS, REGULAR_FILE, MAX_BATCH_BYTES, FULL_ID, FILES_AT_CACHE, filesAtCache;
var init_git = __esm({
  "src/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs4 = require("node:fs");
    import_node_path3 = require("node:path");
    init_errors();
    init_source();
    MAX_OUTPUT = 64 * 1024 * 1024;
    GIT_TIMEOUT_MS = 12e4;
    REGULAR_FILE = /^100(644|755)$/;
    MAX_BATCH_BYTES = 256 * 1024 * 1024;
    FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
    FILES_AT_CACHE = 8;
    filesAtCache = /* @__PURE__ */ new Map();
  }
});

// src/review/auto-approve.ts
function onCallQuestion(grant2, baseAccess, author, at2) {
  const rules = grant2.resource !== void 0 ? baseAccess.resources.get(grant2.resource) : void 0;
  const onCall = rules?.onCall;
  if (!onCall) return void 0;
  const requester = [...baseAccess.people].find(([, gh]) => gh.toLowerCase() === author?.toLowerCase())?.[0];
  if (!requester) return { why: `the PR's author ${author ?? "(unknown)"} is not mapped in access.yaml "people"` };
  if (grant2.grantees.length !== 1 || grant2.grantees[0] !== requester)
    return { why: `auto-approval covers only a grant to its requester (${requester}) alone` };
  const length = grantLength(grant2, at2);
  if (length > onCall.maxDurationMs)
    return {
      why: `it lasts ${formatDuration(length)}, longer than the ${onCall.maxDuration} that autoApprove.onCall allows`
    };
  return { requester, schedules: onCall.schedules };
}
function breakGlassAnswer(grant2, baseAccess, labels, at2) {
  if (!labels.includes(BREAK_GLASS_LABEL)) return void 0;
  const rules = grant2.resource !== void 0 ? baseAccess.resources.get(grant2.resource) : void 0;
  const glass = rules?.breakGlass;
  if (!glass)
    return {
      why: `not break-glass: ${grant2.resource ? `resource "${grant2.resource}"` : "an inline grant"} has no breakGlass in the base's access.yaml`
    };
  const length = grantLength(grant2, at2);
  if (length > glass.maxDurationMs)
    return {
      why: `not break-glass: it lasts ${formatDuration(length)}, longer than the ${glass.maxDuration} that breakGlass allows`
    };
  return {
    approved: `break-glass: review required within ${glass.reviewWithin}`,
    reviewWithinMs: glass.reviewWithinMs
  };
}
function grantLength(grant2, at2) {
  return grant2.duration ? grant2.duration.ms : grant2.expires.getTime() - Math.max(grant2.starts?.getTime() ?? 0, at2.getTime());
}
function breakGlassMarker(path, pull) {
  return `<!-- tailpolicy:break-glass-review ${encodeURIComponent(path)} #${pull} -->`;
}
function reviewCommand(body) {
  const m = /(?:^|\n)\s*\/(approve|revoke)\b/i.exec(body);
  return m ? m[1].toLowerCase() : void 0;
}
var BREAK_GLASS_LABEL, BREAK_GLASS_REVIEW_LABEL;
var init_auto_approve = __esm({
  "src/review/auto-approve.ts"() {
    "use strict";
    init_time();
    BREAK_GLASS_LABEL = "break-glass";
    BREAK_GLASS_REVIEW_LABEL = "tailpolicy/break-glass-review";
  }
});

// src/review/break-glass-review.ts
function reviewMarkers(body) {
  const out = [];
  for (const m of (body ?? "").matchAll(MARKER)) {
    try {
      out.push({ path: decodeURIComponent(m[1]), pull: Number(m[2]), marker: m[0] });
    } catch {
    }
  }
  return out;
}
function judgeReviewComments(grant2, rules, author, comments) {
  const since = rules.since?.getTime() ?? -Infinity;
  const commands = comments.filter((c) => c.user && !c.body.includes(REPLY_MARKER) && !(Date.parse(c.createdAt) < since)).map((c) => ({ comment: c, command: reviewCommand(c.body) })).filter((c) => !!c.command).sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt));
  const judgement = { refused: [] };
  for (const { comment: c, command: kind } of commands) {
    const asOf = rules.asOf(c.createdAt);
    const id = c.id !== void 0 ? { commentId: c.id } : {};
    if ("unknown" in asOf) {
      judgement.refused.push({ ...id, user: c.user, command: kind, why: asOf.unknown });
      continue;
    }
    const verdict = evaluateApprovals(
      grant2,
      asOf.access,
      asOf.policy,
      { author, headSha: "review" },
      [{ user: c.user, state: "APPROVED", commitId: "review", submittedAt: c.createdAt }],
      void 0,
      rules.teams
    );
    if (verdict.counted.length > 0) {
      const slot = kind === "approve" ? "approved" : "revoked";
      judgement[slot] ??= {
        user: c.user,
        at: c.createdAt,
        ...id,
        asOf: asOf.sha,
        ...kind === "revoke" ? { reason: reasonOf(c.body) } : {}
      };
      continue;
    }
    const why = verdict.problem ?? verdict.ignored[0]?.why ?? "not an approver";
    judgement.refused.push({ ...id, user: c.user, command: kind, why, asOf: asOf.sha, approvers: verdict.approvers });
  }
  return judgement;
}
function reasonOf(body) {
  const m = /(?:^|\n)\s*\/revoke\b[ \t]*([^\n]*)/i.exec(body);
  return (m?.[1] ?? "").trim();
}
var REPLY_MARKER, MARKER;
var init_break_glass_review = __esm({
  "src/review/break-glass-review.ts"() {
    "use strict";
    init_approvals();
    init_auto_approve();
    REPLY_MARKER = "<!-- tailpolicy:break-glass-reply";
    MARKER = /<!-- tailpolicy:break-glass-review ([^ ]+) #(\d+) -->/g;
  }
});

// src/audit/approval-evidence.ts
function approvalStatusText(a) {
  if (a.status === "not verifiable") return a.detail ?? a.status;
  return a.detail ? `${a.status} (${a.detail})` : a.status;
}
function onCallKey(requester, schedules, at2) {
  return `${requester.toLowerCase()}
${schedules.join(",")}
${at2.toISOString()}`;
}
function latestApprovals(reviews) {
  return [...latestReviews(reviews).values()].filter((r) => r.state === "APPROVED");
}
function evaluateApproval(input) {
  const { pull, grant: grant2, rules } = input;
  const approvals = latestApprovals(input.reviews);
  const evidence = (judge) => approvals.map((r) => {
    const notCounted = judge(r.user);
    return {
      user: r.user,
      submittedAt: r.submittedAt,
      commitId: r.commitId,
      counts: notCounted === void 0,
      ...notCounted !== void 0 ? { notCounted } : {}
    };
  });
  if (!grant2)
    return {
      status: "unapproved",
      detail: "not a valid grant file",
      reviews: evidence(() => "the file is not a valid grant")
    };
  if (!rules)
    return {
      status: "unapproved",
      detail: "approval rules unknown",
      reviews: evidence(() => "the approval rules could not be read")
    };
  const verdict = evaluateApprovals(
    grant2,
    rules.access,
    rules.policy,
    { author: pull.author, headSha: pull.headSha },
    input.reviews,
    void 0,
    input.teams
  );
  if (verdict.problem !== void 0) {
    const detail = grant2.resource !== void 0 ? `resource "${grant2.resource}" not in access.yaml` : "inline rules not allowed by access.yaml";
    return { status: "unapproved", detail, reviews: evidence(() => "no approval rules apply") };
  }
  const ignored = new Map(verdict.ignored.map((i) => [i.user.toLowerCase(), i.why]));
  const reviews = evidence((user) => {
    const why = ignored.get(user.toLowerCase());
    return why === void 0 ? void 0 : FOR_AUDITORS.reduce((text2, [re, to]) => text2.replace(re, to), why);
  });
  const { required } = verdict;
  const counting = verdict.counted.length;
  if (!verdict.approved && pull.mergedAt) {
    const glass = breakGlassReview(input, grant2, rules, new Date(pull.mergedAt));
    if (glass) return { ...glass, required, reviews };
    const onCall = onCallApproval(input, grant2, rules, new Date(pull.mergedAt), counting);
    if (onCall) return { ...onCall, required, reviews };
  }
  return verdict.approved ? { status: "approved", required, reviews } : { status: "unapproved", detail: `${counting} of ${required} qualifying approvals`, required, reviews };
}
function breakGlassReview(input, grant2, rules, mergedAt) {
  const answer = breakGlassAnswer(grant2, rules.access, input.pull.labels ?? [], mergedAt);
  if (!answer || !("approved" in answer)) return void 0;
  const due = new Date(mergedAt.getTime() + answer.reviewWithinMs);
  const judged = judgeReviewComments(
    grant2,
    {
      asOf: (at2) => input.reviewRules?.get(at2) ?? { unknown: `the approvers as of ${at2} were not read` },
      ...input.teams ? { teams: input.teams } : {},
      since: mergedAt
    },
    input.pull.author,
    input.breakGlassComments ?? []
  );
  const judge = (kind) => {
    const c = kind === "approve" ? judged.approved : judged.revoked;
    return c ? `${c.user} at ${humanUtc(new Date(c.at))}` : void 0;
  };
  const revoked = judge("revoke");
  if (revoked) return { status: "unapproved", detail: `break-glass, revoked by ${revoked}` };
  const reviewed = judge("approve");
  if (reviewed) return { status: "approved", detail: `break-glass, reviewed by ${reviewed}` };
  const now = input.now ?? /* @__PURE__ */ new Date();
  return now.getTime() > due.getTime() ? { status: "unapproved", detail: `break-glass, review overdue since ${humanUtc(due)}` } : { status: "unapproved", detail: `break-glass, review pending until ${humanUtc(due)}` };
}
function onCallApproval(input, grant2, rules, mergedAt, counting) {
  const question = onCallQuestion(grant2, rules.access, input.pull.author, mergedAt);
  if (!question) return void 0;
  const lacking = `${counting} of ${approvalsRequired(grant2, rules)} qualifying approvals`;
  if ("why" in question) return { status: "unapproved", detail: `${lacking}; not auto-approved: ${question.why}` };
  const fact = input.onCall?.get(onCallKey(question.requester, question.schedules, mergedAt)) ?? {
    unknown: "no PagerDuty token"
  };
  if ("schedule" in fact)
    return {
      status: "approved",
      detail: `auto-approved: on call for schedule ${fact.schedule} at merge time (${humanUtc(mergedAt)})`
    };
  if ("why" in fact) return { status: "unapproved", detail: `${lacking}; not auto-approved: ${fact.why}` };
  return { status: "not verifiable", detail: `on-call approval not verifiable: ${fact.unknown}` };
}
function approvalsRequired(grant2, rules) {
  return (grant2.resource !== void 0 ? rules.access.resources.get(grant2.resource) : rules.access.inline)?.approvals ?? 1;
}
var NOT_LOOKED_UP, FOR_AUDITORS;
var init_approval_evidence = __esm({
  "src/audit/approval-evidence.ts"() {
    "use strict";
    init_auto_approve();
    init_break_glass_review();
    init_time();
    init_approvals();
    NOT_LOOKED_UP = { status: "not looked up", reviews: [] };
    FOR_AUDITORS = [
      [/^approved an older commit.*/, "approved an older commit, not the PR's head"]
    ];
  }
});

// src/audit/history.ts
function isGrantPath(path, grantsDir) {
  const dir = normalizeDir(grantsDir);
  const rel = dir === "" ? path : path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : void 0;
  if (rel === void 0 || rel === "") return false;
  return GRANT_FILE.test(rel) && !rel.split("/").some((part) => part.startsWith(".") || part === "");
}
function normalizeDir(dir) {
  return dir.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
}
function baseOf(commit) {
  return commit.parents[0] ?? commit.sha;
}
function claimedPullNumber(subject) {
  const m = /^Merge pull request #(\d+) from /.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : void 0;
}
function grantEvents(commits, options) {
  const open = /* @__PURE__ */ new Map();
  const versions = [];
  for (const commit of commits) {
    const changes = [...commit.changes].sort((a, b) => ORDER[a.status] - ORDER[b.status] || compare(a.path, b.path));
    const added = [];
    for (const change of changes) {
      if (change.status === "deleted") {
        const chain2 = open.get(change.path);
        if (chain2) {
          chain2.removal = commit;
          open.delete(change.path);
        }
        continue;
      }
      const fromPath = change.status === "renamed" ? change.oldPath : change.path;
      const chain = fromPath !== void 0 ? open.get(fromPath) : void 0;
      if (fromPath !== void 0) open.delete(fromPath);
      const parsed = parseVersion(change, commit.committedAt);
      if (!chain) {
        const fresh = { id: `${change.path}@${commit.sha.slice(0, 12)}`, versions: [] };
        const version2 = { chain: fresh, event: "added", path: change.path, ...parsed, commit };
        fresh.versions.push(version2);
        open.set(change.path, fresh);
        added.push(version2);
        continue;
      }
      const previous = chain.versions[chain.versions.length - 1];
      const version = {
        chain,
        event: kindOf(previous, parsed.grant, change.path),
        path: change.path,
        ...change.path !== previous.path ? { previousPath: previous.path } : {},
        ...parsed,
        commit
      };
      chain.versions.push(version);
      open.set(change.path, chain);
      added.push(version);
    }
    versions.push(...added.sort((a, b) => compare(a.path, b.path)));
  }
  return versions.map((v) => toEvent(v, options));
}
function parseVersion(change, mergedAt) {
  if (change.text === void 0) {
    return {
      problem: change.tooLarge !== void 0 ? `the file is too large to read (${change.tooLarge} bytes)` : "the file could not be read"
    };
  }
  const parsed = parseSource({ path: change.path, text: change.text });
  const built = buildGrant(parsed, { merged: { at: mergedAt } });
  if (built.grant) return { grant: built.grant };
  const errors = built.findings.filter((f) => f.severity === "error").slice(0, 3);
  return { problem: errors.length ? errors.map((f) => `${f.rule}: ${f.message}`).join("; ") : "not a valid grant" };
}
function kindOf(previous, grant2, path) {
  const before = previous.grant;
  if (before && grant2) {
    const delta = grant2.expires.getTime() - before.expires.getTime();
    if (delta > 0) return "extended";
    if (delta < 0) return "shortened";
    if (path !== previous.path && JSON.stringify(semantic(before)) === JSON.stringify(semantic(grant2)))
      return "renamed";
  }
  return "changed";
}
function semantic(g) {
  return [
    g.grantees,
    g.resource ?? null,
    g.inline ?? null,
    g.reason,
    g.ticket ?? null,
    g.starts?.getTime() ?? null,
    g.expires.getTime()
  ];
}
function commitRef(commit) {
  const claimed = claimedPullNumber(commit.subject);
  return {
    sha: commit.sha,
    at: commit.committedAt,
    author: commit.authorEmail ? `${commit.authorName} <${commit.authorEmail}>` : commit.authorName,
    subject: commit.subject,
    ...claimed !== void 0 ? { claimedPr: claimed } : {}
  };
}
function pullLookup(commit, lookups) {
  if (!lookups || !lookups.pulls.has(commit.sha)) {
    const claimed = claimedPullNumber(commit.subject);
    return { kind: "not looked up", ...claimed !== void 0 ? { claimedNumber: claimed } : {} };
  }
  const pull = lookups.pulls.get(commit.sha);
  return pull ? { kind: "found", pull } : { kind: "none" };
}
function toEvent(v, { now, lookups }) {
  const index = v.chain.versions.indexOf(v);
  const next = v.chain.versions[index + 1];
  const removal = v.chain.removal;
  const mergedAt = v.commit.committedAt.getTime();
  const endOfFile = next ? next.commit.committedAt.getTime() : removal ? removal.committedAt.getTime() : Infinity;
  const pr = pullLookup(v.commit, lookups);
  let becameActiveAt;
  let expiredAt;
  if (v.grant) {
    const start = Math.max(mergedAt, v.grant.starts?.getTime() ?? -Infinity);
    const expires = v.grant.expires.getTime();
    if (start < Math.min(expires, endOfFile) && start <= now.getTime()) becameActiveAt = new Date(start);
    if (expires <= now.getTime() && mergedAt <= expires && expires <= endOfFile) expiredAt = v.grant.expires;
  }
  let approval = NOT_LOOKED_UP;
  if (pr.kind === "none") {
    approval = { status: "unapproved", detail: "direct push", reviews: [] };
  } else if (pr.kind === "found") {
    approval = evaluateApproval({
      pull: pr.pull,
      reviews: lookups?.reviews.get(pr.pull.number) ?? [],
      grant: v.grant,
      rules: lookups?.policies.get(baseOf(v.commit)),
      ...lookups?.teams ? { teams: lookups.teams } : {},
      breakGlassComments: lookups?.breakGlass?.get(breakGlassMarker(v.path, pr.pull.number)) ?? [],
      ...lookups?.reviewRules ? { reviewRules: lookups.reviewRules } : {},
      now,
      ...lookups?.onCall ? { onCall: lookups.onCall } : {}
    });
  }
  return {
    grantId: v.chain.id,
    event: v.event,
    path: v.path,
    ...v.previousPath !== void 0 ? { previousPath: v.previousPath } : {},
    ...v.grant ? { grant: v.grant } : {},
    ...v.problem !== void 0 ? { problem: v.problem } : {},
    commit: commitRef(v.commit),
    pr,
    approval,
    ...becameActiveAt ? { becameActiveAt } : {},
    ...expiredAt ? { expiredAt } : {},
    ...next ? { supersededAt: next.commit.committedAt, supersededBy: next.commit.sha } : {},
    ...removal ? { removal: { commit: commitRef(removal), pr: pullLookup(removal, lookups) } } : {}
  };
}
function inForceUntil(e) {
  return (e.supersededAt ?? e.removal?.commit.at)?.getTime() ?? Infinity;
}
function activeInterval(e) {
  if (!e.grant) return void 0;
  const from = Math.max(e.commit.at.getTime(), e.grant.starts?.getTime() ?? -Infinity);
  const to = Math.min(e.grant.expires.getTime(), inForceUntil(e));
  return from < to ? { from, to } : void 0;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var GRANT_FILE, ORDER;
var init_history = __esm({
  "src/audit/history.ts"() {
    "use strict";
    init_auto_approve();
    init_grants();
    init_source();
    init_approval_evidence();
    GRANT_FILE = /\.ya?ml$/i;
    ORDER = { deleted: 0, renamed: 1, modified: 2, added: 3 };
  }
});

// src/audit/git-history.ts
async function resolveHead(git, root, ref, env) {
  if (ref.startsWith("-")) throw new UserError(`"${ref}" is not a Git ref.`);
  if (await isShallow(root, env)) {
    throw new UserError(
      'The repository is a shallow clone, so its history is incomplete and the audit would miss grants. Fetch the whole history: actions/checkout with "fetch-depth: 0", or "git fetch --unshallow".'
    );
  }
  let head;
  try {
    head = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).toString().trim();
  } catch {
    throw new UserError(`"${ref}" does not name a commit in this repository (is it empty?).`);
  }
  return head;
}
async function readGrantHistory(root, opts) {
  const git = gitRunner(root, opts.env);
  const grantsDir = normalizeDir(opts.grantsDir);
  const head = await resolveHead(git, root, opts.ref ?? "HEAD", opts.env);
  const marker = `tailpolicy-commit-${Math.random().toString(36).slice(2)}`;
  const out = await git([
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--relative",
    "-M",
    "--raw",
    "--no-abbrev",
    "-z",
    "--no-ext-diff",
    `--format=${marker}%x00%H%x00%P%x00%cI%x00%an%x00%ae%x00%s`,
    head,
    "--",
    grantsDir || "."
  ]);
  const commits = parseLog(out.toString("utf8"), marker, grantsDir);
  const blobs = await readBlobs(
    git,
    commits.flatMap((c) => c.pending.map((p) => p.blob).filter((b) => b !== void 0))
  );
  return {
    head,
    commits: commits.reverse().map(({ commit, pending }) => ({
      ...commit,
      changes: pending.map(({ blob, change }) => {
        if (blob === void 0) return change;
        const read = blobs.get(blob);
        return read?.text !== void 0 ? { ...change, text: read.text } : { ...change, ...read?.size !== void 0 ? { tooLarge: read.size } : {} };
      })
    }))
  };
}
function parseLog(text2, marker, grantsDir) {
  const tokens = text2.split("\0");
  const commits = [];
  let i = 0;
  const fail = (what2) => {
    throw new Error(`Unexpected git log output (${what2}) near token ${i}`);
  };
  while (i < tokens.length) {
    const token = tokens[i].replace(/^\n+/, "");
    if (token === "" && i === tokens.length - 1) break;
    if (token !== marker) fail("expected a commit");
    const [sha, parents, date, authorName, authorEmail, subject] = tokens.slice(i + 1, i + 7);
    if (subject === void 0 || !/^[0-9a-f]{40,64}$/.test(sha)) fail("commit header");
    i += 7;
    const committedAt = new Date(date);
    if (Number.isNaN(committedAt.getTime())) fail("commit date");
    const pending = [];
    while (i < tokens.length && tokens[i].replace(/^\n+/, "").startsWith(":")) {
      const raw = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(tokens[i].replace(/^\n+/, ""));
      if (!raw) fail("raw diff entry");
      const [, oldMode, newMode, , newBlob, status] = raw;
      const twoPaths = status === "R" || status === "C";
      const first = tokens[i + 1];
      const second = twoPaths ? tokens[i + 2] : void 0;
      if (first === void 0 || twoPaths && second === void 0) fail("path");
      i += twoPaths ? 3 : 2;
      const oldPath = first;
      const newPath = twoPaths ? second : first;
      const wasGrant = status !== "A" && REGULAR_FILE2.test(oldMode) && isGrantPath(oldPath, grantsDir);
      const isGrant = status !== "D" && REGULAR_FILE2.test(newMode) && isGrantPath(newPath, grantsDir);
      const blob = NULL_SHA.test(newBlob) ? void 0 : newBlob;
      if (status === "C") {
        if (isGrant) pending.push({ change: { status: "added", path: newPath }, blob });
      } else if (status === "R") {
        if (wasGrant && isGrant) pending.push({ change: { status: "renamed", path: newPath, oldPath }, blob });
        else if (wasGrant) pending.push({ change: { status: "deleted", path: oldPath } });
        else if (isGrant) pending.push({ change: { status: "added", path: newPath }, blob });
      } else if (wasGrant && isGrant) {
        pending.push({ change: { status: "modified", path: newPath }, blob });
      } else if (wasGrant) {
        pending.push({ change: { status: "deleted", path: oldPath } });
      } else if (isGrant) {
        pending.push({ change: { status: "added", path: newPath }, blob });
      }
    }
    commits.push({
      commit: {
        sha,
        parents: parents ? parents.split(" ").filter(Boolean) : [],
        authorName,
        authorEmail,
        committedAt,
        subject
      },
      pending
    });
  }
  return commits.filter((c) => c.pending.length > 0);
}
async function readPolicyDirsAt(root, sha, policyDir, env) {
  const out = [];
  for (const dir of typeof policyDir === "string" ? [policyDir] : policyDir)
    out.push(...await readPolicyAt(root, sha, dir, env));
  return out;
}
async function readPolicyAt(root, sha, policyDir, env) {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UserError(`"${sha}" is not a commit id.`);
  const files = await filesAt(root, sha, [normalizeDir(policyDir) || "."], env);
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
var NULL_SHA, REGULAR_FILE2;
var init_git_history = __esm({
  "src/audit/git-history.ts"() {
    "use strict";
    init_git();
    init_errors();
    init_history();
    NULL_SHA = /^0+$/;
    REGULAR_FILE2 = /^100(644|755)$/;
  }
});

// src/github/github-errors.ts
function describeBody(data) {
  if (typeof data !== "object" || data === null || !("message" in data)) return void 0;
  const { message, errors } = data;
  const details = Array.isArray(errors) ? errors.map((e) => {
    if (typeof e === "string") return e;
    const { message: m, resource, field: field2, code: code2 } = e ?? {};
    return typeof m === "string" ? m : [resource, field2, code2].filter(Boolean).join(" ");
  }) : [];
  return [String(message), ...details].join(": ");
}
function toGitHubApiError(error2, fallback, secrets) {
  if (error2 instanceof GitHubApiError) return error2;
  const e = typeof error2 === "object" && error2 !== null ? error2 : { message: String(error2) };
  const method = e.request?.method ?? fallback.method;
  let route = fallback.route;
  if (e.request?.url) {
    try {
      route = new URL(e.request.url).pathname;
    } catch {
    }
  }
  const hasResponse = e.response !== void 0;
  const status = hasResponse && typeof e.status === "number" ? e.status : 0;
  let message = hasResponse && describeBody(e.response?.data) || String(e.message ?? "unknown error");
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join("***");
  }
  return new GitHubApiError(status, method, route, message);
}
var GitHubApiError;
var init_github_errors = __esm({
  "src/github/github-errors.ts"() {
    "use strict";
    init_errors();
    GitHubApiError = class extends ExternalError {
      constructor(status, method, route, githubMessage) {
        super(`GitHub API ${method} ${route} failed${status ? ` with ${status}` : ""}: ${githubMessage}`);
        this.status = status;
        this.method = method;
        this.route = route;
        this.githubMessage = githubMessage;
      }
      status;
      method;
      route;
      githubMessage;
      name = "GitHubApiError";
    };
  }
});

// src/audit/github.ts
function toInfo(p) {
  return {
    number: p.number,
    url: p.htmlUrl,
    author: p.author,
    title: p.title,
    headSha: p.headSha,
    mergedAt: p.mergedAt,
    labels: p.labels
  };
}
function mergingPull(sha, pulls, defaultBranch) {
  const merged = pulls.filter((p) => p.mergedAt !== null);
  const exact = merged.find((p) => p.mergeCommitSha === sha);
  if (exact) return exact;
  const intoDefault = merged.filter((p) => p.baseRef === defaultBranch);
  return [...intoDefault.length ? intoDefault : merged].sort((a, b) => a.number - b.number)[0];
}
async function lookUpPulls(client, commits, reviewsFor) {
  const pulls = /* @__PURE__ */ new Map();
  const reviews = /* @__PURE__ */ new Map();
  const breakGlass = /* @__PURE__ */ new Map();
  try {
    const defaultBranch = await client.getDefaultBranch();
    await pool([...new Set(commits)], async (sha) => {
      const found = mergingPull(sha, await client.listPullsForCommit(sha), defaultBranch);
      pulls.set(sha, found ? toInfo(found) : null);
    });
    const numbers = /* @__PURE__ */ new Set();
    for (const sha of reviewsFor) {
      const pull = pulls.get(sha);
      if (pull) numbers.add(pull.number);
    }
    await pool([...numbers], async (n) => {
      const list2 = await client.listReviews(n);
      reviews.set(
        n,
        list2.map((r) => ({ user: r.user, state: r.state, commitId: r.commitId, submittedAt: r.submittedAt }))
      );
    });
    if ([...pulls.values()].some((p) => p?.labels?.includes(BREAK_GLASS_LABEL))) {
      for (const issue of await client.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL)) {
        const markers = reviewMarkers(issue.body);
        if (markers.length === 0) continue;
        const comments = await client.listIssueComments(issue.number);
        for (const { marker } of markers) breakGlass.set(marker, comments);
      }
    }
  } catch (error2) {
    if (error2 instanceof GitHubApiError) {
      throw new ExternalError(`Could not read pull requests and reviews from GitHub: ${error2.message}`, {
        cause: error2
      });
    }
    throw error2;
  }
  return { pulls, reviews, breakGlass };
}
async function pool(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
var CONCURRENCY;
var init_github = __esm({
  "src/audit/github.ts"() {
    "use strict";
    init_errors();
    init_github_errors();
    init_auto_approve();
    init_break_glass_review();
    CONCURRENCY = 4;
  }
});

// src/audit/formats.ts
function prNumber(p) {
  if (p.kind === "found") return p.pull.number;
  if (p.kind === "not looked up") return p.claimedNumber ?? null;
  return null;
}
function prField(p, get) {
  if (p.kind === "not looked up") return NOT_LOOKED_UP_TEXT;
  return p.kind === "found" ? get(p.pull) : null;
}
function evidenceJson(r) {
  return {
    user: r.user,
    submitted_at: r.submittedAt,
    commit: r.commitId,
    counts: r.counts,
    not_counted_because: r.notCounted ?? null
  };
}
function eventRecord(e, target = null) {
  const g = e.grant;
  const looked = e.approval.status !== "not looked up";
  const removalPr = e.removal?.pr;
  return {
    grant_id: e.grantId,
    event: e.event,
    path: e.path,
    previous_path: e.previousPath ?? null,
    grantees: g ? [...g.grantees] : [],
    resource: g?.resource ?? null,
    inline_rules: g?.inline ? JSON.stringify(g.inline) : null,
    reason: g?.reason ?? null,
    ticket: g?.ticket ?? null,
    starts: time(g?.starts),
    expires: time(g?.expires),
    valid: g !== void 0,
    problem: e.problem ?? null,
    commit: e.commit.sha,
    commit_author: e.commit.author,
    merged_at: isoUtc(e.commit.at),
    pr_number: prNumber(e.pr),
    pr_url: prField(e.pr, (p) => p.url),
    pr_author: prField(e.pr, (p) => p.author),
    pr_head_sha: prField(e.pr, (p) => p.headSha),
    approval_status: approvalStatusText(e.approval),
    approvals_required: looked ? e.approval.required ?? null : NOT_LOOKED_UP_TEXT,
    approvals: looked ? e.approval.reviews.map(evidenceJson) : NOT_LOOKED_UP_TEXT,
    qualifying_approvers: looked ? e.approval.reviews.filter((r) => r.counts).map((r) => r.user) : NOT_LOOKED_UP_TEXT,
    became_active_at: time(e.becameActiveAt),
    expired_at: time(e.expiredAt),
    superseded_at: time(e.supersededAt),
    superseded_by_commit: e.supersededBy ?? null,
    removed_at: time(e.removal?.commit.at),
    removed_commit: e.removal?.commit.sha ?? null,
    removed_pr_number: removalPr ? prNumber(removalPr) : null,
    removed_pr_author: removalPr ? prField(removalPr, (p) => p.author) : null,
    lookup: e.pr.kind === "not looked up" ? "offline" : "github",
    target
  };
}
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csvText(value) {
  if (value === null) return "";
  if (Array.isArray(value)) {
    return value.map(
      (v) => typeof v === "string" ? v : `${v.user} approved ${v.submitted_at ?? "(time unknown)"} on ${v.commit ?? "(commit unknown)"} ` + (v.counts ? "(counts)" : `(does not count: ${v.not_counted_because})`)
    ).join("; ");
  }
  return String(value);
}
function renderCsv(report, meta = {}) {
  const lines = [AUDIT_COLUMNS.join(",")];
  for (const e of report.events) {
    const record = eventRecord(e, meta.target ?? null);
    lines.push(AUDIT_COLUMNS.map((c) => csvCell(csvText(record[c]))).join(","));
  }
  return lines.map((l) => `${l}\r
`).join("");
}
function renderJson(report, meta = {}) {
  const s = report.summary;
  const doc = {
    generator: "tailpolicy audit",
    repository: meta.repository ?? null,
    head: meta.head ?? null,
    target: meta.target ?? null,
    tailnet: meta.tailnet ?? null,
    grants_dir: meta.grantsDir ?? null,
    now: isoUtc(report.now),
    since: time(report.since),
    until: time(report.until),
    lookup: report.lookedUp ? "github" : "offline",
    summary: {
      events: s.events,
      grants: s.grants,
      median_duration_seconds: s.medianDurationMs === void 0 ? null : Math.round(s.medianDurationMs / 1e3),
      longest_duration_seconds: s.longestDurationMs === void 0 ? null : Math.round(s.longestDurationMs / 1e3),
      longest_grant_id: s.longestGrantId ?? null,
      unapproved: s.unapproved ?? NOT_LOOKED_UP_TEXT,
      ...s.notVerifiable ? { not_verifiable: s.notVerifiable } : {},
      still_active: s.stillActive,
      expired_still_present: s.expiredPresent
    },
    columns: AUDIT_COLUMNS,
    events: report.events.map((e) => eventRecord(e, meta.target ?? null)),
    at: report.at ? {
      time: isoUtc(report.at.time),
      access: report.at.access.map((r) => ({
        state: r.state,
        grant_id: r.event.grantId,
        path: r.event.path,
        grantees: r.event.grant.grantees,
        resource: r.event.grant.resource ?? null,
        inline_rules: r.event.grant.inline ? JSON.stringify(r.event.grant.inline) : null,
        starts: time(r.event.grant.starts),
        expires: isoUtc(r.event.grant.expires),
        commit: r.event.commit.sha,
        approval_status: approvalStatusText(r.event.approval)
      }))
    } : null
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
function access2(e) {
  const g = e.grant;
  if (!g) return dash;
  if (g.resource !== void 0) return md(g.resource);
  const n = (g.inline?.grants.length ?? 0) + (g.inline?.ssh.length ?? 0);
  return `inline rules (${n})`;
}
function pullMd(p, fallback) {
  if (p.kind === "found") return `#${p.pull.number} by ${md(p.pull.author ?? "(deleted user)")}`;
  if (p.kind === "none") return "no PR";
  return p.claimedNumber !== void 0 ? `#${p.claimedNumber} (from the commit message)` : fallback;
}
function approvalMd(e) {
  const a = e.approval;
  const status = a.status === "approved" ? "\u2705 approved" : a.status === "unapproved" ? `\u274C ${md(approvalStatusText(a))}` : a.status === "not verifiable" ? `\u26A0\uFE0F ${md(approvalStatusText(a))}` : "not looked up";
  const who = a.reviews.map(
    (r) => `${md(r.user)} ${r.submittedAt ? md(r.submittedAt.replace("T", " ").replace(/:\d\dZ$/, " UTC")) : ""} on ${md(short(r.commitId ?? "?"))}` + (r.counts ? "" : ` (not counted: ${md(r.notCounted ?? "")})`)
  );
  return who.length ? `${status}<br>${who.join("<br>")}` : status;
}
function ended(e) {
  const parts = [];
  if (e.expiredAt) parts.push(`expired ${humanUtc(e.expiredAt)}`);
  if (e.supersededAt) parts.push(`replaced ${humanUtc(e.supersededAt)} (${short(e.supersededBy)})`);
  if (e.removal)
    parts.push(`file removed ${humanUtc(e.removal.commit.at)} by ${pullMd(e.removal.pr, short(e.removal.commit.sha))}`);
  return parts.length ? parts.join("<br>") : dash;
}
function renderSummaryMarkdown(report) {
  const s = report.summary;
  const period = `${report.since ? humanUtc(report.since) : "the beginning"} \u2192 ${report.until ? humanUtc(report.until) : humanUtc(report.now)}`;
  const rows = [
    ["Period", period],
    [
      "Grants in the period",
      `${s.grants} (${s.events} event${s.events === 1 ? "" : "s"}: additions, extensions, changes)`
    ],
    ["Median duration", s.medianDurationMs === void 0 ? dash : formatDuration(s.medianDurationMs)],
    [
      "Longest duration",
      s.longestDurationMs === void 0 ? dash : `${formatDuration(s.longestDurationMs)} (${code(s.longestGrantId)})`
    ],
    [
      "Without a qualifying approval",
      s.unapproved === void 0 ? "not looked up (no GitHub token)" : s.unapproved === 0 ? "0 \u2705" : `**${s.unapproved}** \u274C`
    ],
    ...s.notVerifiable ? [["On-call approval not verifiable (no PagerDuty answer)", `**${s.notVerifiable}** \u26A0\uFE0F`]] : [],
    ["Still active", String(s.stillActive)],
    ["Expired, file not yet removed", String(s.expiredPresent)]
  ];
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n") + "\n";
}
function accessTableMarkdown(records) {
  if (records.length === 0) return "Nobody had access through a grant.\n";
  const lines = ["| Grantees | Access | Window | Grant file | Approval |", "| --- | --- | --- | --- | --- |"];
  for (const r of records) {
    const e = r.event;
    const g = e.grant;
    const window = `${g.starts ? humanUtc(g.starts) : "on merge"} \u2192 ${humanUtc(g.expires)}${r.state === "expired" ? " (expired; file still present)" : ""}`;
    lines.push(`| ${md(g.grantees.join(", "))} | ${access2(e)} | ${window} | ${code(e.path)} | ${approvalMd(e)} |`);
  }
  return lines.join("\n") + "\n";
}
function renderMarkdown(report, meta = {}) {
  const out = [];
  out.push("# Access grants: audit evidence", "");
  const where2 = [meta.repository ? md(meta.repository) : void 0, meta.head ? `commit ${code(meta.head)}` : void 0].filter(Boolean).join(", ");
  out.push(
    `Generated by tailpolicy at ${humanUtc(report.now)}${where2 ? ` from ${where2}` : ""}, from the first-parent history of ${code(meta.grantsDir ?? "grants")} on the default branch` + (report.lookedUp ? " and the pull requests and reviews recorded on GitHub." : ". Pull requests and approvals were not looked up (no GitHub token); PR numbers are as the commit messages claim them."),
    ""
  );
  out.push("## Summary", "", renderSummaryMarkdown(report));
  if (report.at) {
    out.push(`## Access at ${humanUtc(report.at.time)}`, "", accessTableMarkdown(report.at.access));
  }
  out.push("## Grant events", "");
  if (report.events.length === 0) {
    out.push("No grant file was on the default branch in the period.", "");
    return out.join("\n");
  }
  out.push(
    "| Grant file | Event | Grantees | Access | Window | Reason | Ticket | Merged | PR | Approval | Became active | Ended |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  );
  for (const e of report.events) {
    const g = e.grant;
    const path = e.previousPath ? `${code(e.path)}<br>(was ${code(e.previousPath)})` : code(e.path);
    const window = g ? `${g.starts ? humanUtc(g.starts) : "on merge"} \u2192 ${humanUtc(g.expires)}` : `invalid: ${md(e.problem ?? "", 200)}`;
    out.push(
      `| ${path} | ${e.event} | ${g ? md(g.grantees.join(", ")) : dash} | ${access2(e)} | ${window} | ${g ? md(g.reason) : dash} | ${g?.ticket ? md(g.ticket) : dash} | ${humanUtc(e.commit.at)} (${code(short(e.commit.sha))}) | ${pullMd(e.pr, "no PR number")} | ${approvalMd(e)} | ${e.becameActiveAt ? humanUtc(e.becameActiveAt) : dash} | ${ended(e)} |`
    );
  }
  out.push("");
  return out.join("\n");
}
var NOT_LOOKED_UP_TEXT, AUDIT_COLUMNS, time, dash, short;
var init_formats = __esm({
  "src/audit/formats.ts"() {
    "use strict";
    init_escape();
    init_time();
    init_approval_evidence();
    NOT_LOOKED_UP_TEXT = "not looked up";
    AUDIT_COLUMNS = [
      "grant_id",
      "event",
      "path",
      "previous_path",
      "grantees",
      "resource",
      "inline_rules",
      "reason",
      "ticket",
      "starts",
      "expires",
      "valid",
      "problem",
      "commit",
      "commit_author",
      "merged_at",
      "pr_number",
      "pr_url",
      "pr_author",
      "pr_head_sha",
      "approval_status",
      "approvals_required",
      "approvals",
      "qualifying_approvers",
      "became_active_at",
      "expired_at",
      "superseded_at",
      "superseded_by_commit",
      "removed_at",
      "removed_commit",
      "removed_pr_number",
      "removed_pr_author",
      "lookup",
      /** With tailpolicy.yaml: the target (tailnet entry) whose grants folder the event is in; empty without. */
      "target"
    ];
    time = (d) => d ? isoUtc(d) : null;
    dash = "\u2014";
    short = (sha) => sha.slice(0, 7);
  }
});

// src/audit/report.ts
function inPeriod(e, since, until) {
  return (until === void 0 || e.commit.at.getTime() < until.getTime()) && (since === void 0 || inForceUntil(e) > since.getTime());
}
function accessAt(events, time2) {
  const t = time2.getTime();
  const out = [];
  for (const e of events) {
    if (!e.grant || e.commit.at.getTime() > t || t >= inForceUntil(e)) continue;
    if (e.grant.expires.getTime() <= t) out.push({ event: e, state: "expired" });
    else if ((e.grant.starts?.getTime() ?? -Infinity) <= t) out.push({ event: e, state: "active" });
  }
  return out;
}
function grantDurations(events) {
  const out = /* @__PURE__ */ new Map();
  for (const e of events) {
    const interval = activeInterval(e);
    out.set(e.grantId, (out.get(e.grantId) ?? 0) + (interval ? interval.to - interval.from : 0));
  }
  return out;
}
function isUnapproved(e) {
  return e.grant !== void 0 && e.approval.status === "unapproved";
}
function isNotVerifiable(e) {
  return e.grant !== void 0 && e.approval.status === "not verifiable";
}
function auditReport(all, opts) {
  const events = all.filter((e) => inPeriod(e, opts.since, opts.until));
  const grantIds = new Set(events.map((e) => e.grantId));
  const durations = [...grantDurations(all.filter((e) => grantIds.has(e.grantId)))].filter(([, ms]) => ms > 0);
  const sorted = durations.map(([, ms]) => ms).sort((a, b) => a - b);
  const longest = durations.reduce(
    (best, d) => !best || d[1] > best[1] ? d : best,
    void 0
  );
  const now = accessAt(all, opts.now);
  const summary = {
    events: events.length,
    grants: grantIds.size,
    ...sorted.length ? { medianDurationMs: median(sorted), longestDurationMs: longest[1], longestGrantId: longest[0] } : {},
    ...opts.lookedUp ? { unapproved: events.filter(isUnapproved).length } : {},
    ...opts.lookedUp && events.some(isNotVerifiable) ? { notVerifiable: events.filter(isNotVerifiable).length } : {},
    stillActive: new Set(now.filter((r) => r.state === "active").map((r) => r.event.grantId)).size,
    expiredPresent: new Set(now.filter((r) => r.state === "expired").map((r) => r.event.grantId)).size
  };
  return {
    now: opts.now,
    ...opts.since ? { since: opts.since } : {},
    ...opts.until ? { until: opts.until } : {},
    lookedUp: opts.lookedUp,
    events,
    summary,
    ...opts.at ? { at: { time: opts.at, access: accessAt(all, opts.at) } } : {}
  };
}
function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
var init_report = __esm({
  "src/audit/report.ts"() {
    "use strict";
    init_history();
  }
});

// src/tailscale/tailscale-errors.ts
function redactSecrets(text2, secrets) {
  let out = text2;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}
function apiErrorMessage(d) {
  const head = `Tailscale API ${d.method} ${d.path} failed: ${d.status}` + (d.serverMessage ? ` ${d.serverMessage}` : "") + afterAttempts(d.attempts ?? 1) + (d.hint ? `; ${d.hint}` : "");
  return [head, ...detailLines(d.data ?? [])].join("\n");
}
function detailLines(data) {
  const lines = data.flatMap((entry) => {
    const who = entry.user ? `${entry.user}: ` : "";
    return [...entry.errors.map((e) => `  ${who}${e}`), ...entry.warnings.map((w) => `  ${who}warning: ${w}`)];
  });
  if (lines.length <= MAX_DETAIL_LINES) return lines;
  return [...lines.slice(0, MAX_DETAIL_LINES), `  \u2026 and ${lines.length - MAX_DETAIL_LINES} more`];
}
function afterAttempts(attempts) {
  return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}
var MAX_DETAIL_LINES, TailscaleError, TailscaleApiError, PolicyConflictError, TailscaleAuthError, TailscaleNetworkError, TailscaleResponseError;
var init_tailscale_errors = __esm({
  "src/tailscale/tailscale-errors.ts"() {
    "use strict";
    init_errors();
    MAX_DETAIL_LINES = 10;
    TailscaleError = class extends ExternalError {
      constructor(message, method, path) {
        super(message);
        this.method = method;
        this.path = path;
        this.name = new.target.name;
      }
      method;
      path;
      /** True when trying again later may succeed (rate limits, server errors, no answer). */
      get isTransient() {
        return false;
      }
    };
    TailscaleApiError = class extends TailscaleError {
      status;
      serverMessage;
      data;
      attempts;
      constructor(details, message = apiErrorMessage(details)) {
        super(message, details.method, details.path);
        this.status = details.status;
        this.serverMessage = details.serverMessage;
        this.data = details.data ?? [];
        this.attempts = details.attempts ?? 1;
      }
      get isTransient() {
        return this.status === 429 || this.status >= 500;
      }
    };
    PolicyConflictError = class extends TailscaleApiError {
      constructor(details, ifMatch) {
        super({
          ...details,
          status: 412,
          hint: ifMatch === '"ts-default"' ? "the tailnet policy is no longer the untouched default, so it was not overwritten" : `the tailnet policy changed after it was read (ETag ${ifMatch}), so it was not overwritten; run again to re-read it`
        });
        this.ifMatch = ifMatch;
      }
      ifMatch;
    };
    TailscaleAuthError = class extends TailscaleError {
      constructor(message, method, path, credential, status, serverMessage = "") {
        super(message, method, path);
        this.credential = credential;
        this.status = status;
        this.serverMessage = serverMessage;
      }
      credential;
      status;
      serverMessage;
    };
    TailscaleNetworkError = class extends TailscaleError {
      constructor(method, path, reason, code2, attempts, timeoutMs) {
        const what2 = reason === "timeout" ? `no answer within ${timeoutMs} ms` : `connection failed${code2 ? ` (${code2})` : ""}`;
        super(`Tailscale API ${method} ${path} failed: ${what2}${afterAttempts(attempts)}`, method, path);
        this.reason = reason;
        this.code = code2;
        this.attempts = attempts;
      }
      reason;
      code;
      attempts;
      get isTransient() {
        return true;
      }
    };
    TailscaleResponseError = class extends TailscaleError {
      constructor(method, path, problem) {
        super(`Tailscale API ${method} ${path} returned an unusable response: ${problem}`, method, path);
      }
    };
  }
});

// src/grammar/ip.ts
function maxOf(v) {
  return v === 4 ? MAX4 : MAX6;
}
function parseIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return void 0;
    const b = Number(p);
    if (b > 255) return void 0;
    n = n << 8n | BigInt(b);
  }
  return n;
}
function parseIPv6(s) {
  if (s.includes("%")) return void 0;
  let head = s;
  let tail4;
  const lastColon = s.lastIndexOf(":");
  if (lastColon >= 0 && s.slice(lastColon + 1).includes(".")) {
    tail4 = parseIPv4(s.slice(lastColon + 1));
    if (tail4 === void 0) return void 0;
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsWanted = tail4 === void 0 ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== head.lastIndexOf("::")) return void 0;
  const parseGroups = (t) => {
    if (t === "") return [];
    const out = [];
    for (const g of t.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
      out.push(BigInt("0x" + g));
    }
    return out;
  };
  let groups;
  if (dbl >= 0) {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return void 0;
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return void 0;
    groups = [...left, ...Array(missing).fill(0n), ...right];
  } else {
    const all = parseGroups(head);
    if (!all || all.length !== groupsWanted) return void 0;
    groups = all;
  }
  let n = 0n;
  for (const g of groups) n = n << 16n | g;
  if (tail4 !== void 0) n = n << 32n | tail4;
  return n;
}
function parseIP(s) {
  if (s.includes(":")) {
    const n2 = parseIPv6(s);
    return n2 === void 0 ? void 0 : { v: 6, n: n2 };
  }
  const n = parseIPv4(s);
  return n === void 0 ? void 0 : { v: 4, n };
}
function parsePrefix(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return void 0;
  const addr = parseIP(s.slice(0, slash));
  const lenText = s.slice(slash + 1);
  if (!addr || !/^(0|[1-9][0-9]{0,2})$/.test(lenText)) return void 0;
  const bits = Number(lenText);
  const width = addr.v === 4 ? 32 : 128;
  if (bits > width) return void 0;
  const hostBits = BigInt(width - bits);
  const lo = addr.n >> hostBits << hostBits;
  const hi = lo | (1n << hostBits) - 1n;
  return { v: addr.v, lo, hi };
}
function parseIPRange(s) {
  const dash2 = s.indexOf("-");
  if (dash2 < 0) return void 0;
  const a = parseIP(s.slice(0, dash2));
  const b = parseIP(s.slice(dash2 + 1));
  if (!a || !b || a.v !== b.v || a.n > b.n) return void 0;
  return { v: a.v, lo: a.n, hi: b.n };
}
function parseAddressSpec(s) {
  if (s.includes("/")) return parsePrefix(s);
  const ip = parseIP(s);
  if (ip) return { v: ip.v, lo: ip.n, hi: ip.n };
  if (s.includes("-")) return parseIPRange(s);
  return void 0;
}
function isWholeFamily(r) {
  return r.lo === 0n && r.hi === maxOf(r.v);
}
function inTailnetRange(a) {
  const r = a.v === 4 ? CGNAT_RANGE : TAILSCALE_ULA_RANGE;
  return a.n >= r.lo && a.n <= r.hi;
}
function isPublic(a) {
  return !PRIVATE_RANGES.some((r) => r.v === a.v && a.n >= r.lo && a.n <= r.hi);
}
function rangesOverlap(a, b) {
  return a.v === b.v && !(a.hi < b.lo || a.lo > b.hi);
}
var MAX4, MAX6, IPSet, CGNAT_RANGE, TAILSCALE_ULA_RANGE, QUAD100_RANGE, PRIVATE_RANGES;
var init_ip = __esm({
  "src/grammar/ip.ts"() {
    "use strict";
    MAX4 = (1n << 32n) - 1n;
    MAX6 = (1n << 128n) - 1n;
    IPSet = class _IPSet {
      v4;
      v6;
      constructor(v4, v6) {
        this.v4 = v4;
        this.v6 = v6;
      }
      static empty = new _IPSet([], []);
      static of(ranges) {
        const merge = (rs) => {
          rs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
          const out = [];
          for (const r of rs) {
            const last = out[out.length - 1];
            if (last && r[0] <= last[1] + 1n) {
              if (r[1] > last[1]) last[1] = r[1];
            } else out.push([r[0], r[1]]);
          }
          return out;
        };
        return new _IPSet(
          merge(ranges.filter((r) => r.v === 4).map((r) => [r.lo, r.hi])),
          merge(ranges.filter((r) => r.v === 6).map((r) => [r.lo, r.hi]))
        );
      }
      /** Set difference, for ipsets' `remove`. */
      minus(other) {
        const sub = (a, b) => {
          let cur = a.map((r) => [r[0], r[1]]);
          for (const [blo, bhi] of b) {
            const next = [];
            for (const [lo, hi] of cur) {
              if (bhi < lo || blo > hi) next.push([lo, hi]);
              else {
                if (blo > lo) next.push([lo, blo - 1n]);
                if (bhi < hi) next.push([bhi + 1n, hi]);
              }
            }
            cur = next;
          }
          return cur;
        };
        return new _IPSet(sub(this.v4, other.v4), sub(this.v6, other.v6));
      }
      union(other) {
        return _IPSet.of([...this.ranges(), ...other.ranges()]);
      }
      ranges() {
        return [
          ...this.v4.map(([lo, hi]) => ({ v: 4, lo, hi })),
          ...this.v6.map(([lo, hi]) => ({ v: 6, lo, hi }))
        ];
      }
      isEmpty() {
        return this.v4.length === 0 && this.v6.length === 0;
      }
      /** The only address in the set, when it holds exactly one. */
      single() {
        const all = this.ranges();
        if (all.length !== 1 || all[0].lo !== all[0].hi) return void 0;
        return { v: all[0].v, n: all[0].lo };
      }
      contains(a) {
        const rs = a.v === 4 ? this.v4 : this.v6;
        let lo = 0;
        let hi = rs.length - 1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          const r = rs[mid];
          if (a.n < r[0]) hi = mid - 1;
          else if (a.n > r[1]) lo = mid + 1;
          else return true;
        }
        return false;
      }
      overlaps(r) {
        const rs = r.v === 4 ? this.v4 : this.v6;
        return rs.some(([lo, hi]) => !(hi < r.lo || lo > r.hi));
      }
      covers(r) {
        const rs = r.v === 4 ? this.v4 : this.v6;
        return rs.some(([lo, hi]) => lo <= r.lo && hi >= r.hi);
      }
    };
    CGNAT_RANGE = parsePrefix("100.64.0.0/10");
    TAILSCALE_ULA_RANGE = parsePrefix("fd7a:115c:a1e0::/48");
    QUAD100_RANGE = parsePrefix("100.100.100.0/24");
    PRIVATE_RANGES = [
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
      "127.0.0.0/8",
      "169.254.0.0/16",
      "100.64.0.0/10",
      "0.0.0.0/8",
      "224.0.0.0/4",
      "240.0.0.0/4",
      "fc00::/7",
      "fe80::/10",
      "::1/128",
      "::/128",
      "ff00::/8"
    ].map((p) => parsePrefix(p));
  }
});

// src/grammar/keys.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function lowerMap(canonical2) {
  let m = lowerCache.get(canonical2);
  if (!m) {
    m = new Map(canonical2.map((c) => [c.toLowerCase(), c]));
    lowerCache.set(canonical2, m);
  }
  return m;
}
function readObject(obj2, canonical2) {
  const lm = lowerMap(canonical2);
  const fields = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const unknown = [];
  const duplicates = [];
  for (const key2 of Object.keys(obj2)) {
    const c = lm.get(key2.toLowerCase());
    if (c === void 0) {
      unknown.push(key2);
      continue;
    }
    const prev = seen.get(c);
    if (prev !== void 0) duplicates.push({ first: prev, second: key2, canonical: c });
    seen.set(c, key2);
    const value = obj2[key2];
    if (value === null || value === void 0) fields.delete(c);
    else fields.set(c, { key: key2, value });
  }
  return { fields, unknown, duplicates };
}
function sectionsOf(policy) {
  if (!isObject(policy)) return /* @__PURE__ */ new Map();
  return readObject(policy, TOP_LEVEL_FIELDS).fields;
}
function stringsOf(v) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x) => typeof x === "string");
}
var lowerCache, TOP_LEVEL_FIELDS, ACL_FIELDS, GRANT_FIELDS, SSH_FIELDS, NODEATTR_FIELDS, TEST_FIELDS, SSHTEST_FIELDS, AUTOAPPROVER_FIELDS, DERPMAP_FIELDS, DERPREGION_FIELDS, DERPNODE_FIELDS, ATTRCONFIG_FIELDS;
var init_keys = __esm({
  "src/grammar/keys.ts"() {
    "use strict";
    lowerCache = /* @__PURE__ */ new Map();
    TOP_LEVEL_FIELDS = [
      "acls",
      "grants",
      "ssh",
      "autoApprovers",
      "nodeAttrs",
      "postures",
      "defaultSrcPosture",
      "tagOwners",
      "groups",
      "hosts",
      "ipsets",
      "tests",
      "sshTests",
      "derpMap",
      "disableIPv4",
      "OneCGNATRoute",
      "randomizeClientPort",
      "attrConfig"
    ];
    ACL_FIELDS = ["action", "src", "dst", "proto", "srcPosture", "users", "ports"];
    GRANT_FIELDS = ["src", "dst", "ip", "app", "srcPosture", "via"];
    SSH_FIELDS = [
      "action",
      "src",
      "dst",
      "users",
      "checkPeriod",
      "acceptEnv",
      "srcPosture",
      "recorder",
      "enforceRecorder"
    ];
    NODEATTR_FIELDS = ["target", "attr", "app", "ipPool"];
    TEST_FIELDS = ["src", "user", "srcPostureAttrs", "proto", "accept", "allow", "deny"];
    SSHTEST_FIELDS = ["src", "dst", "accept", "check", "deny", "srcPostureAttrs"];
    AUTOAPPROVER_FIELDS = ["routes", "exitNode", "services"];
    DERPMAP_FIELDS = ["regions", "omitDefaultRegions"];
    DERPREGION_FIELDS = [
      "regionID",
      "regionCode",
      "regionName",
      "latitude",
      "longitude",
      "avoid",
      "noMeasureNoHome",
      "nodes"
    ];
    DERPNODE_FIELDS = [
      "name",
      "regionID",
      "hostName",
      "certName",
      "ipv4",
      "ipv6",
      "stunPort",
      "stunOnly",
      "derpPort",
      "insecureForTests",
      "stunTestIP",
      "canPort80"
    ];
    ATTRCONFIG_FIELDS = ["type", "allowSetByNode", "broadcastToPeers"];
  }
});

// src/grammar/ports.ts
function protoLabel(p) {
  return PROTO_LABELS[p] ?? `proto ${p}`;
}
function hasPorts(proto) {
  return proto === PROTO_TCP || proto === PROTO_UDP || proto === PROTO_SCTP;
}
function parseProto(s) {
  const t = s.trim().toLowerCase();
  if (/^[0-9]+$/.test(t)) {
    const n2 = Number(t);
    if (n2 >= 1 && n2 <= 255) return { ok: true, value: n2 };
    return { ok: false, error: `proto "${s}": protocol numbers go from 1 to 255` };
  }
  const n = PROTO_NAMES[t];
  if (n !== void 0) return { ok: true, value: n };
  return {
    ok: false,
    error: `proto name "${s}" not known; use a protocol number 1-255 or one of ${Object.keys(PROTO_NAMES).join(", ")}`
  };
}
function parseUint16(s) {
  if (!/^[0-9]+$/.test(s)) return void 0;
  const n = Number(s);
  return n <= 65535 ? n : void 0;
}
function parseOneRange(s) {
  const dash2 = s.indexOf("-");
  const loText = dash2 < 0 ? s : s.slice(0, dash2);
  const lo = parseUint16(loText);
  if (lo === void 0) return { ok: false, error: `port range "${s}": invalid first integer` };
  let hi = lo;
  if (dash2 >= 0) {
    const h = parseUint16(s.slice(dash2 + 1));
    if (h === void 0) return { ok: false, error: `port range "${s}": invalid last integer` };
    hi = h;
  }
  if (lo === 0) return { ok: false, error: `port range "${s}": first port must be >0, or use '*' for wildcard` };
  if (lo > hi) return { ok: false, error: `port range "${s}": first port must not be greater than the last` };
  return { ok: true, value: { lo, hi } };
}
function parsePortList(text2) {
  const s = text2.toLowerCase();
  if (s === "*") return { ok: true, value: [...ALL_PORTS] };
  if (s === "") return { ok: false, error: "invalid port list: empty" };
  const out = [];
  for (const part of s.split(",")) {
    const r = parseOneRange(part);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
function portsContain(ranges, port) {
  for (const r of ranges) if (port >= r.lo && port <= r.hi) return true;
  return false;
}
function isAllPorts(ranges) {
  return ranges.some((r) => r.lo === 0 && r.hi === 65535);
}
function splitHostPorts(entry) {
  if (entry.startsWith("[")) {
    const close = entry.indexOf("]");
    if (close > 0 && entry[close + 1] === ":") {
      return { host: entry.slice(1, close), ports: entry.slice(close + 2), bracketed: true };
    }
  }
  const colon = entry.lastIndexOf(":");
  if (colon < 0) return void 0;
  return { host: entry.slice(0, colon), ports: entry.slice(colon + 1), bracketed: false };
}
function parseGrantIp(entry) {
  const s = entry.trim();
  if (s === "") return { ok: false, error: "empty ip entry" };
  if (s === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ALL_PORTS } };
  const withProto = s.includes(":") ? s : `*:${s}`;
  const colon = withProto.lastIndexOf(":");
  const protoText = withProto.slice(0, colon);
  const portText = withProto.slice(colon + 1);
  if (protoText === "") return { ok: false, error: `ip "${entry}": no protocol specified` };
  const ports = parsePortList(portText);
  if (!ports.ok) return ports;
  const commaList = portText.includes(",");
  if (protoText === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ports.value }, commaList };
  const proto = parseProto(protoText);
  if (!proto.ok) return proto;
  if (!hasPorts(proto.value) && !isAllPorts(ports.value)) {
    return {
      ok: false,
      error: `ip "${entry}": only TCP, UDP and SCTP traffic has ports; use "${protoText}:*"`
    };
  }
  return { ok: true, value: { protos: [proto.value], ports: ports.value }, commaList };
}
function allowsProtoPort(pp, proto, port) {
  if (!pp.protos.includes(proto)) return false;
  if (!hasPorts(proto)) return true;
  return portsContain(pp.ports, port);
}
var ALL_PORTS, PROTO_ICMP, PROTO_TCP, PROTO_UDP, PROTO_ICMPV6, PROTO_SCTP, DEFAULT_PROTOS, PROTO_NAMES, PROTO_LABELS;
var init_ports = __esm({
  "src/grammar/ports.ts"() {
    "use strict";
    ALL_PORTS = [{ lo: 0, hi: 65535 }];
    PROTO_ICMP = 1;
    PROTO_TCP = 6;
    PROTO_UDP = 17;
    PROTO_ICMPV6 = 58;
    PROTO_SCTP = 132;
    DEFAULT_PROTOS = [PROTO_TCP, PROTO_UDP, PROTO_ICMP, PROTO_ICMPV6];
    PROTO_NAMES = {
      icmp: 1,
      icmpv4: 1,
      igmp: 2,
      ipv4: 4,
      "ip-in-ip": 4,
      tcp: 6,
      egp: 8,
      igp: 9,
      udp: 17,
      gre: 47,
      esp: 50,
      ah: 51,
      icmpv6: 58,
      "ipv6-icmp": 58,
      dccp: 33,
      tsmp: 99,
      sctp: 132
    };
    PROTO_LABELS = { 1: "icmp", 6: "tcp", 17: "udp", 58: "icmpv6", 132: "sctp" };
  }
});

// src/grammar/posture.ts
function parseScalar(t) {
  const s = t.trimStart();
  const q = s[0];
  if (q === "'" || q === '"') {
    const end = s.indexOf(q, 1);
    if (end < 0) return void 0;
    return { value: s.slice(1, end), rest: s.slice(end + 1) };
  }
  const m = /^(true|false)\b/i.exec(s);
  if (m) return { value: m[1].toLowerCase() === "true", rest: s.slice(m[0].length) };
  const n = /^-?[0-9]+(\.[0-9]+)?\b/.exec(s);
  if (n) return { value: Number(n[0]), rest: s.slice(n[0].length) };
  return void 0;
}
function parsePostureCondition(text2) {
  const s = text2.trim();
  const am = /^([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+)\s*/.exec(s);
  if (!am) {
    return {
      ok: false,
      error: `posture condition "${text2}": expected "<namespace>:<attribute> <operator> <value>", e.g. "node:os == 'linux'"`
    };
  }
  const attr = am[1];
  let rest = s.slice(am[0].length);
  let op;
  for (const [re, o] of OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  if (!op) {
    return {
      ok: false,
      error: `posture condition "${text2}": unknown operator; use ==, !=, <, <=, >, >=, IN or NOT IN`
    };
  }
  if (op === "IS SET" || op === "NOT SET") {
    if (rest.trim() !== "") return { ok: false, error: `posture condition "${text2}": nothing may follow ${op}` };
    return { ok: true, value: { attr, op, text: text2 } };
  }
  if (op === "IN" || op === "NOT IN") {
    const r = rest.trim();
    if (!r.startsWith("[") || !r.endsWith("]")) {
      return { ok: false, error: `posture condition "${text2}": ${op} takes a list, e.g. ['macos', 'windows']` };
    }
    const inner = r.slice(1, -1);
    const values = [];
    let cur = inner;
    while (cur.trim() !== "") {
      const v2 = parseScalar(cur);
      if (!v2) return { ok: false, error: `posture condition "${text2}": invalid list element` };
      values.push(v2.value);
      cur = v2.rest.trimStart();
      if (cur.startsWith(",")) cur = cur.slice(1);
      else if (cur.trim() !== "") return { ok: false, error: `posture condition "${text2}": list elements need commas` };
    }
    return { ok: true, value: { attr, op, value: values, text: text2 } };
  }
  const v = parseScalar(rest);
  if (!v || v.rest.trim() !== "") {
    return {
      ok: false,
      error: `posture condition "${text2}": the value must be a quoted string ('linux'), a number or true/false`
    };
  }
  if ((op === "<" || op === "<=" || op === ">" || op === ">=") && typeof v.value === "boolean") {
    return { ok: false, error: `posture condition "${text2}": ${op} compares numbers and versions, not booleans` };
  }
  return { ok: true, value: { attr, op, value: v.value, text: text2 } };
}
function compareVersions(a, b) {
  const split = (s) => (s.match(/[0-9]+|[^0-9]+/g) ?? []).map((p) => /^[0-9]+$/.test(p) ? Number(p) : p);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x < y ? -1 : 1;
    } else {
      const xs = String(x);
      const ys = String(y);
      if (xs !== ys) return xs < ys ? -1 : 1;
    }
  }
  return 0;
}
function same(a, b) {
  if (typeof a === typeof b) return a === b;
  return String(a).toLowerCase() === String(b).toLowerCase();
}
function evalCondition(c, attrs) {
  const has = Object.prototype.hasOwnProperty.call(attrs, c.attr);
  if (c.op === "IS SET") return has;
  if (c.op === "NOT SET") return !has;
  if (!has) return false;
  const v = attrs[c.attr];
  switch (c.op) {
    case "==":
      return same(v, c.value);
    case "!=":
      return !same(v, c.value);
    case "IN":
      return c.value.some((x) => same(v, x));
    case "NOT IN":
      return !c.value.some((x) => same(v, x));
    default: {
      const want = c.value;
      const cmp = typeof v === "number" && typeof want === "number" ? Math.sign(v - want) : compareVersions(String(v), String(want));
      if (c.op === "<") return cmp < 0;
      if (c.op === "<=") return cmp <= 0;
      if (c.op === ">") return cmp > 0;
      return cmp >= 0;
    }
  }
}
var OPS;
var init_posture = __esm({
  "src/grammar/posture.ts"() {
    "use strict";
    OPS = [
      [/^NOT\s+IN\b/i, "NOT IN"],
      [/^IS\s+SET\b/i, "IS SET"],
      [/^NOT\s+SET\b/i, "NOT SET"],
      [/^IN\b/i, "IN"],
      [/^==/, "=="],
      [/^!=/, "!="],
      [/^<=/, "<="],
      [/^>=/, ">="],
      [/^</, "<"],
      [/^>/, ">"]
    ];
  }
});

// src/grammar/selectors.ts
function parseSelector(raw) {
  const s = raw.trim();
  if (s === "") return { kind: "invalid", text: raw, reason: "empty selector" };
  if (s === "*") return { kind: "any" };
  if (s.startsWith("group:")) return { kind: "group", name: s };
  if (s.startsWith("tag:")) return { kind: "tag", name: s };
  if (s.startsWith("autogroup:")) return { kind: "autogroup", name: s };
  if (s.startsWith("ipset:")) return { kind: "ipset", name: s };
  if (s.startsWith("svc:")) return { kind: "svc", name: s };
  if (s.startsWith("user:")) {
    const m = /^user:\*@(.*)$/.exec(s);
    if (m) return { kind: "userDomain", domain: m[1] };
    return { kind: "invalid", text: s, reason: 'only "user:*@<domain>" is supported after "user:"' };
  }
  if (s.startsWith("posture:")) {
    return { kind: "invalid", text: s, reason: 'postures go in "srcPosture", not in src or dst' };
  }
  const range = parseAddressSpec(s);
  if (range) return { kind: "ip", range, text: s };
  if (s.includes("@")) return { kind: "user", login: s };
  if (s.includes(":") || s.includes("/") || /\s/.test(s)) {
    return { kind: "invalid", text: s, reason: "invalid address" };
  }
  return { kind: "host", name: s };
}
function isMemberAutogroup(name) {
  return name === "autogroup:member" || name === "autogroup:members";
}
function checkTagName(tag) {
  if (!tag.startsWith("tag:")) return "tags must start with 'tag:'";
  const name = tag.slice(4);
  if (name === "") return "tag names must not be empty";
  if (!/^[A-Za-z]/.test(name)) return "tag names must start with a letter, after 'tag:'";
  if (!/^[A-Za-z0-9-]+$/.test(name)) return "tag names can only contain numbers, letters, or dashes";
  return void 0;
}
function checkServiceName(svc) {
  const name = svc.slice(4);
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    return `service names must be a DNS label after 'svc:' (lower-case letters, digits and dashes)`;
  }
  return void 0;
}
var AUTOGROUPS, ROLE_AUTOGROUPS;
var init_selectors = __esm({
  "src/grammar/selectors.ts"() {
    "use strict";
    init_ip();
    AUTOGROUPS = /* @__PURE__ */ new Set([
      "autogroup:member",
      "autogroup:members",
      "autogroup:tagged",
      "autogroup:self",
      "autogroup:internet",
      "autogroup:shared",
      "autogroup:danger-all",
      "autogroup:admin",
      "autogroup:owner",
      "autogroup:network-admin",
      "autogroup:it-admin",
      "autogroup:billing-admin",
      "autogroup:auditor",
      "autogroup:nonroot"
    ]);
    ROLE_AUTOGROUPS = /* @__PURE__ */ new Set([
      "autogroup:admin",
      "autogroup:owner",
      "autogroup:network-admin",
      "autogroup:it-admin",
      "autogroup:billing-admin",
      "autogroup:auditor"
    ]);
  }
});

// src/evaluate/model.ts
function or(a, b) {
  if (a === T || b === T) return T;
  if (a === U || b === U) return U;
  return F;
}
function and(a, b) {
  if (a === F || b === F) return F;
  if (a === U || b === U) return U;
  return T;
}
function addrKey(a) {
  return `${a.v}:${a.n.toString(16)}`;
}
function isScimGroup(name) {
  return name.includes("@");
}
function resolveIpsets(raw, hosts) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(raw)) return out;
  const visiting = /* @__PURE__ */ new Set();
  const resolve = (name) => {
    const done = out.get(name);
    if (done) return done;
    if (visiting.has(name) || !Object.prototype.hasOwnProperty.call(raw, name)) {
      return { set: IPSet.empty, internet: false };
    }
    visiting.add(name);
    let set = IPSet.empty;
    let internet = false;
    for (const op of stringsOf(raw[name])) {
      const m = /^\s*(add|remove)\s+(.*)$/.exec(op);
      const remove = m?.[1] === "remove";
      const target = (m ? m[2] : op).trim();
      let part = IPSet.empty;
      let partInternet = false;
      if (target.startsWith("host:")) {
        const h = hosts.get(target.slice(5));
        if (h) part = IPSet.of([h]);
      } else if (target.startsWith("ipset:")) {
        const r = resolve(target);
        part = r.set;
        partInternet = r.internet;
      } else if (target === "autogroup:internet") {
        partInternet = true;
      } else {
        const r = parseAddressSpec(target);
        if (r) part = IPSet.of([r]);
      }
      if (remove) {
        set = set.minus(part);
        if (partInternet) internet = false;
      } else {
        set = set.union(part);
        internet = internet || partInternet;
      }
    }
    visiting.delete(name);
    const result = { set, internet };
    out.set(name, result);
    return result;
  };
  for (const name of Object.keys(raw)) resolve(name);
  return out;
}
function exactFields(obj2, canonical2) {
  let names = exactNames.get(canonical2);
  if (names === void 0) exactNames.set(canonical2, names = new Set(canonical2));
  const fields = /* @__PURE__ */ new Map();
  for (const key2 in obj2) {
    if (!Object.hasOwn(obj2, key2)) continue;
    if (!names.has(key2)) return void 0;
    const value = obj2[key2];
    if (value !== null && value !== void 0) fields.set(key2, { key: key2, value });
  }
  return fields;
}
function fieldsOf(obj2, canonical2) {
  return exactFields(obj2, canonical2) ?? readObject(obj2, canonical2).fields;
}
function compileSrc(list2, defs) {
  let any = false;
  let member = false;
  let tagged = false;
  let user;
  let users;
  const addUser = (u) => {
    if (users !== void 0) users.add(u);
    else if (user === void 0) user = u;
    else if (u !== user) users = /* @__PURE__ */ new Set([user, u]);
  };
  let tags;
  let usersUnknown;
  let domains;
  let ipTexts;
  const ranges = [];
  let ipSet = null;
  for (const s of stringsOf(list2)) {
    const sel = parseSelector(s);
    switch (sel.kind) {
      case "any":
        any = true;
        break;
      case "user":
        addUser(sel.login);
        break;
      case "group": {
        const g = defs.groups.get(sel.name);
        if (g) for (const u of g) addUser(u);
        else if (isScimGroup(sel.name)) (usersUnknown ??= []).push(sel.name);
        break;
      }
      case "tag":
        (tags ??= /* @__PURE__ */ new Set()).add(sel.name);
        break;
      case "autogroup":
        if (isMemberAutogroup(sel.name)) member = true;
        else if (sel.name === "autogroup:tagged") tagged = true;
        else if (sel.name === "autogroup:danger-all") any = true;
        else if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") (usersUnknown ??= []).push(sel.name);
        break;
      case "userDomain":
        (domains ??= []).push(sel.domain);
        break;
      case "ip":
        ranges.push(sel.range);
        (ipTexts ??= []).push(sel.text);
        break;
      case "host": {
        const h = defs.hosts.get(sel.name);
        if (h) {
          ranges.push(h);
          (ipTexts ??= []).push(sel.name);
        }
        break;
      }
      case "ipset": {
        const r = defs.ipsets.get(sel.name);
        if (r) {
          ipSet = ipSet ? ipSet.union(r.set) : r.set;
          (ipTexts ??= []).push(sel.name);
        }
        break;
      }
      default:
        break;
    }
  }
  if (ranges.length > 0) ipSet = ipSet ? ipSet.union(IPSet.of(ranges)) : IPSet.of(ranges);
  return {
    any,
    users: users ?? (user !== void 0 ? new OneName(user) : NO_NAMES),
    tags: tags ?? NO_NAMES,
    member,
    tagged,
    usersUnknown: usersUnknown ?? NO_TEXTS,
    domains: domains ?? NO_TEXTS,
    ips: ipSet,
    ipTexts: ipTexts ?? NO_TEXTS
  };
}
function compileDst(sel, defs) {
  switch (sel.kind) {
    case "any":
      return { k: "any" };
    case "user":
      return { k: "users", users: /* @__PURE__ */ new Set([sel.login]) };
    case "group": {
      const g = defs.groups.get(sel.name);
      if (g) return { k: "users", users: g };
      if (isScimGroup(sel.name))
        return { k: "usersUnknown", why: `the members of ${sel.name} (synced from the identity provider)` };
      return { k: "none" };
    }
    case "tag":
      return { k: "tag", tag: sel.name };
    case "autogroup":
      if (isMemberAutogroup(sel.name)) return { k: "member" };
      if (sel.name === "autogroup:tagged") return { k: "tagged" };
      if (sel.name === "autogroup:self") return { k: "self" };
      if (sel.name === "autogroup:internet") return { k: "internet" };
      if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") {
        return { k: "usersUnknown", why: `who is in ${sel.name}` };
      }
      return { k: "none" };
    case "userDomain":
      return { k: "domain", domain: sel.domain };
    case "ip":
      return { k: "ips", set: IPSet.of([sel.range]), internet: false, text: sel.text };
    case "host": {
      const h = defs.hosts.get(sel.name);
      return h ? { k: "ips", set: IPSet.of([h]), internet: false, text: sel.name } : { k: "none" };
    }
    case "ipset": {
      const r = defs.ipsets.get(sel.name);
      return r ? { k: "ips", set: r.set, internet: r.internet, text: sel.name } : { k: "none" };
    }
    case "svc":
      return { k: "svc", name: sel.name };
    default:
      return { k: "none" };
  }
}
function compileDstText(c, text2) {
  return compileDst(parseSelector(text2.trim()), { groups: c.groups, hosts: c.hosts, ipsets: c.ipsets });
}
function postureGate(v) {
  if (v === void 0) return null;
  return { names: stringsOf(v).map((s) => s.trim()) };
}
function compilePolicy(policy, opts = {}) {
  const sections = sectionsOf(policy);
  const sectionKeys = /* @__PURE__ */ new Map();
  for (const [name, f] of sections) sectionKeys.set(name, f.key);
  const sec = (name) => sections.get(name)?.value;
  const groups = /* @__PURE__ */ new Map();
  const rawGroups = sec("groups");
  if (isObject(rawGroups)) {
    for (const [g, members] of Object.entries(rawGroups)) {
      groups.set(
        g,
        new Set(
          stringsOf(members).map((m) => m.trim()).filter((m) => !m.startsWith("group:"))
        )
      );
    }
  }
  const tags = /* @__PURE__ */ new Set();
  const rawTagOwners = sec("tagOwners");
  if (isObject(rawTagOwners)) for (const t of Object.keys(rawTagOwners)) tags.add(t);
  const hosts = /* @__PURE__ */ new Map();
  const rawHosts = sec("hosts");
  if (isObject(rawHosts)) {
    for (const [h, v] of Object.entries(rawHosts)) {
      if (typeof v !== "string") continue;
      const r = parseAddressSpec(v.trim());
      if (r) hosts.set(h, r);
    }
  }
  const ipsets = resolveIpsets(sec("ipsets"), hosts);
  const postures = /* @__PURE__ */ new Map();
  const rawPostures = sec("postures");
  if (isObject(rawPostures)) {
    for (const [p, conds] of Object.entries(rawPostures)) {
      const parsed = stringsOf(conds).map(parsePostureCondition);
      postures.set(p, parsed.every((c) => c.ok) ? parsed.map((c) => c.value) : null);
    }
  }
  const defaultSrcPosture = stringsOf(sec("defaultSrcPosture")).map((s) => s.trim());
  const defs = { groups, hosts, ipsets };
  const units = [];
  const acls = sec("acls");
  if (Array.isArray(acls)) {
    acls.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, ACL_FIELDS);
      const action = f.get("action")?.value;
      if (typeof action !== "string" || action.trim().toLowerCase() !== "accept") return;
      const src = compileSrc(f.get("src")?.value ?? f.get("users")?.value, defs);
      const protoText = f.get("proto")?.value;
      let protos = DEFAULT_PROTOS;
      if (typeof protoText === "string" && protoText.trim() !== "") {
        const p = parseProto(protoText);
        if (!p.ok) return;
        protos = [p.value];
      }
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value ?? f.get("ports")?.value).forEach((entry, dstIndex) => {
        const hp = splitHostPorts(entry.trim());
        if (!hp) return;
        const ports = parsePortList(hp.ports);
        if (!ports.ok) return;
        const sel = parseSelector(hp.host);
        units.push({
          section: "acls",
          index: index2,
          dstIndex,
          src,
          dst: compileDst(sel, defs),
          pp: [{ protos, ports: ports.value }],
          posture
        });
      });
    });
  }
  const grants = sec("grants");
  if (Array.isArray(grants)) {
    const ppOf = /* @__PURE__ */ new Map();
    const srcOf = /* @__PURE__ */ new Map();
    const dstOf = /* @__PURE__ */ new Map();
    grants.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, GRANT_FIELDS);
      const ip = f.get("ip")?.value;
      let pp = ppOf.get(ip);
      if (pp === void 0) {
        pp = [];
        for (const e of stringsOf(ip)) {
          const r = parseGrantIp(e);
          if (r.ok) pp.push(r.value);
        }
        ppOf.set(ip, pp);
      }
      if (pp.length === 0) return;
      const srcValue = f.get("src")?.value;
      let src = srcOf.get(srcValue);
      if (src === void 0) srcOf.set(srcValue, src = compileSrc(srcValue, defs));
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value).forEach((d, dstIndex) => {
        let dst = dstOf.get(d);
        if (dst === void 0) dstOf.set(d, dst = compileDst(parseSelector(d), defs));
        units.push({ section: "grants", index: index2, dstIndex, src, dst, pp, posture });
      });
    });
  }
  const ssh = [];
  const rawSsh = sec("ssh");
  if (Array.isArray(rawSsh)) {
    rawSsh.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, SSH_FIELDS);
      const action = f.get("action")?.value;
      const a = typeof action === "string" ? action.trim() : "";
      if (a !== "accept" && a !== "check") return;
      const logins = { literal: /* @__PURE__ */ new Set(), nonroot: false, localpart: [] };
      for (const u0 of stringsOf(f.get("users")?.value)) {
        const u = u0.trim();
        if (u === "autogroup:nonroot") logins.nonroot = true;
        else if (u.startsWith("localpart:*@")) logins.localpart.push(u.slice("localpart:*@".length));
        else if (u !== "" && u !== "*") logins.literal.add(u);
      }
      ssh.push({
        index: index2,
        action: a,
        src: compileSrc(f.get("src")?.value, defs),
        dst: stringsOf(f.get("dst")?.value).map((d) => compileDst(parseSelector(d), defs)),
        logins,
        posture: postureGate(f.get("srcPosture")?.value)
      });
    });
  }
  const users = opts.users ? new Set(opts.users.filter((u) => u !== "")) : void 0;
  let devices;
  const byAddr = /* @__PURE__ */ new Map();
  if (opts.devices) {
    devices = opts.devices.map((d, i) => {
      const rec = {
        name: d.name ?? d.id ?? `device ${i + 1}`,
        tags: d.tags ?? [],
        addrs: d.addresses.map((a) => parseIP(a.trim())).filter((a) => a !== void 0),
        ...d.user !== void 0 ? { user: d.user } : {},
        ...d.postureAttributes ? { attrs: d.postureAttributes } : {}
      };
      for (const a of rec.addrs) byAddr.set(addrKey(a), rec);
      return rec;
    });
  }
  const index = buildIndex(units, byAddr);
  return {
    raw: policy,
    sectionKeys,
    groups,
    tags,
    hosts,
    ipsets,
    postures,
    defaultSrcPosture,
    units,
    ssh,
    ...users && users.size > 0 ? { users } : {},
    ...devices ? { devices } : {},
    index
  };
}
function buildIndex(units, byAddr) {
  const ix = {
    byTag: /* @__PURE__ */ new Map(),
    byUser: /* @__PURE__ */ new Map(),
    bySvc: /* @__PURE__ */ new Map(),
    any: [],
    member: [],
    tagged: [],
    self: [],
    userish: [],
    ips: [],
    internet: [],
    byAddr
  };
  const push = (m, k, u) => {
    const l = m.get(k);
    if (l) l.push(u);
    else m.set(k, [u]);
  };
  for (const u of units) {
    const d = u.dst;
    switch (d.k) {
      case "any":
        ix.any.push(u);
        break;
      case "users":
        for (const login2 of d.users) push(ix.byUser, login2, u);
        break;
      case "tag":
        push(ix.byTag, d.tag, u);
        break;
      case "member":
        ix.member.push(u);
        break;
      case "tagged":
        ix.tagged.push(u);
        break;
      case "self":
        ix.self.push(u);
        break;
      case "usersUnknown":
      case "domain":
        ix.userish.push(u);
        break;
      case "ips":
        ix.ips.push(u);
        if (d.internet) ix.internet.push(u);
        break;
      case "internet":
        ix.internet.push(u);
        break;
      case "svc":
        push(ix.bySvc, d.name, u);
        break;
      case "none":
        break;
    }
  }
  return ix;
}
function ipMatch(set, ep) {
  if (ep.addrs) return ep.addrs.some((a) => set.contains(a)) ? T : F;
  if (!ep.tailnet) return F;
  if (set.covers(CGNAT_RANGE) || set.covers(TAILSCALE_ULA_RANGE)) return T;
  if (!set.overlaps(CGNAT_RANGE) && !set.overlaps(TAILSCALE_ULA_RANGE)) return F;
  return U;
}
function identity(ep, f) {
  if (!ep.known) return ep.tailnet ? U : F;
  return f(ep) ? T : F;
}
function matchSrc(m, ep) {
  if (m.any) return T;
  let r = F;
  if (m.users.size > 0)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && m.users.has(e.user))
    );
  if (r === T) return T;
  if (m.tags.size > 0)
    r = or(
      r,
      identity(ep, (e) => e.tags.some((t) => m.tags.has(t)))
    );
  if (m.member) r = or(r, identity(ep, isUserDevice));
  if (m.tagged)
    r = or(
      r,
      identity(ep, (e) => e.tags.length > 0)
    );
  for (const d of m.domains)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && e.user.endsWith("@" + d))
    );
  if (r === T) return T;
  if (m.ips) r = or(r, ipMatch(m.ips, ep));
  if (r !== T && m.usersUnknown.length > 0) {
    r = or(r, ep.known ? isUserDevice(ep) ? U : F : ep.tailnet ? U : F);
  }
  return r;
}
function matchDst(d, dst, src) {
  switch (d.k) {
    case "any":
      return T;
    case "users":
      return identity(dst, (e) => isUserDevice(e) && d.users.has(e.user));
    case "tag":
      return identity(dst, (e) => e.tags.includes(d.tag));
    case "member":
      return identity(dst, isUserDevice);
    case "tagged":
      return identity(dst, (e) => e.tags.length > 0);
    case "self":
      if (!src.known || !dst.known) return src.tailnet && dst.tailnet ? U : F;
      return isUserDevice(src) && isUserDevice(dst) && src.user === dst.user ? T : F;
    case "usersUnknown":
      return dst.known ? isUserDevice(dst) ? U : F : dst.tailnet ? U : F;
    case "domain":
      return identity(dst, (e) => isUserDevice(e) && e.user.endsWith("@" + d.domain));
    case "ips": {
      const r = ipMatch(d.set, dst);
      return r === T || !d.internet ? r : or(r, dst.internet ? T : F);
    }
    case "internet":
      return dst.internet ? T : F;
    case "svc":
      return dst.svc === d.name ? T : F;
    case "none":
      return F;
  }
}
function postureAllows(c, gate, attrs) {
  const names = gate ? gate.names : c.defaultSrcPosture;
  if (names.length === 0) return true;
  return names.some((n) => {
    const conds = c.postures.get(n);
    return !!conds && conds.every((cond) => evalCondition(cond, attrs));
  });
}
function candidates(c, dst) {
  const ix = c.index;
  if (!dst.known) return [c.units];
  const out = [ix.any, ix.ips];
  if (dst.svc) out.push(ix.bySvc.get(dst.svc) ?? []);
  if (dst.tags.length > 0) {
    for (const t of dst.tags) out.push(ix.byTag.get(t) ?? []);
    out.push(ix.tagged);
  } else if (dst.user !== void 0) {
    out.push(ix.byUser.get(dst.user) ?? [], ix.member, ix.self, ix.userish);
  }
  if (dst.internet) out.push(ix.internet);
  return out;
}
function bySource(list2) {
  const known = splits.get(list2);
  if (known) return known;
  const split = { users: /* @__PURE__ */ new Map(), anyUser: [], tags: /* @__PURE__ */ new Map(), anyTagged: [] };
  const add = (m, key2, i) => {
    const at2 = m.get(key2);
    if (at2) at2.push(i);
    else m.set(key2, [i]);
  };
  list2.forEach((u, i) => {
    const m = u.src;
    if (m.any || m.ips) {
      split.anyUser.push(i);
      split.anyTagged.push(i);
      return;
    }
    if (m.member || m.domains.length > 0 || m.usersUnknown.length > 0) split.anyUser.push(i);
    else for (const login2 of m.users) add(split.users, login2, i);
    if (m.tagged) split.anyTagged.push(i);
    else for (const tag of m.tags) add(split.tags, tag, i);
  });
  splits.set(list2, split);
  return split;
}
function mergePositions(lists) {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  if (nonEmpty.length === 2) {
    const [x, y] = nonEmpty;
    const out = [];
    let a = 0;
    let b = 0;
    while (a < x.length || b < y.length) {
      const v = b >= y.length || a < x.length && x[a] < y[b] ? x[a++] : y[b++];
      if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
    }
    return out;
  }
  return [...new Set(nonEmpty.flat())].sort((p, q) => p - q);
}
function allowsAny(pps, protos, port) {
  for (const pp of pps) for (const p of protos) if (allowsProtoPort(pp, p, port)) return true;
  return false;
}
function decide(c, src, dst, protos, port, attrs) {
  const allowedBy = [];
  const maybe = [];
  let postureCache;
  const consider = (u) => {
    if (!allowsAny(u.pp, protos, port)) return;
    if (u.posture !== null || c.defaultSrcPosture.length > 0) {
      postureCache ??= /* @__PURE__ */ new Map();
      let ok = postureCache.get(u.posture);
      if (ok === void 0) {
        ok = postureAllows(c, u.posture, attrs);
        postureCache.set(u.posture, ok);
      }
      if (!ok) return;
    }
    const s = matchSrc(u.src, src);
    if (s === F) return;
    const r = and(s, matchDst(u.dst, dst, src));
    if (r === T) allowedBy.push(u);
    else if (r === U) maybe.push(u);
  };
  const kind = !src.known ? void 0 : isUserDevice(src) ? "user" : src.tags.length > 0 ? "tagged" : void 0;
  for (const list2 of candidates(c, dst)) {
    if (kind === void 0 || list2.length < SPLIT_MIN) {
      for (const u of list2) consider(u);
      continue;
    }
    const split = bySource(list2);
    const at2 = kind === "user" ? mergePositions([split.users.get(src.user) ?? [], split.anyUser]) : mergePositions([split.anyTagged, ...src.tags.map((t) => split.tags.get(t) ?? [])]);
    for (const i of at2) consider(list2[i]);
  }
  return { result: allowedBy.length > 0 ? T : maybe.length > 0 ? U : F, allowedBy, maybe };
}
function loginMatch(u, login2, src) {
  if (u.logins.literal.has(login2)) return T;
  if (u.logins.nonroot && login2 !== "root") return T;
  let r = F;
  for (const d of u.logins.localpart) {
    if (!src.known) r = or(r, U);
    else if (isUserDevice(src) && src.user === `${login2}@${d}`) return T;
  }
  return r;
}
function decideSsh(c, src, dst, login2, attrs) {
  const check = [];
  const accept = [];
  const maybeCheck = [];
  const maybeAccept = [];
  for (const u of c.ssh) {
    if (!postureAllows(c, u.posture, attrs)) continue;
    let r = matchSrc(u.src, src);
    if (r === F) continue;
    let d = F;
    for (const m of u.dst) d = or(d, matchDst(m, dst, src));
    r = and(r, and(d, loginMatch(u, login2, src)));
    if (r === F) continue;
    const list2 = u.action === "check" ? r === T ? check : maybeCheck : r === T ? accept : maybeAccept;
    list2.push(u);
  }
  if (check.length > 0) return { action: "check", by: check, maybe: [] };
  if (maybeCheck.length > 0) return { action: "undecidable", by: [], maybe: [...maybeCheck, ...maybeAccept] };
  if (accept.length > 0) return { action: "accept", by: accept, maybe: [] };
  if (maybeAccept.length > 0) return { action: "undecidable", by: [], maybe: maybeAccept };
  return { action: "deny", by: [], maybe: [] };
}
function deviceEndpoint(d, label) {
  return {
    label: `${label} (${d.name})`,
    ...d.tags.length === 0 && d.user !== void 0 ? { user: d.user } : {},
    tags: d.tags,
    addrs: d.addrs,
    known: true,
    tailnet: true,
    internet: false,
    device: d.name,
    ...d.attrs ? { postureAttributes: d.attrs } : {}
  };
}
function resolveUser(c, login2, label = login2) {
  if (c.devices) {
    const mine = c.devices.filter((d) => d.tags.length === 0 && d.user === login2);
    if (mine.length > 0) return { endpoints: mine.map((d) => deviceEndpoint(d, label)), notes: [] };
  }
  return {
    endpoints: [{ label, user: login2, tags: [], known: true, tailnet: true, internet: false }],
    notes: c.devices ? [`${login2} has no device in the inventory; evaluated as a hypothetical device of that user`] : []
  };
}
function resolveAddr(c, a, label) {
  const d = c.index.byAddr.get(addrKey(a));
  if (d) return { endpoints: [deviceEndpoint(d, label)], notes: [] };
  const tailnet = inTailnetRange(a);
  return {
    endpoints: [
      {
        label,
        tags: [],
        addrs: [a],
        known: !!c.devices || !tailnet,
        tailnet,
        internet: isPublic(a)
      }
    ],
    notes: tailnet && !c.devices ? [`which device holds ${label} is not known offline; rules naming users or tags cannot be applied to it`] : []
  };
}
function resolveIdentity(c, text2, selfOf) {
  const sel = parseSelector(text2);
  switch (sel.kind) {
    case "user":
      return resolveUser(c, sel.login);
    case "group": {
      const g = c.groups.get(sel.name);
      if (!g) return { endpoints: [], undecidable: `the members of ${sel.name} are not known offline`, notes: [] };
      if (g.size === 0) return { endpoints: [], undecidable: `${sel.name} has no members`, notes: [] };
      const out = { endpoints: [], notes: [] };
      for (const m of g) {
        const r = resolveUser(c, m, `${m} (in ${sel.name})`);
        out.endpoints.push(...r.endpoints);
        out.notes.push(...r.notes);
      }
      return out;
    }
    case "tag": {
      if (c.devices) {
        const tagged = c.devices.filter((d) => d.tags.includes(sel.name));
        if (tagged.length > 0) return { endpoints: tagged.map((d) => deviceEndpoint(d, sel.name)), notes: [] };
      }
      return {
        endpoints: [{ label: sel.name, tags: [sel.name], known: true, tailnet: true, internet: false }],
        notes: c.devices ? [`no device in the inventory carries ${sel.name}; evaluated as a hypothetical one`] : []
      };
    }
    case "host": {
      const h = c.hosts.get(sel.name);
      if (!h) return { endpoints: [], fail: `host "${sel.name}" is not defined in "hosts"`, notes: [] };
      if (h.lo !== h.hi) return { endpoints: [], fail: `host "${sel.name}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: h.v, n: h.lo }, sel.name);
    }
    case "ip":
      if (sel.range.lo !== sel.range.hi)
        return { endpoints: [], fail: `"${sel.text}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: sel.range.v, n: sel.range.lo }, sel.text);
    case "ipset": {
      const r = c.ipsets.get(sel.name);
      const one = r?.set.single();
      if (!one) return { endpoints: [], fail: `${sel.name} is not one address`, notes: [] };
      return resolveAddr(c, one, sel.name);
    }
    case "svc":
      return {
        endpoints: [{ label: sel.name, tags: [], known: true, tailnet: true, internet: false, svc: sel.name }],
        notes: []
      };
    case "autogroup":
      if (sel.name === "autogroup:self" && selfOf) {
        if (!selfOf.known) {
          return {
            endpoints: [],
            undecidable: `whose devices autogroup:self means for ${selfOf.label} is not known offline`,
            notes: []
          };
        }
        if (!isUserDevice(selfOf))
          return {
            endpoints: [],
            fail: `autogroup:self has no devices for ${selfOf.label}, which is not a user's device`,
            notes: []
          };
        return resolveUser(c, selfOf.user, `autogroup:self (${selfOf.user})`);
      }
      return { endpoints: [], undecidable: `which devices ${sel.name} stands for is not known offline`, notes: [] };
    default:
      return { endpoints: [], fail: `"${text2}" does not name one device`, notes: [] };
  }
}
var F, T, U, exactNames, NO_NAMES, NO_TEXTS, OneName, isUserDevice, SPLIT_MIN, splits;
var init_model = __esm({
  "src/evaluate/model.ts"() {
    "use strict";
    init_ip();
    init_keys();
    init_ports();
    init_posture();
    init_selectors();
    F = 0;
    T = 1;
    U = 2;
    exactNames = /* @__PURE__ */ new Map();
    NO_NAMES = /* @__PURE__ */ new Set();
    NO_TEXTS = Object.freeze([]);
    OneName = class {
      constructor(name) {
        this.name = name;
      }
      name;
      size = 1;
      has(value) {
        return value === this.name;
      }
      forEach(fn, thisArg) {
        fn.call(thisArg, this.name, this.name, this);
      }
      entries() {
        return (/* @__PURE__ */ new Set([this.name])).entries();
      }
      keys() {
        return (/* @__PURE__ */ new Set([this.name])).keys();
      }
      values() {
        return (/* @__PURE__ */ new Set([this.name])).values();
      }
      [Symbol.iterator]() {
        return this.values();
      }
    };
    isUserDevice = (ep) => ep.tags.length === 0 && ep.user !== void 0;
    SPLIT_MIN = 8;
    splits = /* @__PURE__ */ new WeakMap();
  }
});

// src/evaluate/tests.ts
function refProblem(c, text2, what2) {
  const sel = parseSelector(text2);
  switch (sel.kind) {
    case "tag": {
      const bad = checkTagName(sel.name);
      if (!c.tags.has(sel.name)) {
        return {
          rule: "ref/unknown-tag",
          message: `${what2} tag not found: "${sel.name}". ${bad && sel.name.includes(":", 4) ? "A port does not belong here. " : ""}Define it in "tagOwners" or fix the name.`
        };
      }
      return void 0;
    }
    case "group":
      if (!c.groups.has(sel.name) && !sel.name.includes("@")) {
        return {
          rule: "ref/unknown-group",
          message: `${what2} group not found: "${sel.name}". Define it in "groups" or fix the name.`
        };
      }
      return void 0;
    case "host":
      if (!c.hosts.has(sel.name)) {
        return {
          rule: "ref/unknown-host",
          message: `${what2} "${sel.name}": invalid address: it is not a host defined in "hosts", a user, a tag or an IP. Define it in "hosts" or fix the name.`
        };
      }
      return void 0;
    case "ipset":
      if (!c.ipsets.has(sel.name)) {
        return {
          rule: "ref/unknown-ipset",
          message: `${what2} IP set not found: "${sel.name}". Define it in "ipsets".`
        };
      }
      return void 0;
    case "user":
      if (c.users && !c.users.has(sel.login)) {
        return {
          rule: "ref/unknown-user",
          message: `${what2} user not found: "${sel.login}": no such user in the tailnet. Fix the login name.`
        };
      }
      return void 0;
    case "invalid":
      return { rule: "selector/invalid", message: `${what2} "${text2.trim()}": ${sel.reason}.` };
    case "autogroup":
      if (!AUTOGROUPS.has(sel.name)) {
        return { rule: "selector/invalid", message: `${what2} "${sel.name}" is not an autogroup Tailscale knows.` };
      }
      return void 0;
    default:
      return void 0;
  }
}
function str(f, name) {
  const v = f.get(name);
  return v && typeof v.value === "string" ? { key: v.key, value: v.value } : void 0;
}
function list(f, name) {
  const v = f.get(name);
  return v && Array.isArray(v.value) ? { key: v.key, values: v.value } : void 0;
}
function testProblems(c, test, base) {
  return remembered(c, test, base, netTestProblems);
}
function remembered(c, test, base, work) {
  if (!isObject(test)) return work(c, test, base);
  let known = problemsOf.get(c);
  if (!known) problemsOf.set(c, known = /* @__PURE__ */ new WeakMap());
  const hit = known.get(test);
  if (hit && hit.work === work && hit.base.length === base.length && hit.base.every((seg, i) => seg === base[i]))
    return hit.problems;
  const problems = work(c, test, base);
  known.set(test, { work, base, problems });
  return problems;
}
function netTestProblems(c, test, base) {
  if (!isObject(test))
    return [
      { path: base, rule: "policy/type", message: 'A test must be an object with "src" and "accept" and/or "deny".' }
    ];
  const out = [];
  const f = fieldsOf(test, TEST_FIELDS);
  const src = str(f, "src") ?? str(f, "user");
  if (f.has("src") && f.has("user")) {
    out.push({
      path: [...base, f.get("user").key],
      rule: "test/invalid",
      message: 'Only one of "src" or "user" may be specified; "user" is the old name of "src".'
    });
  }
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has no "src": say whose access it checks (a user, group, tag, host or IP). ${FAILS}`
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    const where2 = `test src`;
    if (sel.kind === "any" || sel.kind === "autogroup" || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${src.value.trim()}" is not valid: a test runs from one identity (a user, group, tag, host or IP address), never "*", an autogroup or a service. ${FAILS}`
      });
    } else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${sel.text}" is a range or CIDR: use one IP address, without a prefix length. ${FAILS}`
      });
    } else {
      const r = refProblem(c, src.value, where2);
      if (r) out.push({ path: p, ...r, message: `${r.message} ${FAILS}` });
      else if (sel.kind === "host" && !isSingleHost(c, sel.name)) {
        out.push({
          path: p,
          rule: "test/invalid",
          message: `test src "${sel.name}" maps to a range in "hosts": a test runs from one address. ${FAILS}`
        });
      }
    }
  }
  const proto = f.get("proto");
  if (proto) {
    if (typeof proto.value !== "string") {
      out.push({
        path: [...base, proto.key],
        rule: "policy/type",
        message: 'json: cannot unmarshal into "proto" of type string: write the protocol as a string, e.g. "tcp" or "6".'
      });
    } else if (proto.value.trim() !== "") {
      const pr = parseProto(proto.value);
      if (!pr.ok) out.push({ path: [...base, proto.key], rule: "proto/invalid", message: `${pr.error}.` });
    }
  }
  let any = false;
  for (const kind of ["accept", "allow", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((entry, j) => {
      const p = [...base, l.key, j];
      if (typeof entry !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be strings like "tag:server:22".` });
        return;
      }
      any = true;
      out.push(...testDstProblems(c, entry, p));
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has neither "accept" nor "deny" destinations, so it checks nothing. ${FAILS}`
    });
  }
  return out;
}
function isSingleHost(c, name) {
  const h = c.hosts.get(name);
  return !h || h.lo === h.hi;
}
function testDstProblems(c, entry, path) {
  const e = entry.trim();
  const hp = splitHostPorts(e);
  if (!hp) {
    return [
      {
        path,
        rule: "test/invalid",
        message: `address "${e}": a test destination is "<host>:<port>", e.g. "tag:server:22". ${FAILS}`
      }
    ];
  }
  const out = [];
  if (!/^[0-9]+$/.test(hp.ports) || Number(hp.ports) > 65535) {
    out.push({
      path,
      rule: "test/invalid",
      message: `address "${e}": a test destination takes exactly one numeric port (0-65535), not "${hp.ports}"; "*", lists and ranges make the test fail. ${FAILS}`
    });
  }
  const sel = parseSelector(hp.host);
  const bad = (why) => {
    out.push({ path, rule: "test/invalid", message: `address "${e}": ${why} ${FAILS}` });
  };
  if (sel.kind === "any") bad('a test destination names one host, never "*".');
  else if (sel.kind === "autogroup" && sel.name === "autogroup:internet") bad("autogroup:internet cannot be tested.");
  else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
    bad("tests cannot use CIDR (subnet) notation or ranges, not even a /32: name one address.");
  } else if (sel.kind === "userDomain") bad("a test destination names one host, not every user of a domain.");
  else {
    const r = refProblem(c, hp.host, "test destination");
    if (r) out.push({ path, rule: r.rule, message: `address "${e}": ${r.message} ${FAILS}` });
    else if (sel.kind === "host" && !isSingleHost(c, sel.name))
      bad(`host "${sel.name}" maps to a range (CIDR); tests cannot use CIDR notation.`);
    else if (sel.kind === "ipset" && !c.ipsets.get(sel.name)?.set.single())
      bad(`${sel.name} is not one address; tests cannot use ranges.`);
  }
  return out;
}
function sshTestProblems(c, test, base) {
  return remembered(c, test, base, sshProblems);
}
function sshProblems(c, test, base) {
  if (!isObject(test))
    return [
      {
        path: base,
        rule: "policy/type",
        message: 'An SSH test must be an object with "src", "dst" and "accept", "check" and/or "deny".'
      }
    ];
  const out = [];
  const f = fieldsOf(test, SSHTEST_FIELDS);
  const src = str(f, "src");
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "src": say whose access it checks (a user, group, tag, host or IP).'
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    if (sel.kind === "autogroup" || sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "ssh-test/invalid",
        message: `SSH tests src contains disallowed element "${src.value.trim()}": an SSH test runs from one user, group, tag, host or IP address.`
      });
    } else {
      const r = refProblem(c, src.value, "SSH tests src");
      if (r) out.push({ path: p, ...r });
    }
  }
  const dst = list(f, "dst");
  if (!dst || dst.values.length === 0) {
    out.push({
      path: dst ? [...base, dst.key] : base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "dst": list the devices it connects to (tags, users, hosts).'
    });
  } else {
    dst.values.forEach((d, j) => {
      const p = [...base, dst.key, j];
      if (typeof d !== "string") {
        out.push({ path: p, rule: "policy/type", message: '"dst" entries must be strings like "tag:server".' });
        return;
      }
      const sel = parseSelector(d);
      const t = d.trim();
      if (sel.kind === "tag" && !c.tags.has(sel.name)) {
        out.push({
          path: p,
          rule: "ref/unknown-tag",
          message: `SSH tests dst contains unknown tag "${sel.name}". ${/:[0-9*]/.test(sel.name.slice(4)) ? "SSH test destinations take no port (SSH is port 22)." : 'Define it in "tagOwners" or fix the name.'}`
        });
      } else if (sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "autogroup" && sel.name === "autogroup:internet" || sel.kind === "host" && !isSingleHost(c, sel.name) || sel.kind === "userDomain") {
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: `SSH tests dst contains disallowed element "${t}": name devices (a tag, user, group or a host with one address), not ranges.`
        });
      } else {
        const r = refProblem(c, d, "SSH tests dst");
        if (r) out.push({ path: p, ...r });
      }
    });
  }
  let any = false;
  for (const kind of ["accept", "check", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((u, j) => {
      const p = [...base, l.key, j];
      if (typeof u !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be login names like "root".` });
        return;
      }
      any = true;
      if (u.trim() === "")
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: 'user "" is not valid: write the login name to test, e.g. "root".'
        });
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "accept", "check" or "deny" logins, so it checks nothing.'
    });
  }
  return out;
}
function postureAttrsOf(v) {
  if (!isObject(v)) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") out[k] = x;
  }
  return out;
}
function attrsFor(testAttrs, ep) {
  return testAttrs ?? ep.postureAttributes ?? {};
}
function ruleName(c, section2, index) {
  return `${c.sectionKeys.get(section2) ?? section2}[${index}]`;
}
function where(loc) {
  return loc ? ` (${loc.file}:${loc.line})` : "";
}
function unitWhy(c, u, src, dst) {
  const name = "section" in u ? ruleName(c, u.section, u.index) : ruleName(c, "ssh", u.index);
  const reasons = [];
  if (!src.known) reasons.push(`which device holds ${src.label} is not known offline`);
  if (!dst.known) reasons.push(`which device holds ${dst.label} is not known offline`);
  if (u.src.usersUnknown.length > 0) reasons.push(`who is in ${u.src.usersUnknown.join(", ")} is not known offline`);
  const dsts = "section" in u ? [u.dst] : u.dst;
  for (const d of dsts) {
    if (d.k === "usersUnknown") reasons.push(`${d.why} is not known offline`);
    if (d.k === "ips" && src.known && dst.known && !dst.addrs)
      reasons.push(`whether ${dst.label} has an address in ${d.text} is not known offline`);
  }
  if (u.src.ips && src.known && !src.addrs)
    reasons.push(`whether ${src.label} has an address in ${u.src.ipTexts.join(", ")} is not known offline`);
  return `${name} may apply: ${reasons.length > 0 ? [...new Set(reasons)].join("; ") : "it depends on devices not known offline"}`;
}
function srcDoubt(c, srcText) {
  const sel = parseSelector(srcText);
  if (sel.kind === "group" && c.groups.has(sel.name)) return { group: sel.name };
  if (sel.kind === "user" && !c.users && !c.devices?.some((d) => d.user === sel.login)) {
    if (!namedInPolicy(c).has(sel.login)) return { unnamed: sel.login };
  }
  return {};
}
function namedInPolicy(c) {
  let out = namedCache.get(c);
  if (out) return out;
  out = /* @__PURE__ */ new Set();
  const raw = isObject(c.raw) ? c.raw : {};
  const stack = [];
  for (const k of Object.keys(raw)) if (!/^(tests|sshtests)$/i.test(k)) stack.push(raw[k]);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!v.includes("@")) continue;
      out.add(v);
      const colon = v.lastIndexOf(":");
      if (colon > 0) out.add(v.slice(0, colon));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      for (const k of Object.keys(v)) stack.push(k, v[k]);
    }
  }
  namedCache.set(c, out);
  return out;
}
function ruleSrc(c, section2, index) {
  const key2 = c.sectionKeys.get(section2) ?? section2;
  const list2 = isObject(c.raw) ? c.raw[key2] : void 0;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return [];
  const fields = fieldsOf(rule, section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS);
  return stringsOf((fields.get("src") ?? fields.get("users"))?.value);
}
function certainFor(c, section2, index, doubt) {
  if (!doubt.group && !doubt.unnamed) return true;
  return ruleSrc(c, section2, index).some((s) => {
    const t = s.trim();
    if (t === "*" || t === "autogroup:danger-all") return true;
    if (doubt.group) return t === doubt.group || isMemberAutogroup(t);
    return t === doubt.unnamed;
  });
}
function doubtWhy(c, section2, index, doubt) {
  const name = ruleName(c, section2, index);
  return doubt.group ? `${name} reaches members of ${doubt.group} only through their other groups or by name, and Tailscale judges the group itself` : `${name} applies to ${doubt.unnamed} only if they are a member of the tailnet, which the policy does not say`;
}
function testOne(c, locate, srcEps, host, port, protos, want, testAttrs, doubt = {}) {
  const reasons = [];
  let sawU = false;
  for (const s of srcEps) {
    const dr = resolveIdentity(c, host, s);
    if (dr.fail) return { tri: F, detail: dr.fail, reasons };
    if (dr.undecidable) {
      reasons.push(dr.undecidable);
      sawU = true;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri = F;
      const allowedBy = [];
      const maybe = [];
      for (const ps of protos) {
        const r = decide(c, s, d, ps, port, attrsFor(testAttrs, s));
        if (r.result === T) tri = T;
        else if (r.result === U && tri !== T) tri = U;
        allowedBy.push(...r.allowedBy);
        maybe.push(...r.maybe);
      }
      const pair = `from ${s.label} to ${d.label}`;
      if (tri === T && !allowedBy.some((u) => certainFor(c, u.section, u.index, doubt))) {
        for (const u of allowedBy) reasons.push(doubtWhy(c, u.section, u.index, doubt));
        sawU = true;
        continue;
      }
      if (want === "accept" && tri === F) {
        return { tri: F, detail: `no rule in acls or grants allows it ${pair}`, reasons };
      }
      if (want === "deny" && tri === T) {
        const u = allowedBy.find((x) => certainFor(c, x.section, x.index, doubt));
        const name = ruleName(c, u.section, u.index);
        return {
          tri: F,
          detail: `${name}${where(locate([c.sectionKeys.get(u.section) ?? u.section, u.index]))} allows it ${pair}`,
          reasons
        };
      }
      if (tri === U) {
        sawU = true;
        for (const u of maybe) reasons.push(unitWhy(c, u, s, d));
      }
    }
  }
  return { tri: sawU ? U : T, reasons };
}
function notice(rule, message, location) {
  return { severity: "notice", rule, message, ...location ? { location } : {} };
}
function evaluateNetTest(c, locate, test, i, key2) {
  const f = fieldsOf(test, TEST_FIELDS);
  const srcText = ((f.get("src") ?? f.get("user"))?.value).trim();
  const outcome = { kind: "test", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const protoText = f.get("proto")?.value;
  const protos = typeof protoText === "string" && protoText.trim() !== "" ? [[parseProto(protoText).value]] : [[PROTO_TCP], [PROTO_UDP]];
  const protoWords = protos.length === 1 ? protoLabel(protos[0][0]) : "tcp or udp";
  const testLoc = () => locate([key2, i]);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key2}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
    return { outcome, findings };
  }
  const undecided = [];
  for (const kind of ["accept", "allow", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    const want = kind === "deny" ? "deny" : "accept";
    fl.value.forEach((entry, j) => {
      const e = entry.trim();
      const hp = splitHostPorts(e);
      const v = testOne(c, locate, src.endpoints, hp.host, Number(hp.ports), protos, want, testAttrs, doubt);
      if (v.tri === F) {
        const text2 = `address "${e}": want: ${want === "accept" ? "Accept" : "Drop"}, got: ${want === "accept" ? "Drop" : "Accept"}`;
        outcome.failures.push(text2);
        const fix = want === "accept" ? `Add a rule in acls or grants that lets ${srcText} reach ${hp.host} on ${protoWords} port ${hp.ports}, or fix the test.` : "Narrow that rule, or fix the test.";
        findings.push(
          error(
            "test/failed",
            `Test failed: ${text2} (test src "${srcText}"): ${v.detail}. ${fix}`,
            locate([key2, i, fl.key, j]) ?? testLoc()
          )
        );
      } else if (v.tri === U) {
        undecided.push(`"${e}" (${want}): ${[...new Set(v.reasons)].join("; ")}`);
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key2}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed${undecided.some((u) => /which device holds|has an address in/.test(u)) ? "; a device inventory lets tailpolicy decide it" : ""}.`,
        testLoc()
      )
    );
  }
  return { outcome, findings };
}
function evaluateSshTest(c, locate, test, i, key2) {
  const f = fieldsOf(test, SSHTEST_FIELDS);
  const srcText = f.get("src").value.trim();
  const outcome = { kind: "sshTest", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testLoc = () => locate([key2, i]);
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key2}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
    return { outcome, findings };
  }
  const dsts = f.get("dst").value.map((d) => d.trim());
  const undecided = [];
  for (const kind of ["accept", "check", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    fl.value.forEach((login0, j) => {
      const login2 = login0.trim();
      for (const dstText of dsts) {
        let failed2;
        const reasons = [];
        outer: for (const s of src.endpoints) {
          const dr = resolveIdentity(c, dstText, s);
          if (dr.fail) {
            failed2 = `${dr.fail}`;
            break;
          }
          if (dr.undecidable) {
            reasons.push(dr.undecidable);
            continue;
          }
          for (const d of dr.endpoints) {
            const r = decideSsh(c, s, d, login2, attrsFor(testAttrs, s));
            if (r.action === "undecidable") {
              for (const u of r.maybe) reasons.push(unitWhy(c, u, s, d));
              if (r.maybe.length === 0) reasons.push("it depends on devices not known offline");
              continue;
            }
            if (r.by.length > 0 && !r.by.some((u) => certainFor(c, "ssh", u.index, doubt))) {
              for (const u of r.by) reasons.push(doubtWhy(c, "ssh", u.index, doubt));
              continue;
            }
            if (r.action !== kind) {
              const by = r.by[0];
              const because = by ? `${ruleName(c, "ssh", by.index)}${where(locate([c.sectionKeys.get("ssh") ?? "ssh", by.index]))} gives "${r.action}"` : "no ssh rule matches";
              failed2 = `got: ${ACTION_WORD[r.action]} from ${s.label} to ${d.label}: ${because}`;
              break outer;
            }
          }
        }
        if (failed2 !== void 0) {
          const text2 = `user "${login2}" on "${dstText}": want: ${ACTION_WORD[kind]}, ${failed2.startsWith("got:") ? failed2 : `got: Deny (${failed2})`}`;
          outcome.failures.push(text2);
          findings.push(
            error(
              "ssh-test/failed",
              `SSH test failed: ${text2} (test src "${srcText}"). Change the ssh rules, or fix the test.`,
              locate([key2, i, fl.key, j]) ?? testLoc()
            )
          );
        } else if (reasons.length > 0) {
          undecided.push(`"${login2}" on "${dstText}" (${kind}): ${[...new Set(reasons)].join("; ")}`);
        }
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key2}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
  }
  return { outcome, findings };
}
function evaluateCompiledTests(c, locate) {
  const outcomes = [];
  const findings = [];
  const sections = c.raw !== null && typeof c.raw === "object" ? c.raw : {};
  const kinds = [
    { kind: "test", section: "tests", problems: testProblems, evaluate: evaluateNetTest, label: "invalid test" },
    {
      kind: "sshTest",
      section: "sshTests",
      problems: sshTestProblems,
      evaluate: evaluateSshTest,
      label: "invalid SSH test"
    }
  ];
  for (const k of kinds) {
    const key2 = c.sectionKeys.get(k.section);
    const entries = key2 !== void 0 ? sections[key2] : void 0;
    if (key2 === void 0 || !Array.isArray(entries)) continue;
    entries.forEach((t, i) => {
      const problems = k.problems(c, t, [key2, i]);
      if (problems.length > 0) {
        outcomes.push({
          kind: k.kind,
          index: i,
          src: isObject(t) && typeof t["src"] === "string" ? t["src"] : "",
          passed: false,
          failures: problems.map((p) => p.message),
          notes: [`${k.label}: reported by validation`]
        });
        return;
      }
      const r = k.evaluate(c, locate, t, i, key2);
      outcomes.push(r.outcome);
      findings.push(...r.findings);
    });
  }
  return { outcomes, findings };
}
var FAILS, problemsOf, namedCache, ACTION_WORD;
var init_tests = __esm({
  "src/evaluate/tests.ts"() {
    "use strict";
    init_findings();
    init_keys();
    init_model();
    init_ports();
    init_selectors();
    FAILS = 'Tailscale rejects the policy with "test(s) failed".';
    problemsOf = /* @__PURE__ */ new WeakMap();
    namedCache = /* @__PURE__ */ new WeakMap();
    ACTION_WORD = { accept: "Accept", check: "Check", deny: "Deny", undecidable: "?" };
  }
});

// src/grammar/duration.ts
function parseGoDuration(orig) {
  const invalid = () => ({ ok: false, error: `time: invalid duration ${JSON.stringify(orig)}` });
  let s = orig;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { ok: true, ns: 0n };
  if (s === "") return invalid();
  let total = 0n;
  while (s !== "") {
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s);
    const intPart = m[1];
    const fracPart = m[3];
    const pre = intPart !== "";
    const post = fracPart !== void 0 && fracPart !== "";
    if (!pre && !post) return invalid();
    s = s.slice(m[0].length);
    const um = /^[^0-9.]*/.exec(s);
    const u = um[0];
    if (u === "") return { ok: false, error: `time: missing unit in duration ${JSON.stringify(orig)}` };
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === void 0) {
      return { ok: false, error: `time: unknown unit ${JSON.stringify(u)} in duration ${JSON.stringify(orig)}` };
    }
    let v = (pre ? BigInt(intPart) : 0n) * unit;
    if (post) {
      const scale = 10n ** BigInt(fracPart.length);
      v += BigInt(fracPart) * unit / scale;
    }
    total += v;
    if (total > (1n << 63n) - 1n) return invalid();
  }
  return { ok: true, ns: neg ? -total : total };
}
function fmtFrac(v, prec) {
  let digits2 = "";
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits2 = String(digit) + digits2;
    v /= 10n;
  }
  return { text: print ? "." + digits2 : "", rest: v };
}
function formatGoDuration(d) {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out;
  if (u < SECOND) {
    if (u === 0n) return "0s";
    let prec;
    let unit;
    if (u < 1000n) {
      prec = 0;
      unit = "ns";
    } else if (u < 1000000n) {
      prec = 3;
      unit = "\xB5s";
    } else {
      prec = 6;
      unit = "ms";
    }
    const f = fmtFrac(u, prec);
    out = `${f.rest}${f.text}${unit}`;
  } else {
    const f = fmtFrac(u, 9);
    u = f.rest;
    out = `${u % 60n}${f.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  return neg ? "-" + out : out;
}
var UNITS, SECOND, MINUTE, HOUR;
var init_duration = __esm({
  "src/grammar/duration.ts"() {
    "use strict";
    UNITS = {
      ns: 1n,
      us: 1000n,
      \u00B5s: 1000n,
      \u03BCs: 1000n,
      ms: 1000000n,
      s: 1000000000n,
      m: 60000000000n,
      h: 3600000000000n
    };
    SECOND = 1000000000n;
    MINUTE = 60n * SECOND;
    HOUR = 60n * MINUTE;
  }
});

// src/validate/policy.ts
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "boolean") return "bool";
  return typeof v;
}
function suggest2(key2, known) {
  const best = closest(key2, known, 2);
  return best ? ` Did you mean "${best}"?` : "";
}
function validatePolicy(policy, locate, opts = {}) {
  const v = new Validator(policy, locate, opts);
  v.run();
  return v.findings;
}
var KNOWN_TAILSCALE_CAPS, REFUSED_TAILSCALE_CAPS, ONE_CGNAT_VALUES, FIELD_HINTS, Item, Validator;
var init_policy = __esm({
  "src/validate/policy.ts"() {
    "use strict";
    init_suggest();
    init_findings();
    init_model();
    init_keys();
    init_ip();
    init_ports();
    init_posture();
    init_selectors();
    init_tests();
    init_duration();
    KNOWN_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
      "tailscale.com/cap/drive",
      "tailscale.com/cap/kubernetes",
      "tailscale.com/cap/relay",
      "tailscale.com/cap/webui",
      "tailscale.com/cap/tsidp",
      "tailscale.com/cap/golink",
      "tailscale.com/cap/secrets",
      "tailscale.com/cap/tailsql",
      "tailscale.com/cap/derp",
      "tailscale.com/cap/pam"
    ]);
    REFUSED_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
      "tailscale.com/cap/funnel",
      "tailscale.com/cap/ingress",
      "tailscale.com/cap/relay-target"
    ]);
    ONE_CGNAT_VALUES = /* @__PURE__ */ new Set(["", "mac-always", "mac-never"]);
    FIELD_HINTS = {
      acl: {
        ip: '"ip" belongs to grants; an ACL rule puts its ports in dst ("tag:server:443").',
        via: '"via" belongs to grants.',
        app: '"app" belongs to grants.'
      },
      grant: {
        action: 'A grant has no "action": every grant allows.',
        proto: 'A grant names protocols in "ip", e.g. "tcp:443" or "udp:53".',
        ports: 'A grant names ports in "ip", e.g. "tcp:443".',
        users: 'A grant names its sources in "src".'
      },
      test: {
        dst: 'A test lists its destinations in "accept" and "deny" ("<host>:<port>").',
        users: 'A test has one "src".',
        check: '"check" belongs to sshTests.'
      },
      sshTest: {
        proto: "SSH tests have no protocol.",
        allow: 'SSH tests list logins in "accept", "check" and "deny".'
      }
    };
    Item = class {
      constructor(s, base, key2, i) {
        this.s = s;
        this.base = base;
        this.key = key2;
        this.i = i;
      }
      s;
      base;
      key;
      i;
      get path() {
        return [...this.base, this.key, this.i];
      }
    };
    Validator = class {
      constructor(policy, locate, opts) {
        this.policy = policy;
        this.locate = locate;
        const users = (opts.users ?? []).filter((u) => u !== "");
        if (users.length > 0) this.users = new Set(users);
        this.c = opts.compiled ?? compilePolicy(policy, this.users ? { users: [...this.users] } : {});
      }
      policy;
      locate;
      findings = [];
      c;
      users;
      memberSpellings = /* @__PURE__ */ new Map();
      err(rule, path, message, key2 = false) {
        this.findings.push(error(rule, message, this.locate(path, key2 ? { key: true } : void 0)));
      }
      warn(rule, path, message, key2 = false) {
        this.findings.push(warning(rule, message, this.locate(path, key2 ? { key: true } : void 0)));
      }
      /** Reads an object's known fields, reporting unknown keys like Go's decoder. */
      fields(path, value, known, what2, unknownAs = "error", hints = {}) {
        if (!isObject(value)) {
          this.err(
            "policy/type",
            path,
            `json: cannot unmarshal ${jsonType(value)} into ${what2} of type object: write it as {...}.`
          );
          return void 0;
        }
        const exact = exactFields(value, known);
        if (exact) return exact;
        const r = readObject(value, known);
        for (const k of r.unknown) {
          const hint2 = Object.hasOwn(hints, k.toLowerCase()) ? hints[k.toLowerCase()] : void 0;
          const msg = `json: unknown field "${k}" in ${what2}.${hint2 ? ` ${hint2}` : `${suggest2(k, known)} Known fields: ${known.join(", ")}.`}`;
          if (unknownAs === "error") this.err("policy/unknown-field", [...path, k], msg, true);
          else this.warn("policy/unknown-field", [...path, k], `${msg} Tailscale may reject it.`, true);
        }
        for (const d of r.duplicates) {
          this.warn(
            "policy/duplicate-key",
            [...path, d.second],
            `"${d.first}" and "${d.second}" are the same field (Tailscale matches field names case-insensitively); the later one wins. Keep one.`,
            true
          );
        }
        return r.fields;
      }
      array(path, f, what2) {
        if (!f) return void 0;
        if (!Array.isArray(f.value)) {
          this.err(
            "policy/type",
            path,
            `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" (${what2}) of type array: write it as [...].`
          );
          return void 0;
        }
        return f.value;
      }
      /** The strings of an array field, each with its path; non-strings are reported. */
      strings(base, f, what2) {
        if (!f) return void 0;
        if (!Array.isArray(f.value)) {
          this.array([...base, f.key], f, what2);
          return void 0;
        }
        const arr = f.value;
        const out = [];
        for (let i = 0; i < arr.length; i++) {
          const x = arr[i];
          if (typeof x === "string") out.push(new Item(x, base, f.key, i));
          else if (x !== null && (x !== void 0 || i in arr))
            this.err(
              "policy/type",
              [...base, f.key, i],
              `json: cannot unmarshal ${jsonType(x)} into an element of "${f.key}" of type string.`
            );
        }
        return out;
      }
      string(base, f) {
        if (!f) return void 0;
        if (typeof f.value !== "string") {
          this.err(
            "policy/type",
            [...base, f.key],
            `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type string.`
          );
          return void 0;
        }
        return f.value;
      }
      bool(base, f) {
        if (f && typeof f.value !== "boolean") {
          this.err(
            "policy/type",
            [...base, f.key],
            `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type bool: write true or false.`
          );
        }
      }
      // -------------------------------------------------------------------------------------------
      run() {
        if (!isObject(this.policy)) {
          this.err("policy/type", [], `The policy must be a JSON object ({...}), not ${jsonType(this.policy)}.`);
          return;
        }
        const r = readObject(this.policy, TOP_LEVEL_FIELDS);
        for (const k of r.unknown) {
          if (k.toLowerCase() === "nodevisibility") {
            this.warn(
              "policy/unknown-field",
              [k],
              `"${k}" is only accepted on tailnets where Tailscale enabled it; elsewhere Tailscale rejects it with json: unknown field "${k}".`,
              true
            );
            continue;
          }
          this.err(
            "policy/unknown-field",
            [k],
            `json: unknown field "${k}": not a section of a Tailscale policy file.${suggest2(k, TOP_LEVEL_FIELDS)}`,
            true
          );
        }
        for (const d of r.duplicates) {
          this.warn(
            "policy/duplicate-key",
            [d.second],
            `"${d.first}" and "${d.second}" are the same section (Tailscale matches names case-insensitively); the later one replaces the earlier. Keep one.`,
            true
          );
        }
        const f = r.fields;
        const at2 = (name) => [f.get(name)?.key ?? name];
        this.groups(at2("groups"), f.get("groups"));
        this.tagOwners(at2("tagOwners"), f.get("tagOwners"));
        this.hosts(at2("hosts"), f.get("hosts"));
        this.ipsets(at2("ipsets"), f.get("ipsets"));
        this.postures(at2("postures"), f.get("postures"));
        const dsp = this.strings([], f.get("defaultSrcPosture"), "posture names");
        for (const p of dsp ?? []) this.postureRef(p.s, p.path);
        this.acls(at2("acls"), f.get("acls"));
        this.grants(at2("grants"), f.get("grants"));
        this.ssh(at2("ssh"), f.get("ssh"));
        this.nodeAttrs(at2("nodeAttrs"), f.get("nodeAttrs"));
        this.autoApprovers(at2("autoApprovers"), f.get("autoApprovers"));
        this.tests(at2("tests"), f.get("tests"));
        this.sshTests(at2("sshTests"), f.get("sshTests"));
        this.derpMap(at2("derpMap"), f.get("derpMap"));
        this.attrConfig(at2("attrConfig"), f.get("attrConfig"));
        this.bool([], f.get("disableIPv4"));
        this.bool([], f.get("randomizeClientPort"));
        const cg = this.string([], f.get("OneCGNATRoute"));
        if (cg !== void 0 && !ONE_CGNAT_VALUES.has(cg)) {
          this.err(
            "policy/invalid-value",
            at2("OneCGNATRoute"),
            `OneCGNATRoute "${cg}" is not valid: use "", "mac-always" or "mac-never".`
          );
        }
        if (this.memberSpellings.size > 1) {
          const p = this.memberSpellings.get("autogroup:members");
          this.err(
            "selector/autogroup-members",
            p,
            "autogroup:member and autogroup:members cannot both be used in one policy file: use autogroup:member (autogroup:members is its old name)."
          );
        }
      }
      // ------------------------------------------------------------------------- definitions
      groups(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err(
            "policy/type",
            path,
            `json: cannot unmarshal ${jsonType(f.value)} into "groups" of type object: write {"group:name": ["user@example.com"]}.`
          );
          return;
        }
        for (const [g, members] of Object.entries(f.value)) {
          const p = [...path, g];
          if (!g.startsWith("group:") || g.length === "group:".length) {
            this.err(
              "group/invalid-name",
              p,
              `groups: "${g}" is not a valid group name: group names start with "group:", e.g. "group:eng".`,
              true
            );
          }
          if (members === null) continue;
          if (!Array.isArray(members)) {
            this.err(
              "policy/type",
              p,
              `json: cannot unmarshal ${jsonType(members)} into groups["${g}"] of type []string: list the members' login names.`
            );
            continue;
          }
          members.forEach((m, i) => {
            const mp = [...p, i];
            if (typeof m !== "string") {
              this.err(
                "policy/type",
                mp,
                `json: cannot unmarshal ${jsonType(m)} into an element of groups["${g}"] of type string.`
              );
              return;
            }
            const t = m.trim();
            if (t.startsWith("group:")) {
              this.err(
                "group/recursive",
                mp,
                `groups["${g}"]: "${t}": group members cannot be recursive. Groups cannot contain other groups: list the users of ${t} here instead.`
              );
            } else if (!t.includes("@")) {
              this.warn(
                "group/member",
                mp,
                `groups["${g}"]: "${t}" does not look like a login name (user@example.com); group members are users.`
              );
            } else if (this.users && !this.users.has(t)) {
              this.warn(
                "ref/unknown-user",
                mp,
                `"${g}": user not found: "${t}". Tailscale only warns; check the spelling of the login name.`
              );
            }
          });
        }
      }
      tagOwners(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err(
            "policy/type",
            path,
            `json: cannot unmarshal ${jsonType(f.value)} into "tagOwners" of type object: write {"tag:name": ["owner"]}.`
          );
          return;
        }
        for (const [t, owners] of Object.entries(f.value)) {
          const p = [...path, t];
          const bad = checkTagName(t);
          if (bad)
            this.err(
              "tag/invalid-name",
              p,
              `tagOwners["${t}"]: ${bad}. A tag is "tag:" + a letter, then letters, digits or dashes.`,
              true
            );
          if (owners === null) continue;
          if (!Array.isArray(owners)) {
            this.err(
              "policy/type",
              p,
              `json: cannot unmarshal ${jsonType(owners)} into tagOwners["${t}"] of type []string.`
            );
            continue;
          }
          owners.forEach((o, i) => {
            const op = [...p, i];
            if (typeof o !== "string") {
              this.err(
                "policy/type",
                op,
                `json: cannot unmarshal ${jsonType(o)} into an element of tagOwners["${t}"] of type string.`
              );
              return;
            }
            const sel = parseSelector(o);
            const prefix = `tagOwners["${t}"]: `;
            switch (sel.kind) {
              case "user":
                if (this.users && !this.users.has(sel.login))
                  this.warn("ref/unknown-user", op, `${prefix}user not found: "${sel.login}".`);
                break;
              case "group":
              case "tag":
              case "autogroup":
                this.ref(sel, o, op, prefix);
                break;
              default:
                this.err(
                  "tag/invalid-owner",
                  op,
                  `${prefix}"${o.trim()}" cannot own a tag: owners are users, groups, autogroups or other tags.`
                );
            }
          });
        }
      }
      hosts(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err(
            "policy/type",
            path,
            `json: cannot unmarshal ${jsonType(f.value)} into "hosts" of type object: write {"name": "100.64.0.1"}.`
          );
          return;
        }
        for (const [h, v] of Object.entries(f.value)) {
          const p = [...path, h];
          if (h.includes("@")) {
            this.err(
              "host/invalid-name",
              p,
              `hosts["${h}"]: host names cannot include "@" (that would read as a user).`,
              true
            );
          } else if (h === "" || h.includes(":") || /\s/.test(h) || h === "*" || parseAddressSpec(h)) {
            this.err(
              "host/invalid-name",
              p,
              `hosts["${h}"]: "${h}" cannot be a host name: use letters, digits, dots, dashes or underscores.`,
              true
            );
          }
          if (typeof v !== "string") {
            this.err(
              "policy/type",
              p,
              `json: cannot unmarshal ${jsonType(v)} into hosts["${h}"] of type string: write one IP address or CIDR.`
            );
            continue;
          }
          const t = v.trim();
          if (!parsePrefix(t) && !parseIP(t)) {
            this.err(
              "host/invalid-address",
              p,
              `hosts["${h}"]: "${v}": invalid IP address or CIDR. A host maps to one IP address or one CIDR prefix.`
            );
          }
        }
      }
      ipsets(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "ipsets" of type object.`);
          return;
        }
        const sets = f.value;
        for (const [name, ops] of Object.entries(sets)) {
          const p = [...path, name];
          if (!name.startsWith("ipset:") || name.length === "ipset:".length) {
            this.err(
              "ipset/invalid-name",
              p,
              `ipsets: "${name}" is not a valid IP set name: names start with "ipset:".`,
              true
            );
          }
          if (!Array.isArray(ops)) {
            this.err("policy/type", p, `json: cannot unmarshal ${jsonType(ops)} into ipsets["${name}"] of type []string.`);
            continue;
          }
          const hasRemove = ops.some((o) => typeof o === "string" && /^\s*remove\s/.test(o));
          ops.forEach((o, i) => {
            const op = [...p, i];
            if (typeof o !== "string") {
              this.err(
                "policy/type",
                op,
                `json: cannot unmarshal ${jsonType(o)} into an element of ipsets["${name}"] of type string.`
              );
              return;
            }
            const m = /^\s*(add|remove)\s+(.*)$/.exec(o);
            if (!m && hasRemove) {
              this.err(
                "ipset/invalid",
                op,
                `ipsets["${name}"]: "${o}": write "add ${o.trim()}"; the "add" prefix may only be left out when the set has no "remove".`
              );
            }
            const target = (m ? m[2] : o).trim();
            const bad = (why) => this.err("ipset/invalid", op, `ipsets["${name}"]: "${target}": ${why}`);
            if (target.startsWith("host:")) {
              if (!this.c.hosts.has(target.slice(5)))
                this.err(
                  "ref/unknown-host",
                  op,
                  `ipsets["${name}"]: host not found: "${target.slice(5)}". Define it in "hosts".`
                );
            } else if (target.startsWith("ipset:")) {
              if (!Object.prototype.hasOwnProperty.call(sets, target))
                this.err("ref/unknown-ipset", op, `ipsets["${name}"]: IP set not found: "${target}".`);
              else if (this.ipsetReaches(sets, target, name)) bad("IP sets cannot refer to each other in a circle.");
            } else if (target === "autogroup:internet") {
            } else if (target.startsWith("autogroup:")) {
              bad("autogroup:internet is the only autogroup an IP set may hold.");
            } else if (target.startsWith("tag:") || target.startsWith("group:") || target.includes("@")) {
              bad("IP sets hold addresses (IPs, CIDRs, ranges, hosts, other IP sets), not tags, groups or users.");
            } else if (!parseAddressSpec(target)) {
              bad('not an IP, CIDR, range (a-b), "host:<name>", "ipset:<name>" or autogroup:internet.');
            }
          });
        }
      }
      ipsetReaches(sets, from, target, seen = /* @__PURE__ */ new Set()) {
        if (from === target) return true;
        if (seen.has(from)) return false;
        seen.add(from);
        const ops = sets[from];
        if (!Array.isArray(ops)) return false;
        for (const o of ops) {
          if (typeof o !== "string") continue;
          const t = o.replace(/^\s*(add|remove)\s+/, "").trim();
          if (t.startsWith("ipset:") && this.ipsetReaches(sets, t, target, seen)) return true;
        }
        return false;
      }
      postures(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "postures" of type object.`);
          return;
        }
        for (const [name, conds] of Object.entries(f.value)) {
          const p = [...path, name];
          if (!name.startsWith("posture:") || name.length === "posture:".length) {
            this.err(
              "posture/invalid-name",
              p,
              `postures: "${name}" is not a valid posture name: names start with "posture:".`,
              true
            );
          }
          if (!Array.isArray(conds)) {
            this.err(
              "policy/type",
              p,
              `json: cannot unmarshal ${jsonType(conds)} into postures["${name}"] of type []string.`
            );
            continue;
          }
          conds.forEach((cond, i) => {
            if (typeof cond !== "string") {
              this.err(
                "policy/type",
                [...p, i],
                `json: cannot unmarshal ${jsonType(cond)} into an element of postures["${name}"] of type string.`
              );
              return;
            }
            const r = parsePostureCondition(cond);
            if (!r.ok) this.err("posture/invalid", [...p, i], `postures["${name}"]: ${r.error}.`);
          });
        }
      }
      postureRef(name, path) {
        const n = name.trim();
        if (!this.c.postures.has(n)) {
          this.err(
            "ref/unknown-posture",
            path,
            `posture not found: "${n}". Define it in "postures" (names start with "posture:").`
          );
        }
      }
      // ------------------------------------------------------------------------- references
      /**
       * Checks a group / tag / host / ipset / autogroup / user reference; `prefix` starts the
       * message the way Tailscale does (`src=`, `dst="tag:x:22": `, `tagOwners["tag:a"]: `).
       */
      ref(sel, text2, path, prefix) {
        switch (sel.kind) {
          case "tag":
            if (!this.c.tags.has(sel.name)) {
              const hint2 = /:[0-9*,-]+$/.test(sel.name.slice(4)) ? " This selector takes no port." : ' Define the tag in "tagOwners" first, or fix its name.';
              this.err("ref/unknown-tag", path, `${prefix}tag not found: "${sel.name}".${hint2}`);
            }
            break;
          case "group":
            if (!this.c.groups.has(sel.name) && !sel.name.includes("@")) {
              this.err(
                "ref/unknown-group",
                path,
                `${prefix}group not found: "${sel.name}". Define it in "groups", or fix its name.`
              );
            }
            break;
          case "host":
            if (!this.c.hosts.has(sel.name)) {
              this.err(
                "ref/unknown-host",
                path,
                `${prefix}"${sel.name}": invalid address: it is not a host defined in "hosts", an IP or CIDR, a user (user@domain) or a tag. Define the host in "hosts", or fix the name.`
              );
            }
            break;
          case "ipset":
            if (!this.c.ipsets.has(sel.name))
              this.err("ref/unknown-ipset", path, `${prefix}IP set not found: "${sel.name}". Define it in "ipsets".`);
            break;
          case "autogroup":
            if (!AUTOGROUPS.has(sel.name)) {
              this.err(
                "selector/invalid",
                path,
                `${prefix}"${sel.name}" is not a valid autogroup. Known autogroups: ${[...AUTOGROUPS].join(", ")}.`
              );
            } else if (sel.name === "autogroup:nonroot") {
              this.err("selector/invalid", path, `${prefix}autogroup:nonroot only belongs in the "users" of an ssh rule.`);
            }
            if (isMemberAutogroup(sel.name) && !this.memberSpellings.has(sel.name))
              this.memberSpellings.set(sel.name, path);
            break;
          case "user":
            if (this.users && !this.users.has(sel.login)) {
              this.warn(
                "ref/unknown-user",
                path,
                `${prefix}user not found: "${sel.login}": no such user in the tailnet. Check the login name.`
              );
            }
            break;
          case "userDomain":
            this.domainRef(sel.domain, path, text2.trim(), "user:*@<domain>");
            break;
          case "svc": {
            const bad = checkServiceName(sel.name);
            if (bad) this.err("selector/invalid", path, `${prefix}"${sel.name}": ${bad}.`);
            break;
          }
          case "invalid":
            this.err("selector/invalid", path, `${prefix}"${sel.text.trim()}": ${sel.reason}.`);
            break;
          default:
            break;
        }
      }
      /** `user:*@d` and `localpart:*@d`: d must be a domain of the tailnet. */
      domainRef(domain2, path, text2, form) {
        const msg = `${domain2} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
        if (domain2.includes("*")) {
          this.err("selector/domain", path, `${msg}: "${text2}" takes one literal domain of the tailnet, no wildcards.`);
        } else if (domain2 === "") {
          this.warn("selector/domain", path, `"${text2}" has no domain: write ${form} with the tailnet's domain.`);
        } else if (this.users && ![...this.users].some((u) => u.endsWith("@" + domain2))) {
          this.err(
            "selector/domain",
            path,
            `${msg}: no user of this tailnet has a login in "${domain2}" (domains are case-sensitive here).`
          );
        }
      }
      /**
       * Selectors that were checked without a finding, by side and context: the same text checks the
       * same way again (the checks read only the text and the policy's definitions), so it is parsed
       * and checked once. The rules of 10,000 grants repeat their resource's dst and their grantees.
       */
      cleanSelectors = /* @__PURE__ */ new Map();
      /** Each grant `ip` entry parsed once: every grant of a resource repeats its entries. */
      grantIps = /* @__PURE__ */ new Map();
      /** A src/dst selector of an ACL, grant or SSH rule. */
      selector(text2, where2, side, ctx, prefix) {
        const kind = side + ctx;
        let clean = this.cleanSelectors.get(kind);
        if (clean === void 0) this.cleanSelectors.set(kind, clean = /* @__PURE__ */ new Map());
        const known = clean.get(text2);
        if (known !== void 0) return known;
        const before = this.findings.length;
        const path = Array.isArray(where2) ? where2 : where2.path;
        const sel = this.checkSelector(text2, path, side, ctx, prefix);
        if (this.findings.length === before) clean.set(text2, sel);
        return sel;
      }
      checkSelector(text2, path, side, ctx, prefix) {
        const sel = parseSelector(text2);
        if (sel.kind === "autogroup") {
          if (side === "src" && sel.name === "autogroup:self") {
            this.err(
              "selector/autogroup-self-src",
              path,
              `"autogroup:self" not valid on the src side of a rule. Put the users or groups in src and autogroup:self in dst.`
            );
            return sel;
          }
          if (side === "src" && sel.name === "autogroup:internet") {
            this.err(
              "selector/invalid",
              path,
              `"autogroup:internet" not valid on the src side of a rule: it is a destination (the internet through exit nodes).`
            );
            return sel;
          }
          if (side === "dst" && sel.name === "autogroup:danger-all") {
            this.err("selector/invalid", path, 'cannot use autogroup:danger-all as a dst. Use "*" for every destination.');
            return sel;
          }
          if (side === "dst" && sel.name === "autogroup:shared") {
            this.err(
              "selector/invalid",
              path,
              `"autogroup:shared" not valid on the dst side of a rule: it stands for users who accepted a share, as a source.`
            );
            return sel;
          }
        }
        if (sel.kind === "svc" && (side === "src" || ctx === "ssh")) {
          this.err(
            "selector/invalid",
            path,
            `${prefix}"${sel.name}": Tailscale Services can only be destinations of grants.`
          );
          return sel;
        }
        if (sel.kind === "svc" && ctx === "acls") {
          this.warn(
            "selector/invalid",
            path,
            `${prefix}"${sel.name}": Tailscale Services are addressed from grants; acls may not accept them.`
          );
        }
        this.ref(sel, text2, path, prefix);
        return sel;
      }
      /** autogroup:self in dst needs users, groups or supported autogroups in src (grants: not "*"). */
      selfCompat(ctx, srcs, selfPath) {
        for (const { s } of srcs) {
          const sel = parseSelector(s);
          let ok;
          switch (sel.kind) {
            case "user":
            case "group":
            case "userDomain":
              ok = true;
              break;
            case "any":
              ok = ctx === "acls";
              break;
            case "autogroup":
              ok = isMemberAutogroup(sel.name) || ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared";
              break;
            default:
              ok = false;
          }
          if (!ok) {
            this.err(
              "selector/autogroup-self",
              selfPath,
              `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.trim()}" is not one. Move "${s.trim()}" to a rule of its own without autogroup:self.`
            );
            return;
          }
        }
      }
      // ------------------------------------------------------------------------- rules
      acls(path, f) {
        const rules = this.array(path, f, "ACL rules");
        rules?.forEach((rule, i) => {
          const p = [...path, i];
          const fl = this.fields(p, rule, ACL_FIELDS, `acls[${i}]`, "error", FIELD_HINTS["acl"]);
          if (!fl) return;
          if (fl.has("src") && fl.has("users") || fl.has("dst") && fl.has("ports")) {
            this.err(
              "policy/invalid",
              p,
              'Only one of Src/Dst or Users/Ports may be specified: "users" and "ports" are the old names of "src" and "dst".'
            );
          }
          const action = this.string(p, fl.get("action"));
          if (action === void 0 || action.trim() !== "accept") {
            const a = action ?? "";
            const ap = fl.get("action") ? [...p, fl.get("action").key] : p;
            if (a.trim().toLowerCase() === "accept") {
              this.warn(
                "acl/action",
                ap,
                `action="${a}": write "accept" in lower case; Tailscale may not accept other spellings.`
              );
            } else if (!fl.get("action") || typeof fl.get("action").value === "string") {
              this.err(
                "acl/action",
                ap,
                `action="${a}" is not supported: ACL rules only "accept" (access is denied by default, so there is no "deny"; remove what should not be allowed).`
              );
            }
          }
          const srcField = fl.get("src") ?? fl.get("users");
          const srcs = this.strings(p, srcField, "sources") ?? [];
          for (const s of srcs) this.selector(s.s, s, "src", "acls", "src=");
          let proto;
          const protoF = fl.get("proto");
          const protoText = this.string(p, protoF);
          if (protoText !== void 0 && protoText.trim() !== "") {
            const pr = parseProto(protoText);
            if (!pr.ok) this.err("proto/invalid", [...p, protoF.key], `${pr.error}.`);
            else proto = pr.value;
          }
          const dstField = fl.get("dst") ?? fl.get("ports");
          const dsts = this.strings(p, dstField, "destinations") ?? [];
          for (const d of dsts) {
            const e = d.s.trim();
            const hp = splitHostPorts(e);
            if (!hp) {
              this.err(
                "port/invalid",
                d.path,
                `dst="${e}": missing port: an ACL destination is "<host>:<ports>", e.g. "${e}:*" or "${e}:22".`
              );
              continue;
            }
            const ports = parsePortList(hp.ports);
            if (!ports.ok) {
              this.err(
                "port/invalid",
                d.path,
                `dst="${e}": ${ports.error}. Ports are "*", a number, a range "80-90" or a comma list "22,80,443".`
              );
              continue;
            }
            if (proto !== void 0 && !hasPorts(proto) && !isAllPorts(ports.value)) {
              this.err(
                "port/invalid",
                d.path,
                `dst="${e}": only TCP, UDP and SCTP traffic has ports; with proto "${protoText}" use "${hp.host}:*".`
              );
            }
            if (hp.bracketed && !parseIP(hp.host)?.v) {
              this.err("selector/invalid", d.path, `dst="${e}": only an IPv6 address goes in brackets.`);
              continue;
            }
            const sel = this.selector(hp.host, d, "dst", "acls", `dst="${e}": `);
            if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("acls", srcs, d.path);
          }
          this.srcPosture(p, fl.get("srcPosture"));
        });
      }
      srcPosture(p, f) {
        for (const s of this.strings(p, f, "posture names") ?? []) this.postureRef(s.s, s.path);
      }
      grants(path, f) {
        const rules = this.array(path, f, "grants");
        rules?.forEach((rule, i) => {
          const p = [...path, i];
          const fl = this.fields(p, rule, GRANT_FIELDS, `grants[${i}]`, "error", FIELD_HINTS["grant"]);
          if (!fl) return;
          const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
          for (const s of srcs) this.selector(s.s, s, "src", "grants", "src=");
          const ips = this.strings(p, fl.get("ip"), "protocols and ports") ?? [];
          const appF = fl.get("app");
          let appCount = 0;
          if (appF) {
            const ap = [...p, appF.key];
            if (!isObject(appF.value)) {
              this.err(
                "policy/type",
                ap,
                `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object: write {"example.com/cap/name": [{...}]}.`
              );
            } else {
              for (const [cap, params] of Object.entries(appF.value)) {
                appCount++;
                this.capability(cap, [...ap, cap]);
                if (params !== null && !Array.isArray(params)) {
                  this.err(
                    "policy/type",
                    [...ap, cap],
                    `json: cannot unmarshal ${jsonType(params)} into app["${cap}"] of type array: write [{...}].`
                  );
                }
              }
            }
          }
          if (ips.length === 0 && appCount === 0) {
            this.err(
              "grant/empty",
              p,
              'ip and app can not both be empty: say what the grant allows, e.g. "ip": ["tcp:443"] or "ip": ["*"].'
            );
          }
          for (const e of ips) {
            let r = this.grantIps.get(e.s);
            if (r === void 0) this.grantIps.set(e.s, r = parseGrantIp(e.s));
            if (!r.ok) {
              const rule2 = /proto/.test(r.error) ? "proto/invalid" : "port/invalid";
              this.err(
                rule2,
                e.path,
                `${r.error}. An ip entry is "*", a port or range ("443", "80-90"), or "<proto>:<ports>" ("tcp:443", "icmp:*").`
              );
            } else if (r.commaList) {
              this.warn(
                "port/comma-list",
                e.path,
                `"${e.s}": comma lists inside one ip entry are not documented; write one entry per port or range.`
              );
            }
          }
          const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
          for (const d of dsts) {
            const e = d.s.trim();
            const sel = this.selector(d.s, d, "dst", "grants", `dst="${e}": `);
            if (sel.kind === "ip" && isWholeFamily(sel.range)) {
              this.err(
                "selector/invalid",
                d.path,
                `dst "${e}": to allow all IP addresses, use "*" or "autogroup:internet"`
              );
            }
            if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("grants", srcs, d.path);
            if (sel.kind === "autogroup" && sel.name === "autogroup:internet" && appCount > 0) {
              this.err(
                "grant/app-internet",
                d.path,
                "cannot use app grants with autogroup:internet: application capabilities apply to tailnet devices; split the app part into its own grant."
              );
            }
          }
          for (const v of this.strings(p, fl.get("via"), "routers") ?? []) {
            const sel = parseSelector(v.s);
            if (sel.kind !== "tag")
              this.err(
                "grant/via",
                v.path,
                `via can only be a tag: "${v.s.trim()}" is not one. List the tags of the routers or exit nodes.`
              );
            else if (!this.c.tags.has(sel.name))
              this.err("ref/unknown-tag", v.path, `tag "${sel.name}" not found. Define it in "tagOwners".`);
          }
          this.srcPosture(p, fl.get("srcPosture"));
        });
      }
      capability(cap, path) {
        const m = /^([^/\s:]+)\/(\S+)$/.exec(cap);
        if (!m) {
          this.err(
            "grant/capability",
            path,
            `capability name must have the form {domain}/{path}: "${cap}" (e.g. "example.com/cap/admin", without a scheme).`,
            true
          );
          return;
        }
        const domain2 = m[1].toLowerCase();
        if (domain2 === "tailscale.com" || domain2 === "tailscale.io") {
          if (REFUSED_TAILSCALE_CAPS.has(cap)) {
            this.err(
              "grant/capability",
              path,
              `capability name must not be in the tailscale.com domain: "${cap}" is not a grant capability (Tailscale reserves that domain).`,
              true
            );
          } else if (!KNOWN_TAILSCALE_CAPS.has(cap)) {
            this.warn(
              "grant/capability",
              path,
              `"${cap}" is in a domain Tailscale reserves and is not a capability tailpolicy knows; Tailscale may reject it with "capability name must not be in the tailscale.com domain".`,
              true
            );
          }
        }
      }
      ssh(path, f) {
        const rules = this.array(path, f, "SSH rules");
        rules?.forEach((rule, i) => {
          const p = [...path, i];
          const fl = this.fields(p, rule, SSH_FIELDS, `ssh[${i}]`);
          if (!fl) return;
          const actionF = fl.get("action");
          const action = this.string(p, actionF);
          const ap = actionF ? [...p, actionF.key] : p;
          if (action === void 0 || action.trim() === "") {
            if (!actionF || typeof actionF.value === "string") {
              this.err("ssh/invalid-action", ap, 'action must be specified: "accept" or "check".');
            }
          } else if (action.trim() !== "accept" && action.trim() !== "check") {
            this.err(
              "ssh/invalid-action",
              ap,
              `${JSON.stringify(action)} is not a valid action: use "accept" or "check" (lower case). There is no "deny": access is denied by default.`
            );
          }
          const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
          for (const s of srcs) {
            const sel = parseSelector(s.s);
            const t = s.s.trim();
            if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset") {
              this.err(
                "ssh/invalid-src",
                s.path,
                `"${t}" is not allowed in src of an ssh rule: SSH sources are users, groups, tags or autogroups, not "*", IPs or hosts.`
              );
              continue;
            }
            this.selector(s.s, s, "src", "ssh", "src=");
          }
          const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
          for (const d of dsts) {
            const t = d.s.trim();
            const sel = parseSelector(d.s);
            if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset" || sel.kind === "svc" || sel.kind === "userDomain") {
              this.err(
                "ssh/invalid-dst",
                d.path,
                `invalid dst "${t}": SSH destinations are tags, autogroup:self or a user's devices, not hosts, IPs or "*" (and take no port).`
              );
              continue;
            }
            this.selector(d.s, d, "dst", "ssh", `dst="${t}": `);
            if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
              for (const s of srcs) {
                const ss = parseSelector(s.s);
                const ok = ss.kind === "user" || ss.kind === "group" || ss.kind === "userDomain" || ss.kind === "autogroup" && (isMemberAutogroup(ss.name) || ROLE_AUTOGROUPS.has(ss.name) || ss.name === "autogroup:shared");
                if (!ok) {
                  this.err(
                    "selector/autogroup-self",
                    d.path,
                    `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.s.trim()}" is not one. Use a separate ssh rule for it.`
                  );
                  break;
                }
              }
            } else if (sel.kind === "user") {
              if (srcs.length === 0 || srcs.some((s) => s.s.trim() !== sel.login)) {
                this.err(
                  "ssh/invalid-dst",
                  d.path,
                  `invalid dst "${t}": a user's devices are an SSH destination only when src is that same user. Use a tag, or autogroup:self.`
                );
              }
            } else if (sel.kind === "group" || sel.kind === "autogroup" && sel.name !== "autogroup:self") {
              this.warn(
                "ssh/invalid-dst",
                d.path,
                `"${t}" as an SSH destination is not documented (tags, autogroup:self or the src user are); Tailscale may reject it.`
              );
            }
          }
          const usersF = fl.get("users");
          const users = this.strings(p, usersF, "login names");
          if (!users || users.length === 0) {
            if (!usersF || Array.isArray(usersF.value)) {
              this.err(
                "ssh/users",
                usersF ? [...p, usersF.key] : p,
                'users must be specified: list the login names allowed on the destination, e.g. ["root"], ["autogroup:nonroot"] or ["localpart:*@example.com"].'
              );
            }
          } else {
            for (const u of users) {
              const t = u.s.trim();
              if (t === "" || t === "*") {
                this.err(
                  "ssh/users",
                  u.path,
                  `user ${JSON.stringify(t)} is not valid: name the login (e.g. "root"), or use "autogroup:nonroot" for every login but root.`
                );
              } else if (t.startsWith("localpart:*@")) {
                this.domainRef(t.slice("localpart:*@".length), u.path, t, "localpart:*@<domain>");
              }
            }
          }
          const cpF = fl.get("checkPeriod");
          const cp = this.string(p, cpF);
          if (cp !== void 0 && cp.trim() !== "always") {
            const cpp = [...p, cpF.key];
            const d = parseGoDuration(cp.trim());
            if (!d.ok) this.err("ssh/check-period", cpp, `${d.error}: write a duration like "12h" or "30m", or "always".`);
            else if (d.ns < 0n)
              this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} must be a positive duration.`);
            else if (d.ns > 168n * HOUR)
              this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} is above the max (168h).`);
          }
          for (const e of this.strings(p, fl.get("acceptEnv"), "environment variable names") ?? []) {
            if (e.s === "")
              this.err(
                "ssh/accept-env",
                e.path,
                "acceptEnv values cannot be empty: name a variable, or a pattern with * and ?."
              );
          }
          for (const r of this.strings(p, fl.get("recorder"), "recorders") ?? []) {
            const sel = parseSelector(r.s);
            if (sel.kind !== "tag")
              this.err("ssh/recorder", r.path, `recorder "${r.s.trim()}": session recorders are named by tag.`);
            else this.ref(sel, r.s, r.path, "recorder: ");
          }
          this.bool(p, fl.get("enforceRecorder"));
          this.srcPosture(p, fl.get("srcPosture"));
        });
      }
      nodeAttrs(path, f) {
        const entries = this.array(path, f, "node attributes");
        entries?.forEach((entry, i) => {
          const p = [...path, i];
          const fl = this.fields(p, entry, NODEATTR_FIELDS, `nodeAttrs[${i}]`);
          if (!fl) return;
          for (const t of this.strings(p, fl.get("target"), "targets") ?? []) {
            const sel = parseSelector(t.s);
            const text2 = t.s.trim();
            if (sel.kind === "host" && !this.c.hosts.has(sel.name)) {
              this.err(
                "ref/unknown-host",
                t.path,
                `"${text2}": invalid address: not a host defined in "hosts", a user, group, tag, autogroup, IP or CIDR.`
              );
            } else if (sel.kind === "invalid") {
              this.err("selector/invalid", t.path, `"${text2}": invalid address: ${sel.reason}.`);
            } else if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
              this.warn(
                "selector/invalid",
                t.path,
                "autogroup:self is not a device set a node attribute can target (Tailscale failed on it); use autogroup:member."
              );
            } else if (sel.kind === "svc") {
              this.err("selector/invalid", t.path, `"${text2}": node attributes target devices, not services.`);
            } else {
              this.ref(sel, t.s, t.path, "");
            }
          }
          this.strings(p, fl.get("attr"), "attributes");
          for (const ip of this.strings(p, fl.get("ipPool"), "IP pools") ?? []) {
            const r = parsePrefix(ip.s.trim());
            if (!r) this.err("nodeattrs/ip-pool", ip.path, `IPPool(${ip.s}): not a CIDR prefix, e.g. "100.81.0.0/16".`);
            else if (rangesOverlap(r, QUAD100_RANGE)) {
              this.err(
                "nodeattrs/ip-pool",
                ip.path,
                `IPPool(${ip.s.trim()}): network within reserved range (100.100.100.0/24 is Tailscale's own). Pick another part of 100.64.0.0/10.`
              );
            }
          }
          const appF = fl.get("app");
          if (appF && !isObject(appF.value)) {
            this.err(
              "policy/type",
              [...p, appF.key],
              `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object.`
            );
          }
        });
      }
      autoApprovers(path, f) {
        if (!f) return;
        const fl = this.fields(path, f.value, AUTOAPPROVER_FIELDS, "autoApprovers");
        if (!fl) return;
        const approvers2 = (v, p, what2) => {
          if (!Array.isArray(v)) {
            this.err(
              "policy/type",
              p,
              `json: cannot unmarshal ${jsonType(v)} into ${what2} of type []string: list the approvers.`
            );
            return;
          }
          v.forEach((a, i) => {
            const ap = [...p, i];
            if (typeof a !== "string") {
              this.err(
                "policy/type",
                ap,
                `json: cannot unmarshal ${jsonType(a)} into an element of ${what2} of type string.`
              );
              return;
            }
            const sel = parseSelector(a);
            if (sel.kind === "user" || sel.kind === "group" || sel.kind === "tag" || sel.kind === "autogroup")
              this.ref(sel, a, ap, "autoApprovers: ");
            else
              this.err(
                "autoapprovers/approver",
                ap,
                `autoApprovers: "${a.trim()}" cannot approve routes: approvers are users, groups, tags or autogroups.`
              );
          });
        };
        const routes = fl.get("routes");
        if (routes) {
          const rp = [...path, routes.key];
          if (!isObject(routes.value)) {
            this.err(
              "policy/type",
              rp,
              `json: cannot unmarshal ${jsonType(routes.value)} into "routes" of type object: write {"10.0.0.0/8": ["tag:router"]}.`
            );
          } else {
            for (const [cidr, v] of Object.entries(routes.value)) {
              if (!parsePrefix(cidr.trim())) {
                this.err(
                  "autoapprovers/route",
                  [...rp, cidr],
                  `autoApprovers.routes: "${cidr}" is not a CIDR prefix (e.g. "10.0.0.0/8", "0.0.0.0/0").`,
                  true
                );
              }
              approvers2(v, [...rp, cidr], `routes["${cidr}"]`);
            }
          }
        }
        const exit = fl.get("exitNode");
        if (exit) approvers2(exit.value, [...path, exit.key], "exitNode");
        const services = fl.get("services");
        if (services) {
          const sp = [...path, services.key];
          if (!isObject(services.value))
            this.err(
              "policy/type",
              sp,
              `json: cannot unmarshal ${jsonType(services.value)} into "services" of type object.`
            );
          else for (const [svc, v] of Object.entries(services.value)) approvers2(v, [...sp, svc], `services["${svc}"]`);
        }
      }
      // ------------------------------------------------------------------------- tests
      tests(path, f) {
        const tests = this.array(path, f, "tests");
        tests?.forEach((t, i) => {
          const p = [...path, i];
          const fl = this.fields(p, t, TEST_FIELDS, `tests[${i}]`, "error", FIELD_HINTS["test"]);
          if (!fl) return;
          this.postureAttrs(p, fl.get("srcPostureAttrs"));
          for (const pr of testProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
        });
      }
      sshTests(path, f) {
        const tests = this.array(path, f, "sshTests");
        tests?.forEach((t, i) => {
          const p = [...path, i];
          const fl = this.fields(p, t, SSHTEST_FIELDS, `sshTests[${i}]`, "error", FIELD_HINTS["sshTest"]);
          if (!fl) return;
          this.postureAttrs(p, fl.get("srcPostureAttrs"));
          for (const pr of sshTestProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
        });
      }
      postureAttrs(p, f) {
        if (!f) return;
        const ap = [...p, f.key];
        if (!isObject(f.value)) {
          this.err(
            "policy/type",
            ap,
            `json: cannot unmarshal ${jsonType(f.value)} into "srcPostureAttrs" of type object: write {"node:os": "macos"}.`
          );
          return;
        }
        for (const [k, v] of Object.entries(f.value)) {
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
            this.warn(
              "policy/type",
              [...ap, k],
              `srcPostureAttrs["${k}"]: a posture attribute is a string, a number or a boolean, not ${jsonType(v)}; no posture can match it.`
            );
          } else if (!/^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+$/.test(k)) {
            this.warn(
              "posture/attribute",
              [...ap, k],
              `srcPostureAttrs["${k}"] does not look like a posture attribute ("node:os", "custom:name").`,
              true
            );
          }
        }
      }
      // ------------------------------------------------------------------------- the rest
      derpMap(path, f) {
        if (!f) return;
        const fl = this.fields(path, f.value, DERPMAP_FIELDS, "derpMap");
        if (!fl) return;
        this.bool(path, fl.get("omitDefaultRegions"));
        const regions = fl.get("regions");
        if (!regions) return;
        const rp = [...path, regions.key];
        if (!isObject(regions.value)) {
          this.err(
            "policy/type",
            rp,
            `json: cannot unmarshal ${jsonType(regions.value)} into "regions" of type object: map region IDs to regions.`
          );
          return;
        }
        for (const [id, region] of Object.entries(regions.value)) {
          const p = [...rp, id];
          if (!/^[0-9]+$/.test(id))
            this.err(
              "policy/type",
              p,
              `derpMap regions: "${id}" is not a region ID (a number written as a string, e.g. "900").`,
              true
            );
          const r = this.fields(p, region, DERPREGION_FIELDS, `derpMap region ${id}`, "warning");
          if (!r) continue;
          const nodes = r.get("nodes");
          if (nodes && Array.isArray(nodes.value)) {
            nodes.value.forEach(
              (n, j) => this.fields([...p, nodes.key, j], n, DERPNODE_FIELDS, `derpMap region ${id} node ${j}`, "warning")
            );
          }
        }
      }
      attrConfig(path, f) {
        if (!f) return;
        if (!isObject(f.value)) {
          this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "attrConfig" of type object.`);
          return;
        }
        for (const [name, cfg] of Object.entries(f.value)) {
          const fl = this.fields([...path, name], cfg, ATTRCONFIG_FIELDS, `attrConfig["${name}"]`, "warning");
          const type = fl?.get("type");
          if (type && !["string", "bool", "number"].includes(String(type.value))) {
            this.err(
              "policy/invalid-value",
              [...path, name, type.key],
              `attrConfig["${name}"].type ${JSON.stringify(type.value)} is not valid: use "string", "bool" or "number".`
            );
          }
        }
      }
    };
  }
});

// src/evaluate/explain.ts
var init_explain = __esm({
  "src/evaluate/explain.ts"() {
    "use strict";
    init_keys();
    init_model();
    init_ports();
    init_tests();
  }
});

// src/evaluate/index.ts
function evaluatePolicyTests(policy, locate, opts) {
  return evaluateCompiledTests(compilePolicy(policy, opts), locate);
}
var init_evaluate = __esm({
  "src/evaluate/index.ts"() {
    "use strict";
    init_model();
    init_tests();
    init_model();
    init_tests();
    init_explain();
  }
});

// src/shared/bisect.ts
function bisect(items, accepts, budget2 = 64) {
  let left = budget2;
  let exhausted = false;
  const search = (set, knownBad) => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = search(set.slice(0, half), false);
    const b = search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  return { culprits: search(items, true), exhausted };
}
var init_bisect = __esm({
  "src/shared/bisect.ts"() {
    "use strict";
  }
});

// src/evaluate/standing.ts
function standingAccess(policy, targets2, opts = {}) {
  if (targets2.length === 0) return [];
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const skip = opts.skip ?? (() => false);
  const compiledTargets = targets2.map((t) => ({
    resource: t.resource,
    dsts: t.destinations.map((text2) => ({ text: text2, m: compileDstText(c, text2) }))
  }));
  const out = [];
  const consider = (section2, index, src, dstIndex, dst) => {
    if (skip(section2, index) || srcIsEmpty(src, c)) return;
    for (const t of compiledTargets) {
      for (const d of t.dsts) {
        const o = overlap(dst, d.m, src, d.text);
        if (o.tri === F) continue;
        const key2 = `${t.resource}\0${section2}\0${index}`;
        const prior = out.find((r) => `${r.resource}\0${r.section}\0${r.index}` === key2);
        if (prior) {
          if (!prior.certain && o.tri === T)
            Object.assign(prior, reach(c, t.resource, section2, index, dstIndex, d.text, o));
          continue;
        }
        out.push(reach(c, t.resource, section2, index, dstIndex, d.text, o));
      }
    }
  };
  for (const u of c.units) consider(u.section, u.index, u.src, u.dstIndex, u.dst);
  for (const u of c.ssh) u.dst.forEach((d, i) => consider("ssh", u.index, u.src, i, d));
  return out;
}
function reach(c, resource, section2, index, dstIndex, target, o) {
  const rule = ruleFields(c, section2, index);
  const srcs = section2 === "acls" ? rule.get("src") ?? rule.get("users") : rule.get("src");
  const dsts = section2 === "acls" ? rule.get("dst") ?? rule.get("ports") : rule.get("dst");
  const principals2 = stringsOf(srcs).map((s) => s.trim()).filter((s) => !(s.startsWith("group:") && c.groups.get(s)?.size === 0));
  return {
    resource,
    section: section2,
    sectionKey: c.sectionKeys.get(section2) ?? section2,
    index,
    via: stringsOf(dsts)[dstIndex]?.trim() ?? "",
    target,
    principals: principals2,
    certain: o.tri === T,
    ...o.why ? { why: o.why } : {}
  };
}
function ruleFields(c, section2, index) {
  const list2 = sectionsOf(c.raw).get(section2)?.value;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return /* @__PURE__ */ new Map();
  const fields = section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS;
  return new Map([...fieldsOf(rule, fields)].map(([k, f]) => [k, f.value]));
}
function isCompiled(p) {
  return isObject(p) && p["units"] instanceof Array && p["sectionKeys"] instanceof Map;
}
function srcIsEmpty(m, c) {
  void c;
  return !m.any && m.users.size === 0 && m.tags.size === 0 && !m.member && !m.tagged && m.usersUnknown.length === 0 && m.domains.length === 0 && (!m.ips || m.ips.isEmpty());
}
function inTailnet(set) {
  return set.ranges().some((r) => TAILNET.overlaps(r));
}
function setsOverlap(a, b) {
  return b.ranges().some((r) => a.overlaps(r));
}
function selfReaches(src, wants) {
  if (src.any || src.member) return YES;
  if ([...src.users].some(wants)) return YES;
  if (src.usersUnknown.length > 0 || src.domains.length > 0)
    return { tri: U, why: `who is in ${[...src.usersUnknown, ...src.domains.map((d) => `*@${d}`)].join(", ")}` };
  return NO;
}
function overlap(b, r, src, rText) {
  if (b.k === "none" || r.k === "none") return NO;
  const addressOf = (what2) => ({ tri: U, why: `which tailnet addresses ${what2} devices have` });
  switch (r.k) {
    case "any":
      return b.k === "internet" ? NO : YES;
    case "tag":
    case "tagged":
      if (b.k === "any" || b.k === "tagged") return YES;
      if (b.k === "tag") return r.k === "tagged" || b.tag === r.tag ? YES : NO;
      if (b.k === "ips") return inTailnet(b.set) ? addressOf(rText) : NO;
      return NO;
    case "users":
    case "member":
    case "self":
    case "domain":
    case "usersUnknown": {
      const wants = (login2) => r.k === "users" ? r.users.has(login2) : r.k === "domain" ? login2.endsWith(`@${r.domain}`) : true;
      const unknownR = r.k === "usersUnknown";
      switch (b.k) {
        case "any":
          return YES;
        case "member":
          return unknownR ? { tri: U, why: r.why } : r.k === "users" && r.users.size === 0 ? NO : YES;
        case "users":
          if (unknownR) return b.users.size > 0 ? { tri: U, why: r.why } : NO;
          return [...b.users].some(wants) ? YES : NO;
        case "domain":
          if (unknownR) return { tri: U, why: r.why };
          if (r.k === "users") return [...r.users].some((u) => u.endsWith(`@${b.domain}`)) ? YES : NO;
          if (r.k === "domain") return r.domain === b.domain ? YES : NO;
          return YES;
        case "usersUnknown":
          return { tri: U, why: b.why };
        case "self":
          return unknownR ? { tri: U, why: r.why } : selfReaches(src, wants);
        case "ips":
          return inTailnet(b.set) ? addressOf(rText) : NO;
        default:
          return NO;
      }
    }
    case "ips":
      if (b.k === "any") return YES;
      if (b.k === "ips") return setsOverlap(b.set, r.set) || b.internet && r.internet ? YES : NO;
      if (b.k === "internet") return r.internet ? YES : NO;
      if (b.k === "svc") return NO;
      return inTailnet(r.set) ? { tri: U, why: `which devices hold the addresses of ${rText}` } : NO;
    case "internet":
      if (b.k === "internet" || b.k === "ips" && b.internet) return YES;
      if (b.k === "any") return { tri: U, why: 'whether "*" reaches the internet through exit nodes' };
      return NO;
    case "svc":
      return b.k === "any" || b.k === "svc" && b.name === r.name ? YES : NO;
  }
}
var NO, YES, TAILNET;
var init_standing = __esm({
  "src/evaluate/standing.ts"() {
    "use strict";
    init_ip();
    init_keys();
    init_model();
    NO = { tri: F };
    YES = { tri: T };
    TAILNET = IPSet.of([CGNAT_RANGE, TAILSCALE_ULA_RANGE]);
  }
});

// src/validate/standing-check.ts
function standingTargets(access3) {
  const targets2 = [];
  for (const r of access3.resources.values()) {
    if (r.standing !== "none") continue;
    const destinations2 = [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim()));
    targets2.push({ resource: r.name, destinations: [...new Set(destinations2)] });
  }
  return targets2;
}
function baseStandingAccess(policy, access3, generatedBy) {
  return standingAccess(policy, standingTargets(access3), {
    skip: (section2, index) => generatedBy.get(section2)?.has(index) ?? false
  });
}
function standingFindings(compiled) {
  const reaches = baseStandingAccess(compiled.policy, compiled.access, compiled.generatedBy);
  return reaches.map((r) => standingFinding(r, compiled.locate));
}
function standingFinding(r, locate) {
  const location = locate([r.sectionKey, r.index]);
  const who = r.principals.length > 0 ? r.principals.join(", ") : "its sources";
  const rule = `${r.sectionKey}[${r.index}]`;
  if (r.certain) {
    return error(
      "standing/access",
      `${rule} lets ${who} reach ${r.target} (through its destination "${r.via}") without a grant, but resource "${r.resource}" has standing: none. Leave ${r.target} out of this rule's destinations (or remove the rule); access to ${r.resource} is requested through grants/.`,
      location
    );
  }
  return {
    severity: "notice",
    rule: "standing/unknown",
    message: `Whether ${rule} (${who} -> "${r.via}") reaches ${r.target} of resource "${r.resource}" (standing: none) cannot be known offline: it depends on ${r.why ?? "what is not known offline"}. Narrow the rule's destinations if it might.`,
    ...location ? { location } : {}
  };
}
var init_standing_check = __esm({
  "src/validate/standing-check.ts"() {
    "use strict";
    init_findings();
    init_keys();
    init_standing();
  }
});

// src/validate/offline.ts
function checkRepository(opts) {
  const exclude = new Map(opts.exclude ?? []);
  const extra = [];
  const blamed = /* @__PURE__ */ new Map();
  let compiled = compile({ ...opts, exclude });
  let layers = policyLayers(compiled, opts);
  for (let round = 0; round < MAX_ROUNDS && !compiled.baseErrors; round++) {
    const culprits = grantsToBlame(compiled, layers.findings, opts, exclude);
    if (culprits.size === 0) break;
    for (const [path, finding] of culprits) {
      exclude.set(path, "its rules made the policy invalid");
      extra.push(finding);
      blamed.set(path, finding);
    }
    compiled = compile({ ...opts, exclude });
    layers = policyLayers(compiled, opts);
  }
  for (const entry of compiled.grants) {
    const finding = blamed.get(entry.path);
    if (finding) entry.findings = [...entry.findings, finding];
  }
  const resources = compiled.baseErrors ? [] : resourceFindings(compiled, opts);
  const standing = compiled.baseErrors ? [] : standingFindings(compiled);
  const policyPrefixes = (typeof opts.policyDir === "string" ? [opts.policyDir] : opts.policyDir).map(
    (dir) => `${dir.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "")}/`
  );
  const findings = listPerFile(
    rootCausesFirst(
      (file) => policyPrefixes.some((prefix) => file.startsWith(prefix)),
      sortFindings([
        ...opts.readFindings ?? [],
        ...compiled.findings,
        ...layers.findings,
        ...extra,
        ...resources,
        ...standing
      ])
    )
  );
  const baseInvalid = compiled.baseErrors || hasErrors(layers.findings) || hasErrors(standing);
  return { compiled, findings, tests: layers.tests, ok: !hasErrors(findings), pushable: !baseInvalid };
}
function policyLayers(compiled, opts) {
  if (compiled.baseErrors) return { findings: [], tests: [] };
  const index = compilePolicy(compiled.policy, { users: opts.users });
  const structural = validatePolicy(compiled.policy, compiled.locate, { users: opts.users, compiled: index });
  if (hasErrors(structural)) return { findings: structural, tests: [] };
  const { outcomes, findings } = opts.devices ? evaluatePolicyTests(compiled.policy, compiled.locate, { users: opts.users, devices: opts.devices }) : evaluateCompiledTests(index, compiled.locate);
  return { findings: [...structural, ...findings], tests: outcomes };
}
function grantsToBlame(compiled, findings, opts, exclude) {
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const blamed = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location?.file;
    if (f.severity === "error" && file && included.includes(file) && !blamed.has(file)) {
      blamed.set(file, error("grant/invalid-rules", `Left out of the policy: ${f.message}`, f.location));
    }
  }
  if (blamed.size > 0) return blamed;
  if (!hasErrors(findings) || included.length === 0) return blamed;
  const only = (keep) => {
    const kept = new Set(keep);
    return new Map([
      ...exclude,
      ...included.filter((p) => !kept.has(p)).map((p) => [p, "isolating an error"])
    ]);
  };
  const errorsWith = (keep) => policyLayers(compile({ ...opts, exclude: only(keep) }), opts).findings.filter((f) => f.severity === "error");
  if (errorsWith([]).length > 0) return blamed;
  const { culprits } = bisect(included, (subset) => errorsWith(subset).length === 0);
  for (const path of culprits) {
    const failure = errorsWith([path])[0] ?? findings.find((f) => f.severity === "error");
    const entry = compiled.grants.find((g) => g.path === path);
    const where2 = entry.grant?.locate(["resource"]) ?? { file: path, line: 1, column: 1 };
    const at2 = failure.location ? ` (${failure.location.file}:${failure.location.line}:${failure.location.column})` : "";
    blamed.set(
      path,
      failure.rule.endsWith("test/failed") ? error(
        "grant/breaks-tests",
        `Left out of the policy: with this grant the policy's tests fail (${failure.message}). Narrow the grant or change the test.`,
        where2
      ) : error(
        "grant/invalid-rules",
        `Left out of the policy: with this grant active the policy is invalid: ${failure.message}${at2}. Fix the rules it brings in.`,
        where2
      )
    );
  }
  return blamed;
}
function resourceFindings(compiled, opts) {
  const resources = [...compiled.access.resources.values()];
  if (resources.length === 0) return [];
  const probe = { ...compiled.policy };
  const owners = /* @__PURE__ */ new Map();
  for (const section2 of ["grants", "ssh"]) {
    const generated = compiled.generatedBy.get(section2);
    const base = (compiled.policy[section2] ?? []).filter((_, i) => !generated?.has(i));
    const list2 = [...base];
    for (const r of resources) {
      r[section2].forEach((rule, j) => {
        owners.set(`${section2}/${list2.length}`, (rest2) => r.locate([section2, j, ...rest2[0] === "src" ? [] : rest2]));
        const { action, ...rest } = rule;
        list2.push(
          section2 === "ssh" && action !== void 0 ? { action, src: [PROBE_USER], ...rest } : { src: [PROBE_USER], ...rule }
        );
      });
    }
    if (list2.length > 0 || probe[section2] !== void 0) probe[section2] = list2;
  }
  if (owners.size === 0) return [];
  const locate = (path, o) => {
    const owner = typeof path[1] === "number" ? owners.get(`${String(path[0])}/${path[1]}`) : void 0;
    return owner ? owner(path.slice(2)) : compiled.locate(path, o);
  };
  const accessFile = compiled.access.path;
  const seen = /* @__PURE__ */ new Set();
  return validatePolicy(probe, locate, { users: opts.users }).flatMap((f) => {
    if (f.severity !== "error" || !f.location || f.location.file !== accessFile) return [];
    const key2 = `${f.location.line}:${f.location.column}:${f.message}`;
    if (seen.has(key2)) return [];
    seen.add(key2);
    return [{ ...f, message: `${f.message} (in this resource's rules; its grants are left out while this stands)` }];
  });
}
var MAX_ROUNDS, PROBE_USER;
var init_offline = __esm({
  "src/validate/offline.ts"() {
    "use strict";
    init_compile();
    init_findings();
    init_policy();
    init_evaluate();
    init_bisect();
    init_standing_check();
    MAX_ROUNDS = 3;
    PROBE_USER = "tailpolicy-probe@example.com";
  }
});

// src/audit/versions.ts
function mergesAt(commits, at2) {
  const out = /* @__PURE__ */ new Map();
  for (const c of commits) {
    if (c.committedAt.getTime() > at2) break;
    for (const ch of c.changes) {
      if (ch.status === "deleted") out.delete(ch.path);
      else out.set(ch.path, { at: c.committedAt });
    }
  }
  return out;
}
async function policyCommits(root, opts) {
  const git = gitRunner(root, opts.env);
  const policyDirs = typeof opts.policyDir === "string" ? [opts.policyDir] : opts.policyDir;
  const dirs = [...policyDirs.map((d) => normalizeDir(d) || "."), normalizeDir(opts.grantsDir) || "."];
  const out = (await git(["log", "--first-parent", "-z", "--format=%H%x01%cI%x01%s", opts.ref ?? "HEAD", "--", ...dirs])).toString("utf8");
  return out.split("\0").map((line) => line.replace(/^\n+/, "")).filter(Boolean).map((line) => {
    const [sha, date, subject] = line.split("");
    return { sha, at: new Date(date), subject: subject ?? "" };
  }).filter((c) => /^[0-9a-f]{40,64}$/.test(c.sha) && !Number.isNaN(c.at.getTime())).reverse();
}
async function readPolicyVersions(root, opts) {
  const commits = (await policyCommits(root, opts)).filter((c) => c.at.getTime() <= opts.until.getTime());
  const since = opts.since?.getTime() ?? -Infinity;
  const until = opts.until.getTime();
  const versions = [];
  const states = [];
  const grantRules = /* @__PURE__ */ new Map();
  for (let i = 0; i < commits.length; i++) {
    const commit = commits[i];
    const next = commits[i + 1]?.at.getTime() ?? Infinity;
    if (next <= since) continue;
    const [policyFiles, grantFiles] = await Promise.all([
      readPolicyDirsAt(root, commit.sha, opts.policyDir, opts.env),
      readPolicyAt(root, commit.sha, opts.grantsDir, opts.env)
    ]);
    const merges = mergesAt(opts.grantCommits ?? [], commit.at.getTime());
    const check = (now) => checkRepository({
      policyDir: typeof opts.policyDir === "string" ? normalizeDir(opts.policyDir) || "." : opts.policyDir,
      policyFiles,
      grantFiles,
      now,
      merges
    });
    const first = check(commit.at);
    const moments = first.compiled.grants.flatMap((g) => g.grant ? [g.grant.starts, g.grant.expires] : []).filter((d) => d !== void 0).map((d) => d.getTime()).filter((t) => t > commit.at.getTime() && t < next && t < until);
    const short2 = commit.sha.slice(0, 7);
    const points = [
      { t: commit.at.getTime(), cause: `commit ${short2} "${commit.subject}"` },
      ...[...new Set(moments)].sort((a, b) => a - b).map((t) => ({ t, cause: causeAt(first.compiled, t) }))
    ];
    for (const p of points) {
      const result = p.t === commit.at.getTime() ? first : check(new Date(p.t));
      const compiled = result.compiled;
      for (const [path, rules] of rulesByGrant(compiled)) if (!grantRules.has(path)) grantRules.set(path, rules);
      versions.push({
        at: new Date(p.t),
        commit: commit.sha,
        cause: p.cause,
        digest: compiled.digest,
        pushable: result.pushable,
        grants: compiled.grants.filter((g) => g.included).map((g) => g.path),
        standing: standingRows(compiled)
      });
      states.push({ policy: compiled.policy, access: compiled.access });
    }
  }
  const keep = versions.map((v, i) => i === 0 || v.digest !== versions[i - 1].digest);
  const changed = versions.filter((_, i) => keep[i]);
  const changedStates = states.filter((_, i) => keep[i]);
  for (let i = 0; i < changed.length; i++) {
    const nextAt = changed[i + 1]?.at;
    if (nextAt) changed[i].until = nextAt;
  }
  const startIndex = Math.max(
    0,
    changed.findLastIndex((v) => v.at.getTime() <= since)
  );
  return { versions: changed.slice(startIndex), states: changedStates.slice(startIndex), grantRules };
}
function causeAt(compiled, t) {
  const why = compiled.grants.flatMap((g) => {
    if (!g.grant) return [];
    if (g.grant.starts?.getTime() === t) return [`${g.path} starts`];
    if (g.grant.expires.getTime() === t) return [`${g.path} expires`];
    return [];
  });
  return why.join(", ");
}
function rulesByGrant(compiled) {
  const out = /* @__PURE__ */ new Map();
  for (const [section2, byIndex] of compiled.generatedBy) {
    const list2 = compiled.policy[section2];
    if (!Array.isArray(list2)) continue;
    for (const [index, path] of byIndex) {
      const rules = out.get(path) ?? [];
      rules.push(`${section2}\0${canonicalJson(list2[index])}`);
      out.set(path, rules);
    }
  }
  return out;
}
function standingRows(compiled) {
  const targets2 = [...compiled.access.resources.values()].map((r) => ({
    resource: r.name,
    destinations: [...new Set([...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim())))]
  }));
  const reaches = standingAccess(compiled.policy, targets2, {
    skip: (section2, index) => compiled.generatedBy.get(section2)?.has(index) ?? false
  });
  return targets2.map((t) => ({
    resource: t.resource,
    none: compiled.access.resources.get(t.resource)?.standing === "none",
    rules: reaches.filter((r) => r.resource === t.resource).map((r) => ({ rule: `${r.sectionKey}[${r.index}]`, principals: r.principals, certain: r.certain }))
  }));
}
var init_versions = __esm({
  "src/audit/versions.ts"() {
    "use strict";
    init_git();
    init_git_history();
    init_history();
    init_render();
    init_offline();
    init_standing();
    init_keys();
  }
});

// src/policy/diff.ts
function diffPolicies(before, after) {
  const changes = [];
  const sections = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const section2 of sections) {
    const a = before[section2];
    const b = after[section2];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      changes.push(...diffLists(section2, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
    } else if (isPlainObject(a) || isPlainObject(b)) {
      const am = isPlainObject(a) ? a : {};
      const bm = isPlainObject(b) ? b : {};
      for (const key2 of [.../* @__PURE__ */ new Set([...Object.keys(am), ...Object.keys(bm)])].sort()) {
        const x = am[key2];
        const y = bm[key2];
        if (x === void 0) changes.push({ section: section2, kind: "added", key: key2, after: y });
        else if (y === void 0) changes.push({ section: section2, kind: "removed", key: key2, before: x });
        else if (canonicalJson(x) !== canonicalJson(y))
          changes.push({ section: section2, kind: "changed", key: key2, before: x, after: y });
      }
    } else if (a === void 0) changes.push({ section: section2, kind: "added", key: section2, after: b });
    else if (b === void 0) changes.push({ section: section2, kind: "removed", key: section2, before: a });
    else changes.push({ section: section2, kind: "changed", key: section2, before: a, after: b });
  }
  return changes;
}
function diffLists(section2, a, b) {
  const count = /* @__PURE__ */ new Map();
  for (const x of a) count.set(canonicalJson(x), (count.get(canonicalJson(x)) ?? 0) + 1);
  const added = [];
  for (const y of b) {
    const k = canonicalJson(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push({ section: section2, kind: "added", after: y });
  }
  const removed = [];
  for (const x of a) {
    const k = canonicalJson(x);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      removed.push({ section: section2, kind: "removed", before: x });
      count.set(k, n - 1);
    }
  }
  return [...removed, ...added];
}
function formatChanges(changes, max = 200) {
  const lines = changes.slice(0, max).map((c) => {
    const sign = c.kind === "added" ? "+" : c.kind === "removed" ? "-" : "~";
    const where2 = c.key !== void 0 && c.key !== c.section ? `${c.section}["${c.key}"]` : c.section;
    if (c.kind === "changed") return `${sign} ${where2}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`;
    return `${sign} ${where2}: ${JSON.stringify(c.kind === "added" ? c.after : c.before)}`;
  });
  if (changes.length > max) lines.push(`\u2026 and ${changes.length - max} more`);
  return lines.join("\n");
}
var init_diff = __esm({
  "src/policy/diff.ts"() {
    "use strict";
    init_render();
    init_merge();
  }
});

// src/audit/tailnet.ts
function isPolicyChange(e) {
  return (e.target.property ?? "").toUpperCase() === "ACL" && !e.error;
}
function actorName(e) {
  const name = e.actor.loginName || e.actor.displayName || e.actor.id || "unknown";
  return e.actor.type ? `${name} (${e.actor.type})` : name;
}
function parsePolicyText(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  if (typeof value !== "string") return void 0;
  if (value.trim() === "") return {};
  const errors = [];
  const parsed = parse2(value, errors, { allowTrailingComma: true });
  return errors.length === 0 && parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
}
function carriedGrants(policy, grantRules) {
  const present = /* @__PURE__ */ new Set();
  for (const [section2, list2] of Object.entries(policy)) {
    if (Array.isArray(list2)) for (const rule of list2) present.add(`${section2}\0${canonicalJson(rule)}`);
  }
  return [...grantRules].filter(([, rules]) => rules.length > 0 && rules.every((r) => present.has(r))).map(([path]) => path);
}
function reconcile(log, history, expiring, opts) {
  const skew = opts.skewMs ?? 5 * 6e4;
  const period = opts.schedulePeriodMs;
  const versions = history.versions;
  const entries = log.filter(isPolicyChange).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
  const changes = entries.map((e) => {
    const at2 = new Date(e.eventTime);
    const base = { at: at2, actor: actorName(e), origin: e.origin };
    const after = parsePolicyText(e.new);
    const before = parsePolicyText(e.old);
    const what2 = after && before ? formatChanges(diffPolicies(before, after), 20) || "(no rule changed)" : void 0;
    const carries = after ? carriedGrants(after, history.grantRules) : void 0;
    const extra = { ...what2 !== void 0 ? { what: what2 } : {}, ...carries ? { carries } : {} };
    if (after) {
      const claimed = typeof e.new === "string" ? headerDigest(e.new) : void 0;
      const actual = policyDigest(after);
      const intact = claimed !== void 0 && claimed === actual;
      const candidates2 = versions.filter((v) => v.digest === actual && v.at.getTime() <= at2.getTime() + skew);
      const version = candidates2.at(-1);
      if (intact && version) {
        return { ...base, kind: "push", matchedBy: "digest", version, claimedDigest: claimed, intact, ...extra };
      }
      const why = !claimed ? "the policy it set has no tailpolicy-digest header: it was not written by tailpolicy" : !intact ? "the policy it set no longer matches its tailpolicy-digest: edited after tailpolicy wrote it" : "it carries a tailpolicy-digest that no version of the repository had at that time";
      const standing = liveStanding(after, history, at2);
      return {
        ...base,
        kind: "out-of-band",
        why,
        ...standing.length ? { standing } : {},
        ...claimed ? { claimedDigest: claimed } : {},
        intact,
        ...extra
      };
    }
    if (e.origin === "CONFIG_API") {
      const version = versions.filter((v) => v.at.getTime() <= at2.getTime() + skew).at(-1);
      if (version) return { ...base, kind: "push", matchedBy: "time", version, carries: version.grants };
    }
    return {
      ...base,
      kind: "out-of-band",
      why: `made through ${e.origin || "an unknown origin"}, not by a tailpolicy push (the log carries no policy text to compare)`
    };
  });
  const expected = versions.map((v, i) => {
    const push = changes.find((c) => c.kind === "push" && c.version === v);
    const delay = push ? push.at.getTime() - v.at.getTime() : void 0;
    if (i === 0 && !push) return { version: v, status: "in force at start" };
    if (!v.pushable) return { version: v, status: "not pushable" };
    if (push) return { version: v, status: "pushed", pushedAt: push.at, delayMs: delay };
    const lasted = (v.until ?? opts.end).getTime() - v.at.getTime();
    return { version: v, status: lasted > period ? "missing" : "superseded" };
  });
  for (const c of changes) if (c.kind === "push" && !c.carries && c.version) c.carries = c.version.grants;
  const revocations = expiring.map((g) => revocationOf(g, changes, opts.end, period));
  const latencies = revocations.filter((r) => r.latencyMs !== void 0 && r.latencyMs >= 0).sort((a, b) => a.latencyMs - b.latencyMs);
  const worst = latencies.at(-1);
  return {
    changes,
    expected,
    revocations,
    ...latencies.length ? { medianLatencyMs: median2(latencies.map((r) => r.latencyMs)) } : {},
    ...worst ? { worstLatencyMs: worst.latencyMs, worstLatencyPath: worst.path } : {},
    schedulePeriodMs: period
  };
}
function liveStanding(policy, history, at2) {
  const i = history.versions.findLastIndex((v) => v.at.getTime() <= at2.getTime());
  const access3 = history.states[Math.max(0, i)]?.access;
  if (!access3) return [];
  const targets2 = [...access3.resources.values()].filter((r) => r.standing === "none").map((r) => ({
    resource: r.name,
    destinations: [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim()))
  }));
  const grantRules = new Set([...history.grantRules.values()].flat());
  const list2 = (section2) => Array.isArray(policy[section2]) ? policy[section2] : [];
  return standingAccess(policy, targets2, {
    skip: (section2, index) => grantRules.has(`${section2}\0${canonicalJson(list2(section2)[index])}`)
  }).filter((r) => r.certain).map((r) => ({ resource: r.resource, rule: `${r.sectionKey}[${r.index}]`, principals: r.principals }));
}
function revocationOf(g, changes, end, period) {
  const base = { path: g.path, grantees: g.grantees, resource: g.resource, expires: g.expires };
  const known = changes.filter((c) => c.carries !== void 0);
  const lastCarrying = known.findLastIndex((c) => c.carries.includes(g.path));
  if (lastCarrying < 0) return { ...base, status: "not seen" };
  const removal = known.slice(lastCarrying + 1).find((c) => !c.carries.includes(g.path));
  if (!removal) {
    const latencyMs2 = Math.max(0, end.getTime() - g.expires.getTime());
    return { ...base, status: "still live", latencyMs: latencyMs2 };
  }
  const latencyMs = removal.at.getTime() - g.expires.getTime();
  const status = latencyMs < 0 ? "early" : latencyMs > period ? "late" : "on time";
  return { ...base, revokedAt: removal.at, latencyMs, status, by: removal.actor };
}
function median2(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
var init_tailnet = __esm({
  "src/audit/tailnet.ts"() {
    "use strict";
    init_main();
    init_render();
    init_diff();
    init_standing();
    init_keys();
  }
});

// src/audit/usage.ts
function splitAddrPort(text2) {
  if (!text2) return void 0;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text2);
  if (v6) return { addr: v6[1], ...v6[2] ? { port: Number(v6[2]) } : {} };
  const colon = text2.lastIndexOf(":");
  if (colon > 0 && text2.indexOf(":") === colon)
    return { addr: text2.slice(0, colon), port: Number(text2.slice(colon + 1)) };
  return { addr: text2 };
}
function protoNumber(p) {
  if (typeof p === "number") return p;
  if (p === void 0 || p === "") return void 0;
  const parsed = parseProto(p);
  return parsed.ok ? parsed.value : void 0;
}
function flowsOf(logs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const log of logs) {
    const start = Date.parse(log.start);
    const end = Date.parse(log.end);
    for (const c of [...log.virtualTraffic, ...log.subnetTraffic]) {
      const src = splitAddrPort(c.src);
      const dst = splitAddrPort(c.dst);
      if (!src || !dst) continue;
      const key2 = `${log.start}|${c.src}|${c.dst}|${c.proto ?? ""}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      const proto = protoNumber(c.proto);
      out.push({ start, end, ...proto !== void 0 ? { proto } : {}, src, dst, key: key2 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function destinations(w, devices) {
  const c = compilePolicy(w.policy);
  const out = [];
  const addressesOf = (pick) => IPSet.of(
    devices.filter(pick).flatMap((d) => d.addresses).map((a) => parseAddressSpec(a)).filter((r) => r !== void 0)
  );
  const add = (dst, pp) => {
    const m = compileDstText(c, dst);
    let set;
    switch (m.k) {
      case "tag":
        set = addressesOf((d) => d.tags.includes(m.tag));
        break;
      case "users":
        set = addressesOf((d) => d.tags.length === 0 && m.users.has(d.user));
        break;
      case "ips":
        set = m.set;
        break;
      case "any":
        set = addressesOf(() => true);
        break;
      default:
        return;
    }
    out.push({ set, pp });
  };
  for (const rule of w.resource.grants) {
    const pp = stringsOf(rule["ip"]).flatMap((e) => {
      const r = parseGrantIp(e);
      return r.ok ? [r.value] : [];
    });
    for (const d of stringsOf(rule["dst"])) add(d, pp);
  }
  for (const rule of w.resource.ssh)
    for (const d of stringsOf(rule["dst"])) add(d, [{ protos: [6], ports: [{ lo: 22, hi: 22 }] }]);
  return out;
}
function useOfAccess(windows, logs, devices) {
  const flows = flowsOf(logs);
  return windows.map((w) => {
    const mine = devices.filter((d) => d.tags.length === 0 && w.users.includes(d.user));
    const sources = new Set(
      mine.flatMap(
        (d) => d.addresses.map((a) => parseIP(a)).filter((a) => a !== void 0).map(key)
      )
    );
    const dsts = destinations(w, devices);
    const from = w.from.getTime();
    const to = w.to.getTime();
    const hits = flows.filter((f) => {
      if (f.end < from || f.start >= to) return false;
      const s = parseIP(f.src.addr);
      const d = parseIP(f.dst.addr);
      if (!s || !d || !sources.has(key(s))) return false;
      return dsts.some(
        (x) => x.set.contains(d) && (f.proto === void 0 || f.dst.port === void 0 || x.pp.some((pp) => allowsProtoPort(pp, f.proto, f.dst.port)))
      );
    });
    return {
      path: w.path,
      grantees: w.grantees,
      resource: w.resource.name,
      from: w.from,
      to: w.to,
      connected: hits.length > 0,
      connections: hits.length,
      ...hits.length ? { first: new Date(hits[0].start), last: new Date(Math.max(...hits.map((h) => h.end))) } : {},
      devices: mine.length
    };
  });
}
function key(a) {
  return `${a.v}:${a.n.toString(16)}`;
}
var init_usage = __esm({
  "src/audit/usage.ts"() {
    "use strict";
    init_ip();
    init_ports();
    init_keys();
    init_model();
  }
});

// src/github/team-members.ts
async function readTeamMembers(github, teams, logins) {
  if (!github || teams.length === 0) return NO_TEAMS;
  const users = [...new Set([...logins].filter((l) => !!l).map((l) => l.toLowerCase()))].sort();
  const members = /* @__PURE__ */ new Set();
  for (const team of [...new Set(teams)].sort()) {
    const { org, slug } = teamParts(team);
    for (const user of users) if (await github.isTeamMember(org, slug, user)) members.add(`${team}
${user}`);
  }
  return { has: (team, login2) => members.has(`${team}
${login2.toLowerCase()}`) };
}
var NO_TEAMS;
var init_team_members = __esm({
  "src/github/team-members.ts"() {
    "use strict";
    init_access();
    NO_TEAMS = { has: () => false };
  }
});

// src/audit/pack.ts
function buildPack(input) {
  const { report, evidence } = input;
  const events = report.events.filter((e) => e.grant);
  const sections = [];
  const unjustified = events.filter((e) => !e.grant.reason.trim());
  sections.push({
    id: "requests",
    title: "Requests justified",
    control: "Every access grant was requested through a pull request stating who, what, why and until when.",
    verdict: unjustified.length ? "fail" : "pass",
    figures: [
      ["Grant versions in the period", String(events.length)],
      ["Distinct grants", String(report.summary.grants)],
      ["Without a reason", String(unjustified.length)]
    ],
    columns: ["Grant file", "Grantees", "Resource", "Reason", "Ticket", "Reached the default branch"],
    rows: events.map((e) => [
      e.path,
      e.grant.grantees.join(", "),
      e.grant.resource ?? "inline rules",
      e.grant.reason,
      e.grant.ticket ?? "\u2014",
      `${when(e.commit.at)} (${e.commit.sha.slice(0, 7)})`
    ]),
    notes: []
  });
  const looked = report.lookedUp;
  const unapproved = report.summary.unapproved ?? 0;
  sections.push({
    id: "approvals",
    title: "Approvals",
    control: "Every grant was approved by the resource's approvers before it reached the default branch.",
    verdict: !looked ? "not shown" : unapproved ? "fail" : "pass",
    figures: [["Without a qualifying approval", looked ? String(unapproved) : "not looked up"]],
    columns: ["Grant file", "Pull request", "Author", "Approved by", "Status"],
    rows: events.map((e) => [
      e.path,
      e.pr.kind === "found" ? `#${e.pr.pull.number} ${e.pr.pull.url}` : e.pr.kind === "none" ? "none (direct push)" : "not looked up",
      e.pr.kind === "found" ? e.pr.pull.author ?? "\u2014" : "\u2014",
      looked ? e.approval.reviews.filter((r) => r.counts).map((r) => `${r.user} at ${r.submittedAt ?? "?"}`).join("; ") || "\u2014" : "not looked up",
      approvalStatusText(e.approval)
    ]),
    notes: looked ? [] : ["Approvals were not looked up: run with GITHUB_TOKEN and GITHUB_REPOSITORY."]
  });
  const durationRows = events.map((e) => {
    const g = e.grant;
    const from = Math.max(g.starts?.getTime() ?? 0, e.commit.at.getTime());
    const asked = g.expires.getTime() - from;
    const max = input.limits.get(e);
    const within2 = max === void 0 ? void 0 : asked <= max;
    return { e, asked, max, within: within2 };
  });
  const over = durationRows.filter((r) => r.within === false);
  sections.push({
    id: "durations",
    title: "Durations within limits",
    control: "Every grant lasts no longer than its resource's maxDuration.",
    verdict: over.length ? "fail" : "pass",
    figures: [
      ["Median access", dur(report.summary.medianDurationMs)],
      ["Longest access", dur(report.summary.longestDurationMs)],
      ["Over the limit", String(over.length)]
    ],
    columns: ["Grant file", "Resource", "Window", "Length", "Limit", "Within"],
    rows: durationRows.map((r) => [
      r.e.path,
      r.e.grant.resource ?? "inline rules",
      `${when(new Date(Math.max(r.e.grant.starts?.getTime() ?? 0, r.e.commit.at.getTime())))} \u2192 ${when(r.e.grant.expires)}`,
      dur(r.asked),
      dur(r.max),
      r.within === void 0 ? "\u2014" : r.within ? "yes" : "NO"
    ]),
    notes: []
  });
  const rec = evidence.reconciliation;
  const late = rec?.revocations.filter((r) => r.status === "late" || r.status === "still live") ?? [];
  sections.push({
    id: "revocation",
    title: "Revocation on time",
    control: `Access ends at its expiry: the live policy stops carrying a grant within one schedule period (${dur(rec?.schedulePeriodMs)}).`,
    verdict: !rec ? "not shown" : late.length ? "fail" : "pass",
    figures: rec ? [
      ["Expired in the period", String(rec.revocations.length)],
      ["Median latency", dur(rec.medianLatencyMs)],
      ["Worst latency", rec.worstLatencyPath ? `${dur(rec.worstLatencyMs)} (${rec.worstLatencyPath})` : "\u2014"],
      ["Late or still live", String(late.length)]
    ] : [],
    columns: ["Grant file", "Grantees", "Resource", "Expires", "Out of the live policy", "Latency", "Status"],
    rows: (rec?.revocations ?? []).map((r) => [
      r.path,
      r.grantees.join(", "),
      r.resource,
      when(r.expires),
      r.revokedAt ? `${when(r.revokedAt)}${r.by ? ` by ${r.by}` : ""}` : "\u2014",
      r.latencyMs === void 0 ? "\u2014" : `${r.latencyMs < 0 ? "-" : ""}${dur(r.latencyMs)}`,
      r.status === "late" ? "LATE" : r.status === "still live" ? "STILL LIVE" : r.status
    ]),
    notes: rec ? [] : evidence.notes
  });
  const standingFails = evidence.versions.flatMap(
    (v) => v.standing.filter((s) => s.none && s.rules.some((r) => r.certain)).map((s) => ({ v, s }))
  );
  const liveFails = (evidence.reconciliation?.changes ?? []).filter((c) => c.standing?.length);
  sections.push({
    id: "standing",
    title: "No standing access",
    control: "Resources marked standing: none are reachable by nobody without a grant, at every policy version of the period (offline evaluator).",
    verdict: standingFails.length || liveFails.length ? "fail" : "pass",
    figures: [
      ["Policy versions evaluated", String(evidence.versions.length)],
      [
        "Versions giving standing access to a standing: none resource",
        String(new Set(standingFails.map((f) => f.v)).size)
      ],
      ...evidence.reconciliation ? [["Out-of-band changes giving standing access", String(liveFails.length)]] : []
    ],
    columns: ["Version due", "Cause", "Digest", "Resource", "standing: none", "Who reaches it without a grant"],
    rows: evidence.versions.flatMap(
      (v) => v.standing.map((s) => [
        when(v.at),
        v.cause,
        v.digest.slice(0, 19),
        s.resource,
        s.none ? "yes" : "no",
        s.rules.length ? s.rules.map((r) => `${r.principals.join(", ")} (${r.rule}${r.certain ? "" : ", may"})`).join("; ") : "nobody"
      ])
    ).concat(
      liveFails.flatMap(
        (c) => c.standing.map((st) => [
          when(c.at),
          `OUT-OF-BAND change by ${c.actor} (live policy)`,
          "\u2014",
          st.resource,
          "yes",
          `STANDING ACCESS: ${st.principals.join(", ")} (${st.rule})`
        ])
      )
    ),
    notes: []
  });
  const oob = rec?.changes.filter((c) => c.kind === "out-of-band") ?? [];
  const missing = rec?.expected.filter((x) => x.status === "missing") ?? [];
  sections.push({
    id: "out-of-band",
    title: "No out-of-band change",
    control: "Every change of the tailnet policy file in Tailscale's configuration log is a push of a version in Git, and every version Git expected was pushed.",
    verdict: !rec ? "not shown" : oob.length || missing.length ? "fail" : "pass",
    figures: rec ? [
      ["Policy changes in the log", String(rec.changes.length)],
      ["Matched to a tailpolicy push", String(rec.changes.length - oob.length)],
      ["Out-of-band", String(oob.length)],
      ["Versions Git expected but the log lacks", String(missing.length)]
    ] : [],
    columns: ["When", "Who", "Origin", "Verdict", "Version (cause, commit)", "What changed"],
    rows: [
      ...(rec?.changes ?? []).map((c) => [
        when(c.at),
        c.actor,
        c.origin,
        c.kind === "push" ? `push (by ${c.matchedBy})` : `OUT-OF-BAND: ${c.why ?? ""}`,
        c.version ? `${when(c.version.at)} ${c.version.cause} (${c.version.commit.slice(0, 7)})` : "\u2014",
        c.what ?? (c.kind === "push" ? "" : "not in the log")
      ]),
      ...missing.map((x) => [
        when(x.version.at),
        "\u2014",
        "\u2014",
        "MISSING PUSH: Git expected this version; the log has no push of it",
        `${x.version.cause} (${x.version.commit.slice(0, 7)}, ${x.version.digest.slice(0, 19)})`,
        ""
      ])
    ],
    notes: rec ? [] : evidence.notes
  });
  const usage = evidence.usage;
  sections.push({
    id: "use",
    title: "Use of access",
    control: "Whether each grant's grantees connected to its resource during the grant (network flow logs).",
    verdict: usage ? "pass" : "not shown",
    figures: usage ? [
      ["Grants", String(usage.length)],
      ["Used", String(usage.filter((u) => u.connected).length)],
      ["Unused", String(usage.filter((u) => !u.connected).length)]
    ] : [],
    columns: ["Grant file", "Grantees", "Resource", "Window", "Connected", "Connections", "First", "Last"],
    rows: (usage ?? []).map((u) => [
      u.path,
      u.grantees.join(", "),
      u.resource,
      `${when(u.from)} \u2192 ${when(u.to)}`,
      u.connected ? "yes" : u.devices ? "no (unused)" : "no device known",
      String(u.connections),
      when(u.first),
      when(u.last)
    ]),
    notes: usage ? [] : [evidence.usageNote ?? evidence.notes[0] ?? "Network flow logs were not read."]
  });
  return {
    title: "Access evidence",
    ...input.meta.repository ? { repository: input.meta.repository } : {},
    ...input.meta.head ? { head: input.meta.head } : {},
    from: evidence.from,
    to: evidence.to,
    generatedAt: report.now,
    sections
  };
}
function renderPackMarkdown(pack) {
  const out = [];
  out.push(`# ${md(pack.title)}: ${isoUtc(pack.from)} to ${isoUtc(pack.to)}`, "");
  out.push(
    `Repository ${pack.repository ? md(pack.repository) : "(unnamed)"}${pack.head ? ` at ${md(pack.head)}` : ""}; generated by tailpolicy at ${isoUtc(pack.generatedAt)}.`,
    ""
  );
  out.push("| Control | Verdict |", "| --- | --- |");
  for (const s of pack.sections) out.push(`| [${md(s.title)}](#${s.id}) | ${VERDICT_TEXT[s.verdict]} |`);
  out.push("");
  for (const s of pack.sections) {
    out.push(`<a id="${s.id}"></a>`, `## ${md(s.title)}: ${VERDICT_TEXT[s.verdict]}`, "", md(s.control, 2e3), "");
    for (const [k, v] of s.figures) out.push(`- ${md(k)}: **${md(v)}**`);
    if (s.figures.length) out.push("");
    for (const n of s.notes) out.push(`> ${md(n, 2e3)}`, "");
    if (s.rows.length) {
      out.push(`| ${s.columns.map((c) => md(c)).join(" | ")} |`, `| ${s.columns.map(() => "---").join(" | ")} |`);
      for (const r of s.rows) out.push(`| ${r.map((c) => md(c, 2e3) || " ").join(" | ")} |`);
    } else out.push("_No entries in the period._");
    out.push("");
  }
  return out.join("\n");
}
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function renderPackHtml(pack) {
  const e = escapeHtml;
  const cls = (v) => v === "not shown" ? "not-shown" : v;
  const parts = [];
  parts.push(
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</h1>`,
    `<p>Repository ${e(pack.repository ?? "(unnamed)")}${pack.head ? ` at <code>${e(pack.head)}</code>` : ""}; generated by tailpolicy at ${e(isoUtc(pack.generatedAt))}.</p>`,
    '<table id="controls"><thead><tr><th>Control</th><th>Verdict</th></tr></thead><tbody>'
  );
  for (const s of pack.sections) {
    parts.push(
      `<tr><td><a href="#${s.id}">${e(s.title)}</a></td><td class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</td></tr>`
    );
  }
  parts.push("</tbody></table>");
  for (const s of pack.sections) {
    parts.push(
      `<section id="${s.id}"><h2>${e(s.title)}: <span class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</span></h2>`,
      `<p>${e(s.control)}</p>`
    );
    if (s.figures.length) {
      parts.push(`<p>${s.figures.map(([k, v]) => `<span class="fig">${e(k)}: <b>${e(v)}</b></span>`).join("")}</p>`);
    }
    for (const n of s.notes) parts.push(`<blockquote>${e(n)}</blockquote>`);
    if (s.rows.length) {
      parts.push(`<table><thead><tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join("")}</tr></thead><tbody>`);
      for (const r of s.rows) {
        parts.push(`<tr>${r.map((c) => `<td${c.includes("\n") ? ' class="w"' : ""}>${e(c)}</td>`).join("")}</tr>`);
      }
      parts.push("</tbody></table>");
    } else parts.push("<p><em>No entries in the period.</em></p>");
    parts.push("</section>");
  }
  parts.push("</body></html>", "");
  return parts.join("\n");
}
var when, dur, VERDICT_TEXT, CSS;
var init_pack = __esm({
  "src/audit/pack.ts"() {
    "use strict";
    init_escape();
    init_time();
    init_approval_evidence();
    when = (d) => d ? isoUtc(d) : "\u2014";
    dur = (ms) => ms === void 0 ? "\u2014" : formatDuration(Math.abs(ms));
    VERDICT_TEXT = { pass: "PASS", fail: "FAIL", "not shown": "NOT SHOWN" };
    CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.pass{color:#1a7f37}.fail{color:#cf222e}.not-shown{color:#9a6700}td.w{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
.fig{display:inline-block;margin:0 1.5rem .5rem 0}.fig b{font-size:1.1em}blockquote{border-left:3px solid #d0d7de;margin:0;padding-left:1rem;color:#57606a}`;
  }
});

// src/review/rules-as-of.ts
async function readRulesAsOf(root, ref, policyDir, times, env) {
  const out = /* @__PURE__ */ new Map();
  const bySha = /* @__PURE__ */ new Map();
  for (const at2 of new Set(times)) {
    const sha = await firstParentCommitAt(root, ref, new Date(at2), env);
    if (!sha) {
      out.set(at2, {
        unknown: `the default branch's history has no commit from before ${at2}, so its approvers then cannot be read; check out with fetch-depth: 0`
      });
      continue;
    }
    let rules = bySha.get(sha);
    if (!rules) {
      rules = { sha, ...commitRules(policyDir, await filesAt(root, sha, dirList(policyDir), env)) };
      bySha.set(sha, rules);
    }
    out.set(at2, rules);
  }
  return out;
}
var init_rules_as_of = __esm({
  "src/review/rules-as-of.ts"() {
    "use strict";
    init_git();
    init_targets();
    init_approvals();
  }
});

// src/pagerduty/pagerduty-client.ts
function createPagerDutyClient(options) {
  const apiUrl = (options.apiUrl ?? "https://api.pagerduty.com").replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 1e4;
  const maxRetries = options.maxRetries ?? 3;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  options.onSecret?.(options.token);
  async function get(path, query) {
    const url = `${apiUrl}${path}?${query.toString()}`;
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      let reason;
      let retryAfter;
      try {
        const response = await doFetch(url, {
          headers: {
            Authorization: `Token token=${options.token}`,
            Accept: "application/vnd.pagerduty+json;version=2"
          },
          signal: AbortSignal.timeout(timeoutMs)
        });
        const text2 = await response.text();
        status = response.status;
        if (status === 200) {
          try {
            return JSON.parse(text2);
          } catch {
            throw new PagerDutyError(status, `PagerDuty GET ${path} answered 200 with a body that is not JSON.`);
          }
        }
        reason = `HTTP ${status}`;
        retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (!RETRYABLE.has(status))
          throw new PagerDutyError(status, `PagerDuty GET ${path} failed with ${status}${hint(status)}.`);
      } catch (error2) {
        if (error2 instanceof PagerDutyError) throw error2;
        const name = error2?.name;
        reason = name === "TimeoutError" || name === "AbortError" ? `no answer within ${timeoutMs} ms` : "connection failed";
      }
      if (attempt > maxRetries)
        throw new PagerDutyError(status, `PagerDuty GET ${path} failed after ${attempt} attempt(s): ${reason}.`);
      const delay = retryAfter ?? Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
      options.onRetry?.(`tailpolicy: retrying PagerDuty GET ${path} in ${delay} ms (${reason})`);
      await sleep(delay);
    }
  }
  return {
    async onCallAt(schedules, at2) {
      if (schedules.length === 0) return [];
      const out = [];
      const since = new Date(at2.getTime()).toISOString();
      const until = new Date(at2.getTime() + 1e3).toISOString();
      for (let page = 0, offset = 0; ; page++) {
        if (page >= MAX_PAGES)
          throw new PagerDutyError(200, `PagerDuty GET /oncalls kept paginating past ${MAX_PAGES * PAGE} entries.`);
        const query = new URLSearchParams();
        for (const s of schedules) query.append("schedule_ids[]", s);
        query.set("since", since);
        query.set("until", until);
        query.append("include[]", "users");
        query.set("limit", String(PAGE));
        query.set("offset", String(offset));
        const body = await get("/oncalls", query);
        const { entries, more } = parseOnCalls(body);
        out.push(...entries.filter((e) => schedules.includes(e.schedule) && covers(e, at2)));
        if (!more || entries.length === 0) return out;
        offset += entries.length;
      }
    }
  };
}
function covers(entry, at2) {
  const t = at2.getTime();
  return (entry.start === null || entry.start.getTime() <= t) && (entry.end === null || t < entry.end.getTime());
}
function parseOnCalls(body) {
  const bad = (what2) => new PagerDutyError(200, `PagerDuty GET /oncalls answered an unexpected body: ${what2}.`);
  if (typeof body !== "object" || body === null || !Array.isArray(body.oncalls))
    throw bad('no "oncalls" list');
  const { oncalls, more } = body;
  const entries = [];
  for (const raw of oncalls) {
    const o = typeof raw === "object" && raw !== null ? raw : {};
    const schedule = o.schedule?.id;
    if (typeof schedule !== "string") continue;
    const user = o.user ?? {};
    if (typeof user.email !== "string") throw bad("an on-call entry without its user's email (include[]=users)");
    const time2 = (v) => {
      if (v === null || v === void 0) return null;
      const d = typeof v === "string" ? new Date(v) : /* @__PURE__ */ new Date(NaN);
      if (Number.isNaN(d.getTime())) throw bad(`a time that is not a time (${JSON.stringify(v).slice(0, 40)})`);
      return d;
    };
    entries.push({
      schedule,
      email: user.email,
      ...typeof user.name === "string" ? { name: user.name } : {},
      start: time2(o.start),
      end: time2(o.end)
    });
  }
  return { entries, more: more === true };
}
function hint(status) {
  if (status === 401) return ": the PagerDuty token is not valid (give a REST API key as pagerduty-token)";
  if (status === 403) return ": the PagerDuty token may not read on-calls (a read-only REST API key can)";
  if (status === 400) return ": PagerDuty refused the query (check the schedule ids in access.yaml)";
  return "";
}
function parseRetryAfter(value) {
  if (value === null || !/^\d+$/.test(value.trim())) return void 0;
  return Math.min(Number(value.trim()) * 1e3, RETRY_AFTER_CAP_MS);
}
var PagerDutyError, RETRYABLE, BACKOFF_BASE_MS, BACKOFF_CAP_MS, RETRY_AFTER_CAP_MS, PAGE, MAX_PAGES;
var init_pagerduty_client = __esm({
  "src/pagerduty/pagerduty-client.ts"() {
    "use strict";
    init_errors();
    PagerDutyError = class extends ExternalError {
      constructor(status, message) {
        super(message);
        this.status = status;
      }
      status;
      name = "PagerDutyError";
    };
    RETRYABLE = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
    BACKOFF_BASE_MS = 500;
    BACKOFF_CAP_MS = 8e3;
    RETRY_AFTER_CAP_MS = 3e4;
    PAGE = 100;
    MAX_PAGES = 50;
  }
});

// src/audit/pagerduty.ts
async function askOnCall(client, questions) {
  const facts = /* @__PURE__ */ new Map();
  let failed2 = client ? void 0 : "no PagerDuty token";
  for (const [i, q] of questions.entries()) {
    const key2 = onCallKey(q.requester, q.schedules, q.at);
    if (facts.has(key2)) continue;
    if (!failed2 && i >= MAX_ON_CALL_QUESTIONS)
      failed2 = `not asked (more than ${MAX_ON_CALL_QUESTIONS} on-call questions in one audit; narrow it with --since)`;
    if (failed2) {
      facts.set(key2, { unknown: failed2 });
      continue;
    }
    try {
      const onCalls = (await client.onCallAt(q.schedules, q.at)).filter(
        (o) => o.email.toLowerCase() === q.requester.toLowerCase()
      );
      facts.set(
        key2,
        onCalls[0] ? { schedule: onCalls[0].schedule } : {
          why: `${q.requester} was not on call on schedule ${q.schedules.join(" or ")} at the merge, per PagerDuty`
        }
      );
    } catch (error2) {
      if (!(error2 instanceof PagerDutyError)) throw error2;
      failed2 = `PagerDuty cannot be asked: ${error2.message}`;
      facts.set(key2, { unknown: failed2 });
    }
  }
  return facts;
}
var MAX_ON_CALL_QUESTIONS;
var init_pagerduty = __esm({
  "src/audit/pagerduty.ts"() {
    "use strict";
    init_pagerduty_client();
    init_approval_evidence();
    MAX_ON_CALL_QUESTIONS = 200;
  }
});

// src/audit/index.ts
async function runAudit(opts) {
  const history = await readGrantHistory(opts.root, { grantsDir: opts.grantsDir, ref: opts.ref, env: opts.env });
  const commits = history.commits.filter((c) => c.committedAt.getTime() <= opts.now.getTime());
  let lookups;
  if (opts.github) {
    const offline = grantEvents(commits, { now: opts.now });
    const eventCommits = new Set(offline.map((e) => e.commit.sha));
    const removalCommits = offline.flatMap((e) => e.removal ? [e.removal.commit.sha] : []);
    const found = await lookUpPulls(opts.github, [...eventCommits, ...removalCommits], eventCommits);
    const policies = /* @__PURE__ */ new Map();
    for (const commit of commits) {
      if (!eventCommits.has(commit.sha) || !found.pulls.get(commit.sha)) continue;
      const base = baseOf(commit);
      if (!policies.has(base)) {
        policies.set(
          base,
          commitRules(opts.policyDir, await readPolicyDirsAt(opts.root, base, opts.policyDir, opts.env))
        );
      }
    }
    const reviewRules = await readRulesAsOf(
      opts.root,
      history.head,
      opts.policyDir,
      [...found.breakGlass.values()].flatMap(
        (cs) => cs.filter((c) => !c.body.includes(REPLY_MARKER) && reviewCommand(c.body)).map((c) => c.createdAt)
      ),
      opts.env
    );
    const teams = [
      ...new Set(
        [...policies.values(), ...[...reviewRules.values()].flatMap((r) => "access" in r ? [r] : [])].flatMap(
          (p) => teamsOf(p.access)
        )
      )
    ];
    const reviewers = [
      ...[...found.reviews.values()].flatMap((rs) => rs.filter((r) => r.state === "APPROVED").map((r) => r.user)),
      ...[...found.breakGlass.values()].flatMap((cs) => cs.map((c) => c.user))
    ];
    let members;
    try {
      members = await readTeamMembers(opts.github, teams, reviewers);
    } catch (error2) {
      if (!(error2 instanceof GitHubApiError)) throw error2;
      throw new ExternalError(`Could not read team membership from GitHub: ${error2.message}`, { cause: error2 });
    }
    lookups = {
      pulls: found.pulls,
      reviews: found.reviews,
      policies,
      teams: members,
      breakGlass: found.breakGlass,
      reviewRules
    };
    const questions = onCallQuestions(commits, lookups, opts.now);
    if (questions.length) lookups = { ...lookups, onCall: await askOnCall(opts.pagerduty, questions) };
  }
  const events = grantEvents(commits, { now: opts.now, ...lookups ? { lookups } : {} });
  const report = auditReport(events, {
    now: opts.now,
    since: opts.since,
    until: opts.until,
    at: opts.at,
    lookedUp: lookups !== void 0
  });
  const meta = {
    repository: opts.repository,
    head: history.head,
    grantsDir: opts.grantsDir,
    ...opts.target ? { target: opts.target.name, tailnet: opts.target.tailnet } : {}
  };
  const evidence = await tailnetEvidence(opts, commits, events);
  return { report, meta, ...evidence ? { evidence } : {} };
}
function onCallQuestions(commits, lookups, now) {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const out = [];
  for (const e of grantEvents(commits, { now, lookups })) {
    const commit = bySha.get(e.commit.sha);
    if (e.approval.status !== "not verifiable" || e.pr.kind !== "found" || !e.grant || !commit) continue;
    const rules = lookups.policies.get(baseOf(commit));
    const at2 = e.pr.pull.mergedAt ? new Date(e.pr.pull.mergedAt) : void 0;
    const question = rules && at2 ? onCallQuestion(e.grant, rules.access, e.pr.pull.author, at2) : void 0;
    if (question && "requester" in question && at2) out.push({ ...question, at: at2 });
  }
  return out;
}
async function tailnetEvidence(opts, commits, events) {
  if (!opts.tailscale && !opts.evidence) return void 0;
  const to = opts.until && opts.until.getTime() < opts.now.getTime() ? opts.until : opts.now;
  const history = await readPolicyVersions(opts.root, {
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    ref: opts.ref,
    since: opts.since,
    until: to,
    env: opts.env,
    grantCommits: commits
  });
  const from = opts.since ?? history.versions[0]?.at ?? to;
  const limits = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (!e.grant) continue;
    const all = history.versions;
    const i = all.findLastIndex((v) => v.at.getTime() <= e.commit.at.getTime());
    const access3 = history.states[i]?.access;
    const rules = e.grant.resource ? access3?.resources.get(e.grant.resource) : access3?.inline;
    limits.set(e, rules?.maxDurationMs);
  }
  const evidence = { from, to, versions: history.versions, notes: [], limits };
  if (!opts.tailscale) {
    evidence.notes.push(
      "No Tailscale credentials: the configuration log, revocation latency and use of access were not read (scopes logs:configuration:read, logs:network:read, devices:core:read)."
    );
    return evidence;
  }
  const period = opts.schedulePeriodMs ?? HOUR2;
  const log = await opts.tailscale.listConfigurationLogs(new Date(from.getTime() - period), to);
  evidence.reconciliation = reconcile(log, history, expiringGrants(events, from, to), {
    schedulePeriodMs: period,
    end: to
  });
  try {
    const [flows, devices] = await Promise.all([
      opts.tailscale.listNetworkLogs(from, to),
      opts.tailscale.listDevices()
    ]);
    evidence.usage = useOfAccess(grantWindows(events, history, from, to), flows, devices);
  } catch (e) {
    if (!(e instanceof TailscaleApiError)) throw e;
    evidence.usageNote = `Network flow logs could not be read (${e.message}); use of access is not shown.`;
  }
  return evidence;
}
function expiringGrants(events, from, to) {
  return events.filter((e) => e.grant && e.expiredAt && e.expiredAt >= from && e.expiredAt < to).map((e) => ({
    path: e.path,
    grantees: e.grant.grantees,
    resource: e.grant.resource ?? "inline rules",
    expires: e.expiredAt
  }));
}
function grantWindows(events, history, from, to) {
  const byGrant = /* @__PURE__ */ new Map();
  for (const w of versionWindows(events, history, from, to)) {
    const prior = byGrant.get(w.grantId);
    if (!prior) byGrant.set(w.grantId, w);
    else
      byGrant.set(w.grantId, {
        ...w,
        from: prior.from < w.from ? prior.from : w.from,
        to: prior.to > w.to ? prior.to : w.to,
        users: [.../* @__PURE__ */ new Set([...prior.users, ...w.users])]
      });
  }
  return [...byGrant.values()];
}
function versionWindows(events, history, from, to) {
  const out = [];
  for (const e of events) {
    if (!e.grant || !e.becameActiveAt) continue;
    const ends = [e.grant.expires, e.supersededAt, e.removal?.commit.at, to].filter((d) => !!d);
    const end = new Date(Math.min(...ends.map((d) => d.getTime())));
    const start = new Date(Math.max(e.becameActiveAt.getTime(), from.getTime()));
    if (start >= end) continue;
    const i = history.versions.findLastIndex((v) => v.at.getTime() <= start.getTime());
    const state = history.states[Math.max(0, i)];
    const resource = e.grant.resource ? state?.access.resources.get(e.grant.resource) : void 0;
    if (!state || !resource) continue;
    const groups = groupMembers(state.policy);
    const users = e.grant.grantees.flatMap((g) => g.startsWith("group:") ? groups.get(g) ?? [] : [g]);
    out.push({
      grantId: e.grantId,
      path: e.path,
      grantees: e.grant.grantees,
      users: [...new Set(users)],
      resource,
      from: start,
      to: end,
      policy: state.policy
    });
  }
  return out;
}
async function writeEvidencePack(dir, run2) {
  if (!run2.evidence) throw new Error("writeEvidencePack needs the evidence of a period (runAudit with since)");
  const pack = buildPack({ report: run2.report, evidence: run2.evidence, meta: run2.meta, limits: run2.evidence.limits });
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const files = { markdown: (0, import_node_path4.join)(dir, "evidence.md"), html: (0, import_node_path4.join)(dir, "evidence.html") };
  await (0, import_promises.writeFile)(files.markdown, renderPackMarkdown(pack));
  await (0, import_promises.writeFile)(files.html, renderPackHtml(pack));
  return files;
}
async function writeAuditFiles(dir, run2) {
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const files = { csv: (0, import_node_path4.join)(dir, "audit.csv"), json: (0, import_node_path4.join)(dir, "audit.json"), markdown: (0, import_node_path4.join)(dir, "audit.md") };
  await (0, import_promises.writeFile)(files.csv, renderCsv(run2.report, run2.meta));
  await (0, import_promises.writeFile)(files.json, renderJson(run2.report, run2.meta));
  await (0, import_promises.writeFile)(files.markdown, renderMarkdown(run2.report, run2.meta));
  return files;
}
var import_promises, import_node_path4, HOUR2;
var init_audit = __esm({
  "src/audit/index.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path4 = require("node:path");
    init_approvals();
    init_git_history();
    init_github();
    init_history();
    init_formats();
    init_report();
    init_tailscale_errors();
    init_versions();
    init_tailnet();
    init_usage();
    init_access();
    init_team_members();
    init_errors();
    init_github_errors();
    init_pack();
    init_auto_approve();
    init_break_glass_review();
    init_rules_as_of();
    init_pagerduty();
    init_formats();
    init_report();
    init_history();
    HOUR2 = 36e5;
  }
});

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL;
var init_proxy = __esm({
  "node_modules/@actions/http-client/lib/proxy.js"() {
    DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// src/tailscale/http-fetch.ts
function failed(cause) {
  return Object.assign(new TypeError("fetch failed"), { cause });
}
function hasHeader(headers, name) {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}
function exchange(url, method, headers, body, signal, onSent) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const send = url.protocol === "https:" ? builtin("node:https").request : url.protocol === "http:" ? import_node_http.request : void 0;
    if (!send) return reject(failed(new Error(`unsupported protocol ${url.protocol}`)));
    let settled = false;
    const finish = (e, value) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (e === void 0) resolve(value);
      else reject(e);
    };
    const onAbort = () => {
      finish(signal.reason);
      req.destroy();
    };
    const req = send(url, { method, headers }, (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (c) => {
        size += c.length;
        if (size > MAX_RESPONSE_BYTES) {
          const e = new Error(`the answer is larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MiB`);
          finish(failed(Object.assign(e, { code: "ERESPONSETOOLARGE" })));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      res.on("end", () => finish(void 0, { res, body: Buffer.concat(chunks) }));
      res.on("error", (e) => finish(failed(e)));
      res.on("aborted", () => finish(failed(Object.assign(new Error("other side closed"), { code: "ECONNRESET" }))));
    });
    req.on("error", (e) => finish(failed(e)));
    if (onSent) req.once("finish", onSent);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.end(body);
  });
}
function decoded(data, encoding) {
  const codings = (encoding ?? "").split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return data;
  const zlib = builtin("node:zlib");
  const opts = { maxOutputLength: MAX_RESPONSE_BYTES };
  let out = data;
  for (const coding of codings.reverse()) {
    try {
      if (coding === "gzip" || coding === "x-gzip") out = zlib.gunzipSync(out, opts);
      else if (coding === "deflate")
        out = out[0] % 16 === 8 ? zlib.inflateSync(out, opts) : zlib.inflateRawSync(out, opts);
      else if (coding === "br") out = zlib.brotliDecompressSync(out, opts);
      else
        throw Object.assign(new Error(`the answer is in a content coding tailpolicy cannot read: ${coding}`), {
          code: "EUNKNOWNCODING"
        });
    } catch (e) {
      throw failed(e);
    }
  }
  return out;
}
async function httpFetch(input, init = {}) {
  let url = new URL(String(input));
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body ?? void 0;
  let headers = { ...init.headers ?? {} };
  if (!hasHeader(headers, "accept")) headers.accept = "*/*";
  if (!hasHeader(headers, "accept-encoding")) headers["accept-encoding"] = "identity";
  if (body !== void 0 && !hasHeader(headers, "content-type")) headers["content-type"] = "text/plain;charset=UTF-8";
  for (let redirects = 0; ; redirects++) {
    const { res, body: data } = await exchange(
      url,
      method,
      headers,
      body,
      init.signal,
      redirects === 0 ? init.onSent : void 0
    );
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && location) {
      if (redirects >= MAX_REDIRECTS) throw failed(new Error("redirect count exceeded"));
      const next = new URL(location, url);
      if (status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        headers = Object.fromEntries(
          Object.entries(headers).filter(([k]) => !/^content-(type|length|encoding|language|location)$/i.test(k))
        );
      }
      if (next.origin !== url.origin)
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)));
      url = next;
      continue;
    }
    const text2 = decoder.decode(decoded(data, res.headers["content-encoding"]));
    return {
      status,
      statusText: res.statusMessage ?? "",
      ok: status >= 200 && status < 300,
      url: url.href,
      headers: new ResponseHeaders(res.rawHeaders),
      text: () => Promise.resolve(text2)
    };
  }
}
function defaultFetch(env = process.env) {
  const proxied = /^(1|true)$/i.test(env.NODE_USE_ENV_PROXY ?? "") || /--use-env-proxy/.test(env.NODE_OPTIONS ?? "");
  return proxied ? globalThis.fetch : httpFetch;
}
var import_node_http, MAX_RESPONSE_BYTES, ResponseHeaders, MAX_REDIRECTS, decoder;
var init_http_fetch = __esm({
  "src/tailscale/http-fetch.ts"() {
    "use strict";
    import_node_http = require("node:http");
    init_builtin();
    MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
    ResponseHeaders = class {
      map = /* @__PURE__ */ new Map();
      constructor(raw) {
        for (let i = 0; i + 1 < raw.length; i += 2) {
          const name = raw[i].toLowerCase();
          const had = this.map.get(name);
          this.map.set(name, had === void 0 ? raw[i + 1] : `${had}, ${raw[i + 1]}`);
        }
      }
      get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
      }
      has(name) {
        return this.map.has(name.toLowerCase());
      }
      *entries() {
        yield* [...this.map.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      forEach(fn) {
        for (const [name, value] of this.entries()) fn(value, name);
      }
    };
    MAX_REDIRECTS = 20;
    decoder = new TextDecoder();
  }
});

// src/github/retry.ts
function retryDelay(error2, method, attempt, options) {
  if (attempt >= options.retries) return void 0;
  const { status, response } = error2 ?? {};
  const headers = response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  const rateLimited = response !== void 0 && (status === 429 || status === 403 && (retryAfter !== void 0 || String(headers["x-ratelimit-remaining"]) === "0"));
  const backoff = options.minDelayMs * 2 ** attempt;
  if (rateLimited) {
    const resetAt = Number(headers["x-ratelimit-reset"]) * 1e3;
    const wait = retryAfter === void 0 ? Number.isFinite(resetAt) ? resetAt - Date.now() : backoff : /^\d+$/.test(String(retryAfter)) ? Number(retryAfter) * 1e3 : Date.parse(String(retryAfter)) - Date.now();
    if (!Number.isFinite(wait) || wait > options.maxRetryAfterMs) return void 0;
    return Math.max(wait, 0);
  }
  const transient = response === void 0 || status !== void 0 && status >= 500;
  return transient && method !== "POST" ? backoff : void 0;
}
function withRetries(options = {}, deadline2 = {}) {
  const settings = {
    retries: options.retries ?? 3,
    minDelayMs: options.minDelayMs ?? 1e3,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 6e4,
    timeoutMs: options.timeoutMs ?? 3e4
  };
  return async (request, requestOptions) => {
    const left = () => deadline2.at === void 0 ? Infinity : deadline2.at - Date.now();
    const what2 = () => deadline2.what ?? "the time allowed for GitHub";
    for (let attempt = 0; ; attempt++) {
      if (left() <= 0) throw new DeadlineError(what2());
      try {
        const timeout = Math.max(1, Math.min(settings.timeoutMs, left()));
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeout) };
        return await request(requestOptions);
      } catch (error2) {
        const delay = retryDelay(error2, requestOptions.method, attempt, settings);
        if (delay === void 0) throw left() <= 0 ? new DeadlineError(what2()) : error2;
        if (delay >= left()) throw error2;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
var DeadlineError;
var init_retry = __esm({
  "src/github/retry.ts"() {
    "use strict";
    DeadlineError = class extends Error {
      constructor(what2) {
        super(`not sent: ${what2} ran out`);
        this.name = "DeadlineError";
      }
    };
  }
});

// lazy-kit:@actions/http-client
var require_http_client = __commonJS({
  "lazy-kit:@actions/http-client"(exports2, module2) {
    module2.exports = require_tailpolicy_kit().httpClient;
  }
});

// lazy-kit:undici
var require_undici = __commonJS({
  "lazy-kit:undici"(exports2, module2) {
    module2.exports = require_tailpolicy_kit().undici;
  }
});

// src/github/api-request.ts
function graphqlUrl(apiUrl) {
  return `${apiUrl.replace(/\/+$/, "").replace(/\/api\/v3$/, "/api")}/graphql`;
}
async function proxyAwareFetch(url) {
  if (!getProxyUrl(new URL(url))?.hostname) return defaultFetch();
  const [{ HttpClient }, undici] = await Promise.all([Promise.resolve().then(() => __toESM(require_http_client(), 1)), Promise.resolve().then(() => __toESM(require_undici(), 1))]);
  const dispatcher = new HttpClient().getAgentDispatcher(url);
  return (input, init) => undici.fetch(input, {
    ...init,
    dispatcher
  });
}
function apiRequester(options) {
  const base = options.apiUrl.replace(/\/+$/, "");
  let sender;
  const retrying = withRetries(options.retry, options.deadline);
  return (method, url, body, sent) => {
    const full = /^https?:\/\//.test(url) ? url : `${base}${url}`;
    let onSent = sent;
    const told = () => {
      const call = onSent;
      onSent = void 0;
      call?.();
    };
    const attempt = async (o) => {
      let response;
      try {
        sender ??= options.fetch ? Promise.resolve(options.fetch) : proxyAwareFetch(base);
        response = await (await sender)(full, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `token ${options.token}`,
            "user-agent": "tailpolicy",
            "x-github-api-version": "2022-11-28",
            ...body !== void 0 && { "content-type": "application/json; charset=utf-8" }
          },
          ...body !== void 0 && { body: JSON.stringify(body) },
          ...o.request?.signal && { signal: o.request.signal },
          ...onSent && { onSent: told }
        });
      } catch (error2) {
        told();
        const e = error2;
        const why = e.name === "TypeError" && e.cause instanceof Error ? e.cause.message : e.message;
        throw new ApiRequestError(why, 500, { method, url: full });
      }
      told();
      const text2 = await response.text();
      let data = text2;
      if (/json/i.test(response.headers.get("content-type") ?? "") && text2) {
        try {
          data = JSON.parse(text2);
        } catch {
        }
      }
      if (response.status >= 400) {
        const headers = Object.fromEntries(response.headers);
        const message = typeof data === "object" && data && "message" in data ? String(data.message) : text2;
        throw new ApiRequestError(
          message,
          response.status,
          { method, url: full },
          {
            status: response.status,
            headers,
            data
          }
        );
      }
      return { status: response.status, data: text2 === "" ? void 0 : data, headers: response.headers };
    };
    return retrying(attempt, { method, request: {} });
  };
}
function nextPage(headers) {
  return /<([^>]+)>;\s*rel="next"/.exec(headers.get("link") ?? "")?.[1];
}
async function listAll(request, path) {
  const out = [];
  let url = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
  while (url) {
    const page = await request("GET", url);
    out.push(...page.data);
    url = nextPage(page.headers);
  }
  return out;
}
var ApiRequestError;
var init_api_request = __esm({
  "src/github/api-request.ts"() {
    "use strict";
    init_proxy();
    init_http_fetch();
    init_retry();
    ApiRequestError = class extends Error {
      constructor(message, status, request, response) {
        super(message);
        this.status = status;
        this.request = request;
        this.response = response;
      }
      status;
      request;
      response;
      name = "HttpError";
    };
  }
});

// src/github/approval-facts.ts
function approvalFactsQuery(shas) {
  const commits = shas.map((sha, i) => {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`not a commit id: ${sha}`);
    return `    c${i}: object(oid: "${sha}") { ... on Commit { associatedPullRequests(first: ${FACTS_FIRST.pulls}) { pageInfo { hasNextPage } nodes { ...PullFacts } } } }`;
  });
  return [
    "query ApprovalFacts($owner: String!, $name: String!) {",
    "  repository(owner: $owner, name: $name) {",
    "    defaultBranchRef { name target { oid } }",
    ...commits,
    "  }",
    "}",
    PULL_FIELDS
  ].join("\n");
}
function need(ok, value, what2) {
  if (!ok) throw new ShapeError(`unexpected GraphQL answer: ${what2}`);
  return value;
}
function whole(o, k) {
  const c = obj(o, k);
  if (obj(c, "pageInfo").hasNextPage !== false) return void 0;
  const nodes = need(Array.isArray(c.nodes), c.nodes, `${k}.nodes`);
  return nodes.map((n) => need(isObj(n), n, `${k}.nodes[]`));
}
function login(actor) {
  if (!actor) return null;
  const name = str2(actor, "login");
  return actor.__typename === "Bot" ? `${name}[bot]` : name;
}
function toReview(r) {
  const commit = objOrNull(r, "commit");
  return {
    id: need(typeof r.databaseId === "number", r.databaseId, "databaseId"),
    user: login(objOrNull(r, "author")),
    state: str2(r, "state"),
    commitId: commit ? str2(commit, "oid") : null,
    submittedAt: strOrNull(r, "submittedAt")
  };
}
function toPull(p, labels) {
  const state = str2(p, "state");
  const body = str2(p, "body");
  const mergeCommit = objOrNull(p, "mergeCommit");
  return {
    number: need(typeof p.number === "number", p.number, "number"),
    htmlUrl: str2(p, "url"),
    state: state === "OPEN" ? "open" : "closed",
    title: str2(p, "title"),
    // REST says null for a pull request without a description.
    body: body === "" ? null : body,
    author: login(objOrNull(p, "author")),
    draft: need(typeof p.isDraft === "boolean", p.isDraft, "isDraft"),
    headRef: str2(p, "headRefName"),
    headSha: str2(p, "headRefOid"),
    baseRef: str2(p, "baseRefName"),
    baseSha: str2(p, "baseRefOid"),
    merged: need(typeof p.merged === "boolean", p.merged, "merged"),
    mergedAt: strOrNull(p, "mergedAt"),
    mergeCommitSha: mergeCommit ? str2(mergeCommit, "oid") : null,
    createdAt: str2(p, "createdAt"),
    labels: labels.map((l) => str2(l, "name")).filter(Boolean)
  };
}
function readApprovalFacts(answer, shas, facts) {
  const top = need(isObj(answer), answer, "not an object");
  if (top.errors !== void 0) {
    const first = Array.isArray(top.errors) && isObj(top.errors[0]) ? top.errors[0].message : void 0;
    throw new ShapeError(`GraphQL error: ${typeof first === "string" ? first : "unknown"}`);
  }
  const repository = obj(obj(top, "data"), "repository");
  const ref = objOrNull(repository, "defaultBranchRef");
  if (ref) {
    facts.defaultBranch = str2(ref, "name");
    const target = objOrNull(ref, "target");
    if (target) facts.defaultBranchHead = str2(target, "oid");
  }
  const pulls = [];
  const reviews = [];
  shas.forEach((sha, i) => {
    const commit = objOrNull(repository, `c${i}`);
    if (!commit) return;
    const nodes = whole(commit, "associatedPullRequests");
    if (!nodes) return;
    const list2 = [];
    for (const p of nodes) {
      const labels = whole(p, "labels");
      if (!labels) return;
      list2.push(toPull(p, labels));
      const given = whole(p, "reviews");
      if (given) reviews.push([list2.at(-1).number, given.map(toReview)]);
    }
    pulls.push([sha, list2]);
  });
  for (const [sha, list2] of pulls) facts.pullsOf.set(sha, list2);
  for (const [n, list2] of reviews) facts.reviewsOf.set(n, list2);
}
var FACTS_FIRST, PULL_FIELDS, ShapeError, isObj, str2, strOrNull, obj, objOrNull;
var init_approval_facts = __esm({
  "src/github/approval-facts.ts"() {
    "use strict";
    FACTS_FIRST = { pulls: 10, labels: 20, reviews: 50 };
    PULL_FIELDS = `fragment PullFacts on PullRequest {
  number url state title body isDraft createdAt
  author { __typename login }
  headRefName headRefOid baseRefName baseRefOid
  merged mergedAt mergeCommit { oid }
  labels(first: ${FACTS_FIRST.labels}) { pageInfo { hasNextPage } nodes { name } }
  reviews(first: ${FACTS_FIRST.reviews}) {
    pageInfo { hasNextPage }
    nodes { databaseId state submittedAt author { __typename login } commit { oid } }
  }
}`;
    ShapeError = class extends Error {
    };
    isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    str2 = (o, k) => need(typeof o[k] === "string", o[k], k);
    strOrNull = (o, k) => need(typeof o[k] === "string" || o[k] === null, o[k], k);
    obj = (o, k) => need(isObj(o[k]), o[k], k);
    objOrNull = (o, k) => need(isObj(o[k]) || o[k] === null, o[k], k);
  }
});

// lazy-kit:@actions/github
var require_github = __commonJS({
  "lazy-kit:@actions/github"(exports2, module2) {
    module2.exports = require_tailpolicy_kit().github;
  }
});

// src/github/github-client.ts
function teamUnreadable(error2, org, slug) {
  return new GitHubApiError(
    error2.status,
    error2.method,
    error2.route,
    `${error2.githubMessage}. The token cannot read the team ${org}/${slug} (team:${org}/${slug} in access.yaml): either it does not exist, or the token lacks the organization permission "members: read". The workflow's GITHUB_TOKEN cannot read teams; pass a GitHub App or fine-grained token with Members: read on ${org} as github-token, or name the approvers in access.yaml instead.`
  );
}
function toIssue(data) {
  return {
    number: data.number,
    htmlUrl: data.html_url,
    state: data.state === "open" ? "open" : "closed",
    title: data.title,
    body: data.body ?? null,
    author: data.user?.login ?? null,
    labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    isPull: data.pull_request !== void 0 && data.pull_request !== null
  };
}
function toPullRequest(pull) {
  return {
    number: pull.number,
    htmlUrl: pull.html_url,
    state: pull.state === "open" ? "open" : "closed",
    title: pull.title,
    body: pull.body,
    author: pull.user?.login ?? null,
    draft: pull.draft ?? false,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    merged: pull.merged ?? pull.merged_at !== null,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    createdAt: pull.created_at,
    labels: (pull.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean)
  };
}
function createGitHubClient(options) {
  const { token, owner, repo } = options;
  const dryRun = options.dryRun ?? false;
  const deadline2 = {};
  let kit;
  const octokit = () => kit ??= Promise.resolve().then(() => __toESM(require_github(), 1)).then(({ getOctokit }) => {
    const o = getOctokit(token, {
      baseUrl: options.apiUrl.replace(/\/+$/, ""),
      ...options.fetch && { request: { fetch: options.fetch } }
    });
    o.hook.wrap("request", withRetries(options.retry, deadline2));
    return o;
  });
  const request = apiRequester({
    token,
    apiUrl: options.apiUrl,
    deadline: deadline2,
    ...options.fetch && { fetch: options.fetch },
    ...options.retry && { retry: options.retry }
  });
  const repoPath2 = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  async function read(route, params, fn) {
    try {
      return await fn();
    } catch (error2) {
      throw toGitHubApiError(error2, { method: "GET", route: expand(route, params) }, [token]);
    }
  }
  const repoParams = { owner, repo };
  const planned = [];
  const expand = (route, params) => route.replace(/\{(\w+)\}/g, (_, name) => String({ ...repoParams, ...params }[name]));
  async function call(method, route, params, fn) {
    try {
      return await fn(await octokit());
    } catch (error2) {
      throw toGitHubApiError(error2, { method, route: expand(route, params) }, [token]);
    }
  }
  async function readOptional(route, params, fn) {
    try {
      return await call("GET", route, params, fn);
    } catch (error2) {
      if (error2 instanceof GitHubApiError && error2.status === 404) return void 0;
      throw error2;
    }
  }
  async function write(method, route, params, body, dry) {
    if (dryRun) {
      planned.push({ method, route: expand(route, params), ...body && { body } });
      return dry;
    }
    return call(method, route, params, async (octokit2) => {
      const response = await octokit2.request(`${method} ${route}`, { ...repoParams, ...params, ...body });
      return response.data;
    });
  }
  async function getBranchSha(branch) {
    const ref = `heads/${branch}`;
    try {
      const { data } = await read(
        "/repos/{owner}/{repo}/git/ref/{ref}",
        { ref },
        () => request("GET", `${repoPath2}/git/ref/${encodeURIComponent(ref)}`)
      );
      return data.object.sha;
    } catch (error2) {
      if (error2 instanceof GitHubApiError && error2.status === 404) return void 0;
      throw error2;
    }
  }
  const memberships = /* @__PURE__ */ new Map();
  async function readMembership(org, slug, username) {
    const route = "/orgs/{org}/teams/{team_slug}/memberships/{username}";
    const params = { org, team_slug: slug, username };
    try {
      const { data } = await call(
        "GET",
        route,
        params,
        (octokit2) => octokit2.rest.teams.getMembershipForUserInOrg(params)
      );
      return data.state === "active";
    } catch (error2) {
      if (!(error2 instanceof GitHubApiError) || error2.status !== 404 && error2.status !== 403) throw error2;
      if (error2.status === 404 && await teamVisible(org, slug)) return false;
      throw teamUnreadable(error2, org, slug);
    }
  }
  const visibleTeams = /* @__PURE__ */ new Map();
  function teamVisible(org, slug) {
    const key2 = `${org}/${slug}`.toLowerCase();
    let seen = visibleTeams.get(key2);
    if (!seen) {
      const params = { org, team_slug: slug };
      seen = call(
        "GET",
        "/orgs/{org}/teams/{team_slug}",
        params,
        (octokit2) => octokit2.rest.teams.getByName(params)
      ).then(
        () => true,
        (error2) => {
          if (error2 instanceof GitHubApiError && (error2.status === 404 || error2.status === 403)) return false;
          throw error2;
        }
      );
      visibleTeams.set(key2, seen);
    }
    return seen;
  }
  async function updatePull(number, update) {
    await write("PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: number }, update, void 0);
  }
  let defaultBranch;
  let answeredHead;
  function getDefaultBranch() {
    defaultBranch ??= read(
      "/repos/{owner}/{repo}",
      {},
      () => request("GET", repoPath2)
    ).then(
      ({ data }) => data.default_branch,
      (e) => {
        defaultBranch = void 0;
        throw e;
      }
    );
    return defaultBranch;
  }
  return {
    dryRun,
    getDefaultBranch,
    async getPull(number) {
      const { data } = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}",
        { pull_number: number },
        () => request("GET", `${repoPath2}/pulls/${number}`)
      );
      return toPullRequest(data);
    },
    async listPullFiles(number) {
      const files = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}/files",
        { pull_number: number },
        () => listAll(request, `${repoPath2}/pulls/${number}/files`)
      );
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...f.previous_filename !== void 0 && { previousFilename: f.previous_filename },
        ...f.status !== "removed" && typeof f.sha === "string" && f.sha && { sha: f.sha }
      }));
    },
    async listReviews(number) {
      const reviews = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        { pull_number: number },
        () => listAll(request, `${repoPath2}/pulls/${number}/reviews`)
      );
      return reviews.map((r) => ({
        id: r.id,
        user: r.user?.login ?? null,
        state: r.state,
        commitId: r.commit_id,
        submittedAt: r.submitted_at ?? null
      }));
    },
    async listPullsForCommit(sha) {
      const pulls = await read(
        "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        { commit_sha: sha },
        () => listAll(request, `${repoPath2}/commits/${encodeURIComponent(sha)}/pulls`)
      );
      return pulls.map(toPullRequest);
    },
    async approvalFacts(shas, sent) {
      const facts = { pullsOf: /* @__PURE__ */ new Map(), reviewsOf: /* @__PURE__ */ new Map() };
      try {
        for (let i = 0; i < shas.length || i === 0; i += APPROVAL_FACTS_BATCH) {
          const batch = shas.slice(i, i + APPROVAL_FACTS_BATCH);
          const { data } = await request(
            "POST",
            graphqlUrl(options.apiUrl),
            { query: approvalFactsQuery(batch), variables: { owner, name: repo } },
            i === 0 ? sent : void 0
          );
          readApprovalFacts(data, batch, facts);
        }
      } catch {
        return void 0;
      }
      if (facts.defaultBranch) defaultBranch ??= Promise.resolve(facts.defaultBranch);
      if (facts.defaultBranch && facts.defaultBranchHead)
        answeredHead ??= { branch: facts.defaultBranch, sha: facts.defaultBranchHead };
      return facts;
    },
    async listCommitsForPath(path, { sha } = {}) {
      const commits = await call(
        "GET",
        "/repos/{owner}/{repo}/commits",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.repos.listCommits, { ...repoParams, path, ...sha && { sha }, per_page: 100 })
      );
      return commits.map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        authorName: c.commit.author?.name ?? "",
        authorEmail: c.commit.author?.email ?? "",
        authorDate: c.commit.author?.date ?? "",
        committerDate: c.commit.committer?.date ?? "",
        authorLogin: c.author && "login" in c.author ? c.author.login : null,
        parents: c.parents.map((p) => p.sha)
      }));
    },
    async getFileAt(path, ref) {
      const data = await readOptional(
        "/repos/{owner}/{repo}/contents/{path}",
        { path },
        async (octokit2) => (await octokit2.rest.repos.getContent({ ...repoParams, path, ref })).data
      );
      if (data === void 0 || Array.isArray(data) || data.type !== "file") return void 0;
      if (data.encoding === "base64") return Buffer.from(data.content, "base64").toString("utf8");
      const params = { file_sha: data.sha };
      const blob = await call(
        "GET",
        "/repos/{owner}/{repo}/git/blobs/{file_sha}",
        params,
        (octokit2) => octokit2.rest.git.getBlob({ ...repoParams, ...params })
      );
      return Buffer.from(blob.data.content, "base64").toString("utf8");
    },
    getBranchSha,
    async getDefaultBranchHead() {
      if (answeredHead) return answeredHead;
      const branch = await getDefaultBranch();
      return { branch, sha: await getBranchSha(branch) };
    },
    async upsertStickyComment(issueNumber, marker, body) {
      const text2 = body.includes(marker) ? body : `${marker}
${body}`;
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      const [sticky, ...duplicates] = comments.filter((c) => c.body?.includes(marker));
      if (!sticky) {
        const created = await write(
          "POST",
          "/repos/{owner}/{repo}/issues/{issue_number}/comments",
          params,
          { body: text2 },
          { id: 0 }
        );
        return { id: created.id, created: true };
      }
      if (sticky.body !== text2) {
        await write(
          "PATCH",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: sticky.id },
          { body: text2 },
          void 0
        );
      }
      for (const duplicate of duplicates.filter((d) => d.user?.login === sticky.user?.login)) {
        await write(
          "DELETE",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: duplicate.id },
          void 0,
          void 0
        );
      }
      return { id: sticky.id, created: false };
    },
    async commitFileChanges({ branch, baseSha, message, deletions, additions = {} }) {
      const params = { commit_sha: baseSha };
      const base = await call(
        "GET",
        "/repos/{owner}/{repo}/git/commits/{commit_sha}",
        params,
        (octokit2) => octokit2.rest.git.getCommit({ ...repoParams, ...params })
      );
      const tree = [
        ...deletions.map((path) => ({ path, mode: "100644", type: "blob", sha: null })),
        ...Object.entries(additions).map(([path, content]) => ({ path, mode: "100644", type: "blob", content }))
      ];
      const newTree = await write(
        "POST",
        "/repos/{owner}/{repo}/git/trees",
        {},
        { base_tree: base.data.tree.sha, tree },
        { sha: DRY_RUN_SHA }
      );
      const commit = await write(
        "POST",
        "/repos/{owner}/{repo}/git/commits",
        {},
        { message, tree: newTree.sha, parents: [baseSha] },
        { sha: DRY_RUN_SHA }
      );
      const forceUpdate = () => write(
        "PATCH",
        "/repos/{owner}/{repo}/git/refs/{ref}",
        { ref: `heads/${branch}` },
        { sha: commit.sha, force: true },
        void 0
      );
      if (await getBranchSha(branch)) {
        await forceUpdate();
        return commit.sha;
      }
      try {
        await write(
          "POST",
          "/repos/{owner}/{repo}/git/refs",
          {},
          { ref: `refs/heads/${branch}`, sha: commit.sha },
          void 0
        );
      } catch (error2) {
        if (!(error2 instanceof GitHubApiError && error2.status === 422)) throw error2;
        await forceUpdate();
      }
      return commit.sha;
    },
    async findOpenPullByHead(branch) {
      const pulls = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.pulls.list, {
          ...repoParams,
          state: "open",
          head: `${owner}:${branch}`,
          per_page: 100
        })
      );
      return pulls[0] && toPullRequest(pulls[0]);
    },
    async createPull(pull) {
      const created = await write("POST", "/repos/{owner}/{repo}/pulls", {}, { ...pull }, { number: 0, html_url: "" });
      return { number: created.number, htmlUrl: created.html_url };
    },
    updatePull,
    async closePull(number) {
      await updatePull(number, { state: "closed" });
    },
    async deleteBranch(branch) {
      try {
        await write("DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", { ref: `heads/${branch}` }, void 0, void 0);
      } catch (error2) {
        if (!(error2 instanceof GitHubApiError && (error2.status === 404 || error2.status === 422))) throw error2;
      }
    },
    async listIssueComments(issueNumber) {
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      return comments.map((c) => ({
        id: c.id,
        body: c.body ?? "",
        user: c.user?.login ?? null,
        createdAt: c.created_at
      }));
    },
    async listIssuesWithLabel(label) {
      const issues = await call(
        "GET",
        "/repos/{owner}/{repo}/issues",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listForRepo, {
          ...repoParams,
          labels: label,
          state: "all",
          per_page: 100
        })
      );
      return issues.filter((i) => !i.pull_request).map((data) => toIssue(data));
    },
    async createIssue(issue) {
      const data = await write(
        "POST",
        "/repos/{owner}/{repo}/issues",
        {},
        { ...issue },
        { number: 0, html_url: "" }
      );
      return { number: data.number, htmlUrl: data.html_url };
    },
    async createComment(issueNumber, body) {
      const params = { issue_number: issueNumber };
      await write("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", params, { body }, void 0);
    },
    async getAuthenticatedUser() {
      try {
        const { data } = await call("GET", "/user", {}, (octokit2) => octokit2.rest.users.getAuthenticated());
        return data.login;
      } catch (error2) {
        if (error2 instanceof GitHubApiError && (error2.status === 403 || error2.status === 404)) return void 0;
        throw error2;
      }
    },
    isTeamMember(org, slug, username) {
      const key2 = `${org}/${slug}/${username}`.toLowerCase();
      let answer = memberships.get(key2);
      if (!answer) memberships.set(key2, answer = readMembership(org, slug, username));
      return answer;
    },
    async requestReviewers(number, { reviewers, teamReviewers }) {
      if (reviewers.length === 0 && teamReviewers.length === 0) return;
      await write(
        "POST",
        "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
        { pull_number: number },
        { reviewers, team_reviewers: teamReviewers },
        void 0
      );
    },
    async getIssue(number) {
      const params = { issue_number: number };
      const { data } = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        params,
        (octokit2) => octokit2.rest.issues.get({ ...repoParams, ...params })
      );
      return toIssue(data);
    },
    async closeIssue(number, reason) {
      await write(
        "PATCH",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        { issue_number: number },
        { state: "closed", state_reason: reason },
        void 0
      );
    },
    async updateIssue(number, update) {
      await write("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", { issue_number: number }, update, void 0);
    },
    plannedWrites: () => [...planned],
    limitTime(ms, what2) {
      deadline2.at = Date.now() + ms;
      deadline2.what = what2;
    }
  };
}
var DRY_RUN_SHA, APPROVAL_FACTS_BATCH;
var init_github_client = __esm({
  "src/github/github-client.ts"() {
    "use strict";
    init_api_request();
    init_github_errors();
    init_approval_facts();
    init_retry();
    DRY_RUN_SHA = "0".repeat(40);
    APPROVAL_FACTS_BATCH = 50;
  }
});

// src/tailscale/auth.ts
function createAuthenticator(credentials, deps) {
  const known = /* @__PURE__ */ new Set();
  const remember = (secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    deps.onSecret?.(secret);
  };
  const secrets = () => [...known];
  if (credentials.kind === "api-key") {
    remember(credentials.apiKey);
    return {
      kind: credentials.kind,
      authorization: async () => `Bearer ${credentials.apiKey}`,
      invalidate: () => false,
      secrets
    };
  }
  const minting = credentials;
  if (minting.kind === "oauth") remember(minting.clientSecret);
  let cached;
  let pending;
  async function mint() {
    const { path, form } = await tokenRequest(minting, remember, secrets);
    const res = await deps.transport.send({
      method: "POST",
      path,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form.toString()
    });
    if (res.status !== 200) throw tokenError(minting, path, res, secrets());
    const body = parseObject(res.text);
    const token = body?.["access_token"];
    if (typeof token !== "string" || token === "") {
      throw new TailscaleResponseError("POST", path, "no access_token in the token response");
    }
    remember(token);
    const lifetime = Number(body?.["expires_in"]);
    const expiresIn = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SECONDS;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    cached = { token, refreshAt: deps.now() + (expiresIn - margin) * 1e3 };
    return token;
  }
  return {
    kind: minting.kind,
    async authorization() {
      if (cached && deps.now() < cached.refreshAt) return `Bearer ${cached.token}`;
      pending ??= mint().finally(() => {
        pending = void 0;
      });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      cached = void 0;
      return true;
    },
    secrets
  };
}
async function tokenRequest(credentials, remember, secrets) {
  if (credentials.kind === "oauth") {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials"
    });
    if (credentials.scopes?.length) form.set("scope", credentials.scopes.join(" "));
    return { path: TOKEN_PATH, form };
  }
  let idToken;
  try {
    idToken = await credentials.getIdToken(credentials.audience);
  } catch (err) {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err), secrets());
    throw new TailscaleAuthError(
      `Could not get an OIDC ID token for audience ${credentials.audience}: ${reason}; in GitHub Actions the job needs "permissions: id-token: write"`,
      "POST",
      TOKEN_EXCHANGE_PATH,
      "wif",
      void 0
    );
  }
  remember(idToken);
  return { path: TOKEN_EXCHANGE_PATH, form: new URLSearchParams({ client_id: credentials.clientId, jwt: idToken }) };
}
function tokenError(credentials, path, res, secrets) {
  const body = parseObject(res.text);
  const raw = [body?.["message"], body?.["error_description"], body?.["error"]].find(
    (v) => typeof v === "string" && v !== ""
  );
  const serverMessage = redactSecrets(typeof raw === "string" ? raw : "", secrets);
  if (![400, 401, 403].includes(res.status)) {
    return new TailscaleApiError({ method: "POST", path, status: res.status, serverMessage, attempts: res.attempts });
  }
  const said = `(${res.status})${serverMessage ? `: ${serverMessage}` : ""}`;
  const message = credentials.kind === "oauth" ? `OAuth client credentials were rejected by Tailscale ${said}; check oauth-client-id and oauth-client-secret (TS_OAUTH_CLIENT_ID / TS_OAUTH_CLIENT_SECRET)` + (credentials.scopes?.length ? ` and that the client has the scopes ${credentials.scopes.join(" ")}` : "") : `Workload identity token exchange was rejected by Tailscale ${said}; check oauth-client-id (the federated identity's client ID) and audience, and that the identity's issuer and subject match this workflow`;
  return new TailscaleAuthError(message, "POST", path, credentials.kind, res.status, serverMessage);
}
function parseObject(text2) {
  try {
    const value = JSON.parse(text2);
    return value !== null && typeof value === "object" && !Array.isArray(value) && !deeperThan(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
var TOKEN_PATH, TOKEN_EXCHANGE_PATH, REFRESH_MARGIN_SECONDS, DEFAULT_TOKEN_LIFETIME_SECONDS;
var init_auth = __esm({
  "src/tailscale/auth.ts"() {
    "use strict";
    init_bounds();
    init_tailscale_errors();
    TOKEN_PATH = "/api/v2/oauth/token";
    TOKEN_EXCHANGE_PATH = "/api/v2/oauth/token-exchange";
    REFRESH_MARGIN_SECONDS = 60;
    DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
  }
});

// src/tailscale/transport.ts
function createTransport(options) {
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  async function attempt(request) {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
    try {
      const response = await options.fetch(`${baseUrl}${request.path}${query}`, {
        method: request.method,
        headers: { "User-Agent": options.userAgent, ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs)
      });
      const text2 = await response.text();
      return { kind: "response", status: response.status, headers: response.headers, text: text2 };
    } catch (err) {
      const name = err?.name;
      if (name === "TimeoutError" || name === "AbortError") return { kind: "timeout" };
      return { kind: "connection", code: errorCode(err) };
    }
  }
  return {
    async send(request) {
      let mayHaveBeenApplied = false;
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(request);
        const retryable = outcome.kind !== "response" || RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attempts > options.maxRetries) {
          if (outcome.kind === "response") return { ...outcome, attempts, mayHaveBeenApplied };
          throw new TailscaleNetworkError(
            request.method,
            request.path,
            outcome.kind,
            outcome.kind === "connection" ? outcome.code : void 0,
            attempts,
            options.timeoutMs
          );
        }
        const unhandled = outcome.kind === "connection" ? outcome.code === "ECONNREFUSED" : outcome.kind === "response" && outcome.status === 429;
        if (!unhandled) mayHaveBeenApplied = true;
        const retryAfter = outcome.kind === "response" ? parseRetryAfter2(outcome.headers.get("retry-after"), options.now()) : void 0;
        const backoff = Math.min(BACKOFF_CAP_MS2, BACKOFF_BASE_MS2 * 2 ** (attempts - 1));
        const delayMs = retryAfter ?? Math.floor(options.random() * backoff);
        const reason = describe(outcome, options.timeoutMs);
        options.onRetry?.({ method: request.method, path: request.path, attempt: attempts, delayMs, reason });
        await options.sleep(delayMs);
      }
    }
  };
}
function parseRetryAfter2(value, nowMs) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  let ms;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return void 0;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS2);
}
function describe(outcome, timeoutMs) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "timeout":
      return `no answer within ${timeoutMs} ms`;
    case "connection":
      return `connection failed${outcome.code ? ` (${outcome.code})` : ""}`;
  }
}
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; e = e.cause, depth++) {
    const code2 = e.code;
    if (typeof code2 === "string") return code2;
  }
  return void 0;
}
var BACKOFF_BASE_MS2, BACKOFF_CAP_MS2, RETRY_AFTER_CAP_MS2, RETRYABLE_STATUSES;
var init_transport = __esm({
  "src/tailscale/transport.ts"() {
    "use strict";
    init_tailscale_errors();
    BACKOFF_BASE_MS2 = 500;
    BACKOFF_CAP_MS2 = 1e4;
    RETRY_AFTER_CAP_MS2 = 6e4;
    RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
  }
});

// src/tailscale/tailscale-client.ts
function createTailscaleClient(options) {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const transport = createTransport({
    apiUrl: options.apiUrl.replace(/\/+$/, "").replace(/\/api\/v2$/, ""),
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? defaultFetch(),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
    userAgent: options.userAgent ?? "tailpolicy",
    onRetry: options.onRetry
  });
  const auth = createAuthenticator(options.credentials, { transport, now, onSecret: options.onSecret });
  const tailnet = options.tailnet || "-";
  const tailnetPath = `/api/v2/tailnet/${pathEscape(tailnet)}`;
  const redact = (text2) => redactSecrets(text2, auth.secrets());
  async function send(call) {
    for (let refreshed = false; ; refreshed = true) {
      const res = await transport.send({
        method: call.method,
        path: call.path,
        query: call.query,
        headers: {
          Authorization: await auth.authorization(),
          Accept: call.accept ?? "application/json",
          ...call.contentType ? { "Content-Type": call.contentType } : {},
          ...call.headers
        },
        body: call.body
      });
      if (res.status === 401 && !refreshed && auth.invalidate()) continue;
      return res;
    }
  }
  async function request(call) {
    const res = await send(call);
    if (res.status < 200 || res.status > 299) throw failure(call, res);
    return res;
  }
  async function requestJson(call) {
    return parseJson(call, await request(call));
  }
  function parseJson(call, res) {
    let value;
    try {
      value = JSON.parse(res.text);
    } catch {
      throw new TailscaleResponseError(call.method, call.path, "the body is not JSON");
    }
    if (deeperThan(value)) throw new TailscaleResponseError(call.method, call.path, "the body nests too deeply");
    return value;
  }
  function serverError(body) {
    const message = body?.["message"];
    return {
      serverMessage: redact(typeof message === "string" ? message : ""),
      data: parseTestResults(body?.["data"]).map((entry) => ({
        ...entry.user === void 0 ? {} : { user: redact(entry.user) },
        errors: entry.errors.map(redact),
        warnings: entry.warnings.map(redact)
      }))
    };
  }
  function failure(call, res) {
    const { serverMessage, data } = serverError(parseObject(res.text));
    if (res.status === 401) {
      const said = `(401) on ${call.method} ${call.path}${serverMessage ? `: ${serverMessage}` : ""}`;
      const message = auth.kind === "api-key" ? `Tailscale rejected the API access token ${said}; check api-key (TS_API_KEY): it may have expired or been revoked` : `Tailscale rejected a freshly minted access token ${said}; check that the ${auth.kind === "oauth" ? "OAuth client" : "federated identity"} still exists`;
      return new TailscaleAuthError(message, call.method, call.path, auth.kind, 401, serverMessage);
    }
    let hint2;
    if (res.status === 403) {
      hint2 = auth.kind === "api-key" ? "the API access token's user may lack permission for this" : `the credential may lack the "${call.scope}" scope`;
    } else if (res.status === 404 && call.path.startsWith(tailnetPath)) {
      hint2 = `check the tailnet (${tailnet}); "-" means the credential's own tailnet`;
    }
    const { method, path } = call;
    return new TailscaleApiError({
      method,
      path,
      status: res.status,
      serverMessage,
      data,
      attempts: res.attempts,
      hint: hint2
    });
  }
  function etagOf(call, res) {
    const etag = res.headers.get("etag");
    if (!etag) throw new TailscaleResponseError(call.method, call.path, "no ETag header");
    return etag;
  }
  async function getPolicyJson() {
    const call = { method: "GET", path: `${tailnetPath}/acl`, scope: "policy_file:read" };
    const res = await request(call);
    const etag = etagOf(call, res);
    return { policy: parseJson(call, res), etag };
  }
  function dns2(method, endpoint, body) {
    return requestJson({
      method,
      path: `${tailnetPath}/dns/${endpoint}`,
      scope: method === "GET" ? "dns:read" : "dns",
      ...body === void 0 ? {} : { contentType: "application/json", body: JSON.stringify(body) }
    });
  }
  const attributesPath = (deviceId) => `/api/v2/device/${pathEscape(deviceId)}/attributes`;
  return {
    async getPolicy() {
      const call = {
        method: "GET",
        path: `${tailnetPath}/acl`,
        scope: "policy_file:read",
        accept: "application/hujson"
      };
      const res = await request(call);
      return { hujson: res.text, etag: etagOf(call, res) };
    },
    getPolicyJson,
    async validatePolicy(jsonText) {
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl/validate`,
        scope: "policy_file:read",
        contentType: "application/json",
        body: jsonText
      };
      const res = await send(call);
      if (res.status === 400) {
        const { serverMessage, data: data2 } = serverError(parseObject(res.text));
        return { ok: false, message: serverMessage || "the policy could not be parsed (400)", data: data2 };
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      if (res.text.trim() === "") return { ok: true, data: [] };
      const body = parseObject(res.text);
      if (!body) throw new TailscaleResponseError(call.method, call.path, "the body is not a JSON object");
      const { serverMessage: message, data } = serverError(body);
      const ok = data.every((entry) => entry.errors.length === 0) && (message === "" || message === WARNINGS_ONLY);
      return { ok, ...message ? { message } : {}, data };
    },
    async setPolicy(hujson, ifMatch) {
      const quoted2 = quoteEtag(ifMatch);
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl`,
        scope: "policy_file",
        contentType: "application/hujson",
        headers: { "If-Match": quoted2 },
        body: hujson
      };
      const res = await send(call);
      if (res.status === 412) {
        if (res.mayHaveBeenApplied) {
          const live = await getPolicyJson();
          if (sameJson2(live.policy, hujson)) return { etag: live.etag };
        }
        const { serverMessage } = serverError(parseObject(res.text));
        throw new PolicyConflictError(
          { method: call.method, path: call.path, serverMessage, attempts: res.attempts },
          quoted2
        );
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      return { etag: res.headers.get("etag") ?? "" };
    },
    async getSplitDns() {
      return splitDns(await dns2("GET", "split-dns"));
    },
    async putSplitDns(map) {
      return splitDns(await dns2("PUT", "split-dns", map));
    },
    async patchSplitDns(map) {
      return splitDns(await dns2("PATCH", "split-dns", map));
    },
    async getNameservers() {
      return strings(field(await dns2("GET", "nameservers"), "dns"));
    },
    async setNameservers(nameservers) {
      const res = await dns2("POST", "nameservers", { dns: nameservers });
      const magicDNS = field(res, "magicDNS");
      return {
        nameservers: strings(field(res, "dns")),
        magicDNS: typeof magicDNS === "boolean" ? magicDNS : void 0
      };
    },
    async getSearchPaths() {
      return strings(field(await dns2("GET", "searchpaths"), "searchPaths"));
    },
    async setSearchPaths(searchPaths) {
      return strings(field(await dns2("POST", "searchpaths", { searchPaths }), "searchPaths"));
    },
    async getPreferences() {
      return { magicDNS: field(await dns2("GET", "preferences"), "magicDNS") === true };
    },
    async setPreferences(preferences) {
      return {
        magicDNS: field(await dns2("POST", "preferences", { magicDNS: preferences.magicDNS }), "magicDNS") === true
      };
    },
    async listDevices() {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/devices`,
        query: { fields: "all" },
        scope: "devices:core:read"
      });
      const devices = field(res, "devices");
      return (Array.isArray(devices) ? devices : []).filter(isObject2).map(toDevice);
    },
    async getDeviceAttributes(deviceId) {
      const res = await requestJson({
        method: "GET",
        path: attributesPath(deviceId),
        scope: "devices:posture_attributes:read"
      });
      const attributes = {};
      for (const [key2, value] of Object.entries(objectField(res, "attributes"))) {
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
          attributes[key2] = value;
      }
      const expiries = {};
      for (const [key2, value] of Object.entries(objectField(res, "expiries"))) {
        if (typeof value === "string") expiries[key2] = value;
      }
      return { attributes, expiries };
    },
    async setDeviceAttribute(deviceId, key2, { value, expiry, comment }) {
      const body = JSON.stringify({
        value,
        ...expiry === void 0 ? {} : { expiry: expiry instanceof Date ? expiry.toISOString() : expiry },
        ...comment === void 0 ? {} : { comment }
      });
      const path = `${attributesPath(deviceId)}/${pathEscape(key2)}`;
      await request({
        method: "POST",
        path,
        scope: "devices:posture_attributes",
        contentType: "application/json",
        body
      });
    },
    async deleteDeviceAttribute(deviceId, key2) {
      await request({
        method: "DELETE",
        path: `${attributesPath(deviceId)}/${pathEscape(key2)}`,
        scope: "devices:posture_attributes"
      });
    },
    async listConfigurationLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/configuration`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:configuration:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject2).map(toConfigurationEntry).filter((e) => e !== void 0).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
    },
    async listNetworkLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/network`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:network:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject2).map(toFlowLog).filter((e) => e !== void 0);
    },
    secrets: () => auth.secrets()
  };
}
function text(raw, key2) {
  return typeof raw[key2] === "string" ? raw[key2] : void 0;
}
function isTime(value) {
  return value !== void 0 && !Number.isNaN(Date.parse(value));
}
function toConfigurationEntry(raw) {
  const eventTime = text(raw, "eventTime");
  if (!isTime(eventTime)) return void 0;
  const actor = isObject2(raw["actor"]) ? raw["actor"] : {};
  const target = isObject2(raw["target"]) ? raw["target"] : {};
  const opt = (o, key2) => text(o, key2) !== void 0 ? { [key2]: text(o, key2) } : {};
  return {
    eventTime,
    type: text(raw, "type") ?? "",
    eventGroupID: text(raw, "eventGroupID") ?? "",
    origin: text(raw, "origin") ?? "",
    ...opt(raw, "deferredAt"),
    actor: {
      ...opt(actor, "id"),
      ...opt(actor, "type"),
      ...opt(actor, "loginName"),
      ...opt(actor, "displayName"),
      ...Array.isArray(actor["tags"]) ? { tags: strings(actor["tags"]) } : {}
    },
    target: { ...opt(target, "id"), ...opt(target, "name"), ...opt(target, "type"), ...opt(target, "property") },
    action: text(raw, "action") ?? "",
    ..."old" in raw ? { old: raw["old"] } : {},
    ..."new" in raw ? { new: raw["new"] } : {},
    ...opt(raw, "actionDetails"),
    ...opt(raw, "error")
  };
}
function toCounts(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject2).map((c) => ({
    ...typeof c["proto"] === "string" || typeof c["proto"] === "number" ? { proto: c["proto"] } : {},
    ...typeof c["src"] === "string" ? { src: c["src"] } : {},
    ...typeof c["dst"] === "string" ? { dst: c["dst"] } : {},
    ...Object.fromEntries(
      ["txPkts", "txBytes", "rxPkts", "rxBytes"].filter((k) => typeof c[k] === "number" && Number.isFinite(c[k])).map((k) => [k, c[k]])
    )
  }));
}
function toFlowLog(raw) {
  const start = text(raw, "start");
  const end = text(raw, "end");
  if (!isTime(start) || !isTime(end)) return void 0;
  return {
    ...isTime(text(raw, "logged")) ? { logged: text(raw, "logged") } : {},
    nodeId: text(raw, "nodeId") ?? "",
    start,
    end,
    virtualTraffic: toCounts(raw["virtualTraffic"]),
    subnetTraffic: toCounts(raw["subnetTraffic"]),
    exitTraffic: toCounts(raw["exitTraffic"]),
    physicalTraffic: toCounts(raw["physicalTraffic"])
  };
}
function pathEscape(element) {
  return encodeURIComponent(element).replace(/%(24|26|2B|3A|3D|40)/g, (escaped) => decodeURIComponent(escaped));
}
function quoteEtag(etag) {
  const bare = etag.trim().replace(/^"+|"+$/g, "");
  if (bare === "") throw new TypeError('setPolicy needs the ETag read with the policy, or "ts-default"');
  return `"${bare}"`;
}
function parseTestResults(data) {
  if (!Array.isArray(data)) return [];
  return data.map((entry) => {
    if (isObject2(entry)) {
      const user = entry["user"];
      return {
        ...typeof user === "string" && user !== "" ? { user } : {},
        errors: strings(entry["errors"]),
        warnings: strings(entry["warnings"])
      };
    }
    return { errors: [typeof entry === "string" ? entry : JSON.stringify(entry)], warnings: [] };
  });
}
function sameJson2(value, hujson) {
  if (jsonBounds(hujson) || deeperThan(value)) return false;
  const errors = [];
  const parsed = parse2(hujson, errors, { allowTrailingComma: true });
  return errors.length === 0 && canonical(parsed) === canonical(value);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject2(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function field(value, key2) {
  return isObject2(value) ? value[key2] : void 0;
}
function objectField(value, key2) {
  const inner = field(value, key2);
  return isObject2(inner) ? inner : {};
}
function strings(value) {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item) => typeof item === "string" ? item : JSON.stringify(item));
}
function splitDns(value) {
  const map = {};
  if (!isObject2(value)) return map;
  for (const [domain2, resolvers] of Object.entries(value)) {
    const list2 = strings(resolvers);
    if (list2.length > 0) map[domain2] = list2;
  }
  return map;
}
function toDevice(raw) {
  const text2 = (key2) => typeof raw[key2] === "string" ? raw[key2] : "";
  return {
    ...raw,
    id: text2("id"),
    nodeId: text2("nodeId"),
    name: text2("name"),
    user: text2("user"),
    tags: strings(raw["tags"]),
    addresses: strings(raw["addresses"])
  };
}
var WARNINGS_ONLY;
var init_tailscale_client = __esm({
  "src/tailscale/tailscale-client.ts"() {
    "use strict";
    init_http_fetch();
    init_main();
    init_bounds();
    init_auth();
    init_tailscale_errors();
    init_transport();
    WARNINGS_ONLY = "warning(s) found";
  }
});

// src/modes/clients.ts
function hooksOf(edge) {
  return {
    log: (line) => edge.log.info(line),
    onSecret: (secret) => edge.log.secret(secret),
    ...edge.getIdToken ? { getIdToken: edge.getIdToken } : {}
  };
}
function tailscaleFor(ctx) {
  return tailscaleClient(ctx.inputs, ctx.inputs.mode, hooksOf(ctx), ctx.setting);
}
function tailscaleClient(inputs, mode, hooks, setting = (input) => input) {
  const c = inputs.credentials;
  if (c.kind === "none") {
    const [id, secret, audience, key2] = ["oauth-client-id", "oauth-client-secret", "audience", "api-key"].map(setting);
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "${id}" with "${secret}" (an OAuth client), or with "${audience}" (workload identity federation), or "${key2}".`
    );
  }
  if (c.kind === "wif" && !hooks.getIdToken) {
    throw new UserError(
      "Workload identity federation needs the GitHub Actions runner; use an OAuth client or an API key here."
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c.kind === "wif" ? { ...c, getIdToken: hooks.getIdToken } : c,
    timeoutMs: inputs.requestTimeoutMs,
    ...hooks.onSecret ? { onSecret: hooks.onSecret } : {},
    onRetry: (r) => hooks.log(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`)
  });
}
function githubClientFor(t) {
  if (!t.token || !t.owner || !t.repo) return void 0;
  return createGitHubClient({
    token: t.token,
    apiUrl: t.apiUrl.replace(/\/+$/, ""),
    owner: t.owner,
    repo: t.repo,
    ...t.dryRun ? { dryRun: true } : {}
  });
}
function githubClient(ctx) {
  return githubClientFor({
    token: ctx.inputs.githubToken,
    owner: ctx.owner,
    repo: ctx.repo,
    apiUrl: ctx.githubApiUrl,
    dryRun: ctx.inputs.dryRun
  });
}
var init_clients = __esm({
  "src/modes/clients.ts"() {
    "use strict";
    init_errors();
    init_github_client();
    init_tailscale_client();
  }
});

// src/modes/audit.ts
var audit_exports = {};
__export(audit_exports, {
  auditMode: () => auditMode
});
async function auditMode(runCtx) {
  const ctx = forTarget(runCtx);
  const { policyDirs: policyDir, grantsDir } = ctx.target;
  const github = githubClient(ctx);
  if (!github) ctx.log.info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const tailscale = ctx.inputs.credentials.kind === "none" ? void 0 : tailscaleFor(ctx);
  const token = ctx.inputs.pagerdutyToken;
  const pagerduty = token ? createPagerDutyClient({
    token,
    apiUrl: ctx.inputs.pagerdutyApiUrl,
    onSecret: (s) => ctx.log.secret(s),
    onRetry: (line) => ctx.log.info(line)
  }) : void 0;
  const run2 = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    ...ctx.target.name !== void 0 ? { target: { name: ctx.target.name, tailnet: ctx.inputs.tailnet } } : {},
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env,
    ...tailscale ? { tailscale, since: new Date(ctx.now.getTime() - 90 * 864e5) } : {},
    ...pagerduty ? { pagerduty } : {}
  });
  const dir = (0, import_node_path5.join)(ctx.outDir, "audit");
  const files = await writeAuditFiles(dir, run2);
  ctx.log.info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  if (run2.evidence) {
    const pack = await writeEvidencePack(dir, run2);
    ctx.log.info(`tailpolicy audit: wrote the evidence pack ${pack.markdown} and ${pack.html}`);
  }
  const unapproved = run2.report.summary.unapproved ?? 0;
  const summary = `## tailpolicy audit ${unapproved ? "\u274C" : "\u2705"}

` + renderSummaryMarkdown(run2.report) + `
The evidence (${code("audit.csv")}, ${code("audit.json")}, ${code("audit.md")}) is in ${code(dir)}, uploaded as the workflow's artifact.
`;
  return {
    outputs: { "policy-file": "" },
    summary,
    ...unapproved ? {
      failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`,
      exitCode: 1
    } : {}
  };
}
var import_node_path5;
var init_audit2 = __esm({
  "src/modes/audit.ts"() {
    "use strict";
    import_node_path5 = require("node:path");
    init_audit();
    init_formats();
    init_pagerduty_client();
    init_clients();
    init_escape();
    init_context();
  }
});

// other-mode:request
var request_exports = {};
__export(request_exports, {
  requestMode: () => requestMode
});
var requestMode;
var init_request = __esm({
  "other-mode:request"() {
    requestMode = () => {
      throw new Error("tailpolicy: mode request is not in this bundle");
    };
  }
});

// src/main.ts
var main_exports2 = {};
__export(main_exports2, {
  run: () => run
});
module.exports = __toCommonJS(main_exports2);
init_errors();

// src/inputs.ts
init_errors();
init_time();
function namer(setting) {
  const quoted2 = (input) => {
    const s = setting(input);
    return s === input ? `"${input}"` : s;
  };
  const subject = (input) => {
    const s = setting(input);
    return s === input ? `Input "${input}"` : s;
  };
  return { quoted: quoted2, subject };
}
function envInputs(env) {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v ? v : void 0;
  };
}
var MODES = ["check", "apply", "expire", "audit", "request"];
var DRIFT = ["fail", "warn", "overwrite"];
function parseInputs(get, env = {}, setting = (input) => input) {
  const { subject } = namer(setting);
  const mode = get("mode");
  if (!mode) throw new UserError(`Input "mode" is required: one of ${MODES.join(", ")}.`);
  if (!MODES.includes(mode)) throw new UserError(`Input "mode" is "${mode}"; use one of ${MODES.join(", ")}.`);
  const onDrift = get("on-drift") ?? "fail";
  if (!DRIFT.includes(onDrift)) {
    throw new UserError(`${subject("on-drift")} is "${onDrift}"; use one of ${DRIFT.join(", ")}.`);
  }
  const nowText = get("now");
  const now = nowText === void 0 ? void 0 : parseTimestamp(nowText);
  if (nowText !== void 0 && !now) {
    throw new UserError(
      `${subject("now")} is "${nowText}", not an RFC 3339 time with a zone (e.g. 2026-11-21T23:00:00Z).`
    );
  }
  const apiUrl = (get("api-url") ?? "https://api.tailscale.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl))
    throw new UserError(`${subject("api-url")} is "${apiUrl}", not an http(s) URL.`);
  return {
    mode,
    ...get("target") ? { target: get("target") } : {},
    tailnet: get("tailnet") ?? "-",
    credentials: parseCredentials(get, setting),
    apiUrl,
    githubToken: get("github-token"),
    pagerdutyToken: get("pagerduty-token"),
    pagerdutyApiUrl: (env.PAGERDUTY_API_URL || "https://api.pagerduty.com").replace(/\/+$/, ""),
    policyDir: get("policy-dir") ?? "policy",
    grantsDir: get("grants-dir") ?? "grants",
    onDrift,
    dryRun: parseBoolean(get("dry-run"), subject("dry-run")),
    ...now ? { now } : {},
    ...requestTimeout(env.TAILPOLICY_REQUEST_TIMEOUT_MS)
  };
}
function parseCredentials(get, setting = (input) => input) {
  const { quoted: q } = namer(setting);
  const apiKey = get("api-key");
  const clientId = get("oauth-client-id");
  const secret = get("oauth-client-secret");
  const audience = get("audience");
  if (apiKey && (clientId || secret || audience)) {
    const other = clientId ? "oauth-client-id" : secret ? "oauth-client-secret" : "audience";
    throw new UserError(
      `Both ${q("api-key")} and ${q(other)} are set; give one credential form only (remove one of them).`
    );
  }
  if (apiKey) return { kind: "api-key", apiKey };
  if (secret && audience) {
    throw new UserError(
      `Both ${q("oauth-client-secret")} and ${q("audience")} are set; use an OAuth client secret or workload identity federation, not both.`
    );
  }
  if (secret || audience) {
    if (!clientId) {
      throw new UserError(
        `${q(secret ? "oauth-client-secret" : "audience")} is set but ${q("oauth-client-id")} is missing; add the ${secret ? "OAuth client" : "federated identity"}'s ID.`
      );
    }
    return secret ? { kind: "oauth", clientId, clientSecret: secret } : { kind: "wif", clientId, audience };
  }
  if (clientId) {
    throw new UserError(
      `${q("oauth-client-id")} is set but neither ${q("oauth-client-secret")} (OAuth client) nor ${q("audience")} (workload identity federation) is; add one.`
    );
  }
  return { kind: "none" };
}
var SECRET_INPUTS = ["api-key", "oauth-client-secret", "github-token", "pagerduty-token"];
function requestTimeout(value) {
  if (!value) return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 6e5) {
    throw new UserError(`TAILPOLICY_REQUEST_TIMEOUT_MS is "${value}"; use milliseconds between 100 and 600000.`);
  }
  return { requestTimeoutMs: ms };
}
function parseBoolean(value, subject) {
  if (value === void 0) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UserError(`${subject} is "${value}"; use true or false.`);
}

// src/main.ts
init_context();

// src/runner-log.ts
var import_node_fs3 = require("node:fs");
var import_node_os2 = require("node:os");
init_builtin();
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function issueCommand(command, properties, message) {
  let text2 = `::${command}`;
  const set = Object.entries(properties).filter(([, v]) => v);
  if (set.length > 0) text2 += ` ${set.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}`;
  process.stdout.write(`${text2}::${escapeData(message)}${import_node_os2.EOL}`);
}
function annotation(props) {
  if (!props) return {};
  const title = props.title ?? (props.rule ? `tailpolicy ${props.rule}` : void 0);
  const file = props.file;
  if (!title && !file) return {};
  return {
    title,
    file,
    line: file ? props.line : void 0,
    endLine: file && props.endLine !== void 0 && props.endLine !== props.line ? props.endLine : void 0,
    col: file ? props.column : void 0,
    endColumn: file && props.endColumn !== void 0 && (props.endLine === void 0 || props.endLine === props.line) ? props.endColumn : void 0
  };
}
var runnerLog = {
  info: (message) => void process.stdout.write(message + import_node_os2.EOL),
  debug: (message) => issueCommand("debug", {}, message),
  notice: (message, props) => issueCommand("notice", annotation(props), message),
  warning: (message, props) => issueCommand("warning", annotation(props), message),
  error: (message, props) => issueCommand("error", annotation(props), message),
  group: (title, body) => {
    issueCommand("group", {}, title);
    try {
      body();
    } finally {
      issueCommand("endgroup", {}, "");
    }
  },
  secret: (value) => issueCommand("add-mask", {}, value)
};
function randomUUID() {
  let bytes;
  if (process.platform !== "win32") {
    try {
      const fd = (0, import_node_fs3.openSync)("/dev/urandom", "r");
      try {
        const b = Buffer.alloc(16);
        if ((0, import_node_fs3.readSync)(fd, b, 0, 16, null) === 16) bytes = b;
      } finally {
        (0, import_node_fs3.closeSync)(fd);
      }
    } catch {
    }
  }
  if (!bytes) return builtin("node:crypto").randomUUID();
  bytes[6] = bytes[6] & 15 | 64;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT || "";
  if (!file) {
    process.stdout.write(import_node_os2.EOL);
    issueCommand("set-output", { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!(0, import_node_fs3.existsSync)(file)) throw new Error(`Missing file at path: ${file}`);
  (0, import_node_fs3.appendFileSync)(file, `${name}<<${delimiter}${import_node_os2.EOL}${value}${import_node_os2.EOL}${delimiter}${import_node_os2.EOL}`, { encoding: "utf8" });
}
function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries."
    );
  try {
    (0, import_node_fs3.accessSync)(file, import_node_fs3.constants.R_OK | import_node_fs3.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  (0, import_node_fs3.appendFileSync)(file, markdown + import_node_os2.EOL, { encoding: "utf8" });
}
function setFailed(message) {
  process.exitCode = 1;
  issueCommand("error", {}, message);
}
var runnerIdToken = async (audience) => (await Promise.resolve().then(() => __toESM(require_core(), 1))).getIDToken(audience);

// src/main.ts
init_repo();

// src/report/annotations.ts
init_findings();
init_escape();
function annotate(log, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key2 = f.location?.file ?? "";
    byFile.set(key2, [...byFile.get(key2) ?? [], f]);
  }
  for (const [file, list2] of byFile) {
    log.group(file || "tailpolicy", () => {
      for (const f of list2) {
        const props = { rule: f.rule };
        if (f.location) {
          props.file = f.location.file;
          props.line = f.location.line;
          props.column = f.location.column;
          if (f.location.endLine === f.location.line && f.location.endColumn !== void 0)
            props.endColumn = f.location.endColumn;
        }
        const message = oneLine(f.message, 2e3);
        if (f.severity === "error") log.error(message, props);
        else if (f.severity === "warning") log.warning(message, props);
        else log.notice(message, props);
      }
    });
  }
  const errors = countFindings(findings, "error");
  const warnings = countFindings(findings, "warning");
  log.info(
    `tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`
  );
}

// src/main.ts
var MODES2 = {
  check: async () => (await Promise.resolve().then(() => (init_check(), check_exports))).checkMode,
  apply: async () => (await Promise.resolve().then(() => (init_apply(), apply_exports))).applyMode,
  expire: async () => (await Promise.resolve().then(() => (init_expire(), expire_exports))).expireMode,
  audit: async () => (await Promise.resolve().then(() => (init_audit2(), audit_exports))).auditMode,
  request: async () => (await Promise.resolve().then(() => (init_request(), request_exports))).requestMode
};
async function run(env = process.env, now = /* @__PURE__ */ new Date()) {
  let result;
  try {
    const get = envInputs(env);
    for (const name of SECRET_INPUTS) {
      const value = get(name);
      if (value) runnerLog.secret(value);
    }
    const inputs = parseInputs(get, env);
    const load = MODES2[inputs.mode];
    if (!load) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    const mode = await load();
    result = await mode(
      runContext(inputs, env, now, { log: runnerLog, setting: inputNames, getIdToken: runnerIdToken })
    );
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      if (e instanceof LayoutError) annotate(runnerLog, e.findings);
      result = { outputs: {}, summary: "", failure: e.message };
    } else {
      runnerLog.error(`Internal error in tailpolicy (please report it): ${e.stack ?? String(e)}`);
      result = { outputs: {}, summary: "", failure: "tailpolicy failed with an internal error; see the log." };
    }
  } finally {
    for (const [name, value] of Object.entries(result?.outputs ?? {})) setOutput(name, value);
    if (result?.summary && env.GITHUB_STEP_SUMMARY) appendSummary(result.summary);
    if (result?.failure) setFailed(result.failure);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
