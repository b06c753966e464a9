import "server-only";
// What every handler of /api/v1/declarations/{reference}[/…] does around its own work: the answer's
// language, the refusal of a foreign origin, the reference as the client meant it, and a calm 500.
import type { Locale } from "@/lib/i18n/config";
import { apiLocale, decodePathSegment, internalErrorResponse, refuseForeignOrigin } from "./http";

export type ReferenceContext = { params: Promise<{ reference: string }> };

/** `where` names the route in the logs ("POST /api/v1/declarations/{reference}/resubmit"). */
export function referenceRoute(
  where: string,
  handle: (request: Request, reference: string, locale: Locale) => Promise<Response>,
): (request: Request, context: ReferenceContext) => Promise<Response> {
  return async (request, context) => {
    const locale = apiLocale(request);
    try {
      const foreign = refuseForeignOrigin(request, locale);
      if (foreign) return foreign;
      return await handle(request, decodePathSegment((await context.params).reference), locale);
    } catch (error) {
      return internalErrorResponse(error, locale, where);
    }
  };
}
