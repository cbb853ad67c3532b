/** Vite's base ("/crm/contacts/") without the trailing slash, as react-router wants its basename. */
export function routerBasename(baseUrl: string = import.meta.env.BASE_URL): string {
  return baseUrl.replace(/\/+$/, '') || '/'
}
