import type { Command, Option } from "commander";

/** One command of the tree, flattened for the shell scripts. Paths look like `/images/list`. */
interface Node {
  path: string;
  words: string[];
  subcommands: { name: string; description: string }[];
  options: { flags: string[]; description: string; takesValue: boolean; choices?: readonly string[] }[];
}

function optionsOf(cmd: Command): Node["options"] {
  return (cmd.options as Option[])
    .filter((o) => !o.hidden)
    .map((o) => ({
      flags: [o.long, o.short].filter((f): f is string => typeof f === "string"),
      description: o.description,
      takesValue: o.required || o.optional,
      ...(o.argChoices ? { choices: o.argChoices } : {}),
    }));
}

export function commandTree(program: Command): Node[] {
  const nodes: Node[] = [];
  const walk = (cmd: Command, words: string[]): void => {
    nodes.push({
      path: words.map((w) => `/${w}`).join(""),
      words,
      subcommands: cmd.commands.map((c) => ({ name: c.name(), description: c.description() })),
      // Global flags are accepted anywhere, so each command offers its own and the program's.
      options: words.length === 0 ? optionsOf(cmd) : [...optionsOf(cmd), ...optionsOf(program), { flags: ["--help", "-h"], description: "show help", takesValue: false }],
    });
    for (const c of cmd.commands) walk(c, [...words, c.name()]);
  };
  walk(program, []);
  return nodes;
}

const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function bashScript(program: Command): string {
  const nodes = commandTree(program);
  const subs = nodes.map((n) => `    ${sh(n.path)}) echo ${sh(n.subcommands.map((s) => s.name).join(" "))} ;;`).join("\n");
  const opts = nodes.map((n) => `    ${sh(n.path)}) echo ${sh(n.options.flatMap((o) => o.flags).join(" "))} ;;`).join("\n");
  const choices = nodes
    .flatMap((n) => n.options.filter((o) => o.choices).flatMap((o) => o.flags.map((f) => `    ${sh(`${n.path} ${f}`)}) echo ${sh((o.choices ?? []).join("\n"))} ;;`)))
    .join("\n");
  const valued = [...new Set(nodes.flatMap((n) => n.options.filter((o) => o.takesValue).flatMap((o) => o.flags)))].join("|");
  // compgen prints one candidate a line and a choice may hold a space ("Oracle Linux"), so the reply
  // is split on newlines only. Names and flags are listed with spaces: their -W list is split on
  // spaces inside the command substitution, where that IFS cannot reach the reply's split.
  return `# bash completion for ims. Load with: source <(ims completion bash)
_ims_subcommands() {
  case "$1" in
${subs}
  esac
}
_ims_options() {
  case "$1" in
${opts}
  esac
}
_ims_choices() {
  case "$1 $2" in
${choices}
  esac
}
_ims() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" path="" i w
  [[ $COMP_CWORD -gt 0 ]] && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # bash splits --flag=value at the "=" (COMP_WORDBREAKS): the flag, "=", then the value.
  if [[ "$cur" == "=" ]]; then cur=""; elif [[ "$prev" == "=" && $COMP_CWORD -gt 1 ]]; then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "\${COMP_WORDS[i-1]}" in ${valued}|=) continue ;; esac
    if [[ " $(_ims_subcommands "$path") " == *" $w "* ]]; then path="$path/$w"; fi
  done
  local IFS=$'\\n' values
  values="$(_ims_choices "$path" "$prev")"
  if [[ -n "$values" ]]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=($(IFS=' '; compgen -W "$(_ims_options "$path")" -- "$cur"))
  else
    COMPREPLY=($(IFS=' '; compgen -W "$(_ims_subcommands "$path")" -- "$cur"))
  fi
}
complete -F _ims ims
`;
}

