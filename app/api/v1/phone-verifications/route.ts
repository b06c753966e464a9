// POST /api/v1/phone-verifications {phone}: sends a six-digit code by SMS to confirm a mobile number
// before a declaration (202). 429 with Retry-After before the resend wait or beyond the daily cap.
import { smallJsonPost } from "@/lib/server/api/json-body";
import { sendPhoneCode } from "@/lib/server/phone-verification/send-phone-code";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = smallJsonPost("POST /api/v1/phone-verifications", sendPhoneCode);
