import "server-only";
// The declaration page's actions (ho-so) read failures through this name; the shared code is lib/server/forms.
export { failureState } from "@/lib/server/forms/form-state";
