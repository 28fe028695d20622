/**
 * dns.yaml (SPEC 1.4): the tailnet's DNS settings that tailpolicy manages. A setting that is
 * absent is left alone on the tailnet; one that is present is made exactly so.
 */
import type { Finding } from './findings.js';
import type { ParsedSource } from './source.js';
import { validateShape } from '../validate/schema.js';
import type { DnsDoc } from '../schemas.js';

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
