// POST /api/v1/declarations: send Tờ khai 01 (multipart: `declaration` JSON + photos portrait, idFront,
// idBack; header Idempotency-Key). The /dang-ky form and the mobile app both come here.
import { declarationAccessSetCookie } from "@/lib/server/declarations/declaration-access";
import { submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { declarationServiceInput, readDeclarationRequest } from "@/lib/server/api/declaration-request";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse } from "@/lib/server/api/http";
import { prefillFromCookieHeader } from "@/lib/server/vneid/cookies";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  try {
    const parsed = await readDeclarationRequest(request, locale);
    if (!parsed.ok) return parsed.response;
    // The web form after a VNeID sign-in: the identity it vouched for travels in a sealed cookie, never in the body.
    const vneid = prefillFromCookieHeader(request.headers.get("cookie"))?.identity ?? null;
    const result = await submitDeclaration({
      ...declarationServiceInput(request, parsed, locale),
      vneid: vneid ? { idNumber: vneid.idNumber, level: vneid.level } : null,
    });
    if (!result.ok) return failureResponse(result, locale);
    return jsonResponse(result.body, {
      status: 201,
      headers: {
        Location: `/api/v1/declarations/${result.body.reference}`,
        // The web form's way to its confirmation page and PDF; harmless for API clients, which use the token.
        "Set-Cookie": declarationAccessSetCookie(result.body.reference, result.accessToken),
        ...(result.replayed ? { "Idempotent-Replayed": "true" } : {}),
      },
    });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /api/v1/declarations");
  }
}
