import { render, screen } from '@testing-library/react'
import { CountryFlag } from './country-flag'

test('shows the SVG flag of a known country as a decorative image', async () => {
  render(<CountryFlag code="de" />)
  const flag = await screen.findByRole('presentation', { hidden: true }, { timeout: 5000 })
  expect(flag).toHaveAttribute('alt', '')
  expect(flag).toHaveAttribute('aria-hidden', 'true')
  expect(flag.getAttribute('src')).toMatch(/DE\.svg/)
})

test('shows the ISO code where no flag exists, and nothing for a malformed code', async () => {
  const { rerender } = render(<CountryFlag code="ZZ" />)
  expect(await screen.findByText('ZZ')).toHaveAttribute('aria-hidden', 'true')
  rerender(<CountryFlag code="Germany" />)
  expect(screen.queryByText('Germany')).not.toBeInTheDocument()
  expect(screen.queryByText('ZZ')).not.toBeInTheDocument()
})
