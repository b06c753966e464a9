import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, pageLocale, type Locale } from "@/lib/i18n/config";
import { messages, type Namespace } from "@/lib/i18n/catalog";

/**
 * The visitor's language: the one chosen in the language menu (the `lang` cookie), else an explicit
 * `X-Lang`, else the browser's Accept-Language when it prefers Vietnamese, Korean, Chinese (Simplified) or
 * Japanese (ko-KR → ko, zh-CN/zh-Hans → zh, ja-JP → ja; English only by choice: see BROWSER_LOCALES),
 * else Vietnamese.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const requestHeaders = await headers();
  return pageLocale({ langCookie: (await cookies()).get(LOCALE_COOKIE)?.value, xLang: requestHeaders.get("x-lang"), acceptLanguage: requestHeaders.get("accept-language") });
});

export async function getMessages<N extends Namespace>(namespace: N) {
  return messages(await getLocale(), namespace);
}
