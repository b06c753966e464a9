import "server-only";
// Correcting a rejected declaration and sending it again: same reference and access token, version + 1,
// a new 10-day window, the fields replaced and, for each photo sent again, that photo replaced (a photo
// not sent again is kept, unless it was purged). The decision is cleared. The previous version's values
// go into the audit event; the replaced photos are deleted once the change has committed.
// The phone on record counts as confirmed (the correction link was sent to it); a new phone number needs
// a verification token for it, as on the first send.
import { canPerform, nextStatus } from "@/lib/domain/declaration-status";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { toIsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/i18n/config";
import type { DeclarationInput } from "@/lib/schemas/declaration";
import { recordAuditEvent } from "../audit";
import { prisma, type Tx } from "../db/client";
import { hitRateLimit, RATE_LIMITS } from "../rate-limit";
import type { PhotoKind } from "../images/process-photo";
import { verifyDeclarationAccess } from "./declaration-access";
import { IDEMPOTENCY_KEY_PATTERN, parseDeclarationInput, requestFingerprint } from "./declaration-input";
import { fieldIssue, problem, validationFailure, type ProblemFailure, type ValidationFailure } from "./results";
import { findConflict, lockIdNumber, type Conflict } from "./rules";
import { emailCapError } from "./email-confirmation";
import { deleteStoredFiles, missingPhotoErrors, processUploads, type StoredPhoto } from "./store-declaration-photos";
import {
  auditFile,
  checkBeforePhotos,
  storePhotosAndWrite,
  conflictFailure,
  createdBody,
  declarationColumns,
  enqueueReceivedMessages,
  fileRow,
  lockRecipients,
  phoneVerificationFailure,
  replayIdempotent,
  withoutVerificationToken,
  type DeclarationCreatedBody,
  type DeclarationRequest,
} from "./submit-declaration";

export type ResubmitDeclarationInput = DeclarationRequest & {
  reference: string;
  /** The declarer's access token (bearer header or the web cookie). */
  token: string | null;
};

export type ResubmitResult =
  | { ok: true; status: 200; body: DeclarationCreatedBody; accessToken: string; replayed: boolean }
  | ValidationFailure
  | ProblemFailure;

export type ResubmitDependencies = { now?: () => Date; afterPhotosStored?: () => Promise<void> };

const AUDIT_TYPE = "declaration.resubmitted" as const;

export async function resubmitDeclaration(request: ResubmitDeclarationInput, deps: ResubmitDependencies = {}): Promise<ResubmitResult> {
  const locale = request.locale ?? "vi";
  const now = (deps.now ?? (() => new Date()))();
  const key = request.idempotencyKey ?? undefined;
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    return validationFailure([fieldIssue("Idempotency-Key", "declaration.server_idempotencyKeyInvalid")]);
  }
  const access = await verifyDeclarationAccess(request.reference, request.token);
  if (!access) return problem("notFound");
  // The reference is part of the fingerprint: a key can only ever replay the correction of this declaration.
  const fingerprint = requestFingerprint({ reference: access.reference, declaration: withoutVerificationToken(request.json) }, request.files);
  if (key !== undefined) {
    const replay = await replayResubmission(key, fingerprint);
    if (replay) return replay;
  }

  const limit = await hitRateLimit(RATE_LIMITS.declarationSubmitPerIp, request.ip ?? "unknown");
  if (!limit.allowed) {
    return problem("submitRateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
  }

  const current = await prisma.declaration.findUniqueOrThrow({ where: { id: access.declarationId }, include: { files: true } });
  if (!canPerform(current.status, "resubmit")) return problem("notRejected", { reference: current.reference });

  const parsed = parseDeclarationInput(request.json);
  const kept = new Set<PhotoKind>(current.filesPurgedAt ? [] : current.files.map((f) => f.kind));
  const idType = parsed.ok ? parsed.input.idType : undefined;
  const errors = [...(parsed.ok ? [] : parsed.errors), ...missingPhotoErrors(request.files, idType, kept)];
  if (!parsed.ok || errors.length > 0) return validationFailure(errors);
  const input = parsed.input;
  if (input.phone !== current.phone) {
    const unverified = phoneVerificationFailure(request.json, input.phone, now);
    if (unverified) return unverified;
  }
  const conflictContext = { verifiedPhone: input.phone, now, ip: request.ip, userAgent: request.userAgent };
  const refused = await checkBeforePhotos({ ...input, excludeDeclarationId: current.id }, conflictContext);
  if (refused) return refused;

  const processed = await processUploads(request.files);
  if (!processed.ok) return processed;
  const replay = key === undefined ? undefined : () => replayResubmission(key, fingerprint);
  return storePhotosAndWrite(current.id, processed.photos, { afterPhotosStored: deps.afterPhotosStored, replay }, async (stored, markCommitted) => {
    const outcome = await prisma.$transaction(
      (tx) => writeResubmission(tx, { current, input, stored, key, fingerprint, now, request, locale, token: access.token }),
      { maxWait: 10_000, timeout: 30_000 },
    );
    if (outcome.kind === "conflict") return conflictFailure(outcome.conflict, conflictContext);
    if (outcome.kind !== "updated") return outcome.failure;
    markCommitted();
    await deleteStoredFiles(outcome.replacedKeys);
    return { ok: true, status: 200, body: outcome.body, accessToken: access.token, replayed: false } as const;
  });
}

type Current = Awaited<ReturnType<typeof prisma.declaration.findUniqueOrThrow<{ where: { id: string }; include: { files: true } }>>>;

type WriteOutcome =
  | { kind: "updated"; body: DeclarationCreatedBody; replacedKeys: string[] }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "refused"; failure: ValidationFailure | ProblemFailure };

