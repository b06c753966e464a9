import "server-only";
// The printable participation statement: the person, the totals per scheme and every period, on A4
// pages with react-pdf (the fonts and queue of Tờ khai 01), and a QR code of the statement's reference.
import { createHash } from "node:crypto";
import QRCode from "qrcode";
import { formatDateVi } from "@/lib/domain/dates";
import { formatRate, formatVnd } from "@/lib/domain/money";
import { format } from "@/lib/i18n/catalog";
import { records } from "@/lib/i18n/messages/records";
import { renderWithPdfFonts } from "../pdf/declaration-pdf";
import type { ParticipationHistory } from "./get-participation-history";

const t = records.vi;
const QUIET_ZONE = 4;

/** "QT-20261201-1A2B3C4D": the date and a digest of the person and the periods, the same for the same data. */
export function statementReference(bhxhCode: string, history: ParticipationHistory, generatedAt: Date): string {
  const day = formatDateVi(generatedAt).split("/").reverse().join("");
  const digest = createHash("sha256")
    .update(JSON.stringify([bhxhCode, history.periods.map((p) => [p.id, p.scheme, p.fromMonth, p.toMonth, String(p.salaryBasis)])]))
    .digest("hex")
    .slice(0, 8)
    .toUpperCase();
  return `QT-${day}-${digest}`;
}

function qrPath(text: string): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  let d = "";
  for (let row = 0; row < modules.size; row++) for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
  return { d, size: modules.size + 2 * QUIET_ZONE };
}

const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const duration = (d: { years: number; months: number }) => format(t.duration, d);

export async function renderParticipationStatement(input: {
  person: { fullName: string; bhxhCode: string; dateOfBirth: Date };
  history: ParticipationHistory;
  generatedAt: Date;
}): Promise<{ pdf: Buffer; reference: string }> {
  const reference = statementReference(input.person.bhxhCode, input.history, input.generatedAt);
  const qr = qrPath(reference);
  const pdf = await renderWithPdfFonts(({ Document, Page, Text, View, Svg, Path }, fontFamily) => {
    const cell = { fontSize: 8, padding: 2, borderRightWidth: 0.5, borderColor: "#888" } as const;
    const widths = [62, 90, 150, 78, 40, 80] as const;
    return (
      <Document title={t.statementTitle} author="BHXH Việt Nam" producer="BHXH giao dịch điện tử" creator="BHXH giao dịch điện tử" creationDate={input.generatedAt} modificationDate={input.generatedAt}>
        <Page size="A4" style={{ fontFamily, fontSize: 9, paddingTop: 36, paddingBottom: 40, paddingHorizontal: 40 }}>
          <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" }}>
            <View style={{ width: 400 }}>
              <Text style={{ fontSize: 11, fontWeight: 700, marginBottom: 6 }}>{t.statementTitle}</Text>
              <Text>{format(t.statementPerson, { name: input.person.fullName, code: input.person.bhxhCode, date: formatDateVi(input.person.dateOfBirth) })}</Text>
              <Text>{format(t.statementReference, { reference })}</Text>
              <Text>{format(t.statementPrintedOn, { date: formatDateVi(input.generatedAt) })}</Text>
            </View>
            <Svg style={{ width: 80, height: 80 }} viewBox={`0 0 ${qr.size} ${qr.size}`}>
              <Path d={qr.d} fill="#000" />
            </Svg>
          </View>
          <Text style={{ fontSize: 10, fontWeight: 700, marginTop: 10, marginBottom: 4 }}>{t.totalsHeading}</Text>
          {input.history.totals.map((total) => (
            <Text key={total.scheme}>
              {t[`scheme_${total.scheme}`]}: {duration(total.duration)}
            </Text>
          ))}
          <Text>
            {t.socialTotal}: {duration(input.history.socialInsurance)}
          </Text>
          <Text style={{ fontSize: 10, fontWeight: 700, marginTop: 10, marginBottom: 4 }}>{t.periodsHeading}</Text>
          <View style={{ borderWidth: 0.5, borderColor: "#888" }}>
            <View style={{ flexDirection: "row", backgroundColor: "#eee" }} fixed>
              {[t.periodColumn, t.schemeColumn, t.employerColumn, t.basisColumn, t.rateColumn, t.jobColumn].map((label, i) => (
                <Text key={label} style={{ ...cell, width: widths[i], fontWeight: 700 }}>
                  {label}
                </Text>
              ))}
            </View>
            {input.history.periods.map((p) => (
              <View key={p.id} style={{ flexDirection: "row", borderTopWidth: 0.5, borderColor: "#888" }} wrap={false}>
                <Text style={{ ...cell, width: widths[0] }}>{`${month(p.fromMonth)} – ${p.toMonth ? month(p.toMonth) : "nay"}`}</Text>
                <Text style={{ ...cell, width: widths[1] }}>{t[`scheme_${p.scheme}`]}</Text>
                <Text style={{ ...cell, width: widths[2] }}>{p.employerName ?? t.employerNone}</Text>
                <Text style={{ ...cell, width: widths[3], textAlign: "right" }}>{formatVnd(p.salaryBasis)}</Text>
                <Text style={{ ...cell, width: widths[4], textAlign: "right" }}>{formatRate(p.rateBasisPoints)}</Text>
                <Text style={{ ...cell, width: widths[5], borderRightWidth: 0 }}>{p.jobTitle ?? ""}</Text>
              </View>
            ))}
          </View>
          <Text style={{ marginTop: 8, fontStyle: "italic" }}>{t.statementNote}</Text>
        </Page>
      </Document>
    );
  });
  return { pdf, reference };
}
