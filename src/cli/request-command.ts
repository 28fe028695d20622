/**
 * `tailpolicy request RESOURCE --for 4h --reason TEXT` and `tailpolicy extend FILE --by 2h
 * --reason TEXT`: access without writing YAML (see ./request.ts).
 */
import { UserError } from '../shared/errors.js';
import { usageError, type Args } from './args.js';
import { targetsOf } from './offline-read.js';
import { relative, resolve, sep } from 'node:path';
import { within, type Target } from '../policy/targets.js';
import { extendCommand, requestCommand, type RequestCommandOptions } from './request-grant.js';
import type { Io } from './terminal.js';

function options(args: Args, io: Io, usage: string): RequestCommandOptions {
  if (args.rest.length !== 1) throw usageError(usage, args.command);
  const tailnet =
    args.command === 'extend' && args.target === undefined ? fileTarget(args) : targetsOf(args, false)[0]!;
  return {
    root: args.root,
    cwd: args.cwd,
    policyDir: tailnet.policyDirs,
    grantsDir: tailnet.grantsDir,
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

/** extend without --target: the target whose grants folder holds the file. */
function fileTarget(args: Args): Target {
  const all = targetsOf(args, true);
  if (all.length === 1) return all[0]!;
  const file = relative(args.root, resolve(args.cwd, args.rest[0]!)).split(sep).join('/');
  const found = all.find((t) => within(file, t.grantsDir));
  if (!found)
    throw new UserError(
      `${file} is in no target's grants folder (${all.map((t) => `${t.name}: ${t.grantsDir}`).join(', ')}).`,
    );
  return found;
}

export function run(args: Args, io: Io): Promise<number> {
  const usage = 'request takes one resource, e.g. request prod-db --for 4h --reason "INC-1234"';
  return requestCommand(options(args, io, usage), io);
}

export function runExtend(args: Args, io: Io): Promise<number> {
  const usage = 'extend takes one grant file, e.g. extend grants/alice-prod-db.yaml --by 2h --reason "…"';
  return extendCommand(options(args, io, usage), io);
}
