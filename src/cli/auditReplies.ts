/**
 * npm run audit-replies -- [--json] [--locale en-US|en-GB] [--me <address>] <file or folder>...
 * Renders every offered reply for each .eml/.ics file and reports mechanical defects.
 */
import { parseArgs, runCommand, UsageError } from "./args";
import { auditInvitation, type AuditedInvitation } from "./audit";
import { collectFiles, describeFailure, readInvitation } from "./files";

const USAGE = `Usage: npm run audit-replies -- [--json] [--locale <tag>] [--me <address>] <file-or-folder>...

Renders the default reply and every other reply the pane offers, in every tone, for each .eml and
.ics file (folders are searched recursively), and reports mechanical defects: a leaked or empty
placeholder, a doubled word, "the" before a possessive name, clashing punctuation ("!."), a date
said twice, an empty greeting name, a reply addressed to a no-reply address, a claim about the
user in a default reply that the facts do not support, mixed spelling variants.

Options:
  --json           one JSON line with every file's replies and defects, then the summary line
  --locale <tag>   the user's Outlook locale (default en-US; en-GB for British spelling and dates)
  --me <address>   the mailbox owner (default: the first To: address of each file)
  -h, --help       show this help

Last line: "defects: N replies: M files: K". Exit code 0 when it ran (whatever it found), 2 on a usage error.
`;

interface FileAudit extends AuditedInvitation {
  file: string;
}

function describe(audit: FileAudit): string[] {
  const lines: string[] = [];
  for (const reply of audit.replies) {
    for (const defect of reply.defects) {
      const variant = reply.claims === "off" ? ", claims off" : "";
      lines.push(
        `${audit.file}: ${reply.id} (${reply.tone}${variant}${reply.isDefault ? ", default" : ""}): ${defect.kind}: ${defect.excerpt}`,
      );
    }
  }
  return lines;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: {}, locale: { value: true }, me: { value: true }, help: {} });
  if (args.options.has("help")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("no file or folder given");
  const locale = args.options.get("locale") ?? "en-US";
  if (!/^en(-[A-Za-z]{2})?$/.test(locale))
    throw new UsageError(`--locale must be an English tag such as en-US or en-GB, not ${locale}`);
  const json = args.options.has("json");
  const files = await collectFiles(args.positionals);
  const audits: FileAudit[] = [];
  for (const file of files) {
    try {
      const audit = { file, ...auditInvitation(await readInvitation(file, args.options.get("me")), locale) };
      audits.push(audit);
      if (!json) for (const line of describe(audit)) process.stdout.write(`${line}\n`);
    } catch (error) {
      process.stderr.write(`${describeFailure(file, error)}\n`);
    }
  }
  const replies = audits.reduce((sum, audit) => sum + audit.replies.length, 0);
  const defects = audits.reduce(
    (sum, audit) => sum + audit.replies.reduce((n, reply) => n + reply.defects.length, 0),
    0,
  );
  if (json) process.stdout.write(`${JSON.stringify({ locale, files: audits })}\n`);
  process.stdout.write(`defects: ${defects} replies: ${replies} files: ${audits.length}\n`);
  return 0;
}

runCommand(USAGE, () => main(process.argv.slice(2)));
