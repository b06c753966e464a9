"use server";
// Changes the signed-in citizen's password (forced after the temporary password or after 6 months, or
// voluntary). citizenAction checks the session here too: a server action can be called without the page.
// The form omits the current password only in the forced first change minutes after signing in (the
// service checks that proof itself). The session is rotated: the service revokes it and this action
// signs the browser in again with a one-use ticket.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { ChangePasswordState } from "@/components/account/types";
import { ZChangePasswordSchema, ZNewPasswordSchema } from "@/lib/schemas/password";
import { changePassword, type ChangePasswordResult } from "@/lib/server/accounts/change-password";
import { signIn } from "@/lib/server/auth/auth";
import { citizenAction } from "@/lib/server/forms/citizen-action";
import { fieldFailure, formFailure, type FormOutcome } from "@/lib/server/forms/form-action";
import { failureState } from "@/lib/server/forms/form-state";
import { passwordProblemsFailure } from "@/lib/server/forms/password-problems";
import { minutesLeft } from "@/lib/server/forms/throttle-messages";

function outcomeOf(result: ChangePasswordResult): FormOutcome<{ ticket: string }> {
  if (result.ok) return result;
  switch (result.code) {
    case "wrongCurrent":
      return fieldFailure({ currentPassword: "account.currentPasswordWrong" });
    case "currentRequired":
      return fieldFailure({ currentPassword: "account.currentPasswordMissing" });
    case "throttled":
      return formFailure({ key: "account.throttled", params: { minutes: minutesLeft(result.retryAfterSeconds) } });
    case "policy":
      return passwordProblemsFailure("account.problem_", result.problems);
    case "signedOut":
      redirect("/dang-nhap");
  }
}

const withCurrentPassword = citizenAction("passwordChange", ZChangePasswordSchema, async (input, { principal, info }) =>
  outcomeOf(await changePassword({ accountId: principal.accountId, deviceSessionId: principal.deviceSessionId, currentPassword: input.currentPassword, newPassword: input.newPassword }, info)),
);

const provenAtSignIn = citizenAction("passwordChange", ZNewPasswordSchema, async (input, { principal, info }) =>
  outcomeOf(await changePassword({ accountId: principal.accountId, deviceSessionId: principal.deviceSessionId, newPassword: input.newPassword }, info)),
);

export async function changePasswordAction(previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const outcome = formData.has("currentPassword") ? await withCurrentPassword(formData) : await provenAtSignIn(formData);
  if (!outcome.ok) return failureState(outcome, null, previous);
  // The old session was revoked with the change: open the new one for this browser (a new cookie).
  try {
    await signIn("citizen", { ticket: outcome.ticket, redirect: false });
  } catch (error) {
    // Another device signed in within the same instant: the password is changed; sign in again.
    if (!(error instanceof CredentialsSignin)) throw error;
    redirect("/dang-nhap?ly-do=mat-khau-da-doi");
  }
  redirect("/tai-khoan?thong-bao=da-doi-mat-khau");
}
