// The portrait on file of an account, for the counter screen: counter staff of any office (404 for
// anyone else), each read audited, never cached.
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { readCounterPortrait } from "@/lib/server/counter/read-portrait";
import { requestInfoFrom } from "@/lib/server/request-info";

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string }> }): Promise<Response> {
  const { accountId } = await params;
  const result = await readCounterPortrait(await getStaffPrincipal(), accountId, requestInfoFrom(request.headers));
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (!result.ok) return new Response("Not found", { status: 404, headers });
  return new Response(Buffer.from(result.bytes), { status: 200, headers: { ...headers, "Content-Type": result.mediaType } });
}
