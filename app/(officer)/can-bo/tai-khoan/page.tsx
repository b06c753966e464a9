// The counter's account search: one box with the focus on arrival, so a scanner's "code + Enter" (or
// the QR code of a CCCD/BHYT card) finds the person at once; a single match opens the account.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { SearchBar } from "@/components/back-office/page-parts/search-bar";
import { ScrollTable } from "@/components/back-office/data-table";
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
          <SearchBar action="/can-bo/tai-khoan" search id="q" label={t.searchLabel} hint={t.searchHint} error={error} errorPrefix={officer.errorPrefix} submit={t.searchSubmit}>
            {(describedBy) => (
              <input
                id="q"
                name="q"
                type="search"
                className="input"
                defaultValue={q}
                aria-describedby={describedBy}
                autoComplete="off"
                spellCheck={false}
                enterKeyHint="search"
                maxLength={COUNTER_SEARCH_MAX_LENGTH}
                // The counter's first action is a scan: the box must have the focus on arrival.
                autoFocus
              />
            )}
          </SearchBar>
          {result?.ok ? (
            <>
              <h2>{format(t.searchResults, { q })}</h2>
              {result.accounts.length === 0 ? (
                <p>{format(t.searchEmpty, { q })}</p>
              ) : (
                <ScrollTable
                  label={format(t.searchResults, { q })}
                  rows={result.accounts}
                  rowKey={(a) => a.id}
                  columns={[
                    {
                      header: t.colBhxhCode,
                      nowrap: true,
                      cell: (a) => (
                        <Link href={`/can-bo/tai-khoan/${a.id}`} className="bo-reference" aria-label={format(t.openAccount, { bhxhCode: a.bhxhCode })}>
                          {a.bhxhCode}
                        </Link>
                      ),
                    },
                    { header: t.colName, cell: (a) => a.fullName ?? t.none },
                    { header: t.colStatus, cell: (a) => t[`status_${a.status}`] },
                    { header: t.colPhone, cell: (a) => a.maskedPhone, nowrap: true },
                  ]}
                />
              )}
            </>
          ) : null}
        </>
      )}
    </StaffPage>
  );
}
