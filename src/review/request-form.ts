/**
 * Access requests without writing YAML (SPEC 2.8), the pure part: who is asking, the grant file
 * a request becomes, its name and branch, whether the repository's rules allow it, and whom to
 * ask for review. The command line (`tailpolicy request`) and `mode: request` (an issue form)
 * both build their pull request from this.
 *
 * Text that came from a person (the reason, the ticket, an issue's body) is data: it only ever
 * becomes a quoted YAML string in the file, and every name and path is made from values checked
 * against access.yaml (the resource, the requester's login), never from free text.
 */
import type { AccessConfig } from '../policy/access.js';
import { groupMembers } from '../policy/access.js';
import { rulesFor, type Grant } from '../policy/grants.js';
import type { Policy } from '../policy/merge.js';
import type { SourceText } from '../policy/source.js';
import { parseDuration } from '../shared/time.js';
import { checkRepository, type CheckResult } from '../validate/offline.js';
import { evaluateApprovals } from './approvals.js';

export interface AccessRequest {
  resource: string;
  /** `90m`, `4h`, `2d`: the grant says `duration:`, counted from its merge. */
  duration: string;
  reason: string;
  ticket?: string;
  /** The grantee's login name (alice@example.com). */
  grantee: string;
}

export interface Requester {
  /** The login name (alice@example.com), a key of access.yaml `people` or a user of the policy. */
  login: string;
  /** Their GitHub login, when known. */
  github?: string;
}

/**
 * Who is asking: by GitHub login through `people` (first), else by e-mail (`git config
 * user.email`) when that is a login name of `people` or of the policy's groups.
 */
export function findRequester(
  access: AccessConfig,
  policy: Policy,
  who: { github?: string; email?: string },
): Requester | undefined {
  if (who.github) {
    const gh = who.github.toLowerCase();
    const login = [...access.people].find(([, g]) => g.toLowerCase() === gh)?.[0];
    if (login) return { login, github: access.people.get(login) };
  }
  if (who.email) {
    const email = who.email.trim().toLowerCase();
    const known = [...access.people.keys(), ...[...groupMembers(policy).values()].flat()];
    const login = known.find((l) => l.toLowerCase() === email);
    if (login) return { login, ...(access.people.has(login) ? { github: access.people.get(login) } : {}) };
  }
  return undefined;
}

/** `--grantee`: a login name, or a GitHub login mapped in `people`. */
export function findGrantee(access: AccessConfig, policy: Policy, given: string): Requester | undefined {
  return (
    findRequester(access, policy, { github: given }) ??
    findRequester(access, policy, { email: given }) ??
    (/^[^\s@:]+@[^\s@:]+$/.test(given) ? { login: given } : undefined)
  );
}

/** The grant file, written so that any reason or ticket stays one quoted string. */
export function grantFileText(r: AccessRequest, schemaPath = '../schemas/grant.schema.json'): string {
  const quote = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
  return (
    `# yaml-language-server: $schema=${schemaPath}\n` +
    `grantees: [${quote(r.grantee)}]\n` +
    `resource: ${quote(r.resource)}\n` +
    `reason: ${quote(r.reason)}\n` +
    (r.ticket !== undefined ? `ticket: ${quote(r.ticket)}\n` : '') +
    `duration: ${r.duration}\n`
  );
}

