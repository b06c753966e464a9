"use server";
// The staff password change. The service bumps sessionVersion (every other session ends), so this
// session signs in again with the new password to carry on.
import type { BackOfficeFormState } from "@/components/back-office/types";
import { handleChangePasswordForm } from "@/lib/server/back-office/admin-forms";
import { signIn } from "@/lib/server/auth/auth";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import { failureState } from "../form-state";

export async function changeStaffPasswordAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const outcome = await handleChangePasswordForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (!outcome.ok) return failureState(outcome, formData, previous);
  await signIn("staff", { username: outcome.username, password: outcome.newPassword, redirectTo: "/can-bo?xong=mat-khau" });
  return { seq: previous.seq + 1 };
}
