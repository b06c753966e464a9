import { describe, expect, it } from "vitest";
import { environmentProblems, parseEnv } from "@/lib/server/env";

const production = {
  APP_MODE: "production",
  DATABASE_URL: "postgresql://bhxh@db.internal/bhxh",
  PUBLIC_BASE_URL: "https://dichvucong.baohiemxahoi.gov.vn",
  AUTH_SECRET: "a".repeat(43),
  NOTIFICATION_SECRET_KEY: "b".repeat(43),
  TRUST_PROXY_HOPS: "1",
  SMS_DRIVER: "http",
  SMS_GATEWAY_URL: "https://sms.example.vn/send",
  EMAIL_DRIVER: "smtp",
  SMTP_URL: "smtp://mail.internal:25",
};

describe("the environment in production mode", () => {
  it("accepts a complete configuration", () => {
    expect(environmentProblems(production)).toEqual([]);
    expect(parseEnv(production)).toMatchObject({ APP_MODE: "production", TRUST_PROXY_HOPS: 1, PUBLIC_BASE_URL: production.PUBLIC_BASE_URL });
  });

  it("names every missing variable at once, even alongside an invalid one", () => {
    const problems = environmentProblems({ APP_MODE: "production", PHOTO_RETENTION_DAYS: "forever" });
    const named = problems.map((line) => line.trim().split(":")[0]);
    expect(named).toEqual(
      expect.arrayContaining(["DATABASE_URL", "PHOTO_RETENTION_DAYS", "AUTH_SECRET", "NOTIFICATION_SECRET_KEY", "TRUST_PROXY_HOPS", "PUBLIC_BASE_URL", "SMS_DRIVER", "EMAIL_DRIVER"]),
    );
    expect(named).toHaveLength(8);
    expect(() => parseEnv({ APP_MODE: "production" })).toThrow(/AUTH_SECRET[\s\S]*TRUST_PROXY_HOPS/);
  });

  it("requires an https base address, a valid hop count and distinct secrets; an empty value counts as missing", () => {
    expect(environmentProblems({ ...production, PUBLIC_BASE_URL: "http://dichvucong.example.vn" })).toEqual(["  PUBLIC_BASE_URL: must be an https:// address in production mode"]);
    expect(environmentProblems({ ...production, TRUST_PROXY_HOPS: "two" })).toEqual([expect.stringMatching(/^ {2}TRUST_PROXY_HOPS: must be a whole number/)]);
    expect(environmentProblems({ ...production, NOTIFICATION_SECRET_KEY: production.AUTH_SECRET })).toEqual(["  NOTIFICATION_SECRET_KEY: must differ from AUTH_SECRET"]);
    expect(environmentProblems({ ...production, AUTH_SECRET: "" })).toEqual(["  AUTH_SECRET: is required in production mode"]);
  });
});

describe("the environment in demo mode", () => {
  it("needs no secret and defaults to no trusted proxy", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/x" })).toMatchObject({ APP_MODE: "demo", TRUST_PROXY_HOPS: 0, PUBLIC_BASE_URL: "http://localhost:3000" });
    expect(parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/x", TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
  });
});
