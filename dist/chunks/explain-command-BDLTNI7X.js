import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles,
  printFindings
} from "./chunk-NT7AGTXA.js";
import {
  USAGE
} from "./chunk-K3IEVFP2.js";
import "./chunk-BI7Z5O7J.js";
import {
  explain,
  oneLine
} from "./chunk-O56IQULN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-V5RLMVZP.js";
import {
  UserError,
  humanUtc
} from "./chunk-2GOZZBP2.js";

// src/report/explain-text.ts
function parseTarget(target) {
  const slash = target.lastIndexOf("/");
  const hasProto = slash > target.lastIndexOf(":");
  const hostPort = hasProto ? target.slice(0, slash) : target;
  const proto = hasProto ? target.slice(slash + 1) : void 0;
  const colon = hostPort.lastIndexOf(":");
  const port = Number(hostPort.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`"${target}" is not DST:PORT[/PROTO], e.g. tag:prod-db:5432 or tag:prod-db:5432/tcp`);
  }
  const dst = hostPort.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  return { dst, port, ...proto ? { proto } : {} };
}
function explainAccess(compiled, src, target) {
  const { dst, port, proto } = parseTarget(target);
  const result = explain(compiled.policy, { src, dst, port, proto }, compiled.locate);
  const rules = result.matches.map((m) => {
    const grant = compiled.generatedBy.get(m.section)?.get(m.index);
    const from = grant ? `grant ${grant}` : m.location ? `${m.location.file}:${m.location.line}` : `${m.section}[${m.index}]`;
    return { section: m.section, index: m.index, from };
  });
  const verdict = result.allowed === "undecidable" ? "CANNOT BE DECIDED OFFLINE" : result.allowed ? "ALLOWED" : "DENIED";
  const lines = [
    `${verdict}: ${oneLine(src)} -> ${oneLine(dst)}:${port}${proto ? `/${oneLine(proto)}` : ""} at ${humanUtc(compiled.now)}`
  ];
  for (const r of rules) lines.push(`  allowed by ${r.section}[${r.index}] (${oneLine(r.from)})`);
  for (const n of result.notes) lines.push(`  note: ${oneLine(n)}`);
  return {
    src,
    dst,
    port,
    ...proto ? { proto } : {},
    allowed: result.allowed,
    rules,
    notes: result.notes,
    text: lines.join("\n") + "\n"
  };
}

// src/cli/explain-command.ts
async function run(args, io) {
  if (args.rest.length !== 2)
    throw new UserError(
      `explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp

${USAGE}`
    );
  const result = await checkFiles(args, io, { source: false });
  if (!result.pushable) {
    printFindings(result, io);
    return 1;
  }
  const answer = explainAccess(result.compiled, args.rest[0], args.rest[1]);
  if (args.format === "json") io.stdout(JSON.stringify(answer, null, 2) + "\n");
  else io.stdout(answer.text);
  return 0;
}
export {
  run
};
