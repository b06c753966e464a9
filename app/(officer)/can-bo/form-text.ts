// The strings every back-office form takes, whatever it asks.
import type { Messages } from "@/lib/i18n/catalog";

/** The error summary's title, the hidden prefix of a field's error, the button's label while the form is sent. */
export function formChrome(t: Messages<"officer">) {
  return { errorSummaryTitle: t.errorSummaryTitle, errorPrefix: t.errorPrefix, submitting: t.submitting };
}
