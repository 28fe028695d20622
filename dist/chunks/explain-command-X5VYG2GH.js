import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  paintReport,
  styler
} from "./chunk-AFGL77CN.js";
import {
  checkFiles,
  printFindings
} from "./chunk-FEPYHAVF.js";
import {
  textOrJson,
  usageError
} from "./chunk-EINFBZSP.js";
import "./chunk-UI5YDAHM.js";
import {
  explain,
  groupMembers
} from "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import {
  oneLine
} from "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import {
  humanUtc
} from "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

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
    throw usageError(
      "explain takes a source and a destination, e.g. explain alice@example.com tag:prod-db:5432/tcp",
      "explain"
    );
  const format = textOrJson(args);
  const result = await checkFiles(args, io, { source: false });
  if (!result.pushable) {
    printFindings(result, io);
    return 1;
  }
  const [src, target] = [args.rest[0], args.rest[1]];
  const answer = explainAccess(result.compiled, src, target);
  const members = src.startsWith("group:") ? groupMembers(result.compiled.policy).get(src) : void 0;
  let split;
  if (members?.length) {
    const allowed = members.filter((m) => explainAccess(result.compiled, m, target).allowed === true);
    if (allowed.length > 0 && allowed.length < members.length)
      split = { allowed, denied: members.filter((m) => !allowed.includes(m)) };
  }
  if (format === "json") {
    const { text: _text, ...data } = answer;
    io.stdout(JSON.stringify({ ...data, ...split ? { members: split } : {} }, null, 2) + "\n");
  } else {
    let text = answer.text;
    if (split)
      text += `  only some members of ${oneLine(src)} are allowed: ${split.allowed.map((m) => oneLine(m)).join(", ")} (not: ${split.denied.map((m) => oneLine(m)).join(", ")})
`;
    io.stdout(paintReport(text, styler(io)));
  }
  return answer.allowed === true ? 0 : 1;
}
export {
  run
};
