import "server-only";
// Citizen sign-in (BHXH code + password, one device at a time). Built by the account issue.
import type { AuthorizeResult } from "./types";

export async function authorizeCitizen(_credentials: Partial<Record<string, unknown>>, _request: Request): Promise<AuthorizeResult> {
  return { ok: false, code: "notAvailable" };
}
