import "server-only";
// GET /api/v1/declarations/{reference}/pdf: who may download Tờ khai 01, and the response. The declarer
// proves it with the declaration's access token (bearer header or the web cookie); staff of the receiving
// office and admins by their session. Anyone else gets the same 404 as for a reference that does not exist.
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import type { Locale } from "@/lib/i18n/config";
import { apiLocale, internalErrorResponse, problemResponse } from "@/lib/server/api/http";
import { recordAuditEventNow } from "@/lib/server/audit";
import { canStaffReadDeclaration, type StaffPrincipal } from "@/lib/server/auth/staff-guards";
import { prisma, type PrismaClient } from "@/lib/server/db/client";
import { readDeclarationAccessFromRequest } from "@/lib/server/declarations/declaration-access";
import { requestInfoFrom } from "@/lib/server/request-info";
import { getStorage, type FileStorage } from "@/lib/server/storage";
import { ifNoneMatchHits, pdfCacheFor, pdfEtag, type DeclarationPdfCache } from "./declaration-pdf-cache";
import { declarationPdfFilename, renderStoredDeclarationPdf } from "./render-stored-declaration";

export type PdfRequester = { kind: "declarer" } | { kind: "staff"; principal: StaffPrincipal };

/**
 * The whole authorization decision, pure: the declarer's token (already checked against this declaration),
 * else a staff member who may read declarations of its office. null means 404.
 */
export function authorizePdfRequest(input: {
  declaration: { officeCode: string };
  declarerAccess: boolean;
  principal: StaffPrincipal | null;
}): PdfRequester | null {
  if (input.declarerAccess) return { kind: "declarer" };
  if (input.principal && canStaffReadDeclaration(input.principal, input.declaration)) return { kind: "staff", principal: input.principal };
  return null;
}

const SECURITY_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;
/**
 * The declarer's own device may keep its copy and revalidate it (If-None-Match → 304); staff download on
 * counter computers others use, so their answers are never stored.
 */
const CACHE_CONTROL = { declarer: "private, no-cache", staff: "private, no-store" } as const;

function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * The public API's 404 (`{code: "notFound", message}`), one body for every refusal and every unknown reference,
 * so a response never tells whether a declaration exists.
 */
export function pdfNotFound(locale: Locale): Response {
  return withSecurityHeaders(problemResponse(404, "notFound", locale));
}

export type ServePdfOptions = {
  /** The signed-in staff member; asked only when the request carries no valid declarer token. */
  getPrincipal: () => Promise<StaffPrincipal | null>;
  db?: PrismaClient;
  storage?: FileStorage;
  /** By default the process's cache in front of `storage`. */
  cache?: DeclarationPdfCache;
};

export async function serveDeclarationPdf(request: Request, rawReference: string, options: ServePdfOptions): Promise<Response> {
  const locale = apiLocale(request);
  try {
    return await servePdf(request, rawReference, options, locale);
  } catch (error) {
    return withSecurityHeaders(internalErrorResponse(error, locale, "GET /api/v1/declarations/{reference}/pdf"));
  }
}

async function servePdf(request: Request, rawReference: string, options: ServePdfOptions, locale: Locale): Promise<Response> {
  const db = options.db ?? prisma;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawReference);
  } catch {
    return pdfNotFound(locale);
  }
  const reference = normalizeReferenceInput(decoded);
  if (!reference) return pdfNotFound(locale);
  const declaration = await db.declaration.findUnique({
    where: { reference },
    select: { id: true, reference: true, officeCode: true, version: true, accessTokenHash: true, filesPurgedAt: true },
  });
  if (!declaration) return pdfNotFound(locale);

  const declarerAccess = await readDeclarationAccessFromRequest(request, declaration);
  const requester = authorizePdfRequest({
    declaration,
    declarerAccess,
    principal: declarerAccess ? null : await options.getPrincipal(),
  });
  if (!requester) return pdfNotFound(locale);

  const download = new URL(request.url).searchParams.get("download") === "1";
  const identity = { declarationId: declaration.id, version: declaration.version, filesPurged: declaration.filesPurgedAt !== null };
  const notModified = ifNoneMatchHits(request.headers.get("if-none-match"), pdfEtag(identity));
  // Staff viewings are audited once the answer is known, a revalidated copy (304) included.
  const auditStaffViewing = async () => {
    if (requester.kind !== "staff") return;
    const { ip, userAgent } = requestInfoFrom(request.headers);
    await recordAuditEventNow(db, {
      type: "declaration.pdfDownloaded",
      actorType: "staff",
      actorId: requester.principal.id,
      officeCode: declaration.officeCode,
      declarationId: declaration.id,
      ip,
      userAgent,
      data: { reference: declaration.reference, version: declaration.version, download, ...(notModified ? { notModified: true } : {}) },
    });
  };
  const headers = {
    ...SECURITY_HEADERS,
    "Cache-Control": CACHE_CONTROL[requester.kind],
    "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${declarationPdfFilename(declaration.reference)}"`,
  };
  if (notModified) {
    await auditStaffViewing();
    return new Response(null, { status: 304, headers: { ...headers, ETag: pdfEtag(identity) } });
  }

  const storage = options.storage ?? getStorage();
  const cache = options.cache ?? pdfCacheFor(storage);
  const pdf = await cache.get(identity, { db, render: () => renderStoredDeclarationPdf(declaration.id, { db, storage }) });
  await auditStaffViewing();
  return new Response(new Uint8Array(pdf.bytes), {
    status: 200,
    headers: {
      ...headers,
      ETag: pdfEtag(pdf.identity),
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.bytes.length),
    },
  });
}
