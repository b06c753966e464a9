// What the wizard's body needs of its later steps without loading them: the ids the error summary links to,
// the conflict codes that stop the wizard, and whether a phone confirmation is live. Apart from the steps so
// that those load on first use (later-steps.ts) instead of with the page (issue 18 §6, decision 0030).
import { normalizeVietnameseMobile } from "@/lib/domain/identifiers";
import { radioId } from "./fields";
import type { PhotoKind } from "./types";

/** A confirmed number: E.164, the token and when it stops counting (ms). */
export type PhoneVerification = { phone: string; token: string; expiresAt: number };

/** Is `verification` a live confirmation of the number typed in `phone`? */
export function isVerifiedFor(verification: PhoneVerification | null, phone: string, now = Date.now()): boolean {
  return !!verification && verification.expiresAt > now && normalizeVietnameseMobile(phone) === verification.phone;
}

/** The id the error summary links to for "phoneVerificationToken". */
export const PHONE_VERIFICATION_TARGET = "phone-verification-action";

/** Where an error summary link lands for a photo: "Chọn ảnh", which every device has. */
export function photoTargetId(kind: PhotoKind): string {
  return `photo-${kind}-file`;
}

/** The radio a CCCD's "Nơi cấp" error links to while no place is typed. */
export const CCCD_ISSUE_PLACE_TARGET = radioId("idIssuePlace", "0");

/** Where the consent's field is, for the error summary's link. */
export const CONSENT_PATH = "dataProcessingConsent";

/** Codes that mean "you already have a declaration or an account": the wizard stops, no send button. */
export const RECORD_CONFLICT_CODES = ["recordExists", "pendingDeclarationExists", "accountExists"];
