// Command-line arguments: `annotate [--format json|text] [--sentences N] [--jobs N] FILE...`.

export type Format = 'json' | 'text';

export interface AnnotateArgs {
  command: 'annotate';
  /** Undefined: text when standard output is a terminal, json otherwise. */
  format?: Format;
  sentences?: number;
  /** Worker threads analysing the files (1: the command line's own thread); undefined: one per processor. */
  jobs?: number;
  /** "-" stands for standard input. */
  files: string[];
}

export type ParsedArgs = AnnotateArgs | { command: 'help' } | { command: 'error'; message: string };

export const USAGE = `Usage: factlens annotate [--format json|text] [--sentences N] [--jobs N] FILE...

Highlights the facts of news articles: people, organisations, places, money, dates, quantities,
quotes with their speakers, duplicated paragraphs, and a short summary.

  FILE             a UTF-8 text or Markdown file; "-" reads standard input
  --format FORMAT  json (default when the output is not a terminal) or text (for people)
  --sentences N    number of summary sentences (default 3)
  --jobs N         files analysed at once, each in a thread of its own (default: one for every
                   8 MB of text, up to one per processor and 8; 1 analyses them one after another in the
                   command line's own thread)
  -h, --help       show this help

Offsets in the json output are UTF-16 code-unit offsets into the decoded text (a UTF-8 byte-order
mark is removed first, as editors do; line ends are kept as they are); line numbers start at 1.
Exit status: 0 on success, 1 when a file could not be read or is not UTF-8 text (the other files are
still processed), 2 on a usage error.
`;

const FORMATS: readonly string[] = ['json', 'text'];

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { command: 'error', message: 'missing command' };
  if (command !== 'annotate') return { command: 'error', message: `unknown command: ${command}` };

  const args: AnnotateArgs = { command: 'annotate', files: [] };
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!options || arg === '-' || !arg.startsWith('-')) { args.files.push(arg); continue; }
    if (arg === '--') { options = false; continue; }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--sentences' && name !== '--jobs') return { command: 'error', message: `unknown option: ${arg}` };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) return { command: 'error', message: `${name} needs a value` };
    if (name === '--format') {
      if (!FORMATS.includes(value)) return { command: 'error', message: `--format must be json or text, not ${value}` };
      args.format = value as Format;
    } else if (name === '--jobs') {
      if (!/^\d{1,2}$/.test(value) || Number(value) < 1) return { command: 'error', message: `--jobs must be a whole number from 1 to 99, not ${value}` };
      args.jobs = Number(value);
    } else {
      if (!/^\d{1,3}$/.test(value)) return { command: 'error', message: `--sentences must be a whole number from 0 to 999, not ${value}` };
      args.sentences = Number(value);
    }
  }
  if (args.files.length === 0) return { command: 'error', message: 'no FILE given (use "-" for standard input)' };
  if (args.files.filter((f) => f === '-').length > 1) return { command: 'error', message: 'standard input ("-") can be read only once' };
  return args;
}
