// /tra-cuu/don-vi: employers participating in social insurance, by tax code or name (with or without
// diacritics), optionally within a province (issue 14): name, address and participation status, nothing
// about any worker. A GET form that works without scripts; the same service as GET /api/v1/lookups/employers.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/lookups/lookups.css";
import { ProvinceSelect } from "@/components/lookups/province-select";
import { checkRegistrySearch, readSearchParams, RegistryAnswer, RegistryItem, RegistrySearchForm } from "@/components/lookups/registry-search";
import { Field } from "@/components/ui/form-parts";
import { translate } from "@/lib/i18n/catalog";
import { REGISTRY_MESSAGE_PARAMS, ZEmployersLookupQuerySchema, type EmployerLookupItem } from "@/lib/schemas/registry-lookups";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { lookupEmployers } from "@/lib/server/lookups/employers";
import { listProvinces } from "@/lib/server/reference-data";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("registries", "employersTitle");

const PAGE = "/tra-cuu/don-vi";
const KEYS = ["q", "provinceCode", "cursor"] as const;
const ID = { q: "employer-query", provinceCode: "employer-province", cursor: "employer-query" };

export default async function EmployersLookupPage({ searchParams }: { searchParams: Promise<Partial<Record<(typeof KEYS)[number], string | string[]>>> }) {
  const search = readSearchParams(await searchParams, KEYS);
  const { raw } = search;
  const [t, common, locale, provinces] = await Promise.all([getMessages("registries"), getMessages("lookups"), getLocale(), listProvinces()]);
  const { query, errors } = checkRegistrySearch((input) => ZEmployersLookupQuerySchema.safeParse(input), search, locale, provinces.map((p) => p.code));
  const result = query ? await lookupEmployers(query, (await currentRequestInfo()).ip) : null;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <h1>{t.employersTitle}</h1>
      <p>{t.employersIntro}</p>
      <RegistrySearchForm action={PAGE} errors={errors} fieldIds={ID} errorSummaryTitle={common.errorSummaryTitle} submitLabel={t.submit}>
        <Field id={ID.q} label={t.employerQueryLabel} hint={t.employerQueryHint} error={errorOf("q")} errorPrefix={common.errorPrefix}>
          {(describedBy) => (
            <input id={ID.q} name="q" type="search" className="input" defaultValue={raw.q} maxLength={REGISTRY_MESSAGE_PARAMS.max} autoComplete="off" aria-describedby={describedBy} aria-invalid={errorOf("q") ? true : undefined} />
          )}
        </Field>
        <ProvinceSelect
          id={ID.provinceCode}
          name="provinceCode"
          label={t.employerProvinceLabel}
          emptyLabel={t.provinceAll}
          provinces={provinces.map((p) => ({ code: p.code, name: locale === "en" ? p.fullNameEn : p.fullName }))}
          value={raw.provinceCode}
          error={errorOf("provinceCode")}
          errorPrefix={common.errorPrefix}
        />
      </RegistrySearchForm>
      <RegistryAnswer<EmployerLookupItem>
        id="employers-result"
        result={result && (result.ok ? { ok: true, items: result.page.employers, nextCursor: result.page.nextCursor } : result)}
        path={PAGE}
        params={raw}
        text={{ heading: t.employersResultHeading, countText: t.employersResultCount, noneText: t.employersNone, firstPage: t.firstPage, nextPage: t.nextPage, rateLimited: (minutes) => translate(locale, "lookups.rateLimited", { minutes }) }}
        renderItem={(e) => (
          <RegistryItem
            key={e.code}
            title={e.name}
            details={[
              [t.employerCode, e.code],
              [t.employerTaxCode, e.taxCode ?? t.employerTaxCodeNone],
              [t.address, e.address],
              [t.employerStatus, t[`status_${e.participationStatus}`]],
            ]}
          />
        )}
      />
    </>
  );
}
