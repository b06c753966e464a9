import "server-only";
// "Đăng ký số điện thoại" for a declaration keyed in without a phone, built with staffAction: the role first
// (the office scope is checked under the row lock), then the shared schema, then the service.
import { ZRegisterDeclarationPhoneFormSchema } from "@/lib/schemas/assisted";
import { DECISION_ROLES } from "../auth/staff-access";
import { registerDeclarationPhone } from "../declarations/register-declaration-phone";
import { formFailure, staffAction } from "../forms/form-action";
import { decisionFailureKey } from "./decision-forms";

export const handleRegisterPhoneForm = staffAction(DECISION_ROLES, ZRegisterDeclarationPhoneFormSchema, async (input, { principal, info }) => {
  const result = await registerDeclarationPhone(principal, input, info);
  if (result.ok) return { ok: true as const, reference: result.reference };
  // The rules of new declarations word it.
  switch (result.code) {
    case "phoneRefused":
      return formFailure({ key: `declaration.server_${result.refusal.code}`, params: result.refusal.params });
    case "phoneAlreadyRegistered":
      return formFailure("officer.assistedPhoneAlreadyRegistered");
    case "phoneVerificationRequired":
    case "phoneVerificationExpired":
    case "phoneVerificationMismatch":
      return formFailure(null, { phoneVerificationToken: "officer.assistedPhoneConfirmFirst" });
    default:
      return formFailure(decisionFailureKey(result.code));
  }
});
