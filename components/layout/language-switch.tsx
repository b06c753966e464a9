"use client";
import { usePathname, useSearchParams } from "next/navigation";

export function LanguageSwitch({ to, label, title }: { to: string; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const next = search ? `${pathname}?${search}` : pathname;
  return (
    <a className="lang-switch" href={`/api/lang?to=${to}&next=${encodeURIComponent(next)}`} hrefLang={to} lang={to} title={title}>
      {label}
    </a>
  );
}
