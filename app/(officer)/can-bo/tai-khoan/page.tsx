// The counter's account search: one box with the focus on arrival, so a scanner's "code + Enter" (or
// the QR code of a CCCD/BHYT card) finds the person at once; a single match opens the account.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { format, translate, translateIssue } from "@/lib/i18n/catalog";
import { COUNTER_SEARCH_MAX_LENGTH } from "@/lib/schemas/counter";
import { requireStaffPage } from "@/lib/server/auth/staff-guards";
import { mayServeAtCounter } from "@/lib/server/counter/counter-access";
import { searchCounterAccounts } from "@/lib/server/counter/search-accounts";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { currentRequestInfo } from "@/lib/server/request-info";
import { StaffPage } from "../staff-page";

export const generateMetadata = titleMetadata("counter", "searchTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CounterSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const principal = await requireStaffPage({ returnTo: "/can-bo/tai-khoan" });
  const [t, officer, locale, raw, info] = await Promise.all([getMessages("counter"), getMessages("officer"), getLocale(), searchParams, currentRequestInfo()]);
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, COUNTER_SEARCH_MAX_LENGTH) : "";
  const allowed = mayServeAtCounter(principal);
  const result = allowed && q ? await searchCounterAccounts(principal, { q }, info) : null;
  if (result?.ok && result.accounts.length === 1) redirect(`/can-bo/tai-khoan/${result.accounts[0]!.id}`);
  const error = result && !result.ok
    ? result.code === "throttled"
      ? format(t.searchThrottled, { minutes: Math.max(1, Math.ceil(Number(result.params.retryAfterSeconds ?? 60) / 60)) })
      : result.code === "invalid"
        ? translateIssue(locale, Object.values(result.errors ?? {})[0] ?? "counter.searchRequired")
        : translate(locale, `counter.error_${result.code}`)
    : null;

  return (
    <StaffPage principal={principal} t={officer} current="accounts" title={t.searchTitle} className="bo-wide">
      {!allowed ? (
        <div className="notice notice--warning" role="alert">
          <p>{t.noCounterRole}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t.searchIntro}</p>
          <form method="get" action="/can-bo/tai-khoan" role="search" className="bo-search">
            <div className={`field${error ? " field--error" : ""}`}>
              <label className="field__label" htmlFor="q">
                {t.searchLabel}
              </label>
              <div id="q-hint" className="field__hint">
                {t.searchHint}
              </div>
              {error ? (
                <p id="q-error" className="field__error" role="alert">
                  <span className="visually-hidden">{officer.errorPrefix} </span>
                  {error}
                </p>
              ) : null}
              <div className="bo-search__row">
                <input
                  id="q"
                  name="q"
                  type="search"
                  className="input"
                  defaultValue={q}
                  aria-describedby={error ? "q-hint q-error" : "q-hint"}
                  autoComplete="off"
                  spellCheck={false}
                  enterKeyHint="search"
                  maxLength={COUNTER_SEARCH_MAX_LENGTH}
                  // The counter's first action is a scan: the box must have the focus on arrival.
                  autoFocus
                />
                <button type="submit" className="button">
                  {t.searchSubmit}
                </button>
              </div>
            </div>
          </form>
          {result?.ok ? (
            <>
              <h2>{format(t.searchResults, { q })}</h2>
              {result.accounts.length === 0 ? (
                <p>{format(t.searchEmpty, { q })}</p>
              ) : (
                <div className="bo-table-wrap" role="region" aria-label={format(t.searchResults, { q })} tabIndex={0}>
                  <table className="bo-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.colBhxhCode}</th>
                        <th scope="col">{t.colName}</th>
                        <th scope="col">{t.colStatus}</th>
                        <th scope="col">{t.colPhone}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.accounts.map((a) => (
                        <tr key={a.id}>
                          <td className="bo-nowrap">
                            <Link href={`/can-bo/tai-khoan/${a.id}`} className="bo-reference" aria-label={format(t.openAccount, { bhxhCode: a.bhxhCode })}>
                              {a.bhxhCode}
                            </Link>
                          </td>
                          <td>{a.fullName ?? t.none}</td>
                          <td>{t[`status_${a.status}`]}</td>
                          <td className="bo-nowrap">{a.maskedPhone}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          ) : null}
        </>
      )}
    </StaffPage>
  );
}
