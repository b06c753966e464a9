"use server";
// The counter's actions on one account. Thin: the services authorize, parse and act; the outcome comes
// back to the account page in its address (PRG), so a reload never repeats an action and the forms
// work before scripts load.
import { redirect } from "next/navigation";
import type { CounterActionKind } from "@/lib/domain/counter";
import { formObject } from "@/lib/server/forms/form-action";
import { getStaffPrincipal } from "@/lib/server/auth/staff-guards";
import { currentRequestInfo } from "@/lib/server/request-info";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import type { RequestInfo } from "@/lib/server/request-info";
import type { CounterResult } from "@/lib/server/counter/results";
import { closeAccountAtCounter } from "@/lib/server/counter/close-account";
import { confirmPhoneChange } from "@/lib/server/counter/confirm-phone-change";
import { lockAccountAtCounter } from "@/lib/server/counter/lock-account";
import { resetPasswordAtCounter } from "@/lib/server/counter/reset-password";
import { signOutAllDevicesAtCounter } from "@/lib/server/counter/sign-out-all-devices";
import { startPhoneChange } from "@/lib/server/counter/start-phone-change";
import { unlockAccountAtCounter } from "@/lib/server/counter/unlock-account";

type Service = (principal: StaffPrincipal | null, input: unknown, info: RequestInfo) => Promise<CounterResult>;

const UUID = /^[0-9a-f-]{36}$/i;

function accountPath(formData: FormData): string {
  const id = String(formData.get("accountId") ?? "");
  return UUID.test(id) ? `/can-bo/tai-khoan/${id}` : "/can-bo/tai-khoan";
}

/** The failure as the page reads it back: the code, the action, the first field's message key, one number. */
function failureQuery(kind: string, result: Extract<CounterResult, { ok: false }>): string {
  const params = new URLSearchParams({ loi: result.code, "thao-tac": kind });
  const [field, key] = Object.entries(result.errors ?? {})[0] ?? [];
  if (field && key) params.set("truong", `${field}:${key}`);
  const n = result.params.attemptsLeft ?? result.params.retryAfterSeconds;
  if (typeof n === "number") params.set("so", String(n));
  return params.toString();
}

async function run(kind: CounterActionKind, service: Service, formData: FormData, extra: Record<string, string> = {}): Promise<never> {
  const result = await service(await getStaffPrincipal(), formObject(formData), await currentRequestInfo());
  const base = accountPath(formData);
  if (!result.ok) redirect(`${base}?${failureQuery(kind, result)}${extra.keepStep ? `&${extra.keepStep}` : ""}`);
  redirect(`${base}?${new URLSearchParams({ xong: kind, "bien-nhan": String(result.params.receipt ?? ""), so: String(result.params.signedOut ?? "") })}`);
}

export async function startPhoneChangeAction(formData: FormData): Promise<void> {
  const result = await startPhoneChange(await getStaffPrincipal(), formObject(formData), await currentRequestInfo());
  const base = accountPath(formData);
  if (!result.ok) redirect(`${base}?${failureQuery("changePhone", result)}`);
  redirect(`${base}?${new URLSearchParams({ buoc: "ma", thu: String(result.params.challengeId) })}`);
}

export async function confirmPhoneChangeAction(formData: FormData): Promise<void> {
  const challenge = String(formData.get("challengeId") ?? "");
  await run("changePhone", confirmPhoneChange, formData, { keepStep: UUID.test(challenge) ? `buoc=ma&thu=${challenge}` : "" });
}

export async function resetPasswordAction(formData: FormData): Promise<void> {
  await run("resetPassword", resetPasswordAtCounter, formData);
}

export async function signOutAllAction(formData: FormData): Promise<void> {
  await run("signOutAll", signOutAllDevicesAtCounter, formData);
}

export async function lockAction(formData: FormData): Promise<void> {
  await run("lock", lockAccountAtCounter, formData);
}

export async function unlockAction(formData: FormData): Promise<void> {
  await run("unlock", unlockAccountAtCounter, formData);
}

export async function closeAction(formData: FormData): Promise<void> {
  await run("close", closeAccountAtCounter, formData);
}
