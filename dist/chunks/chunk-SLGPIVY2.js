import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  PLAN_MARKER,
  makePlan,
  renderPlanMarkdown
} from "./chunk-6T3YC5PU.js";
import {
  GitHubApiError,
  githubClient
} from "./chunk-CRSC4BUM.js";
import {
  evaluateApprovals
} from "./chunk-6CUYZ3W2.js";
import {
  mergeTimes
} from "./chunk-UI5YDAHM.js";
import {
  checkRepository,
  groupMembers,
  rulesFor
} from "./chunk-3EWXQCNL.js";
import {
  code,
  forTarget,
  md,
  oneLine,
  readRepository
} from "./chunk-QV3YLETI.js";
import {
  isoUtc,
  parseDuration
} from "./chunk-LHDYXOMR.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";

// src/review/request-form.ts
function findRequester(access, policy, who) {
  if (who.github) {
    const gh = who.github.toLowerCase();
    const login = [...access.people].find(([, g]) => g.toLowerCase() === gh)?.[0];
    if (login) return { login, github: access.people.get(login) };
  }
  if (who.email) {
    const email = who.email.trim().toLowerCase();
    const known = [...access.people.keys(), ...[...groupMembers(policy).values()].flat()];
    const login = known.find((l) => l.toLowerCase() === email);
    if (login) return { login, ...access.people.has(login) ? { github: access.people.get(login) } : {} };
  }
  return void 0;
}
function findGrantee(access, policy, given) {
  return findRequester(access, policy, { github: given }) ?? findRequester(access, policy, { email: given }) ?? (/^[^\s@:]+@[^\s@:]+$/.test(given) ? { login: given } : void 0);
}
function grantFileText(r, schemaPath2 = "../schemas/grant.schema.json") {
  const quote = (s) => JSON.stringify(s);
  return `# yaml-language-server: $schema=${schemaPath2}
grantees: [${quote(r.grantee)}]
resource: ${quote(r.resource)}
reason: ${quote(r.reason)}
` + (r.ticket !== void 0 ? `ticket: ${quote(r.ticket)}
` : "") + `duration: ${r.duration}
`;
}
function slug(text, max = 40) {
  return text.toLowerCase().replace(/@.*$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "") || "x";
}
function requestNames(r, who, now, grantsDir, taken, suffix = "") {
  const stem = `${slug(who.github ?? who.login)}-${slug(r.resource)}-${now.toISOString().slice(0, 10)}${suffix}`;
  const dir = grantsDir.replace(/\/+$/, "");
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem}-${n}`;
    const names = { path: `${dir}/${name}.yaml`, branch: `access/${name}` };
    if (!taken(names.path, names.branch) || n > 50) return names;
  }
}
function checkRequest(files, grant, now) {
  const base = checkRepository({ ...files, now });
  const head = checkRepository({ ...files, grantFiles: [...files.grantFiles, grant], now });
  const problems = [];
  if (base.compiled.baseErrors) {
    problems.push(`the repository's base policy has errors, so no request can be checked; run "tailpolicy check"`);
  }
  const own = head.findings.filter((f) => f.severity === "error" && f.location?.file === grant.path);
  problems.push(...own.map((f) => f.message));
  return { base, head, problems };
}
function requestFieldProblems(r, access) {
  const problems = [];
  const resources = [...access.resources.keys()];
  if (!r.resource) problems.push(`Say which resource: one of ${resources.join(", ") || "(none defined)"}.`);
  else if (!access.resources.has(r.resource)) {
    problems.push(
      `"${r.resource.slice(0, 100)}" is not a resource of access.yaml; use one of ${resources.join(", ") || "(none defined)"}.`
    );
  }
  if (!r.duration) problems.push("Say for how long, e.g. 4h (minutes, hours or days: 90m, 4h, 2d).");
  else if (parseDuration(r.duration) === void 0) {
    problems.push(`"${r.duration.slice(0, 50)}" is not a duration; write whole minutes, hours or days: 90m, 4h, 2d.`);
  }
  if (!r.reason || !r.reason.trim()) problems.push("Say why you need the access (the reason).");
  else if (r.reason.length > 1e3) problems.push("The reason is longer than 1000 characters; shorten it.");
  if (r.ticket !== void 0 && (r.ticket.length > 200 || /[\r\n]/.test(r.ticket))) {
    problems.push("The ticket must be one line of at most 200 characters.");
  }
  return problems;
}
function reviewersFor(grant, access, policy, author) {
  const verdict = evaluateApprovals(grant, access, policy, { author, headSha: "" }, []);
  const teams = (rulesFor(grant, access)?.approvers ?? []).filter((a) => a.startsWith("team:")).map((a) => a.slice(a.indexOf("/") + 1));
  return { reviewers: verdict.candidates.slice(0, 15), teamReviewers: teams.slice(0, 15) };
}
var FIELD_LABELS = [
  [/^resource\b/, "resource"],
  [/^(duration|for how long|how long)\b/, "duration"],
  [/^reason\b/, "reason"],
  [/^ticket\b/, "ticket"]
];
function parseIssueForm(body) {
  if (!body) return void 0;
  const sections = body.replace(/\r\n?/g, "\n").split(/^###[ \t]+/m).slice(1);
  const out = {};
  for (const section of sections) {
    const newline = section.indexOf("\n");
    const label = (newline < 0 ? section : section.slice(0, newline)).trim().toLowerCase();
    const field = FIELD_LABELS.find(([pattern]) => pattern.test(label))?.[1];
    if (!field || out[field] !== void 0) continue;
    const answer = (newline < 0 ? "" : section.slice(newline + 1)).trim();
    if (answer === "" || answer === "_No response_") continue;
    const line = answer.split("\n")[0].trim();
    out[field] = field === "reason" ? answer : field === "resource" ? line.split(/[\s:,(]/)[0] : line;
  }
  return out.resource !== void 0 || out.duration !== void 0 ? out : void 0;
}

// src/modes/request.ts
var REQUEST_MARKER = "<!-- tailpolicy:request -->";
var issueMarker = (n) => `<!-- tailpolicy:request-issue=${n} -->`;
async function openRequest(input) {
  const { request, requester, github } = input;
  const files = await readRepository(input.root, input.policyDir, input.grantsDir);
  const existing = new Set(files.grantFiles.map((f) => f.path));
  const suffix = input.issue !== void 0 ? `-issue-${input.issue}` : "";
  let names = requestNames(request, requester, input.now, input.grantsDir, (p) => existing.has(p), suffix);
  if (input.issue !== void 0) {
    names = { ...names, branch: `access/${slug(requester.github ?? requester.login)}-issue-${input.issue}` };
  } else if (github) {
    const branches = /* @__PURE__ */ new Map();
    for (let n = 0; n < 20; n++) {
      const taken = (p, b) => existing.has(p) || branches.get(b) === true;
      names = requestNames(request, requester, input.now, input.grantsDir, taken);
      if (branches.has(names.branch)) break;
      branches.set(names.branch, await github.getBranchSha(names.branch) !== void 0);
      if (!branches.get(names.branch)) break;
    }
  }
  const text = grantFileText(request, schemaPath(input.grantsDir, names.path));
  const check = checkRequest(
    { policyDir: input.policyDir, policyFiles: files.policyFiles, grantFiles: files.grantFiles },
    { path: names.path, text },
    input.now
  );
  const title = `Access: ${request.grantee} \u2192 ${request.resource} for ${request.duration}`;
  const outcome = {
    ...names,
    text,
    title,
    body: "",
    problems: check.problems,
    plan: "",
    reviewers: [],
    teamReviewers: [],
    warnings: []
  };
  const grant = check.head.compiled.grants.find((g) => g.path === names.path)?.grant;
  if (check.problems.length > 0 || !grant) return outcome;
  const plan = makePlan(check.base.compiled, check.head.compiled);
  const base = check.base.compiled;
  const verdicts = [evaluateApprovals(grant, base.access, base.policy, { author: input.author, headSha: "" }, [])];
  outcome.plan = renderPlanMarkdown(plan, verdicts, check.head, { approvalsLookedUp: false, title: "Access request" }).replace(PLAN_MARKER, "").trim();
  outcome.body = requestBody(input, outcome);
  Object.assign(outcome, reviewersFor(grant, base.access, base.policy, input.author));
  if (input.dryRun || !github) return outcome;
  const message = `${title}

Requested by ${requester.login}${input.issue !== void 0 ? ` in issue #${input.issue}` : ""}.`;
  await publish(github, outcome, message);
  return outcome;
}
async function publish(github, o, message) {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, "GET", `/git/ref/heads/${defaultBranch}`, "the default branch has no commit");
  await github.commitFileChanges({
    branch: o.branch,
    baseSha,
    message,
    deletions: [],
    additions: { [o.path]: o.text }
  });
  const open = await github.findOpenPullByHead(o.branch);
  if (open) {
    await github.updatePull(open.number, { title: o.title, body: o.body });
    o.pull = { number: open.number, url: open.htmlUrl, created: false };
  } else {
    const created = await github.createPull({ title: o.title, head: o.branch, base: defaultBranch, body: o.body });
    o.pull = { number: created.number, url: created.htmlUrl, created: true };
  }
  try {
    await github.requestReviewers(o.pull.number, { reviewers: o.reviewers, teamReviewers: o.teamReviewers });
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    o.warnings.push(`Could not request reviews (${e.message}); the plan names who can approve.`);
  }
}
function schemaPath(grantsDir, path) {
  const depth = path.split("/").length - 1;
  void grantsDir;
  return `${"../".repeat(depth)}schemas/grant.schema.json`;
}
function requestBody(input, o) {
  const origin = input.issue !== void 0 ? `Opened by tailpolicy from access-request issue #${input.issue}. Edit the issue to change the request.` : "Opened with `tailpolicy request`.";
  return [
    ...input.issue !== void 0 ? [issueMarker(input.issue)] : [],
    `**Access request** for ${md(input.request.grantee)}: ${code(input.request.resource)} for ${md(input.request.duration)}, counted from the merge.`,
    "",
    origin,
    "",
    o.plan
  ].join("\n");
}
async function requestMode(runCtx) {
  const ctx = forTarget(runCtx);
  const action = typeof ctx.event.action === "string" ? ctx.event.action : "";
  if (ctx.eventName === "pull_request" || ctx.eventName === "pull_request_target") {
    return action === "closed" ? closeIssueOfPull(ctx) : nothing(ctx, `pull_request ${action}: nothing to do.`);
  }
  if (ctx.eventName !== "issues") {
    return {
      outputs: {},
      summary: "",
      failure: `mode: request runs on "issues" (opened, edited) and "pull_request" (closed) events, not "${ctx.eventName ?? "none"}".`,
      exitCode: 2
    };
  }
  if (!["opened", "edited", "reopened"].includes(action)) return nothing(ctx, `issues ${action}: nothing to do.`);
  const issue = ctx.event.issue;
  if (!issue || typeof issue.number !== "number") return nothing(ctx, "The event carries no issue.");
  if (issue.pull_request) return nothing(ctx, "A pull request, not an issue.");
  if (issue.state !== "open") return nothing(ctx, `Issue #${issue.number} is closed.`);
  const answers = parseIssueForm(typeof issue.body === "string" ? issue.body : null);
  if (!answers) return nothing(ctx, `Issue #${issue.number} is not an access-request form.`);
  const github = githubClient(ctx);
  if (!github) {
    return {
      outputs: {},
      summary: "",
      failure: "mode: request needs github-token and GITHUB_REPOSITORY to open the pull request.",
      exitCode: 2
    };
  }
  const author = issue.user?.login ?? null;
  const { policyDirs: policyDir, grantsDir } = ctx.target;
  const files = await readRepository(ctx.workspace, policyDir, grantsDir);
  const base = checkRepository({ policyDir, ...files, now: ctx.now }).compiled;
  const requester = author ? findRequester(base.access, base.policy, { github: author }) : void 0;
  const problems = [];
  if (!requester) {
    problems.push(
      `Your GitHub account${author ? ` (${author})` : ""} is not listed under "people" in ${base.access.path ?? "policy/access.yaml"}, so tailpolicy cannot tell whose access this is. Ask a maintainer to add your login name and GitHub login there.`
    );
  }
  problems.push(...requestFieldProblems(answers, base.access));
  let outcome;
  if (problems.length === 0) {
    outcome = await openRequest({
      root: ctx.workspace,
      policyDir,
      grantsDir,
      now: ctx.now,
      request: {
        resource: answers.resource,
        duration: answers.duration,
        reason: answers.reason,
        ...answers.ticket !== void 0 ? { ticket: answers.ticket } : {},
        grantee: requester.login
      },
      requester,
      author: null,
      github,
      dryRun: ctx.inputs.dryRun,
      issue: issue.number
    });
    problems.push(...outcome.problems);
  }
  const comment = problems.length > 0 || !outcome ? problemComment(problems) : [
    REQUEST_MARKER,
    outcome.pull ? `\u2705 ${outcome.pull.created ? "Opened" : "Updated"} pull request #${outcome.pull.number} for this request: ${outcome.pull.url}` : "\u2705 The request is valid (dry run: no pull request was opened).",
    "",
    `The access starts when an approver approves and the pull request merges, and lasts ${md(answers.duration)} from then. This issue is closed when the pull request merges or closes; edit the issue to change the request.`,
    "",
    outcome.plan
  ].join("\n");
  if (!ctx.inputs.dryRun) await github.upsertStickyComment(issue.number, REQUEST_MARKER, comment);
  for (const w of outcome?.warnings ?? []) ctx.log.warning(w);
  const summary = `## tailpolicy request

Issue #${issue.number}: ${problems.length ? `not opened:

${problems.map((p) => `- ${md(p, 600)}`).join("\n")}` : `pull request ${outcome?.pull ? `#${outcome.pull.number}` : "(dry run)"}`}
`;
  return {
    outputs: outcome?.pull ? { "pr-number": String(outcome.pull.number), "pr-url": outcome.pull.url } : {},
    summary
  };
}
function problemComment(problems) {
  return [
    REQUEST_MARKER,
    "\u274C This access request cannot be opened yet. Edit the issue to fix:",
    "",
    ...problems.map((p) => `- ${md(p, 600)}`),
    "",
    "tailpolicy checks it again when the issue is edited."
  ].join("\n");
}
function nothing(ctx, why) {
  ctx.log.info(`tailpolicy request: ${why}`);
  return { outputs: {}, summary: "" };
}
async function closeIssueOfPull(ctx) {
  const pr = ctx.event.pull_request;
  const body = typeof pr?.body === "string" ? pr.body : "";
  const ref = typeof pr?.head?.ref === "string" ? pr.head.ref : "";
  const marker = /<!-- tailpolicy:request-issue=(\d+) -->/.exec(body);
  const branch = /^access\/[a-z0-9-]+-issue-(\d+)$/.exec(ref);
  if (!pr || !marker || !branch || marker[1] !== branch[1]) return nothing(ctx, "Not an access-request pull request.");
  const github = githubClient(ctx);
  if (!github) return nothing(ctx, "No github-token: the issue stays open.");
  const number = Number(marker[1]);
  const issue = await github.getIssue(number);
  if (issue.isPull || issue.state !== "open") return nothing(ctx, `Issue #${number} is already closed.`);
  const merged = pr.merged === true || typeof pr.merged_at === "string" && pr.merged_at !== "";
  const words = merged ? `\u2705 Pull request #${pr.number} merged: the access is granted from the merge, for the requested duration.` : `Pull request #${pr.number} was closed without merging: no access was granted.`;
  if (!ctx.inputs.dryRun) {
    await github.upsertStickyComment(number, REQUEST_MARKER, `${REQUEST_MARKER}
${words}`);
    await github.closeIssue(number, merged ? "completed" : "not_planned");
  }
  return { outputs: {}, summary: `## tailpolicy request

${md(words, 300)} Issue #${number} closed.
` };
}
async function openExtension(input) {
  const files = await readRepository(input.root, input.policyDir, input.grantsDir);
  const file = files.grantFiles.find((f) => f.path === input.file);
  if (!file) throw new UserError(`${input.file} is not a grant file under ${input.grantsDir}/.`);
  const byMs = parseDuration(input.by);
  if (byMs === void 0)
    throw new UserError(`--by ${JSON.stringify(input.by)} is not a duration; write e.g. 90m, 2h or 1d.`);
  const check = (grantFiles) => mergeTimes(input.root, "HEAD", grantFiles).then(
    (merges) => checkRepository({
      policyDir: input.policyDir,
      policyFiles: files.policyFiles,
      grantFiles,
      merges,
      now: input.now
    })
  );
  const base = await check(files.grantFiles);
  const entry = base.compiled.grants.find((g) => g.path === file.path);
  const grant = entry.grant;
  if (!grant) {
    const why = entry.findings.find((f) => f.severity === "error")?.message ?? "it is not a valid grant";
    throw new UserError(`${file.path} cannot be extended: ${why} Fix the file first.`);
  }
  let line;
  if (grant.duration && grant.duration.mergedAt === void 0) {
    line = `duration: ${durationText(grant.duration.ms + byMs)}`;
  } else {
    line = `expires: ${isoUtc(new Date(grant.expires.getTime() + byMs))}`;
  }
  const key = grant.duration ? "duration" : "expires";
  const pattern = new RegExp(`^${key}[ \\t]*:[^\\n]*$`, "m");
  if (!pattern.test(file.text)) {
    throw new UserError(`${file.path}: cannot find a top-level "${key}:" line to change; edit the file by hand.`);
  }
  const text = file.text.replace(pattern, line);
  const head = await check(files.grantFiles.map((f) => f.path === file.path ? { path: f.path, text } : f));
  const problems = head.findings.filter((f) => f.severity === "error" && f.location?.file === file.path).map((f) => f.message);
  const after = head.compiled.grants.find((g) => g.path === file.path)?.grant;
  const plan = makePlan(base.compiled, head.compiled);
  const verdicts = after ? [evaluateApprovals(after, base.compiled.access, base.compiled.policy, { author: input.author, headSha: "" }, [])] : [];
  const planText = renderPlanMarkdown(plan, verdicts, head, { approvalsLookedUp: false, title: "Extension" }).replace(PLAN_MARKER, "").trim();
  const stem = file.path.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  let branch = `access/extend-${slug(stem, 60)}-${input.now.toISOString().slice(0, 10)}`;
  if (input.github && !input.dryRun) {
    for (let n = 2; n < 20 && await input.github.getBranchSha(branch) !== void 0; n++) {
      branch = `access/extend-${slug(stem, 60)}-${input.now.toISOString().slice(0, 10)}-${n}`;
    }
  }
  const title = `Extend ${grant.grantees.join(", ")} \u2192 ${grant.resource ?? "inline rules"} by ${input.by}`;
  const body = [
    `**Extension** of ${code(file.path)} by ${md(input.by)}. Reason: \u201C${md(input.reason, 1e3)}\u201D`,
    "",
    "Opened with `tailpolicy extend`; only the end of the grant changes, and it needs approval like any extension.",
    "",
    planText
  ].join("\n");
  const outcome = {
    path: file.path,
    text,
    branch,
    title,
    body,
    problems,
    plan: planText,
    reviewers: [],
    teamReviewers: [],
    warnings: []
  };
  if (problems.length || !after) return outcome;
  Object.assign(outcome, reviewersFor(after, base.compiled.access, base.compiled.policy, input.author));
  if (input.dryRun || !input.github) return outcome;
  await publish(input.github, outcome, `${title}

${oneLine(input.reason, 1e3)}`);
  return outcome;
}
function durationText(ms) {
  const minutes = Math.ceil(ms / 6e4);
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

export {
  findRequester,
  findGrantee,
  requestFieldProblems,
  REQUEST_MARKER,
  openRequest,
  publish,
  requestMode,
  openExtension,
  durationText
};
