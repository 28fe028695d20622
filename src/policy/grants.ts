/**
 * Grant files (SPEC 1.2): one time-bound access grant per file. Pure.
 *
 * A grant that fails any check is left out of the compiled policy and reported (SPEC 4,
 * property 4): an error may narrow access, never widen it, and never block the revocation of
 * other grants.
 */
import { error, warning, type Finding, type Locator } from '../shared/findings.js';
import {
  groupMembers,
  includesUser,
  isTeam,
  type AccessConfig,
  type ApprovalRules,
  type TeamMembers,
} from './access.js';
import type { Policy } from './merge.js';
import type { ParsedSource } from './source.js';
import { formatDuration, parseDuration, parseTimestamp } from '../shared/time.js';
import { validateShape } from './shape.js';
import type { GrantDoc } from './schemas.js';

export type GrantState = 'active' | 'scheduled' | 'expired';

export interface Grant {
  path: string;
  grantees: string[];
  resource?: string;
  reason: string;
  ticket?: string;
  starts?: Date;
  /** When the access ends: the file's `expires`, or for a `duration` grant its merge + duration. */
  expires: Date;
  /**
   * `duration: 4h` instead of `expires` (SPEC 1.2): the window starts when the file reached the
   * default branch. `mergedAt` is undefined while it has not (a pull request, an uncommitted
   * file): `expires` is then counted from `now`, as if it merged now, and the plan says "from merge".
   */
  duration?: { text: string; ms: number; mergedAt?: Date };
  /** Inline rules (without `src`), when the grant carries its own instead of a resource. */
  inline?: { grants: Record<string, unknown>[]; ssh: Record<string, unknown>[] };
  locate: Locator;
}

/** `starts ≤ now < expires` is active; before `starts` scheduled; from `expires` on expired. */
export function grantState(g: Pick<Grant, 'starts' | 'expires'>, now: Date): GrantState {
  const t = now.getTime();
  if (g.expires.getTime() <= t) return 'expired';
  if (g.starts && t < g.starts.getTime()) return 'scheduled';
  return 'active';
}

/**
 * When a `duration` grant's file reached the default branch: the time, or why it is not known
 * (a shallow checkout: never a guess). Absent for a file that has not merged.
 */
export type MergeTime = { at: Date } | { problem: string };

export interface BuildOptions {
  /** For a `duration` grant: when its file reached the default branch. */
  merged?: MergeTime;
  /** For a `duration` grant that has not merged: the window is counted from now. */
  now?: Date;
}

/** Layers 1–2 for one grant file: the model, or the findings that stop it. */
export function buildGrant(file: ParsedSource, opts: BuildOptions = {}): { grant?: Grant; findings: Finding[] } {
  if (file.value === undefined) return { findings: file.findings };
  const findings = [...windowShape(file), ...validateShape('grant', file.value ?? {}, file.locate)];
  if (findings.length > 0) return { findings };
  const doc = file.value as GrantDoc;
  let duration: Grant['duration'];
  if (doc.duration !== undefined) {
    if (opts.merged && 'problem' in opts.merged) {
      return { findings: [error('grant/merge-time-unknown', opts.merged.problem, file.locate(['duration']))] };
    }
    const mergedAt = opts.merged?.at;
    duration = { text: doc.duration, ms: parseDuration(doc.duration)!, ...(mergedAt ? { mergedAt } : {}) };
  }
  if (doc.resource !== undefined && (doc.grants || doc.ssh)) {
    return {
      findings: [
        error(
          'grant/resource-and-inline',
          'A grant names either a "resource" or carries inline "grants"/"ssh" rules, not both. Remove one.',
          file.locate(['resource'], { key: true }),
        ),
      ],
    };
  }
  if (doc.resource === undefined && !doc.grants && !doc.ssh) {
    return {
      findings: [
        error(
          'grant/no-access',
          'The grant gives no access: name a "resource" from policy/access.yaml (or inline "grants"/"ssh" rules).',
          file.locate([]),
        ),
      ],
    };
  }
  const grant: Grant = {
    path: file.path,
    grantees: typeof doc.grantees === 'string' ? [doc.grantees] : doc.grantees,
    resource: doc.resource,
    reason: doc.reason,
    ticket: doc.ticket,
    starts: doc.starts !== undefined ? parseTimestamp(doc.starts) : undefined,
    expires: duration
      ? new Date((duration.mergedAt ?? opts.now ?? new Date(0)).getTime() + duration.ms)
      : parseTimestamp(doc.expires!)!,
    ...(duration ? { duration } : {}),
    inline: doc.resource === undefined ? { grants: doc.grants ?? [], ssh: doc.ssh ?? [] } : undefined,
    locate: file.locate,
  };
  if (grant.starts && grant.starts.getTime() >= grant.expires.getTime()) {
    findings.push(
      error(
        'grant/window',
        '"expires" must be after "starts"; the grant would never be active.',
        file.locate(['expires']),
      ),
    );
  }
  return findings.length ? { findings } : { grant, findings };
}

