// The frame of a signed-in back-office page: the staff bar, an optional way back, the page's heading, then
// the page. `className` is the page's width (.bo-wide for tables), `bodyClassName` a column around the
// heading and the content (.bo-narrow for one form).
import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";
import type { Messages } from "@/lib/i18n/catalog";
import type { StaffPrincipal } from "@/lib/server/auth/staff-access";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { getMessages } from "@/lib/server/i18n";
import { StaffNav, type Current } from "./staff-nav";

export function StaffPage({
  principal,
  t,
  current,
  back,
  title,
  className,
  bodyClassName,
  children,
}: {
  principal: StaffPrincipal;
  t: Messages<"officer">;
  current: Current;
  back?: { href: string; label: string };
  title: ReactNode;
  className?: "bo-wide";
  bodyClassName?: "bo-narrow" | "bo-narrow-form";
  children?: ReactNode;
}) {
  const body = (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
  const page = (
    <>
      <StaffNav principal={principal} t={t} current={current} />
      {back ? <BackLink href={back.href} label={back.label} /> : null}
      {bodyClassName ? <div className={bodyClassName}>{body}</div> : body}
    </>
  );
  return className ? <div className={className}>{page}</div> : page;
}

/** How a back-office page begins: the guard (roles, where to come back after signing in), then the officer catalog. */
export async function openStaffPage(options: Parameters<typeof requireStaffPage>[0]) {
  const principal = await requireStaffPage(options);
  return { principal, t: await getMessages("officer") };
}
