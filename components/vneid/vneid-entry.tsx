// "Đăng ký / Đăng nhập bằng VNeID": a plain link to the start route (works before scripts load), with a
// line on what it does. Shown only when VNeID is configured (the page decides).
import Link from "next/link";

export function VneidEntry({ href, label, intro, or }: { href: string; label: string; intro: string; or: string }) {
  return (
    <section className="vneid-entry" aria-label={label}>
      <p className="vneid-entry__or">{or}</p>
      <p>{intro}</p>
      <p>
        {/* The start route redirects to VNeID: a full navigation, never a client-side prefetch. */}
        <Link href={href} prefetch={false} className="button button--secondary">
          {label}
        </Link>
      </p>
    </section>
  );
}

/** A message the VNeID callback sent the person back with (?vneid=<code>). */
export function VneidNotice({ message, tone }: { message: string; tone: "warning" | "success" }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "warning" ? "alert" : "status"}>
      <p>{message}</p>
    </div>
  );
}

const ERROR_CODES = [
  "providerDown",
  "badState",
  "cancelled",
  "codeRejected",
  "tokenRejected",
  "missingClaims",
  "unknownLevel",
  "locked",
  "mismatch",
  "levelTooLow",
  "otherAccount",
  "notConfigured",
] as const;

/** The message for a refusal code from the callback, or null when the parameter is not one. */
export function vneidErrorText<T extends Record<`error_${(typeof ERROR_CODES)[number]}`, string>>(t: T, code: unknown): string | null {
  return typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code) ? t[`error_${code as (typeof ERROR_CODES)[number]}`] : null;
}
