import axios, { isAxiosError, type AxiosInstance } from 'axios'

// Small helpers shared by the OAuth and API paths: the HTTP client, how a failed request failed, and the JSON body.

/**
 * The one HTTP client set-up for Zoho (the API, token minting, the install's code exchange): every
 * status is an answer for the caller to judge, bodies stay text until parseJsonBody reads them,
 * redirects are not followed (credentials never go to another host), and a timeout says it is one.
 */
export function createDeskHttp(options: { timeoutMs: number; baseURL?: string }): AxiosInstance {
  return axios.create({
    ...(options.baseURL !== undefined ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(d: unknown) => d],
    transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
  })
}

export interface NetworkFailure {
  timeout: boolean
  /** false when the request certainly never reached the server */
  requestSent: boolean
  /** the system/axios error code, e.g. ECONNRESET; never the message (it can echo the URL) */
  errorCode: string
}

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH'])
const TIMEOUT = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'])

/** a transport failure (no HTTP answer), or null for anything else (a bug, which should surface as is) */
export function classifyNetworkError(e: unknown): NetworkFailure | null {
  const code = (e as { code?: unknown } | null)?.code
  if (!isAxiosError(e) && typeof code !== 'string') return null
  const errorCode = typeof code === 'string' ? code : 'ERR_NETWORK'
  return { timeout: TIMEOUT.has(errorCode), requestSent: !NOT_SENT.has(errorCode), errorCode }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false }

/** Desk sometimes answers 204 with no body: an empty body reads as `{"data":[]}` */
export function parseJsonBody(text: unknown): JsonBody {
  if (text === undefined || text === null) return { ok: true, value: { data: [] } }
  const s = typeof text === 'string' ? text : Buffer.isBuffer(text) ? text.toString('utf8') : null
  if (s === null) return { ok: true, value: text }
  if (s.trim() === '') return { ok: true, value: { data: [] } }
  try {
    return { ok: true, value: JSON.parse(s) }
  } catch {
    return { ok: false }
  }
}

export function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  const h = headers as Record<string, unknown> & { get?: (n: string) => unknown }
  const v = typeof h.get === 'function' ? h.get(name) : h[name.toLowerCase()]
  if (v === null || v === undefined) return undefined
  return Array.isArray(v) ? String(v[0]) : String(v)
}
