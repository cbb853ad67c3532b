import { renderHook } from '@testing-library/react'
import { DETAIL_MAX_CHARS, errorDetail, shortenDetail, useDescribeError } from './error-text'
import { HttpError, NetworkError, ResponseFormatError, SchemaError } from './api-errors'

test('a detail is one line of at most DETAIL_MAX_CHARS characters, cut with an ellipsis', () => {
  expect(shortenDetail('  Database\r\nlocked\t(retry)\u0000 ')).toBe('Database locked (retry)')
  const long = `${'SQLSTATE[HY000] '.repeat(40)}END`
  const short = shortenDetail(long)
  expect(Array.from(short)).toHaveLength(DETAIL_MAX_CHARS)
  expect(short.endsWith('…')).toBe(true)
  expect(short).not.toContain('END')
  expect(shortenDetail('x'.repeat(DETAIL_MAX_CHARS))).toBe('x'.repeat(DETAIL_MAX_CHARS))
})

test('a cut never splits a character made of two code units', () => {
  const text = `${'a'.repeat(DETAIL_MAX_CHARS - 2)}🦄🦄🦄`
  expect(shortenDetail(text)).toBe(`${'a'.repeat(DETAIL_MAX_CHARS - 2)}🦄…`)
})

test("the detail of an HTTP error is its status and the server's message, shortened", () => {
  const url = 'http://localhost/api/v1/contacts'
  expect(errorDetail(new HttpError(500, { message: 'Database\nlocked' }, url))).toBe(
    'HTTP 500: Database locked',
  )
  expect(errorDetail(new HttpError(502, '<html>Bad gateway</html>', url))).toBe('HTTP 502')
  expect(errorDetail(new HttpError(409, { message: 'y'.repeat(5000) }, url)).length).toBe(DETAIL_MAX_CHARS)
  expect(errorDetail(new NetworkError('The server could not be reached.'))).toBe(
    'The server could not be reached.',
  )
  expect(errorDetail('plain')).toBe('plain')
})

test('the user reads a sentence for the kind of failure, with the status where there is one', () => {
  const { result } = renderHook(() => useDescribeError())
  const describe = result.current
  const url = 'http://localhost/api/v1/contacts'
  expect(describe(new NetworkError('offline'))).toEqual({
    summary: 'The server could not be reached.',
    detail: 'offline',
  })
  expect(describe(new HttpError(500, {}, url)).summary).toBe('The server failed (HTTP 500).')
  expect(describe(new HttpError(499, {}, url)).summary).toBe('The server refused it (HTTP 499).')
  expect(describe(new HttpError(403, { message: 'No.' }, url))).toEqual({
    summary: 'The server refused it (HTTP 403).',
    detail: 'HTTP 403: No.',
  })
  expect(describe(new SchemaError(url, [])).summary).toBe("The server's answer was unreadable.")
  expect(describe(new ResponseFormatError('not JSON')).summary).toBe("The server's answer was unreadable.")
  expect(describe(new Error('boom'))).toEqual({ summary: 'Something unexpected went wrong.', detail: 'boom' })
})
