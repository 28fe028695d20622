import { describe, expect, it } from 'vitest';
import { IPSet, formatIP, parseAddressSpec, parseIP, parsePrefix } from '../src/grammar/ip.js';
import { parseGrantIp, parsePortList, parseProto, splitHostPorts } from '../src/grammar/ports.js';
import { compareVersions, evalCondition, parsePostureCondition } from '../src/grammar/posture.js';
import { checkTagName, parseSelector } from '../src/grammar/selectors.js';
import { formatGoDuration, parseGoDuration } from '../src/grammar/duration.js';
import { locatorFromJsonText } from '../src/shared/locate-json.js';

describe('Go durations (SSH checkPeriod)', () => {
  it.each([
    ['12h', '12h0m0s'],
    ['200h', '200h0m0s'],
    ['-1m', '-1m0s'],
    ['168h0m1s', '168h0m1s'],
    ['1.5h', '1h30m0s'],
    ['90s', '1m30s'],
    ['30s', '30s'],
    ['0', '0s'],
    ['1500ms', '1.5s'],
    ['250ms', '250ms'],
  ])('%s formats as %s', (text, want) => {
    const d = parseGoDuration(text);
    expect(d.ok).toBe(true);
    expect(formatGoDuration((d as { ns: bigint }).ns)).toBe(want);
  });

  it.each([
    ['abc', 'time: invalid duration "abc"'],
    ['7d', 'time: unknown unit "d" in duration "7d"'],
    ['12', 'time: missing unit in duration "12"'],
    ['', 'time: invalid duration ""'],
  ])("%s is refused with Go's message", (text, want) => {
    expect(parseGoDuration(text)).toEqual({ ok: false, error: want });
  });
});

describe('IP addresses', () => {
  it('parses IPv4 and IPv6 like Go, refusing leading zeros and zones', () => {
    expect(parseIP('100.64.0.1')).toEqual({ v: 4, n: 0x64400001n });
    expect(parseIP('100.064.0.1')).toBeUndefined();
    expect(parseIP('fe80::1%eth0')).toBeUndefined();
    expect(formatIP(parseIP('fd7a:115c:a1e0:0:0:0:0:1')!)).toBe('fd7a:115c:a1e0::1');
    expect(parseIP('::ffff:1.2.3.4')).toEqual({ v: 6, n: 0xffff01020304n });
    expect(parseIP('1:2:3:4:5:6:7:8:9')).toBeUndefined();
  });

  it('parses prefixes and ranges, and sets answer membership', () => {
    const set = IPSet.of([parsePrefix('10.0.0.0/8')!, parseAddressSpec('192.168.1.10-192.168.1.20')!]).minus(
      IPSet.of([parsePrefix('10.1.0.0/16')!]),
    );
    expect(set.contains(parseIP('10.2.3.4')!)).toBe(true);
    expect(set.contains(parseIP('10.1.3.4')!)).toBe(false);
    expect(set.contains(parseIP('192.168.1.15')!)).toBe(true);
    expect(set.contains(parseIP('192.168.1.21')!)).toBe(false);
    expect(parsePrefix('10.0.0.0/33')).toBeUndefined();
    expect(IPSet.of([parsePrefix('100.64.0.16/32')!]).single()).toEqual(parseIP('100.64.0.16'));
  });
});

