// Registering a confirmed phone on a declaration keyed in at the counter without one (decision 0021): then it
// can be approved. Officers and supervisors of the receiving office, while it is pending; anyone else: 404.
import { titleMetadata } from "@/app/page-metadata";
import { notFound } from "next/navigation";
import "@/components/back-office/back-office.css";
import "@/components/declaration/declaration.css";
import { RegisterPhoneForm } from "@/components/back-office/register-phone-form";
import { format } from "@/lib/i18n/catalog";
import { DECISION_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { findDeclarationAwaitingPhone } from "@/lib/server/declarations/register-declaration-phone";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { formChrome } from "../../../form-text";
import { StaffPage } from "../../../staff-page";
import { registerPhoneAction } from "./actions";

export const generateMetadata = titleMetadata("officer", "assistedPhoneLink");

export default async function RegisterPhonePage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const principal = await requireStaffPage({ roles: DECISION_ROLES, returnTo: `/can-bo/ho-so/dien-thoai/${encodeURIComponent(reference)}` });
  const declaration = await findDeclarationAwaitingPhone(principal, reference);
  if (!declaration) notFound();
  const [t, td, locale] = await Promise.all([getMessages("officer"), getMessages("declaration"), getLocale()]);
  return (
    <StaffPage
      principal={principal}
      t={t}
      current={null}
      back={{ href: `/can-bo/ho-so/${declaration.reference}`, label: format(t.detailTitle, { reference: declaration.reference }) }}
      title={format(t.assistedPhoneTitle, { reference: declaration.reference })}
      className="bo-wide"
      bodyClassName="bo-narrow"
    >
      <p className="lead">{format(t.assistedPhoneLead, { name: declaration.fullName })}</p>
      <RegisterPhoneForm
        action={registerPhoneAction}
        reference={declaration.reference}
        version={declaration.version}
        locale={locale}
        t={td}
        text={{ ...formChrome(t), readBackHint: t.assistedReadBackHint, submit: t.assistedPhoneSubmit }}
      />
    </StaffPage>
  );
}