/**
 * A grant ends by `expires` or by `duration` from its merge: never both, never neither, and
 * `starts` does not mix with `duration` (the merge is the start).
 */
function windowShape(file: ParsedSource): Finding[] {
  const v = file.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(v, k);
  if (has('expires') && has('duration')) {
    return [
      error(
        'grant/expires-and-duration',
        'A grant ends either at "expires" or after a "duration" from its merge, not both. Remove one of them.',
        file.locate(['duration'], { key: true }),
      ),
    ];
  }
  if (has('starts') && has('duration')) {
    return [
      error(
        'grant/starts-and-duration',
        'A "duration" grant starts when it reaches the default branch, so it cannot also have "starts". ' +
          'Remove "starts", or replace "duration" with an "expires" time.',
        file.locate(['starts'], { key: true }),
      ),
    ];
  }
  if (!has('expires') && !has('duration')) {
    return [
      error(
        'schema/missing-field',
        'Missing required field "expires" in the grant file. Every grant must end: add e.g. ' +
          'expires: 2026-11-22T02:00:00Z, or duration: 4h (counted from the moment it merges).',
        file.locate([]),
      ),
    ];
  }
  return [];
}

/** The approval rules that govern a grant: its resource's, or `inline`'s. */
export function rulesFor(grant: Grant, access: AccessConfig): ApprovalRules | undefined {
  return grant.resource !== undefined ? access.resources.get(grant.resource) : access.inline;
}

/**
 * Layer 3 for one grant at `now`: references resolve, the window fits `maxDuration`, the
 * grantees are eligible, a required ticket matches. Expired grants are only checked for what
 * they reference: they are going away.
 */
export function checkGrant(
  grant: Grant,
  access: AccessConfig,
  policy: Policy,
  now: Date,
  /** Team membership read from GitHub; without it, eligibility through a team is not decided here. */
  teams?: TeamMembers,
): Finding[] {
  const findings: Finding[] = [];
  const groups = groupMembers(policy);
  if (grant.resource !== undefined && !access.resources.has(grant.resource)) {
    const known = [...access.resources.keys()];
    findings.push(
      error(
        'grant/unknown-resource',
        `Unknown resource "${grant.resource}". ` +
          (known.length
            ? `Resources in ${access.path ?? 'policy/access.yaml'}: ${known.join(', ')}.`
            : 'policy/access.yaml defines no resources.'),
        grant.locate(['resource']),
      ),
    );
    return findings;
  }
  if (grant.inline && !access.inline) {
    findings.push(
      error(
        'grant/inline-not-allowed',
        'This grant carries its own rules, but policy/access.yaml has no "inline:" section allowing that. Use a "resource", or add "inline:" with approvers and a maxDuration.',
        grant.locate([grant.inline.grants.length ? 'grants' : 'ssh'], { key: true }),
      ),
    );
    return findings;
  }
  const rules = rulesFor(grant, access)!;

  grant.grantees.forEach((g, i) => {
    const path = Array.isArray((grant as { grantees: unknown }).grantees) ? ['grantees', i] : ['grantees'];
    if (g.startsWith('group:') && !groups.has(g)) {
      findings.push(
        error(
          'ref/unknown-group',
          `Grantee ${g} is not a group of the policy. Define it in policy/ or fix the name.`,
          grant.locate(path),
        ),
      );
    } else if (rules.eligible) {
      const eligible = isEligible(g, rules.eligible, groups, access.people, teams);
      const what = grant.resource ? `resource "${grant.resource}"` : 'inline grants';
      if (eligible === false)
        findings.push(
          error(
            'grant/not-eligible',
            `${g} is not eligible for ${what}; eligible: ${rules.eligible.join(', ')}.` +
              (rules.eligible.some(isTeam)
                ? ' (A team counts a grantee whose GitHub login, through "people", is an active member.)'
                : ''),
            grant.locate(path),
          ),
        );
      else if (eligible === undefined)
        findings.push(
          warning(
            'grant/eligible-team-unverified',
            `${g} is eligible for ${what} only through a GitHub team (${rules.eligible.filter(isTeam).join(', ')}); ` +
              'membership is read from GitHub in check and apply, not offline.',
            grant.locate(path),
          ),
        );
    }
  });

  if (rules.ticketPattern !== undefined) {
    const pattern = new RegExp(rules.ticketPattern, 'u');
    if (grant.ticket === undefined) {
      findings.push(
        error(
          'grant/ticket-required',
          `${grant.resource ? `Resource "${grant.resource}"` : 'An inline grant'} requires a "ticket" matching ${rules.ticketPattern}. Add e.g. ticket: INC-1234.`,
          grant.locate([]),
        ),
      );
    } else if (!pattern.test(grant.ticket)) {
      findings.push(
        error(
          'grant/ticket-format',
          `Ticket "${grant.ticket}" does not match ${rules.ticketPattern}.`,
          grant.locate(['ticket']),
        ),
      );
    }
  }

  if (grant.duration && grantState(grant, now) !== 'expired') {
    if (grant.duration.ms > rules.maxDurationMs) {
      findings.push(
        error(
          'grant/too-long',
          `The grant lasts ${formatDuration(grant.duration.ms)} from its merge, longer than the ${rules.maxDuration} allowed for ` +
            `${grant.resource ? `"${grant.resource}"` : 'inline grants'}. Shorten "duration".`,
          grant.locate(['duration']),
        ),
      );
    }
  } else if (grantState(grant, now) !== 'expired') {
    const from = Math.max(grant.starts?.getTime() ?? 0, now.getTime());
    const length = grant.expires.getTime() - from;
    if (length > rules.maxDurationMs) {
      findings.push(
        error(
          'grant/too-long',
          `The grant lasts ${formatDuration(length)} from ${grant.starts && grant.starts.getTime() > now.getTime() ? 'its start' : 'now'}, ` +
            `longer than the ${rules.maxDuration} allowed for ${grant.resource ? `"${grant.resource}"` : 'inline grants'}. Move "expires" earlier.`,
          grant.locate(['expires']),
        ),
      );
    }
  }
  return findings;
}

