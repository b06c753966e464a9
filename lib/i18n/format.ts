// Filling message templates, safe to import in the browser (lib/i18n/catalog.ts brings every catalog along).

/** Replaces {name} placeholders; a placeholder without a value stays as it is, so a missing parameter shows. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}
