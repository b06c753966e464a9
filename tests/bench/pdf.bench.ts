// Time to render the printable Tờ khai 01 (with a portrait), and its size.
import { loadavg } from "node:os";
import { FIXTURE_GENERATED_AT, fixtureDeclaration } from "../fixtures/declaration-pdf";

const WARM_UP_RENDERS = 5;
const REFERENCE_SYMBOLS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const FAMILY_NAMES = ["Nguyễn Thị", "Trần Văn", "Lê Hoàng", "Phạm Ngọc", "Hoàng Đức", "Vũ Thu", "Đặng Quốc", "Bùi Thị"];
const GIVEN_NAMES = ["Hường", "Hùng", "Khoa", "Trang", "Thắng", "Ngọc Ánh", "Quỳnh", "Dũng", "Yến", "Phượng", "Lộc"];
const MEASURED_RENDERS = 100;

type BenchResult = { name: string; value: number; unit: string; [key: string]: unknown };

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

export async function run(): Promise<BenchResult[]> {
  const { renderDeclarationPdf } = await import("../../lib/server/pdf/declaration-pdf");
  const options = { generatedAt: FIXTURE_GENERATED_AT };
  // A different person every render, as in production: the renderer remembers shaped text, and only the form's
  // own wording (labels, headings, commitment) repeats from one declaration to the next.
  const declaration = (i: number) => {
    const n = String(i).padStart(3, "0");
    return fixtureDeclaration({
      reference: `TK-${REFERENCE_SYMBOLS[i % REFERENCE_SYMBOLS.length]}${n}-M9XD`,
      fullName: `${FAMILY_NAMES[i % FAMILY_NAMES.length]} ${GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length]} ${n}`,
      idNumber: `022191${String(100000 + i)}`,
      bhxhCode: `22${String(10000000 + i)}`,
      phone: `+84912${String(100000 + i)}`,
      address: { street: `Số ${i + 1} ngõ ${(i * 13) % 97} phố Trần Hưng Đạo`, communeName: "Phường Quảng Yên", provinceName: "Tỉnh Quảng Ninh" },
    });
  };

  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < WARM_UP_RENDERS; i += 1) pdf = await renderDeclarationPdf(declaration(MEASURED_RENDERS + i), options);

  const durations: number[] = [];
  // CPU time of the process alongside wall time: on a busy machine the two part ways.
  const cpuTimes: number[] = [];
  for (let i = 0; i < MEASURED_RENDERS; i += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    pdf = await renderDeclarationPdf(declaration(i), options);
    durations.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  durations.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  const context = {
    renders: MEASURED_RENDERS,
    warmUp: WARM_UP_RENDERS,
    portrait: true,
    distinctDeclarations: true,
    nodeEnv: process.env.NODE_ENV ?? null,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
  return [
    {
      name: "pdf.render.median",
      value: round(percentile(durations, 0.5)),
      unit: "ms",
      target: "< 60",
      cpuMs: round(percentile(cpuTimes, 0.5)),
      ...context,
    },
    { name: "pdf.render.p95", value: round(percentile(durations, 0.95)), unit: "ms", ...context },
    { name: "pdf.size", value: round(pdf.length / 1024), unit: "KB", target: "< 200", pages: 1 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
