/**
 * The GitHub emulator on a thread of its own, for the apply rows of bench/run.ts. It answers from
 * git, run synchronously: on the bench's main thread it held up the Tailscale emulator there too
 * (a DNS read waited for a GraphQL answer), which real servers never do to each other.
 * Started with the repository to make (`workerData`), it posts `{ dir, url, token }` and serves
 * until the bench terminates it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { approvedExampleRepo } from '../test/e2e/runner.js';
import { generatedGrantFiles } from '../test/golden-repos.js';
import { repoWithMergedGrants } from './merged-grants.js';

const spec = workerData as { grants?: number };
const { dir, github } = spec.grants
  ? await repoWithMergedGrants(generatedGrantFiles(spec.grants))
  : await approvedExampleRepo();
parentPort!.postMessage({ dir, url: github.url, token: github.token });
