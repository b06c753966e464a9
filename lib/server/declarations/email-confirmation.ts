import "server-only";
import { localeOr } from "@/lib/i18n/config";
// The email copy of a declaration goes only to an address its owner confirmed: on sending, the address
// gets one short email with a link (nothing personal but the reference); the "received" email, with the
// PDF when asked for, is written to the outbox when the link's page is confirmed. The link's code is
// HMAC(AUTH_SECRET, declaration id + version + address), so it dies when the declaration is corrected
// with another address. A confirmation is remembered in the audit trail: a correction that keeps the
// address sends the copy straight away (docs/decisions/0011-phone-and-email-confirmation.md).
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { RECIPIENT_CAPS } from "@/lib/domain/phone-verification";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import type { Locale } from "@/lib/i18n/config";
import { recordAuditEvent } from "../audit";
import { prisma, type Tx } from "../db/client";
import { labelledKey } from "../auth/derived-keys";
import { portalUrl, PORTAL_PATHS } from "../notifications/links";
import { enqueueNotification } from "../notifications/outbox";
import { declarationReceived, emailConfirmation } from "../notifications/templates";
import { countRecentMessages, lockRecipient } from "../phone-verification/recipient-caps";
import { fieldIssue, type FieldIssue } from "./results";

export const EMAIL_CONFIRMATION_PATH = "/xac-nhan-email";
/** Emails a declaration can make the portal send to an address, counted by the per-address cap. */
const DECLARATION_EMAIL_TEMPLATES = ["emailConfirmation", "declarationReceived"];

function key(): Buffer {
  return labelledKey("bhxh:email-confirmation:v1");
}

export function emailConfirmationCode(declarationId: string, version: number, email: string): string {
  return createHmac("sha256", key()).update(`${declarationId}:${version}:${email.trim().toLowerCase()}`).digest("base64url");
}

function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** The per-address cap as a field error on "email", or null when one more declaration email is allowed. */
export async function emailCapError(tx: Pick<Tx, "notification">, email: string | undefined, now: Date): Promise<FieldIssue | null> {
  if (!email) return null;
  const sent = await countRecentMessages(tx, { channel: "email", recipient: email, templates: DECLARATION_EMAIL_TEMPLATES, now });
  return sent >= RECIPIENT_CAPS.declarationEmailsPerAddress
    ? fieldIssue("email", "declaration.server_emailDailyCap", { count: RECIPIENT_CAPS.declarationEmailsPerAddress })
    : null;
}

type ReceivedEmail = {
  declarationId: string;
  version: number;
  reference: string;
  expiresAt: Date;
  office: { name: string; address: string };
  fullName: string;
  email: string;
  emailCopy: boolean;
  /** The language the declaration was made in (Declaration.locale): the emails are written in it. */
  locale?: Locale;
};

/**
 * On sending (in the caller's transaction, after lockRecipient on the address and emailCapError): the
 * confirmation email, or the copy itself when this declaration's address was confirmed before.
 */
export async function enqueueDeclarationEmail(tx: Tx, d: ReceivedEmail): Promise<void> {
  const confirmed = await tx.auditEvent.findFirst({
    where: { declarationId: d.declarationId, type: "declaration.emailConfirmed", data: { path: ["emailHash"], equals: emailHash(d.email) } },
    select: { id: true },
  });
  if (confirmed) return void (await enqueueReceivedEmail(tx, d));
  const code = emailConfirmationCode(d.declarationId, d.version, d.email);
  const message = emailConfirmation({ reference: d.reference, confirmUrl: portalUrl(`${EMAIL_CONFIRMATION_PATH}/${d.reference}/${code}`) }, { locale: d.locale });
  await enqueueNotification(tx, {
    channel: "email",
    recipient: d.email,
    template: "emailConfirmation",
    subject: message.email.subject,
    body: message.email.text,
    html: message.email.html,
    idempotencyKey: `emailConfirmation:${d.declarationId}:v${d.version}`,
    declarationId: d.declarationId,
  });
}

async function enqueueReceivedEmail(tx: Tx, d: ReceivedEmail): Promise<boolean> {
  const message = declarationReceived({
    reference: d.reference,
    deadline: d.expiresAt,
    officeName: d.office.name,
    officeAddress: d.office.address,
    lookupUrl: portalUrl(PORTAL_PATHS.lookup),
    fullName: d.fullName,
    version: d.version,
  }, { locale: d.locale });
  return enqueueNotification(tx, {
    channel: "email",
    recipient: d.email,
    template: "declarationReceived",
    subject: message.email.subject,
    body: message.email.text,
    html: message.email.html,
    attachments: d.emailCopy ? [{ kind: "declarationPdf", declarationId: d.declarationId }] : undefined,
    idempotencyKey: `declarationReceived:${d.declarationId}:v${d.version}:email`,
    declarationId: d.declarationId,
  });
}

export type EmailLinkTarget = { reference: string; email: string } | null;

/** The declaration a confirmation link names, if its code holds for the current version and address. */
async function findLinkTarget(rawReference: string, code: string) {
  const reference = normalizeReferenceInput(rawReference);
  if (!reference || typeof code !== "string" || code.length > 100) return null;
  const d = await prisma.declaration.findUnique({
    where: { reference },
    select: { id: true, reference: true, version: true, status: true, email: true, emailCopy: true, fullName: true, expiresAt: true, locale: true, office: { select: { name: true, address: true } } },
  });
  if (!d?.email || d.status === "withdrawn" || d.status === "expired") return null;
  const expected = Buffer.from(emailConfirmationCode(d.id, d.version, d.email));
  const given = Buffer.from(code);
  return expected.length === given.length && timingSafeEqual(expected, given) ? d : null;
}

/** What the confirmation page shows before the button is pressed (a mail scanner's GET confirms nothing). */
export async function describeEmailLink(rawReference: string, code: string): Promise<EmailLinkTarget> {
  const d = await findLinkTarget(rawReference, code);
  return d ? { reference: d.reference, email: d.email! } : null;
}

/** The button: the copy goes to the confirmed address (once per version, whatever the clicks). */
export async function confirmDeclarationEmail(input: { reference: string; code: string; ip: string | null; userAgent: string | null }): Promise<EmailLinkTarget> {
  const d = await findLinkTarget(input.reference, input.code);
  if (!d) return null;
  const email = d.email!;
  await prisma.$transaction(async (tx) => {
    await lockRecipient(tx, email);
    const written = await enqueueReceivedEmail(tx, {
      declarationId: d.id,
      version: d.version,
      reference: d.reference,
      expiresAt: d.expiresAt,
      office: d.office,
      fullName: d.fullName,
      email,
      emailCopy: d.emailCopy,
      locale: localeOr(d.locale),
    });
    if (written) {
      await recordAuditEvent(tx, {
        type: "declaration.emailConfirmed",
        actorType: "citizen",
        declarationId: d.id,
        ip: input.ip,
        userAgent: input.userAgent,
        data: { reference: d.reference, version: d.version, emailHash: emailHash(email) },
      });
    }
  });
  return { reference: d.reference, email };
}
