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
        lazy: async () => ({
          Component: (await import('../features/contacts/form/contact-create-page')).ContactCreatePage,
        }),
      },
      {
        path: 'contacts/:id',
        ErrorBoundary: RouteErrorPage,
        lazy: async () => ({
          Component: (await import('../features/contacts/detail/contact-detail-page')).ContactDetailPage,
        }),
      },
      {
        path: 'contacts/:id/edit',
        ErrorBoundary: RouteErrorPage,
        lazy: async () => ({
          Component: (await import('../features/contacts/form/contact-edit-page')).ContactEditPage,
        }),
      },
      { path: '*', Component: NotFoundPage, ErrorBoundary: RouteErrorPage },
    ],
  },
]
