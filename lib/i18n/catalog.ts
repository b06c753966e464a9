// The message catalogs: one file per feature in ./messages, each with a vi and an en half of the same shape.
import type { Locale } from "./config";
import { format } from "./format";
import { account } from "./messages/account";
import { common } from "./messages/common";
import { declaration } from "./messages/declaration";
import { home } from "./messages/home";
import { lookups } from "./messages/lookups";
import { notifications } from "./messages/notifications";
import { officer } from "./messages/officer";
import { pdf } from "./messages/pdf";
import { qr } from "./messages/qr";
import { records } from "./messages/records";
import { validation } from "./messages/validation";

export const catalogs = { account, common, declaration, home, lookups, notifications, officer, pdf, qr, records, validation };

type Catalogs = typeof catalogs;
export type Namespace = keyof Catalogs;
export type Messages<N extends Namespace> = Catalogs[N]["vi"];

export function messages<N extends Namespace>(locale: Locale, namespace: N): Messages<N> {
  return catalogs[namespace][locale] as Messages<N>;
}

export { format };

// --- Typed message keys (issue 17 §4): a missing or misspelled key fails the typecheck. ---

/** Every "namespace.key" of the catalogs (the vi half gives the shape; en has the same keys, a test checks). */
export type MessageKey = { [N in Namespace]: `${N}.${keyof Messages<N> & string}` }[Namespace];

function lookUp(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf(".");
  const table = catalogs[key.slice(0, dot) as Namespace]?.[locale] as Record<string, string> | undefined;
  return table?.[key.slice(dot + 1)];
}

/** The codes of the "declaration.server_<code>" messages: the public API's problem and field codes. */
export type DeclarationServerCode = { [K in keyof Messages<"declaration">]: K extends `server_${infer C}` ? C : never }[keyof Messages<"declaration">];

/** True when `key` names a message: for keys that arrive as plain strings (a zod issue's message). */
export function isMessageKey(key: string): key is MessageKey {
  return lookUp("vi", key) !== undefined;
}

/** Translates a "namespace.key", as carried by service results (lib/domain and lib/schemas speak in keys, never in one language). */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return format(lookUp(locale, key) ?? key, params);
}

/**
 * Translates a key only known at run time as a string — a zod issue's message, which the schemas set
 * to a key but zod carries as a string. A string that is not a key (a
 * zod default message) comes back unchanged.
 */
export function translateIssue(locale: Locale, message: string, params?: Record<string, string | number>): string {
  return isMessageKey(message) ? translate(locale, message, params) : message;
}