/** true, false, or undefined when only a team could make it true and no team was read. */
function isEligible(
  grantee: string,
  eligible: readonly string[],
  groups: Map<string, string[]>,
  people: Map<string, string>,
  teams: TeamMembers | undefined,
): boolean | undefined {
  if (eligible.includes(grantee)) return true;
  const teamList = eligible.filter(isTeam);
  const one = (login: string): boolean | undefined => {
    if (includesUser(eligible, login, groups)) return true;
    if (teamList.length === 0) return false;
    const gh = people.get(login);
    if (!gh) return false;
    if (!teams) return undefined;
    return teamList.some((t) => teams.has(t, gh));
  };
  const members = grantee.startsWith('group:') ? (groups.get(grantee) ?? []) : [grantee];
  if (members.length === 0) return false;
  const answers = members.map(one);
  if (answers.includes(false)) return false;
  return answers.includes(undefined) ? undefined : true;
}

/**
 * Two grant files giving the same grantees the same resource over overlapping windows. Expired
 * grants are history, not duplicates; a grant without `starts` runs from now.
 */
export function duplicateGrants(grants: readonly Grant[], now: Date): Finding[] {
  const findings: Finding[] = [];
  // By resource, then grantee: the grant, or the grants once there are two. No key is made per
  // grant and no list per grantee (for 10,000 grants, 1.7 MB held until the last was seen).
  const seen = new Map<string, Map<string, Grant | Grant[]>>();
  const start = (g: Grant) => Math.max(g.starts?.getTime() ?? -Infinity, now.getTime());
  const compare = (g: Grant, who: string, other: Grant) => {
    const overlap = start(g) < other.expires.getTime() && start(other) < g.expires.getTime();
    if (overlap) {
      findings.push(
        warning(
          'grant/duplicate',
          `${who} already has "${g.resource}" over an overlapping window in ${other.path}. Extend that grant instead of adding another.`,
          g.locate(['resource']),
        ),
      );
    }
  };
  for (const g of grants) {
    if (g.resource === undefined || grantState(g, now) === 'expired') continue;
    let byGrantee = seen.get(g.resource);
    if (byGrantee === undefined) seen.set(g.resource, (byGrantee = new Map()));
    for (const who of g.grantees) {
      const earlier = byGrantee.get(who);
      if (earlier === undefined) byGrantee.set(who, g);
      else if (Array.isArray(earlier)) {
        for (const other of earlier) compare(g, who, other);
        // Appended in place: a copy per grant made many grants of one person and resource quadratic.
        earlier.push(g);
      } else {
        compare(g, who, earlier);
        byGrantee.set(who, [earlier, g]);
      }
    }
  }
  return findings;
}