describe('ports and protocols', () => {
  it("parses port lists with Tailscale's errors", () => {
    expect(parsePortList('22,80-90')).toEqual({
      ok: true,
      value: [
        { lo: 22, hi: 22 },
        { lo: 80, hi: 90 },
      ],
    });
    expect(parsePortList('*')).toEqual({ ok: true, value: [{ lo: 0, hi: 65535 }] });
    expect(parsePortList('ssh')).toEqual({ ok: false, error: 'port range "ssh": invalid first integer' });
    expect(parsePortList('0')).toEqual({
      ok: false,
      error: `port range "0": first port must be >0, or use '*' for wildcard`,
    });
    expect(parsePortList('80-')).toEqual({ ok: false, error: 'port range "80-": invalid last integer' });
    expect(parsePortList('65536').ok).toBe(false);
  });

  it('splits host and ports at the last colon, or after brackets', () => {
    expect(splitHostPorts('tag:prod:22')).toEqual({ host: 'tag:prod', ports: '22', bracketed: false });
    expect(splitHostPorts('2001:db8::/32:443')).toEqual({ host: '2001:db8::/32', ports: '443', bracketed: false });
    expect(splitHostPorts('[fd7a::1]:80')).toEqual({ host: 'fd7a::1', ports: '80', bracketed: true });
    expect(splitHostPorts('web')).toBeUndefined();
  });

  it('parses grant ip entries', () => {
    expect(parseGrantIp('tcp:443')).toMatchObject({ ok: true, value: { protos: [6], ports: [{ lo: 443, hi: 443 }] } });
    expect(parseGrantIp('icmp:*')).toMatchObject({ ok: true, value: { protos: [1] } });
    expect(parseGrantIp('80-90')).toMatchObject({ ok: true, value: { protos: [6, 17, 1, 58] } });
    expect(parseGrantIp('icmp')).toEqual({ ok: false, error: 'port range "icmp": invalid first integer' });
    expect(parseGrantIp('tcp:0').ok).toBe(false);
    expect(parseGrantIp('icmp:22').ok).toBe(false);
    expect(parseProto('SCTP')).toEqual({ ok: true, value: 132 });
    expect(parseProto('256').ok).toBe(false);
  });
});

describe('postures', () => {
  it('parses and evaluates conditions; an unset attribute never matches', () => {
    const c = (t: string) => {
      const r = parsePostureCondition(t);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    expect(evalCondition(c("node:os IN ['macos', 'windows']"), { 'node:os': 'macos' })).toBe(true);
    expect(evalCondition(c("node:os NOT IN ['macos']"), { 'node:os': 'linux' })).toBe(true);
    expect(evalCondition(c("node:os != 'linux'"), {})).toBe(false);
    expect(evalCondition(c("node:tsVersion >= '1.60'"), { 'node:tsVersion': '1.62.1' })).toBe(true);
    expect(evalCondition(c("node:tsVersion >= '1.60'"), { 'node:tsVersion': '1.9.0' })).toBe(false);
    expect(evalCondition(c('custom:score > 50'), { 'custom:score': 70 })).toBe(true);
    expect(evalCondition(c('node:tsAutoUpdate == true'), { 'node:tsAutoUpdate': true })).toBe(true);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(parsePostureCondition('os == linux').ok).toBe(false);
    expect(parsePostureCondition("node:os IN 'linux'").ok).toBe(false);
  });
});

describe('selectors', () => {
  it("parses in Tailscale's order and trims whitespace", () => {
    expect(parseSelector(' tag:prod ')).toEqual({ kind: 'tag', name: 'tag:prod' });
    expect(parseSelector('group:sre@example.com')).toEqual({ kind: 'group', name: 'group:sre@example.com' });
    expect(parseSelector('user:*@example.com')).toEqual({ kind: 'userDomain', domain: 'example.com' });
    expect(parseSelector('alice@github')).toEqual({ kind: 'user', login: 'alice@github' });
    expect(parseSelector('10.0.0.0/8').kind).toBe('ip');
    expect(parseSelector('my-host').kind).toBe('host');
    expect(parseSelector('%bogus%').kind).toBe('host');
    expect(parseSelector('a:b').kind).toBe('invalid');
  });

  it('checks tag names like tailcfg.CheckTag', () => {
    expect(checkTagName('tag:prod-db1')).toBeUndefined();
    expect(checkTagName('tag:1prod')).toBe("tag names must start with a letter, after 'tag:'");
    expect(checkTagName('tag:pro_d')).toBe('tag names can only contain numbers, letters, or dashes');
    expect(checkTagName('tag:')).toBe('tag names must not be empty');
  });
});

describe('locatorFromJsonText', () => {
  const text = '{\n  // comment\n  "acls": [\n    {"src": ["*"],},\n  ],\n}';
  const { value, locate } = locatorFromJsonText('p.hujson', text);
  it('parses HuJSON and locates values and keys', () => {
    expect(value).toEqual({ acls: [{ src: ['*'] }] });
    expect(locate(['acls', 0, 'src', 0])).toMatchObject({ file: 'p.hujson', line: 4, column: 14 });
    expect(locate(['acls'], { key: true })).toMatchObject({ line: 3, column: 3 });
  });
  it('falls back to the nearest existing parent', () => {
    expect(locate(['acls', 0, 'dst'])).toMatchObject({ line: 4, column: 5 });
  });
});
