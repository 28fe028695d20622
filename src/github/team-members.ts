/**
 * GitHub team membership for `team:<org>/<slug>` approvers and eligible entries (SPEC 1.3): read
 * before the pure approval and limit checks run, for exactly the logins they will ask about.
 */
import { teamParts, type TeamMembers } from '../policy/access.js';
import type { GitHubClient } from './github-client.js';

export const NO_TEAMS: TeamMembers = { has: () => false };

/** Reads the membership of each of `teams` for each GitHub login in `logins`. */
export async function readTeamMembers(
  github: GitHubClient | undefined,
  teams: readonly string[],
  logins: Iterable<string | null | undefined>,
): Promise<TeamMembers> {
  if (!github || teams.length === 0) return NO_TEAMS;
  const users = [...new Set([...logins].filter((l): l is string => !!l).map((l) => l.toLowerCase()))].sort();
  const members = new Set<string>();
  for (const team of [...new Set(teams)].sort()) {
    const { org, slug } = teamParts(team);
    for (const user of users) if (await github.isTeamMember(org, slug, user)) members.add(`${team}\n${user}`);
  }
  return { has: (team, login) => members.has(`${team}\n${login.toLowerCase()}`) };
}
