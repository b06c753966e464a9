import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import "@/components/declaration/declaration.css";
import { FocusHeading } from "@/components/declaration/focus-on-mount";
import { formatDateVi } from "@/lib/domain/dates";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { format } from "@/lib/i18n/catalog";
import { declarationAccessCookieName } from "@/lib/server/declarations/declaration-access";
import { getDeclarationForDeclarer } from "@/lib/server/declarations/get-declaration-for-declarer";
import { getMessages } from "@/lib/server/i18n";

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

  const t = await getMessages("declaration");
  const { office } = declaration;
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
      <p>{t.sentKeepCode}</p>

      <h2>{t.sentNextTitle}</h2>
      <p className="deadline">
        {before}
        <strong>{formatDateVi(declaration.expiresAt)}</strong>
        {after}
      </p>
      <ul>
        <li>{t.sentBringForm}</li>
        <li>{t.sentBringId}</li>
      </ul>
      <div className="notice notice--warning">
        <p>{t.sentExpiryWarning}</p>
      </div>
      <div className="button-group">
        <a className="button" href={pdf}>
          {t.sentPrint}
        </a>
        <a className="button button--secondary" href={`${pdf}?download=1`} download>
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
      </p>
      <p>{t.sentAfterApproval}</p>
      <p>
        <Link href={`/tra-cuu?ma=${reference}`}>{t.sentLookup}</Link>
      </p>
    </>
  );
}