async function writeResubmission(
  tx: Tx,
  args: { current: Current; input: DeclarationInput; stored: StoredPhoto[]; key: string | undefined; fingerprint: string; now: Date; request: ResubmitDeclarationInput; locale: Locale; token: string },
): Promise<WriteOutcome> {
  const { current, input, stored, key, now, locale } = args;
  await lockIdNumber(tx, input.idNumber);
  await lockRecipients(tx, input);
  const conflict = await findConflict(tx, { ...input, excludeDeclarationId: current.id }, now);
  if (conflict) return { kind: "conflict", conflict };
  const emailError = await emailCapError(tx, input.email, now);
  if (emailError) return { kind: "refused", failure: validationFailure([emailError]) };
  const office = await tx.office.findUnique({ where: { code: input.officeCode }, select: { code: true, name: true, address: true, active: true } });
  if (!office?.active) return { kind: "refused", failure: validationFailure([fieldIssue("officeCode", "declaration.server_officeUnavailable")]) };

  const version = current.version + 1;
  const expiresAt = submissionDeadline(now);
  // Only a declaration still rejected, at the version that was read, changes: a concurrent decision or
  // correction makes this one a no-op, answered as "not rejected".
  const { count } = await tx.declaration.updateMany({
    where: { id: current.id, status: current.status, version: current.version },
    data: {
      ...declarationColumns(input),
      locale,
      version,
      status: nextStatus(current.status, "resubmit"),
      // Without a new key, the first send's key (and the request it came with) stay.
      ...(key === undefined ? {} : { idempotencyKey: key, requestFingerprint: args.fingerprint }),
      commitmentAt: now,
      submittedAt: now,
      expiresAt,
      decidedAt: null,
      decidedById: null,
      rejectionReasonCode: null,
      rejectionReason: null,
      withdrawnAt: null,
      reminderSentAt: null,
      ...(current.filesPurgedAt ? { filesPurgedAt: null } : {}),
    },
  });
  if (count !== 1) return { kind: "refused", failure: problem("notRejected", { reference: current.reference }) };

  const replacedKinds = stored.map((s) => s.kind);
  const replaced = current.files.filter((f) => replacedKinds.includes(f.kind));
  await tx.declarationFile.deleteMany({ where: { declarationId: current.id, kind: { in: replacedKinds } } });
  await tx.declarationFile.createMany({ data: stored.map((photo) => ({ ...fileRow(photo), declarationId: current.id })) });

  await recordAuditEvent(tx, {
    type: AUDIT_TYPE,
    actorType: "citizen",
    officeCode: office.code,
    declarationId: current.id,
    ip: args.request.ip,
    userAgent: args.request.userAgent,
    data: {
      reference: current.reference,
      version,
      idempotencyKey: key ?? null,
      requestFingerprint: args.fingerprint,
      files: stored.map(auditFile),
      previous: previousVersion(current),
    },
  });
  await enqueueReceivedMessages(tx, { declarationId: current.id, version, reference: current.reference, expiresAt, office, input, locale });
  return {
    kind: "updated",
    body: createdBody({ reference: current.reference, version, submittedAt: now, expiresAt, office }, args.token),
    replacedKeys: replaced.map((f) => f.storageKey),
  };
}

/** The version being replaced, as the audit trail keeps it. */
function previousVersion(d: Current) {
  return {
    version: d.version,
    status: d.status,
    fullName: d.fullName,
    dateOfBirth: toIsoDate(d.dateOfBirth),
    sex: d.sex,
    nationality: d.nationality,
    bhxhCode: d.bhxhCode,
    idType: d.idType,
    idNumber: d.idNumber,
    idIssueDate: toIsoDate(d.idIssueDate),
    idIssuePlace: d.idIssuePlace,
    address: { provinceCode: d.provinceCode, communeCode: d.communeCode, street: d.street },
    phone: d.phone,
    email: d.email,
    emailCopy: d.emailCopy,
    officeCode: d.officeCode,
    submittedAt: d.submittedAt.toISOString(),
    expiresAt: d.expiresAt.toISOString(),
    decidedAt: d.decidedAt?.toISOString() ?? null,
    decidedById: d.decidedById,
    rejectionReasonCode: d.rejectionReasonCode,
    rejectionReason: d.rejectionReason,
    files: d.files.map((f) => ({ kind: f.kind, sha256: f.sha256, bytes: f.bytes, width: f.width, height: f.height, storageKey: f.storageKey })),
  };
}

async function replayResubmission(key: string, fingerprint: string): Promise<ResubmitResult | null> {
  const replay = await replayIdempotent(key, fingerprint);
  if (!replay || !replay.ok) return replay as ResubmitResult | null;
  return { ...replay, status: 200 };
}
