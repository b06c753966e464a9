// The overview's 30-day chart, drawn on the server as plain SVG (no chart library reaches the browser):
// one line per series, each with its own dash pattern and marker shape as well as its colour, so the
// lines are told apart without colour. The same numbers are in a table next to it (FigureTable).
export type ChartSeries = { key: string; label: string; values: number[] };

const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 36 };
const STYLES: Record<string, { colour: string; dash?: string; marker: "circle" | "square" | "triangle" | "diamond" }> = {
  received: { colour: "#1d4f91", marker: "circle" },
  approved: { colour: "#00703c", dash: "8 4", marker: "square" },
  rejected: { colour: "#b3261e", dash: "2 3", marker: "triangle" },
  expired: { colour: "#5f6368", dash: "10 3 2 3", marker: "diamond" },
};
const FALLBACK = { colour: "#0b0c0c", marker: "circle" as const };

/** The smallest "round" axis maximum at or above `max` (1, 2, 5 × 10ⁿ, at least 4). */
export function axisMaximum(max: number): number {
  if (max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

function Marker({ x, y, shape, colour }: { x: number; y: number; shape: string; colour: string }) {
  if (shape === "square") return <rect x={x - 3} y={y - 3} width={6} height={6} fill={colour} />;
  if (shape === "triangle") return <path d={`M${x} ${y - 4}L${x + 4} ${y + 3}L${x - 4} ${y + 3}Z`} fill={colour} />;
  if (shape === "diamond") return <path d={`M${x} ${y - 4}L${x + 4} ${y}L${x} ${y + 4}L${x - 4} ${y}Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={3} fill={colour} />;
}

export function DailyChart({ days, dayLabels, series, label }: { days: string[]; dayLabels: string[]; series: ChartSeries[]; label: string }) {
  const top = axisMaximum(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (days.length <= 1 ? plotW / 2 : (i * plotW) / (days.length - 1));
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];
  return (
    <figure className="bo-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="bo-chart__svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#c8ced6" strokeWidth={1} />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#505a5f">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {dayLabels.map((d, i) =>
          i % 5 === (days.length - 1) % 5 ? (
            <text key={days[i]} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize={11} fill="#505a5f">
              {d}
            </text>
          ) : null,
        )}
        {series.map((s) => {
          const style = STYLES[s.key] ?? FALLBACK;
          return (
            <g key={s.key}>
              <polyline
                points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
                fill="none"
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={"dash" in style ? style.dash : undefined}
              />
              {s.values.map((v, i) => (
                <Marker key={i} x={x(i)} y={y(v)} shape={style.marker} colour={style.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="bo-chart__legend">
          {series.map((s) => {
            const style = STYLES[s.key] ?? FALLBACK;
            return (
              <li key={s.key}>
                <svg width={36} height={12} aria-hidden="true" focusable="false">
                  <line x1={2} x2={34} y1={6} y2={6} stroke={style.colour} strokeWidth={2} strokeDasharray={"dash" in style ? style.dash : undefined} />
                  <Marker x={18} y={6} shape={style.marker} colour={style.colour} />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
