/**
 * The route table, shared by the browser router and the tests' memory router. The list is the landing
 * page and loads eagerly; the other screens are split into their own chunks, each loaded with its texts.
 * Each page has its own `errorElement`, so an error shows inside the shell and the shell stays usable;
 * the shell's own catches errors of the shell itself.
 */
import { lazy, type ComponentType, type ReactNode } from 'react'
import { Navigate, type RouteObject } from 'react-router'
import { AppShell } from './layout/app-shell'
import { NotFoundPage } from './not-found-page'
import { RouteErrorElement } from './route-error-element'
import { ContactListPage } from '../features/contacts/list/contact-list-page'
import { loadNamespace, type Namespace } from '../lib/i18n'

/** A screen's chunk and its texts in parallel, so it never renders a raw key. */
function lazyScreen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  namespaces: Namespace[],
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), ...namespaces.map(loadNamespace)])
    return { default: module[name] }
  })
}

const ContactCreatePage = lazyScreen(
  () => import('../features/contacts/form/contact-create-page'),
  'ContactCreatePage',
  ['form'],
)
const ContactDetailPage = lazyScreen(
  () => import('../features/contacts/detail/contact-detail-page'),
  'ContactDetailPage',
  ['detail'],
)
// The edit page also offers archive/restore, whose texts live in `detail`.
const ContactEditPage = lazyScreen(
  () => import('../features/contacts/form/contact-edit-page'),
  'ContactEditPage',
  ['form', 'detail'],
)

const page = (path: string, element: ReactNode): RouteObject => ({
  path,
  element,
  errorElement: <RouteErrorElement />,
})

/** The app's routes; `content` replaces the pages (tests mount one component without the shell). */
export function appRoutes(content?: ReactNode): RouteObject[] {
  if (content !== undefined) return [page('*', content)]
  return [
    {
      element: <AppShell />,
      errorElement: <RouteErrorElement />,
      children: [
        { index: true, element: <Navigate to="/contacts" replace /> },
        page('contacts', <ContactListPage />),
        page('contacts/new', <ContactCreatePage />),
        page('contacts/:id', <ContactDetailPage />),
        page('contacts/:id/edit', <ContactEditPage />),
        page('*', <NotFoundPage />),
      ],
    },
  ]
}
