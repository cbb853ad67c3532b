/** Small seeded PRNG (mulberry32): deterministic seeds in node and browser without dependencies. */
export interface Rng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from empty list')
      return item
    },
    chance: (probability) => next() < probability,
  }
}

const hex8 = (rng: Rng): string =>
  Math.floor(rng.next() * 4294967296)
    .toString(16)
    .padStart(8, '0')

/** A v4-shaped UUID from the PRNG (ids are opaque strings in the contract; UUIDs look realistic). */
export function uuidFrom(rng: Rng): string {
  const a = hex8(rng)
  const b = hex8(rng)
  const c = hex8(rng)
  const d = hex8(rng)
  const variant = '89ab'.charAt(Math.floor(rng.next() * 4))
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
}
