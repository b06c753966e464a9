// A region that takes the focus when the page arrives with an answer in it (after a GET form), so a
// screen-reader or keyboard user starts at the answer. Without scripts it is an ordinary region.
"use client";
import { useEffect, useRef, type ReactNode } from "react";

export function FocusOnArrival({ active, labelledBy, className, children }: { active: boolean; labelledBy: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) ref.current?.focus();
  }, [active]);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={labelledBy} className={className}>
      {children}
    </section>
  );
}
