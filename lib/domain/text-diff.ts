// Character-level comparison of two short values (a name, a date, an ID number) for the counter: which
// characters of the declaration are not in the master record, and the other way round. Both sides are
// compared in Unicode NFC, so "Nguyễn" typed with a combining accent equals the precomposed one, and a
// missing diacritic ("Nguyen") shows as exactly one differing letter.

/** A run of characters of one side: `differs` when the other side does not have it at this place. */
export type DiffPart = { text: string; differs: boolean };

export type TextDiff = {
  /** True when the two NFC strings are identical (then each side is a single part that does not differ). */
  equal: boolean;
  left: DiffPart[];
  right: DiffPart[];
};

/** Longer values are compared as a whole (the table would be unreadable anyway); the counter's fields are short. */
const MAX_COMPARED_CHARACTERS = 500;

function parts(chars: string[], kept: boolean[]): DiffPart[] {
  const out: DiffPart[] = [];
  chars.forEach((ch, i) => {
    const differs = !kept[i];
    const last = out[out.length - 1];
    if (last && last.differs === differs) last.text += ch;
    else out.push({ text: ch, differs });
  });
  return out;
}

/**
 * Marks, on each side, the characters outside a longest common subsequence of the two (by code point,
 * after NFC). "09/05/1990" vs "08/05/1990" marks the "9" on the left and the "8" on the right.
 */
export function diffCharacters(left: string, right: string): TextDiff {
  const a = Array.from(left.normalize("NFC"));
  const b = Array.from(right.normalize("NFC"));
  if (a.join("") === b.join("")) return { equal: true, left: parts(a, a.map(() => true)), right: parts(b, b.map(() => true)) };
  if (a.length > MAX_COMPARED_CHARACTERS || b.length > MAX_COMPARED_CHARACTERS) {
    return { equal: false, left: parts(a, a.map(() => false)), right: parts(b, b.map(() => false)) };
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const keptA = a.map(() => false);
  const keptB = b.map(() => false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keptA[i++] = true;
      keptB[j++] = true;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return { equal: false, left: parts(a, keptA), right: parts(b, keptB) };
}
