// One declaration at the counter, in one screen (issue 11 §2): the photos on the left; on the right a
// sticky panel with the comparison with the BHXH master record (differences marked character by
// character), the counter checks and Duyệt / Từ chối; below the photos every declared field and the
// history. On a phone the same parts stack. Opening it is audited; a declaration of another office (or
// an unknown reference) is simply "not found".
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import "@/components/back-office/back-office.css";
import { ApproveForm, RejectForm } from "@/components/back-office/decision-forms";
import { DiffText } from "@/components/back-office/diff-text";
import { FigureTable } from "@/components/back-office/figure-table";
import { WithdrawForm } from "@/components/back-office/withdraw-form";
import { statusTag } from "@/components/back-office/format";
import { PhotoViewer } from "@/components/back-office/photo-viewer";
import { SummaryList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import { RegionTable } from "@/components/ui/region-table";
import { canWithdraw, REJECTION_REASONS, WITHDRAWAL_REASONS, type RejectionReasonCode } from "@/lib/domain/declaration-status";
import { differencesToAcknowledge } from "@/lib/domain/decision-blockers";
import { diffCharacters } from "@/lib/domain/text-diff";
import { reminderDueAt, isExpired } from "@/lib/domain/deadlines";
import { formatCalendarDate, formatDateTimeVi, toIsoDate } from "@/lib/domain/dates";
import { displayPhone } from "@/lib/domain/identifiers";
import { compareFields, type FieldComparison, type IdentityFields, type ParticipantMatch } from "@/lib/domain/participant-match";
import { format, translate, type Messages } from "@/lib/i18n/catalog";
import { REJECTION_NOTE_MAX_LENGTH } from "@/lib/schemas/back-office";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { getDeclarationForStaff, type HistoryEntry } from "@/lib/server/declarations/staff-declaration";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { StaffNav } from "../../staff-nav";
import { approveAction, rejectAction, withdrawAction } from "./actions";
import { formChrome } from "../../form-text";

type Params = Promise<{ reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getMessages("officer");
  const { reference } = await params;
  return { title: format(t.detailTitle, { reference: normalizeReferenceInput(decodeURIComponent(reference)) ?? "" }) };
}

type T = Messages<"officer">;

const ICONS = { same: "✓", sameWithoutDiacritics: "≈", different: "✗", missing: "–" } as const;

function fieldValue(t: T, c: FieldComparison, which: "declared" | "recorded"): string {
  const v = c[which];
  if (v === null || v === "") return t.none;
  if (c.field === "dateOfBirth") return formatCalendarDate(v);
  if (c.field === "sex") return v === "male" ? t.sex_male : v === "female" ? t.sex_female : v;
  return v;
}

function MatchTable({ t, fields, caption }: { t: T; fields: FieldComparison[]; caption: string }) {
  return (
    <RegionTable wrapClassName="bo-table-wrap" className="bo-table bo-match" label={caption} caption={caption} columns={[t.matchColField, t.matchColDeclared, t.matchColRecord]}>
      {fields.map((c) => {
        const declared = fieldValue(t, c, "declared");
        const recorded = fieldValue(t, c, "recorded");
        // Only a real difference is marked; "missing" (the record has no value) is not one.
        const diff = c.agreement === "different" || c.agreement === "sameWithoutDiacritics" ? diffCharacters(declared, recorded) : null;
        return (
          <tr key={c.field} className={c.agreement === "same" ? undefined : `bo-match--${c.agreement}`}>
            <th scope="row">
              <span className={`bo-agreement bo-agreement--${c.agreement}`}>
                <span className="bo-agreement__icon" aria-hidden="true">
                  {ICONS[c.agreement]}
                </span>
                <span>
                  {t[`field_${c.field}`]}
                  <span className={c.agreement === "same" ? "visually-hidden" : "bo-agreement__label"}>
                    {c.agreement === "same" ? ": " : ""}
                    {t[`agreement_${c.agreement}`]}
                  </span>
                </span>
              </span>
            </th>
            <td>{diff ? <DiffText parts={diff.left} start={t.diffStart} end={t.diffEnd} /> : declared}</td>
            <td>{diff ? <DiffText parts={diff.right} start={t.diffStart} end={t.diffEnd} /> : recorded}</td>
          </tr>
        );
      })}
    </RegionTable>
  );
}

/** The comparison with the master records, for each state of the match (lib/domain/participant-match.ts). */
function MatchSummary({ t, match, declared }: { t: T; match: ParticipantMatch; declared: IdentityFields }) {
  if (match.state === "noRecord") {
    return <Notice tone="warning" text={<strong>{t.matchNoRecord}</strong>} />;
  }
  if (match.state === "conflict") {
    return (
      <>
        <Notice tone="warning" text={<strong>{format(t.matchConflict, { count: match.records.length })}</strong>} />
        {match.records.map((record) => (
          <MatchTable key={record.bhxhCode} t={t} fields={compareFields(declared, record)} caption={format(t.matchRecordCaption, { bhxhCode: record.bhxhCode })} />
        ))}
      </>
    );
  }
  const caption = format(t.matchRecordCaption, { bhxhCode: match.record.bhxhCode });
  const marked = differencesToAcknowledge(match.fields).length > 0;
  return (
    <>
      <div className={`notice bo-notice--compact ${match.state === "matched" && !marked ? "notice--success" : "notice--warning"}`}>
        <p>
          {match.state === "matched" ? (
            <>
              {format(t.matchFound, { bhxhCode: match.record.bhxhCode })}{" "}
              {match.differences === 0 ? t.matchAllSame : format(t.matchDifferences, { count: match.differences })}
            </>
          ) : (
            <strong>{format(t.matchIdNumberOnly, { bhxhCode: match.record.bhxhCode })}</strong>
          )}
        </p>
      </div>
      <MatchTable t={t} fields={match.fields} caption={caption} />
      {marked ? <p className="field__hint">{t.diffLegend}</p> : null}
    </>
  );
}

function historyDetails(t: T, entry: HistoryEntry, rejectionLabel: (code: string) => string, withdrawalLabel: (code: string) => string): string {
  const d = entry.data;
  const reasonLabel = entry.type === "declaration.withdrawn" ? withdrawalLabel : rejectionLabel;
  const parts: string[] = [];
  if (typeof d.version === "number") parts.push(format(t.detailVersion, { version: d.version }));
  if (typeof d.kind === "string" && ["portrait", "idFront", "idBack"].includes(d.kind)) parts.push(t[`photo_${d.kind as "portrait"}`]);
  if (typeof d.reasonCode === "string") parts.push(reasonLabel(d.reasonCode));
  if (typeof d.note === "string" && d.note) parts.push(`“${d.note}”`);
  return parts.join(" · ");
}

function eventLabel(t: T, type: string): string {
  const key = `event_${type.replace(".", "_")}` as keyof T;
  return typeof t[key] === "string" ? (t[key] as string) : format(t.eventOther, { type });
}

export default async function DeclarationPage({ params }: { params: Params }) {
  const { reference } = await params;
  const principal = await requireStaffPage({ returnTo: `/can-bo/ho-so/${encodeURIComponent(reference)}` });
  const [t, locale, info] = await Promise.all([getMessages("officer"), getLocale(), currentRequestInfo()]);
  const view = await getDeclarationForStaff(principal, reference, info);
  if (!view) notFound();

  const { declaration: d, match } = view;
  const now = new Date();
  const reasonLabel = (code: string) => {
    const reason = REJECTION_REASONS.find((r) => r.code === code);
    return reason ? translate(locale, reason.labelKey) : code;
  };
  const withdrawalLabel = (code: string) => {
    const reason = WITHDRAWAL_REASONS.find((r) => r.code === code);
    return reason ? translate(locale, reason.labelKey) : code;
  };
  const declared: IdentityFields = d;
  const urgent = d.status === "submitted" && now >= reminderDueAt(d.expiresAt);
  const href = `/can-bo/ho-so/${d.reference}`;
  const common = { ...formChrome(t), reload: t.reloadPage };
  const toAcknowledge = match.state === "matched" ? differencesToAcknowledge(match.fields) : [];
  // Anything short of a clean match makes "the information does not match the records" the likely reason.
  const suggestedReason: RejectionReasonCode | undefined = match.state !== "matched" || toAcknowledge.length > 0 ? "mismatchWithRecords" : undefined;
  const nationality = new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(d.nationality) ?? d.nationality;

  return (
    <div className="bo-wide">
      <StaffNav principal={principal} t={t} current={null} />
      <div className="bo-desk">
        <div className="bo-desk__head">
          <div className="bo-detail-head">
            <h1>
              {format(t.detailTitle, { reference: "" })}
              <span className="bo-reference">{d.reference}</span>
            </h1>
            <a className="button button--secondary" href={`/api/v1/declarations/${d.reference}/pdf`}>
              {t.printDeclaration}
            </a>
          </div>
          <div className="bo-detail-meta">
            <Link href="/can-bo">{t.backToQueue}</Link>
            <span className={`tag ${statusTag(d.status)}`}>{t[`status_${d.status}`]}</span>
            <span>{format(t.versionLine, { version: d.version })}</span>
            <span>
              {format(t.deadlineLine, { date: formatDateTimeVi(d.expiresAt) })}
              {urgent ? (
                <>
                  {" "}
                  <strong className={`tag ${isExpired(d.expiresAt, now) ? "tag--red" : "tag--yellow"}`}>
                    <span aria-hidden="true">⚠ </span>
                    {isExpired(d.expiresAt, now) ? t.urgency_overdue : t.urgency_expiringSoon}
                  </strong>
                </>
              ) : null}
            </span>
          </div>
        </div>

        <section className="bo-desk__photos" aria-labelledby="photos-heading">
          <h2 id="photos-heading" className="visually-hidden">
            {t.photosHeading}
          </h2>
          {d.filesPurgedAt ? (
            <p>{t.photosPurged}</p>
          ) : view.files.length === 0 ? (
            <p>{t.photosMissing}</p>
          ) : (
            <PhotoViewer
              photos={view.files.map((f) => {
                const label = t[`photo_${f.kind}`];
                return { id: f.id, label, alt: format(t.photoAlt, { photo: label, name: d.fullName }), src: `/can-bo/anh/${f.id}` };
              })}
              text={{ zoomIn: t.zoomIn, zoomOut: t.zoomOut, rotate: t.rotate, resetView: t.resetView, controls: t.photoControls }}
            />
          )}
        </section>

        <aside className="bo-desk__panel" aria-label={t.deskPanelLabel}>
          <section aria-labelledby="match-heading">
            <h2 id="match-heading">{t.matchHeading}</h2>
            <MatchSummary t={t} match={match} declared={declared} />
          </section>
          <section aria-labelledby="decision-heading">
            {/* The approve box says what it is; the heading stays for the page's outline. */}
            <h2 id="decision-heading" className="visually-hidden">
              {t.decisionHeading}
            </h2>
            {view.rejectBlockers.length > 0 ? (
              <div className="notice">
                {view.rejectBlockers.map((b) => (
                  <p key={b}>{t[`blocker_${b}`]}</p>
                ))}
              </div>
            ) : (
              <>
                {view.approveBlockers.length === 0 ? (
                  <ApproveForm
                    action={approveAction}
                    reference={d.reference}
                    version={d.version}
                    reloadHref={href}
                    differences={toAcknowledge.map((field) => ({ field, label: format(t.acknowledgeField, { field: t[`field_${field}`] }) }))}
                    text={{
                      ...common,
                      checklistLegend: t.counterChecksLegend,
                      checksLabel: t.counterChecksLabel,
                      originalId: t.checklistOriginalId,
                      signed: t.checklistSigned,
                      checksRequired: t.counterChecksRequired,
                      acknowledgeLegend: t.acknowledgeLegend,
                      submit: t.approveButton,
                    }}
                  />
                ) : (
                  <div className="notice notice--warning bo-notice--compact">
                    {view.approveBlockers.map((b) => (
                      <p key={b}>
                        <strong>{t[`blocker_${b}`]}</strong>
                      </p>
                    ))}
                    {view.approveBlockers.includes("noConfirmedPhone") && view.rejectBlockers.length === 0 ? (
                      <p>
                        <Link href={`/can-bo/ho-so/dien-thoai/${d.reference}`}>{t.assistedPhoneLink}</Link>
                      </p>
                    ) : null}
                  </div>
                )}
                <RejectForm
                  action={rejectAction}
                  reference={d.reference}
                  version={d.version}
                  reloadHref={href}
                  noteMaxLength={REJECTION_NOTE_MAX_LENGTH}
                  defaultReason={suggestedReason}
                  reasons={REJECTION_REASONS.map((r) => ({ code: r.code, label: translate(locale, r.labelKey) }))}
                  text={{
                    ...common,
                    heading: t.rejectHeading,
                    disclosure: t.rejectDisclosure,
                    reasonLegend: t.rejectReasonLegend,
                    noteLabel: t.rejectNoteLabel,
                    noteHint: t.rejectNoteHint,
                    submit: t.rejectButton,
                  }}
                />
                {view.approveBlockers.length === 0 ? <p className="field__hint bo-desk__note">{t.approveHint}</p> : null}
              </>
            )}
          </section>
        </aside>

        <div className="bo-desk__rest">
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{t.detailsHeading}</h2>
            <SummaryList
              facts={[
                [t.field_fullName, d.fullName],
                [t.field_dateOfBirth, formatCalendarDate(d.dateOfBirth)],
                [t.field_sex, d.sex === "male" ? t.sex_male : t.sex_female],
                [t.field_nationality, nationality],
                [t.field_bhxhCode, d.bhxhCode],
                [t.field_idType, t[`idType_${d.idType}`]],
                [t.field_idNumber, d.idNumber],
                [t.field_idIssueDate, formatCalendarDate(toIsoDate(d.idIssueDate))],
                [t.field_idIssuePlace, d.idIssuePlace],
                [t.field_address, [d.street, view.communeName, view.provinceName].filter(Boolean).join(", ")],
                [t.field_phone, d.phone ? displayPhone(d.phone) : t.none],
                [t.field_email, d.email ?? t.none],
                [t.field_office, `${view.office.code} – ${view.office.name}`],
                [t.field_submittedAt, formatDateTimeVi(d.submittedAt)],
                d.decidedAt && [t.field_decision, format(t.decidedLine, { decision: t[`status_${d.status}`], name: view.decidedByName ?? "—", time: formatDateTimeVi(d.decidedAt) })],
                d.status === "rejected" && d.rejectionReasonCode
                  ? [
                      t.field_rejectionReason,
                      <>
                        {reasonLabel(d.rejectionReasonCode)}
                        {d.rejectionReason ? ` – ${d.rejectionReason}` : ""}
                      </>,
                    ]
                  : null,
              ]}
            />
          </section>

          {canWithdraw(d.status) && view.rejectBlockers.length === 0 ? (
            <section aria-labelledby="other-actions-heading">
              <h2 id="other-actions-heading">{t.otherActionsHeading}</h2>
              <WithdrawForm
                action={withdrawAction}
                reference={d.reference}
                version={d.version}
                reloadHref={href}
                reasons={WITHDRAWAL_REASONS.map((r) => ({ code: r.code, label: translate(locale, r.labelKey) }))}
                text={{
                  ...common,
                  heading: t.withdrawHeading,
                  intro: t.withdrawIntro,
                  reasonLegend: t.withdrawReasonLegend,
                  confirmLabel: t.withdrawConfirmLabel,
                  submit: t.withdrawButton,
                }}
              />
            </section>
          ) : null}

          <h2>{t.historyHeading}</h2>
          {view.history.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <FigureTable
              label={t.historyHeading}
              columns={[{ label: t.historyColTime, nowrap: true }, { label: t.historyColEvent }, { label: t.historyColBy }, { label: t.historyColDetails }]}
              rows={view.history.map((entry) => ({
                key: entry.id,
                cells: [
                  formatDateTimeVi(entry.occurredAt),
                  eventLabel(t, entry.type),
                  entry.actorName ?? (entry.actorType === "citizen" ? t.byCitizen : entry.actorType === "system" ? t.bySystem : "—"),
                  historyDetails(t, entry, reasonLabel, withdrawalLabel),
                ],
              }))}
            />
          )}
        </div>
      </div>
    </div>
  );
}
