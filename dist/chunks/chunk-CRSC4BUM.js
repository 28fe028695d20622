import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  createTailscaleClient
} from "./chunk-EGT5NXRL.js";
import {
  getProxyUrl
} from "./chunk-HO2EAHAT.js";
import {
  ExternalError,
  UserError
} from "./chunk-SESXFX7C.js";

// src/github/github-errors.ts
var GitHubApiError = class extends ExternalError {
  constructor(status, method, route, githubMessage) {
    super(`GitHub API ${method} ${route} failed${status ? ` with ${status}` : ""}: ${githubMessage}`);
    this.status = status;
    this.method = method;
    this.route = route;
    this.githubMessage = githubMessage;
  }
  status;
  method;
  route;
  githubMessage;
  name = "GitHubApiError";
};
function describeBody(data) {
  if (typeof data !== "object" || data === null || !("message" in data)) return void 0;
  const { message, errors } = data;
  const details = Array.isArray(errors) ? errors.map((e) => {
    if (typeof e === "string") return e;
    const { message: m, resource, field, code } = e ?? {};
    return typeof m === "string" ? m : [resource, field, code].filter(Boolean).join(" ");
  }) : [];
  return [String(message), ...details].join(": ");
}
function toGitHubApiError(error, fallback, secrets) {
  if (error instanceof GitHubApiError) return error;
  const e = typeof error === "object" && error !== null ? error : { message: String(error) };
  const method = e.request?.method ?? fallback.method;
  let route = fallback.route;
  if (e.request?.url) {
    try {
      route = new URL(e.request.url).pathname;
    } catch {
    }
  }
  const hasResponse = e.response !== void 0;
  const status = hasResponse && typeof e.status === "number" ? e.status : 0;
  let message = hasResponse && describeBody(e.response?.data) || String(e.message ?? "unknown error");
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join("***");
  }
  return new GitHubApiError(status, method, route, message);
}

