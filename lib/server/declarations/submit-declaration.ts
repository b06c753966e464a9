import "server-only";
// Sending Tờ khai 01 (the public API and the /dang-ky form both call this). Checks in order of cost:
// a repeated Idempotency-Key → the first answer again; the per-IP rate limit; the fields (shared zod
// schema) and which photos are present; the address and office; the duplicate rules (a first, unlocked
// look, so no photo is processed for nothing). The declared mobile number must come with a verification
// token for that number (phone-verification/), and the per-recipient caps hold: pending declarations per
// phone, declaration emails per address. An existing record is answered in detail only to the holder of
// its phone (rules.ts: answerExistingRecord); the email copy waits for the address to be confirmed. Then the photos are processed and stored outside any lock,
// and one transaction, holding a lock on the ID number, re-checks the rules and writes the declaration,
// its three files, the audit event and the "received" SMS/email. If it does not commit, the stored
// photos are deleted: nothing is left behind.
import { randomUUID } from "node:crypto";
import { submissionDeadline } from "@/lib/domain/deadlines";
import { fromIsoDate } from "@/lib/domain/dates";
import { searchableText } from "@/lib/domain/identifiers";
import { generateReferenceCode } from "@/lib/domain/reference-code";
import type { Locale } from "@/lib/i18n/config";
import type { KeyedDeclarationInput } from "@/lib/schemas/declaration";
import { recordAuditEvent } from "../audit";
import { canStaffDecide, type StaffPrincipal } from "../auth/staff-access";
import { Prisma, prisma, type Tx } from "../db/client";
import { portalUrl, PORTAL_PATHS } from "../notifications/links";
import { enqueueMessage } from "../notifications/outbox";
import { hitRateLimit, RATE_LIMITS, type RateLimitRule } from "../rate-limit";
import { lockRecipient } from "../phone-verification/recipient-caps";
import { checkVerificationToken } from "../phone-verification/verification-token";
import { PHONE_CODE_LENGTH, phoneVerificationParams } from "@/lib/domain/phone-verification";
import { emailCapError, enqueueDeclarationEmail } from "./email-confirmation";
import { accessTokenMatches, deriveDeclarationAccessToken, hashDeclarationAccessToken } from "./declaration-access";
import { IDEMPOTENCY_KEY_PATTERN, parseAssistedDeclarationInput, parseDeclarationInput, requestFingerprint } from "./declaration-input";
import { answerExistingRecord, checkReferenceFields, findConflict, hitRecordCheckLimit, lockIdNumber, type Conflict } from "./rules";
import { fieldIssue, problem, validationFailure, type DeclarationUploads, type ProblemFailure, type ValidationFailure } from "./results";
import type { ProcessedPhoto } from "../images/process-photo";
import { deleteStoredFiles, missingPhotoErrors, processUploads, storePhotos, type StoredPhoto } from "./store-declaration-photos";

import type { DeclarationCreatedBody } from "@/lib/schemas/api";
export type { DeclarationUploads, Upload } from "./results";

/** The 201 body (lib/schemas/api.ts): what the declarer needs next (the token opens their PDF and status without an account). */
export type { DeclarationCreatedBody };

/** What a send and a correction both carry: the form, its photos, the client's retry key, who sent it from where. */
export type DeclarationRequest = {
  /** The `declaration` part, already JSON-parsed (anything: it is validated here). */
  json: unknown;
  files: DeclarationUploads;
  idempotencyKey?: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The language the person writes in (kept on the declaration: its emails are written in it); Vietnamese by default. */
  locale?: Locale;
};

export type SubmitDeclarationInput = DeclarationRequest & {
  /** The identity VNeID vouched for in this browser (lib/server/vneid/cookies.ts), if the wizard was prefilled from it. */
  vneid?: { idNumber: string; level: number } | null;
  /**
   * Keyed in at the counter by this officer for the person in front of them (assisted declaration): the same
   * schema, rules and phone confirmation (the person reads back the code), the officer's own office as the
   * receiving office, a per-officer limit instead of the per-IP one, and the officer recorded as who keyed it in.
   * Only here may the JSON say `noPhone: true` (the person has no mobile phone; decision 0021): no phone is
   * stored, no SMS sent, and approval waits until a confirmed number is registered.
   */
  assisted?: { staff: StaffPrincipal };
};

