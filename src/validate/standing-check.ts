/**
 * `standing: none` (SPEC 1.3, safety property 11) as findings: with no grant active, a base rule
 * that reaches a destination of such a resource is an error at the rule, naming who it lets in;
 * a rule that may reach one, depending on what offline evaluation cannot know, is a notice.
 * Pure: a compiled repository in, findings out.
 */
import type { Compiled } from '../policy/compile.js';
import type { Policy } from '../policy/merge.js';
import type { AccessConfig } from '../policy/access.js';
import { error, type Finding, type Locator } from '../shared/findings.js';
import { stringsOf } from '../grammar/keys.js';
import { standingAccess, type StandingReach, type StandingTarget } from '../evaluate/standing.js';

/** The destinations of every `standing: none` resource. */
export function standingTargets(access: AccessConfig): StandingTarget[] {
  const targets: StandingTarget[] = [];
  for (const r of access.resources.values()) {
    if (r.standing !== 'none') continue;
    const destinations = [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule['dst']).map((d) => d.trim()));
    targets.push({ resource: r.name, destinations: [...new Set(destinations)] });
  }
  return targets;
}

/**
 * The base rules of a compiled policy (rules generated from grant files left out) that reach a
 * `standing: none` resource.
 */
export function baseStandingAccess(
  policy: Policy,
  access: AccessConfig,
  generatedBy: ReadonlyMap<string, ReadonlyMap<number, string>>,
): StandingReach[] {
  return standingAccess(policy, standingTargets(access), {
    skip: (section, index) => generatedBy.get(section)?.has(index) ?? false,
  });
}

export function standingFindings(compiled: Compiled): Finding[] {
  const reaches = baseStandingAccess(compiled.policy, compiled.access, compiled.generatedBy);
  return reaches.map((r) => standingFinding(r, compiled.locate));
}

function standingFinding(r: StandingReach, locate: Locator): Finding {
  const location = locate([r.sectionKey, r.index]);
  const who = r.principals.length > 0 ? r.principals.join(', ') : 'its sources';
  const rule = `${r.sectionKey}[${r.index}]`;
  if (r.certain) {
    return error(
      'standing/access',
      `${rule} lets ${who} reach ${r.target} (through its destination "${r.via}") without a grant, but resource ` +
        `"${r.resource}" has standing: none. Leave ${r.target} out of this rule's destinations (or remove the rule); ` +
        `access to ${r.resource} is requested through grants/.`,
      location,
    );
  }
  return {
    severity: 'notice',
    rule: 'standing/unknown',
    message:
      `Whether ${rule} (${who} -> "${r.via}") reaches ${r.target} of resource "${r.resource}" (standing: none) ` +
      `cannot be known offline: it depends on ${r.why ?? 'what is not known offline'}. ` +
      `Narrow the rule's destinations if it might.`,
    ...(location ? { location } : {}),
  };
}