/** A name part: lower case letters, digits and single hyphens only. */
export function slug(text: string, max = 40): string {
  return (
    text
      .toLowerCase()
      .replace(/@.*$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'x'
  );
}

/**
 * The readable name of the grant file and of its branch, `access/<login>-<resource>-<date>`,
 * made unique against `taken` (paths and branches that already exist) with `-2`, `-3`, ….
 */
export function requestNames(
  r: AccessRequest,
  who: Requester,
  now: Date,
  grantsDir: string,
  taken: (path: string, branch: string) => boolean,
  suffix = '',
): { path: string; branch: string } {
  const stem = `${slug(who.github ?? who.login)}-${slug(r.resource)}-${now.toISOString().slice(0, 10)}${suffix}`;
  const dir = grantsDir.replace(/\/+$/, '');
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem}-${n}`;
    const names = { path: `${dir}/${name}.yaml`, branch: `access/${name}` };
    if (!taken(names.path, names.branch) || n > 50) return names;
  }
}

export interface RequestCheck {
  base: CheckResult;
  head: CheckResult;
  /** What is wrong with the request, in words a requester can act on; empty when it may be opened. */
  problems: string[];
}

/** Checks the grant the request would add against the repository's rules, at `now`. */
export function checkRequest(
  files: {
    policyDir: string | readonly string[];
    policyFiles: readonly SourceText[];
    grantFiles: readonly SourceText[];
  },
  grant: SourceText,
  now: Date,
): RequestCheck {
  const base = checkRepository({ ...files, now });
  const head = checkRepository({ ...files, grantFiles: [...files.grantFiles, grant], now });
  const problems: string[] = [];
  if (base.compiled.baseErrors) {
    problems.push('the repository\'s base policy has errors, so no request can be checked; run "tailpolicy check"');
  }
  const own = head.findings.filter((f) => f.severity === 'error' && f.location?.file === grant.path);
  problems.push(...own.map((f) => f.message));
  return { base, head, problems };
}

/** The request's own fields, before the repository's rules: what a person typed. */
export function requestFieldProblems(r: Partial<AccessRequest>, access: AccessConfig): string[] {
  const problems: string[] = [];
  const resources = [...access.resources.keys()];
  if (!r.resource) problems.push(`Say which resource: one of ${resources.join(', ') || '(none defined)'}.`);
  else if (!access.resources.has(r.resource)) {
    problems.push(
      `"${r.resource.slice(0, 100)}" is not a resource of access.yaml; use one of ${resources.join(', ') || '(none defined)'}.`,
    );
  }
  if (!r.duration) problems.push('Say for how long, e.g. 4h (minutes, hours or days: 90m, 4h, 2d).');
  else if (parseDuration(r.duration) === undefined) {
    problems.push(`"${r.duration.slice(0, 50)}" is not a duration; write whole minutes, hours or days: 90m, 4h, 2d.`);
  }
  if (!r.reason || !r.reason.trim()) problems.push('Say why you need the access (the reason).');
  else if (r.reason.length > 1000) problems.push('The reason is longer than 1000 characters; shorten it.');
  if (r.ticket !== undefined && (r.ticket.length > 200 || /[\r\n]/.test(r.ticket))) {
    problems.push('The ticket must be one line of at most 200 characters.');
  }
  return problems;
}

/**
 * Whom to ask for review: the GitHub logins that could give a counting approval (never the
 * PR's author or a grantee), and GitHub teams named `team:<org>/<slug>` among the approvers.
 */
export function reviewersFor(
  grant: Grant,
  access: AccessConfig,
  policy: Policy,
  author: string | null,
): { reviewers: string[]; teamReviewers: string[] } {
  const verdict = evaluateApprovals(grant, access, policy, { author, headSha: '' }, []);
  const teams = (rulesFor(grant, access)?.approvers ?? [])
    .filter((a) => a.startsWith('team:'))
    .map((a) => a.slice(a.indexOf('/') + 1));
  return { reviewers: verdict.candidates.slice(0, 15), teamReviewers: teams.slice(0, 15) };
}

export interface FormAnswers {
  resource?: string;
  duration?: string;
  reason?: string;
  ticket?: string;
}

/** Field ids of the issue form (.github/ISSUE_TEMPLATE/request-access.yml). */
export const FORM_FIELDS = ['resource', 'duration', 'reason', 'ticket'] as const;

/**
 * The labels GitHub writes as headings for each field (the body carries labels, not ids): those
 * of the form `tailpolicy init` writes (Resource, For how long, Reason, Ticket), and the ids.
 */
const FIELD_LABELS: ReadonlyArray<readonly [RegExp, (typeof FORM_FIELDS)[number]]> = [
  [/^resource\b/, 'resource'],
  [/^(duration|for how long|how long)\b/, 'duration'],
  [/^reason\b/, 'reason'],
  [/^ticket\b/, 'ticket'],
];

/**
 * The answers of an issue form, from the issue body GitHub writes: `### <label>` then the
 * answer, `_No response_` for an empty optional field. Undefined when the body is not such a
 * form (no resource or duration section).
 */
export function parseIssueForm(body: string | null): FormAnswers | undefined {
  if (!body) return undefined;
  const sections = body
    .replace(/\r\n?/g, '\n')
    .split(/^###[ \t]+/m)
    .slice(1);
  const out: FormAnswers = {};
  for (const section of sections) {
    const newline = section.indexOf('\n');
    const label = (newline < 0 ? section : section.slice(0, newline)).trim().toLowerCase();
    const field = FIELD_LABELS.find(([pattern]) => pattern.test(label))?.[1];
    if (!field || out[field] !== undefined) continue;
    const answer = (newline < 0 ? '' : section.slice(newline + 1)).trim();
    if (answer === '' || answer === '_No response_') continue;
    // A dropdown's option may carry a description after the name ("prod-db: Production Postgres").
    const line = answer.split('\n')[0]!.trim();
    out[field] = field === 'reason' ? answer : field === 'resource' ? line.split(/[\s:,(]/)[0]! : line;
  }
  return out.resource !== undefined || out.duration !== undefined ? out : undefined;
}
