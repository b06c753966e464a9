// POST …/xac-nhan-email/{reference}/{code}/xac-nhan: the confirmation page's button (a plain form, so it
// works before any script loads; a mail scanner's GET of the link confirms nothing). The service checks
// the code again and writes the copy to the outbox; then back to the page, which says what happened.
import type { NextRequest } from "next/server";
import { confirmDeclarationEmail, EMAIL_CONFIRMATION_PATH } from "@/lib/server/declarations/email-confirmation";
import { redirectToPath } from "@/lib/server/http";
import { requestInfoFrom } from "@/lib/server/request-info";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ reference: string; code: string }> }) {
  const { reference, code } = await params;
  const { ip, userAgent } = requestInfoFrom(request.headers);
  const confirmed = await confirmDeclarationEmail({ reference: decodeURIComponent(reference), code: decodeURIComponent(code), ip, userAgent });
  const response = redirectToPath(`${EMAIL_CONFIRMATION_PATH}/${encodeURIComponent(decodeURIComponent(reference))}/${encodeURIComponent(decodeURIComponent(code))}${confirmed ? "?xong=1" : ""}`);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
