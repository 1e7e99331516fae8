import { SECRET_KEYS, type ProfileKey } from "./config/file.js";
import { scrub } from "./http/redact.js";
import type { CliIO } from "./io.js";
import { colorEnabled, painter } from "./output/color.js";
import { visible } from "./output/view.js";
import { knownSecrets } from "./secret.js";

// A profile key `ims configure set` takes a secret for, spelled as that command takes it (`secret-key` too).
const isSecretSetting = (name: string): boolean => SECRET_KEYS.has(name.replace(/-/g, "_") as ProfileKey);

/**
 * `argv` with the secrets given on it as `[redacted]`: the value of `--token` (`--token X`,
 * `--token=X`) and of a secret key set by `ims configure set KEY VALUE` (`-`, read from stdin, is no
 * secret). Undefined when it holds none.
 */
export function shownArgv(argv: readonly string[]): string[] | undefined {
  const configure = argv.indexOf("configure");
  const set = configure < 0 ? -1 : argv.indexOf("set", configure);
  let hidden = false;
  const shown = argv.map((a, i) => {
    const prev = argv[i - 1] ?? "";
    const secret = prev === "--token" || a.startsWith("--token=") || (set > 0 && i > set + 1 && isSecretSetting(prev) && a !== "-");
    hidden ||= secret;
    return secret ? (a.startsWith("--token=") ? "--token=[redacted]" : "[redacted]") : a;
  });
  return hidden ? shown : undefined;
}

/**
 * The process title that hides the secrets given on `argv` from `ps`, or undefined to leave the
 * title alone: when no secret was given, and on Windows, where the title is the console window's
 * (the window would keep showing the command) and the command line others see stays as given.
 */
export function secretFreeTitle(argv: readonly string[], platform: NodeJS.Platform = process.platform): string | undefined {
  const shown = platform === "win32" ? undefined : shownArgv(argv);
  return shown && ["ims", ...shown].join(" ");
}

/**
 * Writes `ims: error: <message>` to stderr (red on a terminal), and the stack trace with --debug,
 * scrubbed of every secret: those given as flags or in the environment, and every one seen since.
 */
export function errorReporter(argv: string[], io: Pick<CliIO, "stderr" | "env" | "stderrIsTTY">): (message: string, err?: unknown) => void {
  const debug = argv.includes("--debug");
  const paint = painter(colorEnabled(io.stderrIsTTY, io.env, argv.includes("--no-color") ? false : undefined));
  // Secrets given as arguments are scrubbed from every message, whatever echoes them.
  const shown = shownArgv(argv) ?? argv;
  const secrets = argv.flatMap((a, i) => (a === shown[i] ? [] : [a.startsWith("--token=") ? a.slice(8) : a]));
  for (const name of ["IMS_TOKEN", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN"]) {
    const v = io.env[name];
    if (v) secrets.push(v);
  }
  return (message, err) => {
    const all = [...secrets, ...knownSecrets()];
    io.stderr(scrub(`${paint("ims: error:", "red")} ${message}\n`, all));
    if (debug && err instanceof Error && err.stack) io.stderr(scrub(`${stackText(err, err.stack)}\n`, all));
  };
}

/**
 * The stack trace with control characters escaped, as in the message above it: its first line repeats
 * the error's message, which may hold what IMS said (a newline, an escape sequence).
 */
function stackText(err: Error, stack: string): string {
  const head = `${err.name}: ${err.message}`;
  const [first, rest] = stack.startsWith(head) ? [`${err.name}: ${visible(err.message)}`, stack.slice(head.length)] : ["", stack];
  return first + rest.split("\n").map(visible).join("\n");
}