// src/github/retry.ts
var DeadlineError = class extends Error {
  constructor(what) {
    super(`not sent: ${what} ran out`);
    this.name = "DeadlineError";
  }
};
function retryDelay(error, method, attempt, options) {
  if (attempt >= options.retries) return void 0;
  const { status, response } = error ?? {};
  const headers = response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  const rateLimited = response !== void 0 && (status === 429 || status === 403 && (retryAfter !== void 0 || String(headers["x-ratelimit-remaining"]) === "0"));
  const backoff = options.minDelayMs * 2 ** attempt;
  if (rateLimited) {
    const resetAt = Number(headers["x-ratelimit-reset"]) * 1e3;
    const wait = retryAfter === void 0 ? Number.isFinite(resetAt) ? resetAt - Date.now() : backoff : /^\d+$/.test(String(retryAfter)) ? Number(retryAfter) * 1e3 : Date.parse(String(retryAfter)) - Date.now();
    if (!Number.isFinite(wait) || wait > options.maxRetryAfterMs) return void 0;
    return Math.max(wait, 0);
  }
  const transient = response === void 0 || status !== void 0 && status >= 500;
  return transient && method !== "POST" ? backoff : void 0;
}
function withRetries(options = {}, deadline = {}) {
  const settings = {
    retries: options.retries ?? 3,
    minDelayMs: options.minDelayMs ?? 1e3,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 6e4,
    timeoutMs: options.timeoutMs ?? 3e4
  };
  return async (request, requestOptions) => {
    const left = () => deadline.at === void 0 ? Infinity : deadline.at - Date.now();
    const what = () => deadline.what ?? "the time allowed for GitHub";
    for (let attempt = 0; ; attempt++) {
      if (left() <= 0) throw new DeadlineError(what());
      try {
        const timeout = Math.max(1, Math.min(settings.timeoutMs, left()));
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeout) };
        return await request(requestOptions);
      } catch (error) {
        const delay = retryDelay(error, requestOptions.method, attempt, settings);
        if (delay === void 0) throw left() <= 0 ? new DeadlineError(what()) : error;
        if (delay >= left()) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

// src/github/api-request.ts
var ApiRequestError = class extends Error {
  constructor(message, status, request, response) {
    super(message);
    this.status = status;
    this.request = request;
    this.response = response;
  }
  status;
  request;
  response;
  name = "HttpError";
};
function graphqlUrl(apiUrl) {
  return `${apiUrl.replace(/\/+$/, "").replace(/\/api\/v3$/, "/api")}/graphql`;
}
async function proxyAwareFetch(url) {
  if (!getProxyUrl(new URL(url))?.hostname) return globalThis.fetch;
  const [{ HttpClient }, undici] = await Promise.all([import("./lib-UOCC2QF5.js"), import("./undici-C4G4V6MO.js")]);
  const dispatcher = new HttpClient().getAgentDispatcher(url);
  return (input, init) => undici.fetch(input, {
    ...init,
    dispatcher
  });
}
function apiRequester(options) {
  const base = options.apiUrl.replace(/\/+$/, "");
  let sender;
  const retrying = withRetries(options.retry, options.deadline);
  return (method, url, body) => {
    const full = /^https?:\/\//.test(url) ? url : `${base}${url}`;
    const attempt = async (o) => {
      let response;
      try {
        sender ??= options.fetch ? Promise.resolve(options.fetch) : proxyAwareFetch(base);
        response = await (await sender)(full, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `token ${options.token}`,
            "user-agent": "tailpolicy",
            "x-github-api-version": "2022-11-28",
            ...body !== void 0 && { "content-type": "application/json; charset=utf-8" }
          },
          ...body !== void 0 && { body: JSON.stringify(body) },
          ...o.request?.signal && { signal: o.request.signal }
        });
      } catch (error) {
        const e = error;
        const why = e.name === "TypeError" && e.cause instanceof Error ? e.cause.message : e.message;
        throw new ApiRequestError(why, 500, { method, url: full });
      }
      const text = await response.text();
      let data = text;
      if (/json/i.test(response.headers.get("content-type") ?? "") && text) {
        try {
          data = JSON.parse(text);
        } catch {
        }
      }
      if (response.status >= 400) {
        const headers = Object.fromEntries(response.headers);
        const message = typeof data === "object" && data && "message" in data ? String(data.message) : text;
        throw new ApiRequestError(
          message,
          response.status,
          { method, url: full },
          {
            status: response.status,
            headers,
            data
          }
        );
      }
      return { status: response.status, data: text === "" ? void 0 : data, headers: response.headers };
    };
    return retrying(attempt, { method, request: {} });
  };
}
function nextPage(headers) {
  return /<([^>]+)>;\s*rel="next"/.exec(headers.get("link") ?? "")?.[1];
}
async function listAll(request, path) {
  const out = [];
  let url = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
  while (url) {
    const page = await request("GET", url);
    out.push(...page.data);
    url = nextPage(page.headers);
  }
  return out;
}

