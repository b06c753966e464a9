"use server";
// The staff password change. The service revokes every session of the user, this one included, and
// hands back a ticket with which this browser alone opens a fresh session to carry on.
import type { BackOfficeFormState } from "@/components/back-office/types";
import { handleChangePasswordForm } from "@/lib/server/back-office/admin-forms";
import { signIn } from "@/lib/server/auth/auth";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import { failureState } from "../form-state";

export async function changeStaffPasswordAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const outcome = await handleChangePasswordForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (!outcome.ok) return failureState(outcome, formData, previous);
  await signIn("staff", { ticket: outcome.ticket, redirectTo: "/can-bo?xong=mat-khau" });
  return { seq: previous.seq + 1 };
}
