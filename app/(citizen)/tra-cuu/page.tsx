import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import "@/components/declaration/declaration.css";
import { LookupForm } from "@/components/declaration/lookup-form";
import { WITHDRAWAL_REASONS } from "@/lib/domain/declaration-status";
import { translate } from "@/lib/i18n/catalog";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { lookupDeclarationAction, reissueFromLookupAction, withdrawFromLookupAction } from "./actions";

export const generateMetadata = titleMetadata("declaration", "lookupTitle");

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const { ma } = await searchParams;
  const [t, lookups, registries, locale] = await Promise.all([getMessages("declaration"), getMessages("lookups"), getMessages("registries"), getLocale()]);
  const otherLookups = [
    { href: "/tra-cuu/ma-so-bhxh", title: lookups.bhxhCodeLinkTitle },
    { href: "/tra-cuu/co-quan-bhxh", title: lookups.officesLinkTitle },
    { href: "/tra-cuu/co-so-kcb", title: registries.facilitiesLinkTitle },
    { href: "/tra-cuu/don-vi", title: registries.employersLinkTitle },
  ];
  const withdrawReasons = WITHDRAWAL_REASONS.map((r) => ({ code: r.code, label: translate(locale, r.labelKey) }));
  return (
    <>
      <h1>{t.lookupTitle}</h1>
      <p>{t.lookupIntro}</p>
      <LookupForm
        t={t}
        action={lookupDeclarationAction}
        initialReference={typeof ma === "string" ? ma.slice(0, 20) : ""}
        withdraw={{ locale, reasons: withdrawReasons, action: withdrawFromLookupAction }}
        reissue={reissueFromLookupAction}
      />
      <h2>{lookups.otherLookupsHeading}</h2>
      <ul>
        {otherLookups.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.title}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
