// The new-password rules in plain words (lib/domain/password-policy.ts), shown beside every form that
// sets a password and named by the new-password field's aria-describedby.
import { PasswordField } from "@/components/ui/form-parts";
import { PASSWORD_INPUT_MAX_LENGTH } from "@/lib/schemas/form-limits";
import type { AccountText } from "./types";

export type PasswordRulesText = AccountText<"rulesTitle" | "ruleLength" | "ruleCommon" | "ruleOwnData" | "ruleDifferent" | "ruleNoComposition">;

export const PASSWORD_RULES_ID = "password-rules";

export function PasswordRules({ text }: { text: PasswordRulesText }) {
  return (
    <div id={PASSWORD_RULES_ID} className="account-rules">
      <p>{text.rulesTitle}</p>
      <ul>
        {[text.ruleLength, text.ruleCommon, text.ruleOwnData, text.ruleDifferent].map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>{text.ruleNoComposition}</p>
    </div>
  );
}

export type NewPasswordFieldsText = PasswordRulesText & AccountText<"newPasswordLabel" | "confirmPasswordLabel" | "errorPrefix">;

/** The rules, the new password and its confirmation: the same in every form that sets a password. */
export function NewPasswordFields({ text, errors, visible }: { text: NewPasswordFieldsText; errors: { newPassword?: string; confirmPassword?: string }; visible: boolean }) {
  return (
    <>
      <PasswordRules text={text} />
      {(
        [
          ["newPassword", text.newPasswordLabel, PASSWORD_RULES_ID],
          ["confirmPassword", text.confirmPasswordLabel, undefined],
        ] as const
      ).map(([id, label, describedBy]) => (
        <PasswordField
          key={id}
          id={id}
          label={label}
          error={errors[id]}
          errorPrefix={text.errorPrefix}
          visible={visible}
          alsoDescribedBy={describedBy}
          autoComplete="new-password"
          maxLength={PASSWORD_INPUT_MAX_LENGTH}
          required
        />
      ))}
    </>
  );
}
