import { UserError } from '../report/user-error';
import { OutputMirrorError, SynthError } from './synth-error';

/** Options of {@link runApp}; the defaults are the real process. */
export interface RunAppOptions {
  /**
   * Command-line arguments; `--debug` prints stack traces.
   * @default process.argv
   */
  readonly argv?: readonly string[];
  /**
   * Environment; `OPKIT_DEBUG=1` prints stack traces.
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Where error messages go.
   * @default standard error
   */
  readonly stderr?: (text: string) => void;
  /**
   * How the output folder is named in the message of an error thrown before synth began.
   * @default 'dist'
   */
  readonly outdir?: string;
}

/**
 * Run an app's entry point (build the constructs and synth) the way a command line should: an error prints
 * one clear message (every finding of a failed synth) and no JavaScript stack trace, unless `--debug` or
 * `OPKIT_DEBUG=1` asks for it, and the exit code is 1. Only an internal error (see {@link isUserError}) adds a hint
 * on how to see the stack: for a user error the message is the whole story. Returns the exit code and sets
 * `process.exitCode`.
 */
export function runApp(main: () => unknown, options: RunAppOptions = {}): number {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const stderr = options.stderr ?? ((text) => process.stderr.write(text));
  try {
    main();
    return 0;
  } catch (err) {
    const debug = argv.includes('--debug') || /^(1|true|yes)$/i.test(env.OPKIT_DEBUG ?? '');
    // An error thrown while the constructs were built: synth never started, so nothing was written.
    const message = err instanceof SynthError || err instanceof OutputMirrorError ? err.message
      : `the app failed before synth; ${options.outdir ?? 'dist'}/ was left unchanged: ${err instanceof Error ? err.message : String(err)}`;
    stderr(`error: ${message}\n`);
    if (debug) stderr(`${stackOf(err)}\n`);
    else if (!isUserError(err)) stderr('Run with --debug (or OPKIT_DEBUG=1) to see the stack trace.\n');
    process.exitCode = 1;
    return 1;
  }
}

/**
 * Whether `err` is the user's to fix from its message alone: a synth that failed its checks (the findings say
 * what and where), or a {@link UserError} (bad props, a failed construct validation, the output locked by another
 * synth), also as the cause of a failed synth. Anything else is internal: a plain Error, a JavaScript error such
 * as a TypeError, a system error (ENOSPC, EACCES), or a thrown value that is no Error.
 */
export function isUserError(err: unknown): boolean {
  if (err instanceof SynthError) return err.findings.length > 0 || isUserError(err.cause);
  return err instanceof UserError;
}

function stackOf(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) parts.push(e.stack ?? String(e));
  return parts.length > 0 ? parts.join('\nCaused by: ') : String(err);
}
