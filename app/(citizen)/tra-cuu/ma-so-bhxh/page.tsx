// /tra-cuu/ma-so-bhxh: find one's BHXH code without an account (issue 14).
import { titleMetadata } from "@/app/page-metadata";
import "@/components/declaration/declaration.css";
import "@/components/lookups/lookups.css";
import { BhxhCodeForm } from "@/components/lookups/bhxh-code-form";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { listProvinces } from "@/lib/server/reference-data";
import { lookupBhxhCodeAction } from "./actions";

export const generateMetadata = titleMetadata("lookups", "bhxhCodeTitle");

export default async function BhxhCodeLookupPage() {
  const [t, locale, provinces] = await Promise.all([getMessages("lookups"), getLocale(), listProvinces()]);
  return (
    <>
      <h1>{t.bhxhCodeTitle}</h1>
      <p>{t.bhxhCodeIntro}</p>
      <p className="field__hint">{t.bhxhCodePrivacy}</p>
      <BhxhCodeForm t={t} provinces={provinces.map((p) => ({ code: p.code, name: locale === "en" ? p.fullNameEn : p.fullName }))} action={lookupBhxhCodeAction} />
    </>
  );
}
