import "server-only";
// The administration forms (staff users, offices) and the staff password change, built with
// staffAction: role first, then the shared schema, then one service; codes become message keys.
import { z } from "zod";
import { ZOfficeFormSchema, ZStaffUserFormSchema, ZStaffUserUpdateSchema } from "@/lib/schemas/back-office";
import { ZChangePasswordSchema } from "@/lib/schemas/password";
import { ADMIN_ROLES } from "../auth/staff-access";
import { createStaffUser, resetStaffPassword, setStaffUserDisabled, updateStaffUser, type StaffAdminFailureCode } from "../staff/manage-staff-users";
import { changeStaffPassword } from "../staff/change-staff-password";
import { updateOffice } from "../offices/manage-offices";
import { fieldFailure, formFailure, staffAction, type StaffActionContext } from "../forms/form-action";
import { passwordProblemsFailure } from "../forms/password-problems";

const NO_FIELDS = z.object({});

const adminFailure = (code: StaffAdminFailureCode) =>
  code === "usernameTaken"
    ? fieldFailure({ username: "officer.staffUsernameTaken" })
    : code === "officeUnknown"
      ? fieldFailure({ officeCode: "officer.staffOfficeUnknown" })
      : formFailure(`officer.adminError_${code}`);

export const handleCreateStaffForm = staffAction(ADMIN_ROLES, ZStaffUserFormSchema, async (input, { principal, info }) => {
  const result = await createStaffUser(principal, input, info);
  if (!result.ok) return adminFailure(result.code);
  return { ok: true, id: result.user.id, username: result.user.username, temporaryPassword: result.temporaryPassword };
});

export const handleUpdateStaffForm = staffAction(ADMIN_ROLES, ZStaffUserUpdateSchema, async (input, { principal, info, bound: id }: StaffActionContext<string>) => {
  const result = await updateStaffUser(principal, id, input, info);
  return result.ok ? { ok: true } : adminFailure(result.code);
});

export const handleStaffStatusForm = staffAction(ADMIN_ROLES, NO_FIELDS, async (_input, { principal, info, bound }: StaffActionContext<{ id: string; disabled: boolean }>) => {
  const result = await setStaffUserDisabled(principal, bound.id, bound.disabled, info);
  return result.ok ? { ok: true } : adminFailure(result.code);
});

export const handleResetStaffPasswordForm = staffAction(ADMIN_ROLES, NO_FIELDS, async (_input, { principal, info, bound: id }: StaffActionContext<string>) => {
  const result = await resetStaffPassword(principal, id, info);
  return result.ok ? { ok: true, username: result.user.username, temporaryPassword: result.temporaryPassword } : adminFailure(result.code);
});

export const handleOfficeForm = staffAction(
  ADMIN_ROLES,
  ZOfficeFormSchema,
  async (input, { principal, info, bound: code }: StaffActionContext<string>) => {
    const result = await updateOffice(principal, code, input, info);
    if (!result.ok) return result.code === "communeOutsideProvince" ? fieldFailure({ communeCodes: "officer.officeCommuneOutside" }) : formFailure(`officer.adminError_${result.code}`);
    return { ok: true };
  },
  { arrays: ["communeCodes"] },
);

/** One's own password: allowed while a change is forced (that is its purpose), hence "self". */
export const handleChangePasswordForm = staffAction("self", ZChangePasswordSchema, async (input, { principal, info }) => {
  const result = await changeStaffPassword(principal, input, info);
  if (result.ok) return { ok: true, username: result.username, ticket: result.ticket };
  switch (result.code) {
    case "signedOut":
      return formFailure("officer.authError_signedOut");
    case "wrongCurrent":
      return fieldFailure({ currentPassword: "officer.currentPasswordWrong" });
    case "throttled":
      return formFailure("officer.changePasswordThrottled");
    case "policy":
      return passwordProblemsFailure("officer.passwordProblem_", result.problems);
  }
});
