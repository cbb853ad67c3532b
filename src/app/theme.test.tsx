import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Button from '@mui/material/Button'
import { ThemeProvider } from '@mui/material/styles'
import { createAppTheme } from './theme'

// The first ripple of a page inserts new style rules, and Chromium then restyles the whole page, which
// held up the next paint after "Next" on a long list (docs/decisions.md).
test('a press renders no ripple; keyboard focus still shows the focus ring class', async () => {
  const user = userEvent.setup()
  render(
    <ThemeProvider theme={createAppTheme('en')}>
      <Button>Next</Button>
    </ThemeProvider>,
  )
  const button = screen.getByRole('button', { name: 'Next' })
  await user.click(button)
  expect(button.innerHTML).not.toMatch(/MuiTouchRipple/)
  await user.tab()
  await user.tab({ shift: true })
  expect(button).toHaveFocus()
  expect(button).toHaveClass('Mui-focusVisible')
})
