// The back office's forms use the one FormState (lib/schemas/form-state.ts); these names stay for the
// decision forms, which another change rebuilds.
export { initialFormState, type FormState as BackOfficeFormState } from "@/lib/schemas/form-state";

export type FieldText = { errorSummaryTitle: string; errorPrefix: string };
