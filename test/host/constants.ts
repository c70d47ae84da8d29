/**
 * Names shared by the extension-host suite and its launchers. This file
 * imports nothing, so the launchers (plain Node) can use it without pulling in
 * `vscode` or mocha.
 */

/** Where the suite writes the summary of its run, inside the test workspace. */
export const RESULTS_FILE = '.sourcetrace-host-results.json';

/**
 * A file the launcher writes into the workspace to flip one expectation, which
 * proves that a wrong expectation fails the run.
 */
export const BREAK_MARKER = '.sourcetrace-break-expectation';

/** One finished test as written to the results file. */
export interface HostTestResult {
  title: string;
  state: 'passed' | 'failed';
  ms: number;
  error?: string;
}
