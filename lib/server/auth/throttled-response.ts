import "server-only";
// next-auth answers a refused credentials sign-in with a redirect to the error page, carrying our code
// (?code=throttled:N). For a throttled attempt the protocol has a better answer: 429 with Retry-After,
// so scripts and proxies see the limit for what it is. Everything else passes through unchanged.

export async function throttledAnswer(response: Response): Promise<Response> {
  const json = response.headers.get("content-type")?.includes("application/json") ?? false;
  // The browser client asks for the redirect as JSON ({ url }) rather than a Location header.
  const location = response.headers.get("location") ?? (json ? await urlFromBody(response) : null);
  const code = location ? safeCode(location) : null;
  const match = code ? /^throttled:(\d+)$/.exec(code) : null;
  if (!match) return response;
  const seconds = Math.max(1, Number(match[1]));
  const headers = new Headers({ "retry-after": String(seconds), "cache-control": "no-store" });
  // Keep next-auth's cookies (CSRF, callback) as they were set.
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  if (json) headers.set("content-type", "application/json");
  return new Response(json ? JSON.stringify({ error: "throttled", retryAfterSeconds: seconds }) : null, { status: 429, headers });
}

function safeCode(location: string): string | null {
  try {
    return new URL(location, "http://x.invalid").searchParams.get("code");
  } catch {
    return null;
  }
}

async function urlFromBody(response: Response): Promise<string | null> {
  try {
    const body = (await response.clone().json()) as { url?: unknown };
    return typeof body.url === "string" ? body.url : null;
  } catch {
    return null;
  }
}
