// The agency header on every page: the ministry over the agency, the portal's name, the mark, the staff-area
// marking in the back office, and the language menu (five languages, works without JavaScript).
import Link from "next/link";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/config";
import { AgencyMark } from "./agency-mark";
import { LanguageMenu, LanguageSwitch } from "./language-switch";
import { StaffAreaMark } from "./staff-area-mark";

export type SiteHeaderProps = {
  portalName: string;
  ministry: string;
  agency: string;
  staffArea: string;
  locale: Locale;
  languageLabel: string;
  homeLabel: string;
};

export function SiteHeader({ portalName, ministry, agency, staffArea, locale, languageLabel, homeLabel }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <AgencyMark />
          <span className="site-header__text">
            <span className="site-header__ministry">{ministry}</span>
            <span className="site-header__agency">{agency}</span>
            <span className="site-header__name">{portalName}</span>
            <span className="visually-hidden"> – {homeLabel}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <StaffAreaMark label={staffArea} />
          {/* A page rendered ahead of time has no query to keep: the fallback menu returns home. */}
          <Suspense fallback={<LanguageMenu current={locale} label={languageLabel} />}>
            <LanguageSwitch current={locale} label={languageLabel} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
