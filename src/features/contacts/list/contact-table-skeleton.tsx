import { memo } from 'react'
import Skeleton from '@mui/material/Skeleton'

const SKELETON_ROWS = 8

/** Placeholder rows while the page loads, and until its first rows are rendered. */
export const SkeletonBody = memo(function SkeletonBody({ columnCount }: { columnCount: number }) {
  return (
    <tbody role="rowgroup">
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <tr key={index} aria-hidden>
          <td colSpan={columnCount}>
            <Skeleton variant="text" />
          </td>
        </tr>
      ))}
    </tbody>
  )
})
