#!/usr/bin/env node
/**
 * A tiny stand-in for the firm's SSO helper (oauth2-proxy or similar), for the proxy e2e tests only.
 * nginx asks GET /auth on every request (auth_request); the login page sets a session cookie.
 *
 * Test knobs (POST /sso/__control, JSON): {"expire": true} ends every session; {"mode": "401" | "redirect"}
 * chooses how an expired API call is answered (nginx reads X-Auth-Mode).
 */
import { createServer } from 'node:http'
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'

const port = Number(process.env.SSO_PORT || 4180)

function cookies(req) {
  return Object.fromEntries(
    (req.headers.cookie || '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter((pair) => pair.length === 2),
  )
}

/**
 * Only same-origin absolute paths are followed: never an open redirect. Browsers drop tabs and newlines
 * from URLs ("/\t/evil" would become "//evil"), so any whitespace or control character is refused too.
 */
export function safeReturnTo(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  if (/[\\\s\p{Cc}]/u.test(value)) return '/'
  const url = new URL(value, 'http://sso.invalid')
  return url.origin === 'http://sso.invalid' ? `${url.pathname}${url.search}${url.hash}` : '/'
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

async function readBody(req) {
  let body = ''
  for await (const chunk of req) body += chunk
  return body
}

export function createSsoStub() {
  const sessions = new Map()
  let mode = 'redirect'
  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://sso.local')
    const sid = cookies(req).kc_sso
    if (url.pathname === '/auth') {
      const session = sid && sessions.get(sid)
      if (session) {
        res.writeHead(204, { 'X-Auth-User': session.user })
      } else {
        res.writeHead(401, { 'X-Auth-Mode': mode })
      }
      return res.end()
    }
    // nginx sends a page request without a session here (error_page 401), with the original address.
    if (url.pathname === '/sso/start') {
      const rd = safeReturnTo(req.headers['x-original-uri'])
      res.writeHead(302, { Location: `/sso/login?rd=${encodeURIComponent(rd)}`, 'Cache-Control': 'no-store' })
      return res.end()
    }
    if (url.pathname === '/sso/login' && req.method === 'GET') {
      const rd = safeReturnTo(url.searchParams.get('rd'))
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      return res.end(`<!doctype html><html lang="en"><head><title>Firm SSO</title><link rel="icon" href="data:,"></head><body>
<h1>Firm single sign-on</h1>
<form method="post" action="/sso/login">
<input type="hidden" name="rd" value="${escapeHtml(rd)}">
<label>User <input name="user" value="jonas.berg"></label>
<button type="submit">Sign in</button>
</form></body></html>`)
    }
    if (url.pathname === '/sso/login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req))
      const id = randomUUID()
      sessions.set(id, { user: form.get('user') || 'user' })
      res.writeHead(302, {
        // No SameSite, as oauth2-proxy sets it by default: the proxy's own checks must stop forged writes.
        'Set-Cookie': `kc_sso=${id}; Path=/; HttpOnly`,
        Location: safeReturnTo(form.get('rd')),
      })
      return res.end()
    }
    if (url.pathname === '/sso/logout') {
      if (sid) sessions.delete(sid)
      res.writeHead(302, { 'Set-Cookie': 'kc_sso=; Path=/; Max-Age=0', Location: '/sso/login' })
      return res.end()
    }
    if (url.pathname === '/sso/__control' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}')
      if (body.expire) sessions.clear()
      if (body.mode === '401' || body.mode === 'redirect') mode = body.mode
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify({ mode, sessions: sessions.size }))
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('not found')
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  createSsoStub().listen(port, '127.0.0.1', () => console.log(`sso stub on http://127.0.0.1:${port}`))
}
