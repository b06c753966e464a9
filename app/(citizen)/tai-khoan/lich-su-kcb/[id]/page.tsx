import { titleMetadata } from "@/app/page-metadata";
import "@/components/records/records.css";
import { notFound } from "next/navigation";
import { RecordsPageHead } from "@/components/records/records-page-head";
import { VisitDetail } from "@/components/records/visits";
import { requireCitizenPage } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { getMedicalVisit } from "@/lib/server/records/medical-visits";
import { recordView } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("records", "visitTitle");

export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const principal = await requireCitizenPage({ returnTo: "/tai-khoan/lich-su-kcb" });
  // Scoped by the holder's BHXH code: someone else's visit is "not found", like one that does not exist.
  const visit = await getMedicalVisit(principal.bhxhCode, id);
  if (!visit) notFound();
  const t = await getMessages("records");
  await recordView(principal.accountId, "visits", await currentRequestInfo());
  return (
    <>
      <RecordsPageHead back={{ href: "/tai-khoan/lich-su-kcb", label: t.backToVisits }} title={t.visitTitle} />
      <VisitDetail t={t} visit={visit} facilityAddress={visit.facility.address} />
    </>
  );
}
