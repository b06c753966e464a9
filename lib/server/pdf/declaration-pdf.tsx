import "server-only";
// The printable Tờ khai 01 (docs mau-01.md §2): one A4 page, rendered on the server with react-pdf,
// byte-for-byte the same for the same data and generatedAt.
import path from "node:path";
import type { ReactNode } from "react";
import type { Styles } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { formatCalendarDate, formatDateVi, vietnamDateParts } from "@/lib/domain/dates";
import { displayPhone } from "@/lib/domain/identifiers";
import { format } from "@/lib/i18n/format";
import { pdf as pdfMessages } from "@/lib/i18n/messages/pdf";
import type { DeclarationPdfData } from "./types";

export type { DeclarationPdfData } from "./types";

type ReactPdf = typeof import("@react-pdf/renderer");
type PdfMessages = typeof pdfMessages.vi;
/** The printed form is always Vietnamese; its strings are normalised like the data. */
const t = Object.fromEntries(
  Object.entries(pdfMessages.vi).map(([key, value]) => [key, value.normalize("NFC")]),
) as PdfMessages;
const FONT_FAMILY = "Noto Serif";
const PRODUCER = "BHXH giao dịch điện tử";
const CREATOR = "BHXH giao dịch điện tử – Tờ khai 01";
const BLANK = "…………";
const NO_BREAK_SPACE = "\u00a0";
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_LEFT = 62;
const MARGIN_RIGHT = 45;
/** The numbered fields: labels in a column this wide (points), values in the rest of the line. */
const LABEL_COLUMN_WIDTH = 132;
const VALUE_COLUMN_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT - LABEL_COLUMN_WIDTH - 4;

let reactPdf: ReactPdf | undefined;
let preparing: Promise<ReactPdf> | undefined;

/** react-pdf, loaded on first use, with Noto Serif registered and loaded once (its font store is global). */
function ensureReactPdf(): Promise<ReactPdf> {
  preparing ??= (async () => {
    const lib = await import("@react-pdf/renderer");
    registerFonts(lib.Font);
    await prepareCanonicalGlyphs(lib.Font);
    reactPdf = lib;
    return lib;
  })().catch((error: unknown) => {
    preparing = undefined; // try again on the next render
    throw error;
  });
  return preparing;
}

/** The loaded react-pdf, for the components below (they render only after ensureReactPdf). */
function pdfLib(): ReactPdf {
  if (!reactPdf) throw new Error("react-pdf is not loaded");
  return reactPdf;
}

