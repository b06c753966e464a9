// Label–value lists (<dl>, one <div> per row so a row can be styled as one). SummaryList is the page's
// boxed list (.summary-list); FactList the bare one inside a card or a list item. A null or false row is
// left out, so a list can carry its optional rows inline.
import type { ReactNode } from "react";

/** One row: the label, the value, and optionally a class for the value. */
export type Fact = readonly [label: ReactNode, value: ReactNode, valueClassName?: string];
export type Facts = readonly (Fact | null | false | undefined)[];

export function FactList({ facts, className, rowClassName }: { facts: Facts; className?: string; rowClassName?: string }) {
  return (
    <dl className={className}>
      {facts.map((fact, i) =>
        fact ? (
          <div className={rowClassName} key={i}>
            <dt>{fact[0]}</dt>
            <dd className={fact[2]}>{fact[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

export function SummaryList({ facts }: { facts: Facts }) {
  return <FactList facts={facts} className="summary-list" rowClassName="summary-list__row" />;
}
