import "server-only";
// A declaration's history as /tra-cuu shows it once the reference and ID number have matched: each sending,
// decision and end, oldest first, read from the audit trail (what happened and when, never who).
import { prisma } from "../db/client";

export type DeclarationHistoryKind = "submitted" | "resubmitted" | "approved" | "rejected" | "expired" | "withdrawn";

export type DeclarationHistoryEntry = {
  kind: DeclarationHistoryKind;
  at: Date;
  /** The version sent (1 for the first sending, 2 for the first correction…); null when not recorded. */
  version: number | null;
  /** A rejection's reason code and the officer's note. */
  reasonCode: string | null;
  note: string | null;
};

const KINDS: readonly DeclarationHistoryKind[] = ["submitted", "resubmitted", "approved", "rejected", "expired", "withdrawn"];
const TYPES = KINDS.map((kind) => `declaration.${kind}`);

const field = <T>(data: unknown, key: string, guard: (v: unknown) => v is T): T | null => {
  const value = data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  return guard(value) ? value : null;
};
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isText = (v: unknown): v is string => typeof v === "string" && v !== "";

/** The history of the declaration `reference` (canonical form); [] when there is none. The caller has checked access. */
export async function declarationHistory(reference: string): Promise<DeclarationHistoryEntry[]> {
  const declaration = await prisma.declaration.findUnique({ where: { reference }, select: { id: true } });
  if (!declaration) return [];
  const events = await prisma.auditEvent.findMany({
    where: { declarationId: declaration.id, type: { in: TYPES } },
    orderBy: { id: "asc" },
    select: { type: true, occurredAt: true, data: true },
  });
  return events.map((event) => {
    const kind = event.type.slice("declaration.".length) as DeclarationHistoryKind;
    return {
      kind,
      at: event.occurredAt,
      version: field(event.data, "version", isNumber) ?? (kind === "submitted" ? 1 : null),
      reasonCode: kind === "rejected" ? field(event.data, "reasonCode", isText) : null,
      note: kind === "rejected" ? field(event.data, "note", isText) : null,
    };
  });
}
