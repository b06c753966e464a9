// Tờ khai 01 of a declaration, for its declarer (access token) and the receiving office's staff; 404 for anyone else.
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { apiLocale, refuseForeignOrigin } from "@/lib/server/api/http";
import { serveDeclarationPdf } from "@/lib/server/pdf/serve-declaration-pdf";

export const dynamic = "force-dynamic";
// react-pdf, sharp and the font files need Node.
export const runtime = "nodejs";

export async function GET(request: Request, context: { params: Promise<{ reference: string }> }): Promise<Response> {
  // Opening the PDF from a link is a navigation and passes; another site embedding or fetching it does not.
  const foreign = refuseForeignOrigin(request, apiLocale(request));
  if (foreign) return foreign;
  const { reference } = await context.params;
  return serveDeclarationPdf(request, reference, { getPrincipal: getStaffPrincipal });
}
