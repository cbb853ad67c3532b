import { useUserNames } from './user-names'

/**
 * A user id as the person's name, for places that render cells without hooks (the list): a lazy chunk,
 * since user-type fields are rare and their columns hidden until chosen.
 */
export default function UserName({ id }: { id: string }) {
  return useUserNames()(id)
}
