"use client";
// The language menu in every page's header: a <details> disclosure of plain links, so it works before
// (and without) JavaScript. Each language is offered by its own name, marked with its `lang`, and the link
// goes through /api/lang, which sets the cookie and comes back to the same path and query.
import { usePathname, useSearchParams } from "next/navigation";
import { LANGUAGE_TAGS, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";

export type LanguageMenuProps = {
  current: Locale;
  /** "Ngôn ngữ", "Language", "언어"… in the current language, for screen readers. */
  label: string;
};

/** The menu, returning to the page it is on. */
export function LanguageSwitch(props: LanguageMenuProps) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <LanguageMenu {...props} returnTo={search ? `${pathname}?${search}` : pathname} />;
}

/** The menu with a given return path (without one, the switch comes back to the home page). */
export function LanguageMenu({ current, label, returnTo }: LanguageMenuProps & { returnTo?: string }) {
  const next = returnTo ? `&next=${encodeURIComponent(returnTo)}` : "";
  return (
    <details className="lang-menu">
      <summary className="lang-menu__toggle">
        <svg className="lang-menu__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.4 8.1 12s1.3 6.8 3.9 9.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        <span className="visually-hidden">{label}: </span>
        <span lang={LANGUAGE_TAGS[current]}>{LOCALE_NAMES[current]}</span>
      </summary>
      <ul className="lang-menu__list" aria-label={label}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              className="lang-menu__option"
              href={`/api/lang?to=${locale}${next}`}
              lang={LANGUAGE_TAGS[locale]}
              hrefLang={LANGUAGE_TAGS[locale]}
              aria-current={locale === current ? "true" : undefined}
            >
              <span className="lang-menu__check" aria-hidden="true">
                {locale === current ? "✓" : ""}
              </span>
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
