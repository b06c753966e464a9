import "server-only";
// A declaration's photo for the officer's screen: only staff of the receiving office, every read
// audited. Unknown ids and other offices' files get the same "not found".
import { prisma } from "../db/client";
import { recordAuditEventNow } from "../audit";
import { staffActorOn } from "./staff-audit";
import { getStorage } from "../storage";
import type { RequestInfo } from "../request-info";
import { canStaffReadDeclaration, type StaffPrincipal } from "../auth/staff-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PhotoResult = { ok: true; bytes: Uint8Array; mediaType: string } | { ok: false; code: "notFound" };

export async function readDeclarationPhoto(principal: StaffPrincipal, fileId: string, info: RequestInfo): Promise<PhotoResult> {
  if (!UUID.test(fileId)) return { ok: false, code: "notFound" };
  const file = await prisma.declarationFile.findUnique({
    where: { id: fileId },
    include: { declaration: { select: { id: true, reference: true, officeCode: true, filesPurgedAt: true } } },
  });
  if (!file || !canStaffReadDeclaration(principal, file.declaration) || file.declaration.filesPurgedAt) return { ok: false, code: "notFound" };
  const bytes = await getStorage().get(file.storageKey);
  if (!bytes) return { ok: false, code: "notFound" };
  await recordAuditEventNow(prisma, {
    type: "declaration.photosViewed",
    ...staffActorOn(principal, file.declaration, info),
    data: { reference: file.declaration.reference, fileId: file.id, kind: file.kind },
  });
  return { ok: true, bytes, mediaType: file.mediaType };
}