function registerFonts(Font: ReactPdf["Font"]): void {
  // Resolved from the working directory rather than import.meta.url, which bundlers rewrite.
  const fontDir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-serif");
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: path.join(fontDir, "400Regular", "NotoSerif_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(fontDir, "700Bold", "NotoSerif_700Bold.ttf"), fontWeight: 700 },
      { src: path.join(fontDir, "400Regular_Italic", "NotoSerif_400Regular_Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  // react-pdf hyphenates with English rules by default; Vietnamese syllables must never be split.
  Font.registerHyphenationCallback((word) => [word]);
}

const nfc = (text: string): string => text.normalize("NFC");

function formatNationality(nationality: string): string {
  return nationality.trim().toUpperCase() === "VN" ? t.nationalityVietnam : nationality;
}

/** Advance widths of Noto Serif Bold, in ems, for the characters of e-mail addresses; others count as 0.7. */
const BOLD_ADVANCE: Record<string, number> = {
  a: 0.6, b: 0.65, c: 0.53, d: 0.65, e: 0.57, f: 0.41, g: 0.56, h: 0.67, i: 0.35, j: 0.34, k: 0.64, l: 0.35, m: 0.99,
  n: 0.67, o: 0.61, p: 0.65, q: 0.65, r: 0.52, s: 0.48, t: 0.41, u: 0.67, v: 0.61, w: 0.86, x: 0.65, y: 0.58, z: 0.53,
  ".": 0.29, "-": 0.31, _: 0.46, "@": 0.92,
};
const MIN_EMAIL_FONT_SIZE = 7;

/**
 * react-pdf breaks lines only at spaces, so an e-mail address is one unbreakable word: shrink it to fit the
 * column, and when even the smallest size is too wide, put the domain on a line of its own.
 */
function fitEmail(email: string, fontSize: number): { text: string; fontSize: number } {
  const ems = [...email].reduce((sum, char) => sum + (BOLD_ADVANCE[char] ?? (/\d/.test(char) ? 0.56 : 0.7)), 0);
  const fitted = Math.min(fontSize, VALUE_COLUMN_WIDTH / ems);
  if (fitted >= MIN_EMAIL_FONT_SIZE) return { text: email, fontSize: fitted };
  const at = email.lastIndexOf("@");
  return { text: at > 0 ? `${email.slice(0, at)}\n${email.slice(at)}` : email, fontSize: MIN_EMAIL_FONT_SIZE };
}

const ID_TYPE_LABELS = { cccd: t.idTypeCccd, cmnd: t.idTypeCmnd, passport: t.idTypePassport } as const;
const SEX_LABELS = { male: t.sexMale, female: t.sexFemale } as const;

const FIELD_FONT_SIZE = 11;

const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: FIELD_FONT_SIZE,
    lineHeight: 1.35,
    paddingTop: 34,
    paddingBottom: 30,
    paddingLeft: MARGIN_LEFT,
    paddingRight: MARGIN_RIGHT,
    color: "#000",
  },
  /** The one-pass layout: a page that does not paginate, held at A4 height so the spacer pushes the band down. */
  pageOnePass: { minHeight: PAGE_HEIGHT },
  header: { flexDirection: "row", alignItems: "flex-start" },
  side: { width: 88 },
  photoFrame: {
    width: 85,
    height: 113,
    borderWidth: 0.75,
    borderColor: "#000",
    alignItems: "center",
    justifyContent: "center",
  },
  photo: { width: 85, height: 113, objectFit: "cover" },
  photoLabel: { fontSize: 9, fontStyle: "italic", color: "#444" },
  headerCentre: { flex: 1, alignItems: "center", paddingHorizontal: 6 },
  nation: { fontWeight: 700, fontSize: 11.5, textAlign: "center" },
  motto: { fontWeight: 700, fontSize: 12, textAlign: "center" },
  mottoRule: { width: 166, borderBottomWidth: 0.75, borderColor: "#000", marginTop: 1 },
  title: { fontWeight: 700, fontSize: 16, marginTop: 16, marginBottom: 3, textAlign: "center" },
  subtitle: { fontWeight: 700, fontSize: 12, textAlign: "center", marginTop: 2 },
  audience: { fontStyle: "italic", fontSize: 11, textAlign: "center", marginTop: 1 },
  formNumberBox: {
    alignSelf: "flex-end",
    borderWidth: 0.75,
    borderColor: "#000",
    paddingHorizontal: 5,
    paddingVertical: 1,
  },
  formNumber: { fontSize: 10, fontWeight: 700 },
  addressee: { fontWeight: 700, textAlign: "center", marginTop: 14, marginBottom: 10, paddingHorizontal: 30 },
  field: { flexDirection: "row", marginBottom: 5 },
  fieldLabel: { width: LABEL_COLUMN_WIDTH, flexShrink: 0 },
  fieldValue: { flex: 1, fontWeight: 700 },
  inlineLabel: { fontWeight: 400 },
  checkboxRow: { flexDirection: "row", alignItems: "center", marginLeft: LABEL_COLUMN_WIDTH, marginBottom: 5 },
  checkbox: { width: 9, height: 9, marginRight: 5 },
  commitment: { marginTop: 8, textAlign: "justify", textIndent: 24 },
  signingRow: { flexDirection: "row", marginTop: 12 },
  officeBox: {
    width: 215,
    borderWidth: 0.75,
    borderColor: "#000",
    paddingHorizontal: 8,
    paddingVertical: 6,
    marginTop: 4,
  },
  officeTitle: { fontWeight: 700, textAlign: "center", marginBottom: 6 },
  officeLine: { fontSize: 10.5, marginBottom: 4 },
  officeOfficer: { fontSize: 10.5, textAlign: "center", marginTop: 2 },
  officeHint: { fontSize: 9.5, fontStyle: "italic", textAlign: "center", marginBottom: 40 },
  signature: { flex: 1, alignItems: "center", paddingLeft: 16 },
  placeAndDate: { fontStyle: "italic", textAlign: "center" },
  declarant: { fontWeight: 700, marginTop: 2 },
  signHint: { fontStyle: "italic", fontSize: 10 },
  spacer: { flexGrow: 1 },
  band: {
    flexDirection: "row",
    alignItems: "center",
    borderTopWidth: 1.5,
    borderColor: "#000",
    paddingTop: 8,
    marginTop: 10,
  },
  bandText: { flex: 1, paddingRight: 12 },
  referenceLabel: { fontSize: 10 },
  reference: { fontSize: 22, fontWeight: 700, letterSpacing: 1.5, lineHeight: 1.2 },
  deadline: { fontSize: 12, fontWeight: 700, marginTop: 4 },
  deadlineNote: { fontSize: 9.5, fontStyle: "italic", marginTop: 2 },
  qr: { width: 92, height: 92 },
} satisfies Styles;

function Field({ number, label, children }: { number: number; label: string; children: ReactNode }) {
  const { Text, View } = pdfLib();
  return (
    <View style={styles.field}>
      <Text style={styles.fieldLabel}>{`${number}. ${label}:`}</Text>
      <Text style={styles.fieldValue}>{children}</Text>
    </View>
  );
}

function EmailValue({ email }: { email: string }) {
  const { Text } = pdfLib();
  const fitted = fitEmail(email, FIELD_FONT_SIZE);
  return <Text style={{ fontSize: fitted.fontSize }}>{fitted.text}</Text>;
}

function Checkbox({ checked }: { checked: boolean }) {
  const { Line, Rect, Svg } = pdfLib();
  return (
    <Svg style={styles.checkbox} viewBox="0 0 9 9">
      <Rect x={0.4} y={0.4} width={8.2} height={8.2} stroke="#000" strokeWidth={0.75} fill="none" />
      {checked ? <Line x1={1.8} y1={1.8} x2={7.2} y2={7.2} stroke="#000" strokeWidth={1.1} /> : null}
      {checked ? <Line x1={7.2} y1={1.8} x2={1.8} y2={7.2} stroke="#000" strokeWidth={1.1} /> : null}
    </Svg>
  );
}

function DeclarationDocument({
  data,
  portrait,
  qr,
  generatedAt,
  onePass,
}: {
  data: DeclarationPdfData;
  /** JPEG bytes, checked. */
  portrait: Buffer | null;
  qr: QrPath;
  generatedAt: Date;
  /** Lay the page out once, without pagination (see renderDeclarationPdf). */
  onePass: boolean;
}) {
  const { Document, Image, Page, Path, Svg, Text, View } = pdfLib();
  const address = [data.address.street, data.address.communeName, data.address.provinceName]
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(nfc)
    .join(", ");
  const signedOn = vietnamDateParts(data.submittedAt);
  const placeName = data.placeName?.trim();
  const email = data.email?.trim();

  return (
    <Document
      title={nfc(format(t.documentTitle, { reference: data.reference }))}
      subject={t.documentSubject}
      author={t.documentAuthor}
      creator={CREATOR}
      producer={PRODUCER}
      language="vi-VN"
      creationDate={generatedAt}
      modificationDate={generatedAt}
    >
      {/* The spacer above the band absorbs longer answers; the unit test checks that very long ones stay on one page. */}
      <Page size="A4" style={onePass ? [styles.page, styles.pageOnePass] : styles.page} wrap={!onePass}>
        <View style={styles.header}>
          <View style={styles.side}>
            <View style={styles.photoFrame}>
              {portrait ? (
                // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt text
                <Image style={styles.photo} src={portrait} />
              ) : (
                <Text style={styles.photoLabel}>{t.photoFrame}</Text>
              )}
            </View>
          </View>
          <View style={styles.headerCentre}>
            <Text style={styles.nation}>{t.nation}</Text>
            <Text style={styles.motto}>{t.motto}</Text>
            <View style={styles.mottoRule} />
            <Text style={styles.title}>{t.title}</Text>
            <Text style={styles.subtitle}>{t.subtitle}</Text>
            <Text style={styles.audience}>{t.audience}</Text>
          </View>
          <View style={styles.side}>
            <View style={styles.formNumberBox}>
              <Text style={styles.formNumber}>{t.formNumber}</Text>
            </View>
          </View>
        </View>

        <Text style={styles.addressee}>{`${t.addressee} ${nfc(data.officeName)}`}</Text>

        <Field number={1} label={t.fullName}>
          {nfc(nfc(data.fullName).toLocaleUpperCase("vi-VN"))}
        </Field>
        <Field number={2} label={t.dateOfBirth}>
          {formatCalendarDate(data.dateOfBirth)}
        </Field>
        <Field number={3} label={t.sex}>
          {SEX_LABELS[data.sex]}
        </Field>
        <Field number={4} label={t.nationality}>
          {nfc(formatNationality(data.nationality))}
        </Field>
        <Field number={5} label={t.bhxhCode}>
          {data.bhxhCode}
        </Field>
        <Field number={6} label={t.idType}>
          {ID_TYPE_LABELS[data.idType]}
        </Field>
        <Field number={7} label={t.idNumber}>
          {nfc(data.idNumber)}
          <Text style={styles.inlineLabel}>{`      ${t.idIssueDate}: `}</Text>
          {formatCalendarDate(data.idIssueDate)}
          <Text style={styles.inlineLabel}>{`      ${t.idIssuePlace}: `}</Text>
          {nfc(data.idIssuePlace)}
        </Field>
        <Field number={8} label={t.address}>
          {address}
        </Field>
        <Field number={9} label={t.phone}>
          {data.phone ? displayPhone(data.phone) : BLANK}
        </Field>
        <Field number={10} label={t.email}>
          {email ? <EmailValue email={nfc(email)} /> : <Text style={styles.inlineLabel}>{BLANK}</Text>}
        </Field>
        <View style={styles.checkboxRow}>
          <Checkbox checked={data.emailCopy} />
          <Text>{t.emailCopy}</Text>
        </View>

        <Text style={styles.commitment}>{t.commitment}</Text>

        <View style={styles.signingRow}>
          <View style={styles.officeBox}>
            <Text style={styles.officeTitle}>{t.officeSection}</Text>
            <Text style={styles.officeLine}>{`${t.receivedOn} ${BLANK}/${BLANK}/${BLANK}`}</Text>
            <Text style={styles.officeOfficer}>{t.receivingOfficer}</Text>
            <Text style={styles.officeHint}>{t.receivingOfficerHint}</Text>
          </View>
          <View style={styles.signature}>
            <Text style={styles.placeAndDate}>
              {nfc(
                format(t.placeAndDate, {
                  place: placeName ? placeName : BLANK,
                  // Keep "ngày … tháng … năm …" on one line: a long place name wraps before it, never inside it.
                  date: format(t.signedOn, signedOn).replaceAll(" ", NO_BREAK_SPACE),
                }),
              )}
            </Text>
            <Text style={styles.declarant}>{t.declarant}</Text>
            <Text style={styles.signHint}>{t.signHint}</Text>
          </View>
        </View>

        <View style={styles.spacer} />

        <View style={styles.band}>
          <View style={styles.bandText}>
            <Text style={styles.referenceLabel}>{t.reference}</Text>
            <Text style={styles.reference}>{data.reference}</Text>
            <Text style={styles.deadline}>
              {format(t.deadline, { date: formatDateVi(data.expiresAt) })}
            </Text>
            <Text style={styles.deadlineNote}>{t.deadlineNote}</Text>
          </View>
          <Svg style={styles.qr} viewBox={`0 0 ${qr.size} ${qr.size}`}>
            <Path d={qr.d} fill="#000" />
          </Svg>
        </View>
      </Page>
    </Document>
  );
}

/**
 * pdfkit writes the modification date under the non-standard key /ModificationDate. Rename it to /ModDate,
 * padding with spaces so every byte offset (and the xref table) stays valid.
 */
function fixModDateKey(pdfBytes: Buffer): Buffer {
  const from = Buffer.from("/ModificationDate", "latin1");
  const at = pdfBytes.indexOf(from);
  if (at === -1) return pdfBytes;
  const to = Buffer.from("/ModDate".padEnd(from.length, " "), "latin1");
  const fixed = Buffer.from(pdfBytes);
  to.copy(fixed, at);
  return fixed;
}

type GlyphRunParts = { glyphs: unknown[]; positions: Array<Record<string, number>> };
type FontkitFont = {
  _glyphs: Record<number, unknown>;
  glyphForCodePoint(codePoint: number): unknown;
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): GlyphRunParts;
};

