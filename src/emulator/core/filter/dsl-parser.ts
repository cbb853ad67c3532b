import { valuelessOperators } from '../../../contract/kanbert-contract'
import { FilterError } from '../responses'
import { tokenize, type Token } from './dsl-lexer'
import { symbolOperators, type FilterNode, type FilterScalar, type FilterValue } from './filter-ast'

const LITERALS: Record<string, FilterScalar> = { true: true, false: false, null: null }
const SPECIAL_RE = /^(me\.id|now|sow|eow|som|eom|today|today[+-]\d+d)$/i

/**
 * Recursive-descent parser for the string DSL (§4.2). `and` binds tighter than `or` (§14.4);
 * keywords and operators are case-insensitive.
 */
class Parser {
  private index = 0
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) throw new FilterError('empty filter expression')
    const node = this.parseOr()
    const rest = this.peek()
    if (rest) throw new FilterError(`unexpected ${describe(rest)} at position ${String(rest.pos)}`)
    return node
  }

  private peek(): Token | undefined {
    return this.tokens[this.index]
  }

  private next(what: string): Token {
    const token = this.tokens[this.index]
    if (!token) throw new FilterError(`unexpected end of filter, expected ${what}`)
    this.index++
    return token
  }

  private isKeyword(word: string): boolean {
    const token = this.peek()
    return token?.type === 'word' && token.value.toLowerCase() === word
  }

  private parseOr(): FilterNode {
    const children = [this.parseAnd()]
    while (this.isKeyword('or')) {
      this.index++
      children.push(this.parseAnd())
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'or', children }
  }

  private parseAnd(): FilterNode {
    const children = [this.parseTerm()]
    while (this.isKeyword('and')) {
      this.index++
      children.push(this.parseTerm())
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'and', children }
  }

  private parseTerm(): FilterNode {
    const token = this.next('a condition or "("')
    if (token.type === 'lparen') {
      const inner = this.parseOr()
      const close = this.next('")"')
      if (close.type !== 'rparen') throw new FilterError(`expected ")" at position ${String(close.pos)}`)
      return inner
    }
    if (token.type !== 'word') throw new FilterError(`expected a field name at position ${String(token.pos)}`)
    return this.parseCondition(token.value)
  }

  private parseCondition(field: string): FilterNode {
    const opToken = this.next(`an operator after '${field}'`)
    if (opToken.type === 'symbol') {
      return {
        kind: 'condition',
        field,
        op: symbolOperators[opToken.value] ?? opToken.value,
        value: this.parseValue(),
      }
    }
    if (opToken.type !== 'word')
      throw new FilterError(`expected an operator after '${field}' at position ${String(opToken.pos)}`)
    const op = opToken.value.toLowerCase()
    if (op === 'is') {
      const negated = this.isKeyword('not')
      if (negated) this.index++
      const nullToken = this.next('"null"')
      if (nullToken.type !== 'word' || nullToken.value.toLowerCase() !== 'null') {
        throw new FilterError(`expected "null" after "is" at position ${String(nullToken.pos)}`)
      }
      return { kind: 'condition', field, op: negated ? 'isnotnull' : 'isnull', value: null }
    }
    if (valuelessOperators.includes(op)) return { kind: 'condition', field, op, value: null }
    return { kind: 'condition', field, op, value: this.parseValue() }
  }

  private parseValue(): FilterValue {
    const token = this.next('a value')
    if (token.type === 'lbracket') {
      const items: FilterScalar[] = []
      if (this.peek()?.type === 'rbracket') {
        this.index++
        return items
      }
      for (;;) {
        items.push(this.parseScalar(this.next('a list value')))
        const sep = this.next('"," or "]"')
        if (sep.type === 'rbracket') return items
        if (sep.type !== 'comma') throw new FilterError(`expected "," or "]" at position ${String(sep.pos)}`)
      }
    }
    return this.parseScalar(token)
  }

  private parseScalar(token: Token): FilterScalar {
    if (token.type === 'string' || token.type === 'number') return token.value
    if (token.type === 'word') {
      const lower = token.value.toLowerCase()
      if (lower in LITERALS) return LITERALS[lower] ?? null
      if (SPECIAL_RE.test(token.value)) return { special: lower }
      throw new FilterError(
        `unexpected word '${token.value}' at position ${String(token.pos)}; quote string values`,
      )
    }
    throw new FilterError(`expected a value at position ${String(token.pos)}`)
  }
}

function describe(token: Token): string {
  if (token.type === 'word' || token.type === 'symbol') return `'${token.value}'`
  if (token.type === 'string') return `string "${token.value}"`
  if (token.type === 'number') return `number ${String(token.value)}`
  return `'${{ lparen: '(', rparen: ')', lbracket: '[', rbracket: ']', comma: ',' }[token.type]}'`
}

export function parseDsl(input: string): FilterNode {
  return new Parser(tokenize(input)).parse()
}
