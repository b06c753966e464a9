import "server-only";
// A small JSON request body (phone confirmation, record check): capped before parsing, never thrown on;
// and the POST handler those routes share.
import type { ServiceFailure } from "../declarations/results";
import { requestInfoFrom, type RequestInfo } from "../request-info";
import { apiLocale, failureResponse, internalErrorResponse, jsonResponse } from "./http";

const MAX_JSON_BODY_BYTES = 8 * 1024;

/** The parsed body, or undefined when it is missing, too large or not JSON (the schema then names the fields). */
export async function readSmallJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) return undefined;
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type SmallJsonService = (request: RequestInfo & { json: unknown }) => Promise<{ ok: true; status: number; body: unknown } | ServiceFailure>;

/**
 * A POST route handler that hands the small JSON body, with the caller's IP and user agent, to one service
 * and answers its body with the service's status (or its failure) in the caller's language.
 * `where` names the route in the logs.
 */
export function smallJsonPost(where: string, service: SmallJsonService): (request: Request) => Promise<Response> {
  return async function POST(request: Request): Promise<Response> {
    const locale = apiLocale(request);
    try {
      const { ip, userAgent } = requestInfoFrom(request.headers);
      const result = await service({ json: await readSmallJson(request), ip, userAgent });
      if (!result.ok) return failureResponse(result, locale);
      return jsonResponse(result.body, { status: result.status, headers: { "Content-Language": locale } });
    } catch (error) {
      return internalErrorResponse(error, locale, where);
    }
  };
}