/** Every character the form prints in practice: printable ASCII, the Vietnamese letters, the typographic marks used. */
const VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const CANONICAL_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...VIETNAMESE_LETTERS,
  ...VIETNAMESE_LETTERS.toLocaleUpperCase("vi-VN"),
  ..."…–—‘’“”\u00a0",
];

/** Per font: its glyph cache as it stands after looking up CANONICAL_CHARACTERS, in that order, on an empty cache. */
const canonicalGlyphs = new WeakMap<object, Record<number, unknown>>();

/**
 * fontkit caches each glyph with the characters it was first looked up for, and embedding a font looks up the
 * components of composite glyphs (Ờ is drawn from Ơ, itself from O) with no characters at all. Left alone, a later
 * PDF in the same process maps O to nothing in its text layer, and its bytes depend on what was rendered before.
 *
 * So every render starts from the same cache: the canonical one, where each common glyph was made from its own
 * character, decoded once per process (making them again on every render cost a tenth of its time). Glyphs a render
 * adds (components, ligatures, rarer characters) are dropped before the next. Renders run one at a time so that
 * no render fills the cache another is using.
 */
async function prepareCanonicalGlyphs(Font: ReactPdf["Font"]): Promise<void> {
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      await source.load();
      const font = source.data as unknown as FontkitFont;
      if (canonicalGlyphs.has(font)) continue;
      font._glyphs = {};
      for (const character of CANONICAL_CHARACTERS) font.glyphForCodePoint(character.codePointAt(0)!);
      canonicalGlyphs.set(font, { ...font._glyphs });
      memoizeShaping(font);
    }
  }
}

