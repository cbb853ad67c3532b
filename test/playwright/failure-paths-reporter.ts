/**
 * After a failed run, says where its evidence is: the HTML report and each kept trace, with the commands
 * that open them (a CI log then tells a developer what to download and run).
 */
import { relative } from 'node:path'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

export default class FailurePathsReporter implements Reporter {
  private readonly traces: string[] = []

  constructor(private readonly options: { htmlReport: string }) {}

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (attachment.name === 'trace' && attachment.path) this.traces.push(attachment.path)
    }
  }

  onEnd(result: FullResult): void {
    if (result.status === 'passed') return
    const show = (path: string) => relative(process.cwd(), path) || '.'
    console.log(`\nHTML report: npx playwright show-report ${show(this.options.htmlReport)}`)
    for (const trace of this.traces) console.log(`Trace: npx playwright show-trace ${show(trace)}`)
  }

  printsToStdio(): boolean {
    return false
  }
}
