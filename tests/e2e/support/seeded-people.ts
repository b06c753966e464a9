// The demo seed's synthetic BHXH master records (prisma/seed.ts, createRng(1945)), for specs that need a
// person with a record nobody else's spec declares for. counter.spec uses the first two.
import { buildPerson } from "../../factories/people";
import { createRng } from "../../factories/random";

/** The n-th synthetic master record (0-based): each person is followed by two draws, a commune and a house number. */
export function seededPerson(n: number): ReturnType<typeof buildPerson> {
  const rng = createRng(1945);
  let person = buildPerson(rng);
  for (let i = 0; i < n; i++) {
    rng.next();
    rng.next();
    person = buildPerson(rng);
  }
  return person;
}
