// The state a back-office form action returns to its form: already translated on the server.
export type BackOfficeFormState = {
  /** Changes on every submission, so the form remounts with the values sent back. */
  seq: number;
  formError?: string;
  /** Field name → message. */
  errors?: Record<string, string>;
  /** What was submitted (never passwords), to refill the form after an error. */
  values?: Record<string, string | string[]>;
  /** Success: a message, and a secret shown once (a temporary password). */
  done?: { message: string; secret?: string; secretLabel?: string; secretNote?: string };
};

export const initialFormState: BackOfficeFormState = { seq: 0 };

export type FieldText = { errorSummaryTitle: string; errorPrefix: string };
