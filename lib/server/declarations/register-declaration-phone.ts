import "server-only";
// A declaration keyed in at the counter without a phone (decision 0021) gets a confirmed mobile number: the
// person reads back the code sent to it, an officer of the receiving office registers it, and approval (which
// activates the account and sends the temporary password to that number) is no longer blocked. One
// transaction: the row lock, the same number rules as a new declaration, the number, the audit event and the
// "received" SMS the person never had.
import { recordAuditEvent } from "../audit";
import { canStaffDecide, type StaffPrincipal } from "../auth/staff-access";
import { prisma } from "../db/client";
import { portalUrl, PORTAL_PATHS } from "../notifications/links";
import { enqueueMessage } from "../notifications/outbox";
import { checkVerificationToken } from "../phone-verification/verification-token";
import { staffActorOn } from "./staff-audit";
import { canPerform } from "@/lib/domain/declaration-status";
import { maskPhone } from "@/lib/domain/identifiers";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { decideUnderLock, type DecisionFailure, type DecisionService } from "./lock-for-decision";
import { problem, type ProblemFailure } from "./results";
import { findConflict } from "./rules";

export type RegisterPhoneInput = { reference: string; expectedVersion: number; phoneVerificationToken: string };

export type RegisterPhoneResult =
  | { ok: true; reference: string; phone: string }
  | DecisionFailure
  | { ok: false; code: "phoneAlreadyRegistered" | "phoneVerificationRequired" | "phoneVerificationExpired" | "phoneVerificationMismatch" }
  /** The number breaks a rule of new declarations (another account's number, too many pending): the refusal those rules give. */
  | { ok: false; code: "phoneRefused"; refusal: ProblemFailure };

export const registerDeclarationPhone: DecisionService<RegisterPhoneInput, RegisterPhoneResult> = async (principal, input, info, options = {}) => {
  const now = options.now ?? new Date();
  const token = checkVerificationToken(input.phoneVerificationToken, now);
  if (!token.ok) return { ok: false, code: token.code };
  const phone = token.phone;
  // Registered by whoever may approve it, while it may still be approved.
  return decideUnderLock(principal, input, "approve", async (tx, declaration) => {
    if (declaration.phone !== null) return { ok: false, code: "phoneAlreadyRegistered" } as const;
    const conflict = await findConflict(tx, { ...declaration, phone, excludeDeclarationId: declaration.id }, now);
    if (conflict) {
      // An existing account or another pending declaration for this person is not this number's fault, but it blocks all the same.
      return { ok: false, code: "phoneRefused", refusal: conflict.kind === "problem" ? conflict.failure : problem("recordExists") } as const;
    }
    await tx.declaration.update({ where: { id: declaration.id }, data: { phone } });
    const data = { reference: declaration.reference, version: declaration.version, maskedPhone: maskPhone(phone), phoneVerificationId: token.verificationId };
    await recordAuditEvent(tx, { type: "declaration.phoneRegistered", ...staffActorOn(principal, declaration, info), data });
    const office = await tx.office.findUniqueOrThrow({ where: { code: declaration.officeCode }, select: { name: true, address: true } });
    await enqueueMessage(tx, {
      template: "declarationReceived",
      params: {
        reference: declaration.reference,
        deadline: declaration.expiresAt,
        officeName: office.name,
        officeAddress: office.address,
        lookupUrl: portalUrl(PORTAL_PATHS.lookup),
        fullName: declaration.fullName,
      },
      phone,
      key: `declarationReceived:${declaration.id}:v${declaration.version}`,
      declarationId: declaration.id,
    });
    return { ok: true, reference: declaration.reference, phone } as const;
  });
};

/** What the registration page shows: the declaration when this staff member may register its phone now, else null. */
export async function findDeclarationAwaitingPhone(principal: StaffPrincipal, referenceInput: string): Promise<{ reference: string; version: number; fullName: string } | null> {
  const reference = normalizeReferenceInput(referenceInput);
  if (!reference) return null;
  const row = await prisma.declaration.findUnique({ where: { reference }, select: { reference: true, version: true, fullName: true, status: true, phone: true, officeCode: true } });
  if (!row || row.phone !== null || !canStaffDecide(principal, row) || !canPerform(row.status, "approve")) return null;
  return { reference: row.reference, version: row.version, fullName: row.fullName };
}
