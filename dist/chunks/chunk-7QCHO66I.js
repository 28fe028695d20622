import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  reviewCommand
} from "./chunk-HOTCUSYG.js";
import {
  commitRules,
  evaluateApprovals
} from "./chunk-6CUYZ3W2.js";
import {
  dirList
} from "./chunk-QV3YLETI.js";
import {
  filesAt,
  firstParentCommitAt
} from "./chunk-3BY7JXLC.js";

// src/review/break-glass-review.ts
var REPLY_MARKER = "<!-- tailpolicy:break-glass-reply";
var MARKER = /<!-- tailpolicy:break-glass-review ([^ ]+) #(\d+) -->/g;
function parseReviewMarker(body) {
  const first = reviewMarkers(body)[0];
  return first && { path: first.path, pull: first.pull };
}
function reviewMarkers(body) {
  const out = [];
  for (const m of (body ?? "").matchAll(MARKER)) {
    try {
      out.push({ path: decodeURIComponent(m[1]), pull: Number(m[2]), marker: m[0] });
    } catch {
    }
  }
  return out;
}
function judgeReviewComments(grant, rules, author, comments) {
  const since = rules.since?.getTime() ?? -Infinity;
  const commands = comments.filter((c) => c.user && !c.body.includes(REPLY_MARKER) && !(Date.parse(c.createdAt) < since)).map((c) => ({ comment: c, command: reviewCommand(c.body) })).filter((c) => !!c.command).sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt));
  const judgement = { refused: [] };
  for (const { comment: c, command: kind } of commands) {
    const asOf = rules.asOf(c.createdAt);
    const id = c.id !== void 0 ? { commentId: c.id } : {};
    if ("unknown" in asOf) {
      judgement.refused.push({ ...id, user: c.user, command: kind, why: asOf.unknown });
      continue;
    }
    const verdict = evaluateApprovals(
      grant,
      asOf.access,
      asOf.policy,
      { author, headSha: "review" },
      [{ user: c.user, state: "APPROVED", commitId: "review", submittedAt: c.createdAt }],
      void 0,
      rules.teams
    );
    if (verdict.counted.length > 0) {
      const slot = kind === "approve" ? "approved" : "revoked";
      judgement[slot] ??= {
        user: c.user,
        at: c.createdAt,
        ...id,
        asOf: asOf.sha,
        ...kind === "revoke" ? { reason: reasonOf(c.body) } : {}
      };
      continue;
    }
    const why = verdict.problem ?? verdict.ignored[0]?.why ?? "not an approver";
    judgement.refused.push({ ...id, user: c.user, command: kind, why, asOf: asOf.sha, approvers: verdict.approvers });
  }
  return judgement;
}
function reasonOf(body) {
  const m = /(?:^|\n)\s*\/revoke\b[ \t]*([^\n]*)/i.exec(body);
  return (m?.[1] ?? "").trim();
}

// src/review/rules-as-of.ts
async function readRulesAsOf(root, ref, policyDir, times, env) {
  const out = /* @__PURE__ */ new Map();
  const bySha = /* @__PURE__ */ new Map();
  for (const at of new Set(times)) {
    const sha = await firstParentCommitAt(root, ref, new Date(at), env);
    if (!sha) {
      out.set(at, {
        unknown: `the default branch's history has no commit from before ${at}, so its approvers then cannot be read; check out with fetch-depth: 0`
      });
      continue;
    }
    let rules = bySha.get(sha);
    if (!rules) {
      rules = { sha, ...commitRules(policyDir, await filesAt(root, sha, dirList(policyDir), env)) };
      bySha.set(sha, rules);
    }
    out.set(at, rules);
  }
  return out;
}

export {
  REPLY_MARKER,
  parseReviewMarker,
  reviewMarkers,
  judgeReviewComments,
  readRulesAsOf
};
