import { addCompileHint, COMPILE_HINT } from './compile-hint-plugin'

const chunk = (fileName: string, facadeModuleId: string, isEntry: boolean) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  isEntry,
  code: 'import{a as e}from"./b.js";e();\nexport{};',
})
const map = (mappings: string) => ({
  type: 'asset' as const,
  source: JSON.stringify({ version: 3, sources: ['../src/main.tsx'], names: [], mappings }),
})

test('the app chunk starts with the hint, its source map one line lower; other chunks stay as they are', () => {
  const bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', '/app/src/boot/early-requests.ts', true),
    'assets/app-2.js': chunk('assets/app-2.js', '/app/src/main.tsx', true),
    'assets/app-2.js.map': map('AAAA,SAAS;AACT'),
    'assets/form-3.js': chunk('assets/form-3.js', '/app/src/features/form.tsx', false),
  }
  addCompileHint(bundle)
  expect(bundle['assets/app-2.js'].code).toBe(`${COMPILE_HINT}\nimport{a as e}from"./b.js";e();\nexport{};`)
  expect(JSON.parse(bundle['assets/app-2.js.map'].source)).toEqual({
    version: 3,
    sources: ['../src/main.tsx'],
    names: [],
    mappings: ';AAAA,SAAS;AACT',
  })
  expect(bundle['assets/index-1.js'].code).not.toContain(COMPILE_HINT)
  expect(bundle['assets/form-3.js'].code).not.toContain(COMPILE_HINT)
})

test('a bundle without the app chunk fails the build', () => {
  expect(() => addCompileHint({ 'assets/x.js': chunk('assets/x.js', '/app/src/other.ts', true) })).toThrow(
    /src\/main\.tsx: no app chunk/,
  )
})
