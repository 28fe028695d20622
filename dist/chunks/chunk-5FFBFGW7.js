import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  REPLY_MARKER,
  judgeReviewComments,
  parseReviewMarker,
  readRulesAsOf,
  reviewMarkers
} from "./chunk-7QCHO66I.js";
import {
  granteeGitHubLogins,
  onCallJudge,
  readTeams
} from "./chunk-Z4LWGW2Y.js";
import {
  BREAK_GLASS_REVIEW_LABEL,
  breakGlassAnswer,
  breakGlassMarker,
  readTeamMembers,
  reviewCommand
} from "./chunk-HOTCUSYG.js";
import {
  GitHubApiError,
  githubBudgetMs,
  githubClient,
  tailscaleFor
} from "./chunk-CRSC4BUM.js";
import {
  PolicyConflictError,
  TailscaleError,
  pathEscape
} from "./chunk-EGT5NXRL.js";
import {
  annotate
} from "./chunk-M2PW6MMT.js";
import {
  checkRead,
  compileRead,
  grantOutputs,
  offlineCheck,
  readRun,
  writePolicyFile
} from "./chunk-BMQ32CEE.js";
import {
  COMMENT_LIMIT,
  baseLimitProblems,
  findingsTable,
  grantAtoms,
  grantsTable,
  pre,
  truncate,
  uncovered
} from "./chunk-IZRT3QGA.js";
import {
  commitRules,
  diffPolicies,
  evaluateApprovals,
  firstApproved,
  formatChanges,
  withAutoApproval
} from "./chunk-6CUYZ3W2.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import {
  RULE_MARKER,
  attributeKey,
  bisectAsync,
  canonicalJson,
  checkGrant,
  commentSafe,
  compile,
  groupMembers,
  headerDigest,
  isTailpolicyAttributeKey,
  planDns,
  policyDigest,
  rulesFingerprint,
  rulesFor,
  standingFindings,
  teamsOf
} from "./chunk-3EWXQCNL.js";
import {
  code,
  dirList,
  forTarget,
  md,
  oneLine,
  readRepository,
  trimDir,
  within
} from "./chunk-QV3YLETI.js";
import {
  humanUtc,
  isoUtc
} from "./chunk-LHDYXOMR.js";
import {
  require_node_fs
} from "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  addingCommit,
  ensureCommit,
  filesAt,
  firstParentHistory,
  isShallow,
  workspaceHead
} from "./chunk-3BY7JXLC.js";
import {
  countFindings,
  findNodeAtLocation,
  getNodeValue,
  jsonBounds,
  parse,
  parseTree
} from "./chunk-756YIVLH.js";
import {
  ExternalError,
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/policy/push.ts
function parseLivePolicy(hujson) {
  const over = jsonBounds(hujson);
  if (over) {
    throw new ExternalError(
      `The live policy file from Tailscale could not be read: ${over.message.replace(/ Flatten.*| split.*/, "")} Compare it in the admin console.`
    );
  }
  const value = parse(hujson, [], { allowTrailingComma: true });
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function decidePush(compiled, live, onDrift) {
  const livePolicy = parseLivePolicy(live.hujson);
  const liveDigest = policyDigest(livePolicy);
  if (liveDigest === compiled.digest) return { action: "none", reason: "unchanged" };
  const changes = diffPolicies(livePolicy, compiled.policy);
  const claimed = headerDigest(live.hujson);
  if (claimed === void 0) {
    return onDrift === "fail" ? { action: "push", ifMatch: '"ts-default"', drift: false, takeover: "default-only", changes } : { action: "push", ifMatch: live.etag, drift: false, takeover: "forced", changes };
  }
  if (claimed !== liveDigest) {
    if (onDrift === "fail") return { action: "stop", reason: "drift", changes, liveDigest, claimedDigest: claimed };
    return { action: "push", ifMatch: live.etag, drift: true, takeover: "no", changes };
  }
  return { action: "push", ifMatch: live.etag, drift: false, takeover: "no", changes };
}

// src/posture/attributes.ts
function usesPostureEnforcement(access) {
  return [...access.resources.values(), ...access.inline ? [access.inline] : []].some((r) => r.enforce === "posture");
}
function enforcedGrants(compiled, pulls) {
  const out = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!entry.included || !g || rulesFor(g, compiled.access)?.enforce !== "posture") continue;
    const pull = pulls?.get(entry.path);
    out.push({
      path: g.path,
      key: attributeKey(g.path),
      grantees: g.grantees,
      expires: g.expires,
      reason: g.reason,
      ...g.ticket !== void 0 ? { ticket: g.ticket } : {},
      ...pull !== void 0 ? { pull } : {}
    });
  }
  return out;
}
function attributeComment(g) {
  const pr = g.pull !== void 0 ? ` (PR #${g.pull})` : "";
  const ticket = g.ticket !== void 0 && !g.reason.includes(g.ticket) ? ` [${g.ticket}]` : "";
  const text = `tailpolicy grant ${g.path}${pr}${ticket}: ${g.reason}`;
  let max = 200;
  let out = commentSafe(text, max);
  while (Buffer.byteLength(out, "utf8") > 200 && max > 10)
    out = commentSafe(text, max -= Math.max(1, Math.ceil((Buffer.byteLength(out, "utf8") - 200) / 3)));
  return out;
}
function planAttributes(grants, policy, devices, current, opts = {}) {
  const groups = groupMembers(policy);
  const users = (g) => new Set(g.grantees.flatMap((p) => p.startsWith("group:") ? groups.get(p) ?? [] : [p]));
  const writes = [];
  const devicesOf = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Map();
  for (const g of grants) {
    const who = users(g);
    const mine = devices.filter((d) => d.tags.length === 0 && d.user !== "" && who.has(d.user));
    devicesOf.set(g.path, mine);
    for (const d of mine) {
      const keys = wanted.get(d.id) ?? /* @__PURE__ */ new Map();
      keys.set(g.key, g);
      wanted.set(d.id, keys);
    }
  }
  for (const device of devices) {
    const have = current.get(device.id) ?? { attributes: {}, expiries: {} };
    const want = wanted.get(device.id) ?? /* @__PURE__ */ new Map();
    for (const [key, g] of want) {
      const reason = compare(have.attributes[key], have.expiries[key], g.expires);
      if (!reason) continue;
      if (opts.narrowOnly && !(reason === "shortened" && have.attributes[key] === true)) continue;
      writes.push({ kind: "set", device, key, grant: g.path, expiry: g.expires, comment: attributeComment(g), reason });
    }
    for (const key of Object.keys(have.attributes).sort()) {
      if (isTailpolicyAttributeKey(key) && !want.has(key))
        writes.push({ kind: "delete", device, key, reason: "removed" });
    }
  }
  writes.sort((a, b) => a.kind === b.kind ? 0 : a.kind === "delete" ? -1 : 1);
  return { writes, devicesOf };
}
function compare(value, expiry, wanted) {
  if (value === void 0) return "new";
  const at = expiry === void 0 ? NaN : Date.parse(expiry);
  const want = Math.floor(wanted.getTime() / 1e3);
  if (Number.isNaN(at)) return "shortened";
  const have = Math.floor(at / 1e3);
  if (have > want) return "shortened";
  if (have < want) return "extended";
  return value === true ? void 0 : "corrected";
}

// src/posture/inventory.ts
function deviceApiId(d) {
  return d.nodeId || d.id;
}

