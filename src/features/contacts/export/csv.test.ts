import { csvCell, csvDocument, csvRow, UTF8_BOM } from './csv'

test('quotes cells with the delimiter, quotes or line breaks, doubling inner quotes (RFC 4180)', () => {
  expect(csvCell('Müller, Anna', ',')).toBe('"Müller, Anna"')
  expect(csvCell('Müller, Anna', ';')).toBe('Müller, Anna')
  expect(csvCell('a;b', ';')).toBe('"a;b"')
  expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""')
  expect(csvCell('line 1\nline 2', ',')).toBe('"line 1\nline 2"')
  expect(csvCell('plain', ',')).toBe('plain')
})

test('neutralises cells that a spreadsheet would run as a formula', () => {
  expect(csvCell('=HYPERLINK("http://x","y")', ',')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
  expect(csvCell('+49 89 1234', ',')).toBe("'+49 89 1234")
  expect(csvCell('-2+3', ',')).toBe("'-2+3")
  expect(csvCell('@SUM(A1)', ',')).toBe("'@SUM(A1)")
  expect(csvCell('\tx', ',')).toBe("'\tx")
  expect(csvCell('\rx', ',')).toBe('"\'\rx"')
  expect(csvCell('a=b', ',')).toBe('a=b')
})

test('writes empty cells for null and our own numbers and booleans as they are', () => {
  expect(csvRow([null, undefined, -3, true, false, ''], ';')).toBe(';;-3;true;false;')
})

test('a document starts with a UTF-8 BOM and ends every row with CRLF', () => {
  const text = csvDocument(
    ['Name', 'Ort'],
    [
      ['Jürgen', 'München'],
      ['Zoë', null],
    ],
    ';',
  )
  expect(text).toBe(`${UTF8_BOM}Name;Ort\r\nJürgen;München\r\nZoë;\r\n`)
  expect(Array.from(new TextEncoder().encode(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
})
