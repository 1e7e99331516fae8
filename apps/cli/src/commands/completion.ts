import { Argument, type Command } from "commander";
import { examples } from "../command.js";
import { bashScript, fishScript, zshScript } from "../completion.js";
import type { CliIO } from "../io.js";

export function registerCompletion(program: Command, io: CliIO): void {
  examples(
    program
      .command("completion")
      .description("print the shell completion script for bash, zsh or fish")
      .addArgument(new Argument("<shell>", "your shell").choices(["bash", "zsh", "fish"]))
      .action((shell: "bash" | "zsh" | "fish") => {
        const script = shell === "bash" ? bashScript(program) : shell === "zsh" ? zshScript(program) : fishScript(program);
        io.stdout(script);
      }),
    "source <(ims completion bash)            # in ~/.bashrc",
    "source <(ims completion zsh)             # in ~/.zshrc, after compinit",
    "ims completion fish > ~/.config/fish/completions/ims.fish",
  );
}
