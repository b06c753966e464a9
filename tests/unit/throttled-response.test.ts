import { describe, expect, it } from "vitest";
import { throttledAnswer } from "@/lib/server/auth/throttled-response";

describe("throttledAnswer", () => {
  it("turns next-auth's redirect for a throttled sign-in into 429 with Retry-After, keeping its cookies", async () => {
    const redirect = new Response(null, { status: 302, headers: [["location", "http://localhost/dang-nhap?error=CredentialsSignin&code=throttled%3A45"], ["set-cookie", "authjs.csrf-token=x; Path=/"]] });
    const answer = await throttledAnswer(redirect);
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("45");
    expect(answer.headers.getSetCookie()).toEqual(["authjs.csrf-token=x; Path=/"]);
  });

  it("does the same for the JSON form the browser client asks for", async () => {
    const json = Response.json({ url: "http://localhost/can-bo/dang-nhap?error=CredentialsSignin&code=throttled%3A30" });
    const answer = await throttledAnswer(json);
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("30");
    expect(await answer.json()).toEqual({ error: "throttled", retryAfterSeconds: 30 });
  });

  it("passes every other answer through unchanged", async () => {
    const wrong = new Response(null, { status: 302, headers: { location: "http://localhost/dang-nhap?error=CredentialsSignin&code=invalid" } });
    expect(await throttledAnswer(wrong)).toBe(wrong);
    const ok = Response.json({ url: "http://localhost/can-bo" });
    expect(await throttledAnswer(ok)).toBe(ok);
  });
});
