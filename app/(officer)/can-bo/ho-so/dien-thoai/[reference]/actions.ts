"use server";
// Registering a confirmed phone on a declaration keyed in without one: done, back to the declaration page to approve.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/schemas/form-state";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { handleRegisterPhoneForm } from "@/lib/server/back-office/register-phone-form";
import { failureState } from "@/lib/server/forms/form-state";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function registerPhoneAction(previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleRegisterPhoneForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (outcome.ok) redirect(`/can-bo/ho-so/${encodeURIComponent(outcome.reference)}`);
  return failureState(outcome, formData, previous);
}
