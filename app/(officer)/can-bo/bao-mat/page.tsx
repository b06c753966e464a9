// Bảo mật: the staff member's two-factor authentication. Enrol an authenticator app (QR code or the
// secret typed by hand), confirm with its first code, keep the ten recovery codes. Required for
// supervisors and administrators in production (the guards send them here until it is done).
import { titleMetadata } from "@/app/page-metadata";
import "@/components/back-office/back-office.css";
import { ConfirmSecondFactorForm } from "@/components/back-office/second-factor-form";
import { format } from "@/lib/i18n/catalog";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { getSecondFactorStatus, pendingTotpEnrolment } from "@/lib/server/staff/totp";
import { formChrome } from "../form-text";
import { StaffPage } from "../staff-page";
import { Notice } from "@/components/ui/notice";
import { beginSecondFactorAction, confirmSecondFactorAction } from "./actions";
import { intlLocale } from "@/lib/i18n/format";

export const generateMetadata = titleMetadata("officer", "secondFactorTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireStaffPage({ returnTo: "/can-bo/bao-mat", allowSecondFactorEnrolment: true });
  const [t, locale, params] = await Promise.all([getMessages("officer"), getLocale(), searchParams]);
  const secondFactor = await getSecondFactorStatus(principal);
  const pending = params.buoc === "quet-ma" ? await pendingTotpEnrolment(principal) : null;
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" });

  return (
    <StaffPage principal={principal} t={t} current="security" title={t.secondFactorTitle} bodyClassName="bo-narrow">
      {principal.mustEnrolSecondFactor ? <Notice tone="warning" text={t.secondFactorRequiredNotice} /> : null}
      <p>{t.secondFactorLead}</p>
      {pending ? (
        <>
          <h2>{t.secondFactorScanHeading}</h2>
          <ol>
            <li>{t.secondFactorStepInstall}</li>
            <li>{t.secondFactorStepScan}</li>
          </ol>
          {/* The SVG comes from the qrcode library (paths only, no script). */}
          <figure className="bo-qr">
            <div role="img" aria-label={t.secondFactorQrAlt} dangerouslySetInnerHTML={{ __html: pending.qrSvg }} />
            <figcaption>
              {t.secondFactorManualKey} <code className="bo-secret" data-testid="totp-secret">{pending.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
            </figcaption>
          </figure>
          <h2>{t.secondFactorConfirmHeading}</h2>
          <ConfirmSecondFactorForm
            action={confirmSecondFactorAction}
            text={{
              ...formChrome(t),
              code: t.secondFactorCode,
              codeHint: t.secondFactorConfirmHint,
              submit: t.secondFactorConfirmSubmit,
              enabled: t.secondFactorEnabledNow,
              recoveryCodesTitle: t.secondFactorRecoveryTitle,
              recoveryCodesNote: t.secondFactorRecoveryNote,
              continueLabel: t.secondFactorContinue,
            }}
          />
        </>
      ) : secondFactor.enabledAt ? (
        <>
          <Notice tone="success" text={format(t.secondFactorEnabledSince, { date: dateFormat.format(secondFactor.enabledAt) })}>
            <p>{format(t.secondFactorRecoveryLeft, { count: secondFactor.recoveryCodesLeft })}</p>
          </Notice>
          <form action={beginSecondFactorAction}>
            <p>{t.secondFactorReplaceHint}</p>
            <button type="submit" className="button button--secondary">
              {t.secondFactorReplaceButton}
            </button>
          </form>
        </>
      ) : principal.mustChangePassword ? (
        <p>{t.authError_mustChangePassword}</p>
      ) : (
        <form action={beginSecondFactorAction}>
          <button type="submit" className="button">
            {t.secondFactorStartButton}
          </button>
        </form>
      )}
    </StaffPage>
  );
}
