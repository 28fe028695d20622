/** `tailpolicy explain`: parse `DST:PORT[/PROTO]`, ask the evaluator, say which rules allow it. */
import type { Compiled } from '../policy/compile.js';
import { UserError } from '../shared/errors.js';
import { explain } from '../evaluate/index.js';
import { humanUtc } from '../shared/time.js';
import { oneLine } from './escape.js';

export interface ExplainAnswer {
  src: string;
  dst: string;
  port: number;
  proto?: string;
  allowed: boolean | 'undecidable';
  /** Where each allowing rule comes from: `file:line` of a fragment, or the grant file. */
  rules: Array<{ section: string; index: number; from: string }>;
  notes: string[];
  text: string;
}

/** `tag:prod-db:5432`, `[fd7a::1]:22/tcp`, `10.0.0.1:53/udp` → host, port, protocol. */
export function parseTarget(target: string): { dst: string; port: number; proto?: string } {
  const slash = target.lastIndexOf('/');
  const hasProto = slash > target.lastIndexOf(':');
  const hostPort = hasProto ? target.slice(0, slash) : target;
  const proto = hasProto ? target.slice(slash + 1) : undefined;
  const colon = hostPort.lastIndexOf(':');
  const port = Number(hostPort.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`"${target}" is not DST:PORT[/PROTO], e.g. tag:prod-db:5432 or tag:prod-db:5432/tcp`);
  }
  const dst = hostPort.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  return { dst, port, ...(proto ? { proto } : {}) };
}

export function explainAccess(compiled: Compiled, src: string, target: string): ExplainAnswer {
  const { dst, port, proto } = parseTarget(target);
  const result = explain(compiled.policy, { src, dst, port, proto }, compiled.locate);
  const rules = result.matches.map((m) => {
    const grant = compiled.generatedBy.get(m.section)?.get(m.index);
    const from = grant
      ? `grant ${grant}`
      : m.location
        ? `${m.location.file}:${m.location.line}`
        : `${m.section}[${m.index}]`;
    return { section: m.section, index: m.index, from };
  });
  const verdict =
    result.allowed === 'undecidable' ? 'CANNOT BE DECIDED OFFLINE' : result.allowed ? 'ALLOWED' : 'DENIED';
  const lines = [
    `${verdict}: ${oneLine(src)} -> ${oneLine(dst)}:${port}${proto ? `/${oneLine(proto)}` : ''} at ${humanUtc(compiled.now)}`,
  ];
  for (const r of rules) lines.push(`  allowed by ${r.section}[${r.index}] (${oneLine(r.from)})`);
  for (const n of result.notes) lines.push(`  note: ${oneLine(n)}`);
  return {
    src,
    dst,
    port,
    ...(proto ? { proto } : {}),
    allowed: result.allowed,
    rules,
    notes: result.notes,
    text: lines.join('\n') + '\n',
  };
}
