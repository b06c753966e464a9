// The new-password rules in plain words (lib/domain/password-policy.ts), shown beside every form that
// sets a password and named by the new-password field's aria-describedby.
import { PasswordField } from "@/components/ui/form-parts";
import { PASSWORD_INPUT_MAX_LENGTH } from "@/lib/schemas/form-limits";

export type PasswordRulesText = {
  rulesTitle: string;
  ruleLength: string;
  ruleCommon: string;
  ruleOwnData: string;
  ruleDifferent: string;
  ruleNoComposition: string;
};

export const PASSWORD_RULES_ID = "password-rules";

export function PasswordRules({ text }: { text: PasswordRulesText }) {
  return (
    <div id={PASSWORD_RULES_ID} className="account-rules">
      <p>{text.rulesTitle}</p>
      <ul>
        <li>{text.ruleLength}</li>
        <li>{text.ruleCommon}</li>
        <li>{text.ruleOwnData}</li>
        <li>{text.ruleDifferent}</li>
      </ul>
      <p>{text.ruleNoComposition}</p>
    </div>
  );
}

export type NewPasswordFieldsText = PasswordRulesText & {
  newPasswordLabel: string;
  confirmPasswordLabel: string;
  errorPrefix: string;
};

/** The rules, the new password and its confirmation: the same in every form that sets a password. */
export function NewPasswordFields({ text, errors, visible }: { text: NewPasswordFieldsText; errors: { newPassword?: string; confirmPassword?: string }; visible: boolean }) {
  return (
    <>
      <PasswordRules text={text} />
      <PasswordField
        id="newPassword"
        label={text.newPasswordLabel}
        error={errors.newPassword}
        errorPrefix={text.errorPrefix}
        visible={visible}
        alsoDescribedBy={PASSWORD_RULES_ID}
        autoComplete="new-password"
        maxLength={PASSWORD_INPUT_MAX_LENGTH}
        required
      />
      <PasswordField
        id="confirmPassword"
        label={text.confirmPasswordLabel}
        error={errors.confirmPassword}
        errorPrefix={text.errorPrefix}
        visible={visible}
        autoComplete="new-password"
        maxLength={PASSWORD_INPUT_MAX_LENGTH}
        required
      />
    </>
  );
}
