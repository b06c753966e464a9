import "server-only";
// "Đăng ký số điện thoại" for a declaration keyed in without a phone, as the server action runs it: parse with
// the shared schema, authorize the role (the office scope is checked under the row lock), call the service.
import { translate } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";
import { ZRegisterDeclarationPhoneFormSchema } from "@/lib/schemas/assisted";
import { fieldErrors } from "@/lib/schemas/back-office";
import { authorizeStaff, DECISION_ROLES, type StaffPrincipal } from "../auth/staff-access";
import { registerDeclarationPhone } from "../declarations/register-declaration-phone";
import type { RequestInfo } from "../request-info";
import type { DecisionFailureCode } from "../declarations/lock-for-decision";
import { decisionFailureKey } from "./decision-forms";
import { authorizationFailure, formFailure, formObject, type FormOutcome } from "./form-result";

export async function handleRegisterPhoneForm(principal: StaffPrincipal | null, formData: FormData, info: RequestInfo, locale: Locale): Promise<FormOutcome<{ reference: string }>> {
  const authz = authorizeStaff(principal, DECISION_ROLES);
  if (!authz.ok) return authorizationFailure(authz);
  const parsed = ZRegisterDeclarationPhoneFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return formFailure("officer.errorSummaryTitle", fieldErrors(parsed.error));
  const result = await registerDeclarationPhone(authz.principal, parsed.data, info);
  if (result.ok) return { ok: true, reference: result.reference };
  // The rules of new declarations word it, in the officer's language.
  if (result.code === "phoneRefused") return formFailure(translate(locale, `declaration.server_${result.refusal.code}`, result.refusal.params));
  if (result.code === "phoneAlreadyRegistered") return formFailure("officer.assistedPhoneAlreadyRegistered");
  if (result.code.startsWith("phoneVerification")) return formFailure(null, { phoneVerificationToken: "officer.assistedPhoneConfirmFirst" });
  return formFailure(decisionFailureKey(result.code as DecisionFailureCode));
}
