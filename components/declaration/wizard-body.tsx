// The body of the /dang-ky/ke-khai wizard (loaded lazily by declaration-wizard.tsx): one react-hook-form form
// across five short steps and a review, validated step by step with the same zod schemas the server uses,
// saved on the device as the person types, and sent with an idempotency key and a progress bar. Until it has
// hydrated, its server-rendered controls are disabled: nothing can be typed or sent that would be lost.
// With the page loads only the first step; the validation and the later steps load on first use
// (issue 18 §6, decisions 0027 and 0030).
"use client";
import { useRouter } from "next/navigation";
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useForm, useFormState, useWatch, type FieldErrors, type Resolver, type UseFormReturn } from "react-hook-form";
import { clearDraft, clearPhotos, draftKey, loadDraft, loadPhotos, saveDraft, savePhoto } from "./draft-store";
import { ErrorSummary, focusField, type SummaryItem } from "@/components/ui/error-summary";
import { dateFieldId, fieldId, radioId } from "./fields";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import type { Conflict, FieldProblem } from "./send-declaration";
import { AboutStep } from "./about-step";
import { CCCD_ISSUE_PLACE_TARGET, CONSENT_PATH, isVerifiedFor, PHONE_VERIFICATION_TARGET, photoTargetId, RECORD_CONFLICT_CODES, type PhoneVerification } from "./wizard-constants";
import { normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { fill, messageFor } from "./text";
import { StepHeading } from "./step-heading";
import { EMPTY_VALUES, PHOTO_KINDS, type DeclarationStrings, type DeclarationWizardProps, type Photo, type PhotoKind, type WizardValues } from "./types";
import { useCommunes, useOffices } from "./use-reference-list";
import type { ValidatedStep } from "./wizard-validation";
import { QrFillSection } from "@/components/qr/qr-fill-section";
import { useQrFill } from "@/components/qr/use-qr-fill";

/** The fields of each numbered step, in the order they appear (the error summary lists them so). */
const STEP_FIELDS: readonly (readonly string[])[] = [
  ["fullName", "dateOfBirth", "sex", "nationality", "bhxhCode"],
  ["idType", "idNumber", "idIssueDate", "idIssuePlace"],
  ["address.provinceCode", "address.communeCode", "address.street", "phone", "phoneVerificationToken", "email", "emailCopy"],
  PHOTO_KINDS,
  ["officeCode"],
];
const NUMBERED_STEPS = STEP_FIELDS.length;
const REVIEW = NUMBERED_STEPS;
const ABOUT = 0;
const IDENTITY = 1;
const CONTACT = 2;
const PHOTOS = 3;
const OFFICE = 4;

/** Where an error summary link for a path lands. */
const TARGETS: Record<string, string> = {
  dateOfBirth: dateFieldId("dateOfBirth"),
  idIssueDate: dateFieldId("idIssueDate"),
  sex: radioId("sex", "male"),
  idType: radioId("idType", "cccd"),
  portrait: photoTargetId("portrait"),
  idFront: photoTargetId("idFront"),
  idBack: photoTargetId("idBack"),
  phoneVerificationToken: PHONE_VERIFICATION_TARGET,
};
/** `load` once for every caller; a failed download is tried again by the next call. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
/** The validation module (zod and the schemas): on the form's first use, or by the first check. */
const loadValidation = loadOnce(() => import("./wizard-validation"));
type LaterSteps = typeof import("./later-steps");
/** The steps after the first (and sending): on the form's first use, by the first check, or for a draft restored past step 1. */
const loadLaterSteps = loadOnce(() => import("./later-steps"));
const LATER_STEPS_RETRY_MS = 3000;
const VALIDATED_STEPS: Partial<Record<number, ValidatedStep>> = { [ABOUT]: "about", [IDENTITY]: "identity", [CONTACT]: "contact", [OFFICE]: "office" };

const targetOf = (path: string) => TARGETS[path] ?? fieldId(path);
/** As targetOf, for the values now: a CCCD's "Nơi cấp" is a choice until "Khác" is picked. */
const targetFor = (values: Pick<WizardValues, "idType" | "idIssuePlaceOther">) => (path: string) =>
  path === "idIssuePlace" && values.idType === "cccd" && !values.idIssuePlaceOther ? CCCD_ISSUE_PLACE_TARGET : targetOf(path);

/** A server or schema path as the wizard names it ("address" alone means its first field). */
function canonicalPath(path: string): string {
  return path === "address" ? "address.provinceCode" : path;
}

function stepOfPath(path: string): number | null {
  const index = STEP_FIELDS.findIndex((fields) => fields.includes(canonicalPath(path)));
  return index === -1 ? null : index;
}

function rhfMessage(errors: FieldErrors<WizardValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" && message ? message : undefined;
}

/** A v4 UUID; crypto.randomUUID needs a secure context, which a plain-HTTP intranet deployment is not. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type SendState =
  | { phase: "idle" }
  | { phase: "sending"; progress: number }
  | { phase: "done" }
  | { phase: "network" | "server" }
  | { phase: "rateLimited"; minutes: number }
  | { phase: "refused"; message: string }
  | { phase: "conflict"; conflict: Conflict };

type FocusRequest = { target: "heading" | "summary" | "send" | "early" | string; n: number };

/** The early check after the ID step: running, or stopped with what to do instead. */
type EarlyCheck = { phase: "checking" } | { phase: "stopped"; conflict: Conflict } | { phase: "rateLimited"; message: string } | null;

/**
 * Owns the react-hook-form instance and renders the form. `useForm` re-renders its component as it becomes
 * ready, synchronously inside React's hydration commit, where no slicing helps: that re-render is of this
 * small component only, as the form (`WizardForm`, memo) keeps the same props (issue 18 §6, decision 0030).
 */
export default function WizardBody(props: DeclarationWizardProps) {
  const { correction, vneid } = props;
  // Prefilled from VNeID: the identity's values, under a draft of their own (an older draft is not mixed in).
  const vneidValues = useMemo<WizardValues | null>(() => (vneid ? { ...EMPTY_VALUES, ...vneid.values, declarant: "individual" } : null), [vneid]);
  const initialValues = correction?.values ?? vneidValues ?? EMPTY_VALUES;
  const stepRef = useRef(ABOUT);

  // Each step is checked by its own schema; the schemas load lazily (wizard-validation.ts), so a check
  // made before they are there waits for them.
  const resolver = useCallback<Resolver<WizardValues>>(async (values, context, options) => {
    const step = stepRef.current;
    const name = VALIDATED_STEPS[step];
    if (!name) return { values, errors: {} };
    const result = await (await loadValidation()).stepResolvers[name](values, context, options);
    const own = new Set((STEP_FIELDS[step] ?? []).map((path) => path.split(".")[0]!));
    const errors = Object.fromEntries(Object.entries(result.errors).filter(([path]) => own.has(path)));
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  }, []);

  const form = useForm<WizardValues>({ defaultValues: { ...initialValues, declarant: "individual" }, resolver, mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false });
  return <WizardForm {...props} form={form} stepRef={stepRef} initialValues={initialValues} />;
}

type WizardFormProps = DeclarationWizardProps & { form: UseFormReturn<WizardValues>; stepRef: RefObject<number>; initialValues: WizardValues };

const WizardForm = memo(function WizardForm({ locale, t, v, provinces, nationalities, bhxhLookupUrl, correction, qr, vneid, form, stepRef, initialValues }: WizardFormProps) {
  const router = useRouter();
  const firstStep = ABOUT;
  const storageKey = draftKey(correction?.reference ?? (vneid ? `vneid-${vneid.values.idNumber}` : null));

  const [step, setStep] = useState(firstStep);
  // False until this component has hydrated: the server-rendered controls stay disabled until then.
  const [ready, setReady] = useState(false);
  const [returnToReview, setReturnToReview] = useState(false);
  const [photos, setPhotos] = useState<Partial<Record<PhotoKind, Photo>>>({});
  const [photoProblems, setPhotoProblems] = useState<Partial<Record<PhotoKind, string>>>({});
  const [serverErrors, setServerErrors] = useState<FieldProblem[]>([]);
  const [restored, setRestored] = useState(false);
  const [send, setSend] = useState<SendState>({ phase: "idle" });
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const [verification, setVerification] = useState<PhoneVerification | null>(null);
  const verificationRef = useRef<PhoneVerification | null>(null);
  const [early, setEarly] = useState<EarlyCheck>(null);
  // Waiting for the validation chunk on a slow link (the button says so), or it could not be fetched.
  const [validation, setValidation] = useState<"ready" | "loading" | "unavailable">("ready");
  // The later steps' code, once loaded; until then only the first step can be shown.
  const [later, setLater] = useState<LaterSteps | null>(null);
  const earlyRef = useRef<HTMLDivElement>(null);
  const hydrated = useRef(false);
  const finished = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const sendNoticeRef = useRef<HTMLDivElement>(null);
  const baseTitle = useRef("");

  // The errors, by a subscription of this component's own (WizardBody's re-renders do not reach it).
  const { errors } = useFormState({ control: form.control });
  // Filling from the QR codes of the CCCD and the BHYT card (components/qr), kept across steps.
  const qrFill = useQrFill(form, locale);

  // ------------------------------------------------------------------------------------------
  // Reference lists (the review needs the names too, so they are loaded here)
  const [provinceCode, communeCode, officeProvinceCode, idType] = useWatch({
    control: form.control,
    name: ["address.provinceCode", "address.communeCode", "officeProvinceCode", "idType"],
  });
  const communes = useCommunes(provinceCode, locale);
  const offices = useOffices(officeProvinceCode, officeProvinceCode === provinceCode ? communeCode : "");

  // ------------------------------------------------------------------------------------------
  // Nothing lost: restore the draft once, then save as the person types
  const persist = useCallback(() => {
    if (!hydrated.current || finished.current) return;
    const values = form.getValues();
    // Nothing typed yet (or everything cleared): no draft, so the next visit starts without a "restored" notice.
    if (stepRef.current === firstStep && JSON.stringify(values) === JSON.stringify(initialValues)) return clearDraft(storageKey);
    const phoneVerification = verificationRef.current && verificationRef.current.expiresAt > Date.now() ? verificationRef.current : null;
    saveDraft(storageKey, { values, step: stepRef.current, idempotencyKey: idempotencyKey.current, phoneVerification });
  }, [form, stepRef, storageKey, firstStep, initialValues]);

  useEffect(() => {
    // In a task of its own: after hydration React runs the effects inside the long task of its commit, and
    // restoring (localStorage, IndexedDB, react-hook-form's reset) would make that task longer (issue 18 §6).
    const restore = setTimeout(() => {
      baseTitle.current = document.title;
      const draft = loadDraft(storageKey);
      // Restoring and enabling the form re-render all of it: as a transition, which React renders in slices
      // the browser can answer a tap between, instead of one long task in the page's load (issue 18 §6).
      startTransition(() => {
        if (!draft) {
          // When the body was rendered on the server (correction mode), hydration leaves the registered
          // inputs blank although the form holds their values: write them into the fields once.
          form.reset(form.getValues());
        } else {
          form.reset({ ...initialValues, ...draft.values, address: { ...initialValues.address, ...draft.values.address } });
          idempotencyKey.current = draft.idempotencyKey;
          const restoredVerification = draft.phoneVerification && draft.phoneVerification.expiresAt > Date.now() ? draft.phoneVerification : null;
          verificationRef.current = restoredVerification;
          const savedStep = Math.min(Math.max(0, Math.trunc(draft.step) || 0), REVIEW);
          stepRef.current = savedStep;
          // localStorage exists only in the browser, so the draft can only be read after hydration.
          setStep(savedStep);
          setVerification(restoredVerification);
          setRestored(true);
        }
        setReady(true);
      });
      void loadPhotos(storageKey).then((stored) => {
        if (Object.keys(stored).length > 0) {
          setPhotos((current) => ({ ...stored, ...current }));
          setRestored(true);
        }
      });
      hydrated.current = true;
    }, 0);
    return () => clearTimeout(restore);
    // Restoring runs once, on mount; the values it reads do not change afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The schemas and the later steps load once the person starts using the form, in the idle time after that
  // first tap or key: not during the page's load, where evaluating them would block the main thread (issue 18 §6).
  useEffect(() => {
    if (!ready) return;
    const events = ["focusin", "pointerdown", "keydown"] as const;
    // Safari before 18 has no requestIdleCallback: a short timeout instead.
    const whenIdle = typeof window.requestIdleCallback === "function";
    let idle: number | undefined;
    const start = () => {
      for (const type of events) document.removeEventListener(type, start, true);
      const load = () => {
        void loadValidation().catch(() => {}); // the next check tries again
        void loadLaterSteps().then(setLater, () => {});
      };
      idle = whenIdle ? window.requestIdleCallback(load, { timeout: 2000 }) : window.setTimeout(load, 200);
    };
    for (const type of events) document.addEventListener(type, start, true);
    return () => {
      for (const type of events) document.removeEventListener(type, start, true);
      if (idle === undefined) return;
      if (whenIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [ready]);

  // A step after the first needs the later steps' code: a draft restored there fetches it at once, and again
  // every few seconds while that fails (the form stays disabled, saying it is loading, until it is there).
  useEffect(() => {
    if (step === ABOUT || later) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = () =>
      void loadLaterSteps().then(
        (loaded) => live && setLater(loaded),
        () => {
          if (live) retry = setTimeout(attempt, LATER_STEPS_RETRY_MS);
        },
      );
    attempt();
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [step, later]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        timer = setTimeout(persist, 400);
      },
    });
    const flush = () => {
      clearTimeout(timer);
      persist();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [form, persist]);

  const clearAndRestart = async () => {
    clearDraft(storageKey);
    await clearPhotos(storageKey);
    idempotencyKey.current = null;
    form.reset(initialValues);
    setPhotos({});
    setPhotoProblems({});
    setServerErrors([]);
    setSend({ phase: "idle" });
    goTo(firstStep);
  };

  // ------------------------------------------------------------------------------------------
  // Navigation and focus
  const requestFocus = (target: FocusRequest["target"]) => setFocusRequest({ target, n: Date.now() + Math.random() });

  function goTo(next: number, focus: FocusRequest["target"] = "heading") {
    if (next === OFFICE && !form.getValues("officeProvinceCode")) form.setValue("officeProvinceCode", form.getValues("address.provinceCode"));
    if (next !== stepRef.current) setRestored(false);
    stepRef.current = next;
    setStep(next);
    requestFocus(focus);
    persist();
  }

  const headings = [t.aboutTitle, t.identityTitle, t.contactTitle, t.photosTitle, t.officeTitle, t.reviewTitle];
  const heading = headings[step] ?? t.pageTitle;

  const next = () => goTo(returnToReview ? REVIEW : stepRef.current + 1);
  const back = () => goTo(returnToReview ? REVIEW : Math.max(firstStep, stepRef.current - 1));
  const edit = (target: number, field: string) => {
    setReturnToReview(true);
    goTo(target, field);
  };

  // ------------------------------------------------------------------------------------------
  // Errors: the browser's (react-hook-form), the photos', and what the server answered
  const errorText = (path: string): string | undefined => {
    const own = rhfMessage(errors, path);
    if (own) return messageFor(own, t, v);
    return serverErrors.find((e) => canonicalPath(e.path) === path)?.message;
  };
  const photoError = (kind: PhotoKind) => photoProblems[kind] ?? errorText(kind);

  const summaryItems: SummaryItem[] =
    step < NUMBERED_STEPS
      ? (STEP_FIELDS[step] ?? []).flatMap((path) => {
          const message = step === PHOTOS ? photoError(path as PhotoKind) : errorText(path);
          return message ? [{ targetId: targetFor(form.getValues())(path), message }] : [];
        })
      : serverErrors.map((e) => ({ targetId: targetFor(form.getValues())(canonicalPath(e.path)), message: e.message }));

  // Focus moves after the render that shows its target; react-hook-form renders its errors a moment after
  // the failed submit, so a request for the summary waits until the summary is there.
  const handledFocus = useRef(-1);
  const summaryShown = summaryItems.length > 0;
  useEffect(() => {
    if (!focusRequest || handledFocus.current === focusRequest.n) return;
    const { target } = focusRequest;
    if (target === "summary" && !summaryRef.current) return;
    handledFocus.current = focusRequest.n;
    if (target === "heading") {
      window.scrollTo(0, 0);
      headingRef.current?.focus();
    } else if (target === "summary") {
      summaryRef.current?.focus();
      summaryRef.current?.scrollIntoView({ block: "start" });
    } else if (target === "send") {
      sendNoticeRef.current?.focus();
    } else if (target === "early") {
      earlyRef.current?.focus();
    } else {
      focusField(target);
    }
    if (baseTitle.current) document.title = `${heading} – ${baseTitle.current}`;
  }, [focusRequest, heading, summaryShown]);

  /** Shows problems found at sending time (by the full schema or the server) on their steps. */
  const showProblems = (problems: FieldProblem[]) => {
    setServerErrors(problems);
    const steps = problems.map((p) => stepOfPath(p.path)).filter((s): s is number => s !== null);
    setReturnToReview(false);
    if (steps.length === 0) return goTo(REVIEW, "summary");
    goTo(Math.min(...steps), "summary");
  };

  const missingPhotos = (): Partial<Record<PhotoKind, string>> => {
    const passport = form.getValues("idType") === "passport";
    const missing: Partial<Record<PhotoKind, string>> = {};
    for (const kind of PHOTO_KINDS) {
      if (photos[kind] || (passport && kind === "idBack")) continue;
      missing[kind] = photoProblems[kind] ?? t[`photoRequired_${kind}`];
    }
    return missing;
  };

  // ------------------------------------------------------------------------------------------
  // Continue (steps) and send (review)
  // ------------------------------------------------------------------------------------------
  // Phone confirmation (contact step) and the early check (after the ID step)

  /** Correcting, and the phone is still the one on record (the correction link went to it). */
  const isPhoneOnRecord = (phone: string) => !!correction && normalizeVietnameseMobile(phone) !== null && normalizeVietnameseMobile(phone) === normalizeVietnameseMobile(correction.values.phone);
  /** The phone as typed is confirmed: by a live token, or it is the phone on record. */
  const phoneConfirmed = (phone: string) => isVerifiedFor(verificationRef.current, phone) || isPhoneOnRecord(phone);

  const onVerified = (confirmed: PhoneVerification) => {
    verificationRef.current = confirmed;
    setVerification(confirmed);
    setServerErrors((current) => current.filter((e) => e.path !== "phoneVerificationToken"));
    persist();
  };

  const onStepValid = async () => {
    setServerErrors((current) => current.filter((e) => stepOfPath(e.path) !== stepRef.current));
    if (stepRef.current === CONTACT && !phoneConfirmed(form.getValues("phone"))) {
      setServerErrors((current) => [...current, { path: "phoneVerificationToken", message: t.phoneVerifyRequired }]);
      return requestFocus("summary");
    }
    if (stepRef.current === IDENTITY && !correction) {
      setEarly({ phase: "checking" });
      const { idNumber, bhxhCode, phone } = form.getValues();
      const token = isVerifiedFor(verificationRef.current, phone) ? verificationRef.current!.token : undefined;
      const result = await (await loadLaterSteps()).checkRecord({ idNumber, bhxhCode, ...(token ? { phoneVerificationToken: token } : {}) }, locale);
      if (result.kind === "conflict" && RECORD_CONFLICT_CODES.includes(result.conflict.code)) {
        setEarly({ phase: "stopped", conflict: result.conflict });
        return requestFocus("early");
      }
      if (result.kind === "rateLimited") {
        setEarly({ phase: "rateLimited", message: result.message });
        return requestFocus("early");
      }
      setEarly(null);
    }
    next();
  };

  const editIdentity = () => {
    setEarly(null);
    requestFocus(fieldId("idNumber"));
  };

  /** The validation and the later steps, saying on the button that they are on their way, and on the page when they could not be fetched. */
  const withValidation = async () => {
    const pending = setTimeout(() => setValidation("loading"), 150);
    try {
      const [checks, steps] = await Promise.all([loadValidation(), loadLaterSteps()]);
      setLater(steps);
      setValidation("ready");
      return { checks, steps };
    } catch {
      setValidation("unavailable");
      return null;
    } finally {
      clearTimeout(pending);
    }
  };

  const onContinue = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stepRef.current === PHOTOS) {
      const missing = missingPhotos();
      setPhotoProblems(missing);
      if (Object.keys(missing).length > 0) return requestFocus("summary");
      return onStepValid();
    }
    if (validation === "loading" || !(await withValidation())) return;
    void form.handleSubmit(onStepValid, () => requestFocus("summary"))();
  };

  const onPhoto = (kind: PhotoKind, photo: Photo | undefined) => {
    setPhotos((current) => {
      const updated = { ...current };
      if (photo) updated[kind] = photo;
      else delete updated[kind];
      return updated;
    });
    if (photo) {
      setPhotoProblems((current) => ({ ...current, [kind]: undefined }));
      setServerErrors((current) => current.filter((e) => e.path !== kind));
    }
    void savePhoto(storageKey, kind, photo);
    if (kind === "idFront" && qr) qrFill.offerFromPhoto(photo?.blob);
  };
  const onPhotoProblem = (kind: PhotoKind, message: string | undefined) => setPhotoProblems((current) => ({ ...current, [kind]: message }));

  const onSend = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.phase === "sending" || send.phase === "done") return;
    const values = form.getValues();
    const loaded = await withValidation();
    if (!loaded) return;
    const parsed = loaded.checks.parseDeclaration(values);
    if (!parsed.success) {
      return showProblems(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: messageFor(issue.message, t, v) })));
    }
    const missing = missingPhotos();
    if (Object.keys(missing).length > 0) {
      setPhotoProblems(missing);
      setReturnToReview(false);
      return goTo(PHOTOS, "summary");
    }
    if (!phoneConfirmed(values.phone)) return showProblems([{ path: "phoneVerificationToken", message: t.phoneVerifyRequired }]);
    const token = isVerifiedFor(verificationRef.current, values.phone) ? verificationRef.current!.token : undefined;

    idempotencyKey.current ??= newIdempotencyKey();
    persist();
    setSend({ phase: "sending", progress: 0 });
    const result = await loaded.steps.sendDeclaration({
      url: correction ? `/api/v1/declarations/${encodeURIComponent(correction.reference)}/resubmit` : "/api/v1/declarations",
      declaration: token ? { ...parsed.data, phoneVerificationToken: token } : parsed.data,
      photos: values.idType === "passport" && !photos.idBack ? { portrait: photos.portrait, idFront: photos.idFront } : photos,
      idempotencyKey: idempotencyKey.current,
      locale,
      onProgress: (fraction) => setSend({ phase: "sending", progress: fraction }),
    });

    // A definitive refusal means nothing was created: the corrected attempt is a new one.
    const refusedForGood = () => {
      idempotencyKey.current = null;
      persist();
    };
    switch (result.kind) {
      case "created":
        finished.current = true;
        setSend({ phase: "done" });
        clearDraft(storageKey);
        await clearPhotos(storageKey);
        router.push(`/dang-ky/da-gui/${encodeURIComponent(result.declaration.reference)}`);
        return;
      case "invalid":
        refusedForGood();
        setSend({ phase: "idle" });
        // An expired token (or one for another number) is forgotten: the contact step offers a new code.
        if (result.errors.some((e) => e.path === "phoneVerificationToken")) {
          verificationRef.current = null;
          setVerification(null);
        }
        return showProblems(result.errors);
      case "conflict":
        refusedForGood();
        setSend({ phase: "conflict", conflict: result.conflict });
        return requestFocus("send");
      case "refused":
        refusedForGood();
        if (result.path && (PHOTO_KINDS as readonly string[]).includes(result.path)) {
          setSend({ phase: "idle" });
          return showProblems([{ path: result.path, message: result.message }]);
        }
        setSend({ phase: "refused", message: result.message });
        return requestFocus("send");
      case "rateLimited":
        setSend({ phase: "rateLimited", minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
        return requestFocus("send");
      case "network":
        setSend({ phase: "network" });
        return requestFocus("send");
      case "server":
        setSend({ phase: "server" });
        return requestFocus("send");
    }
  };

  // ------------------------------------------------------------------------------------------
  const stepProps = { form, t, errorText };
  // Hydrated, and the step's code is there (the first step's always is; the others load on first use).
  const usable = ready && (step === ABOUT || later !== null);
  const contactPhone = useWatch({ control: form.control, name: "phone" });
  const sending = send.phase === "sending" || send.phase === "done";
  const percent = send.phase === "sending" ? Math.round(send.progress * 100) : send.phase === "done" ? 100 : 0;

  return (
    <form noValidate method="post" onSubmit={step === REVIEW ? onSend : onContinue} className="wizard" aria-busy={!usable}>
      {usable ? null : (
        <p role="status" className="notice wizard__loading">
          {t.formLoading}
        </p>
      )}
      {/* Disabled until hydrated: a tap before the scripts run can neither send a GET nor type into a field that hydration would reset. */}
      <fieldset disabled={!usable} className="wizard__controls">
      {step > firstStep ? (
        <button type="button" className="link-back" onClick={back}>
          {t.back}
        </button>
      ) : correction ? null : (
        <a className="link-back" href="/dang-ky">
          {t.back}
        </a>
      )}

      <ErrorSummary ref={summaryRef} title={t.errorSummaryTitle} items={summaryItems} />

      {restored ? (
        <div className="notice notice--success" role="status">
          <p>{t.restoredNotice}</p>
          <button type="button" className="button button--secondary" onClick={() => void clearAndRestart()}>
            {t.restoredClear}
          </button>
        </div>
      ) : null}

      <StepHeading t={t} step={step} total={NUMBERED_STEPS} heading={heading} headingRef={headingRef} />

      {correction && step === firstStep ? (
        <div className="notice notice--warning">
          <p>{fill(t.correctionNotice, { reference: correction.reference })}</p>
          {correction.reason ? <p>{fill(t.correctionReason, { reason: correction.reason })}</p> : null}
        </div>
      ) : null}

      {vneid && step === firstStep ? (
        <div className="notice notice--warning" data-testid="vneid-prefill">
          <p>
            <strong>{vneid.title}</strong>
          </p>
          <p>{vneid.reason}</p>
          <p>{vneid.filled}</p>
        </div>
      ) : null}

      {step === ABOUT ? <AboutStep {...stepProps} nationalities={nationalities} bhxhLookupUrl={bhxhLookupUrl} qr={qr ? <QrFillSection controller={qrFill} form={form} t={qr} d={t} /> : null} /> : null}
      {/* The steps after the first are shown once their code is there (`usable` keeps the form disabled until then). */}
      {step === IDENTITY && later ? <later.IdentityStep {...stepProps} /> : null}
      {step === IDENTITY && later && early && early.phase !== "checking" ? (
        <div ref={earlyRef} tabIndex={-1} role="alert" className="notice notice--warning early-stop">
          {early.phase === "stopped" ? (
            <>
              <h2>{t.earlyCheckTitle}</h2>
              <later.ConflictDetails conflict={early.conflict} t={t} />
            </>
          ) : (
            <p>{early.message}</p>
          )}
          <button type="button" className="button button--secondary" onClick={editIdentity}>
            {t.earlyCheckEdit}
          </button>
        </div>
      ) : null}
      {step === CONTACT && later ? (
        <later.ContactStep
          {...stepProps}
          provinces={provinces}
          communes={communes}
          phoneVerification={
            isPhoneOnRecord(contactPhone) ? null : (
              <later.PhoneVerificationPanel t={t} locale={locale} phone={contactPhone} verification={verification} onVerified={onVerified} error={errorText("phoneVerificationToken")} />
            )
          }
        />
      ) : null}
      {step === PHOTOS && later ? (
        <later.PhotosStep
          t={t}
          locale={locale}
          passport={idType === "passport"}
          photos={photos}
          errorText={photoError}
          onPhoto={onPhoto}
          onProblem={onPhotoProblem}
          intro={correction ? <div className="notice notice--warning"><p>{t.photosReattach}</p></div> : null}
          after={qr ? { idFront: <later.QrPhotoOffer controller={qrFill} form={form} t={qr} d={t} /> } : undefined}
        />
      ) : null}
      {step === OFFICE && later ? <later.OfficeStep {...stepProps} provinces={provinces} offices={offices} /> : null}

      {step === REVIEW ? (
        later ? (
          <later.ReviewStep
            t={t}
            values={form.getValues()}
            photos={photos}
            provinces={provinces}
            communes={communes.items}
            offices={offices.items}
            nationalities={nationalities}
            targets={Object.fromEntries(STEP_FIELDS.flat().map((p) => [p, targetFor(form.getValues())(p)]))}
            onEdit={edit}
          >
            <later.Commitment t={t} error={errorText("commitment")} registration={form.register("commitment")} />
            <later.DataProcessingConsent t={t} error={errorText(CONSENT_PATH)} registration={form.register("dataProcessingConsent")} />
            <p className="review-next">{fill(t.reviewNextSteps, { days: SUBMISSION_WINDOW_DAYS })}</p>
            <SendNotice send={send} t={t} noticeRef={sendNoticeRef} ConflictDetails={later.ConflictDetails} />
            {send.phase === "sending" || send.phase === "done" ? (
              <div className="upload-progress">
                <label htmlFor="upload-progress">{t.uploadProgressLabel}</label>
                <progress id="upload-progress" max={100} value={percent}>
                  {fill(t.uploadProgress, { percent })}
                </progress>
                <p className="field__hint" aria-hidden="true">
                  {fill(t.uploadProgress, { percent })}
                </p>
              </div>
            ) : null}
            {send.phase === "conflict" && RECORD_CONFLICT_CODES.includes(send.conflict.code) ? null : (
              <div className="button-group">
                <button type="submit" className="button" disabled={sending} aria-disabled={sending}>
                  {sending ? t.sending : send.phase === "network" || send.phase === "server" ? t.retry : t.submit}
                </button>
              </div>
            )}
            <p role="status" className="visually-hidden">
              {sending ? t.sending : ""}
            </p>
          </later.ReviewStep>
        ) : null
      ) : (
        <div className="button-group">
          {step === IDENTITY && early?.phase === "stopped" ? null : (
            <button type="submit" className="button" disabled={early?.phase === "checking"} aria-disabled={early?.phase === "checking" || validation === "loading"}>
              {early?.phase === "checking" && step === IDENTITY ? t.earlyCheckChecking : validation === "loading" ? t.stepChecking : returnToReview ? t.backToReview : t.continue}
            </button>
          )}
        </div>
      )}
      {validation === "unavailable" ? (
        <p role="alert" className="notice notice--warning">
          {t.checkUnavailable}
        </p>
      ) : null}
      {step < REVIEW ? <p className="field__hint wizard__saved">{t.savedOnDevice}</p> : null}
      </fieldset>
    </form>
  );
});

function SendNotice({ send, t, noticeRef, ConflictDetails }: { send: SendState; t: DeclarationStrings; noticeRef: React.Ref<HTMLDivElement>; ConflictDetails: LaterSteps["ConflictDetails"] }) {
  let body: React.ReactNode = null;
  switch (send.phase) {
    case "network":
      body = <p>{t.sendNetworkError}</p>;
      break;
    case "server":
      body = <p>{t.sendServerError}</p>;
      break;
    case "rateLimited":
      body = <p>{fill(t.sendRateLimited, { minutes: send.minutes })}</p>;
      break;
    case "refused":
      body = <p>{send.message}</p>;
      break;
    case "conflict":
      body = (
        <>
          <h2>{t.conflictTitle}</h2>
          <ConflictDetails conflict={send.conflict} t={t} />
        </>
      );
      break;
    default:
      return null;
  }
  return (
    <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice--warning">
      {body}
    </div>
  );
}
