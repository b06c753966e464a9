// "Sửa" in a table row, named for screen readers by what it edits. Props in.
import Link from "next/link";

export function EditLink({ href, label, text }: { href: string; label: string; text: string }) {
  return (
    <Link href={href} aria-label={label}>
      {text}
    </Link>
  );
}
