// One citizen's account at the counter: the portrait on file and the master record to compare with the
// person, what the officer needs to serve them (status, masked contacts, devices, sign-ins,
// declarations, earlier counter actions), and the actions open for the account's status. The outcome
// of an action comes back in the address (actions.ts); the receipt is printed from here.
import { titleMetadata } from "@/app/page-metadata";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { statusTag } from "@/components/back-office/format";
import { CounterForm } from "@/components/counter/counter-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/form-parts";
import { DataTable } from "@/components/back-office/data-table";
import { RadioGroup } from "@/components/ui/radio-group";
import { SummaryList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import { CLOSE_REASONS, COUNTER_ACTIONS, LOCK_REASONS, RECEIPT_REFERENCE_PATTERN, type CounterActionKind } from "@/lib/domain/counter";
import { formatCalendarDate, formatDateTimeVi } from "@/lib/domain/dates";
import { maskPhone } from "@/lib/domain/identifiers";
import { format, translateIssue, type Messages } from "@/lib/i18n/catalog";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { prisma } from "@/lib/server/db/client";
import { OTP_VALID_SECONDS } from "@/lib/server/accounts/one-time-codes";
import { mayServeAtCounter } from "@/lib/server/counter/counter-access";
import { getCounterAccount } from "@/lib/server/counter/get-counter-account";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { StaffPage } from "../../staff-page";
import { closeAction, confirmPhoneChangeAction, lockAction, resetPasswordAction, signOutAllAction, startPhoneChangeAction, unlockAction } from "./actions";

type Params = Promise<{ accountId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type T = Messages<"counter">;

export const generateMetadata = titleMetadata("counter", "searchTitle");

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function reasonLabel(t: T, kind: string, code: string | null): string {
  if (!code) return t.none;
  const labels = t as Record<string, string>;
  return labels[kind === "lock" ? `lockReason_${code}` : `closeReason_${code}`] ?? code;
}

/** The error of one action, from the address: the message and, for a field, the field's id. */
type ActionError = { kind: string; message: string; field?: string };

/** The shared error summary, in the action's section; it takes the focus on arrival. */
function ErrorBox({ t, error }: { t: T; error: ActionError }) {
  const items = error.field ? [{ targetId: `${error.kind}-${error.field}`, message: error.message }] : [];
  return <ErrorSummary title={t.errorTitle} items={items} formError={error.field ? undefined : error.message} focusKey={error.kind} level={3} />;
}

export default async function CounterAccountPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { accountId } = await params;
  const principal = await requireStaffPage({ returnTo: `/can-bo/tai-khoan/${encodeURIComponent(accountId)}` });
  if (!mayServeAtCounter(principal)) redirect("/can-bo/tai-khoan");
  const [t, officer, locale, raw, info] = await Promise.all([getMessages("counter"), getMessages("officer"), getLocale(), searchParams, currentRequestInfo()]);
  const result = await getCounterAccount(principal, accountId, info);
  if (!result.ok) {
    if (result.code === "notFound") notFound();
    redirect("/can-bo/tai-khoan");
  }
  const { view } = result;
  const { account } = view;
  const base = `/can-bo/tai-khoan/${account.id}`;

  // What the last action left in the address.
  const doneKind = one(raw.xong) as CounterActionKind | undefined;
  const receipt = one(raw["bien-nhan"]);
  const done = doneKind && view.actions.some((a) => a.reference === receipt) && receipt && RECEIPT_REFERENCE_PATTERN.test(receipt) ? { kind: doneKind, receipt } : null;
  const failedKind = one(raw["thao-tac"]);
  const failureCode = one(raw.loi);
  const [field, fieldKey] = (one(raw.truong) ?? "").split(":");
  const number = Number(one(raw.so) ?? "0");
  const error: ActionError | null =
    failedKind && failureCode
      ? {
          kind: failedKind,
          field: field && fieldKey?.startsWith("counter.") ? field : undefined,
          message:
            field && fieldKey?.startsWith("counter.")
              ? translateIssue(locale, fieldKey, { attemptsLeft: number })
              : translateIssue(locale, `counter.error_${failureCode.replace(/[^a-zA-Z]/g, "")}`, { attemptsLeft: number, minutes: Math.max(1, Math.ceil(number / 60)) }),
        }
      : null;
  const errorFor = (kind: CounterActionKind) => (error?.kind === kind ? error : null);
  const fieldError = (kind: CounterActionKind, name: string) => (error?.kind === kind && error.field === name ? error.message : undefined);

  // The code step of a phone change: the challenge must be open and belong to this account.
  const challengeId = one(raw.buoc) === "ma" ? one(raw.thu) : undefined;
  const challenge =
    challengeId && UUID.test(challengeId)
      ? await prisma.oneTimeCode.findFirst({ where: { id: challengeId, accountId: account.id, purpose: "phoneChange", consumedAt: null, expiresAt: { gt: new Date() } }, select: { id: true, sentTo: true } })
      : null;
  // The confirmation step of a cancellation.
  const closeReason = CLOSE_REASONS.find((r) => r === one(raw.huy));
  const errorPrefix = officer.errorPrefix;
  const available = new Set(view.available);

  const submit = (label: string, variant?: "warning" | "secondary") => ({ label, pending: t.submitting, variant });
  const idCheck = (kind: CounterActionKind) => ({ id: `${kind}-originalIdChecked`, label: t.originalIdLabel, error: fieldError(kind, "originalIdChecked"), errorPrefix });
  const cancel = { href: base, label: t.cancelStep };
  // Each action's form(s), in the order of COUNTER_ACTIONS; only those open for the account's status are shown.
  const forms: Record<CounterActionKind, ReactNode> = {
    changePhone: challenge?.sentTo ? (
      <CounterForm
        accountId={account.id}
        action={confirmPhoneChangeAction}
        heading={t.codeStepHeading}
        intro={format(t.codeStepIntro, { phone: maskPhone(challenge.sentTo), minutes: OTP_VALID_SECONDS / 60 })}
        hidden={{ challengeId: challenge.id }}
        submit={submit(t.confirmPhone)}
        cancel={cancel}
      >
        <TextField
          id="changePhone-code"
          name="code"
          label={t.codeLabel}
          error={fieldError("changePhone", "code")}
          errorPrefix={errorPrefix}
          short
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          required
          autoFocus
        />
      </CounterForm>
    ) : (
      <CounterForm accountId={account.id} action={startPhoneChangeAction} intro={t.changePhoneIntro} idCheck={idCheck("changePhone")} submit={submit(t.sendCode)}>
        <TextField
          id="changePhone-newPhone"
          name="newPhone"
          label={t.newPhoneLabel}
          hint={t.newPhoneHint}
          error={fieldError("changePhone", "newPhone")}
          errorPrefix={errorPrefix}
          type="tel"
          autoComplete="off"
          inputMode="tel"
          maxLength={20}
          required
        />
      </CounterForm>
    ),
    resetPassword: (
      <CounterForm accountId={account.id} action={resetPasswordAction} intro={format(t.resetPasswordIntro, { phone: account.maskedPhone })} idCheck={idCheck("resetPassword")} submit={submit(t.resetPasswordSubmit)} />
    ),
    signOutAll: <CounterForm accountId={account.id} action={signOutAllAction} noValidate={false} intro={t.signOutAllIntro} submit={submit(t.signOutAllSubmit, "secondary")} />,
    lock: (
      <CounterForm accountId={account.id} action={lockAction} intro={t.lockIntro} submit={submit(t.lockSubmit, "warning")}>
        <RadioGroup
          id="lock-reasonCode"
          idPrefix="lock"
          name="reasonCode"
          legend={t.lockReasonLegend}
          options={LOCK_REASONS.map((r) => ({ value: r, label: t[`lockReason_${r}`] }))}
          error={fieldError("lock", "reasonCode")}
          errorPrefix={errorPrefix}
        />
      </CounterForm>
    ),
    unlock: <CounterForm accountId={account.id} action={unlockAction} intro={t.unlockIntro} idCheck={idCheck("unlock")} submit={submit(t.unlockSubmit)} />,
    close: closeReason ? (
      // Step 2: the consequences read back to the person, then the cancellation itself.
      <CounterForm
        accountId={account.id}
        action={closeAction}
        heading={format(t.closeConfirmHeading, { bhxhCode: account.bhxhCode })}
        intro={format(t.closeConfirmText, { reason: t[`closeReason_${closeReason}`] })}
        hidden={{ reasonCode: closeReason, confirmed: "yes" }}
        idCheck={idCheck("close")}
        submit={submit(t.closeSubmit, "warning")}
        cancel={cancel}
      />
    ) : (
      // Step 1: the reason (a plain GET to this page, nothing changes yet).
      <form method="get" action={base} noValidate>
        <p>{t.closeIntro}</p>
        <RadioGroup id="close-reasonCode" idPrefix="close" name="huy" legend={t.closeReasonLegend} options={CLOSE_REASONS.map((r) => ({ value: r, label: t[`closeReason_${r}`] }))} errorPrefix={errorPrefix} />
        <button type="submit" className="button button--secondary">
          {t.closeContinue}
        </button>
      </form>
    ),
  };

  return (
    <StaffPage
      principal={principal}
      t={officer}
      current="accounts"
      back={{ href: "/can-bo/tai-khoan", label: t.backToSearch }}
      title={format(t.accountTitle, { bhxhCode: account.bhxhCode })}
      className="bo-wide"
    >
      <div className="bo-detail-meta">
        <span className={`tag ${account.status === "active" ? "tag--green" : account.status === "locked" ? "tag--red" : statusTag("expired")}`}>{t[`status_${account.status}`]}</span>
        {view.fullName ? <span>{view.fullName}</span> : null}
      </div>
      {view.statusReason ? (
        <Notice
          tone="warning"
          text={format(account.status === "locked" ? t.lockedSince : t.closedSince, {
            time: formatDateTimeVi(view.statusReason.at),
            reason: reasonLabel(t, account.status === "locked" ? "lock" : "close", view.statusReason.reasonCode),
          })}
        />
      ) : null}

      {done ? (
        <Notice tone="success" role="status" text={format(t[`result_${done.kind}`], { count: Number(one(raw.so) ?? 0) })}>
          <p>
            {format(t.receiptReady, { reference: done.receipt })}{" "}
            <a className="button button--secondary" href={`/can-bo/tai-khoan/bien-nhan/${done.receipt}`}>
              {format(t.printReceipt, { reference: done.receipt })}
            </a>
          </p>
        </Notice>
      ) : null}

      <div className="bo-columns">
        <section aria-labelledby="identity-heading">
          <h2 id="identity-heading">{t.identityHeading}</h2>
          <p className="field__hint">{t.identityHint}</p>
          {view.portraitFileId ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private, uncached photo from our own route
            <img src={`${base}/anh`} alt={format(t.portraitAlt, { name: view.fullName ?? account.bhxhCode })} width={180} />
          ) : (
            <p>{t.portraitMissing}</p>
          )}
          <h3>{t.recordHeading}</h3>
          {view.record ? (
            <SummaryList
              facts={[
                [t.field_fullName, view.record.fullName],
                [t.field_dateOfBirth, formatCalendarDate(view.record.dateOfBirth)],
                [t.field_sex, view.record.sex === "male" ? t.sex_male : t.sex_female],
                [t.field_idNumber, view.record.idNumber ?? t.none],
                [t.field_bhxhCode, account.bhxhCode],
              ]}
            />
          ) : (
            <p>{t.recordMissing}</p>
          )}
          {view.match ? (
            <p>
              {format(t.matchLine, {
                result: view.match.map((f) => `${t[`field_${f.field}`]}: ${t[`match_${f.agreement}`]}`).join(" · "),
              })}
            </p>
          ) : null}
        </section>

        <section aria-labelledby="account-heading">
          <h2 id="account-heading">{t.accountHeading}</h2>
          <SummaryList
            facts={[
              [t.field_status, t[`status_${account.status}`]],
              [t.field_phone, account.maskedPhone],
              [t.field_email, account.maskedEmail ?? t.none],
              [t.field_activatedAt, formatDateTimeVi(account.activatedAt)],
              [t.field_passwordChangedAt, formatDateTimeVi(account.passwordChangedAt)],
              [t.field_mustChangePassword, account.mustChangePassword ? t.yes : t.no],
            ]}
          />
          <p className="field__hint">{t.noPasswordShown}</p>
        </section>
      </div>

      <h2 id="actions-heading">{t.actionsHeading}</h2>
      {available.size === 0 ? <p>{t.noActions}</p> : null}
      <div className="bo-decisions">
        {COUNTER_ACTIONS.filter((kind) => available.has(kind)).map((kind) => (
          <section key={kind} className="bo-decision" aria-labelledby={`${kind}-heading`}>
            <h3 id={`${kind}-heading`}>{t[`action_${kind}`]}</h3>
            {errorFor(kind) ? <ErrorBox t={t} error={errorFor(kind)!} /> : null}
            {forms[kind]}
          </section>
        ))}
      </div>

      <DataTable
        id="devices-heading"
        heading={t.devicesHeading}
        empty={t.devicesEmpty}
        rows={view.devices}
        rowKey={(d) => d.id}
        columns={[
          { header: t.colDevice, cell: (d) => d.label },
          { header: t.colSince, cell: (d) => formatDateTimeVi(d.createdAt), nowrap: true },
          { header: t.colLastSeen, cell: (d) => formatDateTimeVi(d.lastSeenAt), nowrap: true },
        ]}
      />
      <DataTable
        id="signins-heading"
        heading={t.signInsHeading}
        empty={t.signInsEmpty}
        rows={view.signIns}
        rowKey={(_s, i) => String(i)}
        columns={[
          { header: t.colTime, cell: (s) => formatDateTimeVi(s.at), nowrap: true },
          { header: t.colDevice, cell: (s) => s.device },
          { header: t.colResult, cell: (s) => (s.ok ? t.signInOk : t.signInFailed) },
        ]}
      />
      <DataTable
        id="declarations-heading"
        heading={t.declarationsHeading}
        empty={t.declarationsEmpty}
        rows={view.declarations}
        rowKey={(d) => d.reference}
        columns={[
          { header: t.colReference, cell: (d) => d.reference, nowrap: true, className: "bo-reference" },
          { header: t.colStatus, cell: (d) => t[`declStatus_${d.status}`] },
          { header: t.colSubmitted, cell: (d) => formatDateTimeVi(d.submittedAt), nowrap: true },
          { header: t.colOffice, cell: (d) => d.officeCode, nowrap: true },
        ]}
      />
      <DataTable
        id="history-heading"
        heading={t.historyHeading}
        empty={t.historyEmpty}
        rows={view.actions}
        rowKey={(a) => a.reference}
        columns={[
          { header: t.colTime, cell: (a) => formatDateTimeVi(a.createdAt), nowrap: true },
          {
            header: t.colAction,
            cell: (a) => `${(t as Record<string, string>)[`action_${a.kind}`] ?? a.kind}${a.reasonCode ? ` – ${reasonLabel(t, a.kind, a.reasonCode)}` : ""}`,
          },
          { header: t.colActionOffice, cell: (a) => a.officeCode, nowrap: true },
          { header: officer.colStaff, cell: (a) => a.staffName },
          {
            header: t.colReceipt,
            nowrap: true,
            cell: (a) =>
              a.printable ? (
                <a href={`/can-bo/tai-khoan/bien-nhan/${a.reference}`} aria-label={format(t.printReceipt, { reference: a.reference })}>
                  {a.reference}
                </a>
              ) : (
                <span className="bo-reference">{a.reference}</span>
              ),
          },
        ]}
      />
    </StaffPage>
  );
}
