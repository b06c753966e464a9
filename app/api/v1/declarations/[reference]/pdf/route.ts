// Tờ khai 01 of a declaration, for its declarer (access token) and the receiving office's staff; 404 for anyone else.
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { serveDeclarationPdf } from "@/lib/server/pdf/serve-declaration-pdf";

export const dynamic = "force-dynamic";
// react-pdf, sharp and the font files need Node.
export const runtime = "nodejs";

export async function GET(request: Request, context: { params: Promise<{ reference: string }> }): Promise<Response> {
  const { reference } = await context.params;
  return serveDeclarationPdf(request, reference, { getPrincipal: getStaffPrincipal });
}
