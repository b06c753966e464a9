// /tra-cuu/co-so-kcb: medical facilities by province, name (with or without diacritics), level, BHYT
// contract and sick-leave certificates (issue 14). A GET form, so it works without scripts and every
// result page has its own address; the same service as GET /api/v1/lookups/medical-facilities.
import { titleMetadata } from "@/app/page-metadata";
import "@/components/lookups/lookups.css";
import { ProvinceSelect } from "@/components/lookups/province-select";
import { checkRegistrySearch, readSearchParams, RegistryAnswer, RegistryItem, RegistrySearchForm } from "@/components/lookups/registry-search";
import { Field, SelectField } from "@/components/ui/form-parts";
import { translate } from "@/lib/i18n/catalog";
import { FACILITY_LEVELS, REGISTRY_MESSAGE_PARAMS, ZFacilitiesLookupQuerySchema, type FacilityLookupItem } from "@/lib/schemas/registry-lookups";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { lookupFacilities } from "@/lib/server/lookups/facilities";
import { listProvinces } from "@/lib/server/reference-data";
import { currentRequestInfo } from "@/lib/server/request-info";

export const generateMetadata = titleMetadata("registries", "facilitiesTitle");

const PAGE = "/tra-cuu/co-so-kcb";
const KEYS = ["provinceCode", "name", "level", "bhytContracted", "issuesSickLeave", "cursor"] as const;
const ID = { provinceCode: "facility-province", name: "facility-name", level: "facility-level", bhytContracted: "facility-bhyt", issuesSickLeave: "facility-sick-leave", cursor: "facility-province" };

export default async function FacilitiesLookupPage({ searchParams }: { searchParams: Promise<Partial<Record<(typeof KEYS)[number], string | string[]>>> }) {
  const search = readSearchParams(await searchParams, KEYS);
  const { raw } = search;
  const [t, common, locale, provinces] = await Promise.all([getMessages("registries"), getMessages("lookups"), getLocale(), listProvinces()]);
  const { query, errors } = checkRegistrySearch((input) => ZFacilitiesLookupQuerySchema.safeParse(input), search, locale, provinces.map((p) => p.code));
  const result = query ? await lookupFacilities(query, (await currentRequestInfo()).ip) : null;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <h1>{t.facilitiesTitle}</h1>
      <p>{t.facilitiesIntro}</p>
      <RegistrySearchForm action={PAGE} errors={errors} fieldIds={ID} errorSummaryTitle={common.errorSummaryTitle} submitLabel={t.submit}>
        <ProvinceSelect
          id={ID.provinceCode}
          name="provinceCode"
          label={t.facilityProvinceLabel}
          emptyLabel={common.provinceChoose}
          provinces={provinces.map((p) => ({ code: p.code, name: locale === "en" ? p.fullNameEn : p.fullName }))}
          value={raw.provinceCode}
          error={errorOf("provinceCode")}
          errorPrefix={common.errorPrefix}
        />
        <Field id={ID.name} label={t.facilityNameLabel} hint={t.facilityNameHint} error={errorOf("name")} errorPrefix={common.errorPrefix}>
          {(describedBy) => (
            <input id={ID.name} name="name" type="search" className="input" defaultValue={raw.name} maxLength={REGISTRY_MESSAGE_PARAMS.max} autoComplete="off" aria-describedby={describedBy} aria-invalid={errorOf("name") ? true : undefined} />
          )}
        </Field>
        <SelectField
          id={ID.level}
          name="level"
          label={t.levelLabel}
          error={errorOf("level")}
          errorPrefix={common.errorPrefix}
          className="input"
          defaultValue={raw.level}
          options={[{ value: "", label: t.levelAny }, ...FACILITY_LEVELS.map((level) => ({ value: level, label: t[`level_${level}`] }))]}
        />
        <fieldset>
          <legend>{t.filtersLegend}</legend>
          {(["bhytContracted", "issuesSickLeave"] as const).map((name) => (
            <div key={name} className="checkbox">
              <input id={ID[name]} name={name} type="checkbox" value="1" defaultChecked={raw[name] === "1"} />
              <label htmlFor={ID[name]}>{name === "bhytContracted" ? t.bhytContractedOnly : t.issuesSickLeaveOnly}</label>
            </div>
          ))}
        </fieldset>
      </RegistrySearchForm>
      <RegistryAnswer<FacilityLookupItem>
        id="facilities-result"
        result={result && (result.ok ? { ok: true, items: result.page.facilities, nextCursor: result.page.nextCursor } : result)}
        path={PAGE}
        params={raw}
        text={{ heading: t.facilitiesResultHeading, countText: t.facilitiesResultCount, noneText: t.facilitiesNone, firstPage: t.firstPage, nextPage: t.nextPage, rateLimited: (minutes) => translate(locale, "lookups.rateLimited", { minutes }) }}
        renderItem={(f) => (
          <RegistryItem
            key={f.code}
            title={f.name}
            details={[
              [t.facilityCode, f.code],
              [t.address, f.address],
              [t.facilityLevel, t[`level_${f.level}`]],
              [t.facilityBhytContracted, f.bhytContracted ? t.yes : t.no],
              [t.facilityIssuesSickLeave, f.issuesSickLeave ? t.yes : t.no],
            ]}
          />
        )}
      />
    </>
  );
}
