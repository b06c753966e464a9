// POST /api/v1/phone-verifications/confirm {phone, code}: the code sent by SMS → {verificationToken},
// valid 30 minutes for that number; POST /api/v1/declarations requires it as phoneVerificationToken.
import { smallJsonPost } from "@/lib/server/api/json-body";
import { confirmPhoneCode } from "@/lib/server/phone-verification/confirm-phone-code";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = smallJsonPost("POST /api/v1/phone-verifications/confirm", confirmPhoneCode);
