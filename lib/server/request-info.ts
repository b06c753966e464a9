import "server-only";
import { headers } from "next/headers";
import { normalizeAddress } from "@/lib/domain/client-address";

export type RequestInfo = { ip: string | null; userAgent: string | null };

/**
 * The client's IP and user agent. The app is always served through scripts/lib/front-server.ts, which
 * replaces X-Forwarded-For with the one address it chose (the socket's peer, or the hop TRUST_PROXY_HOPS
 * designates) and drops X-Real-IP and Forwarded: so the header holds one address the caller cannot
 * choose. Anything else in it (a server started another way) is not believed.
 */
export function requestInfoFrom(h: Headers): RequestInfo {
  return {
    ip: normalizeAddress(h.get("x-forwarded-for")),
    userAgent: h.get("user-agent"),
  };
}

/** The same, for server components and server actions. */
export async function currentRequestInfo(): Promise<RequestInfo> {
  return requestInfoFrom(await headers());
}
