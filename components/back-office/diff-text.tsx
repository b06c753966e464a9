// One side of a character-level comparison (lib/domain/text-diff.ts): the characters the other side does
// not have are marked, visibly (background and underline, not colour alone) and for screen readers (the
// words around them), e.g. "Nguy[khác từ đây: ễ (hết phần khác)]n".
import type { DiffPart } from "@/lib/domain/text-diff";

export function DiffText({ parts, start, end }: { parts: DiffPart[]; start: string; end: string }) {
  return (
    <>
      {parts.map((part, i) =>
        part.differs ? (
          <mark className="bo-diff" key={i}>
            <span className="visually-hidden">{start} </span>
            {part.text}
            <span className="visually-hidden"> {end}</span>
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
