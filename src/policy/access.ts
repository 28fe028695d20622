/**
 * access.yaml (SPEC 1.3): requestable resources, who approves them, how long a grant may last,
 * and `people` (login name -> GitHub login). Pure: a parsed file in, a model and findings out.
 */
import { error, type Finding, type Locator } from '../shared/findings.js';
import { isPlainObject, type Policy } from './merge.js';
import type { ParsedSource } from './source.js';
import { parseDuration } from '../shared/time.js';
import { validateShape } from './shape.js';
import type { AccessDoc, InlineDoc, ResourceDoc } from './schemas.js';

export interface ApprovalRules {
  maxDuration: string;
  maxDurationMs: number;
  /** Who may be a grantee; undefined = anyone. */
  eligible?: string[];
  approvers: string[];
  approvals: number;
  ticketPattern?: string;
  enforce?: 'posture';
  /** Where these rules are written, for messages. */
  locate: Locator;
}

export interface Resource extends ApprovalRules {
  name: string;
  description?: string;
  /** `reminder` (the resource's, else access.yaml's top-level one), in milliseconds. */
  reminderMs?: number;
  grants: Record<string, unknown>[];
  ssh: Record<string, unknown>[];
  /** `none`: no base rule may reach the resource's destinations (SPEC 1.3, property 11). */
  standing?: 'none';
  /** `autoApprove.onCall`: the requester on call on one of these PagerDuty schedules needs no reviewer. */
  onCall?: { schedules: string[]; maxDuration: string; maxDurationMs: number };
  /** `breakGlass`: a PR labelled `break-glass` needs no approval before, an approver's review after. */
  breakGlass?: { maxDuration: string; maxDurationMs: number; reviewWithin: string; reviewWithinMs: number };
  /** `tailnet:` with tailpolicy.yaml: the target the resource lives in. */
  tailnet?: string;
}

export interface AccessConfig {
  path?: string;
  /** Login name -> GitHub login. */
  people: Map<string, string>;
  resources: Map<string, Resource>;
  /** Present when grant files may carry inline rules. */
  inline?: ApprovalRules;
}

export const EMPTY_ACCESS: AccessConfig = { people: new Map(), resources: new Map() };

export function buildAccess(file: ParsedSource | undefined): { access: AccessConfig; findings: Finding[] } {
  if (!file || file.value === undefined) return { access: { ...EMPTY_ACCESS, path: file?.path }, findings: [] };
  const value = file.value ?? {};
  const findings = validateShape('access', value, file.locate);
  if (findings.length > 0 || !isPlainObject(value)) return { access: { ...EMPTY_ACCESS, path: file.path }, findings };
  const doc = value as AccessDoc;
  const rules = (r: ResourceDoc | InlineDoc, locate: Locator): ApprovalRules => ({
    maxDuration: r.maxDuration,
    maxDurationMs: parseDuration(r.maxDuration)!,
    eligible: r.eligible,
    approvers: r.approvers,
    approvals: r.approvals ?? 1,
    ticketPattern: r.ticket,
    enforce: r.enforce ?? doc.enforce,
    locate,
  });
  const resources = new Map<string, Resource>();
  for (const [name, r] of Object.entries(doc.resources ?? {})) {
    const locate: Locator = (path, opts) => file.locate(['resources', name, ...path], opts);
    const reminder = r.reminder ?? doc.reminder;
    resources.set(name, {
      ...rules(r, locate),
      name,
      description: r.description,
      ...(reminder !== undefined ? { reminderMs: parseDuration(reminder)! } : {}),
      grants: r.grants ?? [],
      ssh: r.ssh ?? [],
      ...(r.standing ? { standing: r.standing } : {}),
      ...(r.autoApprove
        ? {
            onCall: {
              schedules: r.autoApprove.onCall.pagerduty.schedules,
              maxDuration: r.autoApprove.onCall.maxDuration,
              maxDurationMs: parseDuration(r.autoApprove.onCall.maxDuration)!,
            },
          }
        : {}),
      ...(r.breakGlass
        ? {
            breakGlass: {
              maxDuration: r.breakGlass.maxDuration,
              maxDurationMs: parseDuration(r.breakGlass.maxDuration)!,
              reviewWithin: r.breakGlass.reviewWithin,
              reviewWithinMs: parseDuration(r.breakGlass.reviewWithin)!,
            },
          }
        : {}),
      ...(r.tailnet !== undefined ? { tailnet: r.tailnet } : {}),
    });
  }
  const inline = doc.inline ? rules(doc.inline, (path, opts) => file.locate(['inline', ...path], opts)) : undefined;
  return {
    access: { path: file.path, people: new Map(Object.entries(doc.people ?? {})), resources, inline },
    findings,
  };
}

