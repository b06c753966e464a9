// /dang-ky: the start page of the declaration. Old links that open the form directly (a correction,
// ?sua=REF, or the counter road after VNeID) are sent on to the form at /dang-ky/ke-khai.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import "@/components/declaration/declaration.css";
import { StartPage, WIZARD_PATH } from "@/components/declaration/start-page";
import { VneidEntry, vneidErrorText, VneidNotice } from "@/components/vneid/vneid-entry";
import { getMessages } from "@/lib/server/i18n";
import { vneidConfig } from "@/lib/server/vneid/config";
import { readPrefillCookie } from "@/lib/server/vneid/cookies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("declaration");
  return { title: t.pageTitle };
}

export default async function DeclarationStartPage({ searchParams }: { searchParams: Promise<{ sua?: string | string[]; vneid?: string | string[] }> }) {
  const { sua, vneid: vneidCode } = await searchParams;
  if (typeof sua === "string" && sua) redirect(`${WIZARD_PATH}?sua=${encodeURIComponent(sua)}`);
  if (await readPrefillCookie()) redirect(WIZARD_PATH);
  const [t, tv] = await Promise.all([getMessages("declaration"), getMessages("vneid")]);
  const vneidError = vneidErrorText(tv, vneidCode);
  return (
    <StartPage
      t={t}
      notice={vneidError ? <VneidNotice message={vneidError} tone="warning" /> : null}
      after={vneidConfig() ? <VneidEntry href="/vneid/bat-dau?muc-dich=dang-ky" label={tv.registerButton} intro={tv.registerIntro} or={tv.or} /> : null}
    />
  );
}
