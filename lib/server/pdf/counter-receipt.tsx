import "server-only";
// The printed receipt of a counter action (one A5 page): what was done to which account, when, at
// which office and by whom, its reference, and two signature blocks. The office keeps the copy the
// person signs. Always Vietnamese, like the other printed forms; no password or code ever appears.
import path from "node:path";
import type { Styles } from "@react-pdf/renderer";
import { vietnamDateParts, formatDateTimeVi } from "@/lib/domain/dates";
import { format } from "@/lib/i18n/format";
import { counter as counterMessages } from "@/lib/i18n/messages/counter";

type ReactPdf = typeof import("@react-pdf/renderer");

const t = counterMessages.vi;
const FONT_FAMILY = "Noto Serif";

export type CounterReceiptData = {
  reference: string;
  /** A lib/domain/counter.ts COUNTER_ACTIONS value. */
  kind: string;
  reasonCode: string | null;
  at: Date;
  office: { code: string; name: string; address: string };
  officerName: string;
  bhxhCode: string;
  fullName: string | null;
  maskedPhone: string | null;
  oldMaskedPhone: string | null;
};

let loading: Promise<ReactPdf> | undefined;

/**
 * react-pdf with Noto Serif. The family is registered only if the Tờ khai 01 renderer has not done it
 * already: react-pdf's font store is global and that renderer prepares every registered font for its
 * byte-for-byte output (declaration-pdf.tsx), so a second family of our own would upset it.
 */
function loadReactPdf(): Promise<ReactPdf> {
  loading ??= (async () => {
    const lib = await import("@react-pdf/renderer");
    if (!lib.Font.getRegisteredFonts()[FONT_FAMILY]) {
      const fontDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-serif");
      lib.Font.register({
        family: FONT_FAMILY,
        fonts: [
          { src: path.join(fontDir, "400Regular", "NotoSerif_400Regular.ttf"), fontWeight: 400 },
          { src: path.join(fontDir, "700Bold", "NotoSerif_700Bold.ttf"), fontWeight: 700 },
          { src: path.join(fontDir, "400Regular_Italic", "NotoSerif_400Regular_Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
        ],
      });
      // Vietnamese syllables are never hyphenated.
      lib.Font.registerHyphenationCallback((word) => [word]);
    }
    return lib;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const styles = {
  page: { fontFamily: FONT_FAMILY, fontSize: 10, lineHeight: 1.35, paddingTop: 26, paddingBottom: 24, paddingHorizontal: 32, color: "#000" },
  header: { flexDirection: "row", justifyContent: "space-between" },
  headerSide: { width: "46%", alignItems: "center" },
  agency: { fontWeight: 700, fontSize: 9, textAlign: "center" },
  office: { fontSize: 9, textAlign: "center" },
  nation: { fontWeight: 700, fontSize: 8.5, textAlign: "center" },
  motto: { fontWeight: 700, fontSize: 9, textAlign: "center" },
  rule: { width: 90, borderBottomWidth: 0.75, borderColor: "#000", marginTop: 1 },
  title: { fontWeight: 700, fontSize: 13, textAlign: "center", marginTop: 16 },
  subtitle: { fontStyle: "italic", textAlign: "center", marginBottom: 10 },
  row: { flexDirection: "row", marginBottom: 4 },
  label: { width: 130 },
  value: { flex: 1, fontWeight: 700 },
  reference: { flex: 1, fontWeight: 700, fontSize: 13, letterSpacing: 1 },
  note: { fontStyle: "italic", fontSize: 8.5, marginTop: 8 },
  placeDate: { fontStyle: "italic", textAlign: "right", marginTop: 10 },
  signatures: { flexDirection: "row", marginTop: 4 },
  signature: { flex: 1, alignItems: "center" },
  signTitle: { fontWeight: 700 },
  signHint: { fontStyle: "italic", fontSize: 8.5, marginBottom: 44 },
  copy: { fontSize: 8, textAlign: "center", marginTop: 8, color: "#333" },
} satisfies Styles;

function reasonLabel(kind: string, code: string | null): string | null {
  if (!code) return null;
  const labels = t as Record<string, string>;
  return labels[kind === "lock" ? `lockReason_${code}` : `closeReason_${code}`] ?? code;
}

/** Renders the receipt as a one-page A5 PDF. */
export async function renderCounterReceiptPdf(data: CounterReceiptData): Promise<Buffer> {
  const { Document, Page, Text, View, renderToBuffer } = await loadReactPdf();
  const labels = t as Record<string, string>;
  const day = vietnamDateParts(data.at);
  const rows: [string, string][] = [
    [t.receiptAction, labels[`action_${data.kind}`] ?? data.kind],
    ...(reasonLabel(data.kind, data.reasonCode) ? ([[t.receiptReason, reasonLabel(data.kind, data.reasonCode)!]] as [string, string][]) : []),
    [t.receiptTime, formatDateTimeVi(data.at)],
    [t.receiptOffice, `${data.office.code} – ${data.office.name}`],
    [t.receiptOfficer, data.officerName],
    [t.receiptAccount, data.bhxhCode],
    ...(data.fullName ? ([[t.receiptPerson, data.fullName]] as [string, string][]) : []),
    ...(data.oldMaskedPhone ? ([[t.receiptOldPhone, data.oldMaskedPhone]] as [string, string][]) : []),
    ...(data.maskedPhone ? ([[t.receiptPhone, data.maskedPhone]] as [string, string][]) : []),
  ];
  return renderToBuffer(
    <Document title={`${t.receiptTitle} ${data.reference}`} author={t.receiptAgency} language="vi" creator="BHXH giao dịch điện tử" producer="BHXH giao dịch điện tử">
      <Page size="A5" style={styles.page}>
        <View style={styles.header}>
          <View style={styles.headerSide}>
            <Text style={styles.agency}>{t.receiptAgency}</Text>
            <Text style={styles.office}>{data.office.name}</Text>
            <View style={styles.rule} />
          </View>
          <View style={styles.headerSide}>
            <Text style={styles.nation}>{t.receiptNation}</Text>
            <Text style={styles.motto}>{t.receiptMotto}</Text>
            <View style={styles.rule} />
          </View>
        </View>
        <Text style={styles.title}>{t.receiptTitle}</Text>
        <Text style={styles.subtitle}>{t.receiptSubtitle}</Text>
        <View style={styles.row}>
          <Text style={styles.label}>{`${t.receiptReference}:`}</Text>
          <Text style={styles.reference}>{data.reference}</Text>
        </View>
        {rows.map(([label, value]) => (
          <View style={styles.row} key={label}>
            <Text style={styles.label}>{`${label}:`}</Text>
            <Text style={styles.value}>{value}</Text>
          </View>
        ))}
        <Text style={styles.note}>{t.receiptNote}</Text>
        <Text style={styles.placeDate}>{format(t.receiptPlaceDate, { day: day.day, month: day.month, year: day.year })}</Text>
        <View style={styles.signatures}>
          <View style={styles.signature}>
            <Text style={styles.signTitle}>{t.receiptPersonSign}</Text>
            <Text style={styles.signHint}>{t.receiptSignHint}</Text>
          </View>
          <View style={styles.signature}>
            <Text style={styles.signTitle}>{t.receiptOfficerSign}</Text>
            <Text style={styles.signHint}>{t.receiptSignHint}</Text>
            <Text>{data.officerName}</Text>
          </View>
        </View>
        <Text style={styles.copy}>{`${t.receiptOfficeCopy} · ${data.reference}`}</Text>
      </Page>
    </Document>,
  );
}
