// How a page of the holder's records begins: the citizen guard, then together the records catalog, the
// page's data (scoped by the holder) and the line in their view history ("Lịch sử truy cập").
import { requireCitizenPage, type CitizenPrincipal } from "@/lib/server/auth/citizen-guards";
import { getMessages } from "@/lib/server/i18n";
import { recordView, type RecordPage } from "@/lib/server/records/record-views";
import { currentRequestInfo } from "@/lib/server/request-info";

export async function openRecordsPage<Data>(page: RecordPage, returnTo: string, load: (principal: CitizenPrincipal) => Promise<Data>) {
  const principal = await requireCitizenPage({ returnTo });
  const requestInfo = await currentRequestInfo();
  const [t, data] = await Promise.all([getMessages("records"), load(principal), recordView(principal.accountId, page, requestInfo)]);
  return { t, data };
}
