import "server-only";
// The citizens' form handlers, built like staffAction (./form-action.ts): the session first (read from
// the request), then the shared schema, then the body, which returns message keys.
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { CitizenPrincipal } from "../accounts/citizen-session";
import { requireCitizen } from "../auth/citizen-guards";
import { currentRequestInfo, type RequestInfo } from "../request-info";
import { parseForm, type FormOutcome } from "./form-action";

type CitizenAccess = "public" | "signedIn" | "passwordChange";
export type CitizenActionContext<A extends CitizenAccess> = { info: RequestInfo } & (A extends "public" ? object : { principal: CitizenPrincipal });

/**
 * A citizen form handler. "signedIn": the account's session is required (a signed-out visitor goes to
 * the sign-in page, one who must change the password to /doi-mat-khau); "passwordChange": the same, but
 * allowed during a forced change; "public": sign-in and forgotten password. Then `schema`, then `fn`.
 */
export function citizenAction<S extends z.ZodType, T, A extends CitizenAccess>(
  access: A,
  schema: S,
  fn: (input: z.output<S>, context: CitizenActionContext<A>) => Promise<FormOutcome<T>>,
) {
  return async (input: FormData | Record<string, unknown>): Promise<FormOutcome<T>> => {
    const info = await currentRequestInfo();
    let context: CitizenActionContext<CitizenAccess> = { info };
    if (access !== "public") {
      const authorization = await requireCitizen({ allowPasswordChange: access === "passwordChange" });
      if (!authorization.ok) redirect(authorization.code === "signedOut" ? authorization.signInPath : "/doi-mat-khau");
      context = { info, principal: authorization.principal };
    }
    const parsed = parseForm(schema, input);
    if (!parsed.ok) return parsed;
    return fn(parsed.data, context as CitizenActionContext<A>);
  };
}
