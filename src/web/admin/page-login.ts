// The sign-in page: the only admin page served without a session. Its few styles are inline,
// allowed by a per-response CSP nonce, so no other asset needs to be public.
import { html, type Html } from './html.js'

export function loginPage(o: { nonce: string; csrf: string; error: string | null; configured: boolean; next: string }): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · desk-sla admin</title>
<style nonce="${o.nonce}">
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:24rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px #0002}
label{display:block;margin:1rem 0 .25rem;font-weight:600}input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #8a94a6;border-radius:4px}
button{margin-top:1rem;padding:.5rem 1.25rem;font:inherit;background:#1f5fbf;color:#fff;border:0;border-radius:4px}
.error{color:#a4001d;font-weight:600}
</style>
</head>
<body>
<main>
<h1>desk-sla admin</h1>
${o.error ? html`<p class="error" role="alert" id="login-error">${o.error}</p>` : ''}
${
  o.configured
    ? html`<form method="post" action="/admin/login">
<input type="hidden" name="_csrf" value="${o.csrf}">
<input type="hidden" name="next" value="${o.next}">
<label for="secret">Admin token or password</label>
<input id="secret" name="secret" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>`
    : html`<p class="error">Admin sign-in is not configured: set ADMIN_TOKEN (or ADMIN_PASSWORD_HASH) and restart the service.</p>`
}
</main>
</body>
</html>`
}
