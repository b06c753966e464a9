// Which address a request came from, when proxies may stand in front of the app. The caller writes
// X-Forwarded-For as it likes: only the hops appended by our own proxies (counted from the right)
// can be believed, and with no proxy (TRUST_PROXY_HOPS=0) only the socket's own address.
import { isIP } from "node:net";

/** A bare, valid IP address ("::ffff:1.2.3.4" → "1.2.3.4", "[::1]" → "::1"), or null. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1);
  // IPv4 carried in an IPv6 socket (a dual-stack listener) is the IPv4 client.
  if (/^::ffff:/i.test(value) && isIP(value.slice(7)) === 4) value = value.slice(7);
  const version = isIP(value);
  if (version === 0) return null;
  return version === 6 ? value.toLowerCase() : value;
}

/** TRUST_PROXY_HOPS: a whole number of proxies (0–10) in front of the app; anything else is refused. */
export function parseTrustProxyHops(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{1,2}$/.test(raw.trim())) return null;
  const hops = Number(raw.trim());
  return hops <= 10 ? hops : null;
}

/**
 * The client's address. `trustedHops` = 0: the socket's peer (every forwarded header ignored).
 * `trustedHops` = N ≥ 1: the N-th entry from the right of X-Forwarded-For (the address our outermost
 * proxy saw). When the chain is shorter than N, or that entry is not an IP address, the proxies are
 * not doing what the setting says: the socket's peer (our own proxy) is used, so a caller gains
 * nothing by sending garbage — everyone behind a misconfigured proxy shares one counter.
 */
export function chooseClientAddress(input: { socketAddress: string | null | undefined; forwardedFor: string | string[] | null | undefined; trustedHops: number }): string | null {
  const socket = normalizeAddress(input.socketAddress);
  if (input.trustedHops <= 0) return socket;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (chain.length < input.trustedHops) return socket;
  return normalizeAddress(chain[chain.length - input.trustedHops]) ?? socket;
}

/**
 * The subject of a per-address rate limit: an IPv4 address as is, an IPv6 address by its /64 prefix
 * (one subscriber usually holds a whole /64, so counting single addresses would let them rotate).
 * Anything that is not an address (a user name, a phone number) is returned unchanged.
 */
export function addressRateLimitSubject(subject: string): string {
  if (isIP(subject) !== 6) return subject;
  return `${ipv6Groups(subject).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, without leading zeros ("2001:db8::1" → [2001, db8, 0, …, 1]). */
function ipv6Groups(address: string): string[] {
  let value = address.toLowerCase();
  // An embedded IPv4 tail ("::ffff:1.2.3.4", "64:ff9b::1.2.3.4") becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    value = `${value.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = value.includes("::") ? value.split("::") : [value, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
