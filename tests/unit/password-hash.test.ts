import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/server/auth/password-hash";

describe("password hashing", () => {
  it("hashes with Argon2id and OWASP parameters, and verifies the right password only", async () => {
    const hash = await hashPassword("con mèo trèo cây cau");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(hash, "con mèo trèo cây cau")).toBe(true);
    expect(await verifyPassword(hash, "con meo treo cay cau")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("Ab3k9Xz7Qp"), hashPassword("Ab3k9Xz7Qp")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(b, "Ab3k9Xz7Qp")).toBe(true);
  });

  it("accepts the password whether typed composed or decomposed", async () => {
    const hash = await hashPassword("Mật khẩu".normalize("NFD"));
    expect(await verifyPassword(hash, "Mật khẩu".normalize("NFC"))).toBe(true);
  });

  it("returns false, never throws, for malformed hashes", async () => {
    for (const malformed of ["", "garbage", "$argon2id$v=19$m=19456,t=2,p=1$AAAA$BBBB", "$2b$10$abcdefghijklmnopqrstuu", "$argon2id$v=19$m=19456,t=2,p=1$"]) {
      await expect(verifyPassword(malformed, "password")).resolves.toBe(false);
      expect(needsRehash(malformed)).toBe(true);
    }
    await expect(verifyPassword(undefined as unknown as string, "password")).resolves.toBe(false);
  });

  it("asks for a rehash of hashes made with other parameters", () => {
    // Argon2id with t=3, and Argon2i with the same costs: both valid, neither current.
    expect(needsRehash("$argon2id$v=19$m=19456,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$8m4yFJxbKp2pGIbUMjbUYMNe3B0Txv2hWmfnOybFpqQ")).toBe(true);
    expect(needsRehash("$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$8m4yFJxbKp2pGIbUMjbUYMNe3B0Txv2hWmfnOybFpqQ")).toBe(true);
  });
});
