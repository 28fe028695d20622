/**
 * GitHub team membership for `team:<org>/<slug>` approvers and eligible entries (SPEC 1.3): read
 * before the pure approval and limit checks run, for exactly the logins they will ask about (the
 * reviewers, and the grantees' GitHub logins through `people`).
 */
import type { GitHubClient } from '../github/github-client.js';
import { groupMembers, teamParts, teamsOf, type AccessConfig, type TeamMembers } from '../policy/access.js';
import type { Policy } from '../policy/merge.js';

export const NO_TEAMS: TeamMembers = { has: () => false };

/** Reads the membership of every team `access` names, for each GitHub login in `logins`. */
export async function readTeams(
  github: GitHubClient | undefined,
  access: AccessConfig,
  logins: Iterable<string | null | undefined>,
): Promise<TeamMembers> {
  const teams = teamsOf(access);
  if (!github || teams.length === 0) return NO_TEAMS;
  const users = [...new Set([...logins].filter((l): l is string => !!l).map((l) => l.toLowerCase()))].sort();
  const members = new Set<string>();
  for (const team of teams) {
    const { org, slug } = teamParts(team);
    for (const user of users) if (await github.isTeamMember(org, slug, user)) members.add(`${team}\n${user}`);
  }
  return { has: (team, login) => members.has(`${team}\n${login.toLowerCase()}`) };
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
