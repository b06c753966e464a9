import "server-only";
import { headers } from "next/headers";

export type RequestInfo = { ip: string | null; userAgent: string | null };

/** The client's IP (first X-Forwarded-For hop set by the proxy in front of us) and user agent. */
export function requestInfoFrom(h: Headers): RequestInfo {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent"),
  };
}

/** The same, for server components and server actions. */
export async function currentRequestInfo(): Promise<RequestInfo> {
  return requestInfoFrom(await headers());
}
