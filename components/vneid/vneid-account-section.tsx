// The account page's "Liên kết VNeID" section: linked since when (and the level), unlink, link, and for an
// account made by VNeID without a password, the form to set one. Server-rendered plain forms.
import Link from "next/link";
import type { Messages } from "@/lib/i18n/catalog";
import { TextField } from "@/components/ui/form-parts";

type Props = {
  t: Messages<"vneid">;
  link: { linkedAt: string; level: number } | null;
  hasPassword: boolean;
  /** VNeID is configured (the link button leads somewhere). */
  enabled: boolean;
  unlinkAction: () => Promise<void>;
  setPasswordAction: (formData: FormData) => Promise<void>;
  /** Messages to show (after an action), already in the person's language. */
  notice?: { tone: "success" | "warning"; text: string } | null;
  passwordErrors?: string[];
  passwordHint: string;
  errorPrefix: string;
  linkedSinceText: string | null;
};

export function VneidAccountSection({ t, link, hasPassword, enabled, unlinkAction, setPasswordAction, notice, passwordErrors, passwordHint, errorPrefix, linkedSinceText }: Props) {
  return (
    <section aria-labelledby="lien-ket-vneid">
      <h2 id="lien-ket-vneid">{t.linkHeading}</h2>
      {notice ? (
        <div className={`notice notice--${notice.tone}`} role={notice.tone === "warning" ? "alert" : "status"}>
          <p>{notice.text}</p>
        </div>
      ) : null}
      {link && linkedSinceText ? (
        <>
          <p>{linkedSinceText}</p>
          {hasPassword ? (
            <form action={unlinkAction} className="button-group">
              <p className="field__hint">{t.unlinkHint}</p>
              <button className="button button--secondary" type="submit">
                {t.unlinkAction}
              </button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <p>{t.notLinked}</p>
          {enabled ? (
            <p>
              <Link href="/vneid/bat-dau?muc-dich=lien-ket" prefetch={false} className="button button--secondary">
                {t.linkAction}
              </Link>
            </p>
          ) : null}
        </>
      )}
      {!hasPassword ? (
        <form action={setPasswordAction} noValidate>
          <p>{t.noPasswordYet}</p>
          <h3>{t.setPasswordHeading}</h3>
          <TextField
            id="newPassword"
            type="password"
            autoComplete="new-password"
            label={t.newPasswordLabel}
            hint={passwordHint}
            error={passwordErrors?.length ? passwordErrors.join(". ") : undefined}
            errorPrefix={errorPrefix}
          />
          <button className="button" type="submit">
            {t.setPasswordAction}
          </button>
        </form>
      ) : null}
    </section>
  );
}
