import {
  clearAllDrafts,
  clearDraft,
  clearDraftsOfOtherUsers,
  draftKey,
  loadDraft,
  saveDraft,
} from './draft-storage'

const typed = { values: { first_name: 'Anna' }, base: { first_name: '' }, basedOn: null }

test('a draft comes back to the user who typed it, with the time it was saved', () => {
  const before = Date.now()
  saveDraft('new', { owner: 'u-1', ...typed })
  const draft = loadDraft('new', 'u-1')
  expect(draft).toMatchObject({ owner: 'u-1', ...typed })
  expect(Date.parse(draft?.savedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
  expect(loadDraft('new', 'u-1')).not.toBeNull()
})

test('another user never sees a draft: it is deleted unread', () => {
  saveDraft('c-7', { owner: 'u-1', ...typed, basedOn: '2026-11-27T12:00:00Z' })
  expect(loadDraft('c-7', 'u-2')).toBeNull()
  expect(loadDraft('c-7', 'u-1')).toBeNull()
  expect(sessionStorage.getItem(draftKey('c-7'))).toBeNull()
})

test('drafts are per contact, and one can be cleared alone', () => {
  saveDraft('c-1', { owner: 'u-1', ...typed })
  saveDraft('c-2', { owner: 'u-1', ...typed })
  clearDraft('c-1')
  expect(loadDraft('c-1', 'u-1')).toBeNull()
  expect(loadDraft('c-2', 'u-1')).toMatchObject(typed)
})

test('a damaged or foreign-shaped draft is ignored instead of breaking the form', () => {
  sessionStorage.setItem(draftKey('c-1'), '{not json')
  expect(loadDraft('c-1', 'u-1')).toBeNull()
  sessionStorage.setItem(draftKey('c-2'), JSON.stringify({ owner: 'u-1', values: {} }))
  expect(loadDraft('c-2', 'u-1')).toBeNull()
})

test('signing out clears every draft and nothing else the tab stored', () => {
  saveDraft('new', { owner: 'u-1', ...typed })
  saveDraft('c-1', { owner: 'u-2', ...typed })
  sessionStorage.setItem('kanbert.list.preferences', 'keep')
  clearAllDrafts()
  expect(sessionStorage.getItem(draftKey('new'))).toBeNull()
  expect(sessionStorage.getItem(draftKey('c-1'))).toBeNull()
  expect(sessionStorage.getItem('kanbert.list.preferences')).toBe('keep')
})

test('after signing in as someone, only their own drafts stay', () => {
  saveDraft('c-1', { owner: 'u-1', ...typed })
  saveDraft('c-2', { owner: 'u-2', ...typed })
  saveDraft('c-3', { owner: null, ...typed })
  sessionStorage.setItem(draftKey('c-4'), 'broken')
  sessionStorage.setItem('other', 'keep')
  clearDraftsOfOtherUsers('u-1')
  expect(loadDraft('c-1', 'u-1')).toMatchObject(typed)
  for (const id of ['c-2', 'c-3', 'c-4']) expect(sessionStorage.getItem(draftKey(id))).toBeNull()
  expect(sessionStorage.getItem('other')).toBe('keep')
})

test('a full storage does not break typing', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  try {
    expect(() => saveDraft('new', { owner: 'u-1', ...typed })).not.toThrow()
  } finally {
    setItem.mockRestore()
  }
})

test('with storage switched off (private mode, a policy) the form keeps working, just without drafts', () => {
  const denied = vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  try {
    expect(() => {
      saveDraft('new', { owner: 'u-1', ...typed })
      clearDraft('new')
      clearAllDrafts()
      clearDraftsOfOtherUsers('u-1')
    }).not.toThrow()
    expect(loadDraft('new', 'u-1')).toBeNull()
  } finally {
    denied.mockRestore()
  }
})