/** Assisted declarations one officer may key in per hour: a busy counter, not a script. */
export const ASSISTED_SUBMIT_PER_STAFF: RateLimitRule = { name: "declaration-assisted-staff", limit: 60, windowSeconds: 3600 };

/** May this staff member key in a declaration at the counter (officers and supervisors of an office)? */
export function canStaffAssist(staff: StaffPrincipal): staff is StaffPrincipal & { officeCode: string } {
  return staff.officeCode !== null && canStaffDecide(staff, { officeCode: staff.officeCode });
}

export type SubmitResult =
  | { ok: true; status: 201; body: DeclarationCreatedBody; accessToken: string; /** True when this answers a repeated Idempotency-Key. */ replayed: boolean }
  | ValidationFailure
  | ProblemFailure;

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
  const staff = request.assisted?.staff;
  // The edge authorizes first; this is the service's own guard.
  if (staff && !canStaffAssist(staff)) throw new Error("Only officers and supervisors of an office key in declarations at the counter");
  // At the counter the receiving office is the officer's own (approved in the same visit).
  const json = staff && canStaffAssist(staff) ? withOfficeCode(request.json, staff.officeCode) : request.json;
  if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    return validationFailure([fieldIssue("Idempotency-Key", "declaration.server_idempotencyKeyInvalid")]);
  }
  // The token is left out: a retry after confirming the phone again is the same declaration.
  const fingerprint = requestFingerprint(withoutVerificationToken(json), request.files);
  if (key !== undefined) {
    const replay = await replayIdempotent(key, fingerprint);
    if (replay) return replay;
  }

  const limit = staff
    ? await hitRateLimit(ASSISTED_SUBMIT_PER_STAFF, staff.id)
    : await hitRateLimit(RATE_LIMITS.declarationSubmitPerIp, request.ip ?? "unknown");
  if (!limit.allowed) {
    return problem("submitRateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, { retryAfterSeconds: limit.retryAfterSeconds });
  }

  const parsed = staff ? parseAssistedDeclarationInput(json) : parseDeclarationInput(json);
  const idType = parsed.ok ? parsed.input.idType : idTypeOf(json);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...missingPhotoErrors(request.files, idType)];
  if (!parsed.ok || errors.length > 0) return validationFailure(errors);
  const input = parsed.input;
  const unverified = input.phone === null ? null : phoneVerificationFailure(json, input.phone, now);
  if (unverified) return unverified;
  const conflictContext = { verifiedPhone: input.phone, now, ip: request.ip, userAgent: request.userAgent };
  const refused = await checkBeforePhotos(input, conflictContext);
  if (refused) return refused;

  const processed = await processUploads(request.files);
  if (!processed.ok) return processed;

  const declarationId = randomUUID();
  const replay = key === undefined ? undefined : () => replayIdempotent(key, fingerprint);
  return storePhotosAndWrite(declarationId, processed.photos, { afterPhotosStored: deps.afterPhotosStored, replay }, async (stored, markCommitted) => {
    const outcome = await prisma.$transaction(
      (tx) => writeDeclaration(tx, { declarationId, input, stored, key, fingerprint, now, request, locale, generateReference: deps.generateReference ?? generateReferenceCode }),
      { maxWait: 10_000, timeout: 30_000 },
    );
    if (outcome.kind === "created") {
      markCommitted();
      return { ok: true, status: 201, body: outcome.body, accessToken: outcome.body.accessToken, replayed: false } as const;
    }
    if (outcome.kind === "replay") return (await replayIdempotent(key!, fingerprint))!;
    if (outcome.kind === "conflict") return conflictFailure(outcome.conflict, conflictContext);
    return outcome.failure;
  });
}

/**
 * Stores the photos under `declarationId`, then runs `write` (the transaction that records them). The
 * stored files are deleted again unless `write` marked the change committed. A unique violation on the
 * idempotency key (two sends with one key but different ID numbers do not share a lock: the unique key
 * decides) is answered by `replay` when it finds the first send.
 */
export async function storePhotosAndWrite<R>(
  declarationId: string,
  photos: ProcessedPhoto[],
  options: { afterPhotosStored?: () => Promise<void>; replay?: () => Promise<R | null> },
  write: (stored: StoredPhoto[], markCommitted: () => void) => Promise<R>,
): Promise<R> {
  const stored = await storePhotos(declarationId, photos);
  let committed = false;
  try {
    await options.afterPhotosStored?.();
    return await write(stored, () => (committed = true));
  } catch (error) {
    if (options.replay && isUniqueViolationOn(error, "idempotencyKey")) {
      const replay = await options.replay();
      if (replay) return replay;
    }
    throw error;
  } finally {
    if (!committed) await deleteStoredFiles(stored.map((s) => s.storageKey));
  }
}

