/** The access-request issue form as GitHub writes it into the issue body (SPEC 2.8). */
import { describe, expect, it } from 'vitest';
import { grantFileText, parseIssueForm, slug } from '../src/review/request-form.js';
import { parse } from 'yaml';

describe('parseIssueForm', () => {
  it('reads the labels of the form tailpolicy init writes, and the ids', () => {
    const body =
      '### Resource\r\n\r\nprod-db\r\n\r\n### For how long\r\n\r\n4h\r\n\r\n### Reason\r\n\r\nline one\r\nline two\r\n\r\n### Ticket\r\n\r\n_No response_';
    expect(parseIssueForm(body)).toEqual({ resource: 'prod-db', duration: '4h', reason: 'line one\nline two' });
    expect(parseIssueForm('### Resource\n\nprod-db: Production Postgres\n\n### Duration\n\n90m\n')).toEqual({
      resource: 'prod-db',
      duration: '90m',
    });
  });

  it('is undefined for an issue that is not the form; the first answer of a field wins', () => {
    expect(parseIssueForm('The VPN is slow')).toBeUndefined();
    expect(parseIssueForm(null)).toBeUndefined();
    expect(parseIssueForm('### Resource\n\nprod-db\n\n### Resource\n\nprod-cluster\n')).toEqual({
      resource: 'prod-db',
    });
  });
});

describe('the grant file of a request', () => {
  it('keeps any reason one string: no field can be added', () => {
    const reason = 'x"\ngrantees: [evil@example.com]\nexpires: 2099-01-01T00:00:00Z\n# \u2028 \\ \'';
    const text = grantFileText({
      resource: 'prod-db',
      duration: '4h',
      reason,
      ticket: 'INC-1',
      grantee: 'a@example.com',
    });
    const doc = parse(text) as Record<string, unknown>;
    expect(doc).toEqual({ grantees: ['a@example.com'], resource: 'prod-db', reason, ticket: 'INC-1', duration: '4h' });
  });

  it('names are made of lower-case letters, digits and hyphens only', () => {
    expect(slug('../../Etc/Passwd')).toBe('etc-passwd');
    expect(slug('alice@example.com')).toBe('alice');
    expect(slug('---')).toBe('x');
  });
});
