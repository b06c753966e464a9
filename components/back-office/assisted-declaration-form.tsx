// The assisted declaration (/can-bo/ho-so/moi): an officer keys in Tờ khai 01 for the person at the counter,
// on one page built from the wizard's own steps and checked with the same zod schemas. The phone is
// confirmed by the code the person reads back, or marked "no phone" (decision 0021); photos come from the
// webcam or an uploaded scan. Sent with one idempotency key per declaration, so a double click or a retry
// after a lost answer is the same declaration. Nothing is saved in the counter's browser.
"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { get, useForm, useWatch, type FieldErrors, type Resolver, type UseFormRegisterReturn } from "react-hook-form";
import { ZDeclarationInputSchema, ZNoPhoneDeclarationInputSchema } from "@/lib/schemas/declaration";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import { CheckboxField, dateFieldId, fieldId, radioId } from "@/components/declaration/fields";
import { isVerifiedFor, PHONE_VERIFICATION_TARGET, PhoneVerificationPanel, type PhoneVerification } from "@/components/declaration/phone-verification";
import { PhotosStep, photoTargetId, problemMessage, photoLabel } from "@/components/declaration/photo-step";
import { CONSENT_PATH, DataProcessingConsent } from "@/components/declaration/review-step";
import { sendDeclaration, type FieldProblem } from "@/components/declaration/send-declaration";
import { AboutStep, ContactStep, IdentityStep } from "@/components/declaration/steps";
import { fill, messageFor } from "@/components/declaration/text";
import { EMPTY_VALUES, PHOTO_KINDS, type DeclarationStrings, type Option, type Photo, type PhotoKind, type UnitOption, type ValidationStrings, type WizardValues } from "@/components/declaration/types";
import { useCommunes } from "@/components/declaration/use-reference-list";
import { WebcamPhoto, type WebcamText } from "./webcam-photo";

export type AssistedText = WebcamText & {
  personHeading: string;
  contactHeading: string;
  photosHeading: string;
  photosIntro: string;
  commitmentHeading: string;
  commitmentHint: string;
  noPhoneLabel: string;
  noPhoneHint: string;
  readBackHint: string;
  submit: string;
  sending: string;
  doneTitle: string;
  donePrint: string;
  doneDecide: string;
  doneNoPhone: string;
  registerPhone: string;
  another: string;
};

type Props = {
  locale: string;
  t: DeclarationStrings;
  v: ValidationStrings;
  text: AssistedText;
  /** The officer's office: the receiving office of every declaration keyed in here. */
  officeCode: string;
  provinces: UnitOption[];
  nationalities: Option[];
  bhxhLookupUrl: string;
};

const NO_PHONE_PATH = "noPhone";
const TARGETS: Record<string, string> = {
  dateOfBirth: dateFieldId("dateOfBirth"),
  idIssueDate: dateFieldId("idIssueDate"),
  sex: radioId("sex", "male"),
  idType: radioId("idType", "cccd"),
  phoneVerificationToken: PHONE_VERIFICATION_TARGET,
  ...Object.fromEntries(PHOTO_KINDS.map((kind) => [kind, photoTargetId(kind)])),
};
const targetOf = (path: string) => TARGETS[path] ?? fieldId(path === "address" ? "address.provinceCode" : path);

/** The fields in page order, for the error summary. */
const ORDER = ["fullName", "dateOfBirth", "sex", "nationality", "bhxhCode", "idType", "idNumber", "idIssueDate", "idIssuePlace", "address.provinceCode", "address.communeCode", "address.street", "phone", "phoneVerificationToken", "email", "emailCopy", ...PHOTO_KINDS, "commitment", CONSENT_PATH];

/** The message react-hook-form holds for a path ("address.provinceCode"), if any. */
function rhfMessage(errors: FieldErrors<WizardValues>, path: string): string | undefined {
  const message = get<FieldErrors<WizardValues>, { message?: unknown } | undefined>(errors, path)?.message;
  return typeof message === "string" && message ? message : undefined;
}

