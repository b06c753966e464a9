import Link from "next/link";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/config";
import { LanguageMenu, LanguageSwitch } from "./language-switch";

export type SiteHeaderProps = {
  portalName: string;
  agency: string;
  locale: Locale;
  languageLabel: string;
  homeLabel: string;
};

export function SiteHeader({ portalName, agency, locale, languageLabel, homeLabel }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">BHXH</span>
          <span>
            <span className="site-header__agency">{agency}</span>
            <span className="site-header__name">{portalName}</span>
            <span className="visually-hidden"> – {homeLabel}</span>
          </span>
        </Link>
        {/* A page rendered ahead of time has no query to keep: the fallback menu returns home. */}
        <Suspense fallback={<LanguageMenu current={locale} label={languageLabel} />}>
          <LanguageSwitch current={locale} label={languageLabel} />
        </Suspense>
      </div>
    </header>
  );
}