// src/posture/live.ts
var CONCURRENCY = 6;
async function readLiveDevices(client, opts = {}) {
  const devices = await client.listDevices();
  const targets = devices.filter((d) => opts.all || d.tags.length === 0);
  const attributes = /* @__PURE__ */ new Map();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < targets.length) {
      const d = targets[next++];
      try {
        attributes.set(deviceApiId(d), await client.getDeviceAttributes(deviceApiId(d)));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
  return { devices, attributes };
}

// src/posture/attribute-writes.ts
async function syncPostureAttributes(client, compiled, writes, opts) {
  if (!usesPostureEnforcement(compiled.access)) return void 0;
  const grants = enforcedGrants(compiled, opts.pulls);
  const posture = {
    narrowOnly: !!opts.narrowOnly,
    grants: grants.length,
    changes: [],
    noDevices: [],
    failures: []
  };
  let live;
  try {
    live = await readLiveDevices(client);
  } catch (e) {
    if (!(e instanceof TailscaleError)) throw e;
    posture.failures.push(`reading the devices and their posture attributes: ${e.message}`);
    return posture;
  }
  const devices = live.devices.map((d) => ({
    id: deviceApiId(d),
    name: d.name || deviceApiId(d),
    user: d.user,
    tags: d.tags
  }));
  const plan = planAttributes(grants, compiled.policy, devices, live.attributes, { narrowOnly: opts.narrowOnly });
  for (const g of grants) if ((plan.devicesOf.get(g.path) ?? []).length === 0) posture.noDevices.push(g.path);
  for (const w of plan.writes) {
    const path = `/api/v2/device/${pathEscape(w.device.id)}/attributes/${pathEscape(w.key)}`;
    writes.push(
      w.kind === "set" ? `POST ${path} ${JSON.stringify({ value: true, expiry: isoUtc(w.expiry), comment: w.comment })}` : `DELETE ${path}`
    );
    if (!opts.dryRun) {
      try {
        if (w.kind === "set")
          await client.setDeviceAttribute(w.device.id, w.key, {
            value: true,
            expiry: isoUtc(w.expiry),
            comment: w.comment
          });
        else await client.deleteDeviceAttribute(w.device.id, w.key);
      } catch (e) {
        if (!(e instanceof TailscaleError)) throw e;
        const verb = w.kind === "set" ? "setting" : "removing";
        posture.failures.push(
          `${verb} ${w.key} on ${deviceLabel(w)} for ${w.grant ?? "a grant no longer active"}: ${e.message}`
        );
        continue;
      }
    }
    posture.changes.push(describeWrite(w));
  }
  return posture;
}
function deviceLabel(w) {
  return `device ${w.device.name} (${w.device.id}${w.device.user ? `, ${w.device.user}` : ""})`;
}
function describeWrite(w) {
  if (w.kind === "delete") return `${w.key} removed from ${deviceLabel(w)}`;
  const verb = { new: "set", extended: "extended", shortened: "shortened", corrected: "re-set" }[w.reason];
  return `${w.key} ${verb} on ${deviceLabel(w)} until ${isoUtc(w.expiry)} (${w.grant})`;
}
function postureFailureText(failures, policyCurrent) {
  const shown = failures.slice(0, 5).join("; ");
  const more = failures.length > 5 ? `; and ${failures.length - 5} more` : "";
  return `Device posture attributes (enforce: posture): ${failures.length} failure(s)${policyCurrent ? "; the policy push stands" : ""}: ${shown}${more}. Grantees without their attribute are denied by the enforced rules until a run sets it.`;
}

// src/report/outcome.ts
function changesOf(o) {
  return o.kind === "pushed" || o.kind === "drift" || o.kind === "conflict" ? o.decision.changes : void 0;
}

// src/report/apply-summary.ts
function applySummary(o, title = "tailpolicy apply") {
  const dry = o.dryRun;
  const verb = dry ? "would push" : "pushed";
  const status = o.failure ? `\u274C ${md(o.failure, 600)}` : o.kind === "pushed" ? `\u2705 policy ${verb}${o.decision.drift ? " (replacing an edit made outside Git)" : ""}` : "\u2705 the live policy already matches";
  const out = [`## ${md(title)}${dry ? " (dry run)" : ""}`, "", status, ""];
  const changes = changesOf(o);
  if (changes) {
    const heading = o.kind === "drift" ? "Difference between the live policy and the repository" : "Changes to the tailnet policy";
    out.push(`### ${heading}`, "");
    out.push(changes.length ? pre(formatChanges(changes)) : "_Only comments or formatting differ._\n");
  }
  if (o.narrowed) out.push(...narrowSummary(o.narrowed, dry));
  if (o.dnsChanged.length) out.push("### DNS", "", ...o.dnsChanged.map((c) => `- ${md(c)}`), "");
  if (o.posture) out.push(...postureSummary(o.posture, dry));
  if (dry && o.writes.length) out.push("### Requests a real run would send", "", pre(o.writes.join("\n")));
  out.push("### Grants", "", grantsTable(o.result));
  if (o.result.findings.length) out.push("### Findings", "", findingsTable(o.result.findings));
  return out.join("\n");
}
function narrowSummary(n, dry) {
  const out = ["### Rules of grants no longer active, taken out of the live policy", ""];
  if (n.removed.length) {
    const verb = n.failure ? "Could not take out (the push failed)" : dry && !n.pushed ? "Would take out" : "Taken out";
    out.push(`${verb}:`, "", ...n.removed.map((p) => `- ${code(p)}`), "");
  } else if (!n.refused.length && !n.failure) out.push("_None of them is in the live policy._", "");
  if (n.failure && !n.removed.length) out.push(`Failed: ${md(n.failure, 600)}`, "");
  if (n.refused.length)
    out.push(
      "**Access NOT removed** (their generated rules were changed outside Git):",
      "",
      ...n.refused.map((r) => `- ${code(r.grant)}: ${md(r.why)}`),
      ""
    );
  out.push("Everything else in the live policy, including any edit made outside Git, was kept.", "");
  return out;
}
function postureSummary(p, dry) {
  const out = ["### Device posture attributes (enforce: posture)", ""];
  if (p.narrowOnly) out.push("The policy was not pushed, so only attributes that take access away were changed.", "");
  out.push(`${p.grants} active enforced grant(s).`, "");
  const list = (items) => [
    ...items.slice(0, 50).map((c) => `- ${md(c, 300)}`),
    ...items.length > 50 ? [`- \u2026 and ${items.length - 50} more`] : [],
    ""
  ];
  if (p.changes.length) out.push(dry ? "Would change:" : "Changed:", "", ...list(p.changes));
  else if (!p.failures.length) out.push("Every grantee device already carries the right attributes.", "");
  if (p.noDevices.length)
    out.push(
      "No device of the grantees (their access starts on the run after they add one):",
      "",
      ...list(p.noDevices)
    );
  if (p.failures.length) out.push("Failed:", "", ...list(p.failures));
  return out;
}

// src/modes/apply-dns.ts
async function applyDns(client, desired, writes, opts) {
  const changed = [];
  if (!desired) return changed;
  const [splitDNS, nameservers, searchPaths, preferences] = await Promise.allSettled([
    desired.splitDNS ? client.getSplitDns() : {},
    desired.nameservers || desired.magicDNS !== void 0 ? client.getNameservers() : [],
    desired.searchPaths ? client.getSearchPaths() : [],
    desired.magicDNS !== void 0 ? client.getPreferences() : void 0
  ]);
  const live = {
    splitDNS: settled(splitDNS),
    nameservers: settled(nameservers),
    searchPaths: settled(searchPaths),
    magicDNS: settled(preferences)?.magicDNS ?? false
  };
  const plan = planDns(desired, live);
  const base = `/api/v2/tailnet/${opts.tailnet}/dns`;
  const dry = opts.dryRun;
  if (plan.splitDNS) {
    writes.push(`PUT ${base}/split-dns ${JSON.stringify(plan.splitDNS)}`);
    changed.push(`split DNS: ${Object.keys(plan.splitDNS).length} domain(s)`);
    if (!dry) await client.putSplitDns(plan.splitDNS);
  }
  if (plan.nameservers) {
    writes.push(`POST ${base}/nameservers ${JSON.stringify({ dns: plan.nameservers })}`);
    changed.push(`nameservers: ${plan.nameservers.join(", ") || "none"}`);
    if (!dry) await client.setNameservers(plan.nameservers);
  }
  if (plan.searchPaths) {
    writes.push(`POST ${base}/searchpaths ${JSON.stringify({ searchPaths: plan.searchPaths })}`);
    changed.push(`search paths: ${plan.searchPaths.join(", ") || "none"}`);
    if (!dry) await client.setSearchPaths(plan.searchPaths);
  }
  if (plan.magicDNS !== void 0) {
    writes.push(`POST ${base}/preferences ${JSON.stringify({ magicDNS: plan.magicDNS })}`);
    changed.push(`MagicDNS ${plan.magicDNS ? "on" : "off"}`);
    if (!dry) await client.setPreferences({ magicDNS: plan.magicDNS });
  }
  return changed;
}
function settled(r) {
  if (r.status === "rejected") throw r.reason;
  return r.value;
}

// src/modes/break-glass.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/cleanup/cleanup-pull.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/cleanup/files.ts
var CLEANUP_BRANCH = "tailpolicy/expired";
function cleanupBranch(target) {
  return target === void 0 ? CLEANUP_BRANCH : `${CLEANUP_BRANCH}-${target}`;
}
function isCleanupBranch(ref) {
  return ref === CLEANUP_BRANCH || ref.startsWith(`${CLEANUP_BRANCH}-`);
}
var CLEANUP_MARKER = "<!-- tailpolicy:cleanup -->";
var SOON_MS = 24 * 36e5;
function expiredGrants(compiled) {
  const groups = groupMembers(compiled.policy);
  const out = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || entry.state !== "expired") continue;
    const users = [
      ...new Set(g.grantees.flatMap((who) => who.startsWith("group:") ? groups.get(who) ?? [] : [who]))
    ];
    const logins = /* @__PURE__ */ new Set();
    const unmapped = [];
    for (const user of users) {
      const login = compiled.access.people.get(user);
      if (login !== void 0 && isGitHubLogin(login)) logins.add(login);
      else unmapped.push(user);
    }
    out.push({ ...summarize(g), logins: [...logins].sort(), unmapped: unmapped.sort() });
  }
  return out;
}
function expiringSoon(compiled, withinMs = SOON_MS) {
  const until = compiled.now.getTime() + withinMs;
  return compiled.grants.filter((e) => e.grant && e.state !== "expired" && e.grant.expires.getTime() <= until).map((e) => summarize(e.grant)).sort((a, b) => a.expires.getTime() - b.expires.getTime() || (a.path < b.path ? -1 : 1));
}
function summarize(g) {
  return {
    path: g.path,
    grantees: g.grantees,
    resource: g.resource ?? "inline rules",
    reason: g.reason,
    ...g.ticket !== void 0 && { ticket: g.ticket },
    ...g.starts && { starts: g.starts },
    expires: g.expires
  };
}
function isGitHubLogin(login) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login);
}
function accessWords(path, access) {
  const state = access?.state.get(path) ?? "unknown";
  if (state === "out") return "access is out of the live policy";
  if (state === "live") return "access NOT removed: its rules are still in the live tailnet policy";
  return `access NOT removed as far as tailpolicy can tell: the live tailnet policy could not be read back (${access?.error ?? "no Tailscale credential"})`;
}
function planCleanupPull(input) {
  const expired = [...input.expired].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const n = expired.length;
  const deletions = expired.map((g) => g.path);
  const of = input.target === void 0 ? "" : ` of ${input.target}`;
  const title = `tailpolicy: delete ${n} expired access grant${n === 1 ? "" : "s"}${of}`;
  const commitMessage = `Delete ${n} expired access grant${n === 1 ? "" : "s"}

${accessSentence(deletions, input.access)} This removes the file${n === 1 ? "" : "s"}.

` + deletions.map((p) => `- ${oneLine(p, 300)}: ${accessWords(p, input.access)}`).join("\n") + "\n";
  return {
    ...input.target === void 0 ? {} : { branch: cleanupBranch(input.target) },
    deletions,
    title,
    body: renderCleanupBody(expired, input.soon, input.origins ?? /* @__PURE__ */ new Map(), input.access),
    commitMessage
  };
}
function accessSentence(paths, access) {
  const notOut = paths.filter((p) => access?.state.get(p) !== "out");
  if (notOut.length === 0)
    return `tailpolicy read the live tailnet policy back: the access of ${paths.length === 1 ? "this grant" : `all ${paths.length} grants`} is out of it.`;
  return `Access NOT removed for ${notOut.length} of ${paths.length} grant${paths.length === 1 ? "" : "s"}: tailpolicy read the live tailnet policy back and could not confirm that their rules are out of it (see each file below).`;
}
function expiredTable(expired, origins = /* @__PURE__ */ new Map(), access) {
  const lines = [
    "| Grant file | Grantees | Resource | Reason | Expired | Requested in | Access |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  for (const g of expired) {
    const origin = origins.get(g.path);
    const state = access?.state.get(g.path) ?? "unknown";
    const cell = state === "out" ? "out of the live policy" : state === "live" ? "**NOT removed**: still in the live policy" : "**NOT removed** as far as known: the live policy could not be read";
    lines.push(
      `| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(g.reason, 300)}${g.ticket ? ` (${md(g.ticket, 100)})` : ""} | ${md(humanUtc(g.expires))} | ${origin !== void 0 ? `#${origin}` : "\u2014"} | ${cell} |`
    );
  }
  return lines.join("\n") + "\n";
}
function soonTable(soon) {
  const lines = ["| Grant file | Grantees | Resource | Expires |", "| --- | --- | --- | --- |"];
  for (const g of soon) {
    lines.push(`| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(humanUtc(g.expires))} |`);
  }
  return lines.join("\n") + "\n";
}
function renderCleanupBody(expired, soon, origins, access) {
  const n = expired.length;
  const logins = [...new Set(expired.flatMap((g) => g.logins))].sort();
  const unmapped = [...new Set(expired.flatMap((g) => g.unmapped))].sort();
  const notOut = expired.filter((g) => access?.state.get(g.path) !== "out");
  const out = [CLEANUP_MARKER, `### ${n} expired access grant${n === 1 ? "" : "s"}`, ""];
  if (notOut.length)
    out.push(
      `> [!WARNING]
> Access NOT removed for ${notOut.length} of ${n}: ${notOut.map((g) => code(g.path)).join(", ")}. Their rules may still be in the live tailnet policy; the run that updated this pull request failed and says why. Merging this pull request does not take them out.`,
      ""
    );
  out.push(
    "Each scheduled run of tailpolicy takes the rules of expired grants out of the tailnet policy, whether or not this pull request is merged, then reads the live policy back: the Access column says what it found. Merging this pull request deletes the files, so that the grants folder shows only current and upcoming access. No approval is needed to delete a grant.",
    "",
    expiredTable(expired, origins, access)
  );
  if (logins.length)
    out.push(
      `Grantees: ${logins.map((l) => `@${l}`).join(", ")}: the access listed above has expired. Open a new grant pull request if you still need it.`,
      ""
    );
  if (unmapped.length) out.push(`No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(", "))}.`, "");
  if (soon.length) out.push("### Expiring within 24 hours", "", soonTable(soon));
  out.push(
    "---",
    "_Opened by tailpolicy (expire mode) and kept up to date by each scheduled run; closed when nothing is expired._",
    ""
  );
  return truncate(out.join("\n"), COMMENT_LIMIT);
}

