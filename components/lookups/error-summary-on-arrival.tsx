// The GOV.UK error summary of a page that arrives with errors (a GET form answered by the server): it
// takes the focus once scripts run, as GOV.UK Frontend's does; without scripts it is read first anyway.
"use client";
import { useEffect, useRef } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";

export function ErrorSummaryOnArrival({ title, items }: { title: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  return <ErrorSummary ref={ref} title={title} items={items} />;
}
