// The SMS-code step's fields and buttons, the same in sign-in (another device) and the forgotten
// password: the 6-digit code, its validity, confirm / send a new code / start over (intents the
// server action reads).
import { TextField } from "@/components/ui/form-parts";
import { IntentButton } from "./credential-fields";

export type CodeStepText = { otpLabel: string; otpHint: string; otpValidity: string; otpResend: string; startOver: string; errorPrefix: string };

export function CodeStepFields({ text, error, submitIntent, submitLabel, pending }: { text: CodeStepText; error?: string; submitIntent: string; submitLabel: string; pending: boolean }) {
  return (
    <>
      <TextField
        id="otp"
        label={text.otpLabel}
        hint={text.otpHint}
        error={error}
        errorPrefix={text.errorPrefix}
        short
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
      />
      <p>{text.otpValidity}</p>
      <div className="button-group">
        <IntentButton intent={submitIntent} pending={pending}>{submitLabel}</IntentButton>
        <IntentButton intent="resend" pending={pending} className="button button--secondary" skipValidation>{text.otpResend}</IntentButton>
      </div>
      <p>
        <IntentButton intent="restart" pending={pending} className="link-button" skipValidation>{text.startOver}</IntentButton>
      </p>
    </>
  );
}
