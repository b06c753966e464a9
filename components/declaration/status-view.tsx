// A declaration's status as /tra-cuu shows it: a tag, the office, its history (sent, rejected with the reason,
// corrected and sent again, decided) with what is still to come, and what to do next.
import type { ReactNode } from "react";
import { FocusHeading } from "./focus-on-mount";
import type { LookupHistoryEntry, LookupView } from "./lookup-types";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

const TAGS = { submitted: "tag--yellow", approved: "tag--green", rejected: "tag--red", expired: "tag--grey", withdrawn: "tag--grey" } as const;

type Step = { title: string; date: string | null; state: "done" | "current" | "upcoming" | "failed"; detail?: string | null };

function historyStep(t: DeclarationStrings, e: LookupHistoryEntry): Step {
  switch (e.kind) {
    case "submitted":
      return { title: t.timelineSent, date: e.on, state: "done" };
    case "resubmitted":
      return { title: fill(t.timelineResent, { version: e.version ?? "" }), date: e.on, state: "done" };
    case "approved":
      return { title: t.timelineApproved, date: e.on, state: "done" };
    case "rejected":
      return { title: t.timelineRejected, date: e.on, state: "failed", detail: e.reason ? fill(t.timelineReason, { reason: e.reason }) : null };
    case "expired":
      return { title: t.timelineExpired, date: e.on, state: "failed" };
    case "withdrawn":
      return { title: t.timelineWithdrawn, date: e.on, state: "failed" };
  }
}

function timeline(t: DeclarationStrings, r: LookupView): Step[] {
  // The recorded history, then what is still to come for a pending declaration.
  if (r.history.length > 0) {
    const past = r.history.map((e) => historyStep(t, e));
    return r.status === "submitted" ? [...past, { title: t.timelineDeadline, date: r.deadlineOn, state: "current" }, { title: t.timelineDecisionPending, date: null, state: "upcoming" }] : past;
  }
  const sent: Step = { title: t.timelineSent, date: r.submittedOn, state: "done" };
  switch (r.status) {
    case "submitted":
      return [sent, { title: t.timelineDeadline, date: r.deadlineOn, state: "current" }, { title: t.timelineDecisionPending, date: null, state: "upcoming" }];
    case "approved":
      return [sent, { title: t.timelineDeadline, date: r.deadlineOn, state: "done" }, { title: t.timelineApproved, date: r.decidedOn, state: "done" }];
    case "rejected":
      return [sent, { title: t.timelineDeadline, date: r.deadlineOn, state: "done" }, { title: t.timelineRejected, date: r.decidedOn, state: "failed" }];
    case "expired":
      return [sent, { title: t.timelineExpired, date: r.deadlineOn, state: "failed" }];
    case "withdrawn":
      return [sent, { title: t.timelineWithdrawn, date: r.decidedOn, state: "failed" }];
  }
}

export function StatusView({ t, result }: { t: DeclarationStrings; result: LookupView }) {
  const stateLabel = { done: t.timelineDone, current: t.timelineCurrent, upcoming: t.timelineUpcoming, failed: t.timelineDone };
  let next: ReactNode = null;
  switch (result.status) {
    case "submitted":
      next = <p>{fill(t.lookupSubmittedNext, { date: result.deadlineOn })}</p>;
      break;
    case "approved":
      next = (
        <p>
          {t.lookupApprovedNext} <a href="/dang-nhap">{t.signIn}</a>
        </p>
      );
      break;
    case "rejected": {
      const r = result.rejection;
      const reason = [r?.label, r?.text].filter(Boolean).join(": ");
      const fixKey = `fix_${r?.code ?? "other"}` as keyof DeclarationStrings;
      next = (
        <>
          {reason ? <p>{fill(t.lookupRejectedReason, { reason })}</p> : null}
          <h3>{t.lookupRejectedFixTitle}</h3>
          <p>{t[fixKey] ?? t.fix_other}</p>
          {result.canCorrect ? (
            <p>
              <a className="button" href={`/dang-ky/ke-khai?sua=${encodeURIComponent(result.reference)}`}>
                {t.lookupCorrect}
              </a>
            </p>
          ) : (
            <div className="notice">
              <p>{t.lookupCorrectViaMessage}</p>
            </div>
          )}
        </>
      );
      break;
    }
    case "expired":
    case "withdrawn":
      next = (
        <>
          <p>{result.status === "expired" ? fill(t.lookupExpiredNext, { days: SUBMISSION_WINDOW_DAYS }) : t.lookupWithdrawnNext}</p>
          <p>
            <a href="/dang-ky">{t.lookupDeclareAgain}</a>
          </p>
        </>
      );
      break;
  }

  return (
    <section aria-labelledby="lookup-result-title" className="lookup-result">
      <FocusHeading level={2}>
        <span id="lookup-result-title">{fill(t.lookupResultTitle, { reference: result.reference })}</span>
      </FocusHeading>
      <p>
        {t.lookupStatusLabel}: <strong className={`tag ${TAGS[result.status]}`}>{t[`status_${result.status}`]}</strong>
      </p>
      {result.office ? (
        <p>
          {fill(t.lookupOffice, { office: result.office.name })}
          <br />
          {fill(t.officeAddress, { address: result.office.address })}
          {result.office.phone ? (
            <>
              <br />
              {fill(t.officePhone, { phone: result.office.phone })}
            </>
          ) : null}
        </p>
      ) : null}
      <h3>{t.timelineTitle}</h3>
      <ol className="timeline">
        {timeline(t, result).map((step, i) => (
          <li key={i} className={`timeline__item timeline__item--${step.state}`}>
            <span className="timeline__title">{step.title}</span>
            {step.detail ? <span className="timeline__detail">{step.detail}</span> : null}
            <span className="timeline__meta">
              {step.date ? `${step.date} · ` : ""}
              {stateLabel[step.state]}
            </span>
          </li>
        ))}
      </ol>
      {next}
    </section>
  );
}
