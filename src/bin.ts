#!/usr/bin/env node
import { cli } from './cli/index.js';

process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
});
