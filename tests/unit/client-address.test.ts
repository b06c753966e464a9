import { describe, expect, it } from "vitest";
import { addressRateLimitSubject, chooseClientAddress, normalizeAddress, parseTrustProxyHops } from "@/lib/domain/client-address";

describe("normalizeAddress", () => {
  it.each([["203.0.113.7", "203.0.113.7"], [" ::ffff:203.0.113.7 ", "203.0.113.7"], ["[2001:DB8::1]", "2001:db8::1"], ["::1", "::1"]])(
    "keeps the valid address %j as %s, IPv4 carried in IPv6 unwrapped",
    (input, address) => {
      expect(normalizeAddress(input)).toBe(address);
    },
  );
  it("refuses anything that is not an address", () => {
    for (const bad of ["", "unknown", "1.2.3", "203.0.113.7:443", "999.1.1.1", "<script>", "1.2.3.4, 5.6.7.8", null, undefined]) {
      expect(normalizeAddress(bad)).toBeNull();
    }
  });
});

describe("parseTrustProxyHops", () => {
  it("accepts 0 to 10 and nothing else", () => {
    expect(parseTrustProxyHops("0")).toBe(0);
    expect(parseTrustProxyHops("1")).toBe(1);
    expect(parseTrustProxyHops("10")).toBe(10);
    for (const bad of [undefined, "", "-1", "1.5", "11", "one", "true"]) expect(parseTrustProxyHops(bad)).toBeNull();
  });
});

describe("chooseClientAddress", () => {
  it("with no trusted proxy, ignores X-Forwarded-For entirely", () => {
    expect(chooseClientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "198.51.100.9", trustedHops: 0 })).toBe("127.0.0.1");
  });
  it("with N trusted proxies, takes the N-th entry from the right", () => {
    const forwardedFor = "10.9.9.9, 198.51.100.9, 203.0.113.7";
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor, trustedHops: 1 })).toBe("203.0.113.7");
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor, trustedHops: 2 })).toBe("198.51.100.9");
    // Several header lines count as one comma-separated list.
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor: ["1.1.1.1", "203.0.113.7"], trustedHops: 1 })).toBe("203.0.113.7");
  });
  it("falls back to the socket's peer when the chain is short or the entry is garbage", () => {
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.7", trustedHops: 2 })).toBe("10.0.0.2");
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustedHops: 1 })).toBe("10.0.0.2");
    expect(chooseClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, not-an-ip", trustedHops: 1 })).toBe("10.0.0.2");
  });
});

describe("addressRateLimitSubject", () => {
  // Subject by address: an IPv6 address by its /64 (one subscriber's network), the rest as they are.
  const subjects = {
    "2001:db8:1:2:aaaa::1": "2001:db8:1:2::/64", "2001:0db8:0001:0002:ffff:ffff:ffff:ffff": "2001:db8:1:2::/64",
    "2001:db8::": "2001:db8:0:0::/64", "::1": "0:0:0:0::/64", "64:ff9b::192.0.2.1": "64:ff9b:0:0::/64",
    "203.0.113.7": "203.0.113.7", "canbo.hanoi": "canbo.hanoi",
  };
  it.each(Object.entries(subjects))("counts %s as %s", (address, subject) => {
    expect(addressRateLimitSubject(address)).toBe(subject);
  });
});
