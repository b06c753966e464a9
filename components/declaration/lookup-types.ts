// What the /tra-cuu server action answers, shaped for display (dates already formatted in Vietnam time).
import type { DeclarationStatus } from "@/lib/domain/declaration-status";

export type LookupValues = { reference: string; idNumber: string };

export type LookupView = {
  reference: string;
  status: DeclarationStatus;
  /** dd/mm/yyyy */
  submittedOn: string;
  deadlineOn: string;
  decidedOn: string | null;
  office: { name: string; address: string; phone: string | null } | null;
  rejection: { code: string | null; label: string | null; text: string | null } | null;
  /** This browser holds the declaration's access (it sent it, or opened the link in the refusal message). */
  canCorrect: boolean;
  /** What happened so far, oldest first (sent, rejected with its reason, corrected and sent again, decided). */
  history: LookupHistoryEntry[];
};

export type LookupHistoryEntry = {
  kind: "submitted" | "resubmitted" | "approved" | "rejected" | "expired" | "withdrawn";
  /** dd/mm/yyyy */
  on: string;
  version: number | null;
  /** A rejection's reason, in the page's language, with the officer's note. */
  reason: string | null;
};

export type LookupState =
  | { kind: "idle"; values: LookupValues }
  | { kind: "invalid"; values: LookupValues; errors: { path: keyof LookupValues; message: string }[] }
  | { kind: "notFound"; values: LookupValues }
  | { kind: "rateLimited"; values: LookupValues; message: string }
  | { kind: "failed"; values: LookupValues }
  | { kind: "found"; values: LookupValues; result: LookupView };
