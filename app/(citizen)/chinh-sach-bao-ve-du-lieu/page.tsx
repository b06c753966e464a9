// /chinh-sach-bao-ve-du-lieu: what the portal does with personal data (Law 91/2025/QH15, Decree 13/2023/NĐ-CP).
// The numbers it quotes come from where the rules live: the submission window (lib/domain/deadlines) and
// the photo retention setting (PHOTO_RETENTION_DAYS, lib/server/env).
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { AGENCY_HOTLINE } from "@/lib/domain/agency";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { format } from "@/lib/i18n/catalog";
import { env } from "@/lib/server/env";
import { getMessages } from "@/lib/server/i18n";

export const generateMetadata = titleMetadata("site", "privacyTitle");

export default async function PrivacyPolicyPage() {
  const t = await getMessages("site");
  const hotline = { hotline: AGENCY_HOTLINE };
  return (
    <article className="prose">
      <h1>{t.privacyTitle}</h1>
      <p className="lead">{t.privacyLead}</p>

      <h2>{t.privacyControllerHeading}</h2>
      <p>{t.privacyController}</p>

      <h2>{t.privacyCollectedHeading}</h2>
      <ul>
        <li>{t.privacyCollected1}</li>
        <li>{t.privacyCollected2}</li>
        <li>{t.privacyCollected3}</li>
        <li>{t.privacyCollected4}</li>
        <li>{t.privacyCollected5}</li>
      </ul>

      <h2>{t.privacyPurposeHeading}</h2>
      <p>{t.privacyPurpose}</p>

      <h2>{t.privacyRetentionHeading}</h2>
      <ul>
        <li>{format(t.privacyRetentionWindow, { days: SUBMISSION_WINDOW_DAYS })}</li>
        <li>{format(t.privacyRetentionPhotos, { days: env().PHOTO_RETENTION_DAYS })}</li>
        <li>{t.privacyRetentionRecord}</li>
      </ul>

      <h2>{t.privacyAccessHeading}</h2>
      <p>{t.privacyAccess}</p>

      <h2>{t.privacyRightsHeading}</h2>
      <ul>
        <li>{t.privacyRights1}</li>
        <li>{t.privacyRights2}</li>
        <li>{t.privacyRights3}</li>
        <li>{t.privacyRights4}</li>
      </ul>

      <h2>{t.privacyHowHeading}</h2>
      <p>{format(t.privacyHow, hotline)}</p>
      <p>
        <Link href="/tra-cuu">{t.privacyLookupLink}</Link>
      </p>

      <h2>{t.privacyConsentHeading}</h2>
      <p>{t.privacyConsent}</p>
    </article>
  );
}
