// Prisma CLI configuration: the JS engine over node-postgres, because native engines cannot be downloaded here.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// `prisma generate` needs a URL to stay offline; it never connects to it.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL!, idleTimeoutMillis: 50 }),
});
