// A province select for the look-up forms (/tra-cuu/ma-so-bhxh, /tra-cuu/co-so-kcb, /tra-cuu/don-vi): the
// 2025 provinces by name, an empty first choice, label, hint and error wired for screen readers.
import { Field } from "@/components/ui/form-parts";

export function ProvinceSelect({
  id,
  name,
  label,
  hint,
  emptyLabel,
  provinces,
  value,
  error,
  errorPrefix,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  emptyLabel: string;
  provinces: readonly { code: string; name: string }[];
  value: string;
  error?: string | undefined;
  errorPrefix: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      {(describedBy) => (
        <select id={id} name={name} className="input" defaultValue={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <option value="">{emptyLabel}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
