import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  humanUtc
} from "./chunk-LHDYXOMR.js";

// src/report/grant-table.ts
function grantRows(compiled) {
  return compiled.grants.map(grantRow);
}
function grantRow(entry) {
  const g = entry.grant;
  const state = !g || entry.findings.some((f) => f.severity === "error") ? "invalid" : entry.excludedReason !== void 0 && entry.state === "active" ? "excluded" : entry.state;
  return {
    path: entry.path,
    state,
    grantees: g ? g.grantees.join(", ") : "",
    resource: g ? g.resource ?? "inline rules" : "",
    window: g ? `${g.starts ? humanUtc(g.starts) : "(on merge)"} \u2192 ${humanUtc(g.expires)}` : "",
    reason: g?.reason ?? "",
    ...g?.ticket ? { ticket: g.ticket } : {}
  };
}
function countByState(compiled) {
  const counts = { active: 0, scheduled: 0, expired: 0, invalid: 0, excluded: 0 };
  for (const row of grantRows(compiled)) counts[row.state]++;
  return counts;
}

export {
  grantRows,
  grantRow,
  countByState
};
