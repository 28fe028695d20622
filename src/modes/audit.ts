/**
 * `audit` mode (SPEC 2.3, 2.7), for `workflow_dispatch`: evidence of every grant in the
 * repository's history, written as CSV, JSON and Markdown into `<outDir>/audit` (for
 * actions/upload-artifact), with the summary table in the job summary. With the github-token
 * input, PRs and approvals are looked up; the run fails when a grant lacks a qualifying approval.
 */
import { join } from 'node:path';
import { runAudit, writeAuditFiles, writeEvidencePack } from '../audit/index.js';
import { renderSummaryMarkdown } from '../audit/formats.js';
import { createPagerDutyClient } from '../pagerduty/pagerduty-client.js';
import { githubClient, tailscaleFor } from './clients.js';
import { code } from '../report/escape.js';
import { forTarget, type ModeResult, type RunContext } from './context.js';

export async function auditMode(runCtx: RunContext): Promise<ModeResult> {
  const ctx = forTarget(runCtx);
  const { policyDirs: policyDir, grantsDir } = ctx.target;
  const github = githubClient(ctx);
  if (!github) ctx.log.info('tailpolicy audit: no github-token or repository; approvals are not looked up.');
  // With Tailscale credentials, the artifact also holds the evidence pack of the last 90 days
  // (how long Tailscale keeps configuration logs): Git reconciled with the tailnet's own logs.
  const tailscale = ctx.inputs.credentials.kind === 'none' ? undefined : tailscaleFor(ctx);
  // With pagerduty-token, grants auto-approved by on-call status are checked at their merge.
  const token = ctx.inputs.pagerdutyToken;
  const pagerduty = token
    ? createPagerDutyClient({
        token,
        apiUrl: ctx.inputs.pagerdutyApiUrl,
        onSecret: (s) => ctx.log.secret(s),
        onRetry: (line) => ctx.log.info(line),
      })
    : undefined;
  const run = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    ...(ctx.target.name !== undefined ? { target: { name: ctx.target.name, tailnet: ctx.inputs.tailnet } } : {}),
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : undefined,
    env: ctx.env,
    ...(tailscale ? { tailscale, since: new Date(ctx.now.getTime() - 90 * 86_400_000) } : {}),
    ...(pagerduty ? { pagerduty } : {}),
  });
  const dir = join(ctx.outDir, 'audit');
  const files = await writeAuditFiles(dir, run);
  ctx.log.info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  if (run.evidence) {
    const pack = await writeEvidencePack(dir, run);
    ctx.log.info(`tailpolicy audit: wrote the evidence pack ${pack.markdown} and ${pack.html}`);
  }
  const unapproved = run.report.summary.unapproved ?? 0;
  const summary =
    `## tailpolicy audit ${unapproved ? '❌' : '✅'}\n\n` +
    renderSummaryMarkdown(run.report) +
    `\nThe evidence (${code('audit.csv')}, ${code('audit.json')}, ${code('audit.md')}) is in ${code(dir)}` +
    ", uploaded as the workflow's artifact.\n";
  return {
    outputs: { 'policy-file': '' },
    summary,
    ...(unapproved
      ? {
          failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`,
          exitCode: 1,
        }
      : {}),
  };
}