/**
 * The members of the policy's groups, for eligibility and approver checks. Computed once per
 * policy object (merged policies are never changed afterwards): checking every grant against a
 * group of thousands must not rebuild it each time.
 */
export function groupMembers(policy: Policy): Map<string, string[]> {
  let members = membersCache.get(policy);
  if (!members) {
    const groups = isPlainObject(policy.groups) ? policy.groups : {};
    members = new Map(
      Object.entries(groups).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.filter((m): m is string => typeof m === 'string') : [],
      ]),
    );
    membersCache.set(policy, members);
  }
  return members;
}

const membersCache = new WeakMap<Policy, Map<string, string[]>>();
const memberSets = new WeakMap<Map<string, string[]>, Map<string, Set<string>>>();

/**
 * GitHub team membership (`team:<org>/<slug>` in `approvers` and `eligible`), read from GitHub
 * before a pure check runs. A pair that was not read is not a membership.
 */
export interface TeamMembers {
  /** Is `githubLogin` an active member of `team` (written `team:<org>/<slug>`)? */
  has(team: string, githubLogin: string): boolean;
}

export const isTeam = (principal: string): boolean => principal.startsWith('team:');

/** `team:acme/sre` → { org: 'acme', slug: 'sre' }. */
export function teamParts(team: string): { org: string; slug: string } {
  const [org = '', slug = ''] = team.slice('team:'.length).split('/');
  return { org, slug };
}

/** Every team named in approvers or eligible. */
export function teamsOf(access: AccessConfig): string[] {
  const all: ApprovalRules[] = [...access.resources.values(), ...(access.inline ? [access.inline] : [])];
  return [...new Set(all.flatMap((r) => [...r.approvers, ...(r.eligible ?? [])].filter(isTeam)))].sort();
}

/** Does `login` belong to `principals` (as itself or through a group)? */
export function includesUser(principals: readonly string[], login: string, groups: Map<string, string[]>): boolean {
  let sets = memberSets.get(groups);
  if (!sets) memberSets.set(groups, (sets = new Map()));
  const setOf = (group: string) => {
    let set = sets.get(group);
    if (!set) sets.set(group, (set = new Set(groups.get(group) ?? [])));
    return set;
  };
  return principals.some((p) => p === login || (p.startsWith('group:') && setOf(p).has(login)));
}

/** Meaning checks of access.yaml against the merged policy: groups exist, people are users. */
export function checkAccessReferences(access: AccessConfig, policy: Policy): Finding[] {
  const groups = groupMembers(policy);
  const findings: Finding[] = [];
  const check = (list: readonly string[] | undefined, field: string, locate: Locator) => {
    list?.forEach((p, i) => {
      if (p.startsWith('group:') && !groups.has(p)) {
        findings.push(
          error(
            'ref/unknown-group',
            `${field} names ${p}, which is not defined in the policy's "groups". Define it in policy/ or fix the name.`,
            locate([field, i]),
          ),
        );
      }
    });
  };
  const all: ApprovalRules[] = [...access.resources.values()];
  if (access.inline) all.push(access.inline);
  for (const r of all) {
    check(r.eligible, 'eligible', r.locate);
    check(r.approvers, 'approvers', r.locate);
    const hasTeam = r.approvers.some(isTeam);
    const approverUsers = new Set(
      r.approvers.filter((p) => !isTeam(p)).flatMap((p) => (p.startsWith('group:') ? (groups.get(p) ?? []) : [p])),
    );
    const unmapped = [...approverUsers].filter((u) => !access.people.has(u));
    if (!hasTeam && approverUsers.size > 0 && unmapped.length === approverUsers.size) {
      findings.push({
        severity: 'warning',
        rule: 'access/unmapped-approvers',
        message:
          `No approver of this resource has a GitHub login in "people" (${unmapped.slice(0, 3).join(', ')}` +
          `${unmapped.length > 3 ? ', …' : ''}), so no review can ever count. Map them under "people".`,
        location: r.locate(['approvers']),
      });
    }
    if (!hasTeam && r.approvals > approverUsers.size && approverUsers.size > 0) {
      findings.push(
        error(
          'access/too-few-approvers',
          `"approvals: ${r.approvals}" needs more distinct approvers than the ${approverUsers.size} listed; add approvers or lower "approvals".`,
          r.locate(['approvals']),
        ),
      );
    }
  }
  return findings;
}
