"use server";
// Registering a confirmed phone on a declaration keyed in without one: done, back to the declaration page to approve.
import { redirect } from "next/navigation";
import type { BackOfficeFormState } from "@/components/back-office/types";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { handleRegisterPhoneForm } from "@/lib/server/back-office/register-phone-form";
import { getLocale } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { failureState } from "../../../form-state";

export async function registerPhoneAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const outcome = await handleRegisterPhoneForm(await getStaffPrincipal(), formData, await currentRequestInfo(), await getLocale());
  if (outcome.ok) redirect(`/can-bo/ho-so/${encodeURIComponent(outcome.reference)}`);
  return failureState(outcome, formData, previous);
}
