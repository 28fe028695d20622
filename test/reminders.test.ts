/** Reminders before expiry (SPEC 1.3), the pure part: who is due, once per grant version, safe text. */
import { describe, expect, it } from 'vitest';
import { dueReminders, reminderMarker } from '../src/cleanup/reminders.js';
import { BASE, compileFiles, grantYaml } from './helpers.js';

const access = (reminder: string) =>
  BASE['policy/access.yaml'].replace('    maxDuration: 8h\n', `    maxDuration: 8h\n    reminder: ${reminder}\n`);
const grant = (path = 'grants/g.yaml', expires = '2026-11-22T02:00:00Z') => ({
  [path]: grantYaml({ grantees: '[alice@example.com]', resource: 'prod-db', reason: '"x"', expires }),
});

describe('dueReminders', () => {
  it('is due within the reminder of expiry, not before, not once expired', () => {
    const files = { ...BASE, 'policy/access.yaml': access('30m'), ...grant() };
    expect(dueReminders(compileFiles(files, '2026-11-22T01:29:59Z'))).toEqual([]);
    const [due] = dueReminders(compileFiles(files, '2026-11-22T01:30:00Z'));
    expect(due).toMatchObject({
      path: 'grants/g.yaml',
      logins: ['alice'],
      marker: reminderMarker('grants/g.yaml', new Date('2026-11-22T02:00:00Z')),
    });
    expect(due!.body).toContain('@alice');
    expect(due!.body).toContain('npx tailpolicy extend grants/g.yaml --by 1h');
    expect(dueReminders(compileFiles(files, '2026-11-22T02:00:00Z'))).toEqual([]);
  });

  it('takes the top-level reminder as the default, and none without one', () => {
    const top = { ...BASE, 'policy/access.yaml': `reminder: 1h\n${BASE['policy/access.yaml']}`, ...grant() };
    expect(dueReminders(compileFiles(top, '2026-11-22T01:10:00Z'))).toHaveLength(1);
    expect(dueReminders(compileFiles({ ...BASE, ...grant() }, '2026-11-22T01:59:00Z'))).toEqual([]);
  });

  it('a new expires is a new reminder; a hostile path stays one quoted shell word and no marker breaks out', () => {
    const marker = reminderMarker('grants/a --> b.yaml', new Date('2026-11-22T02:00:00Z'));
    expect(marker).not.toMatch(/-->.*-->/);
    expect(reminderMarker('grants/g.yaml', new Date('2026-11-22T03:00:00Z'))).not.toBe(
      reminderMarker('grants/g.yaml', new Date('2026-11-22T02:00:00Z')),
    );
    const files = { ...BASE, 'policy/access.yaml': access('30m'), ...grant("grants/$(rm -rf ~)'`x`.yaml") };
    const [due] = dueReminders(compileFiles(files, '2026-11-22T01:45:00Z'));
    expect(due!.body).toContain(`npx tailpolicy extend 'grants/$(rm -rf ~)'\\''x.yaml' --by 1h`);
  });
});
