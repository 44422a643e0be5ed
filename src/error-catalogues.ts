// Every catalogue of error codes, in the order docs/errors.md lists them. A new catalogue joins
// this list; scripts/docs-errors.ts renders the doc from it and test/errors.test.ts keeps both honest.
import type { ErrorCodes } from './engine/coded-error.js'
import { CLI_ERROR_CODES } from './cli/errors.js'
import { CONFIG_ERROR_CODES } from './config-errors.js'
import { DESK_ERROR_CODES } from './desk/errors.js'
import { ENGINE_ERROR_CODES } from './engine/errors.js'
import { EXTENSION_ERROR_CODES } from './extension/pack.js'
import { INSTALL_ERROR_CODES } from './install/errors.js'
import { PIPELINE_ERROR_CODES } from './pipeline/errors.js'
import { WEBHOOK_ERROR_CODES } from './pipeline/webhook-errors.js'
import { STORE_ERROR_CODES } from './store/errors.js'
import { ADMIN_ERROR_CODES } from './web/admin/errors.js'
import { SERVICE_ERROR_CODES } from './web/http-errors.js'
import { WIDGET_ERROR_CODES } from './web/widget-errors.js'

export interface ErrorCatalogue {
  title: string
  /** the file that defines the codes */
  source: string
  codes: ErrorCodes
}

export const ERROR_CATALOGUES: readonly ErrorCatalogue[] = [
  { title: 'SLA engine and policy', source: 'src/engine/errors.ts', codes: ENGINE_ERROR_CODES },
  { title: 'Zoho Desk client', source: 'src/desk/errors.ts', codes: DESK_ERROR_CODES },
  { title: 'Store', source: 'src/store/errors.ts', codes: STORE_ERROR_CODES },
  { title: 'Pipeline', source: 'src/pipeline/errors.ts', codes: PIPELINE_ERROR_CODES },
  { title: 'Service settings', source: 'src/config-errors.ts', codes: CONFIG_ERROR_CODES },
  { title: 'Widget API', source: 'src/web/widget-errors.ts', codes: WIDGET_ERROR_CODES },
  { title: 'Webhook receiver', source: 'src/pipeline/webhook-errors.ts', codes: WEBHOOK_ERROR_CODES },
  { title: 'Probes, metrics and unknown routes', source: 'src/web/http-errors.ts', codes: SERVICE_ERROR_CODES },
  { title: 'Admin dashboard', source: 'src/web/admin/errors.ts', codes: ADMIN_ERROR_CODES },
  { title: 'Install and uninstall', source: 'src/install/errors.ts', codes: INSTALL_ERROR_CODES },
  { title: 'Command line', source: 'src/cli/errors.ts', codes: CLI_ERROR_CODES },
  { title: 'Extension packaging', source: 'src/extension/pack.ts', codes: EXTENSION_ERROR_CODES },
]
