// Preloaded into every process that runs lib/server code outside Next and Vitest (the npm scripts, the
// worker, the e2e server, benches): `tsx --import ./scripts/preload/allow-server-only.mjs …`.
// The "server-only" marker package throws unless the bundler picks its react-server build; here it
// resolves to an empty module instead, the same file Vitest aliases it to (vitest.config.ts). Nothing
// else changes how modules resolve, so react-pdf gets the ordinary React build it needs.
import { register } from "node:module";

export const SERVER_ONLY_STANDIN = new URL("./server-only-empty.js", import.meta.url);

const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(SERVER_ONLY_STANDIN.href)}, format: "module", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
