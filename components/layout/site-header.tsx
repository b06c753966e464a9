import Link from "next/link";
import { Suspense } from "react";
import { LanguageSwitch } from "./language-switch";

export type SiteHeaderProps = {
  portalName: string;
  agency: string;
  switchTo: { locale: string; label: string; title: string };
  homeLabel: string;
};

export function SiteHeader({ portalName, agency, switchTo, homeLabel }: SiteHeaderProps) {
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
        <Suspense fallback={null}>
          <LanguageSwitch to={switchTo.locale} label={switchTo.label} title={switchTo.title} />
        </Suspense>
      </div>
    </header>
  );
}
