import type { Metadata } from "next";
import "@/components/declaration/declaration.css";
import { Notice } from "@/components/ui/notice";
import { fill } from "@/components/declaration/text";
import { describeEmailLink } from "@/lib/server/declarations/email-confirmation";
import { getMessages } from "@/lib/server/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("declaration");
  return { title: t.emailConfirmTitle, referrer: "no-referrer" };
}

/** The page a declaration's confirmation email links to: one button, so nothing happens on a mere GET. */
export default async function EmailConfirmationPage({ params, searchParams }: { params: Promise<{ reference: string; code: string }>; searchParams: Promise<{ xong?: string }> }) {
  const [{ reference, code }, { xong }, t] = await Promise.all([params, searchParams, getMessages("declaration")]);
  const target = await describeEmailLink(decodeURIComponent(reference), decodeURIComponent(code));
  if (!target) {
    return (
      <>
        <h1>{t.emailConfirmTitle}</h1>
        <Notice tone="warning" role="alert" text={t.emailConfirmInvalid} />
        <p>
          <a href="/tra-cuu">{t.lookupTitle}</a>
        </p>
      </>
    );
  }
  if (xong === "1") {
    return (
      <>
        <h1>{t.emailConfirmTitle}</h1>
        <Notice tone="success" role="status" text={fill(t.emailConfirmDone, target)} />
      </>
    );
  }
  return (
    <>
      <h1>{t.emailConfirmTitle}</h1>
      <p>{fill(t.emailConfirmIntro, target)}</p>
      <form method="post" action={`/xac-nhan-email/${encodeURIComponent(target.reference)}/${encodeURIComponent(decodeURIComponent(code))}/xac-nhan`}>
        <button type="submit" className="button">
          {t.emailConfirmButton}
        </button>
      </form>
    </>
  );
}
