// Offices as the options of a select: "code – name", by code.
export function officeOptions(offices: readonly { code: string; name: string }[]) {
  return offices.map((o) => ({
    value: o.code,
    label: (
      <>
        {o.code} – {o.name}
      </>
    ),
  }));
}
