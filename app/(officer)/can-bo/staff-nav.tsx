// The bar at the top of every signed-in back-office page: where to go (by role), who is signed in, sign out.
import Link from "next/link";
import { format, messages, type Messages } from "@/lib/i18n/catalog";
import { COUNTER_ROLES } from "@/lib/server/counter/counter-access";
import { ADMIN_ROLES, DECISION_ROLES, hasRole, SUPERVISION_ROLES, type StaffPrincipal } from "@/lib/server/auth/staff-access";
import { signOutStaffAction } from "./actions";

export type Current = "queue" | "assisted" | "accounts" | "overview" | "admin" | "password" | "security" | null;

/** The counter catalog in the language of the officer catalog given (catalogs are shared objects, one per language). */
function counterText(t: Messages<"officer">): Messages<"counter"> {
  return messages(t === messages("en", "officer") ? "en" : "vi", "counter");
}

export function StaffNav({ principal, t, current }: { principal: StaffPrincipal; t: Messages<"officer">; current: Current }) {
  const working = !principal.mustChangePassword && !principal.mustEnrolSecondFactor;
  const links: { key: Current; href: string; label: string; show: boolean }[] = [
    { key: "queue", href: "/can-bo", label: t.navQueue, show: working },
    // The assisted declaration (decision 0021): officers and supervisors of an office.
    { key: "assisted", href: "/can-bo/ho-so/moi", label: t.assistedNav, show: working && hasRole(principal, DECISION_ROLES) && principal.officeCode !== null },
    // Counter services for citizens' accounts (officers and supervisors; lib/server/counter).
    { key: "accounts", href: "/can-bo/tai-khoan", label: counterText(t).navAccounts, show: working && hasRole(principal, COUNTER_ROLES) },
    { key: "overview", href: "/can-bo/tong-quan", label: t.navOverview, show: working && hasRole(principal, SUPERVISION_ROLES) },
    { key: "admin", href: "/can-bo/quan-tri", label: t.navAdmin, show: working && hasRole(principal, ADMIN_ROLES) },
    { key: "password", href: "/can-bo/doi-mat-khau", label: t.navChangePassword, show: true },
    { key: "security", href: "/can-bo/bao-mat", label: t.navSecurity, show: !principal.mustChangePassword },
  ];
  return (
    <div className="bo-bar">
      <nav className="bo-bar__nav" aria-label={t.navLabel}>
        <ul>
          {links
            .filter((l) => l.show)
            .map((l) => (
              <li key={l.href}>
                <Link href={l.href} aria-current={current === l.key ? "page" : undefined}>
                  {l.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className="bo-bar__who">
        <span>{format(t.signedInAs, { name: principal.fullName, role: t[`role_${principal.role}`] })}</span>
        <form action={signOutStaffAction}>
          <button type="submit" className="bo-link-button">
            {t.signOut}
          </button>
        </form>
      </div>
    </div>
  );
}
