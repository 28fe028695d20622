/**
 * The managed DNS settings of dns.yaml (SPEC 1.4), after the policy: read only the settings the
 * repository manages, plan the difference (policy/dns.ts), and write only what differs.
 */
import { planDns, type DnsSettings, type LiveDns } from '../policy/dns.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';

/** The reads of the live settings `desired` manages, started (DnsRead.reads never rejects). */
export interface DnsRead {
  /** Which settings were read: a later `desired` that needs the same reads may use them. */
  key: string;
  reads: Promise<
    [
      PromiseSettledResult<LiveDns['splitDNS']>,
      PromiseSettledResult<LiveDns['nameservers']>,
      PromiseSettledResult<LiveDns['searchPaths']>,
      PromiseSettledResult<{ magicDNS: boolean } | undefined>,
    ]
  >;
}

function readKey(desired: DnsSettings): string {
  const w = [!!desired.splitDNS, !!desired.nameservers || desired.magicDNS !== undefined, !!desired.searchPaths];
  return JSON.stringify([...w, desired.magicDNS !== undefined]);
}

/**
 * Starts reading the live settings `desired` manages (undefined: nothing is managed), so that
 * apply can read them before the push instead of after it.
 */
export function readLiveDns(
  client: TailscaleClient,
  desired: DnsSettings | undefined,
  /** The reads go out once this settles (another request to let finish first). */
  after?: Promise<unknown>,
): DnsRead | undefined {
  if (!desired) return undefined;
  if (after) {
    const reads = after.then(
      () => readLiveDns(client, desired)!.reads,
      () => readLiveDns(client, desired)!.reads,
    );
    return { key: readKey(desired), reads };
  }
  // The reads at once (one round trip instead of up to four); a failure is reported as when they
  // ran in turn: the first in this order that failed.
  return {
    key: readKey(desired),
    reads: Promise.allSettled([
      desired.splitDNS ? client.getSplitDns() : {},
      desired.nameservers || desired.magicDNS !== undefined ? client.getNameservers() : [],
      desired.searchPaths ? client.getSearchPaths() : [],
      desired.magicDNS !== undefined ? client.getPreferences() : undefined,
    ]),
  };
}

/**
 * Applies `desired` (absent: nothing is managed). `writes` receives each request sent (or, in a
 * dry run, meant); the return value names each setting changed, in words. `early` is a read
 * started before (readLiveDns), used when it read what `desired` needs.
 */
export async function applyDns(
  client: TailscaleClient,
  desired: DnsSettings | undefined,
  writes: string[],
  opts: { tailnet: string; dryRun: boolean },
  early?: DnsRead,
): Promise<string[]> {
  const changed: string[] = [];
  if (!desired) return changed;
  const read = early && early.key === readKey(desired) ? early : readLiveDns(client, desired)!;
  const [splitDNS, nameservers, searchPaths, preferences] = await read.reads;
  const live: LiveDns = {
    splitDNS: settled(splitDNS),
    nameservers: settled(nameservers),
    searchPaths: settled(searchPaths),
    magicDNS: settled(preferences)?.magicDNS ?? false,
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
    changed.push(`nameservers: ${plan.nameservers.join(', ') || 'none'}`);
    if (!dry) await client.setNameservers(plan.nameservers);
  }
  if (plan.searchPaths) {
    writes.push(`POST ${base}/searchpaths ${JSON.stringify({ searchPaths: plan.searchPaths })}`);
    changed.push(`search paths: ${plan.searchPaths.join(', ') || 'none'}`);
    if (!dry) await client.setSearchPaths(plan.searchPaths);
  }
  if (plan.magicDNS !== undefined) {
    writes.push(`POST ${base}/preferences ${JSON.stringify({ magicDNS: plan.magicDNS })}`);
    changed.push(`MagicDNS ${plan.magicDNS ? 'on' : 'off'}`);
    if (!dry) await client.setPreferences({ magicDNS: plan.magicDNS });
  }
  return changed;
}

function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}
