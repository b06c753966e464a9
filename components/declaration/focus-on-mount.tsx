// A heading that takes focus when the page opens, so a screen reader announces the outcome at once
// (the confirmation after sending; the look-up result).
"use client";
import { useEffect, useRef, type ReactNode } from "react";

export function FocusHeading({ level = 1, className, children }: { level?: 1 | 2; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 1 ? "h1" : "h2";
  return (
    <Tag ref={ref} tabIndex={-1} className={className}>
      {children}
    </Tag>
  );
}
