import path from "node:path";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Serve cookies as `__Host-` + Secure (behind HTTPS). */
  secureCookies: boolean;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  loadDemoData: boolean;
  logLevel: string;
  webRoot: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const production = env.NODE_ENV === "production";
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : production,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? "Samspil <noreply@samspil.example>",
    loadDemoData: env.DEMO_DATA !== "false",
    logLevel: env.LOG_LEVEL ?? "info",
    webRoot: path.resolve(env.WEB_ROOT ?? "dist/web"),
  };
}
