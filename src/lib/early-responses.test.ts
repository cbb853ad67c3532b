import { hasArrivedEarlyResponse, rememberEarlyResponse, takeEarlyResponse } from './early-responses'

const url = 'http://localhost/api/v1/contacts?page%5Bsize%5D=25'

test('an early answer counts as arrived once its response is there, and until it is taken', async () => {
  let answer: (response: Response) => void = () => undefined
  const response = new Promise<Response>((resolve) => (answer = resolve))
  rememberEarlyResponse(url, response)
  expect(hasArrivedEarlyResponse(url)).toBe(false)

  answer(Response.json({}))
  await response
  expect(hasArrivedEarlyResponse(url)).toBe(true)
  expect(hasArrivedEarlyResponse(`${url}&q=x`)).toBe(false)

  expect(takeEarlyResponse(url)).toBe(response)
  expect(hasArrivedEarlyResponse(url)).toBe(false)
})

test('a failed early request never counts as arrived', async () => {
  const failed = Promise.reject(new TypeError('Failed to fetch'))
  rememberEarlyResponse(url, failed)
  await failed.catch(() => undefined)
  expect(hasArrivedEarlyResponse(url)).toBe(false)
  void takeEarlyResponse(url)
})

test('an answer taken before it arrived does not count later', async () => {
  let answer: (response: Response) => void = () => undefined
  const response = new Promise<Response>((resolve) => (answer = resolve))
  rememberEarlyResponse(url, response)
  void takeEarlyResponse(url)
  answer(Response.json({}))
  await response
  expect(hasArrivedEarlyResponse(url)).toBe(false)
})