// src/github/approval-facts.ts
var FACTS_FIRST = { pulls: 10, labels: 20, reviews: 50 };
var PULL_FIELDS = `fragment PullFacts on PullRequest {
  number url state title body isDraft createdAt
  author { __typename login }
  headRefName headRefOid baseRefName baseRefOid
  merged mergedAt mergeCommit { oid }
  labels(first: ${FACTS_FIRST.labels}) { pageInfo { hasNextPage } nodes { name } }
  reviews(first: ${FACTS_FIRST.reviews}) {
    pageInfo { hasNextPage }
    nodes { databaseId state submittedAt author { __typename login } commit { oid } }
  }
}`;
function approvalFactsQuery(shas) {
  const commits = shas.map((sha, i) => {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`not a commit id: ${sha}`);
    return `    c${i}: object(oid: "${sha}") { ... on Commit { associatedPullRequests(first: ${FACTS_FIRST.pulls}) { pageInfo { hasNextPage } nodes { ...PullFacts } } } }`;
  });
  return [
    "query ApprovalFacts($owner: String!, $name: String!) {",
    "  repository(owner: $owner, name: $name) {",
    "    defaultBranchRef { name }",
    ...commits,
    "  }",
    "}",
    PULL_FIELDS
  ].join("\n");
}
var ShapeError = class extends Error {
};
function need(ok, value, what) {
  if (!ok) throw new ShapeError(`unexpected GraphQL answer: ${what}`);
  return value;
}
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (o, k) => need(typeof o[k] === "string", o[k], k);
var strOrNull = (o, k) => need(typeof o[k] === "string" || o[k] === null, o[k], k);
var obj = (o, k) => need(isObj(o[k]), o[k], k);
var objOrNull = (o, k) => need(isObj(o[k]) || o[k] === null, o[k], k);
function whole(o, k) {
  const c = obj(o, k);
  if (obj(c, "pageInfo").hasNextPage !== false) return void 0;
  const nodes = need(Array.isArray(c.nodes), c.nodes, `${k}.nodes`);
  return nodes.map((n) => need(isObj(n), n, `${k}.nodes[]`));
}
function login(actor) {
  if (!actor) return null;
  const name = str(actor, "login");
  return actor.__typename === "Bot" ? `${name}[bot]` : name;
}
function toReview(r) {
  const commit = objOrNull(r, "commit");
  return {
    id: need(typeof r.databaseId === "number", r.databaseId, "databaseId"),
    user: login(objOrNull(r, "author")),
    state: str(r, "state"),
    commitId: commit ? str(commit, "oid") : null,
    submittedAt: strOrNull(r, "submittedAt")
  };
}
function toPull(p, labels) {
  const state = str(p, "state");
  const body = str(p, "body");
  const mergeCommit = objOrNull(p, "mergeCommit");
  return {
    number: need(typeof p.number === "number", p.number, "number"),
    htmlUrl: str(p, "url"),
    state: state === "OPEN" ? "open" : "closed",
    title: str(p, "title"),
    // REST says null for a pull request without a description.
    body: body === "" ? null : body,
    author: login(objOrNull(p, "author")),
    draft: need(typeof p.isDraft === "boolean", p.isDraft, "isDraft"),
    headRef: str(p, "headRefName"),
    headSha: str(p, "headRefOid"),
    baseRef: str(p, "baseRefName"),
    baseSha: str(p, "baseRefOid"),
    merged: need(typeof p.merged === "boolean", p.merged, "merged"),
    mergedAt: strOrNull(p, "mergedAt"),
    mergeCommitSha: mergeCommit ? str(mergeCommit, "oid") : null,
    createdAt: str(p, "createdAt"),
    labels: labels.map((l) => str(l, "name")).filter(Boolean)
  };
}
function readApprovalFacts(answer, shas, facts) {
  const top = need(isObj(answer), answer, "not an object");
  if (top.errors !== void 0) {
    const first = Array.isArray(top.errors) && isObj(top.errors[0]) ? top.errors[0].message : void 0;
    throw new ShapeError(`GraphQL error: ${typeof first === "string" ? first : "unknown"}`);
  }
  const repository = obj(obj(top, "data"), "repository");
  const ref = objOrNull(repository, "defaultBranchRef");
  if (ref) facts.defaultBranch = str(ref, "name");
  const pulls = [];
  const reviews = [];
  shas.forEach((sha, i) => {
    const commit = objOrNull(repository, `c${i}`);
    if (!commit) return;
    const nodes = whole(commit, "associatedPullRequests");
    if (!nodes) return;
    const list = [];
    for (const p of nodes) {
      const labels = whole(p, "labels");
      if (!labels) return;
      list.push(toPull(p, labels));
      const given = whole(p, "reviews");
      if (given) reviews.push([list.at(-1).number, given.map(toReview)]);
    }
    pulls.push([sha, list]);
  });
  for (const [sha, list] of pulls) facts.pullsOf.set(sha, list);
  for (const [n, list] of reviews) facts.reviewsOf.set(n, list);
}

