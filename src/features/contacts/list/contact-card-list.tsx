import { memo } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import { styled } from '@mui/material/styles'
import { contactFullName } from '../shared/contact-names'
import { cellStyles } from './contact-cells'
import { NAME_COLUMN_ID } from './contact-columns'
import { useRowEvents, type RowActions } from './row-events'
import { SelectContact, type ContactItemProps } from './select-contact'
import { clickOpensRow, ROW_CONTROL_CLASS } from './row-click'
import { rowCheckboxStyles } from './row-checkbox'
import type { ContactTableModel } from './use-contact-table'

const classes = {
  card: 'ContactCard-root',
  selected: 'ContactCard-selected',
  body: 'ContactCard-body',
  facts: 'ContactCard-facts',
  fact: 'ContactCard-fact',
  term: 'ContactCard-term',
  value: 'ContactCard-value',
} as const

// Styled once for the list (a page has up to 100 cards), not once per card; plain CSS (`styled`, not
// `sx`), as the shared cell and checkbox styles are written in pixels.
const CardList = styled('ul')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette
  return {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    [`& .${classes.card}`]: {
      display: 'flex',
      gap: theme.spacing(1),
      padding: theme.spacing(1.5, 1.5, 1.5, 0.5),
      cursor: 'pointer',
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}` },
    },
    [`& .${classes.card}.${classes.selected}`]: { backgroundColor: palette.action.selected },
    [`& .${classes.body}`]: { minWidth: 0, flex: 1, overflowWrap: 'anywhere' },
    [`& .${classes.facts}`]: {
      ...theme.typography.body2,
      margin: theme.spacing(0.5, 0, 0),
      display: 'grid',
      gridTemplateColumns: 'auto 1fr',
      columnGap: theme.spacing(1.5),
      rowGap: theme.spacing(0.25),
    },
    [`& .${classes.fact}`]: { display: 'contents' },
    [`& .${classes.term}`]: { color: palette.text.secondary },
    [`& .${classes.value}`]: { margin: 0, minWidth: 0 },
    ...rowCheckboxStyles(theme),
    ...cellStyles(theme),
  }
})

const ContactCard = memo(function ContactCard({ contact, columns, selected, events, t }: ContactItemProps) {
  const name = contactFullName(contact) ?? t('cells.noName')
  const nameColumn = columns.find((column) => column.id === NAME_COLUMN_ID)
  return (
    <Paper
      component="li"
      variant="outlined"
      tabIndex={0}
      className={selected ? `${classes.card} ${classes.selected}` : classes.card}
      onClick={(event) => {
        if (clickOpensRow(event)) events.open(contact)
      }}
      onFocus={() => events.prefetch(contact)}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget && event.key === 'Enter') events.open(contact)
      }}
    >
      <div className={ROW_CONTROL_CLASS}>
        <SelectContact contact={contact} name={name} selected={selected} events={events} t={t} />
      </div>
      <div className={classes.body}>
        {nameColumn ? nameColumn.cell(contact) : name}
        <dl className={classes.facts}>
          {columns
            .filter((column) => column.id !== NAME_COLUMN_ID && !column.isEmpty?.(contact))
            .map((column) => (
              <div key={column.id} className={classes.fact}>
                <dt className={classes.term}>{column.label}</dt>
                <dd className={classes.value}>{column.cell(contact)}</dd>
              </div>
            ))}
        </dl>
      </div>
    </Paper>
  )
})

/**
 * The list on phones (< 600 px): one card per contact with the same visible columns as the table,
 * blank ones left out, so nothing scrolls sideways. Cards open like rows (click or Enter).
 */
export function ContactCardList({
  table,
  loading,
  actions,
}: {
  table: ContactTableModel
  loading: boolean
  actions: RowActions
}) {
  const { t } = useTranslation('list')
  const events = useRowEvents(actions, table)
  if (loading) {
    return (
      <Stack sx={{ gap: 1 }} aria-hidden>
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={96} />
        ))}
      </Stack>
    )
  }
  return (
    <CardList aria-label={t('table.label')}>
      {table.rows.map((contact) => (
        <ContactCard
          key={contact.id}
          contact={contact}
          columns={table.visibleColumns}
          selected={table.isSelected(contact)}
          events={events}
          t={t}
        />
      ))}
    </CardList>
  )
}
