// The service's settings, from the environment: parsed once, every problem reported together,
// empty strings treated as unset, the result frozen. Units are in the names or beside each default.
import { isIP } from 'node:net'
import { hostname } from 'node:os'
import { z } from 'zod'
import { ConfigError } from './config-errors.js'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const cron = z.string().refine((s) => s.trim().split(/\s+/).length >= 5 && s.trim().split(/\s+/).length <= 6, {
  message: 'expected a cron expression of 5 or 6 fields, e.g. "*/2 * * * *"',
})

/** express's `trust proxy` values (issue #17): false, true, a hop count, or a comma list of addresses, CIDRs and named ranges */
export const trustProxy = z.string().transform((raw, ctx): boolean | number | string[] => {
  const v = raw.trim()
  if (v === 'false') return false
  if (v === 'true') return true
  if (/^\d{1,3}$/.test(v)) return Number(v)
  const items = v.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const bad = items.filter((s) => !isProxyAddress(s))
  if (items.length === 0 || bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `expected false, true, a hop count, or addresses/CIDRs/loopback/linklocal/uniquelocal, comma-separated; not ${bad.map((b) => `"${b}"`).join(', ') || 'empty'}` })
    return z.NEVER
  }
  return items
})

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isProxyAddress(item: string): boolean {
  if (PROXY_RANGES.has(item)) return true
  const [address, prefix, ...rest] = item.split('/')
  const family = isIP(address ?? '')
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (family === 4 ? 32 : 128)
  return family === 4 && isIP(prefix) === 4 // a netmask, e.g. 10.0.0.0/255.0.0.0
}

const HOUR_MS = 3_600_000

/**
 * Every default of the pipeline, declared once (issue 16): the settings below default to these, and
 * the workers, queues and jobs take them when they run without the service (a CLI command, a test).
 */
export const DEFAULTS = Object.freeze({
  /** rows a worker claims per poll */
  workerBatch: 20,
  /** how long a claim on an event or a Desk write lasts (ms): a replica that died holds its claims this long */
  workerLeaseMs: 60_000,
  /** a busy worker renews its claims this many times per lease */
  heartbeatsPerLease: 3,
  /** pause between polls of an empty inbox (ms) */
  inboxIdleMs: 250,
  /** pause between polls of an empty outbox (ms) */
  outboxIdleMs: 500,
  /** tickets the inbox worker processes side by side */
  inboxConcurrency: 8,
  /** an inbox event's attempts, then failed: 5 s, doubling, at most 10 min apart, ±20 % */
  inboxRetry: Object.freeze({ maxAttempts: 5, baseDelayMs: 5_000, maxDelayMs: 600_000, jitter: 0.2 }),
  /** a Desk write's attempts, then dead: 30 s, doubling, at most 1 h apart, ±20 % */
  outboxRetry: Object.freeze({ maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: HOUR_MS, jitter: 0.2 }),
  /** dead letters listed at once (CLI, admin) */
  deadLetterListLimit: 100,
  /** tickets the escalation sweep queues per run */
  sweepBatch: 200,
  /** tickets a recompute reads per page */
  recomputePageSize: 100,
  /** finished inbox events deleted per statement */
  pruneChunk: 5_000,
  /** finished inbox events (done or ignored) are deleted this many days after processing */
  inboxRetentionDays: 7,
  syncCron: '*/2 * * * *', // incremental sync, every 2 minutes
  sweepCron: '* * * * *', // escalation sweep, every minute
  webhookMaxBodyBytes: 1_048_576, // 1 MiB
  webhookMaxEventsPerDelivery: 100,
  /** per installation and process, redeliveries not counted */
  webhookEventsPerMinute: 600,
  /** the receiver's and /readyz's statements (ms) */
  receiverDbTimeoutMs: 2_000,
  /** hours a cached account or contact is used before it is read again */
  recordCacheHours: 24,
})

