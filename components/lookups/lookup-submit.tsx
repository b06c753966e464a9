// The submit button of the look-up forms (/tra-cuu, /tra-cuu/ma-so-bhxh): disabled, and said so, while the answer comes.
export function LookupSubmit({ pending, label }: { pending: boolean; label: string }) {
  return (
    <div className="button-group">
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {label}
      </button>
    </div>
  );
}
