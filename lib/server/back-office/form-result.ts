// The back office's form handlers are built with lib/server/forms/form-action.ts; these names stay for
// the decision forms (lib/server/back-office/decision-forms.ts), which another change rebuilds.
import { formFailure, type FormFailure } from "../forms/form-action";
import type { StaffAuthorization } from "../auth/staff-access";

export { formFailure, formObject, type FormFailure, type FormOutcome } from "../forms/form-action";

export function authorizationFailure(authz: Exclude<StaffAuthorization, { ok: true }>): FormFailure {
  return formFailure(`officer.authError_${authz.code}`);
}
