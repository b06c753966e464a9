// "Kiểm tra lại thông tin": every answer with a "Sửa" button back to its step, then the send area.
"use client";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxField } from "./fields";
import { formatCalendarDate } from "@/lib/domain/dates";
import { photoLabel, useObjectUrl } from "./photo-step";
import { fill } from "./text";
import type { DeclarationStrings, OfficeOption, Option, Photo, PhotoKind, UnitOption, WizardValues } from "./types";
import { CONSENT_PATH } from "./wizard-constants";

type Row = { label: string; value: ReactNode; step: number; target: string };

function SummaryList({ rows, t, onEdit }: { rows: Row[]; t: DeclarationStrings; onEdit: (step: number, target: string) => void }) {
  return (
    <dl className="summary-list summary-list--review">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          <dd className="summary-list__action">
            <button type="button" className="link-button" onClick={() => onEdit(row.step, row.target)}>
              {t.change}
              <span className="visually-hidden"> {row.label}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Thumbnail({ photo, label, t }: { photo: Photo | undefined; label: string; t: DeclarationStrings }) {
  const url = useObjectUrl(photo?.blob);
  if (!photo || !url) return <>{t.none}</>;
  // eslint-disable-next-line @next/next/no-img-element -- a local blob: URL
  return <img src={url} alt={fill(t.photoPreviewAlt, { label })} className="review-thumb" />;
}

export type ReviewProps = {
  t: DeclarationStrings;
  values: WizardValues;
  photos: Partial<Record<PhotoKind, Photo>>;
  provinces: UnitOption[];
  communes: UnitOption[];
  offices: OfficeOption[];
  nationalities: Option[];
  targets: Record<string, string>;
  onEdit: (step: number, target: string) => void;
  children: ReactNode;
};

export function ReviewStep({ t, values, photos, provinces, communes, offices, nationalities, targets, onEdit, children }: ReviewProps) {
  const passport = values.idType === "passport";
  const orNone = (s: string) => (s.trim() ? s.trim() : t.none);
  const target = (path: string) => targets[path] ?? path;
  const province = provinces.find((p) => p.code === values.address.provinceCode)?.name ?? values.address.provinceCode;
  const commune = communes.find((c) => c.code === values.address.communeCode)?.name ?? values.address.communeCode;
  const office = offices.find((o) => o.code === values.officeCode);

  const personal: Row[] = [
    { label: t.fullNameLabel, value: orNone(values.fullName), step: 0, target: target("fullName") },
    { label: t.dateOfBirthLabel, value: formatCalendarDate(values.dateOfBirth), step: 0, target: target("dateOfBirth") },
    { label: t.sexLabel, value: values.sex === "male" ? t.sexMale : values.sex === "female" ? t.sexFemale : t.none, step: 0, target: target("sex") },
    { label: t.nationalityLabel, value: nationalities.find((n) => n.value === values.nationality)?.label ?? values.nationality, step: 0, target: target("nationality") },
    { label: t.bhxhCodeLabel, value: orNone(values.bhxhCode), step: 0, target: target("bhxhCode") },
    { label: t.idTypeLabel, value: values.idType ? t[`idType_${values.idType}`] : t.none, step: 1, target: target("idType") },
    { label: t.idNumberLabel, value: orNone(values.idNumber), step: 1, target: target("idNumber") },
    { label: t.idIssueDateLabel, value: formatCalendarDate(values.idIssueDate), step: 1, target: target("idIssueDate") },
    { label: t.idIssuePlaceLabel, value: orNone(values.idIssuePlace), step: 1, target: target("idIssuePlace") },
  ];
  const contact: Row[] = [
    { label: t.reviewAddress, value: [values.address.street.trim(), commune, province].filter(Boolean).join(", ") || t.none, step: 2, target: target("address.provinceCode") },
    { label: t.phoneLabel, value: orNone(values.phone), step: 2, target: target("phone") },
    { label: t.emailLabel, value: orNone(values.email), step: 2, target: target("email") },
    { label: t.emailCopyLabel, value: values.emailCopy ? t.yes : t.no, step: 2, target: target("emailCopy") },
  ];
  const photoRows: Row[] = (["portrait", "idFront", "idBack"] as const)
    .filter((kind) => !(passport && kind === "idBack" && !photos.idBack))
    .map((kind) => {
      const label = photoLabel(t, kind, passport);
      return { label, value: <Thumbnail photo={photos[kind]} label={label} t={t} />, step: 3, target: target(kind) };
    });
  const officeRows: Row[] = [
    {
      label: t.officeLabel,
      value: office ? (
        <>
          {office.name}
          <br />
          <span className="field__hint">{office.address}</span>
        </>
      ) : (
        orNone(values.officeCode)
      ),
      step: 4,
      target: target("officeCode"),
    },
  ];

  return (
    <>
      <p>{t.reviewIntro}</p>
      <h2>{t.reviewPersonal}</h2>
      <SummaryList rows={personal} t={t} onEdit={onEdit} />
      <h2>{t.reviewContact}</h2>
      <SummaryList rows={contact} t={t} onEdit={onEdit} />
      <h2>{t.reviewPhotos}</h2>
      <SummaryList rows={photoRows} t={t} onEdit={onEdit} />
      <h2>{t.reviewOffice}</h2>
      <SummaryList rows={officeRows} t={t} onEdit={onEdit} />
      {children}
    </>
  );
}

export { CONSENT_PATH };

/** "Cam kết", on the review page just above "Gửi tờ khai": the person commits to what they have just read. */
export function Commitment({ t, error, registration }: { t: DeclarationStrings; error: string | undefined; registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="consent">
      <legend className="legend--heading">{t.commitmentLegend}</legend>
      <CheckboxField path="commitment" label={t.commitmentText} error={error} errorPrefix={t.errorPrefix} registration={registration} />
    </fieldset>
  );
}

/**
 * Explicit consent to the processing of personal data (Law 91/2025/QH15, Decree 13/2023/NĐ-CP), beside the
 * send button; the whole-declaration schema and the server require it. The policy opens in a new tab so the
 * review stays where it is.
 */
export function DataProcessingConsent({ t, error, registration }: { t: DeclarationStrings; error: string | undefined; registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="consent">
      <legend className="legend--heading">{t.consentLegend}</legend>
      <CheckboxField
        path={CONSENT_PATH}
        label={t.consentText}
        hint={
          <a href="/chinh-sach-bao-ve-du-lieu" target="_blank" rel="noopener">
            {t.consentPolicyLink}
          </a>
        }
        error={error}
        errorPrefix={t.errorPrefix}
        registration={registration}
      />
    </fieldset>
  );
}
