/** Types of chromium-options.mjs, for the TypeScript test project (test/playwright/suite-config.ts). */
export declare const CHROME_PATH: string
export declare const CHROMIUM_ARGS: string[]
