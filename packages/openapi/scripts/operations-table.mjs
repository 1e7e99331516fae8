// Renders spec/OPERATIONS.md: the reviewers' one-page view of every operation, in tag order.
const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");

export function operationsTable(doc, ops, notice) {
  const tagOrder = (doc.tags ?? []).map((t) => t.name);
  const rank = (op) => {
    const i = tagOrder.indexOf(op.tags[0]);
    return i === -1 ? tagOrder.length : i;
  };
  // A stable sort keeps the spec's own path order inside each tag.
  const sorted = ops.map((op, i) => ({ op, i })).sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i).map((x) => x.op);
  const count = (pred) => ops.filter(pred).length;
  const lines = [
    `<!-- ${notice} -->`,
    "",
    "# IMS operations",
    "",
    `${ops.length} operations: ${count((o) => o.async)} start an asynchronous job (poll it with \`showJobProgress\`), ` +
      `${count((o) => o.deprecated)} are deprecated (the last column names what to use instead).`,
    "",
    "| Tag | Method | Path | operationId | Summary | Async | Deprecated |",
    "|---|---|---|---|---|---|---|",
    ...sorted.map(
      (o) =>
        `| ${cell(o.tags[0] ?? "")} | ${o.method} | \`${cell(o.path)}\` | \`${o.operationId}\` | ${cell(o.summary)} | ${o.async ? "yes" : ""} | ${o.deprecated ? `use ${o.replacedBy.map((r) => `\`${r}\``).join(" or ")}` : ""} |`,
    ),
    "",
  ];
  return lines.join("\n");
}
