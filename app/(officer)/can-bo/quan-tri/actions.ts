"use server";
// Administration actions (admins only; each handler checks the role itself). Temporary passwords
// come back once in the form state and are never stored or logged in clear.
import { revalidatePath } from "next/cache";
import type { BackOfficeFormState } from "@/components/back-office/types";
import { format } from "@/lib/i18n/catalog";
import {
  handleCreateStaffForm,
  handleOfficeForm,
  handleResetStaffPasswordForm,
  handleStaffStatusForm,
  handleUpdateStaffForm,
} from "@/lib/server/back-office/admin-forms";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { resetStaffSecondFactor } from "@/lib/server/staff/totp";
import { getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { failureState } from "../form-state";

async function context() {
  const [principal, info, t] = await Promise.all([getStaffPrincipal(), currentRequestInfo(), getMessages("officer")]);
  return { principal, info, t };
}

export async function createStaffAction(previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const outcome = await handleCreateStaffForm(principal, formData, info);
  if (!outcome.ok) return failureState(outcome, formData, previous);
  revalidatePath("/can-bo/quan-tri");
  return {
    seq: previous.seq + 1,
    done: {
      message: format(t.staffCreated, { username: outcome.username }),
      secret: outcome.temporaryPassword,
      secretLabel: t.temporaryPasswordLabel,
      secretNote: t.temporaryPasswordOnce,
    },
  };
}

export async function updateStaffAction(id: string, previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const outcome = await handleUpdateStaffForm(principal, id, formData, info);
  if (!outcome.ok) return failureState(outcome, formData, previous);
  revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
  const values = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")) as [string, string][]);
  return { seq: previous.seq + 1, done: { message: t.saved }, values };
}

export async function setStaffDisabledAction(id: string, disabled: boolean, previous: BackOfficeFormState): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const outcome = await handleStaffStatusForm(principal, id, disabled, info);
  if (!outcome.ok) return failureState(outcome, new FormData(), previous);
  revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
  return { seq: previous.seq + 1, done: { message: disabled ? t.disabledDone : t.enabledDone } };
}

export async function resetStaffPasswordAction(id: string, previous: BackOfficeFormState): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const outcome = await handleResetStaffPasswordForm(principal, id, info);
  if (!outcome.ok) return failureState(outcome, new FormData(), previous);
  revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
  return {
    seq: previous.seq + 1,
    done: {
      message: format(t.resetDone, { username: outcome.username }),
      secret: outcome.temporaryPassword,
      secretLabel: t.temporaryPasswordLabel,
      secretNote: t.temporaryPasswordOnce,
    },
  };
}

export async function updateOfficeAction(code: string, previous: BackOfficeFormState, formData: FormData): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const outcome = await handleOfficeForm(principal, code, formData, info);
  if (!outcome.ok) return failureState(outcome, formData, previous);
  revalidatePath(`/can-bo/quan-tri/co-quan/${code}`);
  return { seq: previous.seq + 1, done: { message: t.saved } };
}

/** A lost authenticator: the admin turns the second factor off; the person enrols again at next sign-in. */
export async function resetSecondFactorAction(id: string, previous: BackOfficeFormState): Promise<BackOfficeFormState> {
  const { principal, info, t } = await context();
  const result = await resetStaffSecondFactor(principal, id, info);
  if (!result.ok) {
    const key = result.code === "cannotChangeSelf" ? "officer.adminError_cannotChangeSelf" : result.code === "notFound" ? "officer.adminError_notFound" : "officer.authError_forbidden";
    return failureState({ ok: false, formError: key, errors: {} }, new FormData(), previous);
  }
  revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
  return { seq: previous.seq + 1, done: { message: t.secondFactorResetDone } };
}
