// POST /api/v1/phone-verifications {phone}: sends a six-digit code by SMS to confirm a mobile number
// before a declaration (202). 429 with Retry-After before the resend wait or beyond the daily cap.
import { readSmallJson } from "@/lib/server/api/json-body";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse } from "@/lib/server/api/http";
import { sendPhoneCode } from "@/lib/server/phone-verification/send-phone-code";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const { ip, userAgent } = requestInfoFrom(request.headers);
    const result = await sendPhoneCode({ json: await readSmallJson(request), ip, userAgent });
    if (!result.ok) return failureResponse(result, locale);
    return jsonResponse(result.body, { status: 202, headers: { "Content-Language": locale } });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /api/v1/phone-verifications");
  }
}
