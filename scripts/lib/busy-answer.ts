// The answer beyond capacity, in the caller's language: 503 with Retry-After, a JSON problem for the API and a
// small page otherwise. One shape for both places that give it: a web process at its cap of requests in flight
// (scripts/lib/front-server.ts) and nginx when every node is at its connection cap (deploy/nginx-busy.conf,
// made by scripts/lib/nginx-busy.ts from the same function, so the two never drift apart).
import { LANGUAGE_TAGS, type Locale } from "../../lib/i18n/config";

type Translate = (typeof import("../../lib/i18n/catalog"))["translate"];

export type BusyAnswer = { contentType: string; body: string; headers: Record<string, string> };

export function busyAnswer(options: { locale: Locale; api: boolean; retryAfterSeconds: number; translate: Translate }): BusyAnswer {
  const { locale, api, retryAfterSeconds } = options;
  const message = options.translate(locale, "declaration.server_busy", { seconds: retryAfterSeconds });
  const headers: Record<string, string> = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store", "Content-Language": LANGUAGE_TAGS[locale] };
  if (api) return { contentType: "application/json; charset=utf-8", body: JSON.stringify({ code: "busy", message, retryAfterSeconds }), headers };
  return {
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="${LANGUAGE_TAGS[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>503</title></head><body><p>${escapeHtml(message)}</p></body></html>`,
    headers: { ...headers, "Content-Security-Policy": "default-src 'none'" },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
