/**
 * The route table, shared by the browser router and the tests' memory router. The list is the landing
 * page and loads eagerly; the other screens are split into their own chunks.
 */
import { Navigate, type RouteObject } from 'react-router'
import { AppShell } from './layout/app-shell'
import { NotFoundPage } from './not-found-page'
import { RouteErrorPage } from './route-error-page'
import { RouteLoading } from './route-loading'
import { ContactListPage } from '../features/contacts/list/contact-list-page'
import { loadNamespace } from '../lib/i18n'

export const routes: RouteObject[] = [
  {
    Component: AppShell,
    // Catches errors of the shell itself; page errors are caught below so the shell stays usable.
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, element: <Navigate to="/contacts" replace /> },
      { path: 'contacts', Component: ContactListPage, ErrorBoundary: RouteErrorPage },
      {
        path: 'contacts/new',
        ErrorBoundary: RouteErrorPage,
        lazy: async () => {
          const [page] = await Promise.all([
            import('../features/contacts/form/contact-create-page'),
            loadNamespace('form'),
          ])
          return { Component: page.ContactCreatePage }
        },
      },
      {
        path: 'contacts/:id',
        ErrorBoundary: RouteErrorPage,
        lazy: async () => {
          const [page] = await Promise.all([
            import('../features/contacts/detail/contact-detail-page'),
            loadNamespace('detail'),
          ])
          return { Component: page.ContactDetailPage }
        },
      },
      {
        path: 'contacts/:id/edit',
        ErrorBoundary: RouteErrorPage,
        lazy: async () => {
          // The edit page also offers archive/restore, whose texts live in `detail`.
          const [page] = await Promise.all([
            import('../features/contacts/form/contact-edit-page'),
            loadNamespace('form'),
            loadNamespace('detail'),
          ])
          return { Component: page.ContactEditPage }
        },
      },
      { path: '*', Component: NotFoundPage, ErrorBoundary: RouteErrorPage },
    ],
  },
]
