import { UNSAFE_createBrowserHistory } from 'react-router'
import type { AppHistory } from './guarded-history'

/** The browser's history, made exactly as react-router's own <BrowserRouter> makes it. */
export function createAppBrowserHistory(): AppHistory {
  return UNSAFE_createBrowserHistory({ v5Compat: true })
}
