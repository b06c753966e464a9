// POST /api/v1/declarations/record-check {idNumber, bhxhCode, phoneVerificationToken?}: does a
// declaration wait or an account exist for them? 200 {status:"clear"}, or the 409 sending would give
// (generic to anyone, detailed to the holder of the record's confirmed phone). The wizard calls it after
// the ID step.
import { readSmallJson } from "@/lib/server/api/json-body";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse } from "@/lib/server/api/http";
import { checkExistingRecord } from "@/lib/server/declarations/check-existing-record";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const { ip, userAgent } = requestInfoFrom(request.headers);
    const result = await checkExistingRecord({ json: await readSmallJson(request), ip, userAgent });
    if (!result.ok) return failureResponse(result, locale);
    return jsonResponse(result.body, { status: 200, headers: { "Content-Language": locale } });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /api/v1/declarations/record-check");
  }
}
