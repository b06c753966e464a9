// The agency header on every page: the ministry over the agency, the portal's name, the mark, the staff-area
// marking in the back office, and the language switch.
import Link from "next/link";
import { Suspense } from "react";
import { AgencyMark } from "./agency-mark";
import { LanguageSwitch } from "./language-switch";
import { StaffAreaMark } from "./staff-area-mark";

export type SiteHeaderProps = {
  portalName: string;
  ministry: string;
  agency: string;
  staffArea: string;
  switchTo: { locale: string; label: string; title: string };
  homeLabel: string;
};

export function SiteHeader({ portalName, ministry, agency, staffArea, switchTo, homeLabel }: SiteHeaderProps) {
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
          <Suspense fallback={null}>
            <LanguageSwitch to={switchTo.locale} label={switchTo.label} title={switchTo.title} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
