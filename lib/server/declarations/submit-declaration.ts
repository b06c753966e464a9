import "server-only";
// Sending Tờ khai 01 (the public API and the /dang-ky form both call this). Checks in order of cost:
// a repeated Idempotency-Key → the first answer again; the per-IP rate limit; the fields (shared zod
// schema) and which photos are present; the address and office; the duplicate rules (a first, unlocked
// look, so no photo is processed for nothing). Then the photos are processed and stored outside any lock,
// and one transaction, holding a lock on the ID number, re-checks the rules and writes the declaration,
// its three files, the audit event and the "received" SMS/email. If it does not commit, the stored
// photos are deleted: nothing is left behind.
import { randomUUID } from "node:crypto";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { fromIsoDate } from "@/lib/domain/dates";
import { searchableText } from "@/lib/domain/identifiers";
import { generateReferenceCode } from "@/lib/domain/reference-code";
import type { Locale } from "@/lib/i18n/config";
import type { DeclarationInput } from "@/lib/schemas/declaration";
import { recordAuditEvent } from "../audit";
import { Prisma, prisma, type Tx } from "../db/client";
import { portalUrl, PORTAL_PATHS } from "../notifications/links";
import { enqueueMessage } from "../notifications/outbox";
import { hitRateLimit, RATE_LIMITS } from "../rate-limit";
import { accessTokenMatches, deriveDeclarationAccessToken, hashDeclarationAccessToken } from "./declaration-access";
import { IDEMPOTENCY_KEY_PATTERN, parseDeclarationInput, requestFingerprint } from "./declaration-input";
import { checkReferenceFields, findConflict, lockIdNumber } from "./rules";
import { fieldError, problem, validationFailure, type DeclarationUploads, type ProblemFailure, type ValidationFailure } from "./results";
import { deleteStoredFiles, missingPhotoErrors, processUploads, storePhotos, type StoredPhoto } from "./store-declaration-photos";

export type { DeclarationUploads, Upload } from "./results";

/** The 201 body: what the declarer needs next (the token opens their PDF and status without an account). */
export type DeclarationCreatedBody = {
  reference: string;
  status: "submitted";
  version: number;
  /** ISO 8601 instants. */
  submittedAt: string;
  expiresAt: string;
  office: { code: string; name: string; address: string };
  accessToken: string;
};

export type SubmitDeclarationInput = {
  /** The `declaration` part, already JSON-parsed (anything: it is validated here). */
  json: unknown;
  files: DeclarationUploads;
  idempotencyKey?: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Language of the messages; Vietnamese by default. */
  locale?: Locale;
};

export type SubmitResult =
  | { ok: true; status: 201; body: DeclarationCreatedBody; accessToken: string; /** True when this answers a repeated Idempotency-Key. */ replayed: boolean }
  | ValidationFailure
  | ProblemFailure<409 | 413 | 415 | 429>;

/** Seams for tests and the benchmark; production passes none. */
export type SubmitDependencies = {
  now?: () => Date;
  generateReference?: () => string;
  /** Runs after the photos are stored and before the transaction (to test what a failure leaves behind). */
  afterPhotosStored?: () => Promise<void>;
};

const AUDIT_TYPE = "declaration.submitted" as const;
const REFERENCE_ATTEMPTS = 5;

