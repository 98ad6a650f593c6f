// The `aigis merge` command: arguments in, one organisation view out, an exit status that says
// whether every input was merged. Kept beside the merge so src/cli.ts only dispatches to it.
import path from "node:path";
import { runDate } from "../config/config.js";
import { dayNumber } from "../parse/waiver-syntax.js";
import { reportFile, writeOutputs, type Output } from "../outputs.js";
import { cliWorkspace } from "../io/workspace.js";
import { InputError } from "./inputs.js";
import { mergeReports } from "./merge.js";
import { MERGE_FORMATS, renderMerged, type MergeFormat } from "./render.js";
import { walkArgs } from "../parse/args.js";

/** 0: every input merged; 3: merged, but some file was skipped (named on standard error); 2: usage or output error. */
export const MERGE_EXIT = { ok: 0, usage: 2, skipped: 3 } as const;

export const MERGE_HELP = `Usage: aigis merge <reports or directories…> [--format json|markdown|html] [--output FILE] [--today YYYY-MM-DD]

Merges aigis JSON reports (files, or the *.json files under directories) into one view of many
repositories: per repository the verdict, readiness per framework and findings by severity; totals;
the top gaps; the AI in use across repositories; waivers that expire within 30 days of --today
(default: SOURCE_DATE_EPOCH, else the current UTC date). Reports are read one at a time.

Exit status: 0 every report merged; 3 merged, but some file was not an aigis report or could not be
read (each is named on standard error and in the view); 2 usage error, no report found, or the
output could not be written.
`;

import { MergeUsageError } from "./usage.js";

export { MergeUsageError };

interface MergeArgs {
  inputs: string[];
  format: MergeFormat;
  output: string | null;
  today: string;
}

function parseMerge(argv: string[], env: NodeJS.ProcessEnv): MergeArgs {
  const args: MergeArgs = { inputs: [], format: "json", output: null, today: runDate({ params: {} }, env) };
  walkArgs(
    argv,
    ({ flag, arg: a, value, rest }) => {
      if (flag === "--format") {
        const v = value();
        if (!(MERGE_FORMATS as readonly string[]).includes(v)) throw new MergeUsageError(`--format must be ${MERGE_FORMATS.join(", ")}; got "${v}"`);
        args.format = v as MergeFormat;
      } else if (flag === "--output" || flag === "-o") args.output = value();
      else if (flag === "--today") {
        const v = value();
        if (dayNumber(v) === null) throw new MergeUsageError(`--today must be a date as YYYY-MM-DD; got "${v}"`);
        args.today = v;
      } else if (a === "--") args.inputs.push(...rest());
      else if (a.startsWith("-")) throw new MergeUsageError(`merge: unknown option ${a}`);
      else args.inputs.push(a);
    },
    (message) => new MergeUsageError(message),
  );
  if (args.inputs.length === 0) throw new MergeUsageError("merge needs at least one report file or directory");
  return args;
}

export async function mergeCommand(
  argv: string[],
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream },
  version: string,
  env = process.env,
): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out.write(MERGE_HELP);
    return MERGE_EXIT.ok;
  }
  const args = parseMerge(argv, env);
  let view: ReturnType<typeof mergeReports>;
  try {
    view = mergeReports(args.inputs, { version, today: args.today, onSkip: (source, reason) => io.err.write(`aigis: skipped ${source}: ${reason}\n`) });
  } catch (e) {
    if (e instanceof InputError) throw new MergeUsageError(e.message);
    throw e;
  }
  if (view.totals.reports + view.totals.skipped === 0) throw new MergeUsageError(`no report (*.json) found in ${args.inputs.join(", ")}`);
  const body = renderMerged(view, args.format);
  const output: Output = args.output
    ? reportFile(cliWorkspace(process.cwd()), "--output", path.resolve(args.output), (write) => write(body))
    : { name: "standard output", write: () => void io.out.write(body) };
  const failures = await writeOutputs([output]);
  for (const f of failures) io.err.write(`aigis: ${f.message}\n`);
  if (failures.length) return MERGE_EXIT.usage;
  if (view.totals.skipped) {
    io.err.write(`aigis: merged ${view.totals.reports} report(s); ${view.totals.skipped} skipped (named above).\n`);
    return MERGE_EXIT.skipped;
  }
  return MERGE_EXIT.ok;
}
