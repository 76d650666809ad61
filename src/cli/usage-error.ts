/** A mistake on the command line or in the configuration: exit code 2, a message, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
