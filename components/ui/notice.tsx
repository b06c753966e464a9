// A notice box (.notice): neutral, or success/warning toned. `text` is its one paragraph; `children` when
// it says more. `role` makes it a live region: "status" for an outcome, "alert" for a refusal.
import type { ReactNode } from "react";

export type NoticeTone = "success" | "warning";

export function Notice({ tone, role, className, text, children }: { tone?: NoticeTone; role?: "status" | "alert"; className?: string; text?: ReactNode; children?: ReactNode }) {
  return (
    <div className={["notice", tone ? `notice--${tone}` : "", className ?? ""].filter(Boolean).join(" ")} role={role}>
      {text === undefined || text === null ? null : <p>{text}</p>}
      {children}
    </div>
  );
}