// src/cleanup/cleanup-pull.ts
var MAX_ORIGIN_LOOKUPS = 30;
async function syncCleanupPull(github, target) {
  const branch = target.branch ?? CLEANUP_BRANCH;
  const open = await github.findOpenPullByHead(branch);
  const branchSha = await github.getBranchSha(branch);
  const { deletions } = target;
  if (deletions.length === 0) {
    if (open) await github.closePull(open.number);
    if (branchSha) await github.deleteBranch(branch);
    return {
      action: open ? "closed" : branchSha ? "branch-deleted" : "none",
      ...open && { pull: { number: open.number, url: open.htmlUrl } },
      committed: false,
      deletions,
      branch
    };
  }
  const upToDate = branchSha !== void 0 && open !== void 0 && await branchIsExactly(github, branchSha, open, target);
  if (!upToDate) {
    await github.commitFileChanges({
      branch,
      baseSha: target.baseSha,
      message: target.commitMessage,
      deletions
    });
  }
  const committed = !upToDate;
  if (open) {
    const changed = await updateIfNeeded(github, open, target);
    return {
      action: changed || committed ? "updated" : "unchanged",
      pull: { number: open.number, url: open.htmlUrl },
      committed,
      deletions,
      branch
    };
  }
  try {
    const created = await github.createPull({
      title: target.title,
      head: branch,
      base: target.defaultBranch,
      body: target.body
    });
    return { action: "created", pull: { number: created.number, url: created.htmlUrl }, committed, deletions, branch };
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.githubMessage)))
      throw error;
    const other = await findOpenPull(github, branch);
    if (!other) throw error;
    await updateIfNeeded(github, other, target);
    return { action: "updated", pull: { number: other.number, url: other.htmlUrl }, committed, deletions, branch };
  }
}
async function branchIsExactly(github, branchSha, open, target) {
  if (open.headSha !== branchSha || open.baseRef !== target.defaultBranch) return false;
  const [tip] = await github.listCommitsForPath(target.deletions[0], { sha: branchSha });
  if (!tip || tip.sha !== branchSha || tip.parents.length !== 1 || tip.parents[0] !== target.baseSha) return false;
  if (tip.message.trim() !== target.commitMessage.trim()) return false;
  const files = await github.listPullFiles(open.number);
  const wanted = new Set(target.deletions);
  return files.length === wanted.size && files.every((f) => f.status === "removed" && wanted.has(f.filename));
}
async function updateIfNeeded(github, pull, target) {
  if (pull.title === target.title && (pull.body ?? "") === target.body) return false;
  await github.updatePull(pull.number, { title: target.title, body: target.body });
  return true;
}
async function findOpenPull(github, branch) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await github.findOpenPullByHead(branch);
    if (pull) return pull;
    await new Promise((resolve) => setTimeout(resolve, 1e3 * (attempt + 1)));
  }
  return void 0;
}
async function prepareCleanup(at, github, compiled, expired, access, targetName) {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, "GET", `/git/ref/heads/${defaultBranch}`, "the default branch has no commit");
  const skipped = [];
  let keep = expired;
  const checkedOut = at.sha ?? await workspaceHead(at.workspace);
  if (checkedOut !== baseSha && expired.length > 0) {
    keep = [];
    for (const g of expired) {
      const local = await (0, import_promises.readFile)((0, import_node_path.join)(at.workspace, g.path), "utf8").catch(() => void 0);
      const remote = await github.getFileAt(g.path, baseSha);
      if (remote === void 0) skipped.push({ path: g.path, why: `already deleted on ${defaultBranch}` });
      else if (remote !== local)
        skipped.push({ path: g.path, why: `changed on ${defaultBranch} since this checkout; the next run decides` });
      else keep.push(g);
    }
  }
  const origins = await findOrigins(at, github, keep, baseSha, defaultBranch);
  const pull = planCleanupPull({
    expired: keep,
    soon: expiringSoon(compiled),
    origins,
    access,
    ...targetName === void 0 ? {} : { target: targetName }
  });
  return { target: { ...pull, defaultBranch, baseSha }, skipped, origins };
}
async function findOrigins(at, github, expired, baseSha, defaultBranch) {
  const origins = /* @__PURE__ */ new Map();
  const shallow = await isShallow(at.workspace).catch(() => true);
  for (const g of expired.slice(0, MAX_ORIGIN_LOOKUPS)) {
    try {
      let added = shallow ? void 0 : await addingCommit(at.workspace, g.path);
      if (!added) {
        const commits = await github.listCommitsForPath(g.path, { sha: baseSha });
        added = commits[commits.length - 1]?.sha;
      }
      if (!added) continue;
      const pulls = (await github.listPullsForCommit(added)).filter((p) => !isCleanupBranch(p.headRef));
      const pull = pulls.find((p) => p.merged && p.baseRef === defaultBranch) ?? pulls.find((p) => p.merged) ?? pulls[0];
      if (pull) origins.set(g.path, pull.number);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      at.log.warning(`Could not find the pull request that added ${g.path}: ${error.message}`);
    }
  }
  return origins;
}

