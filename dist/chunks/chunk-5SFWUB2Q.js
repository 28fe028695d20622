import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  reviewCommand
} from "./chunk-4T7B6W4F.js";
import {
  evaluateApprovals
} from "./chunk-PNQCBX3I.js";

// src/review/break-glass-review.ts
var REPLY_MARKER = "<!-- tailpolicy:break-glass-reply";
function parseReviewMarker(body) {
  const m = /<!-- tailpolicy:break-glass-review ([^ ]+) #(\d+) -->/.exec(body ?? "");
  if (!m) return void 0;
  try {
    return { path: decodeURIComponent(m[1]), pull: Number(m[2]) };
  } catch {
    return void 0;
  }
}
function judgeReviewComments(grant, rules, author, comments) {
  const commands = comments.filter((c) => c.user && !c.body.includes(REPLY_MARKER)).map((c) => ({ comment: c, command: reviewCommand(c.body) })).filter((c) => !!c.command);
  const judgement = { refused: [] };
  for (const kind of ["approve", "revoke"]) {
    const given = commands.filter((c) => c.command === kind).map((c) => c.comment);
    const verdict = evaluateApprovals(
      grant,
      rules.access,
      rules.policy,
      { author, headSha: "review" },
      given.map((c) => ({ user: c.user, state: "APPROVED", commitId: "review", submittedAt: c.createdAt })),
      void 0,
      rules.teams
    );
    const counts = (c) => verdict.counted.some((u) => u.toLowerCase() === c.user?.toLowerCase());
    const first = given.find(counts);
    if (first) {
      const counted = {
        user: first.user,
        at: first.createdAt,
        ...first.id !== void 0 ? { commentId: first.id } : {},
        ...kind === "revoke" ? { reason: reasonOf(first.body) } : {}
      };
      judgement[kind === "approve" ? "approved" : "revoked"] = counted;
    }
    for (const c of given.filter((c2) => !counts(c2))) {
      const why = verdict.problem ?? verdict.ignored.find((i) => i.user.toLowerCase() === c.user?.toLowerCase())?.why ?? "not an approver";
      judgement.refused.push({ ...c.id !== void 0 ? { commentId: c.id } : {}, user: c.user, command: kind, why });
    }
  }
  return judgement;
}
function reasonOf(body) {
  const m = /(?:^|\n)\s*\/revoke\b[ \t]*([^\n]*)/i.exec(body);
  return (m?.[1] ?? "").trim();
}

export {
  REPLY_MARKER,
  parseReviewMarker,
  judgeReviewComments
};
