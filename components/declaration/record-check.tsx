// The early check right after the ID step (POST /api/v1/declarations/record-check), and the panel that
// stops the wizard there with the next action: the same answer sending would give, generic to anyone,
// detailed to the holder of the record's confirmed phone.
"use client";
import type { Conflict } from "./send-declaration";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

export type RecordCheck = { kind: "clear" } | { kind: "conflict"; conflict: Conflict } | { kind: "rateLimited"; message: string } | { kind: "unavailable" };

export { RECORD_CONFLICT_CODES } from "./wizard-constants";

export async function checkRecord(input: { idNumber: string; bhxhCode: string; phoneVerificationToken?: string }, locale: string): Promise<RecordCheck> {
  try {
    const response = await fetch("/api/v1/declarations/record-check", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": locale },
      body: JSON.stringify(input),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status === 200) return { kind: "clear" };
    if (response.status === 409) return { kind: "conflict", conflict: conflictFrom(json) };
    if (response.status === 429 && typeof json.message === "string") return { kind: "rateLimited", message: json.message };
    return { kind: "unavailable" };
  } catch {
    // No answer: the person goes on; the same check is made again when the declaration is sent.
    return { kind: "unavailable" };
  }
}

export function conflictFrom(json: Record<string, unknown>): Conflict {
  const links = json.links as Record<string, unknown> | undefined;
  const next = json.nextAction as Record<string, unknown> | undefined;
  return {
    code: String(json.code ?? "conflict"),
    message: String(json.message ?? ""),
    ...(typeof links?.signIn === "string" && typeof links.forgotPassword === "string" ? { links: { signIn: links.signIn, forgotPassword: links.forgotPassword } } : {}),
    ...(typeof json.existingReference === "string" ? { existingReference: json.existingReference } : {}),
    ...(typeof json.maskedPhone === "string" ? { maskedPhone: json.maskedPhone } : {}),
    ...(next && typeof next.url === "string" && (next.kind === "lookUp" || next.kind === "signIn") ? { nextAction: { kind: next.kind, url: next.url } } : {}),
  };
}

/** What the person reads and can do about a conflict (early, or when sending). */
export function ConflictDetails({ conflict, t }: { conflict: Conflict; t: DeclarationStrings }) {
  return (
    <>
      <p>{conflict.message}</p>
      {conflict.code === "recordExists" ? <p>{t.earlyCheckGenericNext}</p> : null}
      {conflict.existingReference ? (
        <p>
          {fill(t.conflictExisting, { reference: conflict.existingReference })}.{" "}
          <a href={conflict.nextAction?.url ?? `/tra-cuu?ma=${encodeURIComponent(conflict.existingReference)}`}>{t.conflictExistingNext}</a>
        </p>
      ) : null}
      {conflict.maskedPhone ? (
        <>
          <p>{fill(t.conflictMaskedPhone, { maskedPhone: conflict.maskedPhone })}</p>
          <p>{t.conflictAccountNext}</p>
          <p>
            <a href={conflict.links?.signIn ?? "/dang-nhap"}>{t.signIn}</a> · <a href={conflict.links?.forgotPassword ?? "/quen-mat-khau"}>{t.forgotPassword}</a>
          </p>
        </>
      ) : null}
    </>
  );
}
