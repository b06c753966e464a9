import "server-only";
// The photo route handler's response, given the principal: the bytes with no caching anywhere, or
// a bare 404 for everything else (signed out included, so the URL reveals nothing).
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { readDeclarationPhoto } from "../declarations/declaration-photo";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" } });

export async function photoResponse(principal: StaffPrincipal | null, fileId: string, info: RequestInfo): Promise<Response> {
  if (!principal) return NOT_FOUND();
  const photo = await readDeclarationPhoto(principal, fileId, info);
  if (!photo.ok) return NOT_FOUND();
  return new Response(Buffer.from(photo.bytes), {
    status: 200,
    headers: {
      "Content-Type": photo.mediaType,
      "Content-Length": String(photo.bytes.byteLength),
      "Cache-Control": "private, no-store",
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
