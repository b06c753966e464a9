import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { LANGUAGE_TAGS } from "@/lib/i18n/config";
import { env } from "@/lib/server/env";
import { getLocale, getMessages } from "@/lib/server/i18n";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("common");
  return { title: { default: t.portalName, template: `%s – ${t.agency}` }, description: t.portalName };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5394" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getMessages("common");
  const s = await getMessages("site");
  return (
    <html lang={LANGUAGE_TAGS[locale]}>
      <body data-error-title-prefix={t.errorTitlePrefix}>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader
          portalName={t.portalName}
          ministry={s.ministry}
          agency={s.agency}
          staffArea={s.staffArea}
          homeLabel={t.home}
          locale={locale}
          languageLabel={t.language}
        />
        <main id="main" tabIndex={-1} className="container main">
          {children}
        </main>
        <SiteFooter t={s} demo={env().APP_MODE === "demo"} />
      </body>
    </html>
  );
}
