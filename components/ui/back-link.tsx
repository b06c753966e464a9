// The way back to the page a page belongs to, above its heading.
import Link from "next/link";

export function BackLink({ href, label, className }: { href: string; label: string; className?: string }) {
  return (
    <p className={className}>
      <Link href={href}>{label}</Link>
    </p>
  );
}
