import { FilterError } from '../responses'

export type Token =
  | { type: 'lparen' | 'rparen' | 'lbracket' | 'rbracket' | 'comma'; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'number'; value: number; pos: number }
  | { type: 'word'; value: string; pos: number }
  | { type: 'symbol'; value: string; pos: number }

const punctuation: Record<string, 'lparen' | 'rparen' | 'lbracket' | 'rbracket' | 'comma'> = {
  '(': 'lparen',
  ')': 'rparen',
  '[': 'lbracket',
  ']': 'rbracket',
  ',': 'comma',
}

const WORD_RE = /[\p{L}_][\p{L}\p{N}_.]*(?:[+-]\d+d)?/uy
const NUMBER_RE = /-?\d+(?:\.\d+)?/y
const SYMBOL_RE = /!=|<=|>=|=|<|>/y

function readQuoted(input: string, start: number): { value: string; end: number } {
  const quote = input[start]
  let value = ''
  let i = start + 1
  while (i < input.length) {
    const ch = input[i]
    if (ch === '\\' && i + 1 < input.length) {
      value += input[i + 1] ?? ''
      i += 2
      continue
    }
    if (ch === quote) return { value, end: i + 1 }
    value += ch ?? ''
    i++
  }
  throw new FilterError(`unterminated string starting at position ${String(start)}`)
}

function match(re: RegExp, input: string, pos: number): string | null {
  re.lastIndex = pos
  const m = re.exec(input)
  return m ? m[0] : null
}

/** Splits a DSL filter into tokens. Strings take '…' or "…" with backslash escapes. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  while (pos < input.length) {
    const ch = input[pos] ?? ''
    if (/\s/.test(ch)) {
      pos++
      continue
    }
    const punct = punctuation[ch]
    if (punct) {
      tokens.push({ type: punct, pos })
      pos++
      continue
    }
    if (ch === '"' || ch === "'") {
      const { value, end } = readQuoted(input, pos)
      tokens.push({ type: 'string', value, pos })
      pos = end
      continue
    }
    const number = match(NUMBER_RE, input, pos)
    if (number !== null) {
      tokens.push({ type: 'number', value: Number(number), pos })
      pos += number.length
      continue
    }
    const symbol = match(SYMBOL_RE, input, pos)
    if (symbol !== null) {
      tokens.push({ type: 'symbol', value: symbol, pos })
      pos += symbol.length
      continue
    }
    const word = match(WORD_RE, input, pos)
    if (word !== null) {
      tokens.push({ type: 'word', value: word, pos })
      pos += word.length
      continue
    }
    throw new FilterError(`unexpected character '${ch}' at position ${String(pos)}`)
  }
  return tokens
}
