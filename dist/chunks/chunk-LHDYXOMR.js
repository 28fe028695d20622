import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);

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
  const y = date.getUTCFullYear();
  if (!(y >= 1e3 && y <= 9999)) return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${y}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
function two(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

// src/shared/version.ts
var VERSION = "0.1.0";
var ACTION_REPOSITORY = "tailpolicy/tailpolicy";

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
function closest(name, candidates, maxDistance) {
  let best;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

export {
  parseTimestamp,
  isBareDate,
  parseDuration,
  formatDuration,
  isoUtc,
  humanUtc,
  closest,
  VERSION,
  ACTION_REPOSITORY
};
