// The receipt of a counter action (A5 PDF), for staff of the office that did it; 404 for anyone else.
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { getCounterReceipt } from "@/lib/server/counter/get-receipt";
import { requestInfoFrom } from "@/lib/server/request-info";

export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  const { reference } = await params;
  const result = await getCounterReceipt(await getStaffPrincipal(), decodeURIComponent(reference), requestInfoFrom(request.headers));
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (!result.ok) return new Response("Not found", { status: 404, headers });
  return new Response(new Uint8Array(result.pdf), {
    status: 200,
    headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="bien-nhan-${result.reference}.pdf"` },
  });
}
