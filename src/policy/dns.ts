/**
 * dns.yaml (SPEC 1.4): the tailnet's DNS settings that tailpolicy manages. A setting that is
 * absent is left alone on the tailnet; one that is present is made exactly so.
 */
import type { Finding } from '../shared/findings.js';
import type { ParsedSource } from './source.js';
import { validateShape } from './shape.js';
import type { DnsDoc } from './schemas.js';

export type DnsSettings = DnsDoc;

export function buildDns(file: ParsedSource | undefined): { dns?: DnsSettings; findings: Finding[] } {
  if (!file || file.value === undefined) return { findings: [] };
  const value = file.value ?? {};
  const findings = validateShape('dns', value, file.locate);
  if (findings.length > 0) return { findings };
  const doc = value as DnsDoc;
  // Normalise domain keys (Tailscale treats them as suffixes, without a trailing dot) and keep
  // a stable order so the output is deterministic.
  const dns: DnsSettings = {};
  if (doc.splitDNS) {
    dns.splitDNS = Object.fromEntries(
      Object.entries(doc.splitDNS)
        .map(([d, r]) => [d.replace(/\.$/, '').toLowerCase(), r] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  if (doc.nameservers) dns.nameservers = doc.nameservers;
  if (doc.searchPaths) dns.searchPaths = doc.searchPaths;
  if (doc.magicDNS !== undefined) dns.magicDNS = doc.magicDNS;
  return { dns, findings };
}

/** The tailnet's DNS settings as read from the API. */
export interface LiveDns {
  splitDNS: Record<string, string[]>;
  nameservers: string[];
  searchPaths: string[];
  magicDNS: boolean;
}

/**
 * What must change on the tailnet to make its DNS equal to `desired`: only the settings present
 * in dns.yaml, and only those that differ. Split DNS is replaced whole, so a domain removed from
 * the file is removed from the tailnet.
 */
export function planDns(desired: DnsSettings | undefined, live: LiveDns): Partial<LiveDns> {
  const plan: Partial<LiveDns> = {};
  if (!desired) return plan;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const sortedMap = (m: Record<string, string[]>) =>
    Object.fromEntries(
      Object.entries(m)
        .map(([k, v]) => [k.replace(/\.$/, '').toLowerCase(), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  if (desired.splitDNS && !same(sortedMap(desired.splitDNS), sortedMap(live.splitDNS)))
    plan.splitDNS = desired.splitDNS;
  if (desired.nameservers && !same(desired.nameservers, live.nameservers)) plan.nameservers = desired.nameservers;
  if (desired.searchPaths && !same(desired.searchPaths, live.searchPaths)) plan.searchPaths = desired.searchPaths;
  // Emptying the nameservers turns MagicDNS off on Tailscale's side: compare against that.
  const magicAfter = plan.nameservers?.length === 0 ? false : live.magicDNS;
  if (desired.magicDNS !== undefined && desired.magicDNS !== magicAfter) plan.magicDNS = desired.magicDNS;
  return plan;
}
