// POST /api/v1/phone-verifications/confirm {phone, code}: the code sent by SMS → {verificationToken},
// valid 30 minutes for that number; POST /api/v1/declarations requires it as phoneVerificationToken.
import { readSmallJson } from "@/lib/server/api/json-body";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse } from "@/lib/server/api/http";
import { confirmPhoneCode } from "@/lib/server/phone-verification/confirm-phone-code";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const { ip, userAgent } = requestInfoFrom(request.headers);
    const result = await confirmPhoneCode({ json: await readSmallJson(request), ip, userAgent });
    if (!result.ok) return failureResponse(result, locale);
    return jsonResponse(result.body, { status: 200, headers: { "Content-Language": locale } });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /api/v1/phone-verifications/confirm");
  }
}
