import Link from "next/link";

/** An honest placeholder for a page whose feature has not landed. */
export function NotBuiltYet({ title, body, backLabel }: { title: string; body: string; backLabel: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div className="notice" role="status">
        <p>{body}</p>
      </div>
      <p>
        <Link href="/">{backLabel}</Link>
      </p>
    </>
  );
}
