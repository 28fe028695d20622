/**
 * The approval facts of many commits in one GraphQL query: for each commit, the pull requests
 * associated with it (GitHub's `Commit.associatedPullRequests`: for a commit on the default
 * branch, the merged pull request that brought it, as REST's `GET /commits/{sha}/pulls`), each
 * with its labels and reviews, and the repository's default branch.
 *
 * The answer is read into the same shapes the REST calls give (github-client.ts), field by
 * field: `url` is REST's `html_url`, `headRefOid`/`baseRefOid` are `head.sha`/`base.sha`,
 * `mergeCommit.oid` is `merge_commit_sha`, a review's `databaseId` is its `id` and `commit.oid`
 * its `commit_id`. GraphQL names a bot `dependabot` where REST says `dependabot[bot]`: the
 * suffix is put back, so an author or a reviewer is the same login either way.
 *
 * Whatever a query did not answer whole (a connection with a next page) is left out, for the
 * REST calls to read; an answer of any other shape is an error (the caller then reads REST).
 */
import type { PullRequest, Review, ReviewState } from './github-client.js';

export interface ApprovalFacts {
  defaultBranch?: string;
  /** The commit the default branch pointed at when GitHub answered (its `target`). */
  defaultBranchHead?: string;
  /** commit SHA → its pull requests, for every commit answered whole. */
  pullsOf: Map<string, PullRequest[]>;
  /** pull request number → its reviews, for every pull request whose reviews came whole. */
  reviewsOf: Map<number, Review[]>;
}

/** Connection sizes asked for; a connection with more is read over REST. */
export const FACTS_FIRST = { pulls: 10, labels: 20, reviews: 50 } as const;

const PULL_FIELDS = `fragment PullFacts on PullRequest {
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

/** The query for `shas` (full hexadecimal object ids: nothing else is written into it). */
export function approvalFactsQuery(shas: readonly string[]): string {
  const commits = shas.map((sha, i) => {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`not a commit id: ${sha}`);
    return (
      `    c${i}: object(oid: "${sha}") { ... on Commit {` +
      ` associatedPullRequests(first: ${FACTS_FIRST.pulls}) { pageInfo { hasNextPage } nodes { ...PullFacts } } } }`
    );
  });
  return [
    'query ApprovalFacts($owner: String!, $name: String!) {',
    '  repository(owner: $owner, name: $name) {',
    '    defaultBranchRef { name target { oid } }',
    ...commits,
    '  }',
    '}',
    PULL_FIELDS,
  ].join('\n');
}

class ShapeError extends Error {}

function need<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new ShapeError(`unexpected GraphQL answer: ${what}`);
  return value;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string => need(typeof o[k] === 'string', o[k] as string, k);
const strOrNull = (o: Obj, k: string): string | null =>
  need(typeof o[k] === 'string' || o[k] === null, o[k] as string | null, k);
const obj = (o: Obj, k: string): Obj => need(isObj(o[k]), o[k] as Obj, k);
const objOrNull = (o: Obj, k: string): Obj | null => need(isObj(o[k]) || o[k] === null, o[k] as Obj | null, k);

/** A connection's nodes, or undefined when it has a next page. */
function whole(o: Obj, k: string): Obj[] | undefined {
  const c = obj(o, k);
  if (obj(c, 'pageInfo').hasNextPage !== false) return undefined;
  const nodes = need(Array.isArray(c.nodes), c.nodes as unknown[], `${k}.nodes`);
  return nodes.map((n) => need(isObj(n), n as Obj, `${k}.nodes[]`));
}

/** REST's login for a GraphQL actor: a bot's login carries `[bot]`. */
function login(actor: Obj | null): string | null {
  if (!actor) return null;
  const name = str(actor, 'login');
  return actor.__typename === 'Bot' ? `${name}[bot]` : name;
}

function toReview(r: Obj): Review {
  const commit = objOrNull(r, 'commit');
  return {
    id: need(typeof r.databaseId === 'number', r.databaseId as number, 'databaseId'),
    user: login(objOrNull(r, 'author')),
    state: str(r, 'state') as ReviewState,
    commitId: commit ? str(commit, 'oid') : null,
    submittedAt: strOrNull(r, 'submittedAt'),
  };
}

function toPull(p: Obj, labels: Obj[]): PullRequest {
  const state = str(p, 'state');
  const body = str(p, 'body');
  const mergeCommit = objOrNull(p, 'mergeCommit');
  return {
    number: need(typeof p.number === 'number', p.number as number, 'number'),
    htmlUrl: str(p, 'url'),
    state: state === 'OPEN' ? 'open' : 'closed',
    title: str(p, 'title'),
    // REST says null for a pull request without a description.
    body: body === '' ? null : body,
    author: login(objOrNull(p, 'author')),
    draft: need(typeof p.isDraft === 'boolean', p.isDraft as boolean, 'isDraft'),
    headRef: str(p, 'headRefName'),
    headSha: str(p, 'headRefOid'),
    baseRef: str(p, 'baseRefName'),
    baseSha: str(p, 'baseRefOid'),
    merged: need(typeof p.merged === 'boolean', p.merged as boolean, 'merged'),
    mergedAt: strOrNull(p, 'mergedAt'),
    mergeCommitSha: mergeCommit ? str(mergeCommit, 'oid') : null,
    createdAt: str(p, 'createdAt'),
    labels: labels.map((l) => str(l, 'name')).filter(Boolean),
  };
}

/**
 * Reads one answer (`{ data, errors }`) for `shas` into `facts`. Any GraphQL error, even beside
 * partial data, or an answer of another shape throws: the caller then reads REST.
 */
export function readApprovalFacts(answer: unknown, shas: readonly string[], facts: ApprovalFacts): void {
  const top = need(isObj(answer), answer as Obj, 'not an object');
  if (top.errors !== undefined) {
    const first = Array.isArray(top.errors) && isObj(top.errors[0]) ? top.errors[0].message : undefined;
    throw new ShapeError(`GraphQL error: ${typeof first === 'string' ? first : 'unknown'}`);
  }
  const repository = obj(obj(top, 'data'), 'repository');
  const ref = objOrNull(repository, 'defaultBranchRef');
  if (ref) {
    facts.defaultBranch = str(ref, 'name');
    const target = objOrNull(ref, 'target');
    if (target) facts.defaultBranchHead = str(target, 'oid');
  }
  const pulls: Array<[string, PullRequest[]]> = [];
  const reviews: Array<[number, Review[]]> = [];
  shas.forEach((sha, i) => {
    const commit = objOrNull(repository, `c${i}`);
    // No such commit on GitHub: REST answers that with its own error, so ask it.
    if (!commit) return;
    const nodes = whole(commit, 'associatedPullRequests');
    if (!nodes) return;
    const list: PullRequest[] = [];
    for (const p of nodes) {
      const labels = whole(p, 'labels');
      if (!labels) return;
      list.push(toPull(p, labels));
      const given = whole(p, 'reviews');
      if (given) reviews.push([list.at(-1)!.number, given.map(toReview)]);
    }
    pulls.push([sha, list]);
  });
  // Only a fully read answer is kept.
  for (const [sha, list] of pulls) facts.pullsOf.set(sha, list);
  for (const [n, list] of reviews) facts.reviewsOf.set(n, list);
}
