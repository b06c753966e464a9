// A service's result as the public API answers it: successes unchanged, failures through the edge's
// mapping (lib/server/api/http.ts: failureAnswer, the status and the message in `locale`). Lets the
// service tests assert on what a person or client actually receives, in each language.
import type { Locale } from "@/lib/i18n/config";
import { failureAnswer } from "@/lib/server/api/http";
import type { ServiceFailure } from "@/lib/server/declarations/results";

export type Answered<R> = Exclude<R, ServiceFailure> | ({ ok: false } & ReturnType<typeof failureAnswer>);

export async function answered<R extends { ok: boolean }>(result: R | Promise<R>, locale: Locale = "vi"): Promise<Answered<R>> {
  const settled = await result;
  if (settled.ok) return settled as Exclude<R, ServiceFailure>;
  return { ok: false, ...failureAnswer(settled as unknown as ServiceFailure, locale) };
}
