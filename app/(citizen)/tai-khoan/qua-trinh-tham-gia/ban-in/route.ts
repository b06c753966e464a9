// GET: the holder's participation statement as a PDF. Anyone but the signed-in holder gets a bare 404.
import { requireCitizen } from "@/lib/server/auth/citizen-guards";
import { prisma } from "@/lib/server/db/client";
import { getParticipationHistory } from "@/lib/server/records/get-participation-history";
import { renderParticipationStatement } from "@/lib/server/records/participation-statement-pdf";
import { recordView } from "@/lib/server/records/record-views";
import { requestInfoFrom } from "@/lib/server/request-info";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const authorization = await requireCitizen();
  if (!authorization.ok) return new Response(null, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const { principal } = authorization;
  const person = await prisma.participant.findUnique({ where: { bhxhCode: principal.bhxhCode }, select: { fullName: true, bhxhCode: true, dateOfBirth: true } });
  const history = await getParticipationHistory(principal.bhxhCode);
  if (!person || history.periods.length === 0) return new Response(null, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const { pdf, reference } = await renderParticipationStatement({ person, history, generatedAt: new Date() });
  await recordView(principal.accountId, "statement", requestInfoFrom(request.headers));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${reference}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
