// Preloaded into `ims` (NODE_OPTIONS="--expose-gc --require …/gc-loop.cjs") to collect garbage every
// 100 ms: what a long, idle wait may do at any moment happens at once, every time.
if (typeof globalThis.gc === "function") setInterval(() => globalThis.gc(), 100).unref();
