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
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
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

// other-mode:audit
var audit_exports = {};
__export(audit_exports, {
  auditMode: () => auditMode
});
var auditMode;
var init_audit = __esm({
  "other-mode:audit"() {
    auditMode = () => {
      throw new Error("tailpolicy: mode audit is not in this bundle");
    };
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

// src/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
var ExternalError = class extends Error {
  exitCode = 3;
  constructor(message, options) {
    super(message, options);
    this.name = "ExternalError";
  }
};

// src/shared/time.ts
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
function parseTimestamp(text) {
  const utc = plainUtc(text);
  if (utc !== null) return utc;
  const m = TIMESTAMP.exec(text);
  if (!m) return void 0;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return void 0;
  const date = new Date(text.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? void 0 : date;
}
function plainUtc(text) {
  if (text.length !== 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(19) !== 90) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return null;
  if (text.charCodeAt(16) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second) || year < 1e3) return null;
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}
function digits(text, at, count) {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function monthDays(year, month) {
  if (month === 2 && (year % 4 === 0 && year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1];
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// src/inputs.ts
function namer(setting) {
  const quoted = (input) => {
    const s = setting(input);
    return s === input ? `"${input}"` : s;
  };
  const subject = (input) => {
    const s = setting(input);
    return s === input ? `Input "${input}"` : s;
  };
  return { quoted, subject };
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

// src/modes/context.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");

// src/shared/findings.ts
function countFindings(findings, severity) {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n += f.count ?? 1;
  return n;
}
function formatFinding(f) {
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : "";
  return `${where}${f.severity}[${f.rule}]: ${f.message}`;
}

// src/shared/controls.ts
var CONTROLS = [
  [0, 31],
  [127, 159],
  [8232, 8233]
];
var CONTROLS_BUT_NEWLINE = [[0, 9], [11, 31], ...CONTROLS.slice(1)];
var escape = (code) => `\\u${code.toString(16).padStart(4, "0")}`;
function runsOf(ranges) {
  const members = ranges.map(([from, to]) => from === to ? escape(from) : `${escape(from)}-${escape(to)}`);
  return new RegExp(`[${members.join("")}]+`, "g");
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
var CharacterCodes;
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

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
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

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
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
var ParseErrorCode;
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

// src/shared/bounds.ts
var MAX_LINES = 1e5;
var MAX_ENTRIES = 2e5;
var MAX_JSON_LINES = 10 * MAX_LINES;
var MAX_JSON_ENTRIES = 10 * MAX_ENTRIES;

// src/policy/source.ts
var MAX_FILE_BYTES = 10 * 1024 * 1024;
var MAX_GRANT_FILE_BYTES = 64 * 1024;
var UNUSUAL = new RegExp(
  runsOf([
    [0, 9],
    [11, 31],
    [127, 159],
    [8232, 8233],
    [65279, 65279],
    [55296, 57343]
  ]).source
);

// src/shared/version.ts
var VERSION = "0.1.0";

// src/policy/schemas.ts
var SCHEMA_BASE = `https://unpkg.com/tailpolicy@${VERSION}/schemas`;
var PATTERNS = {
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
var principal = {
  type: "string",
  pattern: PATTERNS.principal,
  description: "A login name (alice@example.com) or a group of the policy (group:sre)."
};
var principals = { type: "array", items: principal, minItems: 1, uniqueItems: true };
var approver = {
  type: "string",
  pattern: PATTERNS.approver,
  description: "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)."
};
var approvers = { type: "array", items: approver, minItems: 1, uniqueItems: true };
var duration = {
  type: "string",
  pattern: PATTERNS.duration,
  description: "A duration in whole minutes, hours or days: 90m, 8h or 7d."
};
var timestamp = {
  type: "string",
  pattern: PATTERNS.timestamp,
  description: "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused."
};
var regex = {
  type: "string",
  minLength: 1,
  description: "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$."
};
var domain = {
  type: "string",
  pattern: PATTERNS.domain,
  description: "A domain name, e.g. corp.example.com."
};
var resolver = {
  type: "string",
  pattern: PATTERNS.resolver,
  description: "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)."
};
var ruleList = (what) => ({
  type: "array",
  minItems: 1,
  description: `Tailscale ${what} entries without "src": the grantees become the source.`,
  items: { type: "object", not: { required: ["src"] } }
});
var enforce = {
  enum: ["posture"],
  description: "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs."
};
var grantSchema = {
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
var approvalFields = {
  maxDuration: duration,
  eligible: { ...approvers, description: "Who may be a grantee (default: anyone)." },
  approvers: { ...approvers, description: "Whose approving review counts." },
  approvals: { type: "integer", minimum: 1, maximum: 10, description: "How many distinct approvers (default 1)." },
  ticket: regex,
  enforce
};
var reminder = {
  ...duration,
  description: "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it."
};
var accessSchema = {
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
var dnsSchema = {
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
var folder = {
  type: "string",
  pattern: PATTERNS.folder,
  description: "A folder of the repository, relative to its root, e.g. policy/prod."
};
var targetsSchema = {
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

// src/policy/validators.ts
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "u");
var pattern2 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern3 = new RegExp("^[1-9][0-9]{0,5}[mhd]$", "u");
var pattern5 = new RegExp("^[^\\s@:]+@[^\\s@:]+$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
var pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
var pattern9 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "u");
var pattern12 = new RegExp("^[A-Z0-9]{2,20}$", "u");
var pattern16 = new RegExp("^[a-z0-9][a-z0-9_-]{0,39}$", "u");
var pattern21 = new RegExp("^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "u");
var pattern22 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "u");
var pattern26 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "u");

// src/policy/shape.ts
var timestampForm = new RegExp(PATTERNS.timestamp, "u");
var kindOfPattern = new Map(Object.entries(PATTERNS).map(([k, p]) => [p, k]));

// src/policy/targets.ts
var TARGETS_FILE = "tailpolicy.yaml";
function singleTarget(policyDir, grantsDir) {
  return { multi: false, targets: [{ policyDirs: [trimDir(policyDir)], grantsDir: trimDir(grantsDir) }] };
}
function trimDir(dir) {
  return dir.replace(/\/+$/, "") || ".";
}

// src/repo.ts
var LayoutError = class extends UserError {
  constructor(findings) {
    super(`${TARGETS_FILE} has ${findings.length} error(s):
` + findings.map((f) => formatFinding(f)).join("\n"), 1);
    this.findings = findings;
    this.name = "LayoutError";
  }
  findings;
};
var buffer = Buffer.allocUnsafe(64 * 1024);

// src/modes/context.ts
var inputNames = (input) => input;
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
      event = JSON.parse((0, import_node_fs.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${e.message}`);
    }
  }
  return {
    ...edge,
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: (0, import_node_path.join)(env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "tailpolicy"),
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

// src/runner-log.ts
var import_node_fs2 = require("node:fs");
var import_node_os2 = require("node:os");

// src/shared/builtin.ts
var import_node_module = require("node:module");
function builtin(name) {
  return process.getBuiltinModule?.(name) ?? (0, import_node_module.createRequire)(__filename)(name);
}

// src/runner-log.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function issueCommand(command, properties, message) {
  let text = `::${command}`;
  const set = Object.entries(properties).filter(([, v]) => v);
  if (set.length > 0) text += ` ${set.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}`;
  process.stdout.write(`${text}::${escapeData(message)}${import_node_os2.EOL}`);
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
      const fd = (0, import_node_fs2.openSync)("/dev/urandom", "r");
      try {
        const b = Buffer.alloc(16);
        if ((0, import_node_fs2.readSync)(fd, b, 0, 16, null) === 16) bytes = b;
      } finally {
        (0, import_node_fs2.closeSync)(fd);
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
  if (!(0, import_node_fs2.existsSync)(file)) throw new Error(`Missing file at path: ${file}`);
  (0, import_node_fs2.appendFileSync)(file, `${name}<<${delimiter}${import_node_os2.EOL}${value}${import_node_os2.EOL}${delimiter}${import_node_os2.EOL}`, { encoding: "utf8" });
}
function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries."
    );
  try {
    (0, import_node_fs2.accessSync)(file, import_node_fs2.constants.R_OK | import_node_fs2.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  (0, import_node_fs2.appendFileSync)(file, markdown + import_node_os2.EOL, { encoding: "utf8" });
}
function setFailed(message) {
  process.exitCode = 1;
  issueCommand("error", {}, message);
}
var runnerIdToken = async (audience) => (await Promise.resolve().then(() => __toESM(require_core(), 1))).getIDToken(audience);

// src/report/escape.ts
var CONTROL_RUNS = runsOf(CONTROLS);
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NOT_FLAT = new RegExp(`${CONTROL_RUNS.source}|${BIDI_CONTROLS.source}|[^\\S ]|\\s\\s|^\\s|\\s$`);
function oneLine(text, max = 500) {
  const flat = NOT_FLAT.test(text) ? text.replace(BIDI_CONTROLS, "").replace(CONTROL_RUNS, " ").replace(/\s+/g, " ").trim() : text;
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/report/annotations.ts
function annotate(log, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? "";
    byFile.set(key, [...byFile.get(key) ?? [], f]);
  }
  for (const [file, list] of byFile) {
    log.group(file || "tailpolicy", () => {
      for (const f of list) {
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
  audit: async () => (await Promise.resolve().then(() => (init_audit(), audit_exports))).auditMode,
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
