import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  oneLine
} from "./chunk-QV3YLETI.js";
import {
  countFindings
} from "./chunk-756YIVLH.js";

// src/report/annotations.ts
function annotate(log, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? "";
    byFile.set(key, [...byFile.get(key) ?? [], f]);
  }
  for (const [file, list] of byFile) {
    log.group(file || "tailpolicy", () => {
      for (const f of list) {
        const props = { rule: f.rule };
        if (f.location) {
          props.file = f.location.file;
          props.line = f.location.line;
          props.column = f.location.column;
          if (f.location.endLine === f.location.line && f.location.endColumn !== void 0)
            props.endColumn = f.location.endColumn;
        }
        const message = oneLine(f.message, 2e3);
        if (f.severity === "error") log.error(message, props);
        else if (f.severity === "warning") log.warning(message, props);
        else log.notice(message, props);
      }
    });
  }
  const errors = countFindings(findings, "error");
  const warnings = countFindings(findings, "warning");
  log.info(
    `tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`
  );
}

export {
  annotate
};
