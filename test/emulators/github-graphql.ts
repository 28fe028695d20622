/**
 * The GitHub emulator's GraphQL endpoint (`POST /graphql`): a subset of GitHub's public schema,
 * with the types and fields spelled as GitHub spells them, holding exactly what tailpolicy asks
 * (src/github/approval-facts.ts): a repository's default branch and its head commit, and for a commit its associated
 * pull requests with their labels and reviews. Answered from the emulator's own state, the same
 * facts its REST endpoints give. A query that asks for anything else fails validation with
 * GitHub's kind of error (HTTP 200, an `errors` list, no `data`), as GitHub answers an unknown
 * field; a connection without `first`/`last`, or with more than 100, fails as on GitHub.
 */
import { buildSchema, graphqlSync, GraphQLError } from 'graphql';

export const GITHUB_GRAPHQL_SUBSET = buildSchema(`
  scalar DateTime
  scalar GitObjectID
  scalar URI

  type Query {
    repository(owner: String!, name: String!): Repository
  }

  type Repository {
    defaultBranchRef: Ref
    object(oid: GitObjectID, expression: String): GitObject
  }

  type Ref {
    name: String!
    target: GitObject
  }

  interface GitObject {
    oid: GitObjectID!
  }

  type Commit implements GitObject {
    oid: GitObjectID!
    associatedPullRequests(first: Int, last: Int, after: String, before: String): PullRequestConnection
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    endCursor: String
    startCursor: String
  }

  interface Actor {
    login: String!
  }

  type User implements Actor {
    login: String!
  }

  type Bot implements Actor {
    login: String!
  }

  enum PullRequestState {
    OPEN
    CLOSED
    MERGED
  }

  enum PullRequestReviewState {
    PENDING
    COMMENTED
    APPROVED
    CHANGES_REQUESTED
    DISMISSED
  }

  type PullRequest {
    number: Int!
    url: URI!
    state: PullRequestState!
    title: String!
    body: String!
    isDraft: Boolean!
    createdAt: DateTime!
    author: Actor
    headRefName: String!
    headRefOid: GitObjectID!
    baseRefName: String!
    baseRefOid: GitObjectID!
    merged: Boolean!
    mergedAt: DateTime
    mergeCommit: Commit
    labels(first: Int, last: Int, after: String, before: String): LabelConnection
    reviews(first: Int, last: Int, after: String, before: String): PullRequestReviewConnection
  }

  type PullRequestConnection {
    nodes: [PullRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Label {
    name: String!
  }

  type LabelConnection {
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type PullRequestReview {
    databaseId: Int
    state: PullRequestReviewState!
    submittedAt: DateTime
    author: Actor
    commit: Commit
  }

  type PullRequestReviewConnection {
    nodes: [PullRequestReview]
    pageInfo: PageInfo!
    totalCount: Int!
  }
`);

/** GitHub's connection arguments, checked as GitHub checks them; `after` is an index cursor. */
export function connection<T>(items: T[], args: { first?: number; last?: number; after?: string }, what: string) {
  const { first, last, after } = args;
  if (first === undefined && last === undefined)
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${what}\` connection.`,
    );
  const n = (first ?? last)!;
  if (n < 0 || n > 100)
    throw new GraphQLError(
      `Requesting ${n} records on the \`${what}\` connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of 100 records.`,
    );
  const start = after
    ? Number(
        Buffer.from(after, 'base64')
          .toString()
          .replace(/^cursor:/, ''),
      )
    : 0;
  const from = first !== undefined ? start : Math.max(items.length - n, start);
  const nodes = items.slice(from, from + n);
  const cursor = (i: number) => Buffer.from(`cursor:${i}`).toString('base64');
  return {
    nodes,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: from + nodes.length < items.length,
      hasPreviousPage: from > 0,
      startCursor: nodes.length ? cursor(from) : null,
      endCursor: nodes.length ? cursor(from + nodes.length) : null,
    },
  };
}

/** Runs one GraphQL request body against `root`; GitHub's answer shape. */
export function answerGraphql(body: unknown, root: unknown): { data?: unknown; errors?: unknown[] } {
  const { query, variables, operationName } = (body ?? {}) as {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  if (typeof query !== 'string')
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  const result = graphqlSync({
    schema: GITHUB_GRAPHQL_SUBSET,
    source: query,
    rootValue: root,
    ...(variables && { variableValues: variables }),
    ...(operationName && { operationName }),
  });
  return JSON.parse(JSON.stringify(result)) as { data?: unknown; errors?: unknown[] };
}
