// The JSON logs: one object per line with the request id of the work in progress, and personal data
// redacted by field name (a mistake in a caller) or scrubbed from error messages (drivers quote values).
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, errorForLog } from "@/lib/server/logging/logger";
import { newRequestId, runWithRequestContext } from "@/lib/server/logging/request-context";
import { acceptableRequestId } from "@/lib/domain/request-id";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { log: createLogger(stream), lines, raw };
}

const person = { fullName: "Nguyễn Thị Hường", idNumber: "001190012345", phone: "+84912345678", bhxhCode: "0123456789", email: "huong@example.vn" };

describe("the logger", () => {
  it("writes JSON with the current request id, and none outside a request", async () => {
    const { log, lines } = capture();
    const requestId = newRequestId();
    await runWithRequestContext({ requestId }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.info({ route: "/tra-cuu" }, "looked up");
    });
    log.info("outside");
    expect(lines[0]).toMatchObject({ level: "info", msg: "looked up", route: "/tra-cuu", requestId });
    expect(lines[1]).not.toHaveProperty("requestId");
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("redacts personal fields at the top level and nested two levels deep", () => {
    const { log, raw } = capture();
    log.info(person, "top level");
    log.info({ account: person }, "one level");
    log.info({ request: { body: { participant: person } }, headers: { authorization: "Bearer abcdefabcdef", cookie: "session=secret-cookie" } }, "deeper");
    log.info({ declaration: { participant: person } }, "two levels");
    const text = raw.join("\n");
    for (const value of [...Object.values(person), "Bearer abcdefabcdef", "secret-cookie"]) expect(text).not.toContain(value);
    expect(text).toContain("[redacted]");
  });

  it("scrubs ID numbers and phones from error messages and keeps the error's kind and code", () => {
    const error = Object.assign(new Error(`Unique constraint failed on idNumber 001190012345 for +84 912 345 678`), { code: "P2002" });
    const logged = errorForLog(error);
    expect(logged).toMatchObject({ type: "Error", code: "P2002" });
    expect(JSON.stringify(logged)).not.toMatch(/001190012345|912 345 678/);
    const { log, raw } = capture();
    log.error({ err: error }, "failed");
    expect(raw.join("")).not.toContain("001190012345");
  });
});

describe("request ids from the proxy", () => {
  it("keeps a well-formed id and refuses anything that could forge log lines", () => {
    expect(acceptableRequestId("0123456789abcdef0123456789abcdef")).toBe("0123456789abcdef0123456789abcdef");
    expect(acceptableRequestId(["req-0001.a_b", "other"])).toBe("req-0001.a_b");
    for (const bad of [undefined, "", "short", "has space 12345", 'x"}\n{"level":"fatal', "a".repeat(65)]) expect(acceptableRequestId(bad)).toBeNull();
    expect(newRequestId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
