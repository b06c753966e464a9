// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrateAndReport, resolveDatabase } from "./lib/database";

const log = (msg: string) => console.log(`[migrate] ${msg}`);
const database = await resolveDatabase(log);
try {
  await migrateAndReport(database.url, log);
} finally {
  await database.stop();
}
