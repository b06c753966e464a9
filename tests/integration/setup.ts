// Runs in each test worker before the test files load: point the app's env at the test database.
import path from "node:path";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_MODE ??= "demo";
process.env.STORAGE_DIR = path.join(inject("storageRoot"), String(process.pid));
