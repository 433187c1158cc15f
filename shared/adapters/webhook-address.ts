import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses a webhook may be delivered to (issue 21, "No server-side request forgery"): a
 * partner chooses the URL, so without this check the service would POST, from inside Azure, to
 * whatever that URL's host resolves to: the instance metadata endpoint (169.254.169.254, which hands
 * out the managed identity's tokens), the local Functions host, a private network behind the VNet.
 *
 * The ranges are ipaddr.js's own (`IPv4.prototype.SpecialRanges`, `IPv6.prototype.SpecialRanges` in
 * ipaddr.js 2.x, lib/ipaddr.js; README: `range()` returns "one of predefined names for several special
 * ranges", `"unicast"` being "the default one"): 'unicast' only for an address in none of them,
 * and every other name (loopback, private, linkLocal, carrierGradeNat, multicast, unspecified,
 * broadcast, reserved, uniqueLocal, 6to4, teredo, rfc6052, rfc6145, as112, amt, …) is refused. That
 * is request-filtering-agent's rule as well (src/request-filtering-agent.ts: `range !== "unicast"`
 * is "not allowed"): a maintained list of special-purpose ranges rather than one written here, so a
 * range the library learns is refused without a change of ours.
 */

/** The local stack's setting: loopback (127.0.0.0/8, ::1) may be called, nothing else private. */
export interface AddressPolicy {
  allowLoopback: boolean;
}

/** What an address is, for a reason a person can read (the names are ipaddr.js's ranges). */
const DESCRIPTIONS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address (RFC 1918)',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address (RFC 6598)',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved or documentation address',
  uniqueLocal: 'a unique local IPv6 address (RFC 4193)',
  ipv4Compatible: 'an IPv4-compatible IPv6 address (deprecated, RFC 4291)',
  rfc6052: 'an IPv4-embedded IPv6 (NAT64) address',
  rfc6145: 'an IPv4-translated IPv6 address',
  '6to4': 'a 6to4 relay address',
  teredo: 'a Teredo tunnel address',
  invalid: 'not an IP address',
};

/**
 * The cloud metadata endpoints, named in the reason (they are refused by their range already:
 * linkLocal, uniqueLocal). Azure's Instance Metadata Service and AWS's are 169.254.169.254; AWS's
 * IPv6 one is fd00:ec2::254.
 */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);

/**
 * The range an address falls in, as ipaddr.js names it ('unicast': none of the special ones).
 *
 * An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 host it maps, so it is judged as
 * that IPv4 address: `ipaddr.process` converts it first (ipaddr.js README: it "automatically converts
 * IPv4-mapped IPv6 addresses to their IPv4 counterparts"). IPv4-compatible addresses (::a.b.c.d, deprecated by RFC 4291 §2.5.5.1)
 * are 'unicast' to ipaddr.js; they are refused here as well: nothing public uses them, and some stacks
 * route them to the IPv4 address they embed.
 */
export function addressRange(address: string): string {
  // Only what Node would connect to as is: no "0177.1" or "0x7f.1" forms that ipaddr.js also parses.
  if (isIP(address) === 0) return 'invalid';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && parsed.range() === 'unicast') {
    const parts = (parsed as ipaddr.IPv6).parts;
    if (parts.slice(0, 6).every((part) => part === 0)) return 'ipv4Compatible';
  }
  return parsed.range();
}

/** The normalized text of an address (an IPv4-mapped one as its IPv4 address), for messages. */
function shown(address: string): string {
  return isIP(address) === 0 ? JSON.stringify(address) : ipaddr.process(address).toString();
}

/**
 * Why a webhook may not be delivered to this address, or null when it may. Only 'unicast' is
 * allowed, and loopback as well under `allowLoopback` (the local stack's receiver listens on
 * 127.0.0.1).
 */
export function forbiddenAddressReason(address: string, policy: AddressPolicy): string | null {
  const range = addressRange(address);
  if (range === 'unicast') return null;
  if (range === 'loopback' && policy.allowLoopback) return null;
  const text = shown(address);
  if (METADATA_ADDRESSES.has(text)) return `${text} is the cloud metadata address`;
  return `${text} is ${DESCRIPTIONS[range] ?? `a special-purpose address (${range})`}`;
}

/**
 * A URL's host as an IP address when it is one (the WHATWG URL parser writes an IPv6 literal in
 * brackets and normalizes every IPv4 form, e.g. `0x7f.1` or `2130706433`, to dotted decimal), or
 * null for a name that must be resolved.
 */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? null : bare;
}
