import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { messages, type Namespace } from "@/lib/i18n/catalog";

/** The visitor's language: the cookie set by the language switch, else Vietnamese. */
export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  // API clients may ask for English explicitly; the web default stays Vietnamese.
  const accept = (await headers()).get("x-lang");
  return isLocale(accept) ? accept : DEFAULT_LOCALE;
});

export async function getMessages<N extends Namespace>(namespace: N) {
  return messages(await getLocale(), namespace);
}
