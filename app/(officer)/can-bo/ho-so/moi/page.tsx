// The assisted declaration: an officer or supervisor keys in Tờ khai 01 for the person at the counter
// (issue 12, decision 0021). Administrators have no office and no counter: they are sent back to the queue.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/back-office/back-office.css";
import "@/components/declaration/declaration.css";
import { AssistedDeclarationForm, type AssistedText } from "@/components/back-office/assisted-declaration-form";
import { provinceOptions } from "@/components/declaration/reference-options";
import { format, type Messages } from "@/lib/i18n/catalog";
import { nationalityOptions } from "@/lib/i18n/countries";
import { DECISION_ROLES, requireStaffPage } from "@/lib/server/auth/staff-guards";
import { canStaffAssist } from "@/lib/server/declarations/submit-declaration";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { getOfficeName } from "@/lib/server/offices/office-options";
import { listProvinces } from "@/lib/server/reference-data";
import { redirect } from "next/navigation";
import { StaffPage } from "../../staff-page";

/** The official look-up of one's BHXH code, as on /dang-ky. */
const BHXH_CODE_LOOKUP_URL = "https://baohiemxahoi.gov.vn/tracuu/Pages/tra-cuu-ho-gia-dinh.aspx";

export const generateMetadata = titleMetadata("officer", "assistedTitle");

function assistedText(t: Messages<"officer">): AssistedText {
  return {
    personHeading: t.assistedPersonHeading,
    contactHeading: t.assistedContactHeading,
    photosHeading: t.assistedPhotosHeading,
    photosIntro: t.assistedPhotosIntro,
    commitmentHeading: t.assistedCommitmentHeading,
    commitmentHint: t.assistedCommitmentHint,
    noPhoneLabel: t.assistedNoPhoneLabel,
    noPhoneHint: t.assistedNoPhoneHint,
    readBackHint: t.assistedReadBackHint,
    submit: t.assistedSubmit,
    sending: t.assistedSending,
    doneTitle: t.assistedDoneTitle,
    donePrint: t.assistedDonePrint,
    doneDecide: t.assistedDoneDecide,
    doneNoPhone: t.assistedDoneNoPhone,
    registerPhone: t.assistedPhoneLink,
    another: t.assistedAnother,
    start: t.assistedWebcamStart,
    capture: t.assistedWebcamCapture,
    cancel: t.assistedWebcamCancel,
    preview: t.assistedWebcamPreview,
    unavailable: t.assistedWebcamUnavailable,
  };
}

export default async function AssistedDeclarationPage() {
  const principal = await requireStaffPage({ roles: DECISION_ROLES, returnTo: "/can-bo/ho-so/moi" });
  if (!canStaffAssist(principal)) redirect("/can-bo?loi=quyen");
  const locale = await getLocale();
  const [t, td, tv, provinces, officeName] = await Promise.all([getMessages("officer"), getMessages("declaration"), getMessages("validation"), listProvinces(), getOfficeName(principal.officeCode)]);
  return (
    <StaffPage principal={principal} t={t} current="assisted" title={t.assistedTitle} className="bo-wide" bodyClassName="bo-narrow-form">
      <p className="lead">{format(t.assistedLead, { office: `${principal.officeCode} – ${officeName ?? ""}` })}</p>
      <AssistedDeclarationForm
        locale={locale}
        t={td}
        v={tv}
        text={assistedText(t)}
        officeCode={principal.officeCode}
        provinces={provinceOptions(provinces, locale)}
        nationalities={nationalityOptions(locale)}
        bhxhLookupUrl={BHXH_CODE_LOOKUP_URL}
      />
    </StaffPage>
  );
}
