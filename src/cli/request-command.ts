/**
 * `tailpolicy request RESOURCE --for 4h --reason TEXT` and `tailpolicy extend FILE --by 2h
 * --reason TEXT`: access without writing YAML (see ./request.ts).
 */
import { usageError, type Args } from './args.js';
import { extendCommand, requestCommand, type RequestCommandOptions } from './request-grant.js';
import type { Io } from './terminal.js';

function options(args: Args, io: Io, usage: string): RequestCommandOptions {
  if (args.rest.length !== 1) throw usageError(usage, args.command);
  return {
    root: args.root,
    cwd: args.cwd,
    policyDir: args.policyDir,
    grantsDir: args.grantsDir,
    now: args.now,
    dryRun: args.dryRun,
    env: io.env,
    target: args.rest[0]!,
    for: args.for,
    by: args.by,
    reason: args.reason,
    ticket: args.ticket,
    grantee: args.grantee,
  };
}

export function run(args: Args, io: Io): Promise<number> {
  const usage = 'request takes one resource, e.g. request prod-db --for 4h --reason "INC-1234"';
  return requestCommand(options(args, io, usage), io);
}

export function runExtend(args: Args, io: Io): Promise<number> {
  const usage = 'extend takes one grant file, e.g. extend grants/alice-prod-db.yaml --by 2h --reason "…"';
  return extendCommand(options(args, io, usage), io);
}
