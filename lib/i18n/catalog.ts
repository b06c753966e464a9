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
import { site } from "./messages/site";
import { validation } from "./messages/validation";

export const catalogs = { account, common, declaration, home, lookups, notifications, officer, pdf, qr, records, validation, site };

type Catalogs = typeof catalogs;
export type Namespace = keyof Catalogs;
export type Messages<N extends Namespace> = Catalogs[N]["vi"];

export function messages<N extends Namespace>(locale: Locale, namespace: N): Messages<N> {
  return catalogs[namespace][locale] as Messages<N>;
}

export { format };

/**
 * Translates a "namespace.key" string, as carried by zod issues and service errors
 * (lib/domain and lib/schemas speak in keys, never in one language). Unknown keys come back unchanged.
 */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const dot = key.indexOf(".");
  const namespace = key.slice(0, dot) as Namespace;
  const table = catalogs[namespace]?.[locale] as Record<string, string> | undefined;
  const template = table?.[key.slice(dot + 1)];
  return template === undefined ? key : format(template, params);
}
