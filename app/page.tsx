import Link from "next/link";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/server/i18n";

export default async function HomePage() {
  const [t, lookups, registries] = await Promise.all([getMessages("home"), getMessages("lookups"), getMessages("registries")]);
  const services = [
    { href: "/dang-ky", title: t.registerTitle, body: t.registerBody },
    { href: "/tra-cuu", title: t.lookupTitle, body: t.lookupBody },
    { href: "/tra-cuu/ma-so-bhxh", title: lookups.bhxhCodeLinkTitle, body: lookups.bhxhCodeLinkBody },
    { href: "/tra-cuu/co-quan-bhxh", title: lookups.officesLinkTitle, body: lookups.officesLinkBody },
    { href: "/tra-cuu/co-so-kcb", title: registries.facilitiesLinkTitle, body: registries.facilitiesLinkBody },
    { href: "/tra-cuu/don-vi", title: registries.employersLinkTitle, body: registries.employersLinkBody },
    { href: "/dang-nhap", title: t.signInTitle, body: t.signInBody },
    { href: "/can-bo", title: t.staffTitle, body: t.staffBody },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p className="button-group">
        <Link href="/dang-ky" className="button button--start">
          {t.registerAction}
        </Link>
      </p>
      <h2>{t.servicesHeading}</h2>
      <ul className="card-list">
        {services.map((service) => (
          <li key={service.href} className="card">
            <Link href={service.href} className="card__link">
              {service.title}
            </Link>
            <p>{service.body}</p>
          </li>
        ))}
      </ul>
      <h2>{t.stepsHeading}</h2>
      <ol className="steps">
        <li>{t.step1}</li>
        <li>{format(t.step2, { days: SUBMISSION_WINDOW_DAYS })}</li>
        <li>{t.step3}</li>
      </ol>
    </>
  );
}
