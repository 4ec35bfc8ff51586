/**
 * A problem with what the user gave us (a file, a line, a request body). Its message names the
 * input and the problem, and is shown as is: no stack trace. `where` is e.g. "feed.xml" or "a.jsonl:12".
 */
export class InputError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = 'InputError';
  }
}