export const ServiceEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** the address Desk reaches this service at (webhook URLs are built from it) */
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected postgres://user@host:port/database').optional(),
  DATA_DIR: z.string().default('./data'),
  DESK_SLA_SECRET_KEY: z.string({ message: 'is required: 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)' }),
  DESK_SLA_POLICY: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  SYNC_CRON: cron.default(DEFAULTS.syncCron),
  SWEEP_CRON: cron.default(DEFAULTS.sweepCron),
  RETIER_CRON: cron.default('0 3 1 1 *'), // partner tiers, 1 January 03:00
  WEBHOOK_MAX_BODY_BYTES: z.coerce.number().int().positive().default(DEFAULTS.webhookMaxBodyBytes), // bytes
  WEBHOOK_STRICT_JWT: bool.default(false),
  /** a delivery with more events is refused with 429 (issue 17: one 1 MiB delivery once held 11,650) */
  WEBHOOK_MAX_EVENTS_PER_DELIVERY: z.coerce.number().int().min(1).max(100_000).default(DEFAULTS.webhookMaxEventsPerDelivery),
  /** events one installation may deliver per minute to this process, redeliveries not counted; over it, 429 */
  WEBHOOK_EVENTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(DEFAULTS.webhookEventsPerMinute),
  /** finished inbox events (done or ignored) are deleted this many days after processing */
  INBOX_RETENTION_DAYS: z.coerce.number().min(0.01).max(3650).default(DEFAULTS.inboxRetentionDays),
  /** a request's headers and body must arrive within this (ms); slower senders get 408 and are disconnected */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  /** a request's headers must arrive within this (ms; at most HTTP_REQUEST_TIMEOUT_MS) */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(10_000),
  WORKER_BATCH: z.coerce.number().int().min(1).max(500).default(DEFAULTS.workerBatch), // events per claim
  /** how long a worker's claim on an event or a Desk write lasts (ms): a replica that died holds its claims this long */
  WORKER_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(DEFAULTS.workerLeaseMs),
  /** Desk API calls per minute this process makes to one org (smooths bursts; the credit governor budgets the day) */
  DESK_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(900),
  /** credits per installation and UTC day desk-sla may spend (issue 15); unset: what Desk reports is left */
  DESK_CREDITS_PER_DAY: z.coerce.number().int().min(1).optional(),
  /** percent of the day's credits kept back from bulk work, the sync and webhook reads: "bulk,sync,reads" */
  DESK_CREDIT_FLOORS: z
    .string()
    .regex(/^\s*\d{1,2}(\.\d+)?\s*,\s*\d{1,2}(\.\d+)?\s*,\s*\d{1,2}(\.\d+)?\s*$/, 'expected three percentages, bulk ≥ sync ≥ reads, e.g. "50,25,5"')
    .refine((v) => {
      const [bulk, sync, reads] = v.split(',').map(Number)
      return bulk! >= sync! && sync! >= reads!
    }, 'expected bulk ≥ sync ≥ reads, e.g. "50,25,5"')
    .default('50,25,5'),
  /** credits never spent, whatever the work: writes stop there */
  DESK_CREDIT_RESERVE: z.coerce.number().int().min(0).default(20),
  /** hours a cached account or contact is used before it is read again (Account_Update / Contact_Update keep it current) */
  DESK_RECORD_CACHE_HOURS: z.coerce.number().positive().max(24 * 30).default(DEFAULTS.recordCacheHours),
  REPLICA_ID: z.string().default(`${hostname()}-${process.pid}`),
  /** origins allowed to call the widget API, comma-separated (`https://*.zohodesk.com` allowed); default: Desk's hosts */
  WIDGET_CORS_ORIGINS: z.string().optional(),
  /** run no scheduled jobs in this process (a receiver-only replica) */
  DISABLE_JOBS: bool.default(false),
  /** time runs this many times faster for the escalation sweep (demo only; 1 = real time) */
  DEMO_TIME_FACTOR: z.coerce.number().min(1).max(100_000).default(1),
  /** admin sign-in (issue #6): a token of at least 24 characters (e.g. `openssl rand -base64 32`), compared in constant time */
  ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters (e.g. `openssl rand -base64 32`)').optional(),
  /** or a password hash made by `hashAdminPassword` (scrypt$N$r$p$salt$hash) */
  ADMIN_PASSWORD_HASH: z
    .string()
    .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'expected scrypt$N$r$p$salt$hash (see docs: admin sign-in)')
    .optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(8), // hours an admin session lasts
  /** false only for plain-http localhost: the session cookie then lacks `Secure` */
  COOKIE_SECURE: bool.default(true),
  /** bearer token for GET /metrics (default: ADMIN_TOKEN) */
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  /** which proxies' X-Forwarded-For to believe for the client address (issue #17): false, true, a hop count, or addresses/CIDRs/loopback,linklocal,uniquelocal */
  TRUST_PROXY: trustProxy.default(false),
  /** PostgreSQL: give up connecting (or waiting for a pooled connection) after this long (ms) */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000), // 5 s
  /** PostgreSQL: the server cancels any statement running longer (ms; 0 = never); migrations are exempt */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000), // 60 s
  /** the webhook receiver's and /readyz's statements give up after this long, waiting for a connection included (ms): 503, Desk retries */
  RECEIVER_DB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULTS.receiverDbTimeoutMs), // ms
})

export type ServiceConfig = Readonly<z.infer<typeof ServiceEnv>>

/** Parses the environment; throws one error naming every bad or missing setting. */
export function loadServiceConfig(env: Record<string, string | undefined>): ServiceConfig {
  return Object.freeze(parseSettings(ServiceEnv, env))
}

/** the schema's keys of `env`, empty strings unset, parsed; one error naming every bad or missing setting */
function parseSettings<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const cleaned: Record<string, string> = {}
  for (const key of Object.keys(schema.shape)) {
    const v = env[key]
    if (v !== undefined && v.trim() !== '') cleaned[key] = v.trim()
  }
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ConfigError('PIPELINE_CONFIG', `invalid configuration — ${lines.join('; ')}`, { settings: parsed.error.issues.map((i) => i.path.join('.')) })
  }
  return parsed.data
}

const CREDIT_KEYS = { DESK_CREDITS_PER_DAY: true, DESK_CREDIT_FLOORS: true, DESK_CREDIT_RESERVE: true, DESK_RECORD_CACHE_HOURS: true } as const

/** The credit governor's settings and the account cache's time to live (issue 15), for the service and its commands. */
export function loadCreditConfig(env: Record<string, string | undefined>): {
  credits: { perDay: number | null; bulkFloor: number; syncFloor: number; readFloor: number; reserve: number }
  recordTtlMs: number
} {
  const c = parseSettings(ServiceEnv.pick(CREDIT_KEYS), env)
  const [bulk, sync, reads] = c.DESK_CREDIT_FLOORS.split(',').map((p) => Number(p) / 100)
  return {
    credits: { perDay: c.DESK_CREDITS_PER_DAY ?? null, bulkFloor: bulk!, syncFloor: sync!, readFloor: reads!, reserve: c.DESK_CREDIT_RESERVE },
    recordTtlMs: Math.round(c.DESK_RECORD_CACHE_HOURS * 3_600_000),
  }
}