// src/modes/break-glass.ts
async function reviewBreakGlass(ctx, github, broken, compiled, opts) {
  const withdrawn = /* @__PURE__ */ new Map();
  const anyBreakGlass = [...compiled.access.resources.values()].some((r) => r.breakGlass);
  if (broken.size === 0 && !anyBreakGlass) return withdrawn;
  let issues;
  try {
    issues = await github.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL);
    await openReviews(ctx, github, broken, compiled, issues);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    ctx.log.warning(
      `Could not open or read the break-glass review issues: ${error.message}. The audit still flags break-glass grants until an approver reviews them.`
    );
    return withdrawn;
  }
  const grantsDir = trimDir(ctx.target.grantsDir);
  for (const issue of issues) {
    const marked = parseReviewMarker(issue.body);
    if (issue.state !== "open" || !marked || !within(marked.path, grantsDir)) continue;
    try {
      await reviewIssue(ctx, github, issue, marked, broken, compiled, opts, withdrawn);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      ctx.log.warning(`Could not act on break-glass review issue #${issue.number}: ${error.message}`);
    }
  }
  return withdrawn;
}
async function openReviews(ctx, github, broken, compiled, existing) {
  for (const [path, glass] of [...broken].sort(([a], [b]) => a.localeCompare(b))) {
    const marker = breakGlassMarker(path, glass.pull);
    const grant = compiled.grants.find((g) => g.path === path)?.grant;
    const title = `Break-glass review: ${path} (#${glass.pull})`;
    const found = existing.find((i) => i.body?.includes(marker)) ?? existing.find(
      (i) => i.state === "open" && reviewMarkers(i.body).some((m) => m.path === path && m.pull < glass.pull)
    );
    if (found) {
      const earlier = reviewMarkers(found.body).map((m) => m.marker).filter((m) => m !== marker);
      const body = reviewBody(path, glass, grant, marker, earlier);
      if (found.state === "open" && (found.body !== body || found.title !== title)) {
        await github.updateIssue(found.number, { title, body });
        Object.assign(found, { title, body });
        ctx.log.info(`${path}: break-glass, updated review issue #${found.number} to show the grant as it is now.`);
      } else ctx.log.info(`${path}: break-glass, review issue #${found.number} (${found.state}).`);
      continue;
    }
    const issue = await github.createIssue({
      title,
      body: reviewBody(path, glass, grant, marker, []),
      labels: [BREAK_GLASS_REVIEW_LABEL]
    });
    ctx.log.info(
      `${path}: break-glass, review required by ${humanUtc(glass.dueAt)}; opened review issue #${issue.number}.`
    );
    existing.push({
      number: issue.number,
      htmlUrl: issue.htmlUrl,
      state: "open",
      title: "",
      body: marker,
      author: null,
      labels: [BREAK_GLASS_REVIEW_LABEL],
      isPull: false
    });
  }
}
var answerMarker = (what) => `${REPLY_MARKER} ${what} -->`;
async function reviewIssue(ctx, github, issue, { path, pull }, broken, compiled, opts, withdrawn) {
  const entry = compiled.grants.find((g) => g.path === path);
  let comments;
  const read = async () => comments ??= await github.listIssueComments(issue.number);
  const answer = async (what, text) => {
    const marker = answerMarker(what);
    if ((await read()).some((c) => c.body.includes(marker))) return;
    await github.createComment(issue.number, `${marker}
${text}`);
  };
  const close = async (text, reason) => {
    await answer("closed", text);
    await github.closeIssue(issue.number, reason);
    ctx.log.info(`${path}: closed break-glass review issue #${issue.number}.`);
  };
  if (!(0, import_node_fs.existsSync)((0, import_node_path2.join)(ctx.workspace, path))) {
    if (opts.deletionPulls) await closeDeletionPull(github, path, pull);
    await close(
      `The grant file ${code(path)} is no longer on the default branch, so its access is over; closing this issue. The audit still reads the review comments here, on a closed issue too.`,
      "completed"
    );
    return;
  }
  if (entry?.state === "expired" && entry.grant) {
    if (opts.deletionPulls) await closeDeletionPull(github, path, pull);
    await close(
      `The grant expired at ${humanUtc(entry.grant.expires)}; closing this issue. The audit still reads the review comments here, on a closed issue too, and marks the grant overdue when no approver reviewed it by the deadline.`,
      "completed"
    );
    return;
  }
  const glass = broken.get(path);
  if (!glass || glass.pull !== pull || !entry?.grant) return;
  const grant = entry.grant;
  const all = await read();
  const given = all.filter((c) => !c.body.includes(REPLY_MARKER) && reviewCommand(c.body));
  const asOf = await readRulesAsOf(
    ctx.workspace,
    "HEAD",
    ctx.target.policyDirs,
    given.map((c) => c.createdAt)
  );
  const teams = await readTeamMembers(
    github,
    [...new Set([...asOf.values()].flatMap((r) => "access" in r ? teamsOf(r.access) : []))],
    given.map((c) => c.user)
  );
  const judged = judgeReviewComments(
    grant,
    { asOf: (at) => asOf.get(at) ?? { unknown: `no rules read for ${at}` }, teams, since: glass.mergedAt },
    glass.author,
    all
  );
  for (const r of judged.refused) {
    if (r.commentId === void 0) continue;
    await answer(
      `refused ${r.commentId}`,
      `The \`/${r.command}\` of ${md(r.user)} does not count: ${md(r.why)}.` + (r.asOf ? ` By access.yaml on the default branch when the comment was made (commit ${r.asOf.slice(0, 7)}), an approver of ${md(grant.resource ?? "the inline rules")} (${md((r.approvers ?? []).join(", "))}) who is neither the pull request's author nor a grantee reviews this grant.` : "")
    );
  }
  if (judged.revoked) {
    const who = judged.revoked;
    const why = `break-glass grant revoked by ${who.user} on review issue #${issue.number}${who.reason ? ` (${who.reason})` : ""}`;
    withdrawn.set(path, why);
    ctx.log.info(`${path}: ${why}; left out of the policy.`);
    if (!opts.deletionPulls) {
      ctx.log.info(`${path}: the scheduled expire run opens the pull request that deletes its file.`);
      return;
    }
    const marker = answerMarker("revoke-pull");
    if ((await read()).some((c) => c.body.includes(marker))) return;
    const deletion = await openDeletionPull(github, path, pull, issue.number, who);
    if (!deletion) return;
    await answer(
      "revoke-pull",
      `Revoked by ${md(who.user)}. Pull request #${deletion.number} deletes ${code(path)}: ${deletion.url}

From this run on, tailpolicy leaves the grant out of the policy it compiles, so each push takes its rules out of the live policy. This comment is written before the push: the run's summary says whether it succeeded. This issue is closed when the file is gone from the default branch.`
    );
    return;
  }
  if (judged.approved) {
    const who = judged.approved;
    await close(
      `Review recorded: ${md(who.user)} approved this break-glass grant at ${humanUtc(new Date(who.at))}. The audit shows it as reviewed. To end the access before it expires, delete the grant file in a pull request.`,
      "completed"
    );
  }
}
function revokeBranch(path, pull) {
  const slug = path.replace(/\.ya?ml$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").slice(0, 80).replace(/^[-.]+/, "").replace(/(?:[-.]|\.lock)+$/i, "");
  return `tailpolicy/revoke/${pull}-${slug || "grant"}`;
}
async function openDeletionPull(github, path, pull, issue, who) {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha || await github.getFileAt(path, baseSha) === void 0) return void 0;
  const outcome = await syncCleanupPull(github, {
    branch: revokeBranch(path, pull),
    deletions: [path],
    defaultBranch,
    baseSha,
    title: `Revoke break-glass grant ${path}`,
    commitMessage: `Revoke break-glass grant ${path}

Revoked by ${who.user} on issue #${issue}.`,
    body: [
      "<!-- tailpolicy:revoke -->",
      `Deletes ${code(path)}: its break-glass access (pull request #${pull}) was revoked by ${md(who.user)} on #${issue}${who.reason ? ` (${md(who.reason)})` : ""}.`,
      "",
      "tailpolicy already leaves the grant out of the policy it compiles; merging this removes the file, and with it the grant, from the repository. A deletion needs no approval."
    ].join("\n")
  });
  return outcome.pull;
}
async function closeDeletionPull(github, path, pull) {
  await syncCleanupPull(github, {
    branch: revokeBranch(path, pull),
    deletions: [],
    defaultBranch: "",
    baseSha: "",
    title: "",
    body: "",
    commitMessage: ""
  });
}
function reviewBody(path, glass, grant, marker, earlier) {
  const who = glass.mentions.map((m) => `@${m}`).join(", ") || md(glass.approvers.join(", "));
  return [
    marker,
    "## Break-glass access to review",
    "",
    `${code(path)} was applied **without approval**, through the \`break-glass\` label on pull request #${glass.pull}${glass.author ? ` by ${md(glass.author)}` : ""}, merged at ${humanUtc(glass.mergedAt)}.`,
    "",
    ...grant ? [
      `- Grantees: ${md(grant.grantees.join(", "))}`,
      `- Resource: ${md(grant.resource ?? "(inline rules)")}`,
      `- Until: ${humanUtc(grant.expires)}`,
      `- Reason: ${md(grant.reason)}`,
      ...grant.ticket !== void 0 ? [`- Ticket: ${md(grant.ticket)}`] : [],
      `- Plan: ${glass.pullUrl}`
    ] : [],
    "",
    `Review required by **${humanUtc(glass.dueAt)}** from the approvers (${md(glass.approvers.join(", "))}): ${who}.`,
    "",
    "Comment `/approve` to record your review (tailpolicy then closes this issue), or `/revoke` with the reason to end the access: tailpolicy takes the grant out of the policy and opens the pull request that deletes its file. tailpolicy's audit marks the grant reviewed (who, when), revoked, or overdue after the deadline.",
    "A command counts when its author is an approver by access.yaml on the default branch at the time of the comment.",
    ...earlier.length ? [
      "",
      `This issue also covers the earlier break-glass pull request(s) of the grant (${earlier.map((m) => `#${/#(\d+) -->$/.exec(m)?.[1] ?? "?"}`).join(", ")}); a command counts for the version merged before it.`,
      ...earlier
    ] : []
  ].join("\n");
}

