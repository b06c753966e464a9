import { afterEach, describe, expect, it, vi } from "vitest";

const original = process.env.PUBLIC_BASE_URL;
afterEach(() => {
  process.env.PUBLIC_BASE_URL = original;
  vi.resetModules();
});

async function loadConfig(publicBaseUrl: string) {
  process.env.PUBLIC_BASE_URL = publicBaseUrl;
  vi.resetModules();
  return import("@/lib/server/auth/auth.config");
}

describe("session cookies", () => {
  it("are Secure whenever the public address is https, whatever the proxy headers say", async () => {
    expect((await loadConfig("https://dichvucong.baohiemxahoi.gov.vn")).authConfig.useSecureCookies).toBe(true);
    expect((await loadConfig("http://127.0.0.1:3000")).authConfig.useSecureCookies).toBe(false);
  });
});

describe("next-auth redirects", () => {
  it("stay on this site, whatever callbackUrl or redirectTo says", async () => {
    const { authConfig } = await loadConfig("https://portal.example");
    const baseUrl = "https://portal.example";
    const redirect = (url: string) => authConfig.callbacks.redirect({ url, baseUrl });
    expect(redirect("/tai-khoan")).toBe(`${baseUrl}/tai-khoan`);
    expect(redirect(`${baseUrl}/can-bo?trang-thai=cho-duyet`)).toBe(`${baseUrl}/can-bo?trang-thai=cho-duyet`);
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "/%09/evil.example", `${baseUrl}//evil.example`]) {
      expect(redirect(evil)).toBe(`${baseUrl}/`);
    }
  });
});
