import { titleMetadata } from "@/app/page-metadata";
import "@/components/account/account.css";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import type { ForgotPasswordState } from "@/components/account/types";
import { describeOpenReset } from "@/lib/server/accounts/forgot-password";
import { readTicketCookie } from "@/lib/server/accounts/ticket-cookies";
import { getMessages } from "@/lib/server/i18n";
import { forgotPasswordAction } from "./actions";

export const generateMetadata = titleMetadata("account", "forgotTitle");

export default async function ForgotPasswordPage() {
  const t = await getMessages("account");
  // A reload in the middle of the flow comes back to the open step.
  const step = describeOpenReset(await readTicketCookie("passwordReset"));
  const initial: ForgotPasswordState = { seq: 0, step: step ?? "identify", bhxhCode: "", phone: "" };
  return (
    <div className="account-narrow">
      <ForgotPasswordForm action={forgotPasswordAction} initial={initial} text={t} />
    </div>
  );
}
