// Lists of codes as data (statuses, reasons, blockers): whether a value from outside is one of them, and
// the choices a list offers with the catalog key of each label.

/** Is `value` (from a form, a query string, a database text column) one of `list`? */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

/** Each code with its label's catalog key: the code under the list's own prefix (`validation.rejectionReason_other`). */
export function labelledChoices<C extends string, P extends string>(codes: readonly C[], keyPrefix: P): readonly { code: C; labelKey: `${P}${C}` }[] {
  return codes.map((code) => ({ code, labelKey: `${keyPrefix}${code}` as `${P}${C}` }));
}
