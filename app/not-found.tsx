import Link from "next/link";
import { getMessages } from "@/lib/server/i18n";

export default async function NotFound() {
  const t = await getMessages("common");
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </>
  );
}