const zq = (s: string): string => s.replace(/\\/g, "\\\\").replace(/:/g, "\\:").replace(/'/g, `'\\''`);

export function zshScript(program: Command): string {
  const nodes = commandTree(program);
  const cases = nodes
    .map((n) => {
      const subs = n.subcommands.map((s) => `'${zq(s.name)}:${zq(s.description)}'`).join(" ");
      const opts = n.options.flatMap((o) => o.flags.map((f) => `'${zq(f)}:${zq(o.description)}'`)).join(" ");
      return `    '${n.path}') subs=(${subs}); opts=(${opts}) ;;`;
    })
    .join("\n");
  const choices = nodes
    .flatMap((n) =>
      n.options
        .filter((o) => o.choices)
        .flatMap((o) => o.flags.map((f) => `    '${n.path} ${f}') values=(${(o.choices ?? []).map((c) => `'${c.replace(/'/g, `'\\''`)}'`).join(" ")}) ;;`)),
    )
    .join("\n");
  const valued = [...new Set(nodes.flatMap((n) => n.options.filter((o) => o.takesValue).flatMap((o) => o.flags)))].join("|");
  return `#compdef ims
# zsh completion for ims. Load with: source <(ims completion zsh)
_ims() {
  local path_="" i w prev
  local -a subs opts values
  for ((i = 2; i < CURRENT; i++)); do
    w="\${words[i]}"; prev="\${words[i-1]}"
    case "$prev" in ${valued}) continue ;; esac
    _ims_node "$path_"
    if (( \${subs[(I)\${w}:*]} )); then path_="$path_/$w"; fi
  done
  prev="\${words[CURRENT-1]}"
  # --flag=value is one word: its values are offered after the "=".
  if [[ "\${words[CURRENT]}" == --*=* ]]; then prev="\${words[CURRENT]%%=*}"; compset -P '*='; fi
  values=()
  case "$path_ $prev" in
${choices}
  esac
  if (( \${#values} )); then compadd -a values; return; fi
  _ims_node "$path_"
  if [[ "\${words[CURRENT]}" == -* ]]; then _describe -t options option opts; else _describe -t commands command subs; fi
}
_ims_node() {
  subs=(); opts=()
  case "$1" in
${cases}
  esac
}
compdef _ims ims
`;
}

const fq = (s: string): string => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export function fishScript(program: Command): string {
  const nodes = commandTree(program);
  // As in bash and zsh, the word after a flag that takes a value is that value, never a command.
  const valued = [...new Set(nodes.flatMap((n) => n.options.filter((o) => o.takesValue).flatMap((o) => o.flags)))].map(fq).join(" ");
  const lines: string[] = [
    "# fish completion for ims. Load with: ims completion fish | source",
    "function __ims_path",
    "    set -l tokens (commandline -opc)",
    "    set -l path ims",
    "    set -l value 0",
    "    for t in $tokens[2..-1]",
    "        if test $value = 1",
    "            set value 0",
    "            continue",
    "        end",
    "        switch $t",
    `            case ${valued}`,
    "                set value 1",
    "                continue",
    "            case '-*'",
    "                continue",
    "        end",
    "        if contains -- \"$path/$t\" $__ims_paths",
    "            set path \"$path/$t\"",
    "        end",
    "    end",
    "    echo $path",
    "end",
    "function __ims_at",
    "    test (__ims_path) = $argv[1]",
    "end",
    `set -g __ims_paths ${nodes.filter((n) => n.path).map((n) => fq(`ims${n.path}`)).join(" ")}`,
    "complete -c ims -f",
  ];
  for (const n of nodes) {
    const cond = `-n '__ims_at ims${n.path}'`;
    for (const s of n.subcommands) lines.push(`complete -c ims ${cond} -a ${fq(s.name)} -d ${fq(s.description)}`);
    for (const o of n.options) {
      const long = o.flags.find((f) => f.startsWith("--"))?.slice(2);
      const short = o.flags.find((f) => /^-[^-]$/.test(f))?.slice(1);
      const names = `${long ? ` -l ${long}` : ""}${short ? ` -s ${short}` : ""}`;
      // fish splits -a on spaces; a backslash keeps a value such as "Oracle Linux" whole.
      const value = o.choices ? ` -x -a ${fq(o.choices.map((c) => c.replace(/ /g, "\\ ")).join(" "))}` : o.takesValue ? " -r" : "";
      lines.push(`complete -c ims ${cond}${names}${value} -d ${fq(o.description)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