// src/github/github-client.ts
var DRY_RUN_SHA = "0".repeat(40);
var APPROVAL_FACTS_BATCH = 50;
function teamUnreadable(error, org, slug) {
  return new GitHubApiError(
    error.status,
    error.method,
    error.route,
    `${error.githubMessage}. The token cannot read the team ${org}/${slug} (team:${org}/${slug} in access.yaml): either it does not exist, or the token lacks the organization permission "members: read". The workflow's GITHUB_TOKEN cannot read teams; pass a GitHub App or fine-grained token with Members: read on ${org} as github-token, or name the approvers in access.yaml instead.`
  );
}
function toIssue(data) {
  return {
    number: data.number,
    htmlUrl: data.html_url,
    state: data.state === "open" ? "open" : "closed",
    title: data.title,
    body: data.body ?? null,
    author: data.user?.login ?? null,
    labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    isPull: data.pull_request !== void 0 && data.pull_request !== null
  };
}
function toPullRequest(pull) {
  return {
    number: pull.number,
    htmlUrl: pull.html_url,
    state: pull.state === "open" ? "open" : "closed",
    title: pull.title,
    body: pull.body,
    author: pull.user?.login ?? null,
    draft: pull.draft ?? false,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    merged: pull.merged ?? pull.merged_at !== null,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    createdAt: pull.created_at,
    labels: (pull.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean)
  };
}
function createGitHubClient(options) {
  const { token, owner, repo } = options;
  const dryRun = options.dryRun ?? false;
  const deadline = {};
  let kit;
  const octokit = () => kit ??= import("./github-4JD42UT3.js").then(({ getOctokit }) => {
    const o = getOctokit(token, {
      baseUrl: options.apiUrl.replace(/\/+$/, ""),
      ...options.fetch && { request: { fetch: options.fetch } }
    });
    o.hook.wrap("request", withRetries(options.retry, deadline));
    return o;
  });
  const request = apiRequester({
    token,
    apiUrl: options.apiUrl,
    deadline,
    ...options.fetch && { fetch: options.fetch },
    ...options.retry && { retry: options.retry }
  });
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  async function read(route, params, fn) {
    try {
      return await fn();
    } catch (error) {
      throw toGitHubApiError(error, { method: "GET", route: expand(route, params) }, [token]);
    }
  }
  const repoParams = { owner, repo };
  const planned = [];
  const expand = (route, params) => route.replace(/\{(\w+)\}/g, (_, name) => String({ ...repoParams, ...params }[name]));
  async function call(method, route, params, fn) {
    try {
      return await fn(await octokit());
    } catch (error) {
      throw toGitHubApiError(error, { method, route: expand(route, params) }, [token]);
    }
  }
  async function readOptional(route, params, fn) {
    try {
      return await call("GET", route, params, fn);
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return void 0;
      throw error;
    }
  }
  async function write(method, route, params, body, dry) {
    if (dryRun) {
      planned.push({ method, route: expand(route, params), ...body && { body } });
      return dry;
    }
    return call(method, route, params, async (octokit2) => {
      const response = await octokit2.request(`${method} ${route}`, { ...repoParams, ...params, ...body });
      return response.data;
    });
  }
  async function getBranchSha(branch) {
    const ref = `heads/${branch}`;
    try {
      const { data } = await read(
        "/repos/{owner}/{repo}/git/ref/{ref}",
        { ref },
        () => request("GET", `${repoPath}/git/ref/${encodeURIComponent(ref)}`)
      );
      return data.object.sha;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return void 0;
      throw error;
    }
  }
  const memberships = /* @__PURE__ */ new Map();
  async function readMembership(org, slug, username) {
    const route = "/orgs/{org}/teams/{team_slug}/memberships/{username}";
    const params = { org, team_slug: slug, username };
    try {
      const { data } = await call(
        "GET",
        route,
        params,
        (octokit2) => octokit2.rest.teams.getMembershipForUserInOrg(params)
      );
      return data.state === "active";
    } catch (error) {
      if (!(error instanceof GitHubApiError) || error.status !== 404 && error.status !== 403) throw error;
      if (error.status === 404 && await teamVisible(org, slug)) return false;
      throw teamUnreadable(error, org, slug);
    }
  }
  const visibleTeams = /* @__PURE__ */ new Map();
  function teamVisible(org, slug) {
    const key = `${org}/${slug}`.toLowerCase();
    let seen = visibleTeams.get(key);
    if (!seen) {
      const params = { org, team_slug: slug };
      seen = call(
        "GET",
        "/orgs/{org}/teams/{team_slug}",
        params,
        (octokit2) => octokit2.rest.teams.getByName(params)
      ).then(
        () => true,
        (error) => {
          if (error instanceof GitHubApiError && (error.status === 404 || error.status === 403)) return false;
          throw error;
        }
      );
      visibleTeams.set(key, seen);
    }
    return seen;
  }
  async function updatePull(number, update) {
    await write("PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: number }, update, void 0);
  }
  let defaultBranch;
  return {
    dryRun,
    getDefaultBranch() {
      defaultBranch ??= read(
        "/repos/{owner}/{repo}",
        {},
        () => request("GET", repoPath)
      ).then(
        ({ data }) => data.default_branch,
        (e) => {
          defaultBranch = void 0;
          throw e;
        }
      );
      return defaultBranch;
    },
    async getPull(number) {
      const { data } = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}",
        { pull_number: number },
        () => request("GET", `${repoPath}/pulls/${number}`)
      );
      return toPullRequest(data);
    },
    async listPullFiles(number) {
      const files = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}/files",
        { pull_number: number },
        () => listAll(request, `${repoPath}/pulls/${number}/files`)
      );
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...f.previous_filename !== void 0 && { previousFilename: f.previous_filename },
        ...f.status !== "removed" && typeof f.sha === "string" && f.sha && { sha: f.sha }
      }));
    },
    async listReviews(number) {
      const reviews = await read(
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        { pull_number: number },
        () => listAll(request, `${repoPath}/pulls/${number}/reviews`)
      );
      return reviews.map((r) => ({
        id: r.id,
        user: r.user?.login ?? null,
        state: r.state,
        commitId: r.commit_id,
        submittedAt: r.submitted_at ?? null
      }));
    },
    async listPullsForCommit(sha) {
      const pulls = await read(
        "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        { commit_sha: sha },
        () => listAll(request, `${repoPath}/commits/${encodeURIComponent(sha)}/pulls`)
      );
      return pulls.map(toPullRequest);
    },
    async approvalFacts(shas) {
      const facts = { pullsOf: /* @__PURE__ */ new Map(), reviewsOf: /* @__PURE__ */ new Map() };
      try {
        for (let i = 0; i < shas.length || i === 0; i += APPROVAL_FACTS_BATCH) {
          const batch = shas.slice(i, i + APPROVAL_FACTS_BATCH);
          const { data } = await request("POST", graphqlUrl(options.apiUrl), {
            query: approvalFactsQuery(batch),
            variables: { owner, name: repo }
          });
          readApprovalFacts(data, batch, facts);
        }
      } catch {
        return void 0;
      }
      if (facts.defaultBranch) defaultBranch ??= Promise.resolve(facts.defaultBranch);
      return facts;
    },
    async listCommitsForPath(path, { sha } = {}) {
      const commits = await call(
        "GET",
        "/repos/{owner}/{repo}/commits",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.repos.listCommits, { ...repoParams, path, ...sha && { sha }, per_page: 100 })
      );
      return commits.map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        authorName: c.commit.author?.name ?? "",
        authorEmail: c.commit.author?.email ?? "",
        authorDate: c.commit.author?.date ?? "",
        committerDate: c.commit.committer?.date ?? "",
        authorLogin: c.author && "login" in c.author ? c.author.login : null,
        parents: c.parents.map((p) => p.sha)
      }));
    },
    async getFileAt(path, ref) {
      const data = await readOptional(
        "/repos/{owner}/{repo}/contents/{path}",
        { path },
        async (octokit2) => (await octokit2.rest.repos.getContent({ ...repoParams, path, ref })).data
      );
      if (data === void 0 || Array.isArray(data) || data.type !== "file") return void 0;
      if (data.encoding === "base64") return Buffer.from(data.content, "base64").toString("utf8");
      const params = { file_sha: data.sha };
      const blob = await call(
        "GET",
        "/repos/{owner}/{repo}/git/blobs/{file_sha}",
        params,
        (octokit2) => octokit2.rest.git.getBlob({ ...repoParams, ...params })
      );
      return Buffer.from(blob.data.content, "base64").toString("utf8");
    },
    getBranchSha,
    async upsertStickyComment(issueNumber, marker, body) {
      const text = body.includes(marker) ? body : `${marker}
${body}`;
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      const [sticky, ...duplicates] = comments.filter((c) => c.body?.includes(marker));
      if (!sticky) {
        const created = await write(
          "POST",
          "/repos/{owner}/{repo}/issues/{issue_number}/comments",
          params,
          { body: text },
          { id: 0 }
        );
        return { id: created.id, created: true };
      }
      if (sticky.body !== text) {
        await write(
          "PATCH",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: sticky.id },
          { body: text },
          void 0
        );
      }
      for (const duplicate of duplicates.filter((d) => d.user?.login === sticky.user?.login)) {
        await write(
          "DELETE",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: duplicate.id },
          void 0,
          void 0
        );
      }
      return { id: sticky.id, created: false };
    },
    async commitFileChanges({ branch, baseSha, message, deletions, additions = {} }) {
      const params = { commit_sha: baseSha };
      const base = await call(
        "GET",
        "/repos/{owner}/{repo}/git/commits/{commit_sha}",
        params,
        (octokit2) => octokit2.rest.git.getCommit({ ...repoParams, ...params })
      );
      const tree = [
        ...deletions.map((path) => ({ path, mode: "100644", type: "blob", sha: null })),
        ...Object.entries(additions).map(([path, content]) => ({ path, mode: "100644", type: "blob", content }))
      ];
      const newTree = await write(
        "POST",
        "/repos/{owner}/{repo}/git/trees",
        {},
        { base_tree: base.data.tree.sha, tree },
        { sha: DRY_RUN_SHA }
      );
      const commit = await write(
        "POST",
        "/repos/{owner}/{repo}/git/commits",
        {},
        { message, tree: newTree.sha, parents: [baseSha] },
        { sha: DRY_RUN_SHA }
      );
      const forceUpdate = () => write(
        "PATCH",
        "/repos/{owner}/{repo}/git/refs/{ref}",
        { ref: `heads/${branch}` },
        { sha: commit.sha, force: true },
        void 0
      );
      if (await getBranchSha(branch)) {
        await forceUpdate();
        return commit.sha;
      }
      try {
        await write(
          "POST",
          "/repos/{owner}/{repo}/git/refs",
          {},
          { ref: `refs/heads/${branch}`, sha: commit.sha },
          void 0
        );
      } catch (error) {
        if (!(error instanceof GitHubApiError && error.status === 422)) throw error;
        await forceUpdate();
      }
      return commit.sha;
    },
    async findOpenPullByHead(branch) {
      const pulls = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.pulls.list, {
          ...repoParams,
          state: "open",
          head: `${owner}:${branch}`,
          per_page: 100
        })
      );
      return pulls[0] && toPullRequest(pulls[0]);
    },
    async createPull(pull) {
      const created = await write("POST", "/repos/{owner}/{repo}/pulls", {}, { ...pull }, { number: 0, html_url: "" });
      return { number: created.number, htmlUrl: created.html_url };
    },
    updatePull,
    async closePull(number) {
      await updatePull(number, { state: "closed" });
    },
    async deleteBranch(branch) {
      try {
        await write("DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", { ref: `heads/${branch}` }, void 0, void 0);
      } catch (error) {
        if (!(error instanceof GitHubApiError && (error.status === 404 || error.status === 422))) throw error;
      }
    },
    async listIssueComments(issueNumber) {
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      return comments.map((c) => ({
        id: c.id,
        body: c.body ?? "",
        user: c.user?.login ?? null,
        createdAt: c.created_at
      }));
    },
    async listIssuesWithLabel(label) {
      const issues = await call(
        "GET",
        "/repos/{owner}/{repo}/issues",
        {},
        (octokit2) => octokit2.paginate(octokit2.rest.issues.listForRepo, {
          ...repoParams,
          labels: label,
          state: "all",
          per_page: 100
        })
      );
      return issues.filter((i) => !i.pull_request).map((data) => toIssue(data));
    },
    async createIssue(issue) {
      const data = await write(
        "POST",
        "/repos/{owner}/{repo}/issues",
        {},
        { ...issue },
        { number: 0, html_url: "" }
      );
      return { number: data.number, htmlUrl: data.html_url };
    },
    async createComment(issueNumber, body) {
      const params = { issue_number: issueNumber };
      await write("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", params, { body }, void 0);
    },
    async getAuthenticatedUser() {
      try {
        const { data } = await call("GET", "/user", {}, (octokit2) => octokit2.rest.users.getAuthenticated());
        return data.login;
      } catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) return void 0;
        throw error;
      }
    },
    isTeamMember(org, slug, username) {
      const key = `${org}/${slug}/${username}`.toLowerCase();
      let answer = memberships.get(key);
      if (!answer) memberships.set(key, answer = readMembership(org, slug, username));
      return answer;
    },
    async requestReviewers(number, { reviewers, teamReviewers }) {
      if (reviewers.length === 0 && teamReviewers.length === 0) return;
      await write(
        "POST",
        "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
        { pull_number: number },
        { reviewers, team_reviewers: teamReviewers },
        void 0
      );
    },
    async getIssue(number) {
      const params = { issue_number: number };
      const { data } = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        params,
        (octokit2) => octokit2.rest.issues.get({ ...repoParams, ...params })
      );
      return toIssue(data);
    },
    async closeIssue(number, reason) {
      await write(
        "PATCH",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        { issue_number: number },
        { state: "closed", state_reason: reason },
        void 0
      );
    },
    async updateIssue(number, update) {
      await write("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", { issue_number: number }, update, void 0);
    },
    plannedWrites: () => [...planned],
    limitTime(ms, what) {
      deadline.at = Date.now() + ms;
      deadline.what = what;
    }
  };
}

