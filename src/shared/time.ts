/**
 * Times and durations in tailpolicy's files. Pure.
 *
 * Times are RFC 3339 with a mandatory zone (`Z` or `±hh:mm`): a bare date or a zone-less time
 * would be read differently on different machines, and an expiry must never be ambiguous.
 * Durations are whole minutes, hours or days: `90m`, `8h`, `7d`.
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
const DURATION = /^([1-9]\d{0,5})(m|h|d)$/;

export function parseTimestamp(text: string): Date | undefined {
  const utc = plainUtc(text);
  if (utc !== null) return utc;
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The form nearly every file writes, `2026-11-22T02:00:00Z`, read from its characters: the same
 * Date as the general reading below, without its match array, replace and date-string parse
 * (parsed twice per time per grant: a tenth of the garbage of reading 10,000 grants). Null when
 * the text is not exactly that form (or its year is before 1000): the general reading decides.
 */
function plainUtc(text: string): Date | undefined | null {
  if (text.length !== 20 || text.charCodeAt(10) !== 0x54 /* T */ || text.charCodeAt(19) !== 0x5a /* Z */) return null;
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d || text.charCodeAt(13) !== 0x3a) return null;
  if (text.charCodeAt(16) !== 0x3a) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second) || year < 1000) return null;
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** The number written by `count` decimal digits at `at`; NaN when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in the month of a year from 1000 on (where daysInMonth's Date.UTC reads the year as given). */
function monthDays(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isBareDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** A short human form: `8h`, `1d 4h`, `45m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '0m';
}

/** `2026-11-22T02:00:00Z`: seconds precision, UTC, the form used in all output. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2026-11-22 02:00 UTC`: the form used in sentences. */
export function humanUtc(date: Date): string {
  // Grants' times repeat (a day's expiries, the same start): each text is kept for its time, a
  // few thousand at most, instead of being built four times per grant.
  const ms = date.getTime();
  const known = HUMAN.get(ms);
  if (known !== undefined) return known;
  const text = humanUtcOf(date);
  if (HUMAN.size >= 4096) HUMAN.clear();
  if (!Number.isNaN(ms)) HUMAN.set(ms, text);
  return text;
}

const HUMAN = new Map<number, string>();

function humanUtcOf(date: Date): string {
  // From the date's fields: a third of the time of toISOString, slice and replace, and it runs
  // four times per grant. Years outside 1000-9999 (and invalid dates) keep toISOString's form.
  const y = date.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${y}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
