// Command-line arguments as the subcommands read them: `--flag value`, `--flag=value` and positionals.

export interface Arg {
  /** The flag without an inline value (`--format` of `--format=json`), or the argument as written. */
  flag: string;
  /** The argument as written. */
  arg: string;
  /** The value written after `=`, if any. */
  inline: string | undefined;
  /** The flag's value: inline, else the next argument (which must not be another flag). */
  value(): string;
  /** Every argument after this one, which the walk then skips (what follows `--`). */
  rest(): string[];
}

/** Calls `visit` once per argument; `usage` makes the error for a flag that lacks its value. */
export function walkArgs(argv: readonly string[], visit: (arg: Arg) => void, usage: (message: string) => Error): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    visit({
      flag,
      arg,
      inline,
      value: () => {
        const v = inline ?? argv[++i];
        if (v === undefined || (inline === undefined && v.startsWith("--"))) throw usage(`${flag} needs a value`);
        return v;
      },
      rest: () => {
        const rest = argv.slice(i + 1);
        i = argv.length;
        return rest;
      },
    });
  }
}
