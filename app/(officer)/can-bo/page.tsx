// The counter queue: my office's declarations, waiting ones oldest first. The search box has the
// focus on arrival, so a barcode scanner's "reference + Enter" opens the declaration at once.
import { titleMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { redirect } from "next/navigation";
import "@/components/back-office/back-office.css";
import { SearchBar } from "@/components/back-office/page-parts/search-bar";
import { QrScanner } from "@/components/back-office/qr-scanner";
import { statusTag } from "@/components/back-office/format";
import { formatCalendarDate, formatDateTimeVi } from "@/lib/domain/dates";
import { DECLARATION_STATUSES } from "@/lib/domain/declaration-status";
import { displayPhone } from "@/lib/domain/identifiers";
import { format } from "@/lib/i18n/catalog";
import { ZQueueParamsSchema } from "@/lib/schemas/back-office";
import { DayField, SelectField } from "@/components/ui/form-parts";
import { officeOptions } from "@/components/back-office/page-parts/office-options";
import { RegionTable } from "@/components/ui/region-table";
import { getOfficeName, listOfficeOptions } from "@/lib/server/offices/office-options";
import { countOfficeQueue, findReferenceInScope, searchOfficeQueue, type QueueFilter } from "@/lib/server/declarations/office-queue";
import { openStaffPage, StaffPage } from "./staff-page";

export const generateMetadata = titleMetadata("officer", "queueTitle");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function queueHref(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const s = search.toString();
  return s ? `/can-bo?${s}` : "/can-bo";
}

export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { principal, t } = await openStaffPage({ returnTo: "/can-bo" });
  const params = ZQueueParamsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const q = params.q?.trim() || undefined;

  // A scanned or typed reference code of this office opens the declaration directly (any status).
  if (q) {
    const reference = await findReferenceInScope(principal, q);
    if (reference) redirect(`/can-bo/ho-so/${reference}`);
  }

  const isAdmin = principal.role === "admin";
  const filter: QueueFilter = { q, status: params["trang-thai"], from: params.tu, to: params.den, officeCode: isAdmin ? params["co-quan"] : undefined };
  const [page, counts, officeName, offices] = await Promise.all([
    searchOfficeQueue(principal, filter, { cursor: params.sau }),
    countOfficeQueue(principal, filter),
    principal.officeCode ? getOfficeName(principal.officeCode) : null,
    isAdmin ? listOfficeOptions() : [],
  ]);
  const base = { q, tu: params.tu, den: params.den, "co-quan": filter.officeCode };
  const done = typeof raw.xong === "string" && typeof raw.ma === "string" && /^TK-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(raw.ma) ? { kind: raw.xong, reference: raw.ma } : null;

  return (
    <StaffPage principal={principal} t={t} current="queue" title={t.queueTitle} className="bo-wide">
      {officeName ? <p className="lead">{format(t.queueOfficeLine, { office: officeName })}</p> : null}
      {raw.loi === "quyen" ? (
        <div className="notice notice--warning" role="alert">
          <p>{t.noPermission}</p>
        </div>
      ) : null}
      {done?.kind === "duyet" || done?.kind === "tu-choi" || done?.kind === "rut" ? (
        <div className="notice notice--success" role="status">
          <p>{format(done.kind === "duyet" ? t.doneApproved : done.kind === "rut" ? t.withdrawDone : t.doneRejected, { reference: done.reference })}</p>
          <p>{t.nextPerson}</p>
        </div>
      ) : null}
      {raw.xong === "mat-khau" ? (
        <div className="notice notice--success" role="status">
          <p>{t.donePassword}</p>
        </div>
      ) : null}

      <SearchBar action="/can-bo" search id="q" label={t.searchLabel} hint={t.searchHint} submit={t.searchSubmit}>
        {(describedBy) => (
          <>
            <input
              id="q"
              name="q"
              type="search"
              className="input"
              defaultValue={q ?? ""}
              aria-describedby={describedBy}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={100}
              // The counter's first action is a scan: the box must have the focus on arrival.
              autoFocus
            />
            {filter.officeCode ? <input type="hidden" name="co-quan" value={filter.officeCode} /> : null}
          </>
        )}
      </SearchBar>
      <QrScanner
        text={{
          start: t.scanStart,
          stop: t.scanStop,
          help: t.scanHelp,
          starting: t.scanStarting,
          unsupported: t.scanUnsupported,
          denied: t.scanDenied,
          found: t.scanFound,
          notReference: t.scanNotReference,
          videoLabel: t.scanVideoLabel,
        }}
      />

      <form method="get" action="/can-bo">
        <fieldset className="bo-filters">
          <legend>{t.filtersLegend}</legend>
          {q ? <input type="hidden" name="q" value={q} /> : null}
          <div className="bo-filters__grid">
            <SelectField
              id="trang-thai"
              label={t.filterStatus}
              className="select"
              defaultValue={page.status}
              options={[...DECLARATION_STATUSES, "all" as const].map((s) => ({ value: s, label: t[`status_${s}`] }))}
            />
            {/* Typed dd/mm/yyyy, not the browser's date picker (which follows the browser's locale: mm/dd/yyyy in en-US). */}
            <DayField id="tu" label={t.filterFrom} hint={t.filterDateHint} defaultValue={params.tu ? formatCalendarDate(params.tu) : ""} />
            <DayField id="den" label={t.filterTo} hint={t.filterDateHint} defaultValue={params.den ? formatCalendarDate(params.den) : ""} />
            {isAdmin ? (
              <SelectField id="co-quan" label={t.filterOffice} className="select" defaultValue={filter.officeCode ?? ""} options={[{ value: "", label: t.allOffices }, ...officeOptions(offices)]} />
            ) : null}
            <div className="field">
              <button type="submit" className="button button--secondary">
                {t.filterApply}
              </button>
            </div>
          </div>
          {q || params.tu || params.den || params["trang-thai"] ? <Link href="/can-bo">{t.filterClear}</Link> : null}
        </fieldset>
      </form>

      <nav aria-label={t.countsLabel}>
        <ul className="bo-counts">
          {(["submitted", "approved", "rejected", "expired", "withdrawn", "all"] as const).map((s) => (
            <li key={s}>
              <Link href={queueHref({ ...base, "trang-thai": s })} aria-current={page.status === s ? "true" : undefined}>
                {t[`status_${s}`]} <span>({counts[s]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {q ? <h2>{format(t.resultsFor, { q })}</h2> : null}
      {page.items.length === 0 ? (
        <p>{q ? format(t.searchEmpty, { q }) : t.queueEmpty}</p>
      ) : (
        <>
          <p className="field__hint">{page.order === "asc" ? t.orderAsc : t.orderDesc}</p>
          <RegionTable
            wrapClassName="bo-table-wrap"
            className="bo-table"
            label={t.tableScrollLabel}
            columns={[t.colReference, t.colName, t.colDateOfBirth, t.colIdNumber, t.colPhone, t.colSubmitted, t.colDeadline, t.colStatus, isAdmin && t.colOffice]}
          >
            {page.items.map((item) => (
              <tr key={item.id} className={item.urgency !== "none" ? "bo-row--urgent" : undefined}>
                <td className="bo-nowrap">
                  <Link href={`/can-bo/ho-so/${item.reference}`} className="bo-reference">
                    {item.reference}
                  </Link>
                </td>
                <td>{item.fullName}</td>
                <td className="bo-nowrap">{formatCalendarDate(item.dateOfBirth)}</td>
                <td className="bo-nowrap">{item.idNumber}</td>
                <td className="bo-nowrap">{displayPhone(item.phone)}</td>
                <td className="bo-nowrap">{formatDateTimeVi(item.submittedAt)}</td>
                <td className="bo-nowrap">
                  {formatDateTimeVi(item.expiresAt)}
                  {item.urgency !== "none" ? (
                    <>
                      {" "}
                      <strong className={`tag ${item.urgency === "overdue" ? "tag--red" : "tag--yellow"}`}>
                        <span aria-hidden="true">⚠ </span>
                        {t[`urgency_${item.urgency}`]}
                      </strong>
                    </>
                  ) : null}
                </td>
                <td>
                  <span className={`tag ${statusTag(item.status)}`}>{t[`status_${item.status}`]}</span>
                </td>
                {isAdmin ? <td className="bo-nowrap">{item.officeCode}</td> : null}
              </tr>
            ))}
          </RegionTable>
          <div className="bo-pager">
            {params.sau ? <Link href={queueHref({ ...base, "trang-thai": params["trang-thai"] })}>{t.firstPage}</Link> : null}
            {page.nextCursor ? (
              <Link href={queueHref({ ...base, "trang-thai": params["trang-thai"], sau: page.nextCursor })} rel="next">
                {t.nextPage}
              </Link>
            ) : null}
          </div>
        </>
      )}
    </StaffPage>
  );
}
