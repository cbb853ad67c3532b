/**
 * The route table, shared by the browser and the tests' memory history. The list is the landing page and
 * loads eagerly; the other screens are split into their own chunks, each loaded with its texts.
 */
import { lazy, type ComponentType, type ReactNode } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { AppShell } from './layout/app-shell'
import { NotFoundPage } from './not-found-page'
import { RouteErrorBoundary } from './route-error-boundary'
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

/** Each page has its own error boundary, so an error shows inside the shell and the shell stays usable. */
const page = (element: ReactNode) => <RouteErrorBoundary>{element}</RouteErrorBoundary>

/** The app's routes; `content` replaces the pages (tests mount a component under the real shell-less app). */
export function AppRoutes({ content }: { content?: ReactNode }) {
  if (content !== undefined)
    return (
      <Routes>
        <Route path="*" element={page(content)} />
      </Routes>
    )
  return (
    // Catches errors of the shell itself.
    <RouteErrorBoundary>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Navigate to="/contacts" replace />} />
          <Route path="contacts" element={page(<ContactListPage />)} />
          <Route path="contacts/new" element={page(<ContactCreatePage />)} />
          <Route path="contacts/:id" element={page(<ContactDetailPage />)} />
          <Route path="contacts/:id/edit" element={page(<ContactEditPage />)} />
          <Route path="*" element={page(<NotFoundPage />)} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  )
}
