// JSON.parse's messages quote the input around the error (`Unexpected token ',', ..."value": [,]
// "…"... is not valid JSON`), and recorded traffic carries tokens and signatures in its headers.
// Errors about recordings therefore give a position only, found by this scanner; it runs only
// after JSON.parse has failed.

const WS = /[ \t\n\r]*/y;
// An opening quote and the valid characters after it: the string ends where this stops, or is bad.
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
// A bad escape stops at the backslash; V8 points past it, and past the hex digits of a short \u.
const ESCAPE = /\\(?:u[0-9a-fA-F]{0,3})?/y;
// The longest start of a literal or number, so a cut-off one points where it stops fitting (as V8
// does), not where it began. Only a whole literal, or a number ending in a digit, is a value.
const SCALAR = /t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-?(?:(?:0|[1-9]\d*)(?:\.(?!\d)|(?:\.\d+)?(?:[eE][+-]?\d*)?))?/y;
const WHOLE = /^(?:true|false|null)$|\d$/;
const [QUOTE, COMMA, COLON, OBJECT, ARRAY] = [34, 44, 58, 123, 91];

/** Where `text` stops being JSON (0-based, `text.length` when it ends too early), or -1 when it is JSON. */
export function jsonErrorOffset(text: string): number {
  const open: number[] = [];
  let i = 0;
  const skip = (): number => {
    WS.lastIndex = i;
    WS.test(text);
    i = WS.lastIndex;
    return text.charCodeAt(i);
  };
  const eat = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const string = (): boolean => {
    eat(STRING);
    if (text.charCodeAt(i) === QUOTE) return ++i > 0;
    eat(ESCAPE);
    return false;
  };
  const scalar = (): boolean => {
    const start = i;
    eat(SCALAR);
    return WHOLE.test(text.slice(start, i));
  };
  const key = (): boolean => skip() === QUOTE && string() && skip() === COLON && ++i > 0;
  for (;;) {
    const c = skip();
    if (c === OBJECT || c === ARRAY) {
      i++;
      if (skip() === c + 2) i++;
      else {
        open.push(c);
        if (c === OBJECT && !key()) return i;
        continue;
      }
    } else if (!(c === QUOTE ? string() : scalar())) return i;
    // A value is complete: close what it completes, then expect the next one.
    for (;;) {
      const next = skip();
      const top = open[open.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (next === top + 2) {
        open.pop();
        i++;
        continue;
      }
      if (next !== COMMA) return i;
      i++;
      if (top === OBJECT && !key()) return i;
      break;
    }
  }
}
