// The message catalogs. Each feature's vi and en halves live in ./messages/<ns>.ts; Korean, Chinese and
// Japanese each have their own file, ./messages/<ko|zh|ja>/<ns>.ts, exporting `const <ns>: Messages<"<ns>">`.
// Messages<N> is exactly the Vietnamese keys with string values, so a key missing from (or added to) any
// language's file is a type error; tests/unit/i18n-catalogs.test.ts checks en and the placeholders.
import type { Locale } from "./config";
import { format } from "./format";
import { counterCatalog, notificationsCatalog } from "./outgoing-catalogs";
import { account } from "./messages/account";
import { common } from "./messages/common";
import type { counter } from "./messages/counter";
import { declaration } from "./messages/declaration";
import { home } from "./messages/home";
import { lookups } from "./messages/lookups";
import type { notifications } from "./messages/notifications";
import { officer } from "./messages/officer";
import { pdf } from "./messages/pdf";
import { qr } from "./messages/qr";
import { records } from "./messages/records";
import { site } from "./messages/site";
import { validation } from "./messages/validation";
import { account as koAccount } from "./messages/ko/account";
import { common as koCommon } from "./messages/ko/common";
import { declaration as koDeclaration } from "./messages/ko/declaration";
import { home as koHome } from "./messages/ko/home";
import { lookups as koLookups } from "./messages/ko/lookups";
import { officer as koOfficer } from "./messages/ko/officer";
import { pdf as koPdf } from "./messages/ko/pdf";
import { qr as koQr } from "./messages/ko/qr";
import { validation as koValidation } from "./messages/ko/validation";
import { account as zhAccount } from "./messages/zh/account";
import { common as zhCommon } from "./messages/zh/common";
import { declaration as zhDeclaration } from "./messages/zh/declaration";
import { home as zhHome } from "./messages/zh/home";
import { lookups as zhLookups } from "./messages/zh/lookups";
import { officer as zhOfficer } from "./messages/zh/officer";
import { pdf as zhPdf } from "./messages/zh/pdf";
import { qr as zhQr } from "./messages/zh/qr";
import { validation as zhValidation } from "./messages/zh/validation";
import { account as jaAccount } from "./messages/ja/account";
import { common as jaCommon } from "./messages/ja/common";
import { declaration as jaDeclaration } from "./messages/ja/declaration";
import { home as jaHome } from "./messages/ja/home";
import { lookups as jaLookups } from "./messages/ja/lookups";
import { officer as jaOfficer } from "./messages/ja/officer";
import { pdf as jaPdf } from "./messages/ja/pdf";
import { qr as jaQr } from "./messages/ja/qr";
import { validation as jaValidation } from "./messages/ja/validation";
import { records as koRecords } from "./messages/ko/records";
import { records as zhRecords } from "./messages/zh/records";
import { records as jaRecords } from "./messages/ja/records";
import { vneid } from "./messages/vneid";
import { vneid as koVneid } from "./messages/ko/vneid";
import { vneid as zhVneid } from "./messages/zh/vneid";
import { vneid as jaVneid } from "./messages/ja/vneid";
import { site as koSite } from "./messages/ko/site";
import { site as zhSite } from "./messages/zh/site";
import { site as jaSite } from "./messages/ja/site";
import { registries } from "./messages/registries";
import { registries as koRegistries } from "./messages/ko/registries";
import { registries as zhRegistries } from "./messages/zh/registries";
import { registries as jaRegistries } from "./messages/ja/registries";

/** The vi and en halves of each namespace, as written in ./messages/<ns>.ts. */
type ViAndEn = { account: typeof account; common: typeof common; declaration: typeof declaration; home: typeof home; lookups: typeof lookups; counter: typeof counter; records: typeof records; vneid: typeof vneid; site: typeof site; registries: typeof registries; notifications: typeof notifications; officer: typeof officer; pdf: typeof pdf; qr: typeof qr; validation: typeof validation };

export type Namespace = keyof ViAndEn;
/** One language's catalog of a namespace: exactly the Vietnamese keys, each a string. */
export type Messages<N extends Namespace> = { [K in keyof ViAndEn[N]["vi"]]: string };

export const catalogs: { [N in Namespace]: Record<Locale, Messages<N>> } = {
  account: { vi: account.vi, en: account.en, ko: koAccount, zh: zhAccount, ja: jaAccount },
  common: { vi: common.vi, en: common.en, ko: koCommon, zh: zhCommon, ja: jaCommon },
  declaration: { vi: declaration.vi, en: declaration.en, ko: koDeclaration, zh: zhDeclaration, ja: jaDeclaration },
  home: { vi: home.vi, en: home.en, ko: koHome, zh: zhHome, ja: jaHome },
  lookups: { vi: lookups.vi, en: lookups.en, ko: koLookups, zh: zhLookups, ja: jaLookups },
  notifications: notificationsCatalog,
  officer: { vi: officer.vi, en: officer.en, ko: koOfficer, zh: zhOfficer, ja: jaOfficer },
  pdf: { vi: pdf.vi, en: pdf.en, ko: koPdf, zh: zhPdf, ja: jaPdf },
  qr: { vi: qr.vi, en: qr.en, ko: koQr, zh: zhQr, ja: jaQr },
  validation: { vi: validation.vi, en: validation.en, ko: koValidation, zh: zhValidation, ja: jaValidation },
  counter: counterCatalog,
  records: { vi: records.vi, en: records.en, ko: koRecords, zh: zhRecords, ja: jaRecords },
  vneid: { vi: vneid.vi, en: vneid.en, ko: koVneid, zh: zhVneid, ja: jaVneid },
  site: { vi: site.vi, en: site.en, ko: koSite, zh: zhSite, ja: jaSite },
  registries: { vi: registries.vi, en: registries.en, ko: koRegistries, zh: zhRegistries, ja: jaRegistries },
};

export function messages<N extends Namespace>(locale: Locale, namespace: N): Messages<N> {
  return catalogs[namespace][locale];
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
