// Message helpers for the client side of the declaration feature. Templates are filled by lib/i18n/format.ts
// (not lib/i18n/catalog.ts: importing it would bring every catalog into the browser bundle).
import type { DeclarationStrings, ValidationStrings } from "./types";

export { format as fill } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/config";
import { intlLocale } from "@/lib/i18n/format";

/**
 * The sentence for a message from a schema or the wizard ("validation.x", "declaration.x"); anything
 * else (a server message, already translated) is shown as it is.
 */
export function messageFor(key: string, t: DeclarationStrings, v: ValidationStrings): string {
  if (key.startsWith("validation.")) return (v as Record<string, string>)[key.slice(11)] ?? key;
  if (key.startsWith("declaration.")) return (t as Record<string, string>)[key.slice(12)] ?? key;
  return key;
}

/** 1 234 567 bytes → "1,2 MB" / "1.2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const nf = new Intl.NumberFormat(isLocale(locale) ? intlLocale(locale) : locale, { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${nf.format(bytes / 1_000_000)} MB` : `${nf.format(Math.max(1, Math.round(bytes / 1000)))} KB`;
}
