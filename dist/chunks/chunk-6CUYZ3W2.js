import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  canonicalJson,
  compileGrants,
  groupMembers,
  includesUser,
  isPlainObject,
  isTeam
} from "./chunk-3EWXQCNL.js";

// src/policy/diff.ts
function diffPolicies(before, after) {
  const changes = [];
  const sections = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const section of sections) {
    const a = before[section];
    const b = after[section];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      changes.push(...diffLists(section, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
    } else if (isPlainObject(a) || isPlainObject(b)) {
      const am = isPlainObject(a) ? a : {};
      const bm = isPlainObject(b) ? b : {};
      for (const key of [.../* @__PURE__ */ new Set([...Object.keys(am), ...Object.keys(bm)])].sort()) {
        const x = am[key];
        const y = bm[key];
        if (x === void 0) changes.push({ section, kind: "added", key, after: y });
        else if (y === void 0) changes.push({ section, kind: "removed", key, before: x });
        else if (canonicalJson(x) !== canonicalJson(y))
          changes.push({ section, kind: "changed", key, before: x, after: y });
      }
    } else if (a === void 0) changes.push({ section, kind: "added", key: section, after: b });
    else if (b === void 0) changes.push({ section, kind: "removed", key: section, before: a });
    else changes.push({ section, kind: "changed", key: section, before: a, after: b });
  }
  return changes;
}
function diffLists(section, a, b) {
  const count = /* @__PURE__ */ new Map();
  for (const x of a) count.set(canonicalJson(x), (count.get(canonicalJson(x)) ?? 0) + 1);
  const added = [];
  for (const y of b) {
    const k = canonicalJson(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push({ section, kind: "added", after: y });
  }
  const removed = [];
  for (const x of a) {
    const k = canonicalJson(x);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      removed.push({ section, kind: "removed", before: x });
      count.set(k, n - 1);
    }
  }
  return [...removed, ...added];
}
function formatChanges(changes, max = 200) {
  const lines = changes.slice(0, max).map((c) => {
    const sign = c.kind === "added" ? "+" : c.kind === "removed" ? "-" : "~";
    const where = c.key !== void 0 && c.key !== c.section ? `${c.section}["${c.key}"]` : c.section;
    if (c.kind === "changed") return `${sign} ${where}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`;
    return `${sign} ${where}: ${JSON.stringify(c.kind === "added" ? c.after : c.before)}`;
  });
  if (changes.length > max) lines.push(`\u2026 and ${changes.length - max} more`);
  return lines.join("\n");
}

// src/review/approvals.ts
function approvalRulesFor(subject, access) {
  return subject.resource !== void 0 ? access.resources.get(subject.resource) : access.inline;
}
function granteeLogins(grantees, policies) {
  const out = /* @__PURE__ */ new Set();
  for (const g of grantees) {
    if (!g.startsWith("group:")) out.add(g);
    else for (const p of policies) for (const m of groupMembers(p).get(g) ?? []) out.add(m);
  }
  return out;
}
function firstApproved(...answers) {
  const given = answers.filter((a) => a !== void 0);
  const yes = given.find((a) => "approved" in a);
  if (yes) return yes;
  return given.length ? { why: given.map((a) => a.why).join("; ") } : void 0;
}
function withAutoApproval(verdict, answer) {
  if (!answer || verdict.approved || verdict.problem) return verdict;
  return "approved" in answer ? { ...verdict, approved: true, auto: answer.approved } : { ...verdict, autoWhy: answer.why };
}
function latestReviews(reviews) {
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
  const latest = /* @__PURE__ */ new Map();
  for (const r of ordered) {
    if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}
function evaluateApprovals(grant, access, policy, pr, reviews, headPolicy, teams) {
  const rules = approvalRulesFor(grant, access);
  const base = { path: grant.path, counted: [], ignored: [], candidates: [] };
  if (!rules) {
    const problem = grant.resource !== void 0 ? `resource "${grant.resource}" is not in access.yaml on the base branch; approvals follow the base branch's rules, so add the resource in its own pull request first` : `access.yaml on the base branch has no "inline:" section; approvals follow the base branch's rules, so add it in its own pull request first`;
    return { ...base, approved: false, required: 1, approvers: [], problem };
  }
  const groups = groupMembers(policy);
  const byGitHub = /* @__PURE__ */ new Map();
  for (const [login, gh] of access.people)
    byGitHub.set(gh.toLowerCase(), [...byGitHub.get(gh.toLowerCase()) ?? [], login]);
  const grantees = granteeLogins(grant.grantees, headPolicy ? [policy, headPolicy] : [policy]);
  const author = pr.author?.toLowerCase();
  const teamApprovers = rules.approvers.filter(isTeam);
  const unmappedGrantees = [...grantees].filter((l) => l.includes("@") && !access.people.has(l));
  const whyNot = (gh) => {
    if (gh === author) return "the PR author";
    const logins = byGitHub.get(gh) ?? [];
    const team = teams ? teamApprovers.find((t) => teams.has(t, gh)) : void 0;
    if (logins.length === 0 && !team) return 'not mapped to a login in access.yaml "people"';
    if (logins.some((l) => grantees.has(l))) return "a grantee";
    if (team && !logins.some((l) => includesUser(rules.approvers, l, groups))) {
      if (logins.length === 0 && unmappedGrantees.length > 0)
        return `a member of ${team} not mapped in "people", and grantee ${unmappedGrantees[0]} is not mapped either, so they cannot be told apart; map both under "people"`;
      return void 0;
    }
    if (!logins.some((l) => includesUser(rules.approvers, l, groups)))
      return `not among the approvers (${rules.approvers.join(", ")})`;
    return void 0;
  };
  const counted = [];
  const ignored = [];
  for (const [gh, review] of latestReviews(reviews)) {
    if (review.state !== "APPROVED") continue;
    const why = whyNot(gh) ?? (review.commitId !== pr.headSha ? "approved an older commit; approve the latest one" : void 0);
    if (why) ignored.push({ user: review.user, why });
    else counted.push(review.user);
  }
  const candidates = [...byGitHub.keys()].filter((gh) => whyNot(gh) === void 0 && !counted.some((c) => c.toLowerCase() === gh)).map((gh) => [...access.people.values()].find((v) => v.toLowerCase() === gh)).sort();
  return {
    path: grant.path,
    approved: counted.length >= rules.approvals,
    required: rules.approvals,
    counted,
    ignored,
    candidates,
    approvers: rules.approvers
  };
}
function commitRules(policyDir, policyFiles) {
  const compiled = compileGrants({ policyDir, policyFiles, grantFiles: [], now: /* @__PURE__ */ new Date(0) });
  return { access: compiled.access, policy: compiled.policy };
}

export {
  diffPolicies,
  formatChanges,
  approvalRulesFor,
  firstApproved,
  withAutoApproval,
  latestReviews,
  evaluateApprovals,
  commitRules
};
