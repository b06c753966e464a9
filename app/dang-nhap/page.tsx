import { NotBuiltYet } from "@/components/ui/not-built-yet";
import { getMessages } from "@/lib/server/i18n";

export default async function Page() {
  const [t, home] = await Promise.all([getMessages("common"), getMessages("home")]);
  return <NotBuiltYet title={home.signInTitle} body={t.notBuiltYet} backLabel={t.backHome} />;
}
