/**
 * Reminders before expiry (SPEC 1.3 `reminder`), planned without I/O: which active grants are
 * within their resource's `reminder` of `expires`, whom to mention, and the comment that says
 * when the access ends and the exact command that extends it.
 *
 * Once means once: each comment carries a marker naming the grant file and its `expires`, and
 * the caller posts only where no comment with that marker exists. An extension changes
 * `expires`, so the extended grant is reminded again before its new end. Expired grants get no
 * reminder (the cleanup PR speaks for them).
 */
import { groupMembers } from '../policy/access.js';
import type { Compiled } from '../policy/compile.js';
import { formatDuration, humanUtc, isoUtc } from '../shared/time.js';
import { code, md } from '../report/escape.js';
import { isGitHubLogin } from './files.js';

export interface DueReminder {
  path: string;
  resource: string;
  expires: Date;
  /** The grantees' GitHub logins (groups expanded), to mention. */
  logins: string[];
  /** Grantees with no GitHub login in `people`. */
  unmapped: string[];
  /** The hidden marker that makes the reminder once per grant version. */
  marker: string;
  body: string;
}

export function reminderMarker(path: string, expires: Date): string {
  // The path is a repository path of a grant file; encodeURIComponent keeps "-->" out of the comment.
  return `<!-- tailpolicy:reminder ${encodeURIComponent(path)} ${isoUtc(expires)} -->`;
}

/** A path as one shell word that is safe to paste: plain, or single-quoted without backticks or control characters. */
function shellWord(path: string): string {
  if (/^[A-Za-z0-9._/-]+$/.test(path)) return path;
  // eslint-disable-next-line no-control-regex
  const clean = path.replace(/[\u0000-\u001f\u007f`]/g, '');
  return `'${clean.replace(/'/g, `'\\''`)}'`;
}

/** Grants in the compiled policy (active, approved, valid) within their resource's `reminder` of expiry, in path order. */
export function dueReminders(compiled: Compiled): DueReminder[] {
  const now = compiled.now.getTime();
  const groups = groupMembers(compiled.policy);
  const out: DueReminder[] = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || !entry.included || entry.state !== 'active' || g.resource === undefined) continue;
    const within = compiled.access.resources.get(g.resource)?.reminderMs;
    const left = g.expires.getTime() - now;
    if (within === undefined || left <= 0 || left > within) continue;
    const users = [...new Set(g.grantees.flatMap((w) => (w.startsWith('group:') ? (groups.get(w) ?? []) : [w])))];
    const logins: string[] = [];
    const unmapped: string[] = [];
    for (const u of users) {
      const login = compiled.access.people.get(u);
      if (login !== undefined && isGitHubLogin(login)) logins.push(login);
      else unmapped.push(u);
    }
    const marker = reminderMarker(g.path, g.expires);
    const extend = `npx tailpolicy extend ${shellWord(g.path)} --by 1h --reason "…"`;
    const who = logins.length
      ? [...new Set(logins)]
          .sort()
          .map((l) => `@${l}`)
          .join(' ')
      : md(users.join(', '));
    const body = [
      marker,
      `⏰ ${who}: your access to ${code(g.resource)} (${code(g.path)}) ends at **${md(humanUtc(g.expires))}**, ` +
        `in ${md(formatDuration(left))}.`,
      '',
      'To keep it longer, open an extension (it needs approval like the grant did):',
      '',
      '```sh',
      extend,
      '```',
      ...(unmapped.length ? ['', `No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(', '))}.`] : []),
    ].join('\n');
    out.push({
      path: g.path,
      resource: g.resource,
      expires: g.expires,
      logins: [...new Set(logins)].sort(),
      unmapped,
      marker,
      body,
    });
  }
  return out;
}
