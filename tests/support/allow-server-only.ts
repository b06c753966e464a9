// Scripts and benches run by tsx live outside Next and Vitest, where importing "server-only" throws.
// Call allowServerOnly() before dynamically importing a lib/server module: it maps "server-only" to an empty module.
import { register } from "node:module";

const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", format: "module", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;

export function allowServerOnly(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  registered = true;
}
