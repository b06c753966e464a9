import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth/auth";
import { throttledAnswer } from "@/lib/server/auth/throttled-response";

export const { GET } = handlers;

/** A throttled sign-in answers 429 with Retry-After instead of next-auth's redirect. */
export async function POST(request: NextRequest): Promise<Response> {
  return throttledAnswer(await handlers.POST(request));
}
