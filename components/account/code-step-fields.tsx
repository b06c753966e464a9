// The SMS-code step's fields and buttons, the same in sign-in (another device) and the forgotten
// password: the 6-digit code, its validity, confirm / send a new code / start over (intents the
// server action reads).
import { TextField } from "@/components/ui/form-parts";

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
        <button className="button" type="submit" name="intent" value={submitIntent} disabled={pending}>
          {submitLabel}
        </button>
        <button className="button button--secondary" type="submit" name="intent" value="resend" formNoValidate disabled={pending}>
          {text.otpResend}
        </button>
      </div>
      <p>
        <button className="link-button" type="submit" name="intent" value="restart" formNoValidate disabled={pending}>
          {text.startOver}
        </button>
      </p>
    </>
  );
}
