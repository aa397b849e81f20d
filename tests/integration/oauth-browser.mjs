// Plays the person in front of the browser for the atproto OAuth end-to-end test: opens the
// PDS's authorize page in headless Chromium, signs in with the password, and approves or denies
// the request, until the browser reaches Holdfast's loopback redirect. The authorize page is a
// JavaScript app with CSRF cookies, so a real browser is the honest way to drive it.
// Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: fds 3/4,
// NUL-separated JSON), which needs only Node's built-ins.
//
//   node oauth-browser.mjs AUTHORIZE_URL PASSWORD approve|deny
// Exits 0 once the redirect page loaded (prints its URL without the query), 1 otherwise.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [authorizeUrl, password, decision] = process.argv.slice(2)
if (!authorizeUrl || !password || !['approve', 'deny'].includes(decision)) {
  console.error('usage: node oauth-browser.mjs AUTHORIZE_URL PASSWORD approve|deny')
  process.exit(2)
}
const chromium = process.env.CHROMIUM || 'chromium'
const profile = mkdtempSync(join(tmpdir(), 'holdfast-chromium-'))
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--no-default-browser-check', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] })
let browserLog = ''
browser.stderr.on('data', (chunk) => { browserLog = (browserLog + chunk).slice(-4000) })

let redirected = null // the loopback URL the browser was sent to, once it was
let redirectOrigin = null
let nextId = 1
const pending = new Map()
let buffered = ''
browser.stdio[4].on('data', (chunk) => {
  buffered += chunk.toString('utf8')
  let end
  while ((end = buffered.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffered.slice(0, end))
    buffered = buffered.slice(end + 1)
    if (message.method === 'Network.requestWillBeSent' && redirectOrigin
        && message.params.request.url.startsWith(redirectOrigin)) {
      redirected = message.params.request.url
    }
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id)
      pending.delete(message.id)
      message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result)
    }
  }
})
function send(method, params = {}, sessionId) {
  const id = nextId++
  browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0')
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }))
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function finish(code, message) {
  if (message) (code ? console.error : console.log)(message)
  try { await Promise.race([send('Browser.close'), sleep(3000)]) } catch {}
  browser.kill('SIGKILL')
  rmSync(profile, { recursive: true, force: true })
  process.exit(code)
}
browser.on('exit', (code) => {
  if (pending.size) finish(1, `chromium exited (${code}) early:\n${browserLog}`)
})

// What the page shows now, and the one step to take on it (run inside the page).
const inspect = `(() => {
  const text = (el) => (el.innerText || el.textContent || '').trim()
  const visible = (el) => !el.disabled && el.offsetParent !== null
  const buttons = [...document.querySelectorAll('button')].filter(visible)
  const password = document.querySelector('input[type=password]')
  const find = (pattern) => buttons.find((b) => pattern.test(text(b)))
  return JSON.stringify({
    href: location.href,
    passwordEmpty: !!password && visible(password) && password.value === '',
    hasPassword: !!password && visible(password),
    approve: !!find(/^(authorize|accept|allow)/i),
    deny: !!find(/^(deny|reject|decline)/i),
    body: text(document.body || document.documentElement).slice(0, 600),
  })
})()`
const click = (pattern) => `(() => {
  const b = [...document.querySelectorAll('button')].find((b) => !b.disabled && b.offsetParent !== null
    && ${pattern}.test((b.innerText || b.textContent || '').trim()))
  if (b) b.click()
  return !!b
})()`

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' })
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
  const evaluate = async (expression) =>
    (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)).result.value
  await send('Page.enable', {}, sessionId)
  await send('Network.enable', {}, sessionId)
  redirectOrigin = new URL(new URL(authorizeUrl).searchParams.get('client_id')).searchParams.get('redirect_uri')
  await send('Page.navigate', { url: authorizeUrl }, sessionId)
  const deadline = Date.now() + 90_000
  let last = null
  while (Date.now() < deadline) {
    await sleep(300)
    if (redirected) {
      await sleep(1000) // let the listener's answer arrive before the browser goes away
      await finish(0, redirected.split('?')[0])
    }
    let state
    try { state = JSON.parse(await evaluate(inspect)) } catch { continue } // mid-navigation
    last = state
    if (state.passwordEmpty) {
      await evaluate(`document.querySelector('input[type=password]').focus()`)
      await send('Input.insertText', { text: password }, sessionId)
      await sleep(100)
      await evaluate(`document.querySelector('button[type=submit]')?.click()`)
      await sleep(700)
    } else if (!state.hasPassword && decision === 'approve' && state.approve) {
      await evaluate(click('/^(authorize|accept|allow)/i'))
      await sleep(700)
    } else if (!state.hasPassword && decision === 'deny' && state.deny) {
      await evaluate(click('/^(deny|reject|decline)/i'))
      await sleep(700)
    }
  }
  await finish(1, `the browser never reached the redirect; last page:\n${JSON.stringify(last, null, 1)}`)
} catch (error) {
  await finish(1, `driving chromium failed: ${error.stack}\n${browserLog}`)
}