type WriteOutcome =
  | { kind: "created"; body: DeclarationCreatedBody }
  | { kind: "replay" }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "refused"; failure: ValidationFailure | ProblemFailure };

async function writeDeclaration(
  tx: Tx,
  args: {
    declarationId: string;
    input: KeyedDeclarationInput;
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
  await lockRecipients(tx, input);
  const conflict = await findConflict(tx, input, now);
  if (conflict) return { kind: "conflict", conflict };
  const emailError = await emailCapError(tx, input.email, now);
  if (emailError) return { kind: "refused", failure: validationFailure([emailError]) };
  const office = await tx.office.findUnique({ where: { code: input.officeCode }, select: { code: true, name: true, address: true, active: true } });
  if (!office?.active) return { kind: "refused", failure: validationFailure([fieldIssue("officeCode", "declaration.server_officeUnavailable")]) };

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
      assistedById: args.request.assisted?.staff.id ?? null,
      requestFingerprint: key === undefined ? null : args.fingerprint,
      ...declarationColumns(input),
      locale,
      // Recorded only when the declared ID number is the one VNeID vouched for: the officer sees where the identity came from.
      vneidLevel: vneidLevelFor(args.request, input),
      commitmentAt: now,
      submittedAt: now,
      expiresAt,
      files: { create: stored.map(fileRow) },
    },
  });
  const assistedBy = args.request.assisted?.staff;
  await recordAuditEvent(tx, {
    type: AUDIT_TYPE,
    actorType: assistedBy ? "staff" : "citizen",
    actorId: assistedBy?.id ?? null,
    officeCode: office.code,
    declarationId,
    ip: args.request.ip,
    userAgent: args.request.userAgent,
    data: {
      reference,
      version: 1,
      idempotencyKey: key ?? null,
      requestFingerprint: args.fingerprint,
      files: stored.map(auditFile),
      ...(vneidLevelFor(args.request, input) !== null ? { identityFrom: "vneid", vneidLevel: vneidLevelFor(args.request, input) } : {}),
      ...(assistedBy ? { assisted: true } : {}),
      ...(input.phone === null ? { noPhone: true } : {}),
    },
  });
  await enqueueReceivedMessages(tx, { declarationId, version: 1, reference, expiresAt, office, input, locale });
  return {
    kind: "created",
    body: createdBody({ reference, version: 1, submittedAt: now, expiresAt, office }, accessToken),
  };
}

function vneidLevelFor(request: SubmitDeclarationInput, input: KeyedDeclarationInput): number | null {
  return request.vneid && request.vneid.idNumber === input.idNumber ? request.vneid.level : null;
}

// ---------------------------------------------------------------------------------------------
// Pieces shared with the resubmission

