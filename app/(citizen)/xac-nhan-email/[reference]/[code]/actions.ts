"use server";
// "Xác nhận địa chỉ email": the button of the confirmation page (a POST, so a mail scanner's GET of the
// link confirms nothing). The service checks the link's code again and writes the copy to the outbox.
import { redirect } from "next/navigation";
import { confirmDeclarationEmail, EMAIL_CONFIRMATION_PATH } from "@/lib/server/declarations/email-confirmation";
import { currentRequestInfo } from "@/lib/server/request-info";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.slice(0, 100) : "");

export async function confirmEmailAction(form: FormData): Promise<void> {
  const reference = text(form.get("reference"));
  const code = text(form.get("code"));
  const { ip, userAgent } = await currentRequestInfo();
  const confirmed = await confirmDeclarationEmail({ reference, code, ip, userAgent });
  redirect(`${EMAIL_CONFIRMATION_PATH}/${encodeURIComponent(reference)}/${encodeURIComponent(code)}${confirmed ? "?xong=1" : ""}`);
}
