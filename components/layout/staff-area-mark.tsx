// "KHU VỰC CÁN BỘ" in the header on every back-office page (/can-bo…), so nobody mistakes the staff area
// for the citizens' portal. The root layout renders the header once, so the path decides.
"use client";
import { usePathname } from "next/navigation";

export const STAFF_AREA_PREFIX = "/can-bo";

export function StaffAreaMark({ label }: { label: string }) {
  const pathname = usePathname();
  if (pathname !== STAFF_AREA_PREFIX && !pathname.startsWith(`${STAFF_AREA_PREFIX}/`)) return null;
  return <span className="site-header__staff">{label}</span>;
}
