import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import "@/components/declaration/declaration.css";
import { FocusHeading } from "@/components/declaration/focus-on-mount";
import { WithdrawPanel } from "@/components/declaration/withdraw-panel";
import { formatOpeningHours } from "@/components/lookups/opening-hours";
import { maskEmail } from "@/lib/domain/counter";
import { canWithdraw, WITHDRAWAL_REASONS } from "@/lib/domain/declaration-status";
import { maskPhoneMiddle } from "@/lib/domain/identifiers";
import { STANDARD_OPENING_HOURS } from "@/lib/domain/public-lookups";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { format, translate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import { declarationAccessCookieName } from "@/lib/server/declarations/declaration-access";
import { getDeclarationForDeclarer } from "@/lib/server/declarations/get-declaration-for-declarer";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { withdrawSentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("declaration");
  return { title: t.sentTitle };
}

/** After sending: only the visitor holding the declaration's access cookie sees it; anyone else gets a 404. */
export default async function DeclarationSentPage({ params }: { params: Promise<{ reference: string }> }) {
  const reference = normalizeReferenceInput((await params).reference);
  if (!reference) notFound();
  const token = (await cookies()).get(declarationAccessCookieName(reference))?.value;
  if (!token) notFound();
  const declaration = await getDeclarationForDeclarer(reference, token);
  if (!declaration) notFound();

  const [t, tl, locale] = await Promise.all([getMessages("declaration"), getMessages("lookups"), getLocale()]);
  const { office } = declaration;
  const withdrawReasons = WITHDRAWAL_REASONS.map((r) => ({ code: r.code, label: translate(locale, r.labelKey) }));
  const [before, after] = t.sentDeadline.split("{date}");
  const pdf = `/api/v1/declarations/${reference}/pdf`;

  return (
    <>
      <div className="panel">
        <FocusHeading>{t.sentTitle}</FocusHeading>
        <p className="panel__label">
          {t.sentReferenceLabel}
          <strong className="panel__reference">{reference}</strong>
        </p>
      </div>
      <p>
        {declaration.phone ? format(t.sentSmsTo, { phone: maskPhoneMiddle(declaration.phone) }) : null}
        {declaration.email ? <> {format(t.sentEmailTo, { email: maskEmail(declaration.email) })}</> : null}
      </p>
      <p>{t.sentKeepCode}</p>

      <h2>{t.sentNextTitle}</h2>
      <p className="deadline">
        {before}
        <strong>{formatDate(locale, declaration.expiresAt)}</strong>
        {after}
      </p>
      <ul>
        <li>{t.sentBringForm}</li>
        <li>{t.sentBringId}</li>
      </ul>
      <div className="notice notice--warning">
        <p>{t.sentExpiryWarning}</p>
      </div>
      {/* The printed form is official and stays in Vietnamese: say so in the visitor's own language. */}
      {locale === "vi" ? null : <p>{t.sentFormInVietnamese}</p>}
      <div className="button-group">
        {/* A phone cannot print from the browser: there the same button says what it does, "Tải tờ khai để in". */}
        <a className="button" href={pdf} hrefLang="vi">
          <span className="when-printer">{t.sentPrint}</span>
          <span className="when-phone">{t.sentPrintPhone}</span>
        </a>
        <a className="button button--secondary" href={`${pdf}?download=1`} hrefLang="vi" download>
          {t.sentDownload}
        </a>
      </div>

      <h2>{t.sentOfficeTitle}</h2>
      <p>
        <strong>{office.name}</strong>
        <br />
        {format(t.officeAddress, { address: office.address })}
        {office.phone ? (
          <>
            <br />
            {format(t.officePhone, { phone: office.phone })}
          </>
        ) : null}
        <br />
        {format(t.sentOfficeHours, { hours: formatOpeningHours(STANDARD_OPENING_HOURS, tl) })}
      </p>
      <p>{t.sentAfterApproval}</p>
      <p>
        <Link href={`/tra-cuu?ma=${reference}`}>{t.sentLookup}</Link>
      </p>
      {canWithdraw(declaration.status) ? <WithdrawPanel t={t} locale={locale} reference={reference} reasons={withdrawReasons} withdraw={withdrawSentAction} /> : null}
    </>
  );
}
