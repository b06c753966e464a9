import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { FactList, SummaryList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import { RegionTable } from "@/components/ui/region-table";
import { displayPhone } from "@/lib/domain/identifiers";
import { format, translate, translateIssue } from "@/lib/i18n/catalog";
import { formatCalendarDay, formatDate, formatDateTime } from "@/lib/i18n/format";
import { normalizeAddress } from "@/lib/domain/client-address";
import { VSSID_STORE_LINKS } from "@/lib/domain/vssid";
import { getAccountOverview } from "@/lib/server/accounts/get-account-overview";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { signOutAction } from "./actions";
// Master data (issue 13): links to the holder's records and their view history.
import "@/components/records/records.css";
import { RecordsLinks, RecordViews } from "@/components/records/records-section";
import { listRecordViews } from "@/lib/server/records/record-views";
import { setFirstPasswordAction, unlinkVneidAction } from "./vneid-actions";
import { VneidAccountSection } from "@/components/vneid/vneid-account-section";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import { vneidConfig } from "@/lib/server/vneid/config";
import { getVneidLinkStatus } from "@/lib/server/vneid/link-status";

export const generateMetadata = titleMetadata("account", "accountTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_TAG: Record<string, string> = {
  submitted: "tag--yellow",
  approved: "tag--green",
  rejected: "tag--red",
  expired: "tag--grey",
  withdrawn: "tag--grey",
};

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan" });
  const [t, tv, locale, params, vneidStatus] = await Promise.all([getMessages("account"), getMessages("vneid"), getLocale(), searchParams, getVneidLinkStatus(principal.accountId)]);
  const vneidParam = typeof params.vneid === "string" ? params.vneid : "";
  const VNEID_NOTICES: Record<string, { tone: "success" | "warning"; text: string }> = {
    activated: { tone: "success", text: tv.activated },
    linked: { tone: "success", text: tv.linked },
    unlinked: { tone: "success", text: tv.unlinked },
    passwordSet: { tone: "success", text: tv.passwordSet },
    passwordAlreadySet: { tone: "warning", text: tv.passwordAlreadySet },
    unlinkNeedsPassword: { tone: "warning", text: tv.unlinkNeedsPassword },
    providerDown: { tone: "warning", text: tv.error_providerDown },
    badState: { tone: "warning", text: tv.error_badState },
    cancelled: { tone: "warning", text: tv.error_cancelled },
    codeRejected: { tone: "warning", text: tv.error_codeRejected },
    tokenRejected: { tone: "warning", text: tv.error_tokenRejected },
    mismatch: { tone: "warning", text: tv.error_mismatch },
    otherAccount: { tone: "warning", text: tv.error_otherAccount },
    missingClaims: { tone: "warning", text: tv.error_missingClaims },
    unknownLevel: { tone: "warning", text: tv.error_unknownLevel },
  };
  const passwordErrors = typeof params["mat-khau"] === "string" ? params["mat-khau"].split(".").map((p) => translateIssue(locale, `account.problem_${p}`)).filter((m) => !m.startsWith("account.")) : [];
  const overview = await getAccountOverview({ accountId: principal.accountId, bhxhCode: principal.bhxhCode, deviceSessionId: principal.deviceSessionId });
  const { participant, declarations, signIns, account } = overview;
  const [tRecords, recordViews] = await Promise.all([getMessages("records"), listRecordViews(principal.accountId)]);

  // One date-time format on the page (lib/domain/dates.ts: dd/mm/yyyy HH:mm in Vietnamese).
  const dateTime = (d: Date) => formatDateTime(locale, d);

  return (
    <>
      <h1>{t.accountTitle}</h1>
      {participant ? <p className="lead">{format(t.accountGreeting, { name: participant.fullName })}</p> : null}

      {params["thong-bao"] === "da-doi-mat-khau" ? <Notice tone="success" role="status" text={t.passwordChanged} /> : null}
      {principal.passwordReminderDays !== null ? (
        <Notice
          tone="warning"
          text={principal.passwordReminderDays === 0 ? t.reminderBannerToday : format(t.reminderBanner, { days: principal.passwordReminderDays, date: formatDate(locale, overview.passwordExpiresAt) })}
        >
          <p>
            <Link href="/doi-mat-khau">{t.reminderAction}</Link>
          </p>
        </Notice>
      ) : null}

      <RecordsLinks t={tRecords} />

      <section className="notice account-next-step" aria-labelledby="next-vssid">
        <h2 id="next-vssid">{t.nextVssidTitle}</h2>
        <p>{t.nextVssidBody}</p>
        <ul>
          <li>
            <a href={VSSID_STORE_LINKS.googlePlay} rel="noopener">
              {t.vssidGooglePlay}
            </a>
          </li>
          <li>
            <a href={VSSID_STORE_LINKS.appStore} rel="noopener">
              {t.vssidAppStore}
            </a>
          </li>
        </ul>
      </section>

      <h2>{t.detailsHeading}</h2>
      {participant ? <p className="field__hint">{t.detailsSource}</p> : <p className="notice">{t.detailsMissing}</p>}
      <SummaryList
        facts={[
          participant && [t.fullNameLabel, participant.fullName],
          [t.bhxhCodeLabel, principal.bhxhCode],
          participant && [t.dateOfBirthLabel, formatCalendarDay(locale, participant.dateOfBirth)],
          participant && [t.sexLabel, participant.sex === "male" ? t.sex_male : t.sex_female],
          participant?.idNumber ? [t.idNumberLabel, participant.idNumber] : null,
          participant && [t.addressLabel, participant.address],
          [t.accountPhoneLabel, displayPhone(account.phone)],
          [t.accountEmailLabel, account.email ?? t.notProvided],
        ]}
      />

      <h2>{t.declarationsHeading}</h2>
      {declarations.length === 0 ? (
        <p>{t.declarationsEmpty}</p>
      ) : (
        <RegionTable
          wrapClassName="account-table-wrap"
          className="account-table"
          caption={t.declarationsCaption}
          captionId="declarations-caption"
          columns={[t.declarationReference, t.declarationSubmittedAt, t.declarationOffice, t.declarationStatus]}
        >
          {declarations.map((d) => (
            <tr key={d.id}>
              <td data-label={t.declarationReference}>
                <span className="account-code">{d.reference}</span>
              </td>
              <td data-label={t.declarationSubmittedAt}>{dateTime(d.submittedAt)}</td>
              <td data-label={t.declarationOffice}>{d.office.name}</td>
              <td data-label={t.declarationStatus}>
                <span className={`tag ${STATUS_TAG[d.status] ?? ""}`}>{translate(locale, `declaration.status_${d.status}`)}</span>
              </td>
            </tr>
          ))}
        </RegionTable>
      )}

      {/* An account made by VNeID without a password sets its first one in the VNeID section below. */}
      {vneidStatus.hasPassword ? (
        <>
          <h2>{t.passwordHeading}</h2>
          <p>
            {format(t.passwordChangedOn, { date: formatDate(locale, principal.passwordChangedAt) })}{" "}
            {format(t.passwordExpiresOn, { date: formatDate(locale, overview.passwordExpiresAt) })}
          </p>
          <p>
            <Link href="/doi-mat-khau">{t.changePasswordLink}</Link>
          </p>
        </>
      ) : null}

      <VneidAccountSection
        t={tv}
        link={vneidStatus.link ? { linkedAt: vneidStatus.link.linkedAt.toISOString(), level: vneidStatus.link.level } : null}
        linkedSinceText={vneidStatus.link ? format(tv.linkedSince, { date: formatDate(locale, vneidStatus.link.linkedAt), level: vneidStatus.link.level }) : null}
        hasPassword={vneidStatus.hasPassword}
        enabled={vneidConfig() !== null}
        unlinkAction={unlinkVneidAction}
        setPasswordAction={setFirstPasswordAction}
        notice={VNEID_NOTICES[vneidParam] ?? null}
        passwordErrors={passwordErrors}
        passwordHint={format(tv.newPasswordHint, { min: PASSWORD_MIN_LENGTH })}
        errorPrefix={t.errorPrefix}
      />

      <h2>{t.devicesHeading}</h2>
      <p>{t.devicesLead}</p>
      <h3 id="sign-ins-heading" className="visually-hidden">
        {t.devicesCaption}
      </h3>
      <ul className="account-sessions" aria-labelledby="sign-ins-heading">
        {signIns.map((s) => (
          <li key={s.id} className={s.isCurrent ? "account-sessions__current" : undefined}>
            <p className="account-sessions__device">
              {s.deviceLabel || t.unknownDevice}
              {s.isCurrent ? <span className="tag tag--green">{t.thisDevice}</span> : null}
            </p>
            <FactList
              facts={[
                [t.signedInAtColumn, dateTime(s.signedInAt)],
                [t.ipColumn, normalizeAddress(s.ip) ?? t.unknownIp],
                [t.deviceStateColumn, translate(locale, `account.state_${s.state}`)],
              ]}
            />
          </li>
        ))}
      </ul>

      <RecordViews t={tRecords} views={recordViews} formatDateTime={dateTime} unknownDevice={t.unknownDevice} />

      <form action={signOutAction} className="button-group">
        <button className="button button--secondary" type="submit">
          {t.signOut}
        </button>
      </form>
    </>
  );
}
