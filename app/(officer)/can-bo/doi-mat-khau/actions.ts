"use server";
// The staff password change. The service revokes every session of the user, this one included, and
// hands back a ticket with which this browser alone opens a fresh session to carry on.
import type { FormState } from "@/lib/schemas/form-state";
import { handleChangePasswordForm } from "@/lib/server/back-office/admin-forms";
import { signIn } from "@/lib/server/auth/auth";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { failureState } from "@/lib/server/forms/form-state";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function changeStaffPasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleChangePasswordForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (!outcome.ok) return failureState(outcome, formData, previous);
  await signIn("staff", { ticket: outcome.ticket, redirectTo: "/can-bo?xong=mat-khau" });
  return { seq: previous.seq + 1 };
}
