import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreConformance, type ConformanceCase } from '../src/validate/conformance.js';

const fixture = fileURLToPath(new URL('./fixtures/conformance/tailscale-verdicts.json', import.meta.url));
const cases = JSON.parse(readFileSync(fixture, 'utf8')) as ConformanceCase[];
const report = scoreConformance(cases);

describe("conformance with Tailscale's own verdicts", () => {
  it('never rejects a policy Tailscale accepted', () => {
    // A false rejection blocks a user with no way around it.
    expect(report.overall.falseRejections.map((r) => `${r.id}: [${r.ourRule}] ${r.ourMessage}`)).toEqual([]);
  });

  it('agrees with at least 97% of the verdicts overall', () => {
    expect(report.overall.cases).toBeGreaterThan(600);
    expect(report.overall.agreement).toBeGreaterThanOrEqual(97);
  });

  it('rejects for the same reason Tailscale gives, loosely', () => {
    expect(report.overall.differentReason.map((r) => `${r.id}: ${r.tailscaleMessage} / ${r.ourMessage}`)).toEqual([]);
  });
});
