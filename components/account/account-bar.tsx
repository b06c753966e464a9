// The bar over every signed-in account page: where the account is, and signing out (a plain form, works
// without scripts). Props in.
import Link from "next/link";

export function AccountBar({ label, accountLabel, signOutLabel, signOutAction, current }: { label: string; accountLabel: string; signOutLabel: string; signOutAction: () => Promise<void>; current: boolean }) {
  return (
    <nav className="account-bar" aria-label={label}>
      <Link href="/tai-khoan" aria-current={current ? "page" : undefined}>
        {accountLabel}
      </Link>
      <form action={signOutAction}>
        <button className="link-button" type="submit">
          {signOutLabel}
        </button>
      </form>
    </nav>
  );
}
