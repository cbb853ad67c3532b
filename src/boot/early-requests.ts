/**
 * The app's entry, index.html's only script: it starts the first requests, then loads the app (whose
 * chunk index.html preloads meanwhile). The app's code evaluates for a long moment; started after it,
 * reading config.json's answer and sending the list request would wait until it is done.
 */
import { startEarlyRequests } from './start-early-requests'

void startEarlyRequests(import.meta.env.BASE_URL, window.location)
  .then(() => import('../main'))
  .then((app) => app.start())
