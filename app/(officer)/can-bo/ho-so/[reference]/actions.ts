"use server";
// The declaration page's decisions. Thin: the handlers parse, authorize and call the services; a
// decision done sends the officer back to the queue, ready for the next person.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/schemas/form-state";
import { handleApproveForm, handleRejectForm } from "@/lib/server/back-office/decision-forms";
import { handleWithdrawForm } from "@/lib/server/back-office/withdraw-form";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import { failureState } from "@/lib/server/forms/form-state";

export async function approveAction(previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleApproveForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (outcome.ok) redirect(`/can-bo?xong=duyet&ma=${encodeURIComponent(outcome.reference)}`);
  return failureState(outcome, formData, previous);
}

export async function rejectAction(previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleRejectForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (outcome.ok) redirect(`/can-bo?xong=tu-choi&ma=${encodeURIComponent(outcome.reference)}`);
  return failureState(outcome, formData, previous);
}

export async function withdrawAction(previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleWithdrawForm(await getStaffPrincipal(), formData, await currentRequestInfo());
  if (outcome.ok) redirect(`/can-bo?xong=rut&ma=${encodeURIComponent(outcome.reference)}`);
  return failureState(outcome, formData, previous);
}
