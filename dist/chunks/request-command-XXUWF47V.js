import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  findGrantee,
  findRequester,
  openExtension,
  openRequest,
  requestFieldProblems
} from "./chunk-SLGPIVY2.js";
import {
  targetsOf
} from "./chunk-FEPYHAVF.js";
import {
  usageError
} from "./chunk-EINFBZSP.js";
import "./chunk-6T3YC5PU.js";
import {
  githubApiUrlOf,
  githubClientFor
} from "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-IZRT3QGA.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-UI5YDAHM.js";
import {
  checkRepository
} from "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import {
  oneLine,
  readRepository,
  within
} from "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import {
  gitValue
} from "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/request-command.ts
var import_node_path2 = __toESM(require_node_path(), 1);

// src/cli/request-grant.ts
var import_node_path = __toESM(require_node_path(), 1);
async function repository(o) {
  const named = o.env.GITHUB_REPOSITORY;
  const fromUrl = (url) => url ? /github[^/:]*[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)?.slice(1) : void 0;
  const [owner, repo] = named?.split("/") ?? fromUrl(await gitValue(o.root, ["remote", "get-url", "origin"])) ?? [];
  return owner && repo ? { owner, repo } : void 0;
}
async function client(o, command) {
  const token = o.env.GITHUB_TOKEN;
  const repo = await repository(o);
  if (!token || !repo) {
    if (o.dryRun) return void 0;
    throw new UserError(
      `tailpolicy ${command} opens a pull request: set GITHUB_TOKEN (a token that may push branches and open pull requests) ${repo ? "" : 'and GITHUB_REPOSITORY=owner/repo (or run it in a clone whose "origin" is on GitHub) '}or pass --dry-run.`
    );
  }
  return githubClientFor({ token, apiUrl: githubApiUrlOf(o.env), ...repo });
}
async function requestCommand(o, io) {
  if (!o.for) throw new UserError("tailpolicy request needs --for, e.g. --for 4h (90m, 4h, 2d).");
  if (!o.reason) throw new UserError('tailpolicy request needs --reason "why you need the access".');
  const github = await client(o, "request");
  const files = await readRepository(o.root, o.policyDir, o.grantsDir);
  const { access, policy } = checkRepository({ policyDir: o.policyDir, ...files, now: o.now }).compiled;
  const tokenUser = github ? await github.getAuthenticatedUser() : void 0;
  let grantee;
  if (o.grantee !== void 0) {
    grantee = findGrantee(access, policy, o.grantee);
    if (!grantee) {
      throw new UserError(
        `--grantee ${JSON.stringify(o.grantee)} is neither a login name (alice@example.com) nor a GitHub login under "people" in ${access.path ?? "policy/access.yaml"}.`
      );
    }
  } else {
    const email = await gitValue(o.root, ["config", "user.email"]);
    grantee = findRequester(access, policy, { github: tokenUser, email });
    if (!grantee) {
      const tried = [tokenUser ? `GitHub login ${tokenUser}` : "", email ? `git config user.email ${email}` : ""].filter(Boolean).join(" or ");
      throw new UserError(
        `Cannot tell who you are${tried ? ` (neither ${tried} is under "people" in ${access.path ?? "policy/access.yaml"})` : ""}; pass --grantee alice@example.com, or add yourself under "people".`
      );
    }
  }
  const request = {
    resource: o.target,
    duration: o.for,
    reason: o.reason,
    ...o.ticket !== void 0 ? { ticket: o.ticket } : {},
    grantee: grantee.login
  };
  const fieldProblems = requestFieldProblems(request, access);
  if (fieldProblems.length) return fail(fieldProblems, io);
  const outcome = await openRequest({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    request,
    requester: grantee,
    author: tokenUser ?? null,
    github,
    dryRun: o.dryRun
  });
  return report(outcome, o.dryRun, io);
}
async function extendCommand(o, io) {
  if (!o.by) throw new UserError("tailpolicy extend needs --by, e.g. --by 2h (90m, 2h, 1d).");
  if (!o.reason) throw new UserError('tailpolicy extend needs --reason "why the access must last longer".');
  const github = await client(o, "extend");
  const file = (0, import_node_path.relative)(o.root, (0, import_node_path.resolve)(o.cwd, o.target)).split(import_node_path.sep).join("/");
  const outcome = await openExtension({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    file,
    by: o.by,
    reason: o.reason,
    author: github ? await github.getAuthenticatedUser() ?? null : null,
    github,
    dryRun: o.dryRun
  });
  return report(outcome, o.dryRun, io);
}
function fail(problems, io) {
  io.stderr(`tailpolicy: the request cannot be opened:
${problems.map((p) => `  - ${oneLine(p, 600)}`).join("\n")}
`);
  return 1;
}
function report(o, dryRun, io) {
  if (o.problems.length) return fail(o.problems, io);
  for (const w of o.warnings) io.stderr(`tailpolicy: ${oneLine(w, 600)}
`);
  if (dryRun) {
    io.stdout(
      [
        `would write ${o.path}:`,
        ...o.text.trimEnd().split("\n").map((l) => `  ${l}`),
        `would push branch ${o.branch} and open the pull request "${oneLine(o.title)}"`,
        `would request review from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(", ") || 'nobody (no approver has a GitHub login in "people")'}`,
        "",
        o.body,
        ""
      ].join("\n")
    );
    return 0;
  }
  io.stdout(
    [
      `wrote ${o.path} on branch ${o.branch}`,
      `review requested from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(", ") || "nobody"}`,
      o.pull?.url ?? "",
      ""
    ].join("\n")
  );
  return 0;
}

// src/cli/request-command.ts
function options(args, io, usage) {
  if (args.rest.length !== 1) throw usageError(usage, args.command);
  const tailnet = args.command === "extend" && args.target === void 0 ? fileTarget(args) : targetsOf(args, false)[0];
  return {
    root: args.root,
    cwd: args.cwd,
    policyDir: tailnet.policyDirs,
    grantsDir: tailnet.grantsDir,
    now: args.now,
    dryRun: args.dryRun,
    env: io.env,
    target: args.rest[0],
    for: args.for,
    by: args.by,
    reason: args.reason,
    ticket: args.ticket,
    grantee: args.grantee
  };
}
function fileTarget(args) {
  const all = targetsOf(args, true);
  if (all.length === 1) return all[0];
  const file = (0, import_node_path2.relative)(args.root, (0, import_node_path2.resolve)(args.cwd, args.rest[0])).split(import_node_path2.sep).join("/");
  const found = all.find((t) => within(file, t.grantsDir));
  if (!found)
    throw new UserError(
      `${file} is in no target's grants folder (${all.map((t) => `${t.name}: ${t.grantsDir}`).join(", ")}).`
    );
  return found;
}
function run(args, io) {
  const usage = 'request takes one resource, e.g. request prod-db --for 4h --reason "INC-1234"';
  return requestCommand(options(args, io, usage), io);
}
function runExtend(args, io) {
  const usage = 'extend takes one grant file, e.g. extend grants/alice-prod-db.yaml --by 2h --reason "\u2026"';
  return extendCommand(options(args, io, usage), io);
}
export {
  run,
  runExtend
};
