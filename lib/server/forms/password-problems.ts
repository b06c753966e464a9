import "server-only";
// Every rule a new password breaks, reported at once on the new-password field (one sentence each).
import type { PasswordProblem } from "@/lib/domain/password-policy";
import { fieldFailure, type FormFailure } from "./form-action";

export function passwordProblemsFailure(keyPrefix: "officer.passwordProblem_" | "account.problem_", problems: readonly PasswordProblem[]): FormFailure {
  return fieldFailure({ newPassword: problems.map((problem) => `${keyPrefix}${problem}`) });
}
