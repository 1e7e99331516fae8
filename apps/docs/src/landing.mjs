// The landing page: the quick start, taken from the root README so it cannot drift from it, and
// the list of published packages, read from the workspace.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/**
 * @typedef {{ name: string, version: string, description: string, dir: string }} PackageInfo
 * @typedef {{ lang: string, code: string }} CodeBlock
 */

/**
 * The fenced code blocks of the README section under `heading` (a `## ` heading).
 * @param {string} markdown
 * @param {string} heading
 * @returns {CodeBlock[]}
 */
export function codeBlocksUnder(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section for the landing page`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", code: m[2] ?? "" }));
}

/**
 * Public (not private) packages under `packages/` and `apps/`, sorted by name.
 * @param {string} root
 * @returns {Promise<PackageInfo[]>}
 */
export async function publicPackages(root) {
  const found = [];
  for (const group of ["packages", "apps"]) {
    const dirs = await readdir(path.join(root, group)).catch(() => []);
    for (const dir of dirs) {
      const file = path.join(root, group, dir, "package.json");
      const pkg = await readFile(file, "utf8").then(JSON.parse, () => null);
      if (!pkg || pkg.private) continue;
      found.push({ name: pkg.name, version: pkg.version, description: pkg.description ?? "", dir: `${group}/${dir}` });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {{ title: string, version: string, operations: number, quickStart: CodeBlock[], clientExample: CodeBlock[], packages: PackageInfo[] }} input
 * @param {string} template
 */
export function renderLanding(input, template) {
  const code = (/** @type {CodeBlock[]} */ blocks) =>
    blocks.map((b) => `<pre><code class="language-${escapeHtml(b.lang)}">${escapeHtml(b.code)}</code></pre>`).join("\n");
  const rows = input.packages
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.version)}</td>` +
        `<td>${escapeHtml(p.description)}</td><td><code>npm install ${escapeHtml(p.name)}</code></td></tr>`,
    )
    .join("\n");
  const values = {
    title: escapeHtml(input.title),
    version: escapeHtml(input.version),
    operations: String(input.operations),
    quickstart: code(input.quickStart),
    client: code(input.clientExample),
    packages: rows,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`landing template has an unknown placeholder ${whole}`);
    return values[/** @type {keyof typeof values} */ (key)];
  });
}
