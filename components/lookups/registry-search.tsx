// The pieces both registry look-up pages (/tra-cuu/co-so-kcb, /tra-cuu/don-vi) are made of: a GET form
// that works before scripts load, its province select, the result region with its count and pager, and
// the notice when the address has searched too often. Props in; the pages read the data.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { REGISTRY_MESSAGE_PARAMS } from "@/lib/schemas/registry-lookups";
import { ErrorSummaryOnArrival } from "./error-summary-on-arrival";
import { FocusOnArrival } from "./focus-on-arrival";

export type FieldError = { field: string; message: string };

/**
 * The query string's values as the form sent them: one string each, capped, "" when absent; `asked` when
 * the form was sent at all (an empty form sends its fields empty, and deserves its errors).
 */
export function readSearchParams<K extends string>(search: Partial<Record<K, string | string[] | undefined>>, keys: readonly K[], max = 200): { raw: Record<K, string>; asked: boolean } {
  const raw = Object.fromEntries(keys.map((key) => [key, typeof search[key] === "string" ? search[key].slice(0, max) : ""])) as Record<K, string>;
  return { raw, asked: keys.some((key) => search[key] !== undefined) };
}

type Parse<Query> = (input: unknown) => { success: true; data: Query } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/**
 * The form's query checked with the look-up's schema (the API's): null and no errors before anything is
 * asked; errors in the visitor's language; a province code that is not one of the 2025 provinces refused.
 */
export function checkRegistrySearch<Query extends { provinceCode?: string | undefined }>(
  safeParse: Parse<Query>,
  { raw, asked }: { raw: Record<string, string>; asked: boolean },
  locale: Locale,
  provinceCodes: readonly string[],
): { query: Query | null; errors: FieldError[] } {
  if (!asked) return { query: null, errors: [] };
  const parsed = safeParse(raw);
  if (!parsed.success) {
    return { query: null, errors: parsed.error.issues.slice(0, 3).map((i) => ({ field: String(i.path[0]), message: translateIssue(locale, i.message, REGISTRY_MESSAGE_PARAMS) })) };
  }
  const province = parsed.data.provinceCode;
  if (province && !provinceCodes.includes(province)) return { query: null, errors: [{ field: "provinceCode", message: translate(locale, "validation.provinceInvalid") }] };
  return { query: parsed.data, errors: [] };
}

export function RegistrySearchForm({
  action,
  errors,
  fieldIds,
  errorSummaryTitle,
  submitLabel,
  children,
}: {
  action: string;
  errors: readonly FieldError[];
  /** The input each field's error points to. */
  fieldIds: Record<string, string>;
  errorSummaryTitle: string;
  submitLabel: string;
  children: ReactNode;
}) {
  const fallback = Object.values(fieldIds)[0] ?? "";
  return (
    <>
      <ErrorSummaryOnArrival title={errorSummaryTitle} items={errors.map((e) => ({ targetId: fieldIds[e.field] ?? fallback, message: e.message }))} />
      <form method="get" action={action} noValidate>
        {children}
        <div className="button-group">
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

export type RegistryAnswerResult<Item> = { ok: true; items: readonly Item[]; nextCursor: string | null } | { ok: false; params: { retryAfterSeconds: number } };

/**
 * The answer region under the form: the rate-limit notice, or the results (count, list, pager). The
 * pager's links repeat the query with the next page's cursor, or without one for the first page.
 */
export function RegistryAnswer<Item>({
  id,
  result,
  path,
  params,
  text,
  renderItem,
}: {
  id: string;
  result: RegistryAnswerResult<Item> | null;
  path: string;
  /** The query as the form sent it; `cursor` among them. */
  params: Record<string, string>;
  /** countText: "… {count} …"; rateLimited: the message already filled in. */
  text: { heading: string; countText: string; noneText: string; firstPage: string; nextPage: string; rateLimited: (minutes: number) => string };
  renderItem: (item: Item) => ReactNode;
}) {
  if (!result) return null;
  if (!result.ok) return <RateLimitedNotice text={text.rateLimited(Math.max(1, Math.ceil(result.params.retryAfterSeconds / 60)))} />;
  const headingId = `${id}-heading`;
  const firstHref = params.cursor ? pageHref(path, { ...params, cursor: undefined }) : null;
  const nextHref = result.nextCursor ? pageHref(path, { ...params, cursor: result.nextCursor }) : null;
  return (
    <FocusOnArrival active labelledBy={headingId}>
      <h2 id={headingId}>{text.heading}</h2>
      {result.items.length === 0 ? (
        <p>{text.noneText}</p>
      ) : (
        <>
          <p>{text.countText.replace("{count}", String(result.items.length))}</p>
          <ul className="office-list registry-list">{result.items.map(renderItem)}</ul>
        </>
      )}
      {firstHref || nextHref ? (
        <nav className="pager" aria-label={text.heading}>
          {firstHref ? <a href={firstHref}>{text.firstPage}</a> : null}
          {nextHref ? <a href={nextHref}>{text.nextPage}</a> : null}
        </nav>
      ) : null}
    </FocusOnArrival>
  );
}

/** One result: its name as a heading and its details as a description list. */
export function RegistryItem({ title, details }: { title: string; details: readonly [term: string, value: ReactNode][] }) {
  return (
    <li>
      <h3>{title}</h3>
      <dl>
        {details.map(([term, value]) => (
          <div key={term} className="registry-list__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function RateLimitedNotice({ text }: { text: string }) {
  return (
    <div role="alert" className="notice notice--warning">
      <p>{text}</p>
    </div>
  );
}

/** The page's address with these query parameters (empty ones left out). */
export function pageHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}
