// /chinh-sach-bao-ve-du-lieu: what the portal does with personal data (Law 91/2025/QH15, Decree 13/2023/NĐ-CP).
// The numbers it quotes come from where the rules live: the submission window (lib/domain/deadlines) and
// the photo retention setting (PHOTO_RETENTION_DAYS, lib/server/env).
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { AGENCY_HOTLINE } from "@/lib/domain/agency";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { format } from "@/lib/i18n/catalog";
import { env } from "@/lib/server/env";
import { getMessages } from "@/lib/server/i18n";

export const generateMetadata = titleMetadata("site", "privacyTitle");

export default async function PrivacyPolicyPage() {
  const t = await getMessages("site");
  // Each section: its heading, then its paragraphs or its list.
  const sections: { heading: string; paragraphs?: ReactNode[]; items?: string[] }[] = [
    { heading: t.privacyControllerHeading, paragraphs: [t.privacyController] },
    { heading: t.privacyCollectedHeading, items: [t.privacyCollected1, t.privacyCollected2, t.privacyCollected3, t.privacyCollected4, t.privacyCollected5] },
    { heading: t.privacyPurposeHeading, paragraphs: [t.privacyPurpose] },
    {
      heading: t.privacyRetentionHeading,
      items: [format(t.privacyRetentionWindow, { days: SUBMISSION_WINDOW_DAYS }), format(t.privacyRetentionPhotos, { days: env().PHOTO_RETENTION_DAYS }), t.privacyRetentionRecord],
    },
    { heading: t.privacyAccessHeading, paragraphs: [t.privacyAccess] },
    { heading: t.privacyRightsHeading, items: [t.privacyRights1, t.privacyRights2, t.privacyRights3, t.privacyRights4] },
    { heading: t.privacyHowHeading, paragraphs: [format(t.privacyHow, { hotline: AGENCY_HOTLINE }), <Link key="lookup" href="/tra-cuu">{t.privacyLookupLink}</Link>] },
    { heading: t.privacyConsentHeading, paragraphs: [t.privacyConsent] },
  ];
  return (
    <article className="prose">
      <h1>{t.privacyTitle}</h1>
      <p className="lead">{t.privacyLead}</p>
      {sections.map((section) => (
        <Fragment key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs?.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
          {section.items ? (
            <ul>
              {section.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : null}
        </Fragment>
      ))}
    </article>
  );
}