export async function submitDeclaration(request: SubmitDeclarationInput, deps: SubmitDependencies = {}): Promise<SubmitResult> {
  const locale = request.locale ?? "vi";
  const now = (deps.now ?? (() => new Date()))();
  const key = request.idempotencyKey ?? undefined;
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    return validationFailure([fieldError(locale, "Idempotency-Key", "declaration.server_idempotencyKeyInvalid")]);
  }
  const fingerprint = requestFingerprint(request.json, request.files);
  if (key !== undefined) {
    const replay = await replayIdempotent(key, fingerprint, locale);
    if (replay) return replay;
  }

  const limit = await hitRateLimit(RATE_LIMITS.declarationSubmitPerIp, request.ip ?? "unknown");
  if (!limit.allowed) {
    return problem(locale, 429, "submitRateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
  }

  const parsed = parseDeclarationInput(request.json, locale);
  const idType = parsed.ok ? parsed.input.idType : idTypeOf(request.json);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...missingPhotoErrors(request.files, idType, locale)];
  if (!parsed.ok || errors.length > 0) return validationFailure(errors);
  const input = parsed.input;

  const referenceErrors = await checkReferenceFields(input, locale);
  if (referenceErrors.length > 0) return validationFailure(referenceErrors);
  const early = await findConflict(prisma, input, locale, now);
  if (early) return early;

  const processed = await processUploads(request.files, locale);
  if (!processed.ok) return processed;

  const declarationId = randomUUID();
  const stored = await storePhotos(declarationId, processed.photos);
  let committed = false;
  try {
    await deps.afterPhotosStored?.();
    const outcome = await prisma.$transaction(
      (tx) => writeDeclaration(tx, { declarationId, input, stored, key, fingerprint, now, request, locale, generateReference: deps.generateReference ?? generateReferenceCode }),
      { maxWait: 10_000, timeout: 30_000 },
    );
    if (outcome.kind === "created") {
      committed = true;
      return { ok: true, status: 201, body: outcome.body, accessToken: outcome.body.accessToken, replayed: false };
    }
    if (outcome.kind === "replay") return (await replayIdempotent(key!, fingerprint, locale))!;
    return outcome.failure;
  } catch (error) {
    // Two sends with one key but different ID numbers do not share a lock: the unique key decides.
    if (key !== undefined && isUniqueViolationOn(error, "idempotencyKey")) {
      const replay = await replayIdempotent(key, fingerprint, locale);
      if (replay) return replay;
    }
    throw error;
  } finally {
    if (!committed) await deleteStoredFiles(stored.map((s) => s.storageKey));
  }
}

type WriteOutcome = { kind: "created"; body: DeclarationCreatedBody } | { kind: "replay" } | { kind: "refused"; failure: ValidationFailure | ProblemFailure<409> };

async function writeDeclaration(
  tx: Tx,
  args: {
    declarationId: string;
    input: DeclarationInput;
    stored: StoredPhoto[];
    key: string | undefined;
    fingerprint: string;
    now: Date;
    request: SubmitDeclarationInput;
    locale: Locale;
    generateReference: () => string;
  },
): Promise<WriteOutcome> {
  const { declarationId, input, stored, key, now, locale } = args;
  await lockIdNumber(tx, input.idNumber);
  if (key !== undefined && (await tx.declaration.findUnique({ where: { idempotencyKey: key }, select: { id: true } }))) return { kind: "replay" };
  const conflict = await findConflict(tx, input, locale, now);
  if (conflict) return { kind: "refused", failure: conflict };
  const office = await tx.office.findUnique({ where: { code: input.officeCode }, select: { code: true, name: true, address: true, active: true } });
  if (!office?.active) return { kind: "refused", failure: validationFailure([fieldError(locale, "officeCode", "declaration.server_officeUnavailable")]) };

  const reference = await drawFreeReference(tx, args.generateReference);
  const accessToken = deriveDeclarationAccessToken(declarationId);
  const expiresAt = submissionDeadline(now);
  await tx.declaration.create({
    data: {
      id: declarationId,
      reference,
      version: 1,
      status: "submitted",
      accessTokenHash: hashDeclarationAccessToken(accessToken),
      idempotencyKey: key ?? null,
      ...declarationColumns(input),
      locale,
      commitmentAt: now,
      submittedAt: now,
      expiresAt,
      files: { create: stored.map(fileRow) },
    },
  });
  await recordAuditEvent(tx, {
    type: AUDIT_TYPE,
    actorType: "citizen",
    officeCode: office.code,
    declarationId,
    ip: args.request.ip,
    userAgent: args.request.userAgent,
    data: { reference, version: 1, idempotencyKey: key ?? null, requestFingerprint: args.fingerprint, files: stored.map(auditFile) },
  });
  await enqueueReceivedMessages(tx, { declarationId, version: 1, reference, expiresAt, office, input, locale });
  return {
    kind: "created",
    body: createdBody({ reference, version: 1, submittedAt: now, expiresAt, office }, accessToken),
  };
}

// ---------------------------------------------------------------------------------------------
// Pieces shared with the resubmission

