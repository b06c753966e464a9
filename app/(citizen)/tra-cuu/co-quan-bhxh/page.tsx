// /tra-cuu/co-quan-bhxh: BHXH offices by province and commune (issue 14). A GET form, so it works without
// scripts and every result page has its own address; the same service as GET /api/v1/lookups/offices.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/lookups/lookups.css";
import { ErrorSummaryOnArrival } from "@/components/lookups/error-summary-on-arrival";
import { FocusOnArrival } from "@/components/lookups/focus-on-arrival";
import { formatOpeningHours } from "@/components/lookups/opening-hours";
import { SelectField } from "@/components/ui/form-parts";
import { translate, translateIssue } from "@/lib/i18n/catalog";
import { ZOfficesLookupQuerySchema } from "@/lib/schemas/lookups";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { listOfficesPage } from "@/lib/server/lookups/offices";
import { listCommunes, listProvinces } from "@/lib/server/reference-data";

export const generateMetadata = titleMetadata("lookups", "officesTitle");

type Search = Record<"provinceCode" | "communeCode" | "after", string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 60) : "");

const PAGE = "/tra-cuu/co-quan-bhxh";

export default async function OfficesLookupPage({ searchParams }: { searchParams: Promise<Partial<Search>> }) {
  const search = await searchParams;
  const [t, locale, provinces] = await Promise.all([getMessages("lookups"), getLocale(), listProvinces()]);
  const raw = { provinceCode: one(search.provinceCode), communeCode: one(search.communeCode), after: one(search.after) };
  const asked = raw.provinceCode !== "" || raw.communeCode !== "" || raw.after !== "";
  const parsed = asked ? ZOfficesLookupQuerySchema.safeParse(raw) : null;
  const errors = parsed && !parsed.success ? parsed.error.issues.slice(0, 1).map((issue) => ({ field: String(issue.path[0]), message: translateIssue(locale, issue.message) })) : [];
  const query = parsed?.success ? parsed.data : null;
  const knownProvince = query ? provinces.some((p) => p.code === query.provinceCode) : false;
  if (query && !knownProvince) errors.push({ field: "provinceCode", message: translate(locale, "validation.provinceInvalid") });
  const [page, communes] = await Promise.all([
    query && knownProvince ? listOfficesPage(query) : null,
    raw.provinceCode && /^\d{2}$/.test(raw.provinceCode) ? listCommunes(raw.provinceCode) : [],
  ]);
  const unitOptions = (units: { code: string; fullName: string; fullNameEn: string }[]) => units.map((u) => ({ value: u.code, label: locale === "en" ? u.fullNameEn : u.fullName }));
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const fieldId = (field: string) => (field === "communeCode" ? "offices-commune" : "offices-province");
  const pageLink = (after?: string) => `${PAGE}?${new URLSearchParams({ provinceCode: query?.provinceCode ?? "", ...(query?.communeCode ? { communeCode: query.communeCode } : {}), ...(after ? { after } : {}) }).toString()}`;

  return (
    <>
      <h1>{t.officesTitle}</h1>
      <p>{t.officesIntro}</p>
      <ErrorSummaryOnArrival title={t.errorSummaryTitle} items={errors.map((e) => ({ targetId: fieldId(e.field), message: e.field === "after" ? t.pageInvalid : e.message }))} />
      <form method="get" action={PAGE} noValidate>
        <SelectField
          id="offices-province"
          name="provinceCode"
          label={t.officesProvinceLabel}
          error={errorOf("provinceCode")}
          errorPrefix={t.errorPrefix}
          className="input"
          defaultValue={raw.provinceCode}
          aria-invalid={errorOf("provinceCode") ? true : undefined}
          options={[{ value: "", label: t.provinceChoose }, ...unitOptions(provinces)]}
        />
        <SelectField
          id="offices-commune"
          name="communeCode"
          label={t.officesCommuneLabel}
          hint={communes.length === 0 ? t.officesCommuneHint : undefined}
          error={errorOf("communeCode")}
          errorPrefix={t.errorPrefix}
          className="input"
          defaultValue={raw.communeCode}
          disabled={communes.length === 0}
          options={[{ value: "", label: t.officesAllCommunes }, ...unitOptions(communes)]}
        />
        <div className="button-group">
          <button type="submit" className="button">
            {t.officesSubmit}
          </button>
        </div>
      </form>

      {page ? (
        <FocusOnArrival active labelledBy="offices-result-heading">
          <h2 id="offices-result-heading">{t.officesResultHeading}</h2>
          {page.offices.length === 0 ? (
            <p>{t.officesNone}</p>
          ) : (
            <>
              <p>{t.officesResultCount.replace("{count}", String(page.offices.length))}</p>
              <ul className="office-list">
                {page.offices.map((office) => (
                  <li key={office.code}>
                    <h3>{office.name}</h3>
                    <dl>
                      <dt>{t.officeAddress}</dt>
                      <dd>{office.address}</dd>
                      <dt>{t.officePhone}</dt>
                      <dd>{office.phone ? <a href={`tel:${office.phone.replace(/\s/g, "")}`}>{office.phone}</a> : t.officePhoneNone}</dd>
                      <dt>{t.officeHours}</dt>
                      <dd>{formatOpeningHours(office.openingHours, t)}</dd>
                      <dt>{t.officeCommunes}</dt>
                      <dd>
                        {office.communes.length === 0 ? (
                          t.officeProvinceLevel
                        ) : (
                          <details className="office-communes">
                            <summary>{t.officeCommunesCount.replace("{count}", String(office.communes.length))}</summary>
                            <ul>
                              {office.communes.map((c) => (
                                <li key={c.code}>{locale === "en" ? c.nameEn : c.name}</li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </dd>
                    </dl>
                  </li>
                ))}
              </ul>
            </>
          )}
          {page.nextAfter || query?.after ? (
            <nav className="pager" aria-label={t.officesResultHeading}>
              {query?.after ? <a href={pageLink()}>{t.officesFirst}</a> : null}
              {page.nextAfter ? <a href={pageLink(page.nextAfter)}>{t.officesNext}</a> : null}
            </nav>
          ) : null}
        </FocusOnArrival>
      ) : null}
    </>
  );
}
