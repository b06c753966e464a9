"use server";
// Two-factor enrolment for the signed-in staff member: a new secret (shown as a QR code), then the
// first code confirms it and the ten recovery codes come back once in the form state.
import { redirect } from "next/navigation";
import type { SecondFactorState } from "@/components/back-office/second-factor-form";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { fieldFailure } from "@/lib/server/forms/form-action";
import { failureState } from "@/lib/server/forms/form-state";
import { currentRequestInfo } from "@/lib/server/request-info";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/lib/server/staff/totp";

export async function beginSecondFactorAction(): Promise<void> {
  const principal = await getStaffPrincipal();
  // A temporary password is replaced first (the page says so); then anyone signed in may enrol.
  if (!principal || principal.mustChangePassword) redirect("/can-bo/dang-nhap?next=%2Fcan-bo%2Fbao-mat");
  await beginTotpEnrolment(principal);
  redirect("/can-bo/bao-mat?buoc=quet-ma");
}

export async function confirmSecondFactorAction(previous: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const principal = await getStaffPrincipal();
  if (!principal || principal.mustChangePassword) redirect("/can-bo/dang-nhap?next=%2Fcan-bo%2Fbao-mat");
  const code = String(formData.get("code") ?? "").replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return failureState(fieldFailure({ code: "officer.secondFactorCodeFormat" }), null, previous);
  const result = await confirmTotpEnrolment(principal, code, await currentRequestInfo());
  if (result.ok) return { seq: previous.seq + 1, recoveryCodes: result.recoveryCodes };
  if (result.code === "noPendingSecret") redirect("/can-bo/bao-mat");
  return failureState(fieldFailure({ code: "officer.secondFactorCodeWrong" }), null, previous);
}