// src/modes/clients.ts
function hooksOf(edge) {
  return {
    log: (line) => edge.log.info(line),
    onSecret: (secret) => edge.log.secret(secret),
    ...edge.getIdToken ? { getIdToken: edge.getIdToken } : {}
  };
}
function tailscaleFor(ctx) {
  return tailscaleClient(ctx.inputs, ctx.inputs.mode, hooksOf(ctx), ctx.setting);
}
function tailscaleClient(inputs, mode, hooks, setting = (input) => input) {
  const c = inputs.credentials;
  if (c.kind === "none") {
    const [id, secret, audience, key] = ["oauth-client-id", "oauth-client-secret", "audience", "api-key"].map(setting);
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "${id}" with "${secret}" (an OAuth client), or with "${audience}" (workload identity federation), or "${key}".`
    );
  }
  if (c.kind === "wif" && !hooks.getIdToken) {
    throw new UserError(
      "Workload identity federation needs the GitHub Actions runner; use an OAuth client or an API key here."
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c.kind === "wif" ? { ...c, getIdToken: hooks.getIdToken } : c,
    timeoutMs: inputs.requestTimeoutMs,
    ...hooks.onSecret ? { onSecret: hooks.onSecret } : {},
    onRetry: (r) => hooks.log(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`)
  });
}
function githubClientFor(t) {
  if (!t.token || !t.owner || !t.repo) return void 0;
  return createGitHubClient({
    token: t.token,
    apiUrl: t.apiUrl.replace(/\/+$/, ""),
    owner: t.owner,
    repo: t.repo,
    ...t.dryRun ? { dryRun: true } : {}
  });
}
function githubApiUrlOf(env) {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
function parseRepository(value, setting = "GITHUB_REPOSITORY") {
  const [owner, repo, ...extra] = value.split("/");
  if (!owner || !repo || extra.length) throw new UserError(`${setting} is "${value}"; expected owner/name.`);
  return { owner, repo };
}
function githubClient(ctx) {
  return githubClientFor({
    token: ctx.inputs.githubToken,
    owner: ctx.owner,
    repo: ctx.repo,
    apiUrl: ctx.githubApiUrl,
    dryRun: ctx.inputs.dryRun
  });
}
function githubBudgetMs(env) {
  const ms = Number(env.TAILPOLICY_GITHUB_BUDGET_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 18e4;
}

export {
  GitHubApiError,
  tailscaleFor,
  tailscaleClient,
  githubClientFor,
  githubApiUrlOf,
  parseRepository,
  githubClient,
  githubBudgetMs
};
