import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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
var DURATION = /^([1-9]\d{0,5})(m|h|d)$/;
function parseTimestamp(text) {
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
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isBareDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const m = DURATION.exec(text);
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
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export {
  __require,
  __commonJS,
  __toESM,
  UserError,
  ExternalError,
  parseTimestamp,
  isBareDate,
  parseDuration,
  formatDuration,
  isoUtc,
  humanUtc
};
