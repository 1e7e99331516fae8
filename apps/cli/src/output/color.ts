export type Paint = (text: string, style: Style) => string;
export type Style = "bold" | "dim" | "red" | "green" | "yellow";

const CODES: Record<Style, [number, number]> = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] };

/** Colour only on a terminal, never with NO_COLOR (any value, per no-color.org) or `--no-color`. */
export function colorEnabled(isTTY: boolean | undefined, env: Record<string, string | undefined>, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  return isTTY === true && env["TERM"] !== "dumb";
}

export function painter(enabled: boolean): Paint {
  if (!enabled) return (text) => text;
  return (text, style) => {
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

/** The colour of a job or image state: green when done, red when failed, yellow while busy. */
export function stateStyle(state: string): Style | undefined {
  const s = state.toLowerCase();
  if (s === "active" || s === "success" || s === "accepted") return "green";
  if (s === "fail" || s === "killed" || s === "deleted" || s === "rejected") return "red";
  if (s === "running" || s === "init" || s === "saving" || s === "queued" || s === "pending") return "yellow";
  return undefined;
}
