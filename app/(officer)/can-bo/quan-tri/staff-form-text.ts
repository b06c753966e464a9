// The strings of the staff member form, the same on "add" and "edit" but for the submit button.
import type { Messages } from "@/lib/i18n/catalog";
import { STAFF_ROLES } from "@/lib/schemas/back-office";
import { formChrome } from "../form-text";

export function staffFormText(t: Messages<"officer">, submit: string) {
  return {
    ...formChrome(t),
    username: t.staffUsername,
    usernameHint: t.staffUsernameHint,
    fullName: t.staffFullName,
    role: t.staffRole,
    office: t.staffOffice,
    officeHint: t.staffOfficeHint,
    officeNone: t.staffOfficeNone,
    submit,
    roles: STAFF_ROLES.map((value) => ({ value, label: t[`role_${value}`] })),
  };
}
