import { Command, Option, type CommanderError } from "commander";
import { registerApi } from "./commands/api.js";
import { registerCompletion } from "./commands/completion.js";
import { registerConfigure } from "./commands/configure.js";
import { registerImages } from "./commands/images.js";
import { registerInfo } from "./commands/info.js";
import { registerJobs } from "./commands/jobs.js";
import { registerTags } from "./commands/tags.js";
import { examples } from "./command.js";
import { VERSION } from "./generated/version.js";
import type { CliIO } from "./io.js";
import { OUTPUT_FORMATS } from "./output/render.js";

const PRECEDENCE = `
Settings come from flags, then environment variables, then the profile (\`ims configure\`):
  --endpoint / IMS_ENDPOINT, --region / HUAWEICLOUD_SDK_REGION, --project-id / HUAWEICLOUD_SDK_PROJECT_ID,
  --token / IMS_TOKEN (or HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK [+ HUAWEICLOUD_SDK_SECURITY_TOKEN]),
  --profile / IMS_PROFILE (default "default") in $XDG_CONFIG_HOME/imsjs/config.
Exit codes: 0 success, 1 IMS refused or a job failed, 2 bad usage or configuration,
  124 gave up waiting for a job (--timeout; the job goes on), 130 interrupted.`;

// The errors commander has already printed itself (usage errors, help, version). A CommanderError
// thrown from inside an action (an InvalidArgumentError, say) was printed by nobody.
const reported = new WeakSet<CommanderError>();

export function reportedByCommander(err: CommanderError): boolean {
  return reported.has(err);
}

export function buildProgram(io: CliIO): Command {
  const program = new Command("ims")
    .description("The command line for Huawei Cloud Image Management Service (IMS).")
    .version(VERSION, "-V, --version")
    .option("--profile <name>", "profile from the config file (env IMS_PROFILE)")
    .option("--endpoint <url>", "IMS endpoint, e.g. a local mock (env IMS_ENDPOINT)")
    .option("--region <id>", "region ID such as ap-southeast-1 (env HUAWEICLOUD_SDK_REGION)")
    .option("--project-id <id>", "project ID (env HUAWEICLOUD_SDK_PROJECT_ID)")
    .option("--token <token>", "IAM token (env IMS_TOKEN; the env or a profile keep it out of `ps` and shell history)")
    .addOption(new Option("-o, --output <format>", "output format (default: table on a terminal, json otherwise)").choices(OUTPUT_FORMATS))
    .option("-q, --query <jmespath>", "JMESPath expression applied to the result, e.g. \"[].id\"")
    .option("--dry-run", "print the exact request (secrets redacted) instead of sending it")
    .option("--debug", "log requests and answers to stderr (secrets redacted), and stack traces")
    .option("--no-color", "no colour even on a terminal (NO_COLOR works too)")
    .addHelpText("after", PRECEDENCE)
    .showHelpAfterError("(add --help for usage)")
    .showSuggestionAfterError();
  examples(program, "ims images list --type private", "ims images create --name web --instance-id 877a2cda-ba63-4e1e-b95f-e67e48b6129a --wait", "ims --output yaml jobs show ff8080814dbd65d7014dbe0d84db0013");

  registerImages(program, io);
  registerTags(program, io);
  registerJobs(program, io);
  registerInfo(program, io);
  registerApi(program, io);
  registerConfigure(program, io);
  registerCompletion(program, io);

  // Every command shares the same output, error and exit handling.
  const configure = (cmd: Command): void => {
    cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(`ims: ${str}`) }).exitOverride((err) => {
      reported.add(err);
      throw err;
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}
