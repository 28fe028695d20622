/**
 * When revocation happens: the workflow's cron schedule (from the `schedule` event's payload)
 * read well enough to say when the next scheduled run after a grant's expiry is due, and how
 * late this run started. Pure.
 *
 * GitHub evaluates schedules in UTC with the five POSIX fields (month and weekday names
 * allowed); the non-standard extensions (L, W, #) are not read, and such a schedule is simply
 * not described.
 */

const MINUTE_MS = 60_000;
const HORIZON_MS = 8 * 24 * 3_600_000;

export interface Schedule {
  text: string;
  matches(date: Date): boolean;
}

const FIELDS: Array<[min: number, max: number]> = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 7], // day of week (0 and 7 are Sunday)
];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** A cron expression with five fields, or undefined when it has another form. */
export function parseCron(text: string): Schedule | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 5) return undefined;
  const sets: Array<Set<number>> = [];
  for (const [i, part] of parts.entries()) {
    const names = i === 3 ? MONTHS : i === 4 ? WEEKDAYS : [];
    const numeric = part.replace(/[A-Za-z]{3}/g, (name) => {
      const index = names.indexOf(name.toUpperCase());
      return index < 0 ? name : String(i === 3 ? index + 1 : index);
    });
    const set = parseField(numeric, FIELDS[i]![0], FIELDS[i]![1]);
    if (!set) return undefined;
    sets.push(set);
  }
  const [minutes, hours, days, months, weekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (weekdays.has(7)) weekdays.add(0);
  const dayRestricted = parts[2] !== '*';
  const weekdayRestricted = parts[4] !== '*';
  return {
    text: parts.join(' '),
    matches(date) {
      if (!minutes.has(date.getUTCMinutes()) || !hours.has(date.getUTCHours()) || !months.has(date.getUTCMonth() + 1))
        return false;
      const dom = days.has(date.getUTCDate());
      const dow = weekdays.has(date.getUTCDay());
      // POSIX: when both day fields are restricted, either may match.
      return dayRestricted && weekdayRestricted ? dom || dow : dom && dow;
    },
  };
}

function parseField(field: string, min: number, max: number): Set<number> | undefined {
  const out = new Set<number>();
  for (const item of field.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
    if (!m) return undefined;
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    let from = min;
    let to = max;
    if (m[1] !== '*') {
      from = Number(m[2]);
      to = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? max : from;
    }
    if (step < 1 || from < min || to > max || from > to) return undefined;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

/** The first scheduled time at or after `at` (whole minutes), within eight days. */
export function nextRun(schedule: Schedule, at: Date): Date | undefined {
  const start = Math.ceil(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t <= start + HORIZON_MS; t += MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return undefined;
}

/** The last scheduled time at or before `at`, within eight days. */
export function previousRun(schedule: Schedule, at: Date): Date | undefined {
  const start = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t >= start - HORIZON_MS; t -= MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return undefined;
}

/** The longest wait between two scheduled times over the week from `from`: the worst case for an expiry. */
export function longestGap(schedule: Schedule, from: Date): number | undefined {
  let previous = nextRun(schedule, from);
  if (!previous) return undefined;
  let longest = 0;
  const end = previous.getTime() + 7 * 24 * 3_600_000;
  while (previous.getTime() < end) {
    const next = nextRun(schedule, new Date(previous.getTime() + MINUTE_MS));
    if (!next) return undefined;
    longest = Math.max(longest, next.getTime() - previous.getTime());
    previous = next;
  }
  return longest;
}
