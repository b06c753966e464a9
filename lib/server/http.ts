import "server-only";
import { NextResponse } from "next/server";

/**
 * A 303 to a path on this site with a relative Location: the browser stays on the host it used
 * (behind a proxy, or 127.0.0.1 vs localhost, the server's idea of its origin can differ, and the
 * cookies set with this response would be lost on another host).
 */
export function redirectToPath(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
