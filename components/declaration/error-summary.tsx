// The GOV.UK error summary: at the top of the step, takes focus when a step fails, links to each field.
"use client";
import type { Ref } from "react";
import { useErrorTitle } from "@/components/ui/error-title";

export type SummaryItem = { targetId: string; message: string };

/** Moves focus to a field and scrolls its label (or legend) into view, as GOV.UK's summary does. */
export function focusField(targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  const fieldset = target.closest("fieldset");
  const label = fieldset?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(targetId)}"]`) ?? target;
  target.focus({ preventScroll: true });
  label.scrollIntoView({ block: "start" });
}

export function ErrorSummary({ title, items, ref }: { title: string; items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  useErrorTitle(items.length > 0);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.targetId}:${item.message}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(item.targetId);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
