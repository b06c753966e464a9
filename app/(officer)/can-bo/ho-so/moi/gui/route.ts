// POST /can-bo/ho-so/moi/gui: an assisted declaration sent from the counter form (multipart, as the public
// POST /api/v1/declarations, with an Idempotency-Key), for the signed-in officer or supervisor of an office.
// Not part of the public API: it answers only to the staff session cookie, from this portal's own pages.
import { translate } from "@/lib/i18n/catalog";
import { readDeclarationRequest } from "@/lib/server/api/declaration-request";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse, refuseForeignOrigin } from "@/lib/server/api/http";
import { DECISION_ROLES, requireStaff } from "@/lib/server/auth/staff-guards";
import { canStaffAssist, submitDeclaration } from "@/lib/server/declarations/submit-declaration";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = apiLocale(request);
  const foreign = refuseForeignOrigin(request, locale);
  if (foreign) return foreign;
  try {
    const authorization = await requireStaff(DECISION_ROLES);
    if (!authorization.ok || !canStaffAssist(authorization.principal)) {
      return jsonResponse({ code: "forbidden", message: translate(locale, "officer.assistedForbidden") }, { status: 403, headers: { "Content-Language": locale } });
    }
    // The officer's own limit is counted by the service; the counter's shared address is not limited here.
    const parsed = await readDeclarationRequest(request, locale, { rateLimit: null });
    if (!parsed.ok) return parsed.response;
    const { ip, userAgent } = requestInfoFrom(request.headers);
    const result = await submitDeclaration({
      json: parsed.json,
      files: parsed.files,
      idempotencyKey: request.headers.get("idempotency-key") || null,
      ip,
      userAgent,
      locale,
      assisted: { staff: authorization.principal },
    });
    if (!result.ok) return failureResponse(result, locale);
    // No access token and no declarer cookie: the officer reaches the PDF and the declaration as staff of its office.
    const { accessToken: _token, ...body } = result.body;
    return jsonResponse(body, { status: 201, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
  } catch (error) {
    return internalErrorResponse(error, locale, "POST /can-bo/ho-so/moi/gui");
  }
}
