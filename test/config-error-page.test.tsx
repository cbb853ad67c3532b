import { render, screen } from '@testing-library/react'
import { AppProviders } from '../src/app/app'
import { ConfigErrorPage } from '../src/app/config-error-page'
import { createNotificationStore } from '../src/components/notifications'
import { ConfigError } from '../src/lib/config'
import { i18n } from '../src/lib/i18n'

function renderConfigError() {
  render(
    <AppProviders notifications={createNotificationStore()}>
      <ConfigErrorPage error={new ConfigError('config.json could not be loaded (HTTP 404).')} />
    </AppProviders>,
  )
}

test('explains a broken config.json and shows the technical reason', () => {
  renderConfigError()
  expect(
    screen.getByRole('heading', { level: 1, name: 'Kanbert Contacts could not start' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/config\.json could not be loaded \(HTTP 404\)/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument()
})

test('is translated', async () => {
  await i18n.changeLanguage('de')
  renderConfigError()
  expect(
    screen.getByRole('heading', { level: 1, name: 'Kanbert Contacts konnte nicht starten' }),
  ).toBeInTheDocument()
})
