import { describe, expect, it } from 'vitest';
import { addressRange, forbiddenAddressReason, ipLiteral } from '../../shared/adapters/webhook-address';

/** Which addresses a webhook may reach (issue 21, "No server-side request forgery"). */
const FORBIDDEN: [address: string, range: string, reason: RegExp][] = [
  ['127.0.0.1', 'loopback', /127\.0\.0\.1 is a loopback address/],
  ['127.8.9.10', 'loopback', /loopback/],
  ['10.1.2.3', 'private', /private network/],
  ['172.16.5.4', 'private', /private network/],
  ['172.31.255.255', 'private', /private network/],
  ['192.168.1.1', 'private', /private network/],
  ['169.254.169.254', 'linkLocal', /169\.254\.169\.254 is the cloud metadata address/],
  ['169.254.1.1', 'linkLocal', /link-local/],
  ['100.64.0.1', 'carrierGradeNat', /carrier-grade NAT/],
  ['224.0.0.1', 'multicast', /multicast/],
  ['0.0.0.0', 'unspecified', /unspecified/],
  ['255.255.255.255', 'broadcast', /broadcast/],
  ['192.0.2.1', 'reserved', /reserved/],
  ['240.0.0.1', 'reserved', /reserved/],
  ['::1', 'loopback', /::1 is a loopback address/],
  ['::', 'unspecified', /unspecified/],
  ['fe80::1', 'linkLocal', /link-local/],
  ['fc00::1', 'uniqueLocal', /unique local/],
  ['fd00:ec2::254', 'uniqueLocal', /fd00:ec2::254 is the cloud metadata address/],
  ['ff02::1', 'multicast', /multicast/],
  ['2001:db8::1', 'reserved', /reserved/],
  ['2002:7f00:1::', '6to4', /6to4/],
  ['64:ff9b::7f00:1', 'rfc6052', /NAT64/],
  ['::7f00:1', 'ipv4Compatible', /IPv4-compatible/],
  // IPv4-mapped IPv6: judged as the IPv4 address it maps.
  ['::ffff:127.0.0.1', 'loopback', /^127\.0\.0\.1 is a loopback address/],
  ['::ffff:7f00:1', 'loopback', /^127\.0\.0\.1 is a loopback address/],
  ['::ffff:10.0.0.1', 'private', /^10\.0\.0\.1 is a private network address/],
  ['::ffff:169.254.169.254', 'linkLocal', /cloud metadata/],
  // Not an address Node would connect to as is.
  ['0x7f.1', 'invalid', /not an IP address/],
  ['hooks.example', 'invalid', /not an IP address/],
];

const PUBLIC = [
  '93.184.216.34',
  '8.8.8.8',
  '2606:4700::1111',
  '2a00:1450:4001:82b::200e',
  '::ffff:93.184.216.34',
];

describe('webhook address classification', () => {
  it.each(FORBIDDEN)('when %s is judged, then it is %s and refused', (address, range, reason) => {
    expect(addressRange(address)).toBe(range);
    expect(forbiddenAddressReason(address, { allowLoopback: false })).toMatch(reason);
  });

  it.each(PUBLIC)('when the public address %s is judged, then it is allowed', (address) => {
    expect(addressRange(address)).toBe('unicast');
    expect(forbiddenAddressReason(address, { allowLoopback: false })).toBeNull();
  });

  it('when loopback is allowed (the local stack), then only loopback is, nothing else private', () => {
    const policy = { allowLoopback: true };
    for (const address of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1']) {
      expect(forbiddenAddressReason(address, policy)).toBeNull();
    }
    const others = FORBIDDEN.filter(([, range]) => range !== 'loopback').map(([address]) => address);
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter((address) => forbiddenAddressReason(address, policy) === null)).toEqual([]);
  });

  it('when a URL host is an IP literal, then it is the address (IPv6 without its brackets), a name is not', () => {
    expect(ipLiteral(new URL('https://127.0.0.1:8443/x').hostname)).toBe('127.0.0.1');
    expect(ipLiteral(new URL('https://0x7f.1/').hostname)).toBe('127.0.0.1');
    expect(ipLiteral(new URL('https://2130706433/').hostname)).toBe('127.0.0.1');
    expect(ipLiteral(new URL('https://[::1]/').hostname)).toBe('::1');
    expect(ipLiteral(new URL('https://[::ffff:127.0.0.1]/').hostname)).toBe('::ffff:7f00:1');
    expect(ipLiteral(new URL('https://hooks.example/').hostname)).toBeNull();
  });
});
