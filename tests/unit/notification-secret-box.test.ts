import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";
import { isSealed, notificationKey, openText, sealText } from "@/lib/server/notifications/secret-box";

const demo = parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/x", AUTH_SECRET: "s".repeat(40) });
const other = parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/x", AUTH_SECRET: "s".repeat(40), NOTIFICATION_SECRET_KEY: "k".repeat(40) });

describe("sealed notification text", () => {
  it("round-trips, hides the text, and differs every time (random IV)", () => {
    const key = notificationKey(demo);
    const text = "BHXH: mat khau tam thoi Abc7Def8Gh";
    const a = sealText(text, key);
    const b = sealText(text, key);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain("Abc7Def8Gh");
    expect(a).not.toBe(b);
    expect(openText(a, key)).toBe(text);
  });

  it("cannot be opened with another key or after tampering", () => {
    const sealed = sealText("ma 123456", notificationKey(demo));
    expect(() => openText(sealed, notificationKey(other))).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => openText(tampered, notificationKey(demo))).toThrow();
  });

  it("passes ordinary text through", () => {
    expect(openText("BHXH: ho so TK-2345-6789 da het han", notificationKey(demo))).toBe("BHXH: ho so TK-2345-6789 da het han");
  });
});
