import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  parseInputs
} from "./chunk-UL5KTCC2.js";
import {
  forTarget,
  runContext
} from "./chunk-QV3YLETI.js";
import {
  CONTROLS_BUT_NEWLINE,
  runsOf
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";

// src/cli/log-terminal.ts
var UNPRINTABLE = runsOf(CONTROLS_BUT_NEWLINE);
function terminalLog(io, opts = {}) {
  const line = (s) => io.stderr(`${printable(s)}
`);
  const located = (severity) => (message, props) => {
    const where = props?.file ? `${props.file}:${props.line ?? 1}:${props.column ?? 1}: ` : "tailpolicy: ";
    const rule = props?.rule ? `[${props.rule}]` : "";
    line(`${where}${severity}${rule}: ${printable(message)}`);
  };
  return {
    // Progress ("would send …") is what a dry run is run for: stdout, as `git` prints its work.
    info: (message) => io.stdout(`${printable(message)}
`),
    debug: (message) => {
      if (opts.debug) line(`debug: ${message}`);
    },
    notice: located("notice"),
    warning: located("warning"),
    error: located("error"),
    group: (_title, body) => body(),
    secret: () => {
    }
  };
}
function printable(text) {
  return text.replace(UNPRINTABLE, " ");
}

// src/cli/terminal.ts
var TERMINAL_NAMES = {
  "api-key": "TS_API_KEY",
  "oauth-client-id": "TS_OAUTH_CLIENT_ID",
  "oauth-client-secret": "TS_OAUTH_CLIENT_SECRET",
  tailnet: "TS_TAILNET",
  "github-token": "GITHUB_TOKEN",
  "pagerduty-token": "PAGERDUTY_TOKEN",
  audience: "an audience (workload identity federation needs the Actions runner)"
};
var terminalNames = (input) => TERMINAL_NAMES[input] ?? `--${input}`;
function tailscaleSettings(env) {
  return {
    tailnet: env.TS_TAILNET,
    "api-key": env.TS_API_KEY,
    "oauth-client-id": env.TS_OAUTH_CLIENT_ID,
    "oauth-client-secret": env.TS_OAUTH_CLIENT_SECRET
  };
}
function terminalContext(mode, args, io) {
  const env = io.env;
  const values = {
    mode,
    ...tailscaleSettings(env),
    "api-url": args.apiUrl,
    "github-token": env.GITHUB_TOKEN,
    "pagerduty-token": env.PAGERDUTY_TOKEN,
    target: args.target,
    "policy-dir": args.policyDir,
    "grants-dir": args.grantsDir,
    "on-drift": args.onDrift,
    "dry-run": String(args.dryRun)
  };
  const inputs = parseInputs((name) => values[name]?.trim() || void 0, env, terminalNames);
  if (args.nowGiven) inputs.now = args.now;
  if (inputs.credentials.kind === "none") {
    throw new UserError(
      `tailpolicy ${mode} talks to Tailscale: set TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET.`
    );
  }
  const edge = { log: terminalLog(io, { debug: !!env.TAILPOLICY_DEBUG }), setting: terminalNames };
  return forTarget({ ...runContext(inputs, { ...env, GITHUB_EVENT_PATH: "" }, args.now, edge), workspace: args.root });
}

export {
  terminalNames,
  tailscaleSettings,
  terminalContext
};
