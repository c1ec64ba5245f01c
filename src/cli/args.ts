/** A tiny command-line parser: the commands take a few flags and paths, not worth a dependency. */

/** Wrong use of a command; the commands print the message and the usage, and exit with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface OptionSpec {
  /** Takes a value (`--me x` or `--me=x`) rather than being a switch. */
  value?: boolean;
}

export interface ParsedArgs {
  /** Switches that were given map to "true"; valued options to their value. */
  options: Map<string, string>;
  positionals: string[];
}

/** Parses `argv` against the known options; unknown options and missing values are UsageErrors. */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.set("help", "true");
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError(`unknown option: ${arg}`);
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const option = spec[name];
    if (!option) throw new UsageError(`unknown option: --${name}`);
    if (!option.value) {
      if (equals >= 0) throw new UsageError(`--${name} takes no value`);
      options.set(name, "true");
      continue;
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : argv[i + 1];
    if (value === undefined || value === "" || (equals < 0 && value.startsWith("--"))) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (equals < 0) i++;
    options.set(name, value);
  }
  return { options, positionals };
}

/** A positive whole number option, or the fallback when absent. */
export function numberOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`--${name} needs a positive whole number`);
  return value;
}

/**
 * Runs a command's main function with the shared conventions: a UsageError prints the message and
 * the usage on stderr and exits 2. Sets process.exitCode rather than calling process.exit so piped
 * output is flushed completely before Node exits.
 */
export function runCommand(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n\n${usage}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 3;
      }
    },
  );
}
