// Lists of codes as data (statuses, reasons, blockers): whether a value from outside is one of them, and
// the codes of a list of labelled choices in the tuple shape z.enum takes.

/** Is `value` (from a form, a query string, a database text column) one of `list`? */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

/** The codes of labelled choices, in order, typed as the non-empty tuple z.enum wants. */
export function codesOf<C extends string>(choices: readonly [{ readonly code: C }, ...{ readonly code: C }[]]): [C, ...C[]] {
  return choices.map((c) => c.code) as [C, ...C[]];
}
