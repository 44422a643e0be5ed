// What an install request carries (CLI flags and prompts, or the admin page's form), checked with zod.
// Error messages name the field and the rule, never the value: most of these values are secrets.
import { z } from 'zod'
import { DataCenter } from '../store/repos/installations.js'
import { InstallError } from './errors.js'

export const DEFAULT_BACKFILL_DAYS = 30
export const MAX_BACKFILL_DAYS = 365

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

const httpUrl = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .refine(isHttpUrl, { error: `${what} must be an http(s) URL` })
    .transform((u) => u.replace(/\/+$/, ''))

const secret = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, { error: `${what} is required` })

export const InstallInput = z
  .object({
    name: z.string().trim().max(200, { error: 'name is at most 200 characters' }).optional(),
    dataCenter: DataCenter.describe('Zoho data center'),
    orgId: z
      .string({ error: 'orgId is required' })
      .trim()
      .regex(/^\d{1,30}$/, { error: 'orgId is the number Desk shows under Setup → Developer Space → API (digits only)' }),
    clientId: secret('clientId'),
    clientSecret: secret('clientSecret'),
    refreshToken: secret('refreshToken').optional(),
    authorizationCode: secret('authorizationCode').optional(),
    redirectUri: httpUrl('redirectUri').optional(),
    apiBase: httpUrl('apiBase').optional(),
    accountsUrl: httpUrl('accountsUrl').optional(),
    departmentIds: z
      .array(z.string().trim().regex(/^\d{1,30}$/, { error: 'a department id is a Desk id (digits only)' }))
      .default([])
      .transform((ids) => [...new Set(ids)]),
    publicUrl: httpUrl('publicUrl'),
    backfillDays: z
      .number()
      .int({ error: 'backfillDays is a whole number of days' })
      .min(0, { error: 'backfillDays is 0 (no backfill) or more' })
      .max(MAX_BACKFILL_DAYS, { error: `backfillDays is at most ${MAX_BACKFILL_DAYS}` })
      .default(DEFAULT_BACKFILL_DAYS),
    /** install although custom fields named in the policy are missing */
    force: z.boolean().default(false),
    /** re-install only: replace the webhook secret (the old hook URL stops working at once) */
    rotateWebhookSecret: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.refreshToken === undefined && v.authorizationCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['refreshToken'], message: 'give a refreshToken or an authorizationCode (with its redirectUri)' })
    }
    if (v.refreshToken !== undefined && v.authorizationCode !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['authorizationCode'], message: 'give a refreshToken or an authorizationCode, not both' })
    }
    if (v.authorizationCode !== undefined && v.redirectUri === undefined) {
      ctx.addIssue({ code: 'custom', path: ['redirectUri'], message: 'an authorizationCode needs the redirectUri it was issued for' })
    }
  })

export type InstallInput = z.input<typeof InstallInput>
export type ValidInstallInput = z.output<typeof InstallInput>

export function parseInstallInput(input: unknown): ValidInstallInput {
  const parsed = InstallInput.safeParse(input)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(input)', message: i.message }))
  throw new InstallError('INSTALL_BAD_INPUT', `invalid install request: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues })
}
