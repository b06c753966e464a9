// POST /api/v1/declarations/{reference}/resubmit: correct a rejected declaration and send it again
// (multipart, like the first send; the declarer's token as Bearer or the web cookie; Idempotency-Key).
import { declarationServiceInput, readDeclarationRequest } from "@/lib/server/api/declaration-request";
import { failureResponse, jsonResponse } from "@/lib/server/api/http";
import { referenceRoute } from "@/lib/server/api/reference-route";
import { readDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { resubmitDeclaration } from "@/lib/server/declarations/resubmit-declaration";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = referenceRoute("POST /api/v1/declarations/{reference}/resubmit", async (request, reference, locale) => {
  const parsed = await readDeclarationRequest(request, locale);
  if (!parsed.ok) return parsed.response;
  const result = await resubmitDeclaration({
    reference,
    token: readDeclarationAccessToken(request, reference),
    ...declarationServiceInput(request, parsed, locale),
  });
  if (!result.ok) return failureResponse(result, locale);
  return jsonResponse(result.body, { status: 200, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
});