// src/modes/unapproved.ts
async function unapprovedGrants(grantList, root, dirs, github, approvedPulls, tokenSetting = "github-token", onCall, autoApproved, brokenGlass) {
  const out = /* @__PURE__ */ new Map();
  const git = github ? {
    shallow: started(isShallow(root)),
    history: started(firstParentHistory(root, [dirs.grantsDir, ...dirList(dirs.policyDir)]))
  } : void 0;
  const compiled = typeof grantList === "function" ? grantList() : grantList;
  const candidates = compiled.grants.filter((g) => g.grant && g.state !== "expired");
  if (candidates.length === 0) return out;
  if (!github) {
    for (const g of candidates) out.set(g.path, `its approval could not be verified (no ${tokenSetting})`);
    return out;
  }
  if (await git.shallow) {
    for (const g of candidates) out.set(g.path, "its approval could not be verified: check out with fetch-depth: 0");
    return out;
  }
  const walk = new ProvenanceWalk(root, dirs, github, compiled, await git.history, onCall);
  await walk.prefetch(candidates.map((c) => c.path));
  for (const [i, entry] of candidates.entries()) {
    try {
      const verdict = await walk.judge(entry.grant);
      if ("why" in verdict) out.set(entry.path, verdict.why);
      else {
        approvedPulls?.set(entry.path, verdict.pull);
        if (verdict.auto) autoApproved?.set(entry.path, verdict.auto);
        if (verdict.glass) brokenGlass?.set(entry.path, verdict.glass);
      }
    } catch (e) {
      if (e instanceof UserError) {
        out.set(entry.path, `its approval could not be verified: ${e.message}`);
        continue;
      }
      if (!(e instanceof GitHubApiError)) throw e;
      for (const rest of candidates.slice(i)) {
        out.set(rest.path, `its approval could not be verified: ${e.message}`);
      }
      return out;
    }
  }
  return out;
}
function approverLogins(approvers, rules) {
  const groups = groupMembers(rules.policy);
  const out = /* @__PURE__ */ new Set();
  for (const a of approvers) {
    if (a.startsWith("team:")) out.add(a.slice("team:".length));
    for (const login of a.startsWith("group:") ? groups.get(a) ?? [] : [a]) {
      const gh = rules.access.people.get(login);
      if (gh) out.add(gh);
    }
  }
  return [...out].sort();
}
var ProvenanceWalk = class {
  constructor(root, dirs, github, compiled, history, onCall) {
    this.root = root;
    this.dirs = dirs;
    this.github = github;
    this.compiled = compiled;
    this.history = history;
    this.onCall = onCall;
  }
  root;
  dirs;
  github;
  compiled;
  history;
  onCall;
  pulls = /* @__PURE__ */ new Map();
  reviews = /* @__PURE__ */ new Map();
  pullsOf = memo((sha) => this.github.listPullsForCommit(sha), this.pulls);
  filesOf = memo((n) => this.github.listPullFiles(n));
  reviewsOf = memo((n) => this.github.listReviews(n), this.reviews);
  rulesOf = memo((ref) => this.rulesAt(ref));
  defaultBranch = memo((_) => this.github.getDefaultBranch());
  /**
   * Asks GitHub once, before the grants are judged one by one, for what `judge` will need of
   * every commit it will look at: the commit that last changed each grant, and the later ones
   * that changed access.yaml (widenings). One GraphQL query per 50 commits replaces a REST call
   * for each commit's pull requests and each pull request's reviews, and the default branch;
   * whatever it does not answer (or all, when GraphQL fails) is read over REST as before.
   */
  async prefetch(paths) {
    const wanted = /* @__PURE__ */ new Set();
    const oldest = Math.max(-1, ...paths.map((p) => this.history.findIndex((c) => c.changes.has(p))));
    for (const path of paths) {
      const at = this.history.findIndex((c) => c.changes.has(path));
      if (at !== -1 && this.history[at].changes.get(path)) wanted.add(this.history[at].sha);
    }
    if (wanted.size === 0) return;
    for (const later of this.history.slice(0, oldest))
      if ([...later.changes.keys()].some((p) => this.isAccessFile(p))) wanted.add(later.sha);
    const facts = await this.github.approvalFacts([...wanted]);
    if (!facts) return;
    for (const [sha, list] of facts.pullsOf) this.pulls.set(sha, Promise.resolve(list));
    for (const [n, list] of facts.reviewsOf) this.reviews.set(n, Promise.resolve(list));
  }
  async judge(grant) {
    const main = await this.defaultBranch(0);
    const at = this.history.findIndex((c) => c.changes.has(grant.path));
    const blob = at === -1 ? void 0 : this.history[at].changes.get(grant.path);
    if (!blob) return { why: `it is not in the first-parent history of ${main} (never committed there)` };
    const commit = this.history[at].sha;
    const found = await this.pullInto(commit, main);
    if ("why" in found) return { why: `it reached the default branch ${found.why} (commit ${short(commit)})` };
    const pull = found.pull;
    const [files, baseRules] = [this.filesOf(pull.number), started(this.rulesOf(pull.baseSha))];
    const file = (await files).find((f) => f.filename === grant.path);
    if (!file)
      return {
        why: `commit ${short(commit)} changed it, but pull request #${pull.number} did not (a change made in the merge)`
      };
    if (file.sha !== blob)
      return {
        why: `its content on ${main} is not what pull request #${pull.number}'s approved head carries (changed in the merge or after the review)`
      };
    const base = await baseRules;
    const reviews = await this.reviewsOf(pull.number);
    const teams = await this.teamsFor(grant, base, reviews);
    const verdict = evaluateApprovals(
      grant,
      base.access,
      base.policy,
      { author: pull.author, headSha: pull.headSha },
      reviews,
      this.compiled.policy,
      teams
    );
    const mergedAt = pull.mergedAt ? new Date(pull.mergedAt) : this.compiled.now;
    const glass = verdict.approved ? void 0 : breakGlassAnswer(grant, base.access, pull.labels, mergedAt);
    const judged = withAutoApproval(
      verdict,
      verdict.approved ? void 0 : glass && "approved" in glass ? glass : firstApproved(glass, await this.onCall?.judge(grant, base.access, pull.author, mergedAt))
    );
    if (!judged.approved)
      return {
        why: `pull request #${pull.number} was merged without ${missing(judged)}${judged.autoWhy ? ` (${judged.autoWhy} at merge)` : ""}`
      };
    const limits = baseLimitProblems(grant, base.access, base.policy, this.compiled.now, teams);
    if (teamsOf(this.compiled.access).length > 0) {
      const current = await this.teamsFor(grant, this.compiled, []);
      const refused = checkGrant(grant, this.compiled.access, this.compiled.policy, this.compiled.now, current).find(
        (f) => f.rule === "grant/not-eligible"
      );
      if (refused) return { why: refused.message };
    }
    if (limits.length)
      return {
        why: `pull request #${pull.number} breaks the limits of its base's access.yaml: ${limits.join(" ")}`
      };
    for (const later of this.history.slice(0, at).reverse()) {
      if (![...later.changes.keys()].some((p) => this.isAccessFile(p))) continue;
      const why = await this.judgeWidening(grant, later.sha, main);
      if (why) return { why };
    }
    const broken = glass && "approved" in glass && judged.auto === glass.approved ? {
      pull: pull.number,
      pullUrl: pull.htmlUrl,
      author: pull.author,
      mergedAt,
      dueAt: new Date(mergedAt.getTime() + glass.reviewWithinMs),
      approvers: base.access.resources.get(grant.resource)?.approvers ?? [],
      mentions: approverLogins(base.access.resources.get(grant.resource)?.approvers ?? [], base)
    } : void 0;
    return {
      pull: pull.number,
      ...judged.auto ? { auto: `${judged.auto} (at merge, ${humanUtc(mergedAt)})` } : {},
      ...broken ? { glass: broken } : {}
    };
  }
  /** Does commit `sha` widen `grant` (against its first parent), and if so, was that approved? */
  async judgeWidening(grant, sha, main) {
    const now = this.compiled.now;
    const before = await this.rulesOf(`${sha}^1`);
    const after = await this.rulesOf(sha);
    const afterAtoms = grantAtoms(grant, after.access, after.policy, now);
    const widened = uncovered(afterAtoms, grantAtoms(grant, before.access, before.policy, now));
    if (widened.length === 0) return void 0;
    const what = `${grant.resource !== void 0 ? `its resource "${grant.resource}"` : "the inline rules"} (${widened.map((a) => `+ ${a.words}`).join(", ")})`;
    const found = await this.pullInto(sha, main);
    if ("why" in found) return `commit ${short(sha)} widened ${what} ${found.why}`;
    const pull = found.pull;
    const base = await this.rulesOf(pull.baseSha);
    const reviews = await this.reviewsOf(pull.number);
    const verdict = evaluateApprovals(
      grant,
      base.access,
      base.policy,
      { author: pull.author, headSha: pull.headSha },
      reviews,
      after.policy,
      await this.teamsFor(grant, base, reviews)
    );
    if (!verdict.approved) return `pull request #${pull.number} widened ${what} without ${missing(verdict)}`;
    const head = await this.rulesOf(pull.headSha);
    if (uncovered(afterAtoms, grantAtoms(grant, head.access, head.policy, now)).length)
      return `commit ${short(sha)} widened ${what} beyond what pull request #${pull.number}'s approved head carries`;
    return void 0;
  }
  /** Membership of the teams `rules` name, for the approving reviewers and the grant's grantees. */
  teamsFor(grant, rules, reviews) {
    return readTeams(this.github, rules.access, [
      ...reviews.filter((r) => r.state === "APPROVED").map((r) => r.user),
      ...granteeGitHubLogins(grant.grantees, rules.access, [rules.policy, this.compiled.policy])
    ]);
  }
  /** The merged pull request into `main` that brought first-parent commit `sha`, or why there is none. */
  async pullInto(sha, main) {
    const merged = (await this.pullsOf(sha)).filter((p) => p.merged || p.mergedAt !== null);
    const into = merged.filter((p) => p.baseRef === main);
    const pull = into.find((p) => p.mergeCommitSha === sha) ?? into.sort((a, b) => a.number - b.number)[0];
    if (pull) return { pull };
    const elsewhere = merged.find((p) => p.mergeCommitSha === sha) ?? merged[0];
    if (elsewhere)
      return { why: `through pull request #${elsewhere.number} into ${elsewhere.baseRef}, not into ${main}` };
    return { why: "without a pull request" };
  }
  isAccessFile(path) {
    return dirList(this.dirs.policyDir).some((dir) => {
      const prefix = dir === "." ? "" : dir + "/";
      return path.startsWith(prefix) && /^access\.(ya?ml|json|hujson)$/i.test(path.slice(prefix.length));
    });
  }
  /**
   * access.yaml and the groups at `ref` (a PR's base commit: never the PR's own changes, and what
   * check mode judged by; or a commit whose change is being judged).
   */
  async rulesAt(ref) {
    const { policyDir } = this.dirs;
    const read = async () => commitRules(policyDir, await filesAt(this.root, ref, dirList(policyDir)));
    if (!/^[0-9a-f]{40,64}$/.test(ref)) return read();
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      await ensureCommit(this.root, ref);
      return read();
    }
  }
};
function missing(verdict) {
  return verdict.problem ?? `${verdict.required} qualifying approval(s)`;
}
function short(sha) {
  return sha.slice(0, 7);
}
function started(p) {
  p.catch(() => void 0);
  return p;
}
function memo(load, cache = /* @__PURE__ */ new Map()) {
  return (key) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, hit = load(key));
    return hit;
  };
}

