// A declaration's photo for the officer's screen: staff of the receiving office only (404 for
// anyone else, signed out included), every read audited, never cached.
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { photoResponse } from "@/lib/server/back-office/photo-response";
import { requestInfoFrom } from "@/lib/server/request-info";

export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const { fileId } = await params;
  return photoResponse(await getStaffPrincipal(), fileId, requestInfoFrom(request.headers));
}
