// /dang-ky/ke-khai: the declaration form (Tờ khai 01), new, prefilled from VNeID, or correcting a rejected one (?sua=REF).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import "@/components/declaration/declaration.css";
import { DeclarationWizard } from "@/components/declaration/declaration-wizard";
import { provinceOptions } from "@/components/declaration/reference-options";
import { nationalityOptions } from "@/lib/i18n/countries";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { listProvinces } from "@/lib/server/reference-data";
import { loadCorrection } from "../correction";
import type { VneidPrefillMode } from "@/components/declaration/types";
import { format } from "@/lib/i18n/catalog";
import { readPrefillCookie } from "@/lib/server/vneid/cookies";
import { wizardPrefillFor } from "@/lib/server/vneid/wizard-prefill";

/** The official look-up of one's BHXH code (by name, date of birth and address). */
const BHXH_CODE_LOOKUP_URL = "https://baohiemxahoi.gov.vn/tracuu/Pages/tra-cuu-ho-gia-dinh.aspx";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("declaration");
  return { title: t.pageTitle };
}

export default async function DeclarationFormPage({ searchParams }: { searchParams: Promise<{ sua?: string | string[] }> }) {
  const { sua } = await searchParams;
  const locale = await getLocale();
  const [t, v, qr, tv, provinces] = await Promise.all([getMessages("declaration"), getMessages("validation"), getMessages("qr"), getMessages("vneid"), listProvinces()]);

  // Correcting a rejected declaration needs its access cookie (set by the look-up); without it, look it up first.
  const correction = typeof sua === "string" && sua ? await loadCorrection(sua, locale) : null;
  if (typeof sua === "string" && sua && !correction) redirect(`/tra-cuu?ma=${encodeURIComponent(sua)}`);

  // After a VNeID sign-in that leads to the counter road: the wizard starts prefilled (the identity stays server-side, sealed in a cookie).
  const prefill = correction ? null : await readPrefillCookie();
  let vneid: VneidPrefillMode | null = null;
  if (prefill) {
    const built = await wizardPrefillFor(prefill.identity);
    vneid = {
      values: built.values,
      title: tv.prefillTitle,
      reason: tv[`prefillReason_${prefill.reason}`],
      filled: format(tv.prefillFields, { fields: built.fields.map((f) => tv[`field_${f}`]).join(", ") }),
    };
  }
  return (
    <DeclarationWizard
      // A new wizard (fresh state) for another declaration to correct.
      key={correction?.reference ?? (vneid ? "vneid" : "new")}
      vneid={vneid}
      locale={locale}
      t={t}
      v={v}
      provinces={provinceOptions(provinces, locale)}
      nationalities={nationalityOptions(locale)}
      bhxhLookupUrl={BHXH_CODE_LOOKUP_URL}
      correction={correction}
      qr={qr}
    />
  );
}
