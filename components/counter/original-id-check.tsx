// The tick every identity-sensitive counter action asks for: the original ID was checked.
import { FieldError } from "@/components/ui/form-parts";

export function OriginalIdCheck({ id, label, error, errorPrefix }: { id: string; label: string; error?: string; errorPrefix: string }) {
  return (
    <div className={error ? "field--error" : undefined}>
      <FieldError id={id} error={error} errorPrefix={errorPrefix} />
      <div className="checkbox">
        <input id={id} name="originalIdChecked" type="checkbox" value="on" required aria-describedby={error ? `${id}-error` : undefined} />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
