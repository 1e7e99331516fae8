import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { forReference, operationsOf, withLocalBadge, withOperationIds, withoutHtml } from "../src/decorate.mjs";
import { codeBlocksUnder, escapeHtml, renderLanding } from "../src/landing.mjs";

const readme = [
  "# x",
  "",
  "## Quick start",
  "",
  "Text.",
  "",
  "```bash",
  "pnpm start",
  "```",
  "",
  "## Next",
  "",
  "```ts",
  "other()",
  "```",
  "",
].join("\n");

describe("codeBlocksUnder", () => {
  it("returns only the code blocks of that section", () => {
    expect(codeBlocksUnder(readme, "Quick start")).toEqual([{ lang: "bash", code: "pnpm start\n" }]);
    expect(codeBlocksUnder(readme, "Next")).toEqual([{ lang: "ts", code: "other()\n" }]);
  });

  it("fails loudly when the README loses the section", () => {
    expect(() => codeBlocksUnder(readme, "Install")).toThrow('README has no "## Install" section');
  });
});

describe("renderLanding", () => {
  const input = {
    title: "IMS <API>",
    version: "1.0.0",
    operations: 2,
    quickStart: [{ lang: "bash", code: "echo '<b>'" }],
    clientExample: [],
    packages: [{ name: "@imsjs/client", version: "0.1.0", description: "a & b", dir: "packages/client" }],
  };

  it("fills every placeholder and escapes HTML", () => {
    const html = renderLanding(input, "<h1>{{title}}</h1>{{quickstart}}<table>{{packages}}</table>{{operations}}");
    expect(html).toContain("<h1>IMS &#60;API&#62;</h1>");
    expect(html).toContain("echo &#39;&#60;b&#62;&#39;");
    expect(html).toContain("<td>a &#38; b</td>");
    expect(html).toContain("</table>2");
  });

  it("rejects a template with an unknown placeholder", () => {
    expect(() => renderLanding(input, "{{nope}}")).toThrow("unknown placeholder {{nope}}");
  });

  it("escapes all five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});

describe("withOperationIds", () => {
  const spec = {
    paths: {
      "/a": { get: { operationId: "listA", description: "Lists A.\n" }, parameters: [] },
      "/b": { post: { operationId: "createB" }, delete: { description: "no id" } },
    },
  };

  it("appends the operationId to each description without touching the input", () => {
    const out = withOperationIds(spec);
    const ops = operationsOf(out).map((o) => [o.method, o.path, o.operation.description]);
    expect(ops).toEqual([
      ["get", "/a", "Lists A.\n\nOperation ID: `listA`"],
      ["post", "/b", "Operation ID: `createB`"],
      ["delete", "/b", "no id"],
    ]);
    expect(spec.paths["/a"].get.description).toBe("Lists A.\n");
  });
});

describe("forReference", () => {
  // Every schema with an `x-extensible-enum`, as [JSON pointer, node].
  const extensible = (node: unknown, at = ""): [string, Record<string, unknown>][] =>
    !node || typeof node !== "object"
      ? []
      : [
          ...(Array.isArray((node as Record<string, unknown>)["x-extensible-enum"]) ? [[at, node] as [string, Record<string, unknown>]] : []),
          ...Object.entries(node).flatMap(([key, child]) => extensible(child, `${at}/${key}`)),
        ];

  it("lists the known values of every x-extensible-enum field in its description, as the types do", async () => {
    const spec = JSON.parse(await readFile(createRequire(import.meta.url).resolve("@imsjs/openapi/openapi.json"), "utf8")) as Record<string, unknown>;
    const before = JSON.stringify(spec);
    const out = forReference(spec as Parameters<typeof forReference>[0]);
    const fields = extensible(out);
    expect(fields.length).toBeGreaterThan(10);
    for (const [at, node] of fields) {
      const list = (node["x-extensible-enum"] as unknown[]).map((v) => `\`${v}\``).join(", ");
      expect(String(node["description"]).split("\n").at(-1), at).toBe(`Known values: ${list} (others may appear).`);
    }
    expect(operationsOf(out).every(({ operation }) => operation.description?.includes(`Operation ID: \`${operation.operationId}\``))).toBe(true);
    expect(JSON.stringify(spec)).toBe(before);
  });
});

describe("withLocalBadge", () => {
  it("replaces both of Redoc's CDN badge images with an inline image", () => {
    const html = "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`";
    const out = withLocalBadge(html);
    expect(out).not.toContain("cdn.redoc.ly");
    expect(out.match(/`data:image\/svg\+xml,[^`]*`/g)).toHaveLength(2);
  });
});

describe("withoutHtml", () => {
  it("turns HTML and images outside code spans into entities, leaving code, Markdown and example data alone", () => {
    const spec = {
      info: { description: "Use `<id>` or ``a `<b>` c``, not <script>x</script>; **bold** ![i](https://x/i.png) [link](https://x)" },
      paths: {
        "/a": {
          get: {
            description: "<b>",
            responses: { 200: { content: { "application/json": { examples: { one: { value: { description: "<keep>" } } } } } } },
          },
        },
      },
    };
    const out = withoutHtml(spec) as typeof spec;
    expect(out.info.description).toBe(
      "Use `<id>` or ``a `<b>` c``, not &lt;script>x&lt;/script>; **bold** !&#91;i](https://x/i.png) [link](https://x)",
    );
    expect(out.paths["/a"].get.description).toBe("&lt;b>");
    expect(out.paths["/a"].get.responses[200].content["application/json"].examples.one.value.description).toBe("<keep>");
    expect(spec.paths["/a"].get.description).toBe("<b>");
  });
});
