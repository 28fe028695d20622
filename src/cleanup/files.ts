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

/** The one branch the cleanup PR lives on (of a repository without tailpolicy.yaml). */
export const CLEANUP_BRANCH = 'tailpolicy/expired';

/**
 * The cleanup branch of a target of tailpolicy.yaml, `tailpolicy/expired-<name>` (SPEC 1.5): each
 * tailnet's expire job keeps its own branch and PR, so two jobs never fight over one.
 */
export function cleanupBranch(target?: string): string {
  return target === undefined ? CLEANUP_BRANCH : `${CLEANUP_BRANCH}-${target}`;
}

/** Is `ref` a cleanup branch, of any target? (Such a PR is never the one that added a grant.) */
export function isCleanupBranch(ref: string): boolean {
  return ref === CLEANUP_BRANCH || ref.startsWith(`${CLEANUP_BRANCH}-`);
}
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

/** Whether a grant's access is out of the live policy: read back after the run, never assumed. */
export type AccessState = 'out' | 'live' | 'unknown';

export interface AccessReport {
  state: ReadonlyMap<string, AccessState>;
  /** Why the live policy could not be read (the reason for every `unknown`). */
  error?: string;
}

export interface CleanupInput {
  expired: readonly ExpiredGrant[];
  soon: readonly GrantSummary[];
  /** The PR that added each expired grant file, when it could be found. */
  origins?: ReadonlyMap<string, number>;
  /** Each expired file's access, read back from the live policy; absent = unknown for every file. */
  access?: AccessReport;
  /** With tailpolicy.yaml: the target, whose own branch and PR these are. */
  target?: string;
}

/** One file's access, in words: what the commit, the PR and the summary say. */
export function accessWords(path: string, access: AccessReport | undefined): string {
  const state = access?.state.get(path) ?? 'unknown';
  if (state === 'out') return 'access is out of the live policy';
  if (state === 'live') return 'access NOT removed: its rules are still in the live tailnet policy';
  return `access NOT removed as far as tailpolicy can tell: the live tailnet policy could not be read back (${access?.error ?? 'no Tailscale credential'})`;
}

export interface CleanupPull {
  /** The branch the PR lives on; default CLEANUP_BRANCH. */
  branch?: string;
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
  const of = input.target === undefined ? '' : ` of ${input.target}`;
  const title = `tailpolicy: delete ${n} expired access grant${n === 1 ? '' : 's'}${of}`;
  const commitMessage =
    `Delete ${n} expired access grant${n === 1 ? '' : 's'}\n\n` +
    `${accessSentence(deletions, input.access)} This removes the file${n === 1 ? '' : 's'}.\n\n` +
    deletions.map((p) => `- ${oneLine(p, 300)}: ${accessWords(p, input.access)}`).join('\n') +
    '\n';
  return {
    ...(input.target === undefined ? {} : { branch: cleanupBranch(input.target) }),
    deletions,
    title,
    body: renderCleanupBody(expired, input.soon, input.origins ?? new Map(), input.access),
    commitMessage,
  };
}

/** The sentence that says, from the read back, whether the access is out. */
export function accessSentence(paths: readonly string[], access: AccessReport | undefined): string {
  const notOut = paths.filter((p) => access?.state.get(p) !== 'out');
  if (notOut.length === 0)
    return `tailpolicy read the live tailnet policy back: the access of ${paths.length === 1 ? 'this grant' : `all ${paths.length} grants`} is out of it.`;
  return (
    `Access NOT removed for ${notOut.length} of ${paths.length} grant${paths.length === 1 ? '' : 's'}: ` +
    'tailpolicy read the live tailnet policy back and could not confirm that their rules are out of it (see each file below).'
  );
}

/** The table of expired grants, shared by the PR body and the job summary. */
export function expiredTable(
  expired: readonly ExpiredGrant[],
  origins: ReadonlyMap<string, number> = new Map(),
  access?: AccessReport,
): string {
  const lines = [
    '| Grant file | Grantees | Resource | Reason | Expired | Requested in | Access |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const g of expired) {
    const origin = origins.get(g.path);
    const state = access?.state.get(g.path) ?? 'unknown';
    const cell =
      state === 'out'
        ? 'out of the live policy'
        : state === 'live'
          ? '**NOT removed**: still in the live policy'
          : '**NOT removed** as far as known: the live policy could not be read';
    lines.push(
      `| ${code(g.path)} | ${md(g.grantees.join(', '))} | ${md(g.resource)} | ${md(g.reason, 300)}${g.ticket ? ` (${md(g.ticket, 100)})` : ''} | ` +
        `${md(humanUtc(g.expires))} | ${origin !== undefined ? `#${origin}` : '—'} | ${cell} |`,
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
  access: AccessReport | undefined,
): string {
  const n = expired.length;
  const logins = [...new Set(expired.flatMap((g) => g.logins))].sort();
  const unmapped = [...new Set(expired.flatMap((g) => g.unmapped))].sort();
  const notOut = expired.filter((g) => access?.state.get(g.path) !== 'out');
  const out = [CLEANUP_MARKER, `### ${n} expired access grant${n === 1 ? '' : 's'}`, ''];
  if (notOut.length)
    out.push(
      `> [!WARNING]\n> Access NOT removed for ${notOut.length} of ${n}: ${notOut.map((g) => code(g.path)).join(', ')}. ` +
        'Their rules may still be in the live tailnet policy; the run that updated this pull request failed and says why. ' +
        'Merging this pull request does not take them out.',
      '',
    );
  out.push(
    'Each scheduled run of tailpolicy takes the rules of expired grants out of the tailnet policy, whether or not this pull request is merged, ' +
      'then reads the live policy back: the Access column says what it found. ' +
      'Merging this pull request deletes the files, so that the grants folder shows only current and upcoming access. ' +
      'No approval is needed to delete a grant.',
    '',
    expiredTable(expired, origins, access),
  );
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
