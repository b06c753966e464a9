// deploy/nginx-busy.conf holds the catalogs' busy message in five languages for nginx: it must be what the
// generator makes from today's catalogs (a changed translation means: run scripts/write-nginx-busy.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/config";
import { NGINX_BUSY_FILE, nginxBusyConf } from "@/scripts/lib/nginx-busy";

describe(NGINX_BUSY_FILE, () => {
  const shipped = readFileSync(path.join(process.cwd(), NGINX_BUSY_FILE), "utf8");

  it("is current with the message catalogs", () => {
    expect(shipped, "run: npx tsx --import ./scripts/preload/allow-server-only.mjs scripts/write-nginx-busy.ts").toBe(nginxBusyConf(translate));
  });

  it("carries the busy message of every language, for pages and for the API", () => {
    for (const locale of LOCALES) {
      const message = translate(locale, "declaration.server_busy", { seconds: 2 });
      // Twice: once in the page body, once in the JSON problem (quotes escaped for nginx).
      expect(shipped.split(message.replace(/"/g, '\\"')).length - 1, locale).toBe(2);
    }
  });

  it("refuses a text nginx would read as a variable", () => {
    const withDollar = ((locale, key, params) => `${translate(locale, key, params)} $5`) as typeof translate;
    expect(() => nginxBusyConf(withDollar)).toThrow(/\$/);
  });
});
