import "server-only";
// Loads @react-pdf/renderer so that it works however the process was started. react-pdf's reconciler needs the
// ordinary React build; a process started with `--conditions=react-server` (the tsx scripts: the notification
// worker that attaches the PDF to emails, the bench) would hand it React's server build, which has no reconciler
// internals, and every render would fail with "Cannot read properties of undefined (reading 'S')". In that case a
// module hook resolves `react` for @react-pdf's own modules without the react-server condition; nothing else
// changes. Next.js loads react-pdf as an external package without that condition, so it needs no hook.
import { register } from "node:module";

export type ReactPdf = typeof import("@react-pdf/renderer");

/** Resolves react (and react/…) imported from @react-pdf/* with the conditions minus "react-server". */
const HOOK = `export async function resolve(specifier, context, next) {
  if ((specifier === "react" || specifier.startsWith("react/")) && context.parentURL && context.parentURL.includes("/node_modules/@react-pdf/")) {
    return next(specifier, { ...context, conditions: (context.conditions || []).filter((c) => c !== "react-server") });
  }
  return next(specifier, context);
}`;

/** True when Node itself resolves with the react-server condition (`--conditions=react-server`, `-C react-server`). */
export function nodeUsesReactServerCondition(argv: readonly string[] = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)]): boolean {
  return argv.some(
    (arg, i) =>
      /^(?:--conditions|-C)=react-server$/.test(arg) || ((arg === "--conditions" || arg === "-C") && argv[i + 1] === "react-server"),
  );
}

let loading: Promise<ReactPdf> | undefined;

export function loadReactPdf(): Promise<ReactPdf> {
  loading ??= (async () => {
    if (nodeUsesReactServerCondition()) register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
    return import("@react-pdf/renderer");
  })();
  return loading;
}
