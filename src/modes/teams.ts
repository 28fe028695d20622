/**
 * GitHub team membership for `team:<org>/<slug>` approvers and eligible entries (SPEC 1.3): read
 * before the pure approval and limit checks run, for exactly the logins they will ask about (the
 * reviewers, and the grantees' GitHub logins through `people`).
 */
import type { GitHubClient } from '../github/github-client.js';
import { readTeamMembers } from '../github/team-members.js';
import { groupMembers, teamsOf, type AccessConfig, type TeamMembers } from '../policy/access.js';
import type { Policy } from '../policy/merge.js';

/** Reads the membership of every team `access` names, for each GitHub login in `logins`. */
export function readTeams(
  github: GitHubClient | undefined,
  access: AccessConfig,
  logins: Iterable<string | null | undefined>,
): Promise<TeamMembers> {
  return readTeamMembers(github, teamsOf(access), logins);
}

/** The GitHub logins (through `people`) of grantees, groups expanded in every policy given. */
export function granteeGitHubLogins(
  grantees: readonly string[],
  access: AccessConfig,
  policies: readonly Policy[],
): string[] {
  const logins = grantees.flatMap((g) =>
    g.startsWith('group:') ? policies.flatMap((p) => groupMembers(p).get(g) ?? []) : [g],
  );
  return logins.map((l) => access.people.get(l)).filter((l): l is string => !!l);
}
