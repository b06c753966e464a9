// The /dang-ky/ke-khai wizard's entry: the body (react-hook-form and the first step) is its own chunk,
// rendered on the server and preloaded from the HTML by next/dynamic, so the route's first-load JavaScript
// stays small and the start page (/dang-ky) loads none of it; the validation and the later steps load from
// the body on first use (decision 0030). The body keeps its controls disabled until it has hydrated
// (wizard-body.tsx).
"use client";
import dynamic from "next/dynamic";
import type { DeclarationWizardProps } from "./types";

const WizardBody = dynamic(() => import("./wizard-body"));

export function DeclarationWizard(props: DeclarationWizardProps) {
  return (
    <>
      <noscript>
        <div className="notice notice--warning">
          <p>{props.t.noScript}</p>
        </div>
      </noscript>
      <WizardBody {...props} />
    </>
  );
}
