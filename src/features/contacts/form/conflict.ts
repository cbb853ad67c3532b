/**
 * What a colleague changed since the form was opened, relative to the user's own changes. Fields only
 * they changed are kept by the minimal diff anyway; fields both changed (to different values) need a choice.
 */
import { changedKeys, isSameField, type FieldKey } from './contact-diff'
import type { NormalizedContact } from './contact-normalize'

export interface Conflict {
  /** The values as the form opened them, as the user has them now, and as stored now. */
  base: NormalizedContact
  mine: NormalizedContact
  theirs: NormalizedContact
  myKeys: FieldKey[]
  /** Both changed, to different values: the user chooses. */
  contested: FieldKey[]
  /** Only they changed (or both to the same value): kept as stored. */
  theirsOnly: FieldKey[]
  theirUpdatedAt: string
}

export type Choice = 'mine' | 'theirs'

export function findConflict(
  base: NormalizedContact,
  mine: NormalizedContact,
  theirs: NormalizedContact,
  theirUpdatedAt: string,
): Conflict {
  const myKeys = changedKeys(base, mine)
  const theirKeys = changedKeys(base, theirs)
  const contested = myKeys.filter((key) => theirKeys.includes(key) && !isSameField(mine, theirs, key))
  const theirsOnly = theirKeys.filter((key) => !contested.includes(key))
  return { base, mine, theirs, myKeys, contested, theirsOnly, theirUpdatedAt }
}

/** The keys to send after the user's choices: theirs wins where chosen, mine everywhere else. */
export function keysToSend(
  conflict: Conflict,
  choices: Readonly<Partial<Record<FieldKey, Choice>>>,
): FieldKey[] {
  return conflict.myKeys
    .filter((key) => !conflict.contested.includes(key) || (choices[key] ?? 'mine') === 'mine')
    .filter((key) => !isSameField(conflict.mine, conflict.theirs, key))
}