/** The declaration's columns from the parsed input. */
export function declarationColumns(input: DeclarationInput) {
  return {
    fullName: input.fullName,
    fullNameSearch: searchableText(input.fullName),
    dateOfBirth: fromIsoDate(input.dateOfBirth),
    sex: input.sex,
    nationality: input.nationality,
    bhxhCode: input.bhxhCode,
    idType: input.idType,
    idNumber: input.idNumber,
    idIssueDate: fromIsoDate(input.idIssueDate),
    idIssuePlace: input.idIssuePlace,
    provinceCode: input.address.provinceCode,
    communeCode: input.address.communeCode,
    street: input.address.street,
    phone: input.phone,
    email: input.email ?? null,
    emailCopy: input.emailCopy,
    officeCode: input.officeCode,
  };
}

export function fileRow(photo: StoredPhoto) {
  return { kind: photo.kind, storageKey: photo.storageKey, mediaType: photo.mediaType, bytes: photo.size, width: photo.width, height: photo.height, sha256: photo.sha256 };
}

export function auditFile(photo: StoredPhoto) {
  return { kind: photo.kind, sha256: photo.sha256, bytes: photo.size, width: photo.width, height: photo.height, sourceFormat: photo.sourceFormat, sourceBytes: photo.sourceSize };
}

export function createdBody(
  row: { reference: string; version: number; submittedAt: Date; expiresAt: Date; office: { code: string; name: string; address: string } },
  accessToken: string,
): DeclarationCreatedBody {
  return {
    reference: row.reference,
    status: "submitted",
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    office: { code: row.office.code, name: row.office.name, address: row.office.address },
    accessToken,
  };
}

/** The "received" SMS, and an email when an address was given (with the PDF when the person asked for it). */
export async function enqueueReceivedMessages(
  tx: Tx,
  d: { declarationId: string; version: number; reference: string; expiresAt: Date; office: { name: string; address: string }; input: DeclarationInput; locale?: Locale },
): Promise<void> {
  await enqueueMessage(tx, {
    template: "declarationReceived",
    params: {
      reference: d.reference,
      deadline: d.expiresAt,
      officeName: d.office.name,
      officeAddress: d.office.address,
      lookupUrl: portalUrl(PORTAL_PATHS.lookup),
      fullName: d.input.fullName,
    },
    phone: d.input.phone,
    email: d.input.email ?? null,
    key: `declarationReceived:${d.declarationId}:v${d.version}`,
    attachments: d.input.emailCopy ? [{ kind: "declarationPdf", declarationId: d.declarationId }] : undefined,
    declarationId: d.declarationId,
    locale: d.locale,
  });
}

/**
 * The answer already given to this Idempotency-Key, or null when the key is new. The same key with other
 * content is refused (422), as the IETF Idempotency-Key draft recommends.
 */
export async function replayIdempotent(
  key: string,
  fingerprint: string,
  locale: Locale,
  auditType: "declaration.submitted" | "declaration.resubmitted" = AUDIT_TYPE,
): Promise<SubmitResult | null> {
  const row = await prisma.declaration.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, reference: true, version: true, submittedAt: true, expiresAt: true, accessTokenHash: true, office: { select: { code: true, name: true, address: true } } },
  });
  if (!row) return null;
  const event = await prisma.auditEvent.findFirst({
    where: { declarationId: row.id, type: auditType, data: { path: ["idempotencyKey"], equals: key } },
    orderBy: { id: "desc" },
    select: { data: true },
  });
  const recorded = (event?.data as { requestFingerprint?: unknown } | undefined)?.requestFingerprint;
  if (recorded !== fingerprint) return validationFailure([fieldError(locale, "Idempotency-Key", "declaration.server_idempotencyKeyReused")]);
  const accessToken = deriveDeclarationAccessToken(row.id);
  // Only if the server secret changed since (see declaration-access.ts) can the token not be given again.
  if (!accessTokenMatches(accessToken, row.accessTokenHash)) return problem(locale, 409, "replayUnavailable", { reference: row.reference }, { existingReference: row.reference });
  return { ok: true, status: 201, body: createdBody(row, accessToken), accessToken, replayed: true };
}

async function drawFreeReference(tx: Tx, generate: () => string): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = generate();
    if (!(await tx.declaration.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
  throw new Error(`No free reference code after ${REFERENCE_ATTEMPTS} draws`);
}

function idTypeOf(json: unknown) {
  const idType = json && typeof json === "object" ? (json as Record<string, unknown>).idType : undefined;
  return idType === "cccd" || idType === "cmnd" || idType === "passport" ? idType : undefined;
}

export function isUniqueViolationOn(error: unknown, field: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes(field);
}
