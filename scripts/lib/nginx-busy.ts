// deploy/nginx-busy.conf, made from the message catalogs: the maps nginx needs to answer "busy" itself, in the
// caller's language, when every app node is at its connection cap or down (deploy/nginx.conf, decision 0031).
// The bodies are the app's own busy answers (scripts/lib/busy-answer.ts); the language is chosen as the app
// chooses it (lib/i18n/config.ts), as far as nginx can: the `lang` cookie (pages only), then X-Lang, then the
// first language Accept-Language lists that the answer may take (q-values are not weighed), else Vietnamese.
import { BROWSER_LOCALES, DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, type Locale } from "../../lib/i18n/config";
import { SHEDDING_DEFAULTS } from "../../lib/domain/load-shedding";
import { busyAnswer } from "./busy-answer";

type Translate = (typeof import("../../lib/i18n/catalog"))["translate"];

export const NGINX_BUSY_FILE = "deploy/nginx-busy.conf";

/** A double-quoted nginx string. `$` would start a variable: no catalog text may hold one. */
function quoted(text: string): string {
  if (text.includes("$")) throw new Error(`A busy answer may not contain "$" (nginx would read a variable): ${text}`);
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function map(source: string, name: string, fallback: string, entries: [string, string][]): string {
  const lines = [`    default ${fallback};`, ...entries.map(([key, value]) => `    ${key} ${value};`)];
  return `map ${source} $${name} {\n${lines.join("\n")}\n}`;
}

/** The first listed language tag that is one of `among`, as a regex map entry (nginx checks entries in order). */
function browserLocaleMap(name: string, among: readonly Locale[]): string {
  const tags = among.join("|");
  return map("$http_accept_language", name, DEFAULT_LOCALE, [[`"~*^(?:[^,]*,)*?\\s*(?<bhxh_tag>${tags})(?:-[^,;]*)?\\s*(?:;|,|$)"`, "$bhxh_tag"]]);
}

/** `source` when it names one of the languages, else `fallback`. */
const localeFrom = (source: string, name: string, fallback: string) => map(source, name, fallback, LOCALES.map((l) => [l, l]));

export function nginxBusyConf(translate: Translate, retryAfterSeconds: number = SHEDDING_DEFAULTS.retryAfterSeconds): string {
  const kinds = (["page", "api"] as const).flatMap((kind) => {
    const answers = LOCALES.map((locale) => [locale, busyAnswer({ locale, api: kind === "api", retryAfterSeconds, translate })] as const);
    const bodies = answers.map(([locale, answer]) => [locale, quoted(answer.body)] as [string, string]);
    return [
      map(`$bhxh_busy_${kind}_locale`, `bhxh_busy_${kind}_body`, bodies[0]![1], bodies.slice(1)),
      map(`$bhxh_busy_${kind}_locale`, `bhxh_busy_${kind}_language`, LANGUAGE_TAGS[DEFAULT_LOCALE], LOCALES.slice(1).map((l) => [l, LANGUAGE_TAGS[l]])),
    ];
  });
  return `# ${NGINX_BUSY_FILE}: made by \`npx tsx scripts/write-nginx-busy.ts\` from the message catalogs; do not edit by hand
# (tests/unit/nginx-busy.test.ts fails when it is out of date). Include it in the \`http { }\` block beside
# deploy/nginx.conf, whose server block answers with these maps when every app node is at its connection cap
# (max_conns) or down: 503 with Retry-After, in the caller's language — as the app's own load shedding does.
# Language: the \`lang\` cookie (pages), then X-Lang, then the first language Accept-Language lists that the
# answer may take (pages: ${BROWSER_LOCALES.join(" ")}; the API: ${LOCALES.join(" ")}), else Vietnamese.

map $uri $bhxh_busy_kind {
    default page;
    "~^/api/" api;
}

map $uri $bhxh_busy_retry_after {
    default ${retryAfterSeconds};
}

${browserLocaleMap("bhxh_busy_browser_page_locale", BROWSER_LOCALES)}

${browserLocaleMap("bhxh_busy_browser_api_locale", LOCALES)}

${localeFrom("$http_x_lang", "bhxh_busy_x_lang_page_locale", "$bhxh_busy_browser_page_locale")}

${localeFrom("$cookie_lang", "bhxh_busy_page_locale", "$bhxh_busy_x_lang_page_locale")}

${localeFrom("$http_x_lang", "bhxh_busy_api_locale", "$bhxh_busy_browser_api_locale")}

${kinds.join("\n\n")}
`;
}
