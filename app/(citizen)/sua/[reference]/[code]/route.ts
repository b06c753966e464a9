// The correction link of a refusal message: proves the declaration's correction code, stores the access
// cookie and continues to the wizard in correction mode. Anything else goes to the look-up, saying nothing.
import type { NextRequest } from "next/server";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { prisma } from "@/lib/server/db/client";
import { correctionCodeMatches, declarationAccessCookie, deriveDeclarationAccessToken } from "@/lib/server/declarations/declaration-access";
import { hitRateLimit, RATE_LIMITS } from "@/lib/server/rate-limit";
import { requestInfoFrom } from "@/lib/server/request-info";
import { redirectToPath } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ reference: string; code: string }> }) {
  const { reference: rawReference, code } = await params;
  const reference = normalizeReferenceInput(decodeURIComponent(rawReference));
  const lookUp = `/tra-cuu${reference ? `?ma=${reference}` : ""}`;
  const { ip } = requestInfoFrom(request.headers);
  if (!reference || !(await hitRateLimit(RATE_LIMITS.declarationLookupPerIp, ip ?? "unknown")).allowed) {
    return redirectToPath(lookUp);
  }
  const declaration = await prisma.declaration.findUnique({ where: { reference }, select: { id: true, status: true } });
  if (!declaration || declaration.status !== "rejected" || !correctionCodeMatches(declaration.id, code)) {
    return redirectToPath(lookUp);
  }
  const response = redirectToPath(`/dang-ky/ke-khai?sua=${reference}`);
  const cookie = declarationAccessCookie(reference, deriveDeclarationAccessToken(declaration.id));
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
