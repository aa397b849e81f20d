// A real AT Protocol PDS (+ in-memory PLC directory) for Holdfast's end-to-end tests.
//
// Starts @atproto/dev-env's TestNetworkNoAppView on 127.0.0.1 (random ports unless given),
// seeds accounts with realistic content, writes info.json and prints "READY <pdsUrl>", then
// serves until SIGINT/SIGTERM. scripts/run-tests.sh starts it once per test run.
//
// Usage: node seed-server.mjs [--info FILE] [--pds-port N] [--plc-port N] [--posts N]
//
// Accounts (each test uses its own, so tests that change data do not disturb others):
//   alice  - the main account: many posts (German, emoji, CJK, ...), replies, quotes, facets,
//            images, reposts, likes, follows, a list, a block, an app password. Tests delete
//            records here.
//   bob    - a second author (alice replies to, quotes, reposts and likes his posts); read-only
//            for tests (CAR import test).
//   carol  - followed, listed and blocked by others.
import net from 'node:net'
import dns from 'node:dns'
import fs from 'node:fs'

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : def
}
const INFO_FILE = arg('info', 'info.json')
const PDS_PORT = Number(arg('pds-port', 0)) || undefined
const PLC_PORT = Number(arg('plc-port', 0)) || undefined
const N_POSTS = Number(arg('posts', 150))

// The PDS and PLC call listen(port) without a host (= every interface). Tests must never be
// reachable from outside, so every server socket of this process goes to 127.0.0.1.
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && args[0].path === undefined) {
    if (!args[0].host || args[0].host === '0.0.0.0' || args[0].host === '::') args[0] = { ...args[0], host: '127.0.0.1' }
  }
  return originalListen.apply(this, args)
}
// dev-env hands out http://localhost:PORT URLs; make "localhost" mean 127.0.0.1, not ::1.
dns.setDefaultResultOrder('ipv4first')

const devEnv = await import('@atproto/dev-env')
const TestNetworkNoAppView = devEnv.TestNetworkNoAppView ?? devEnv.default?.TestNetworkNoAppView
const network = await TestNetworkNoAppView.create({
  plc: PLC_PORT ? { port: PLC_PORT } : {},
  pds: PDS_PORT ? { port: PDS_PORT } : {},
})
const PDS = network.pds.url.replace('localhost', '127.0.0.1')
const PLC = network.plc.url.replace('localhost', '127.0.0.1')

