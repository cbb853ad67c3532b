/**
 * Where saved views live in localStorage. Its own module because the boot module reads it too (to open the
 * start view before the app runs) and must not pull in the views code.
 */
export const SAVED_VIEWS_KEY = 'kanbert-contacts.list.views'
