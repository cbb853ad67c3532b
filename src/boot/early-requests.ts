/**
 * The app's entry, index.html's only script: it starts the first requests, then loads the app, whose chunk
 * index.html preloads meanwhile (the app's module only defines; `start()` runs it).
 */
import { startEarlyRequests } from './start-early-requests'

startEarlyRequests(import.meta.env.BASE_URL, window.location)
void import('../main').then((app) => app.start())
