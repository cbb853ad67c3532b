import { earlyListRequestUrl } from './early-request-urls'
import { parseListUrl } from '../features/contacts/list/list-url-state'
import { contactListQuery } from '../features/contacts/api/contact-list-params'
import { paths } from '../contract/kanbert-contract'
import { requestUrl } from '../lib/request-url'

const base = 'https://app.example/api/v1'

function listRequestUrl(search: string): string {
  return requestUrl(base, paths.contacts, contactListQuery(parseListUrl(new URLSearchParams(search)).params))
}

test.each([
  '',
  '?q=Maier',
  '?q=anna%20maier&sort=-last_name,first_name',
  '?archived=only&size=50',
  '?size=100&cursor=abc123',
  '?sort=custom_fields.tax_id',
  `?q=${'x'.repeat(250)}`,
  '?cursor=',
])('builds the same GET /contacts URL as the list for "%s"', (search) => {
  expect(earlyListRequestUrl(base, new URLSearchParams(search))).toBe(listRequestUrl(search))
})

test.each(['?f=last_name:contains:"M"', '?match=or', '?sort=password', '?size=7', '?archived=all'])(
  'leaves "%s" to the list (it would drop or read parts this builder does not)',
  (search) => {
    expect(earlyListRequestUrl(base, new URLSearchParams(search))).toBeNull()
  },
)
