// The review of a QR fill: the fields filled from the code (marked, still editable in the form), the values
// that differ from what the person typed (each group decided with "use the QR value" / "keep mine"), and the
// choice between the CCCD and the BHYT name when they disagree.
"use client";
import { useEffect, useId, useRef } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { format as fill } from "@/lib/i18n/format";
import { QR_FILL_FIELDS, type QrConflict, type QrFillField } from "@/lib/domain/qr-fill";
import type { DeclarationStrings, WizardValues } from "@/components/declaration/types";
import styles from "./qr.module.css";
import type { QrStrings } from "./types";
import type { QrFillController } from "./use-qr-fill";

export function fieldLabel(d: DeclarationStrings, field: QrFillField): string {
  const labels: Record<QrFillField, string> = {
    fullName: d.fullNameLabel,
    dateOfBirth: d.dateOfBirthLabel,
    sex: d.sexLabel,
    bhxhCode: d.bhxhCodeLabel,
    idType: d.idTypeLabel,
    idNumber: d.idNumberLabel,
    idIssueDate: d.idIssueDateLabel,
    "address.provinceCode": d.provinceLabel,
    "address.communeCode": d.communeLabel,
    "address.street": d.streetLabel,
  };
  return labels[field];
}

/** A value as the person reads it: dates dd/mm/yyyy, words for codes, unit names for unit codes. */
function shownValue(d: DeclarationStrings, t: QrStrings, unitLabels: Record<string, string>, field: QrFillField, value: string): string {
  if (value.trim() === "" || ((field === "dateOfBirth" || field === "idIssueDate") && !/\d/.test(value))) return t.emptyValue;
  switch (field) {
    case "dateOfBirth":
    case "idIssueDate": {
      const [y = "", m = "", dd = ""] = value.split("-");
      return `${dd}/${m}/${y}`;
    }
    case "sex":
      return value === "male" ? d.sexMale : value === "female" ? d.sexFemale : value;
    case "idType":
      return value === "cccd" ? d.idType_cccd : value === "cmnd" ? d.idType_cmnd : value === "passport" ? d.idType_passport : value;
    case "address.provinceCode":
    case "address.communeCode":
      return unitLabels[value] ?? value;
    default:
      return value;
  }
}

function groupLabel(d: DeclarationStrings, t: QrStrings, group: string): string {
  if (group === "address.provinceCode") return t.fieldAddress;
  if (group === "idType") return d.idTypeLabel;
  return fieldLabel(d, group as QrFillField);
}

type Props = {
  controller: QrFillController;
  form: UseFormReturn<WizardValues>;
  t: QrStrings;
  d: DeclarationStrings;
};

export function QrFillReview({ controller, form, t, d }: Props) {
  const { state, unitLabels, resolveConflicts, chooseName } = controller;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const seenRevision = useRef(state.revision);
  const watched = useWatch({ control: form.control, name: [...QR_FILL_FIELDS] });
  const current = Object.fromEntries(QR_FILL_FIELDS.map((field, i) => [field, String(watched[i] ?? "")])) as Record<QrFillField, string>;

  // A new card applied while this review is on screen: move there so the person hears what happened.
  useEffect(() => {
    if (state.revision === seenRevision.current) return;
    seenRevision.current = state.revision;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "start" });
  }, [state.revision]);

  if (state.revision === 0) return null;

  const show = (field: QrFillField, value: string) => shownValue(d, t, unitLabels, field, value);
  // Marked only while the field still holds what the code put there.
  const marked = state.filled
    .filter((f) => current[f.field] === f.value)
    .sort((a, b) => QR_FILL_FIELDS.indexOf(a.field) - QR_FILL_FIELDS.indexOf(b.field));
  const groups = [...new Set(state.conflicts.map((c) => c.group))].map((group) => ({ group, conflicts: state.conflicts.filter((c) => c.group === group) }));
  const needsCommune = state.notes.includes("addressNeedsCommune") && current["address.communeCode"] === "";
  const choice = state.nameChoice;

  return (
    <section className={styles.review} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className={styles.reviewTitle}>
        {t.reviewTitle}
      </h2>
      {state.nothingNew ? <p>{t.nothingNew}</p> : null}
      {marked.length > 0 ? (
        <>
          <p>{t.filledListTitle}</p>
          <dl className={styles.filled}>
            {marked.map((f) => (
              <div key={f.field} className={styles.filledRow}>
                <dt>{fieldLabel(d, f.field)}</dt>
                <dd>{show(f.field, f.value)}</dd>
                <dd>
                  <strong className="tag tag--green">{t.filledTag}</strong>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {needsCommune ? <div className="notice notice--warning"><p>{t.checkAddress}</p></div> : null}
      {state.notes.includes("addressNotMatched") ? <div className="notice notice--warning"><p>{t.addressNotMatched}</p></div> : null}

      {choice ? (
        <div className={`field ${styles.choice}`}>
          <fieldset>
            <legend className="field__label">{t.namesDisagree}</legend>
            {(
              [
                ["cccd", fill(t.nameFromCccd, { name: choice.cccd })],
                ["bhyt", fill(t.nameFromBhyt, { name: choice.bhyt })],
                ...(choice.typed ? ([["typed", fill(t.nameKeepTyped, { name: choice.typed })]] as const) : []),
              ] as const
            ).map(([option, label]) => (
              <div className="radio" key={option}>
                <input
                  id={`${id}-name-${option}`}
                  type="radio"
                  name={`${id}-name`}
                  value={option}
                  checked={option === "typed" ? choice.chosen === undefined && current.fullName === choice.typed : choice.chosen === option}
                  onChange={() => chooseName(option)}
                />
                <div>
                  <label htmlFor={`${id}-name-${option}`}>{label}</label>
                </div>
              </div>
            ))}
          </fieldset>
        </div>
      ) : null}

      {groups.length > 0 ? <p className={styles.choice}>{t.conflictsTitle}</p> : null}
      {groups.map(({ group, conflicts }) => (
        <ConflictGroup key={group} id={`${id}-${group}`} label={groupLabel(d, t, group)} conflicts={conflicts} t={t} d={d} show={show} onResolve={(useQr) => {
            resolveConflicts(group, useQr);
            headingRef.current?.focus(); // the buttons pressed are about to go
          }} />
      ))}
    </section>
  );
}

function ConflictGroup(props: {
  id: string;
  label: string;
  conflicts: QrConflict[];
  t: QrStrings;
  d: DeclarationStrings;
  show: (field: QrFillField, value: string) => string;
  onResolve: (useQr: boolean) => void;
}) {
  const { id, label, conflicts, t, d, show, onResolve } = props;
  const titleId = `${id.replace(/[^\w-]/g, "-")}-title`;
  return (
    <div role="group" aria-labelledby={titleId} className={styles.conflict}>
      <h3 id={titleId} className={styles.conflictTitle}>
        {label}
      </h3>
      {conflicts.map((c) => (
        <div key={c.field} className={styles.conflictRow}>
          {conflicts.length > 1 ? <p><strong>{fieldLabel(d, c.field)}</strong></p> : null}
          <p>{fill(t.conflictTyped, { value: show(c.field, c.current) })}</p>
          <p>{fill(t.conflictProposed, { value: show(c.field, c.proposed) })}</p>
        </div>
      ))}
      <div className="button-group">
        <button type="button" className="button" onClick={() => onResolve(true)}>
          {t.useQrValue}
          <span className="visually-hidden">: {label}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResolve(false)}>
          {t.keepTyped}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
    </div>
  );
}
