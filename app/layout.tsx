import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { LANGUAGE_TAGS } from "@/lib/i18n/config";
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
  return (
    <html lang={LANGUAGE_TAGS[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader
          portalName={t.portalName}
          agency={t.agency}
          homeLabel={t.home}
          locale={locale}
          languageLabel={t.language}
        />
        <main id="main" tabIndex={-1} className="container main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">{t.footer}</div>
        </footer>
      </body>
    </html>
  );
}
