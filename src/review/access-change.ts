/**
 * An access.yaml change in words, for the plan (SPEC 2.3, 1.3): resources added or removed, their
 * rules, limits and approvers, the `inline:` section and `people`. A PR is judged by the base's
 * limits and approvers, so the reviewer must see what the PR would change for later PRs. Pure.
 */
import type { AccessConfig, ApprovalRules, Resource } from '../policy/access.js';
import { canonicalJson } from '../policy/render.js';
import { atomsOf, uncovered } from './resource-change.js';

export function describeAccessChange(base: AccessConfig, head: AccessConfig): string[] {
  const out: string[] = [];
  const names = [...new Set([...base.resources.keys(), ...head.resources.keys()])].sort();
  for (const name of names) {
    const b = base.resources.get(name);
    const h = head.resources.get(name);
    if (!b && h) out.push(`resource "${name}" added: ${rulesWords(h)}; ${limitsWords(h)}.`);
    else if (b && !h) out.push(`resource "${name}" removed.`);
    else if (b && h) {
      const changes = [...ruleChanges(b, h), ...limitChanges(b, h)];
      if (changes.length) out.push(`resource "${name}": ${changes.join('; ')}.`);
    }
  }
  if (!base.inline && head.inline) out.push(`"inline:" section added: ${limitsWords(head.inline)}.`);
  else if (base.inline && !head.inline) out.push('"inline:" section removed.');
  else if (base.inline && head.inline) {
    const changes = limitChanges(base.inline, head.inline);
    if (changes.length) out.push(`"inline:": ${changes.join('; ')}.`);
  }
  const people = [...new Set([...base.people.keys(), ...head.people.keys()])].sort();
  const peopleChanges = people.flatMap((login) => {
    const b = base.people.get(login);
    const h = head.people.get(login);
    if (b === h) return [];
    if (b === undefined) return [`+ ${login} → ${h}`];
    if (h === undefined) return [`− ${login} (was ${b})`];
    return [`${login}: ${b} → ${h}`];
  });
  if (peopleChanges.length) out.push(`people: ${peopleChanges.join(', ')}.`);
  return out;
}

function ruleChanges(b: Resource, h: Resource): string[] {
  const before = atomsOf(b.grants, b.ssh);
  const after = atomsOf(h.grants, h.ssh);
  const added = uncovered(after, before).map((a) => `+ ${a.words}`);
  const removed = uncovered(before, after).map((a) => `− ${a.words}`);
  const words = [...added, ...removed];
  if (words.length) return [`rules ${words.join(', ')}`];
  if (canonicalJson([b.grants, b.ssh]) !== canonicalJson([h.grants, h.ssh])) return ['rules rewritten (same access)'];
  return [];
}

function limitChanges(b: ApprovalRules, h: ApprovalRules): string[] {
  const out: string[] = [];
  const field = (label: string, x: string, y: string) => {
    if (x !== y) out.push(`${label} ${x} → ${y}`);
  };
  field('maxDuration', b.maxDuration, h.maxDuration);
  field('eligible', b.eligible?.join(', ') ?? 'anyone', h.eligible?.join(', ') ?? 'anyone');
  field('approvers', b.approvers.join(', ') || 'nobody', h.approvers.join(', ') || 'nobody');
  field('approvals', String(b.approvals), String(h.approvals));
  field('ticket', b.ticketPattern ?? 'not required', h.ticketPattern ?? 'not required');
  field('enforce', b.enforce ?? 'none', h.enforce ?? 'none');
  return out;
}

function rulesWords(r: Resource): string {
  const atoms = atomsOf(r.grants, r.ssh);
  return atoms.length ? atoms.map((a) => a.words).join(', ') : 'no rules';
}

function limitsWords(r: ApprovalRules): string {
  return [
    `maxDuration ${r.maxDuration}`,
    `eligible ${r.eligible?.join(', ') ?? 'anyone'}`,
    `approvers ${r.approvers.join(', ') || 'nobody'} (${r.approvals})`,
    ...(r.ticketPattern ? [`ticket ${r.ticketPattern}`] : []),
    ...(r.enforce ? [`enforce ${r.enforce}`] : []),
  ].join(', ');
}
