// The GOV.UK error summary, the one used by every form: at the top of the form, titled, one link per
// field that moves the focus to it (and its label or legend into view), and `<title>` prefixed "Lỗi: "
// while it shows. Focus: `focusKey` makes it take the focus each time the key changes (a server
// action's answer); without it the owner moves the focus itself through `ref` (the wizard does).
"use client";
import { useEffect, useId, useRef, type Ref } from "react";
import { useErrorTitle } from "./error-title";

export type SummaryItem = { targetId: string; message: string };

/** Moves focus to a field (by id, else by name) and scrolls its label (or legend) into view, as GOV.UK's summary does. */
export function focusField(targetId: string): void {
  const target = document.getElementById(targetId) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(targetId)}"]`);
  if (!target) return;
  const fieldset = target.closest("fieldset");
  const label = fieldset?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(target.id || targetId)}"]`) ?? target;
  target.focus({ preventScroll: true });
  label.scrollIntoView({ block: "start" });
}

export function ErrorSummary({
  title,
  items,
  formError,
  focusKey,
  level = 2,
  ref,
}: {
  title: string;
  items: SummaryItem[];
  /** A message about the whole form, listed first (not a link). */
  formError?: string;
  focusKey?: string | number;
  /** The heading's level where the summary sits in a section (h3 under an h2). */
  level?: 2 | 3;
  ref?: Ref<HTMLDivElement>;
}) {
  const own = useRef<HTMLDivElement | null>(null);
  const titleId = useId();
  const general = formError && formError !== title ? formError : undefined;
  const has = Boolean(general) || items.length > 0;
  useErrorTitle(has);
  useEffect(() => {
    if (has && focusKey !== undefined) own.current?.focus();
  }, [focusKey, has]);
  if (!has) return null;
  const Heading = level === 3 ? "h3" : "h2";
  const setRef = (node: HTMLDivElement | null) => {
    own.current = node;
    if (typeof ref === "function") ref(node);
    else if (ref) ref.current = node;
  };
  return (
    <div ref={setRef} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <Heading id={titleId}>{title}</Heading>
      <ul>
        {general ? <li>{general}</li> : null}
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
