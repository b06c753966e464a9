// The footer on every page: the managing agency, its address and helpline, and the data-protection policy.
import Link from "next/link";
import type { Messages } from "@/lib/i18n/catalog";
import { AGENCY_HOTLINE, AGENCY_HOTLINE_TEL } from "@/lib/domain/agency";

export const PRIVACY_PATH = "/chinh-sach-bao-ve-du-lieu";

export function SiteFooter({ t, demo }: { t: Messages<"site">; demo: boolean }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__agency">
          <p className="site-footer__ministry">
            {t.ministry} · <strong>{t.agency}</strong>
          </p>
          <p>{t.footerManagedBy}</p>
          <p>{t.footerAddress}</p>
          <p>
            {t.footerHotline}{" "}
            <a href={`tel:${AGENCY_HOTLINE_TEL}`} className="site-footer__hotline">
              {AGENCY_HOTLINE}
            </a>
          </p>
          {demo ? <p className="site-footer__demo">{t.footerDemo}</p> : null}
        </div>
        <nav aria-label={t.footerLinksLabel} className="site-footer__links">
          <ul>
            <li>
              <Link href={PRIVACY_PATH}>{t.privacyLink}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
