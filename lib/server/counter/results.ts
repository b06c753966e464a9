import "server-only";
// What every counter service returns: a code and its parameters, translated at the edge
// (counter.result_<code> / counter.error_<code>), never a sentence.
import type { z } from "zod";
import { counterFieldErrors } from "@/lib/schemas/counter";
import type { CounterAuthorization } from "./counter-access";

export type CounterFailureCode =
  | "signedOut"
  | "mustChangePassword"
  | "forbidden"
  | "invalid"
  | "notFound"
  | "notAllowed"
  | "throttled"
  | "samePhone"
  | "phoneInUse"
  | "otpWrong"
  | "otpExpired"
  | "otpTooManyAttempts"
  | "otpUsed";

export type CounterParams = Record<string, string | number>;

export type CounterSuccess<P extends CounterParams = CounterParams> = { ok: true; code: "done"; params: P };
export type CounterFailure = { ok: false; code: CounterFailureCode; params: CounterParams; errors?: Record<string, string> };
export type CounterResult<P extends CounterParams = CounterParams> = CounterSuccess<P> | CounterFailure;

export function fail(code: CounterFailureCode, params: CounterParams = {}): CounterFailure {
  return { ok: false, code, params };
}

export function done<P extends CounterParams>(params: P): CounterSuccess<P> {
  return { ok: true, code: "done", params };
}

export function refused(authz: Extract<CounterAuthorization, { ok: false }>): CounterFailure {
  return fail(authz.code);
}

export function invalid(error: z.ZodError): CounterFailure {
  return { ok: false, code: "invalid", params: {}, errors: counterFieldErrors(error) };
}