// --- XRPC over plain fetch (no @atproto/api: fewer moving parts) ----------------------------
async function xrpc(method, nsid, { token, body, params, raw, contentType } = {}) {
  const url = new URL(`/xrpc/${nsid}`, PDS)
  for (const [k, v] of Object.entries(params ?? {})) url.searchParams.set(k, v)
  const res = await fetch(url, {
    method,
    headers: {
      ...(body || raw ? { 'content-type': contentType ?? 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: raw ?? (body ? JSON.stringify(body) : undefined),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${nsid} -> ${res.status} ${text}`)
  return text ? JSON.parse(text) : {}
}

// Every record gets its own, strictly increasing createdAt, so order is unambiguous.
let clock = Date.UTC(2024, 0, 1, 8, 0, 0)
const nextTime = () => new Date((clock += 60_000)).toISOString()

async function createAccount(name) {
  const handle = `${name}.test`
  const password = `${name}-pass`
  const session = await xrpc('POST', 'com.atproto.server.createAccount',
    { body: { handle, email: `${name}@example.com`, password } })
  return { name, handle, password, did: session.did, token: session.accessJwt }
}
const put = (who, collection, record, rkey) =>
  xrpc('POST', 'com.atproto.repo.createRecord', {
    token: who.token,
    body: { repo: who.did, collection, ...(rkey ? { rkey } : {}), record: { $type: collection, ...record } },
  })
async function uploadPng(who, base64) {
  const up = await xrpc('POST', 'com.atproto.repo.uploadBlob',
    { token: who.token, raw: Buffer.from(base64, 'base64'), contentType: 'image/png' })
  return up.blob
}

// Text with facets; offsets are UTF-8 byte offsets as the lexicon demands.
function richText(parts) {
  let text = ''
  const facets = []
  for (const part of parts) {
    if (typeof part === 'string') { text += part; continue }
    const byteStart = Buffer.byteLength(text, 'utf8')
    text += part.text
    const byteEnd = Buffer.byteLength(text, 'utf8')
    const feature = part.mention ? { $type: 'app.bsky.richtext.facet#mention', did: part.mention }
      : part.link ? { $type: 'app.bsky.richtext.facet#link', uri: part.link }
      : { $type: 'app.bsky.richtext.facet#tag', tag: part.tag }
    facets.push({ index: { byteStart, byteEnd }, features: [feature] })
  }
  return { text, facets }
}

const PNG_RED = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg=='
const PNG_BLUE = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgYPgPRmAKABf2A/1+6zfzAAAAAElFTkSuQmCC'
const PNG_GREEN = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgOMEAQhAKABXuAyGoshfcAAAAAElFTkSuQmCC'

const samples = [
  'Grüße aus Köln – die Straße ist nass, Öl & Ähren',
  'emoji 🎉🔥 family 👩‍👩‍👧‍👦 flag 🇩🇪',
  '日本語のテキストと中文字符，한국어',
  'Ελληνικά и русский текст',
  'combining marks: e\u0301 a\u0308 (NFD)',
  'plain ASCII post about backups',
]

// --- seed -----------------------------------------------------------------------------------
const alice = await createAccount('alice')
const bob = await createAccount('bob')
const carol = await createAccount('carol')

const aliceAvatar = await uploadPng(alice, PNG_GREEN)
await put(alice, 'app.bsky.actor.profile', {
  displayName: 'Alice 🌸 Müller', description: 'Archiv-Testkonto — 日本語 ✓', avatar: aliceAvatar,
}, 'self')
await put(bob, 'app.bsky.actor.profile', { displayName: 'Bob Ærøskøbing', description: 'Second author' }, 'self')
await put(carol, 'app.bsky.actor.profile', { displayName: 'Carol', description: '' }, 'self')

const bobPosts = []
for (let i = 0; i < 8; i++) {
  bobPosts.push(await put(bob, 'app.bsky.feed.post', { text: `bob post #${i} ${samples[i % samples.length]}`, createdAt: nextTime(), langs: ['en'] }))
}

const alicePosts = [] // {uri, cid, root}
const special = { quote: [], images: [], facets: [], replies: [], selfReplies: [] }
for (let i = 0; i < N_POSTS; i++) {
  let record
  const kind = i % 10
  if (kind === 3 && alicePosts.length > 0) {
    const parent = alicePosts[alicePosts.length - 1]
    const root = parent.root ?? { uri: parent.uri, cid: parent.cid }
    record = { text: `Antwort ${i} auf meinen eigenen Beitrag ${samples[i % samples.length]}`,
      reply: { root, parent: { uri: parent.uri, cid: parent.cid } } }
  } else if (kind === 7) {
    const p = bobPosts[i % bobPosts.length]
    record = { text: `replying to bob (${i}) 💬`, reply: { root: { uri: p.uri, cid: p.cid }, parent: { uri: p.uri, cid: p.cid } } }
  } else if (kind === 5) {
    const r = richText([`post ${i} ${samples[i % samples.length]} — hallo `, { text: '@bob.test', mention: bob.did },
      ' siehe ', { text: 'example.com/straße', link: 'https://example.com/stra%C3%9Fe?x=1&y=<2>' }, ' ', { text: '#backup', tag: 'backup' }, ' ✨'])
    record = { text: r.text, facets: r.facets }
  } else if (kind === 9) {
    const p = bobPosts[i % bobPosts.length]
    record = { text: `quoting bob ${i} 🗨️`, embed: { $type: 'app.bsky.embed.record', record: { uri: p.uri, cid: p.cid } } }
  } else {
    record = { text: `post ${i}: ${samples[i % samples.length]}` }
  }
  const res = await put(alice, 'app.bsky.feed.post', { langs: ['de'], createdAt: nextTime(), ...record })
  alicePosts.push({ uri: res.uri, cid: res.cid, root: record.reply?.root })
}

// Images: one post with two images, and a quote with an image (recordWithMedia).
const red = await uploadPng(alice, PNG_RED)
const blue = await uploadPng(alice, PNG_BLUE)
const imagePost = await put(alice, 'app.bsky.feed.post', {
  text: 'Zwei Bilder 🖼️', createdAt: nextTime(),
  embed: { $type: 'app.bsky.embed.images', images: [
    { alt: 'ein rotes Pixel', image: red, aspectRatio: { width: 1, height: 1 } },
    { alt: 'a blue pixel', image: blue, aspectRatio: { width: 1, height: 1 } }] },
})
const quoteWithMedia = await put(alice, 'app.bsky.feed.post', {
  text: 'Zitat mit Bild', createdAt: nextTime(),
  embed: { $type: 'app.bsky.embed.recordWithMedia',
    record: { $type: 'app.bsky.embed.record', record: { uri: bobPosts[0].uri, cid: bobPosts[0].cid } },
    media: { $type: 'app.bsky.embed.images', images: [{ alt: 'rot', image: red }] } },
})

// Reposts, likes, follows, a list, a block.
for (const p of bobPosts.slice(0, 3)) {
  await put(alice, 'app.bsky.feed.repost', { subject: { uri: p.uri, cid: p.cid }, createdAt: nextTime() })
}
await put(alice, 'app.bsky.feed.repost', { subject: { uri: alicePosts[0].uri, cid: alicePosts[0].cid }, createdAt: nextTime() })
for (const p of bobPosts.slice(0, 5)) {
  await put(alice, 'app.bsky.feed.like', { subject: { uri: p.uri, cid: p.cid }, createdAt: nextTime() })
}
for (const p of alicePosts.slice(0, 3)) {
  await put(alice, 'app.bsky.feed.like', { subject: { uri: p.uri, cid: p.cid }, createdAt: nextTime() })
  await put(bob, 'app.bsky.feed.like', { subject: { uri: p.uri, cid: p.cid }, createdAt: nextTime() })
}
await put(alice, 'app.bsky.graph.follow', { subject: bob.did, createdAt: nextTime() })
await put(alice, 'app.bsky.graph.follow', { subject: carol.did, createdAt: nextTime() })
await put(bob, 'app.bsky.graph.follow', { subject: alice.did, createdAt: nextTime() })
await put(carol, 'app.bsky.graph.follow', { subject: alice.did, createdAt: nextTime() })
for (const who of [alice, bob]) {
  const list = await put(who, 'app.bsky.graph.list', {
    purpose: 'app.bsky.graph.defs#curatelist', name: 'Freunde 🌍', description: 'Leute, die ich mag', createdAt: nextTime(),
  })
  for (const member of [alice, bob, carol].filter((m) => m !== who)) {
    await put(who, 'app.bsky.graph.listitem', { subject: member.did, list: list.uri, createdAt: nextTime() })
  }
}
await put(alice, 'app.bsky.graph.block', { subject: carol.did, createdAt: nextTime() })
await put(bob, 'app.bsky.graph.block', { subject: carol.did, createdAt: nextTime() })
await put(bob, 'app.bsky.feed.repost', { subject: { uri: alicePosts[1].uri, cid: alicePosts[1].cid }, createdAt: nextTime() })

// App passwords are what people give Holdfast; tests sign in with these.
for (const who of [alice, bob, carol]) {
  who.appPassword = (await xrpc('POST', 'com.atproto.server.createAppPassword',
    { token: who.token, body: { name: 'holdfast-tests' } })).password
}

const describe = (who) => ({ handle: who.handle, did: who.did, password: who.password, appPassword: who.appPassword })
const info = {
  pdsUrl: PDS,
  plcUrl: PLC,
  pid: process.pid,
  accounts: { alice: describe(alice), bob: describe(bob), carol: describe(carol) },
  alice: { posts: N_POSTS + 2, imagePost: imagePost.uri, quoteWithMedia: quoteWithMedia.uri },
}
fs.writeFileSync(INFO_FILE + '.tmp', JSON.stringify(info, null, 2))
fs.renameSync(INFO_FILE + '.tmp', INFO_FILE) // readers never see half a file
console.log(`READY ${PDS}`)

let closing = false
async function shutdown() {
  if (closing) return
  closing = true
  setTimeout(() => process.exit(0), 5000).unref() // keep-alive sockets must not keep us alive
  try { await network.close() } catch (e) { console.error(e) }
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
