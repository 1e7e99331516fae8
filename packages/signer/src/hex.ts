export const hex = (bytes: ArrayBuffer | Uint8Array): string => {
  let out = "";
  for (const b of new Uint8Array(bytes)) out += (b | 256).toString(16).slice(1);
  return out;
};
