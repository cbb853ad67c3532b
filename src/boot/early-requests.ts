/** The boot entry (index.html's first script): runs before the app's code. */
import { startEarlyRequests } from './start-early-requests'

startEarlyRequests(import.meta.env.BASE_URL, window.location)
