import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
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
  const other = locale === "vi" ? "en" : "vi";
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader
          portalName={t.portalName}
          agency={t.agency}
          homeLabel={t.home}
          switchTo={{ locale: other, label: t.switchTo, title: t.switchToLabel }}
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
