// The back office's one-line GET search: a labelled field whose control and submit button share a row
// (.bo-search). `children` renders the control (and any hidden field) given its aria-describedby.
import type { ReactNode } from "react";
import { Field } from "@/components/ui/form-parts";

export function SearchBar({
  action,
  search,
  id,
  label,
  hint,
  error,
  errorPrefix = "",
  submit,
  secondary,
  children,
}: {
  action: string;
  /** A search landmark (role="search"); a filter is not one. */
  search?: boolean;
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  errorPrefix?: string;
  submit: string;
  secondary?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  return (
    <form method="get" action={action} role={search ? "search" : undefined} className="bo-search">
      <Field id={id} label={label} hint={hint} error={error ?? undefined} errorPrefix={errorPrefix} errorRole="alert">
        {(describedBy) => (
          <div className="bo-search__row">
            {children(describedBy)}
            <button type="submit" className={secondary ? "button button--secondary" : "button"}>
              {submit}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
