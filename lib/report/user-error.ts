/**
 * An error the user fixes from its message alone: bad props of a construct (the message starts with the
 * construct path), a wrong command line, an input path that cannot be read, an output folder locked by another
 * synth. `runApp` and the `opkit` commands print only its message. Any other error is internal (a bug, a disk
 * error) and they add how to see its stack trace; so every props check throws this class, never a plain Error.
 */
export class UserError extends Error {
  // `{ cause }` spelled out: ErrorOptions is missing from the older `lib` of apps' tsconfigs (cdk8s init's).
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
