// The new-password rules in plain words (lib/domain/password-policy.ts), shown beside every form that
// sets a password and named by the new-password field's aria-describedby.
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