/** Distinct strings shaped and remembered per font before the memo starts afresh (a few MB at most). */
const SHAPING_MEMO_LIMIT = 4000;

/**
 * Shaping (fontkit's `layout`: OpenType substitutions and positioning) is a third of a render, and react-pdf shapes
 * the same labels, headings and commitment on every render, and each line again while breaking lines. The result
 * depends only on the font and the string, so it is remembered. Callers get fresh arrays and positions (react-pdf
 * scales and justifies them); the glyph objects are shared, as the font's own glyph cache shares them. A shaped
 * glyph keeps the characters it was made for, the same ones a fresh shaping of that string gives it, so the bytes
 * of a PDF do not depend on what the memo holds (tested: the same bytes in a fresh process).
 */
function memoizeShaping(font: FontkitFont): void {
  const shape = font.layout.bind(font);
  const memo = new Map<string, GlyphRunParts>();
  font.layout = (text, features, script, language, direction) => {
    const key = `${text}\u0000${JSON.stringify(features ?? null)}\u0000${script ?? ""}\u0000${language ?? ""}\u0000${direction ?? ""}`;
    let run = memo.get(key);
    if (!run) {
      const shaped = shape(text, features, script, language, direction);
      run = { glyphs: shaped.glyphs, positions: shaped.positions };
      if (memo.size >= SHAPING_MEMO_LIMIT) memo.clear();
      memo.set(key, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    // As fontkit's GlyphRun, for any caller that asks (pdfkit's own text layout does).
    const advanceWidth = () => positions.reduce((width, position) => width + (position.xAdvance ?? 0), 0);
    return { glyphs: [...run.glyphs], positions, get advanceWidth() { return advanceWidth(); } };
  };
}

function resetGlyphCaches(Font: ReactPdf["Font"]): void {
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      const font = source.data as unknown as FontkitFont | null;
      const canonical = font && canonicalGlyphs.get(font);
      if (!font || !canonical) throw new Error("Fonts are not prepared");
      font._glyphs = { ...canonical };
    }
  }
}

