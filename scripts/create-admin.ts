// `npm run staff:create-admin -- --username <name> --full-name "<name>"`: creates the first administrator
// of an installation (production has no demo staff). The password is typed at a prompt that does not
// echo it, or read from standard input when it is not a terminal (first line):
//   printf '%s\n' "$ADMIN_PASSWORD" | npm run staff:create-admin -- --username quantri --full-name "Nguyễn Văn An"
// Nothing secret is printed. The database is DATABASE_URL, or the project's embedded PostgreSQL.
import { parseArgs } from "node:util";
import os from "node:os";
import { createInterface } from "node:readline/promises";
import { resolveDatabase, migrateAndReport, runningEmbeddedDatabaseUrl, type ResolvedDatabase } from "./lib/database";
import { createPrismaClient } from "../lib/server/db/client";
import { createFirstAdministrator } from "../lib/server/staff/create-first-administrator";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../lib/domain/password-policy";

const log = (msg: string) => console.error(`[create-admin] ${msg}`);

const PROBLEM_TEXT: Record<string, string> = {
  tooShort: `at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `at most ${PASSWORD_MAX_LENGTH} characters`,
  common: "not one of the most common passwords",
};

/** Reads one line from a terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return done();
        if (char === "\u0003") return done(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") value = [...value].slice(0, -1).join("");
        else if (char >= " ") value += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readStdinFirstLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: "string" }, "full-name": { type: "string" } } });
  const interactive = process.stdin.isTTY === true;
  const username = values.username ?? (interactive ? await ask("User name (tên đăng nhập): ") : undefined);
  const fullName = values["full-name"] ?? (interactive ? await ask("Full name (họ và tên): ") : undefined);
  if (!username || !fullName) {
    log("Give --username and --full-name (the password comes from the prompt or from standard input).");
    return 2;
  }
  let password: string;
  if (interactive) {
    password = await promptHidden("Password (mật khẩu): ");
    if ((await promptHidden("Password again (nhập lại): ")) !== password) {
      log("The two passwords differ; nothing was created.");
      return 1;
    }
  } else {
    password = await readStdinFirstLine();
  }

  const running = process.env.DATABASE_URL ? undefined : runningEmbeddedDatabaseUrl();
  const database: ResolvedDatabase = running ? { url: running, embedded: true, stop: async () => {} } : await resolveDatabase(log);
  const prisma = createPrismaClient(database.url);
  try {
    await migrateAndReport(database.url, log);
    const result = await createFirstAdministrator(prisma, { username, fullName, password }, { operator: os.userInfo().username });
    if (result.ok) {
      console.log(`Administrator "${result.username}" created. Sign in at /can-bo/dang-nhap.`);
      return 0;
    }
    switch (result.code) {
      case "passwordRejected":
        log(`The password was refused: ${result.problems.map((p) => PROBLEM_TEXT[p] ?? p).join("; ")}. Nothing was created.`);
        return 1;
      case "administratorExists":
        log("An administrator already exists: create further staff accounts in the back office (Quản trị). Nothing was created.");
        return 1;
      case "usernameTaken":
        log(`The user name "${username.trim().toLowerCase()}" is taken. Nothing was created.`);
        return 1;
      case "usernameInvalid":
        log("The user name must be 3–32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        return 1;
      case "fullNameRequired":
        log("The full name is required (at most 100 characters).");
        return 1;
    }
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
