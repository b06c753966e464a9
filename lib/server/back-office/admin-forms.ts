import "server-only";
// The administration forms (staff users, offices) and the change-password form, as the server
// actions run them: parse with the shared schema, authorize, call the service, return message keys.
import { ZChangePasswordSchema, ZOfficeFormSchema, ZStaffUserFormSchema, ZStaffUserUpdateSchema, fieldErrors } from "@/lib/schemas/back-office";
import { ADMIN_ROLES, authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { createStaffUser, resetStaffPassword, setStaffUserDisabled, updateStaffUser, type StaffAdminFailureCode } from "../staff/manage-staff-users";
import { changeStaffPassword } from "../staff/change-staff-password";
import { updateOffice } from "../offices/manage-offices";
import { authorizationFailure, formFailure, formObject, type FormOutcome } from "./form-result";

const adminFailure = (code: StaffAdminFailureCode) =>
  code === "usernameTaken"
    ? formFailure("officer.errorSummaryTitle", { username: "officer.staffUsernameTaken" })
    : code === "officeUnknown"
      ? formFailure("officer.errorSummaryTitle", { officeCode: "officer.staffOfficeUnknown" })
      : formFailure(`officer.adminError_${code}`);

export async function handleCreateStaffForm(
  principal: StaffPrincipal | null,
  formData: FormData,
  info: RequestInfo,
): Promise<FormOutcome<{ username: string; temporaryPassword: string; id: string }>> {
  const authz = authorizeStaff(principal, ADMIN_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const parsed = ZStaffUserFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await createStaffUser(authz.principal, parsed.data, info);
  if (!result.ok) return adminFailure(result.code);
  return { ok: true, id: result.user.id, username: result.user.username, temporaryPassword: result.temporaryPassword };
}

export async function handleUpdateStaffForm(principal: StaffPrincipal | null, id: string, formData: FormData, info: RequestInfo): Promise<FormOutcome> {
  const authz = authorizeStaff(principal, ADMIN_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const parsed = ZStaffUserUpdateSchema.safeParse(formObject(formData));
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await updateStaffUser(authz.principal, id, parsed.data, info);
  return result.ok ? { ok: true } : adminFailure(result.code);
}

export async function handleStaffStatusForm(principal: StaffPrincipal | null, id: string, disabled: boolean, info: RequestInfo): Promise<FormOutcome> {
  const authz = authorizeStaff(principal, ADMIN_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const result = await setStaffUserDisabled(authz.principal, id, disabled, info);
  return result.ok ? { ok: true } : adminFailure(result.code);
}

export async function handleResetStaffPasswordForm(
  principal: StaffPrincipal | null,
  id: string,
  info: RequestInfo,
): Promise<FormOutcome<{ username: string; temporaryPassword: string }>> {
  const authz = authorizeStaff(principal, ADMIN_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const result = await resetStaffPassword(authz.principal, id, info);
  return result.ok ? { ok: true, username: result.user.username, temporaryPassword: result.temporaryPassword } : adminFailure(result.code);
}

export async function handleOfficeForm(principal: StaffPrincipal | null, code: string, formData: FormData, info: RequestInfo): Promise<FormOutcome> {
  const authz = authorizeStaff(principal, ADMIN_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const parsed = ZOfficeFormSchema.safeParse(formObject(formData, ["communeCodes"]));
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await updateOffice(authz.principal, code, parsed.data, info);
  if (!result.ok) return result.code === "communeOutsideProvince" ? formFailure("officer.errorSummaryTitle", { communeCodes: "officer.officeCommuneOutside" }) : formFailure(`officer.adminError_${result.code}`);
  return { ok: true };
}

/**
 * Changing one's own password is allowed while a change is forced (that is its purpose), so this
 * takes the principal even when mustChangePassword is set.
 */
export async function handleChangePasswordForm(
  principal: StaffPrincipal | null,
  formData: FormData,
  info: RequestInfo,
): Promise<FormOutcome<{ username: string; ticket: string }>> {
  if (!principal) return formFailure("officer.authError_signedOut");
  const parsed = ZChangePasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await changeStaffPassword(principal, parsed.data, info);
  if (result.ok) return { ok: true, username: result.username, ticket: result.ticket };
  switch (result.code) {
    case "signedOut":
      return formFailure("officer.authError_signedOut");
    case "wrongCurrent":
      return formFailure("officer.errorSummaryTitle", { currentPassword: "officer.currentPasswordWrong" });
    case "throttled":
      return formFailure("officer.changePasswordThrottled");
    case "policy":
      return formFailure("officer.errorSummaryTitle", { newPassword: `officer.passwordProblem_${result.problems[0]}` });
  }
}
