import "server-only";
// What the declaration page shows an officer: every field, the photos, the match with the master
// records and the history. Opening it is audited; another office's declaration is "not found".
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { approvalBlockers, rejectionBlockers, type DecisionBlocker } from "@/lib/domain/decision-blockers";
import type { ParticipantMatch } from "@/lib/domain/participant-match";
import { prisma, type Declaration, type DeclarationFile, type Office } from "../db/client";
import { recordAuditEventNow } from "../audit";
import { staffActorOn } from "./staff-audit";
import type { RequestInfo } from "../request-info";
import { canStaffDecide, canStaffReadDeclaration, type StaffPrincipal } from "../auth/staff-access";
import { findParticipantMatch } from "./participant-records";

export type HistoryEntry = {
  id: string;
  type: string;
  occurredAt: Date;
  actorType: string;
  actorName: string | null;
  data: Record<string, unknown>;
};

export type StaffDeclarationView = {
  declaration: Declaration;
  office: Pick<Office, "code" | "name" | "address">;
  files: Pick<DeclarationFile, "id" | "kind" | "width" | "height">[];
  match: ParticipantMatch;
  history: HistoryEntry[];
  decidedByName: string | null;
  /** Why the principal may not approve / reject now (lib/domain/decision-blockers.ts); empty when they may. */
  approveBlockers: DecisionBlocker[];
  rejectBlockers: DecisionBlocker[];
  /** With the unit's type, as written on papers: "Phường Ba Đình", "Thành phố Hà Nội". */
  communeName: string | null;
  provinceName: string | null;
};

/** The page's data, or null when the reference is unknown or outside the principal's offices (the same answer). */
export async function getDeclarationForStaff(
  principal: StaffPrincipal,
  referenceInput: string,
  info: RequestInfo,
  now: Date = new Date(),
): Promise<StaffDeclarationView | null> {
  const reference = normalizeReferenceInput(referenceInput);
  if (!reference) return null;
  const declaration = await prisma.declaration.findUnique({ where: { reference } });
  if (!declaration || !canStaffReadDeclaration(principal, declaration)) return null;

  await recordAuditEventNow(prisma, {
    type: "declaration.viewed",
    ...staffActorOn(principal, declaration, info),
    data: { reference, version: declaration.version },
  });

  const [office, files, match, history, decidedBy, units] = await Promise.all([
    prisma.office.findUniqueOrThrow({ where: { code: declaration.officeCode }, select: { code: true, name: true, address: true } }),
    declaration.filesPurgedAt
      ? Promise.resolve([])
      : prisma.declarationFile.findMany({ where: { declarationId: declaration.id }, select: { id: true, kind: true, width: true, height: true } }),
    findParticipantMatch(prisma, declaration),
    getDeclarationHistory(declaration.id),
    declaration.decidedById ? prisma.staffUser.findUnique({ where: { id: declaration.decidedById }, select: { fullName: true } }) : null,
    prisma.administrativeUnit.findMany({ where: { code: { in: [declaration.communeCode, declaration.provinceCode] } }, select: { code: true, fullName: true } }),
  ]);

  const decider = { mayDecide: canStaffDecide(principal, declaration) };
  const approveBlockers = approvalBlockers(decider, declaration, match, now);
  const rejectBlockers = rejectionBlockers(decider, declaration);

  const order = { portrait: 0, idFront: 1, idBack: 2 } as const;
  return {
    declaration,
    office,
    files: files.sort((a, b) => order[a.kind] - order[b.kind]),
    match,
    history,
    decidedByName: decidedBy?.fullName ?? null,
    approveBlockers,
    rejectBlockers,
    communeName: units.find((u) => u.code === declaration.communeCode)?.fullName ?? null,
    provinceName: units.find((u) => u.code === declaration.provinceCode)?.fullName ?? null,
  };
}

/** The audit events of one declaration, oldest first, with the staff members' names. */
export async function getDeclarationHistory(declarationId: string, limit = 200): Promise<HistoryEntry[]> {
  const events = await prisma.auditEvent.findMany({ where: { declarationId }, orderBy: { id: "asc" }, take: limit });
  const staffIds = [...new Set(events.filter((e) => e.actorType === "staff" && e.actorId).map((e) => e.actorId!))];
  const staff = staffIds.length ? await prisma.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, fullName: true } }) : [];
  const names = new Map(staff.map((s) => [s.id, s.fullName]));
  return events.map((e) => ({
    id: e.id.toString(),
    type: e.type,
    occurredAt: e.occurredAt,
    actorType: e.actorType,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    data: (e.data ?? {}) as Record<string, unknown>,
  }));
}
