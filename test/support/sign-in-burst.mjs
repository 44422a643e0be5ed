// Fires N wrong-password sign-ins at once from its own process (the attacker is not the server's
// event loop), prints "fired" once every request is under way, then the statuses as one JSON line.
// usage: node sign-in-burst.mjs URL COOKIE CSRF N
const [url, cookie, csrf, n] = process.argv.slice(2)
const requests = Array.from({ length: Number(n) }, (_, i) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrf, secret: `wrong-password-${i}` }).toString(),
    redirect: 'manual',
  }).then(
    async (res) => {
      await res.arrayBuffer()
      return res.status
    },
    (error) => String(error),
  ),
)
process.stdout.write('fired\n')
process.stdout.write(`${JSON.stringify(await Promise.all(requests))}\n`)
