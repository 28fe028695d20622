/**
 * The cleanup pull request of `expire` mode (SPEC 2.6), planned without any I/O: which grant
 * files to delete, and the title, body and commit message that say so.
 *
 * Everything here is a function of the compiled repository (and of the original PRs the caller
 * looked up), never of the clock beyond `compiled.now`'s effect on grant states, so two runs on
 * the same repository produce the same PR byte for byte and the second one changes nothing.
 *
 * Grant files come from pull requests: every piece of their text goes through `md()`. The only
 * raw `@` in the body are the grantees' GitHub logins from access.yaml `people`, the mentions
 * the PR is meant to make, and only when they have the shape of a GitHub login.
 */
import { groupMembers } from '../policy/access.js';
import type { Compiled } from '../policy/compile.js';
import { humanUtc } from '../shared/time.js';
import { code, md, oneLine } from '../report/escape.js';
import { COMMENT_LIMIT, truncate } from '../report/markdown.js';

/** The one branch the cleanup PR lives on. */
export const CLEANUP_BRANCH = 'tailpolicy/expired';
/** Marks a PR body as tailpolicy's cleanup PR. */
export const CLEANUP_MARKER = '<!-- tailpolicy:cleanup -->';
/** How far ahead the PR body looks for grants about to expire. */
export const SOON_MS = 24 * 3_600_000;

export interface GrantSummary {
  path: string;
  grantees: string[];
  /** The resource, or `inline rules`. */
  resource: string;
  reason: string;
  ticket?: string;
  starts?: Date;
  expires: Date;
}

export interface ExpiredGrant extends GrantSummary {
  /** The grantees' GitHub logins (through `people`, groups expanded), sorted, without duplicates. */
  logins: string[];
  /** Grantees (or group members) with no GitHub login in `people`. */
  unmapped: string[];
}

/**
 * Every grant file whose `expires` has passed, in path order. A file that has other errors but
 * whose window could be read is included: deleting an expired grant never widens access.
 */
export function expiredGrants(compiled: Compiled): ExpiredGrant[] {
  const groups = groupMembers(compiled.policy);
  const out: ExpiredGrant[] = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || entry.state !== 'expired') continue;
    const users = [
      ...new Set(g.grantees.flatMap((who) => (who.startsWith('group:') ? (groups.get(who) ?? []) : [who]))),
    ];
    const logins = new Set<string>();
    const unmapped: string[] = [];
    for (const user of users) {
      const login = compiled.access.people.get(user);
      if (login !== undefined && isGitHubLogin(login)) logins.add(login);
      else unmapped.push(user);
    }
    out.push({ ...summarize(g), logins: [...logins].sort(), unmapped: unmapped.sort() });
  }
  return out;
}

/** Grants that are not expired yet but will be within `withinMs` of `compiled.now`. */
export function expiringSoon(compiled: Compiled, withinMs = SOON_MS): GrantSummary[] {
  const until = compiled.now.getTime() + withinMs;
  return compiled.grants
    .filter((e) => e.grant && e.state !== 'expired' && e.grant.expires.getTime() <= until)
    .map((e) => summarize(e.grant!))
    .sort((a, b) => a.expires.getTime() - b.expires.getTime() || (a.path < b.path ? -1 : 1));
}

function summarize(g: NonNullable<Compiled['grants'][number]['grant']>): GrantSummary {
  return {
    path: g.path,
    grantees: g.grantees,
    resource: g.resource ?? 'inline rules',
    reason: g.reason,
    ...(g.ticket !== undefined && { ticket: g.ticket }),
    ...(g.starts && { starts: g.starts }),
    expires: g.expires,
  };
}

/** GitHub's login rule: letters, digits and single inner hyphens, at most 39 characters. */
export function isGitHubLogin(login: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login);
}

export interface CleanupInput {
  expired: readonly ExpiredGrant[];
  soon: readonly GrantSummary[];
  /** The PR that added each expired grant file, when it could be found. */
  origins?: ReadonlyMap<string, number>;
}

export interface CleanupPull {
  /** Paths to delete, sorted; empty = no PR should be open. */
  deletions: string[];
  title: string;
  body: string;
  commitMessage: string;
}

export function planCleanupPull(input: CleanupInput): CleanupPull {
  const expired = [...input.expired].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const n = expired.length;
  const deletions = expired.map((g) => g.path);
  const title = `tailpolicy: delete ${n} expired access grant${n === 1 ? '' : 's'}`;
  const commitMessage =
    `Delete ${n} expired access grant${n === 1 ? '' : 's'}\n\n` +
    `tailpolicy already took ${n === 1 ? 'it' : 'them'} out of the tailnet policy; this removes the file${n === 1 ? '' : 's'}.\n\n` +
    deletions.map((p) => `- ${oneLine(p, 300)}`).join('\n') +
    '\n';
  return { deletions, title, body: renderCleanupBody(expired, input.soon, input.origins ?? new Map()), commitMessage };
}

/** The table of expired grants, shared by the PR body and the job summary. */
export function expiredTable(
  expired: readonly ExpiredGrant[],
  origins: ReadonlyMap<string, number> = new Map(),
): string {
  const lines = [
    '| Grant file | Grantees | Resource | Reason | Expired | Requested in |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const g of expired) {
    const origin = origins.get(g.path);
    lines.push(
      `| ${code(g.path)} | ${md(g.grantees.join(', '))} | ${md(g.resource)} | ${md(g.reason, 300)}${g.ticket ? ` (${md(g.ticket, 100)})` : ''} | ` +
        `${md(humanUtc(g.expires))} | ${origin !== undefined ? `#${origin}` : '—'} |`,
    );
  }
  return lines.join('\n') + '\n';
}

export function soonTable(soon: readonly GrantSummary[]): string {
  const lines = ['| Grant file | Grantees | Resource | Expires |', '| --- | --- | --- | --- |'];
  for (const g of soon) {
    lines.push(`| ${code(g.path)} | ${md(g.grantees.join(', '))} | ${md(g.resource)} | ${md(humanUtc(g.expires))} |`);
  }
  return lines.join('\n') + '\n';
}

function renderCleanupBody(
  expired: readonly ExpiredGrant[],
  soon: readonly GrantSummary[],
  origins: ReadonlyMap<string, number>,
): string {
  const n = expired.length;
  const logins = [...new Set(expired.flatMap((g) => g.logins))].sort();
  const unmapped = [...new Set(expired.flatMap((g) => g.unmapped))].sort();
  const out = [
    CLEANUP_MARKER,
    `### ${n} expired access grant${n === 1 ? '' : 's'}`,
    '',
    'tailpolicy takes expired grants out of the tailnet policy on every scheduled run, whether or not this pull request is merged. ' +
      'Merging it deletes their files, so that the grants folder shows only current and upcoming access. ' +
      'No approval is needed to delete a grant.',
    '',
    expiredTable(expired, origins),
  ];
  if (logins.length)
    out.push(
      `Grantees: ${logins.map((l) => `@${l}`).join(', ')}: the access listed above has expired. Open a new grant pull request if you still need it.`,
      '',
    );
  if (unmapped.length) out.push(`No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(', '))}.`, '');
  if (soon.length) out.push('### Expiring within 24 hours', '', soonTable(soon));
  out.push(
    '---',
    '_Opened by tailpolicy (expire mode) and kept up to date by each scheduled run; closed when nothing is expired._',
    '',
  );
  return truncate(out.join('\n'), COMMENT_LIMIT);
}
