"use server";
// Administration actions (admins only; each handler checks the role itself). Temporary passwords
// come back once in the form state and are never stored or logged in clear.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/schemas/form-state";
import { groupTemporaryPassword } from "@/lib/domain/password-policy";
import { format } from "@/lib/i18n/catalog";
import {
  handleCreateStaffForm,
  handleOfficeForm,
  handleResetStaffPasswordForm,
  handleStaffStatusForm,
  handleUpdateStaffForm,
} from "@/lib/server/back-office/admin-forms";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { formFailure } from "@/lib/server/forms/form-action";
import { toFormState, typedValues } from "@/lib/server/forms/form-state";
import { resetStaffSecondFactor } from "@/lib/server/staff/totp";
import { getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";

async function context() {
  const [principal, info, t] = await Promise.all([getStaffPrincipal(), currentRequestInfo(), getMessages("officer")]);
  return { principal, info, t };
}

type T = Awaited<ReturnType<typeof context>>["t"];

/** A temporary password, shown once. */
const secretShown = (t: T, message: string, secret: string): FormState["done"] => ({
  message,
  secret: groupTemporaryPassword(secret),
  secretLabel: t.temporaryPasswordLabel,
  secretNote: t.temporaryPasswordOnce,
});

export async function createStaffAction(previous: FormState, formData: FormData): Promise<FormState> {
  const { principal, info, t } = await context();
  return toFormState(previous, formData, await handleCreateStaffForm(principal, formData, info), (created) => {
    revalidatePath("/can-bo/quan-tri");
    return { done: secretShown(t, format(t.staffCreated, { username: created.username }), created.temporaryPassword) };
  });
}

export async function updateStaffAction(id: string, previous: FormState, formData: FormData): Promise<FormState> {
  const { principal, info, t } = await context();
  return toFormState(previous, formData, await handleUpdateStaffForm(principal, formData, info, id), () => {
    revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
    return { done: { message: t.saved }, values: typedValues(formData) };
  });
}

export async function setStaffDisabledAction(id: string, disabled: boolean, previous: FormState): Promise<FormState> {
  const { principal, info, t } = await context();
  return toFormState(previous, null, await handleStaffStatusForm(principal, {}, info, { id, disabled }), () => {
    revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
    return { done: { message: disabled ? t.disabledDone : t.enabledDone } };
  });
}

export async function resetStaffPasswordAction(id: string, previous: FormState): Promise<FormState> {
  const { principal, info, t } = await context();
  return toFormState(previous, null, await handleResetStaffPasswordForm(principal, {}, info, id), (reset) => {
    revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
    return { done: secretShown(t, format(t.resetDone, { username: reset.username }), reset.temporaryPassword) };
  });
}

export async function updateOfficeAction(code: string, previous: FormState, formData: FormData): Promise<FormState> {
  const { principal, info, t } = await context();
  return toFormState(previous, formData, await handleOfficeForm(principal, formData, info, code), () => {
    revalidatePath(`/can-bo/quan-tri/co-quan/${code}`);
    return { done: { message: t.saved } };
  });
}

/** A lost authenticator: the admin turns the second factor off; the person enrols again at next sign-in. */
export async function resetSecondFactorAction(id: string, previous: FormState): Promise<FormState> {
  const { principal, info, t } = await context();
  const result = await resetStaffSecondFactor(principal, id, info);
  const outcome = result.ok
    ? result
    : formFailure(result.code === "cannotChangeSelf" ? "officer.adminError_cannotChangeSelf" : result.code === "notFound" ? "officer.adminError_notFound" : "officer.authError_forbidden");
  return toFormState(previous, null, outcome, () => {
    revalidatePath(`/can-bo/quan-tri/can-bo/${id}`);
    return { done: { message: t.secondFactorResetDone } };
  });
}