function newKey(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `assisted-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

type Sent = { reference: string; noPhone: boolean };
type SendState = { phase: "idle" } | { phase: "sending"; progress: number } | { phase: "failed"; message: string };

export function AssistedDeclarationForm({ locale, t, v, text, officeCode, provinces, nationalities, bhxhLookupUrl }: Props) {
  const [noPhone, setNoPhone] = useState(false);
  const noPhoneRef = useRef(false);
  const resolver = useMemo<Resolver<WizardValues>>(() => {
    const withPhone = zodResolver(ZDeclarationInputSchema, undefined, { raw: true }) as unknown as Resolver<WizardValues>;
    const withoutPhone = zodResolver(ZNoPhoneDeclarationInputSchema, undefined, { raw: true }) as unknown as Resolver<WizardValues>;
    return (values, context, options) => (noPhoneRef.current ? withoutPhone({ ...values, noPhone: true } as WizardValues, context, options) : withPhone(values, context, options));
  }, []);
  const form = useForm<WizardValues>({ defaultValues: { ...EMPTY_VALUES, declarant: "individual", officeCode }, resolver, mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false });
  const { errors } = form.formState;
  const [provinceCode, phone, idType] = useWatch({ control: form.control, name: ["address.provinceCode", "phone", "idType"] });
  const communes = useCommunes(provinceCode, locale);

  const [photos, setPhotos] = useState<Partial<Record<PhotoKind, Photo>>>({});
  const [photoProblems, setPhotoProblems] = useState<Partial<Record<PhotoKind, string>>>({});
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  const [ownErrors, setOwnErrors] = useState<FieldProblem[]>([]);
  const [serverErrors, setServerErrors] = useState<FieldProblem[]>([]);
  const [send, setSend] = useState<SendState>({ phase: "idle" });
  const [sent, setSent] = useState<Sent | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One key per declaration: kept across retries and double clicks, renewed only for the next person.
  const idempotencyKey = useRef<string>("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (sent) doneRef.current?.focus();
  }, [sent]);

  const errorText = (path: string): string | undefined => {
    const own = rhfMessage(errors, path);
    if (own) return messageFor(own, t, v);
    return ownErrors.find((e) => e.path === path)?.message ?? serverErrors.find((e) => (e.path === "address" ? "address.provinceCode" : e.path) === path)?.message;
  };
  const photoError = (kind: PhotoKind) => photoProblems[kind] ?? errorText(kind);
  const summaryItems: SummaryItem[] = [
    ...ORDER.flatMap((path) => {
      const message = (PHOTO_KINDS as readonly string[]).includes(path) ? photoError(path as PhotoKind) : errorText(path);
      return message ? [{ targetId: targetOf(path), message }] : [];
    }),
    ...serverErrors.filter((e) => !ORDER.includes(e.path) && e.path !== "address").map((e) => ({ targetId: targetOf(e.path), message: e.message })),
    ...(send.phase === "failed" ? [{ targetId: "assisted-submit", message: send.message }] : []),
  ];

  const checkLocally = (): FieldProblem[] => {
    const problems: FieldProblem[] = [];
    if (!noPhone && !isVerifiedFor(verification, phone)) problems.push({ path: "phoneVerificationToken", message: t.phoneVerifyRequired });
    for (const kind of PHOTO_KINDS) {
      if (!photos[kind] && !(kind === "idBack" && idType === "passport")) problems.push({ path: kind, message: t[`photoRequired_${kind}`] });
    }
    return problems;
  };

  const onValid = async (values: WizardValues) => {
    const local = checkLocally();
    setOwnErrors(local);
    if (local.length > 0) return setAttempt((n) => n + 1);
    await post(values);
  };
  const onInvalid = () => {
    setOwnErrors(checkLocally());
    setAttempt((n) => n + 1);
  };

  const post = async (values: WizardValues) => {
    if (send.phase === "sending") return;
    idempotencyKey.current ||= newKey();
    const { declarant: _d, officeProvinceCode: _o, phone: typedPhone, ...rest } = values;
    const declaration = noPhone ? { ...rest, officeCode, noPhone: true } : { ...rest, officeCode, phone: typedPhone, phoneVerificationToken: verification?.token };
    setServerErrors([]);
    setSend({ phase: "sending", progress: 0 });
    const result = await sendDeclaration({
      url: "/can-bo/ho-so/moi/gui",
      declaration,
      photos,
      idempotencyKey: idempotencyKey.current,
      locale,
      onProgress: (progress) => setSend({ phase: "sending", progress }),
    });
    switch (result.kind) {
      case "created":
        setSend({ phase: "idle" });
        return setSent({ reference: result.declaration.reference, noPhone });
      case "invalid":
        setServerErrors(result.errors);
        setSend({ phase: "idle" });
        break;
      case "conflict":
        setSend({ phase: "failed", message: result.conflict.message });
        break;
      case "refused":
        if (result.path) {
          setServerErrors([{ path: result.path, message: result.message }]);
          setSend({ phase: "idle" });
        } else setSend({ phase: "failed", message: result.message });
        break;
      case "rateLimited":
        setSend({ phase: "failed", message: fill(t.sendRateLimited, { minutes: Math.ceil(result.retryAfterSeconds / 60) }) });
        break;
      case "network":
        setSend({ phase: "failed", message: t.sendNetworkError });
        break;
      default:
        setSend({ phase: "failed", message: t.sendServerError });
    }
    setAttempt((n) => n + 1);
  };

  const startAnother = () => {
    form.reset({ ...EMPTY_VALUES, declarant: "individual", officeCode });
    setPhotos({});
    setPhotoProblems({});
    setVerification(null);
    setNoPhone(false);
    noPhoneRef.current = false;
    setOwnErrors([]);
    setServerErrors([]);
    idempotencyKey.current = "";
    setSent(null);
  };

  if (sent) {
    return (
      <div className="notice notice--success" role="status">
        <h2 ref={doneRef} tabIndex={-1}>
          {fill(text.doneTitle, { reference: sent.reference })}
        </h2>
        {sent.noPhone ? (
          <p>
            {text.doneNoPhone} <a href={`/can-bo/ho-so/dien-thoai/${sent.reference}`}>{text.registerPhone}</a>
          </p>
        ) : null}
        <div className="button-group">
          <a className="button button--secondary" href={`/api/v1/declarations/${sent.reference}/pdf`} target="_blank" rel="noopener">
            {text.donePrint}
          </a>
          <a className="button" href={`/can-bo/ho-so/${sent.reference}`}>
            {text.doneDecide}
          </a>
          <button type="button" className="bo-link-button" onClick={startAnother}>
            {text.another}
          </button>
        </div>
      </div>
    );
  }

  const stepProps = { form, t, errorText };
  const passport = idType === "passport";
  const sending = send.phase === "sending";
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)} className="wizard">
      <ErrorSummary ref={summaryRef} title={t.errorSummaryTitle} items={summaryItems} />
      <h2>{text.personHeading}</h2>
      <AboutStep {...stepProps} nationalities={nationalities} bhxhLookupUrl={bhxhLookupUrl} />
      <IdentityStep {...stepProps} />

      <h2>{text.contactHeading}</h2>
      <ContactStep
        {...stepProps}
        provinces={provinces}
        communes={communes}
        phoneVerification={
          <>
          <CheckboxField
            path={NO_PHONE_PATH}
            label={text.noPhoneLabel}
            hint={text.noPhoneHint}
            error={undefined}
            errorPrefix={t.errorPrefix}
            // Not a field of the declaration's values: it chooses the schema (and the JSON) the form sends.
            registration={
              {
                name: NO_PHONE_PATH,
                ref: () => undefined,
                onBlur: async () => undefined,
                onChange: async (event: { target: { checked?: boolean } }) => {
                  const checked = Boolean(event.target.checked);
                  noPhoneRef.current = checked;
                  setNoPhone(checked);
                  if (checked) form.setValue("phone", "");
                },
              } as UseFormRegisterReturn
            }
          />
          {noPhone ? null : (
            <>
              <p className="field__hint">{text.readBackHint}</p>
              <PhoneVerificationPanel t={t} locale={locale} phone={phone} verification={verification} onVerified={setVerification} error={errorText("phoneVerificationToken")} />
            </>
          )}
          </>
        }
      />

      <h2>{text.photosHeading}</h2>
      <p>{text.photosIntro}</p>
      <PhotosStep
        t={t}
        locale={locale}
        passport={passport}
        photos={photos}
        errorText={photoError}
        onPhoto={(kind, photo) => setPhotos((current) => ({ ...current, [kind]: photo }))}
        onProblem={(kind, message) => setPhotoProblems((current) => ({ ...current, [kind]: message }))}
        after={Object.fromEntries(
          PHOTO_KINDS.map((kind) => [
            kind,
            <WebcamPhoto
              key={kind}
              kind={kind}
              label={photoLabel(t, kind, passport)}
              text={text}
              onPhoto={(k, photo) => setPhotos((current) => ({ ...current, [k]: photo }))}
              onProblem={(k, message) => setPhotoProblems((current) => ({ ...current, [k]: message }))}
              describeProblem={(problem) => problemMessage(t, problem, photoLabel(t, kind, passport))}
            />,
          ]),
        )}
      />

      <h2>{text.commitmentHeading}</h2>
      <p className="field__hint">{text.commitmentHint}</p>
      <CheckboxField path="commitment" label={t.commitmentText} error={errorText("commitment")} errorPrefix={t.errorPrefix} registration={form.register("commitment")} />
      <DataProcessingConsent t={t} error={errorText(CONSENT_PATH)} registration={form.register("dataProcessingConsent")} />

      {sending ? (
        <p role="status">
          {text.sending} <progress max={1} value={send.progress} />
        </p>
      ) : null}
      <div className="button-group">
        <button type="submit" id="assisted-submit" className="button" disabled={sending} aria-disabled={sending}>
          {sending ? text.sending : text.submit}
        </button>
      </div>
    </form>
  );
}
