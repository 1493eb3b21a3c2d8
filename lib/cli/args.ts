/** Argument handling shared by the `opkit` commands: usage errors, enumerated options, error reporting. */
import { UserError } from '../report/user-error';

/** A wrong command line: reported with the command's usage, exit 2. */
export class UsageError extends UserError {}

export function oneOf(flag: string, v: string, allowed: string[]): string {
  if (!allowed.includes(v)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${v}'`);
  return v;
}

export function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * How every command reports what stopped it, with exit code 2: a usage error with the usage, any other user error
 * (such as an input path that cannot be read) with a hint, anything else as an internal error (its stack only with --debug).
 */
export function reportCliError(command: string, usage: string, e: unknown, err: (s: string) => void, debug: boolean): number {
  if (e instanceof UsageError || isParseArgsError(e)) {
    err(`opkit ${command}: ${(e as Error).message}\n\n${usage}`);
  } else if (e instanceof UserError) {
    err(`opkit ${command}: ${e.message}\nRun 'opkit ${command} --help' for usage.\n`);
  } else {
    err(`opkit ${command}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (debug && e instanceof Error && e.stack) err(`${e.stack}\n`);
    else err('Run again with --debug to print the stack trace.\n');
  }
  return 2;
}