/** The QR code of a reference as one vector path: a square of `size` modules (quiet zone included). */
type QrPath = { size: number; d: string };
const QR_QUIET_ZONE = 4;

/**
 * Vector rather than a bitmap: sharp at any printer resolution, and no PNG to encode and decode on every render.
 * Each run of dark modules in a row is one rectangle of the path.
 */
function referenceQrPath(reference: string): QrPath {
  const { modules } = QRCode.create(reference, { errorCorrectionLevel: "M" });
  const n = modules.size;
  let d = "";
  for (let row = 0; row < n; row += 1) {
    let column = 0;
    while (column < n) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < n && modules.get(row, column)) column += 1;
      d += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h${start - column}z`;
    }
  }
  return { size: n + 2 * QR_QUIET_ZONE, d };
}

function portraitJpeg(portrait: NonNullable<DeclarationPdfData["portrait"]>): Buffer {
  const bytes = Buffer.from(portrait.bytes.buffer, portrait.bytes.byteOffset, portrait.bytes.byteLength);
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) throw new Error("The portrait is not a JPEG.");
  return bytes;
}

let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

/** True when every page of the PDF is at most A4 high (a one-pass page grows to fit what overflows). */
function pagesFitA4(pdfBytes: Buffer): boolean {
  const heights = [...pdfBytes.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 [\d.]+ ([\d.]+)\s*\]/g)].map((m) => Number(m[1]));
  return heights.length > 0 && heights.every((height) => height <= PAGE_HEIGHT + 0.01);
}

/**
 * Renders the declaration as an A4 PDF: one page, or two when the answers are too long for one. Same data and
 * generatedAt, same bytes.
 *
 * react-pdf lays a paginating page out twice (once at its content's height, again at the page's), which is a
 * tenth of the time of a render. Nearly every declaration fits one page, so the first attempt lays the page out
 * once, without pagination; only when that page overflows A4 is it rendered again with pagination. Either way
 * the result depends on the data alone.
 */
export async function renderDeclarationPdf(data: DeclarationPdfData, options: { generatedAt: Date }): Promise<Buffer> {
  const { Font, renderToBuffer } = await ensureReactPdf();
  const portrait = data.portrait ? portraitJpeg(data.portrait) : null;
  const qr = referenceQrPath(data.reference);
  const render = (onePass: boolean) =>
    oneAtATime(() => {
      resetGlyphCaches(Font);
      return renderToBuffer(
        <DeclarationDocument data={data} portrait={portrait} qr={qr} generatedAt={options.generatedAt} onePass={onePass} />,
      );
    });
  let pdfBytes = await render(true);
  if (!pagesFitA4(pdfBytes)) pdfBytes = await render(false);
  return fixModDateKey(pdfBytes);
}

/**
 * Renders another document (the participation statement, lib/server/records) with the same fonts, in the same
 * one-at-a-time queue and from the same glyph caches, so it never disturbs the bytes of a Tờ khai 01.
 */
export async function renderWithPdfFonts(build: (lib: ReactPdf, fontFamily: string) => Parameters<ReactPdf["renderToBuffer"]>[0]): Promise<Buffer> {
  const lib = await ensureReactPdf();
  return oneAtATime(() => {
    resetGlyphCaches(lib.Font);
    return lib.renderToBuffer(build(lib, FONT_FAMILY));
  }).then(fixModDateKey);
}