/** The declaration's columns from the parsed input. */
export function declarationColumns(input: KeyedDeclarationInput) {
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
    noPhone: input.phone === null,
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

/**
 * The "received" SMS to the confirmed phone and, when an address was given, the email: a confirmation
 * link first (the copy, with the PDF when asked for, follows the click; see email-confirmation.ts).
 */
export async function enqueueReceivedMessages(
  tx: Tx,
  d: { declarationId: string; version: number; reference: string; expiresAt: Date; office: { name: string; address: string }; input: KeyedDeclarationInput; locale?: Locale },
): Promise<void> {
  if (d.input.email) {
    await enqueueDeclarationEmail(tx, {
      declarationId: d.declarationId,
      version: d.version,
      reference: d.reference,
      expiresAt: d.expiresAt,
      office: d.office,
      fullName: d.input.fullName,
      email: d.input.email,
      emailCopy: d.input.emailCopy,
      locale: d.locale,
    });
  }
  await enqueueMessage(tx, {
    template: "declarationReceived",
    params: {
      reference: d.reference,
      deadline: d.expiresAt,
      officeName: d.office.name,
      officeAddress: d.office.address,
      lookupUrl: portalUrl(PORTAL_PATHS.lookup),
      fullName: d.input.fullName,
      version: d.version,
    },
    phone: d.input.phone,
    key: `declarationReceived:${d.declarationId}:v${d.version}`,
    declarationId: d.declarationId,
    locale: d.locale,
  });
}

/**
 * The answer already given to this Idempotency-Key, or null when the key is new. The same key with other
 * content is refused (422), as the IETF Idempotency-Key draft recommends.
 */
export async function replayIdempotent(key: string, fingerprint: string): Promise<SubmitResult | null> {
  const row = await prisma.declaration.findUnique({
    where: { idempotencyKey: key },
    select: { id: true, reference: true, version: true, submittedAt: true, expiresAt: true, accessTokenHash: true, requestFingerprint: true, office: { select: { code: true, name: true, address: true } } },
  });
  if (!row) return null;
  // A first send and a correction never share a fingerprint (the correction's includes the reference).
  if (row.requestFingerprint !== fingerprint) return validationFailure([fieldIssue("Idempotency-Key", "declaration.server_idempotencyKeyReused")]);
  const accessToken = deriveDeclarationAccessToken(row.id);
  // Only if the server secret changed since (see declaration-access.ts) can the token not be given again.
  if (!accessTokenMatches(accessToken, row.accessTokenHash)) return problem("replayUnavailable", { reference: row.reference }, { existingReference: row.reference });
  return { ok: true, status: 201, body: createdBody(row, accessToken), accessToken, replayed: true };
}

async function drawFreeReference(tx: Tx, generate: () => string): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = generate();
    if (!(await tx.declaration.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
  throw new Error(`No free reference code after ${REFERENCE_ATTEMPTS} draws`);
}

/** The phone and email a declaration will message, locked in this order after the ID number (no lock cycles). */
export async function lockRecipients(tx: Tx, input: { phone: string | null; email?: string }): Promise<void> {
  if (input.phone) await lockRecipient(tx, input.phone);
  if (input.email) await lockRecipient(tx, input.email);
}

/** A field issue on phoneVerificationToken unless the JSON carries a valid token for `phone`. */
export function phoneVerificationFailure(json: unknown, phone: string, now: Date): ValidationFailure | null {
  const token = json && typeof json === "object" ? (json as Record<string, unknown>).phoneVerificationToken : undefined;
  const check = checkVerificationToken(token, now, phone);
  if (check.ok) return null;
  return validationFailure([fieldIssue("phoneVerificationToken", `declaration.server_${check.code}`, { ...phoneVerificationParams(), codeLength: PHONE_CODE_LENGTH })]);
}

export function withoutVerificationToken(json: unknown): unknown {
  if (!json || typeof json !== "object" || Array.isArray(json) || !("phoneVerificationToken" in json)) return json;
  const rest = { ...(json as Record<string, unknown>) };
  delete rest.phoneVerificationToken;
  return rest;
}

/** An existing record is answered by who is asking; any other conflict as it is. */
/**
 * What sending and correcting check before any photo is processed: the cap on declaration emails to the
 * address, the reference fields, the record-check limit and a conflict read without locks (the
 * transaction looks again under its locks).
 */
export async function checkBeforePhotos(
  person: Parameters<typeof findConflict>[1] & Parameters<typeof checkReferenceFields>[0] & { email?: string },
  conflictContext: Parameters<typeof answerExistingRecord>[1] & { now: Date },
): Promise<ValidationFailure | ProblemFailure | null> {
  const emailError = await emailCapError(prisma, person.email, conflictContext.now);
  if (emailError) return validationFailure([emailError]);
  const referenceErrors = await checkReferenceFields(person);
  if (referenceErrors.length > 0) return validationFailure(referenceErrors);
  const checks = await hitRecordCheckLimit(person);
  if (checks) return checks;
  const early = await findConflict(prisma, person, conflictContext.now);
  return early ? conflictFailure(early, conflictContext) : null;
}

export function conflictFailure(conflict: Conflict, context: Parameters<typeof answerExistingRecord>[1]): Promise<ProblemFailure> | ProblemFailure {
  return conflict.kind === "problem" ? conflict.failure : answerExistingRecord(conflict.record, context);
}

function withOfficeCode(json: unknown, officeCode: string): unknown {
  return json && typeof json === "object" && !Array.isArray(json) ? { ...(json as Record<string, unknown>), officeCode } : json;
}

function idTypeOf(json: unknown) {
  const idType = json && typeof json === "object" ? (json as Record<string, unknown>).idType : undefined;
  return idType === "cccd" || idType === "cmnd" || idType === "passport" ? idType : undefined;
}

export function isUniqueViolationOn(error: unknown, field: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes(field);
}