// src/policy/narrow.ts
var SECTIONS = ["grants", "ssh"];
function parseObject(text) {
  const value = parse(text, [], { allowTrailingComma: true });
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
var NOTE = /^\s*\/\/\s*grant (.+?): /;
function linesOf(text, from, to) {
  const out = [];
  let start = text.lastIndexOf("\n", from - 1) + 1;
  while (start < to) {
    let end = text.indexOf("\n", start);
    if (end === -1 || end > to) end = to;
    out.push({ start: Math.max(start, from), end, text: text.slice(Math.max(start, from), end) });
    start = end + 1;
  }
  return out;
}
function generatedRuns(text) {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const runs = [];
  const orphanNotes = [];
  if (!tree || tree.type !== "object") return { runs, orphanNotes };
  for (const section of SECTIONS) {
    const list = findNodeAtLocation(tree, [section]);
    if (!list || list.type !== "array") continue;
    const items = list.children ?? [];
    const claimedUntil = [];
    items.forEach((item, i) => {
      const gapStart = i === 0 ? list.offset + 1 : items[i - 1].offset + items[i - 1].length;
      const lines = linesOf(text, gapStart, item.offset);
      lines.forEach((line, k) => {
        const m = RULE_MARKER.exec(line.text);
        if (!m) {
          const note = NOTE.exec(line.text);
          const next = lines[k + 1];
          if (note && !(next && RULE_MARKER.test(next.text))) orphanNotes.push({ section, grant: note[1] });
          return;
        }
        const count = Number(m[1]);
        const grant = m[3];
        const previous = lines[k - 1];
        const from = previous && NOTE.test(previous.text) ? previous.start : line.start;
        const last = items[i + count - 1];
        let problem;
        if (count < 1 || !last) problem = `its marker names ${count} rule(s) but fewer follow`;
        else if (claimedUntil.some((end) => end > i)) problem = "its rules overlap another grant's";
        else {
          const rules = items.slice(i, i + count).map((n) => getNodeValue(n));
          if (rulesFingerprint(grant, rules) !== m[2]) problem = "its generated rules were edited outside Git";
          else {
            for (let j = i + 1; j < i + count; j++) {
              const inner = linesOf(text, items[j - 1].offset + items[j - 1].length, items[j].offset);
              if (inner.some((l) => RULE_MARKER.test(l.text))) problem = "its rules overlap another grant's";
            }
          }
        }
        claimedUntil.push(i + Math.max(count, 1));
        runs.push({
          section,
          grant,
          index: i,
          count,
          intact: problem === void 0,
          ...problem !== void 0 ? { problem } : {},
          from,
          to: last ? lineEndAfter(text, last.offset + last.length) : from
        });
      });
    });
  }
  return { runs, orphanNotes };
}
function lineEndAfter(text, end) {
  let i = end;
  while (text[i] === " " || text[i] === "	") i++;
  if (text[i] === ",") i++;
  let j = i;
  while (text[j] === " " || text[j] === "	" || text[j] === "\r") j++;
  if (text[j] === "\n") return j + 1;
  return i;
}
function narrowLivePolicy(live, keep) {
  const policy = parseObject(live);
  const { runs, orphanNotes } = generatedRuns(live);
  const refused = /* @__PURE__ */ new Map();
  const take = [];
  for (const run of runs) {
    if (keep.has(run.grant)) continue;
    if (run.intact) take.push(run);
    else refused.set(run.grant, run.problem);
  }
  for (const note of orphanNotes) {
    if (!keep.has(note.grant) && !refused.has(note.grant))
      refused.set(note.grant, "the marker comment above its generated rules was removed or edited outside Git");
  }
  const removable = take;
  const unchanged = {
    text: live,
    policy,
    changed: false,
    removed: [],
    refused: [...refused].map(([grant, why]) => ({ grant, why })).sort((a, b) => cmp(a.grant, b.grant))
  };
  if (removable.length === 0) return unchanged;
  const expected = { ...policy };
  for (const section of SECTIONS) {
    const drop = new Set(
      removable.filter((r) => r.section === section).flatMap((r) => range(r.index, r.index + r.count))
    );
    if (drop.size === 0) continue;
    expected[section] = policy[section].filter((_, i) => !drop.has(i));
  }
  let text = live;
  for (const r of [...removable].sort((a, b) => b.from - a.from)) text = text.slice(0, r.from) + text.slice(r.to);
  const claimed = headerDigest(live);
  if (claimed !== void 0 && claimed === policyDigest(policy)) {
    const at = text.indexOf(claimed);
    text = text.slice(0, at) + policyDigest(expected) + text.slice(at + claimed.length);
  }
  const errors = [];
  const result = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || canonicalJson(result) !== canonicalJson(expected)) {
    for (const r of removable) refused.set(r.grant, "its rules could not be taken out of the policy text safely");
    return {
      ...unchanged,
      refused: [...refused].map(([grant, why]) => ({ grant, why })).sort((a, b) => cmp(a.grant, b.grant))
    };
  }
  const removed = /* @__PURE__ */ new Map();
  for (const r of removable) removed.set(r.grant, (removed.get(r.grant) ?? 0) + r.count);
  return {
    text,
    policy: expected,
    changed: true,
    removed: [...removed].map(([grant, rules]) => ({ grant, rules })).sort((a, b) => cmp(a.grant, b.grant)),
    refused: unchanged.refused
  };
}
function grantsInPolicy(text, paths, rules = /* @__PURE__ */ new Map()) {
  const lines = text.split("\n");
  const named = /* @__PURE__ */ new Set();
  for (const line of lines) {
    const m = RULE_MARKER.exec(line);
    if (m) named.add(m[3]);
  }
  const policy = parseObject(text);
  const liveRules = new Set(
    SECTIONS.flatMap((s) => Array.isArray(policy[s]) ? policy[s] : []).map((r) => canonicalJson(r))
  );
  const out = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const note = `// grant ${commentSafe(path, 300)}: `;
    const byComment = named.has(commentSafe(path, 300)) || lines.some((l) => l.trimStart().startsWith(note));
    const byContent = (rules.get(path) ?? []).some((r) => liveRules.has(canonicalJson(r)));
    out.set(path, byComment || byContent);
  }
  return out;
}
function range(from, to) {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/modes/revocation.ts
function grantsToKeep(compiled) {
  if (!compiled.baseErrors) return new Set(compiled.grants.filter((g) => g.included).map((g) => g.path));
  return new Set(
    compiled.grants.filter((g) => g.grant && g.state === "active" && g.excludedReason === void 0).map((g) => g.path)
  );
}
async function narrowingPush(client, ctx, compiled, because, writes) {
  const keep = grantsToKeep(compiled);
  for (let attempt = 0; ; attempt++) {
    let live;
    try {
      live = await client.getPolicy();
    } catch (e) {
      if (!(e instanceof TailscaleError)) throw e;
      return { because, removed: [], refused: [], pushed: false, failure: `reading the live policy: ${e.message}` };
    }
    const n = narrowLivePolicy(live.hujson, keep);
    const outcome = {
      because,
      removed: n.removed.map((r) => r.grant),
      refused: n.refused,
      pushed: false
    };
    if (!n.changed) return outcome;
    writes.push(
      `POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${live.etag} (the live policy minus the rules of ${n.removed.length} grant(s) no longer active)`
    );
    if (ctx.inputs.dryRun) return outcome;
    try {
      await client.setPolicy(n.text, live.etag);
      return { ...outcome, pushed: true };
    } catch (e) {
      if (e instanceof PolicyConflictError && attempt === 0) {
        ctx.log.warning(
          "The tailnet policy changed while its expired rules were being taken out (HTTP 412); reading it again."
        );
        writes.pop();
        continue;
      }
      if (!(e instanceof TailscaleError)) throw e;
      return { ...outcome, failure: e.message };
    }
  }
}
function narrowText(n, dryRun) {
  const parts = [];
  if (n.failure) {
    parts.push(
      `Taking the rules of grants no longer active out of the live policy failed: ${n.failure}. Access NOT removed${n.removed.length ? `: ${n.removed.join(", ")}` : ""}.`
    );
  } else if (n.removed.length) {
    parts.push(
      `${dryRun && !n.pushed ? "Would take" : "Took"} the rules of ${n.removed.length} grant(s) no longer active out of the live policy and kept everything else: ${n.removed.join(", ")}.`
    );
  }
  if (n.refused.length) {
    parts.push(
      `Access NOT removed: ${n.refused.map((r) => `${r.grant} (${r.why})`).join("; ")}. Their rules stay in the live policy: take them out in the admin console, or bring the edit into the repository and re-run.`
    );
  }
  return parts.join(" ");
}
function rejectionText(v) {
  const details = v.data.flatMap((d) => d.errors.map((e) => d.user ? `${d.user}: ${e}` : e));
  return `${v.message ?? "invalid"}${details.length ? ` (${details.slice(0, 5).join("; ")})` : ""}`;
}
function grantsAtLocations(jsonText, messages, compiled) {
  const offsets = [];
  const lineStarts = [0];
  for (let i = 0; i < jsonText.length; i++) if (jsonText[i] === "\n") lineStarts.push(i + 1);
  for (const m of messages) {
    for (const hit of m.matchAll(/line (\d+),? col(?:umn)? (\d+)/gi)) {
      const start = lineStarts[Number(hit[1]) - 1];
      if (start !== void 0) offsets.push(start + Number(hit[2]) - 1);
    }
    for (const hit of m.matchAll(/offset (\d+)/gi)) offsets.push(Number(hit[1]));
  }
  if (offsets.length === 0) return [];
  const tree = parseTree(jsonText);
  if (!tree) return [];
  const out = /* @__PURE__ */ new Set();
  for (const [section, byIndex] of compiled.generatedBy) {
    for (const [index, path] of byIndex) {
      const node = findNodeAtLocation(tree, [section, index]);
      if (node && offsets.some((o) => o >= node.offset && o < node.offset + node.length)) out.add(path);
    }
  }
  return [...out].sort();
}
async function leaveOutRejected(client, ctx, result, exclude, verdict) {
  const compiled = result.compiled;
  const message = rejectionText(verdict);
  const jsonText = JSON.stringify(compiled.policy);
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const located = grantsAtLocations(
    jsonText,
    [verdict.message ?? "", ...verdict.data.flatMap((d) => d.errors)],
    compiled
  ).filter((p) => included.includes(p));
  if (located.length) return { message, grants: located, base: false };
  if (included.length === 0) return { message, grants: [], base: true };
  const files = await readRepository(ctx.workspace, ctx.target.policyDirs, ctx.target.grantsDir);
  const withOnly = (keep) => {
    const kept = new Set(keep);
    const out = new Map(exclude);
    for (const p of included) if (!kept.has(p)) out.set(p, "isolating a rejection");
    return compile({
      policyDir: ctx.target.policyDirs,
      ...ctx.target.scope ? { scope: ctx.target.scope } : {},
      policyFiles: files.policyFiles,
      grantFiles: files.grantFiles,
      now: ctx.now,
      exclude: out
    });
  };
  const accepts = async (keep) => (await client.validatePolicy(JSON.stringify(withOnly(keep).policy))).ok;
  if (!await accepts([])) return { message, grants: [], base: true };
  const { culprits } = await bisectAsync(included, accepts, 24);
  return { message, grants: culprits, base: false };
}
async function checkCurrentHead(ctx, github, checkedOut) {
  if (!github) {
    ctx.log.warning(
      `No ${ctx.setting("github-token")}: cannot check that this checkout is the default branch's latest commit before pushing.`
    );
    return { ok: true };
  }
  let branch;
  let head;
  try {
    branch = await github.getDefaultBranch();
    head = await github.getBranchSha(branch);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    ctx.log.warning(
      `GitHub could not say which commit is the default branch's latest (${e.message}); pushing this checkout's policy without that check.`
    );
    return { ok: true };
  }
  if (!checkedOut || head === checkedOut) return { ok: true };
  return {
    ok: false,
    message: `This run checked out ${short2(checkedOut)}, but the default branch ${branch} is now at ${short2(head)}: pushing this checkout's policy could bring back access that was revoked since (a re-run of an old job does this). Only the rules of grants no longer active were taken out of the live policy. Do not re-run this job: start a new run on ${branch} (Actions \u2192 this workflow \u2192 Run workflow), or re-run the newest run.`
  };
}
function short2(sha) {
  return sha ? sha.slice(0, 12) : "an unknown commit";
}
async function readBack(client, paths, rules = /* @__PURE__ */ new Map(), why = "no Tailscale credential") {
  const unknown = (error) => ({
    state: new Map(paths.map((p) => [p, "unknown"])),
    error
  });
  if (paths.length === 0) return { state: /* @__PURE__ */ new Map() };
  if (!client) return unknown(why);
  try {
    const live = await client.getPolicy();
    const inLive = grantsInPolicy(live.hujson, paths, rules);
    return { state: new Map(paths.map((p) => [p, inLive.get(p) ? "live" : "out"])) };
  } catch (e) {
    if (!(e instanceof TailscaleError)) throw e;
    return unknown(e.message);
  }
}
function rulesWhileActive(files, policyDir, compiled, paths) {
  const out = /* @__PURE__ */ new Map();
  for (const path of paths.slice(0, 30)) {
    const g = compiled.grants.find((e) => e.path === path)?.grant;
    if (!g) continue;
    const at = new Date(g.expires.getTime() - 1);
    const exclude = new Map(compiled.grants.filter((e) => e.path !== path).map((e) => [e.path, "alone"]));
    const c = compile({ policyDir, ...files, now: at, exclude });
    if (c.baseErrors) continue;
    const rules = [];
    for (const [section, byIndex] of c.generatedBy)
      for (const index of byIndex.keys()) rules.push(c.policy[section][index]);
    out.set(path, rules);
  }
  return out;
}

// src/modes/apply.ts
async function applyPolicy(ctx, opts = {}) {
  const prepared = await prepareApply(ctx, opts);
  return pushPolicy(ctx, prepared, opts.client, opts);
}
async function prepareApply(ctx, opts = {}) {
  const files = opts.files ?? await readRun(ctx);
  const pulls = /* @__PURE__ */ new Map();
  const autoApproved = /* @__PURE__ */ new Map();
  const brokenGlass = /* @__PURE__ */ new Map();
  const github = opts.github ?? githubClient(ctx);
  let checked;
  let listed;
  const grantList = () => listed ??= github ? (checked = checkRead(ctx, files)).compiled : compileRead(ctx, files);
  const exclude = opts.exclude ?? await unapprovedGrants(
    grantList,
    ctx.workspace,
    { policyDir: ctx.target.policyDirs, grantsDir: ctx.target.grantsDir },
    github,
    pulls,
    ctx.setting("github-token"),
    onCallJudge(ctx),
    autoApproved,
    brokenGlass
  );
  for (const [path, words] of autoApproved) ctx.log.info(`${path}: ${words}; no reviewer needed.`);
  const withdrawn = github ? await reviewBreakGlass(ctx, github, brokenGlass, grantList(), { deletionPulls: ctx.inputs.mode === "expire" }) : /* @__PURE__ */ new Map();
  const result = checked && exclude.size === 0 && withdrawn.size === 0 ? checked : checkRead(ctx, files, exclude, withdrawn);
  const policyFile = await writePolicyFile(ctx, result);
  annotate(ctx.log, result.findings);
  return { result, policyFile, pulls, files, exclude, withdrawn, ...github ? { github } : {} };
}
async function pushPolicy(ctx, prepared, given, opts = {}) {
  let { result, policyFile } = prepared;
  let exclude = prepared.exclude;
  const { pulls } = prepared;
  const { dryRun, onDrift } = ctx.inputs;
  const writes = [];
  let dnsChanged = [];
  let posture;
  let narrowed;
  let rejected;
  let pushed = false;
  let client = given;
  const done = (policy2, failure) => ({
    ...policy2,
    result,
    policyFile,
    dryRun,
    writes,
    pushed,
    dnsChanged,
    approvedPulls: pulls,
    ...posture ? { posture } : {},
    ...narrowed ? { narrowed } : {},
    ...rejected ? { rejected } : {},
    ...failure ?? {}
  });
  const narrowInstead = async (policy2, failure, exitCode) => {
    try {
      client ??= tailscaleFor(ctx);
      narrowed = await narrowingPush(client, ctx, result.compiled, failure, writes);
    } catch (e) {
      if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
      narrowed = { because: failure, removed: [], refused: [], pushed: false, failure: e.message };
    }
    const text = narrowText(narrowed, dryRun);
    return done(policy2, { failure: text ? `${failure} ${text}` : failure, exitCode });
  };
  const narrowPosture = async (c) => {
    posture = await syncPostureAttributes(c, result.compiled, writes, { dryRun, narrowOnly: true, pulls });
  };
  const errors = countFindings(result.findings, "error");
  if (!result.pushable) {
    const failure = `The base policy has ${errors} error(s); the repository's policy was not pushed.`;
    return narrowInstead({ kind: "base-invalid", errors }, failure, 1);
  }
  let policy;
  try {
    const head = opts.skipHeadCheck ? void 0 : started2(
      (async () => checkCurrentHead(ctx, prepared.github, ctx.sha ?? await workspaceHead(ctx.workspace)))()
    );
    let validating;
    let unusable;
    try {
      client ??= tailscaleFor(ctx);
      validating = started2(client.validatePolicy(JSON.stringify(result.compiled.policy)));
    } catch (e) {
      unusable = e;
    }
    if (head) {
      const checked = await head;
      if (!checked.ok) return narrowInstead({ kind: "stale-checkout", message: checked.message }, checked.message, 1);
    }
    if (!client || !validating) throw unusable;
    let validation = await validating;
    for (let round = 0; !validation.ok && round < 3; round++) {
      const rejection = await leaveOutRejected(client, ctx, result, exclude, validation);
      if (rejection.base || rejection.grants.length === 0) break;
      const why = `Tailscale rejected its rules: ${rejection.message}`;
      exclude = new Map([...exclude, ...rejection.grants.map((p) => [p, why])]);
      rejected = { grants: [...rejected?.grants ?? [], ...rejection.grants], message: rejection.message };
      ({ result, policyFile } = await offlineCheck(ctx, {
        exclude,
        withdrawn: prepared.withdrawn,
        files: prepared.files
      }));
      validation = await client.validatePolicy(JSON.stringify(result.compiled.policy));
    }
    if (!validation.ok) {
      await narrowPosture(client);
      const details = validation.data.flatMap((d) => d.errors.map((e) => d.user ? `${d.user}: ${e}` : e));
      const message = validation.message ?? "invalid";
      const failure = `Tailscale rejected the compiled policy: ${rejectionText(validation)}. The repository's policy was not pushed.`;
      return narrowInstead({ kind: "rejected", message, details }, failure, 1);
    }
    const compiled = result.compiled;
    const decision = decidePush(compiled, await client.getPolicy(), onDrift);
    if (decision.action === "stop") {
      await narrowPosture(client);
      ctx.log.error(
        `The live policy was edited outside Git. What the push would change:
${formatChanges(decision.changes)}`
      );
      const failure = `The tailnet policy was edited outside Git (its content no longer matches its tailpolicy-digest), so it was not overwritten. Bring the edit into the repository, or re-run with ${ctx.setting("on-drift")}: warn or overwrite to replace it.`;
      return narrowInstead({ kind: "drift", decision }, failure, 1);
    }
    if (decision.action === "push") {
      const standing = standingFindings(compiled).filter((f) => f.severity === "error");
      if (standing.length > 0) {
        const message = `Not pushed: ${standing[0].message}`;
        return done({ kind: "standing", message }, { failure: message, exitCode: 1 });
      }
      if (decision.drift)
        ctx.log.warning(
          `The live policy was edited outside Git; ${ctx.setting("on-drift")} is "warn", so it is replaced by the repository's policy.`
        );
      writes.push(
        `POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${decision.ifMatch} (${compiled.text.length} bytes, ${decision.changes.length} rule change(s))`
      );
      try {
        if (!dryRun) {
          await client.setPolicy(compiled.text, decision.ifMatch);
          pushed = true;
        }
      } catch (e) {
        if (e instanceof PolicyConflictError) {
          writes.length = 0;
          const takeover = decision.takeover === "default-only";
          const failure = takeover ? `The tailnet's policy was never managed by tailpolicy and is not Tailscale's default, so it was not replaced. Copy it into policy/ first, or run once with ${ctx.setting("on-drift")}: warn to take it over.` : "The tailnet policy changed between reading and writing it (HTTP 412), so nothing was overwritten. Start a new run from the default branch's latest commit (or re-run the newest run, not an older one): it will read the new policy and check it for drift.";
          return done({ kind: "conflict", decision, takeover }, { failure, exitCode: 3 });
        }
        if (e instanceof TailscaleError) {
          const failure = `Pushing the policy failed: ${e.message}`;
          return narrowInstead({ kind: "unreachable", message: e.message, exitCode: 3 }, failure, 3);
        }
        throw e;
      }
      policy = { kind: "pushed", decision };
    } else {
      policy = { kind: "current" };
    }
    posture = await syncPostureAttributes(client, compiled, writes, { dryRun, pulls });
    dnsChanged = await applyDns(client, compiled.dns, writes, { tailnet: ctx.inputs.tailnet, dryRun });
  } catch (e) {
    if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
    return done(
      { kind: "unreachable", message: e.message, exitCode: e.exitCode },
      { failure: e.message, exitCode: e.exitCode }
    );
  }
  const failures = [];
  if (rejected)
    failures.push(
      `Tailscale rejected the rules of ${rejected.grants.join(", ")}: left out of the pushed policy (${rejected.message}).`
    );
  const remaining = countFindings(result.findings, "error");
  if (!result.ok)
    failures.push(`${remaining} error(s) in the grants: those grants were left out of the pushed policy.`);
  const postureFailures = posture?.failures ?? [];
  if (postureFailures.length) failures.push(postureFailureText(postureFailures, pushed || policy.kind === "current"));
  if (!failures.length) return done(policy);
  return done(policy, { failure: failures.join(" "), exitCode: postureFailures.length ? 3 : 1 });
}
function started2(p) {
  p.catch(() => void 0);
  return p;
}
async function applyMode(runCtx) {
  const ctx = forTarget(runCtx);
  const github = githubClient(ctx);
  const budgetMs = githubBudgetMs(ctx.env);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1e3)} s allowed for GitHub before the push`);
  const o = await applyPolicy(ctx, github ? { github } : {});
  for (const w of o.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? "would send" : "sent"} ${w}`);
  const changed = o.pushed || !!o.narrowed?.pushed || !ctx.inputs.dryRun && (o.dnsChanged.length > 0 || (o.posture?.changes.length ?? 0) > 0);
  return {
    outputs: { ...grantOutputs(o.result, o.policyFile), changed: String(changed) },
    summary: applySummary(o),
    ...o.failure ? { failure: o.failure, exitCode: o.exitCode } : {}
  };
}

export {
  changesOf,
  applySummary,
  CLEANUP_BRANCH,
  expiredGrants,
  expiringSoon,
  isGitHubLogin,
  accessSentence,
  expiredTable,
  soonTable,
  syncCleanupPull,
  prepareCleanup,
  readBack,
  rulesWhileActive,
  applyPolicy,
  prepareApply,
  pushPolicy,
  applyMode
};
