import { describe, expect, inject, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { baseEnv, ims, imsInProcess } from "./support/run.js";

const PROJECT = "0b1e494e2660441a957313163095fe5c";
const mockEnv = (): Record<string, string> => baseEnv({ IMS_ENDPOINT: inject("mockUrl"), IMS_TOKEN: "mock-token-1234", HUAWEICLOUD_SDK_PROJECT_ID: PROJECT });
const FIRST = "bc6bed6e-ba3a-4447-afcc-449174a3eb52";
const SECOND = "0328c25e-c840-4496-81ac-c4e01b214b1f";

describe("ims images list in every output format (against Prism)", () => {
  it("prints JSON when stdout is not a terminal", async () => {
    const r = await ims(["images", "list"], { env: mockEnv() });
    expect(r.code).toBe(0);
    const images = JSON.parse(r.stdout) as { id: string; status: string }[];
    expect(images.map((i) => i.id)).toEqual([FIRST, SECOND]);
    expect(r.stderr).toBe("");
  });

  it("--output table prints aligned columns with a header and no colour in a pipe", async () => {
    const r = await ims(["images", "list", "--output", "table"], { env: mockEnv() });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+TYPE\s+OS\s+MIN DISK\s+CREATED$/);
    expect(lines[1]).toMatch(new RegExp(`^${FIRST}\\s+CentOS 7\\.3 64bit vivado\\s+active\\s+gold\\s+CentOS 7\\.3 64bit\\s+100 GB\\s+2018-09-06T14:03:27Z$`));
    expect(lines).toHaveLength(3);
    // Columns line up: every row has STATUS at the header's offset.
    const at = lines[0]!.indexOf("STATUS");
    expect(lines.slice(1).every((l) => l.slice(at).startsWith("active"))).toBe(true);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("--output yaml prints the same data as JSON", async () => {
    const [y, j] = await Promise.all([ims(["-o", "yaml", "images", "list"], { env: mockEnv() }), ims(["-o", "json", "images", "list"], { env: mockEnv() })]);
    expect(y.code).toBe(0);
    expect(parseYaml(y.stdout)).toEqual(JSON.parse(j.stdout));
    expect(y.stdout).toMatch(/^- /);
  });

  it("--output tsv prints one tab-separated row per image, without a header", async () => {
    const r = await ims(["images", "list", "-o", "tsv"], { env: mockEnv() });
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split("\n").map((l) => l.split("\t"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([FIRST, "CentOS 7.3 64bit vivado", "active", "gold", "CentOS 7.3 64bit", "100", "2018-09-06T14:03:27Z"]);
  });

  it("--query applies JMESPath before formatting, in every format", async () => {
    const q = "[?name=='CentOS 7.3 64bit with sdx'].{id: id, disk: min_disk}";
    const json = await ims(["images", "list", "--query", q], { env: mockEnv() });
    expect(JSON.parse(json.stdout)).toEqual([{ id: SECOND, disk: 100 }]);
    const tsv = await ims(["images", "list", "-q", "[].id", "-o", "tsv"], { env: mockEnv() });
    expect(tsv.stdout).toBe(`${FIRST}\n${SECOND}\n`);
    const table = await ims(["images", "list", "-q", q, "-o", "table"], { env: mockEnv() });
    expect(table.stdout).toMatch(new RegExp(`^id\\s+disk\\n${SECOND}\\s+100\\n$`));
  });

  it("-o tsv prints a list of lists (`-q '[].[id,name]'`) as rows of tab-separated cells", async () => {
    const r = await ims(["images", "list", "-q", "[].[id, name, min_disk]", "-o", "tsv"], { env: mockEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${FIRST}\tCentOS 7.3 64bit vivado\t100\n${SECOND}\tCentOS 7.3 64bit with sdx\t100\n`);
  });

  it("a bad --query is a usage error (exit 2) naming the flag", async () => {
    const r = await ims(["images", "list", "--query", "[?"], { env: mockEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--query: not a JMESPath expression/);
    expect(r.stdout).toBe("");
  });

  it("an unknown JMESPath function is a usage error before anything is sent, and an error while applying --query is exit 2 naming it", async () => {
    let sent = 0;
    const fetch = async (): Promise<Response> => {
      sent++;
      return Response.json({ images: [{ id: "i1", name: "web", status: "active" }] });
    };
    const env = { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" };
    const unknown = await imsInProcess(["images", "list", "-q", "[?startswith(name, 'w')].id"], { env, fetch });
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([2, "", "ims: error: --query: unknown function startswith(); JMESPath has starts_with()\n"]);
    expect(sent).toBe(0);
    const nested = await imsInProcess(["images", "list", "-q", "sort_by(@, &lowercase(name))"], { env, fetch });
    expect([nested.code, nested.stderr]).toEqual([2, "ims: error: --query: unknown function lowercase()\n"]);
    expect(sent).toBe(0);
    const type = await imsInProcess(["images", "list", "-q", "sum([].name)"], { env, fetch });
    expect([type.code, type.stdout]).toEqual([2, ""]);
    expect(type.stderr).toMatch(/^ims: error: --query: .*sum\(\) expected argument 1/);
  });

  it("shows one image as a record in table, and as the object in JSON", async () => {
    const table = await ims(["images", "show", FIRST, "-o", "table"], { env: mockEnv() });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID:\s+bc6bed6e-ba3a-4447-afcc-449174a3eb52$/m);
    expect(table.stdout).toMatch(/^Min disk:\s+100 GB$/m);
    const json = await ims(["images", "show", FIRST], { env: mockEnv() });
    expect(JSON.parse(json.stdout)).toMatchObject({ id: FIRST, min_disk: 100 });
  });
});

describe("a single record (ims jobs show) in every format", () => {
  const JOB = "9a175ac892fa1342019300224f22218e";
  it("table, tsv, json and yaml", async () => {
    const [table, tsv, json, yaml] = await Promise.all(
      ["table", "tsv", "json", "yaml"].map((o) => ims(["jobs", "show", JOB, "-o", o], { env: mockEnv() })),
    );
    expect(table!.stdout).toMatch(/^Job:\s+9a175ac892fa1342019300224f22218e\nType:\s+imsImportImageJob\nStatus:\s+SUCCESS\n/);
    expect(table!.stdout).toMatch(/^Image:\s+431df7fd-a898-4dc0-86b1-22cfefb8a517 \(test\)$/m);
    expect(tsv!.stdout.split("\n")).toContain("Status\tSUCCESS");
    const data = JSON.parse(json!.stdout) as Record<string, unknown>;
    expect(data).toMatchObject({ job_id: JOB, status: "SUCCESS", entities: { image_id: "431df7fd-a898-4dc0-86b1-22cfefb8a517" } });
    expect(parseYaml(yaml!.stdout)).toEqual(data);
  });
});

describe("-o tsv of a list of lists", () => {
  it("cleans each cell as other TSV cells are: tabs and newlines become spaces, null is empty, lists are JSON", async () => {
    const fetch = async (): Promise<Response> =>
      Response.json({ images: [{ id: "i1", name: "tab\there\r\nnewline", tags: ["a", "b"] }, { id: "i2", name: "db", description: "x\ty" }] });
    const r = await imsInProcess(["images", "list", "-q", "[].[id, name, description, tags]", "-o", "tsv"], {
      env: { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" },
      fetch,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('i1\ttab here newline\t\t["a","b"]\ni2\tdb\tx y\t\n');
  });

  it("cleans plain values too: a list of names, a list mixing lists and values, a single value", async () => {
    const fetch = async (): Promise<Response> => Response.json({ images: [{ id: "i1", name: "web\tserver" }, { id: "i2", name: "db\nprimary" }] });
    const run = (query: string) =>
      imsInProcess(["images", "list", "-q", query, "-o", "tsv"], { env: { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" }, fetch });
    expect((await run("[].name")).stdout).toBe("web server\ndb primary\n");
    expect((await run("[[0].[id, name], [1].name]")).stdout).toBe("i1\tweb server\ndb primary\n");
    expect((await run("[1].name")).stdout).toBe("db primary\n");
  });

  it("prints one line per element, empty ones too, and an empty string as an empty cell", async () => {
    const fetch = async (): Promise<Response> => Response.json({ images: [{ id: "i1", name: "", description: null }] });
    const run = async (query: string) =>
      (await imsInProcess(["images", "list", "-q", query, "-o", "tsv"], { env: { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" }, fetch })).stdout;
    // (A JMESPath projection drops nulls: `[].description` is an empty list.)
    expect(await run("[].description")).toBe("");
    expect(await run("[].[description]")).toBe("\n");
    expect(await run("[].[id, name, description]")).toBe("i1\t\t\n");
    expect(await run("[].name")).toBe("\n");
    expect(await run("[0].name")).toBe("");
    expect(await run("[].{id: id, name: name}")).toBe("i1\t\n");
  });
});

describe("colour", () => {
  const env = (): Record<string, string> => ({ IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" });
  const fetch = async (): Promise<Response> =>
    Response.json({ images: [{ id: "i1", name: "web", status: "active" }, { id: "i2", name: "db", status: "killed" }] });

  it("is on for a terminal: bold header, green active, red killed", async () => {
    const r = await imsInProcess(["images", "list"], { env: env(), stdoutIsTTY: true, fetch });
    expect(r.stdout).toContain("\u001b[1mID");
    expect(r.stdout).toContain("\u001b[32mactive");
    expect(r.stdout).toContain("\u001b[31mkilled");
  });

  it("is off with NO_COLOR, with --no-color, and in a pipe", async () => {
    for (const [args, extra, tty] of [
      [[], { NO_COLOR: "1" }, true],
      [["--no-color"], {}, true],
      [[], {}, false],
    ] as const) {
      const r = await imsInProcess(["images", "list", "-o", "table", ...args], { env: { ...env(), ...extra }, stdoutIsTTY: tty, fetch });
      expect(r.stdout).toMatch(/^ID\s+NAME/);
      expect(r.stdout).not.toContain("\u001b[");
    }
  });

  it("errors are red on a terminal's stderr, plain with NO_COLOR", async () => {
    const failing = async (): Promise<Response> => Response.json({ error: { code: "IMG.0001", message: "no" } }, { status: 400 });
    const tty = await imsInProcess(["images", "list"], { env: env(), stderrIsTTY: true, fetch: failing });
    expect(tty.stderr.startsWith("\u001b[31mims: error:\u001b[39m IMS answered 400 IMG.0001: no")).toBe(true);
    const plain = await imsInProcess(["images", "list"], { env: { ...env(), NO_COLOR: "1" }, stderrIsTTY: true, fetch: failing });
    expect(plain.stderr).toMatch(/^ims: error: IMS answered 400 IMG\.0001: no/);
  });

  it("a terminal gets a table by default, a pipe gets JSON", async () => {
    const tty = await imsInProcess(["images", "list"], { env: { ...env(), NO_COLOR: "1" }, stdoutIsTTY: true, fetch });
    expect(tty.stdout).toMatch(/^ID\s+NAME\s+STATUS/);
    const pipe = await imsInProcess(["images", "list"], { env: env(), stdoutIsTTY: false, fetch });
    expect(JSON.parse(pipe.stdout)).toHaveLength(2);
  });
});

describe("tables with names from IMS", () => {
  const env = { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" };
  const image = (id: string, name: string) => ({ id, name, status: "active", __imagetype: "private", __os_version: "Ubuntu", min_disk: 40, created_at: "2026-01-01" });

  it("line up wide (CJK, emoji) and combining characters by the columns they take on a terminal", async () => {
    const fetch = async (): Promise<Response> =>
      Response.json({
        images: [
          image("a1", "中文镜像"),
          image("b2", "plain"),
          image("c3", "🚀 go"),
          image("d4", "cafe\u0301"),
          image("e5", "\u2764\ufe0f ok"),
          image("f6", "\u{1f1ef}\u{1f1f5} jp"),
          image("g7", "\u{1f468}\u200d\u{1f469}\u200d\u{1f467} x"),
        ],
      });
    const r = await imsInProcess(["images", "list", "-o", "table"], { env, fetch });
    expect(r.code).toBe(0);
    // "中文镜像" takes 8 columns, "🚀 go" 5, "café" (e + a combining accent) 4; a heart asked for as a
    // picture (U+FE0F), a flag (two regional indicators) and a joined family each 2, as drawn.
    expect(r.stdout).toBe(
      [
        "ID  NAME      STATUS  TYPE     OS      MIN DISK  CREATED",
        "a1  中文镜像  active  private  Ubuntu  40 GB     2026-01-01",
        "b2  plain     active  private  Ubuntu  40 GB     2026-01-01",
        "c3  🚀 go     active  private  Ubuntu  40 GB     2026-01-01",
        "d4  cafe\u0301      active  private  Ubuntu  40 GB     2026-01-01",
        "e5  \u2764\ufe0f ok     active  private  Ubuntu  40 GB     2026-01-01",
        "f6  \u{1f1ef}\u{1f1f5} jp     active  private  Ubuntu  40 GB     2026-01-01",
        "g7  \u{1f468}\u200d\u{1f469}\u200d\u{1f467} x      active  private  Ubuntu  40 GB     2026-01-01",
        "",
      ].join("\n"),
    );
  });

  it("show control characters in a value as escapes: a newline cannot break a row, nor an escape sequence reach the terminal", async () => {
    const evil = "line\nbreak\u001b[31mred\u0007\u009b2J\u202eevil";
    const shown = "line\\nbreak\\x1b[31mred\\x07\\x9b2J\\u202eevil";
    const fetch = async (): Promise<Response> => Response.json({ images: [image("a1", evil), image("b2", "plain")] });
    const list = await imsInProcess(["images", "list", "-o", "table"], { env, fetch });
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`a1  ${shown}  active`);
    expect(lines[2]).toBe(`b2  plain${" ".repeat(shown.length - 5)}  active  private  Ubuntu  40 GB     2026-01-01`);
    const show = await imsInProcess(["images", "show", "a1", "-o", "table"], { env, fetch });
    expect(show.stdout).toMatch(new RegExp(`^Name:\\s+${shown.replace(/[\\[]/g, "\\$&")}$`, "m"));
    const query = await imsInProcess(["images", "list", "-q", "[0].name", "-o", "table"], { env, fetch });
    expect(query.stdout).toBe(`${shown}\n`);
    // eslint-disable-next-line no-control-regex -- no control character may be left
    for (const r of [list, show, query]) expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    // JSON keeps the value exact (escaped by JSON itself).
    const json = await imsInProcess(["images", "show", "a1", "-o", "json"], { env, fetch });
    expect((JSON.parse(json.stdout) as { name: string }).name).toBe(evil);
  });
});

describe("an empty list", () => {
  it("as a table says so on stderr, for people, and prints nothing on stdout; JSON, YAML and TSV print the empty data", async () => {
    const env = { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" };
    const fetch = async (): Promise<Response> => Response.json({ images: [] });
    const table = await imsInProcess(["images", "list", "-o", "table"], { env, fetch });
    expect([table.code, table.stdout, table.stderr]).toEqual([0, "", "No images.\n"]);
    const tty = await imsInProcess(["images", "list"], { env, fetch, stdoutIsTTY: true });
    expect([tty.stdout, tty.stderr]).toEqual(["", "No images.\n"]);
    const formats = await Promise.all(["json", "yaml", "tsv"].map((o) => imsInProcess(["images", "list", "-o", o], { env, fetch })));
    expect(formats.map((r) => [r.stdout, r.stderr])).toEqual([["[]\n", ""], ["[]\n", ""], ["", ""]]);
  });
});

describe("-o tsv carries raw values, for cut and awk; the table keeps the units for people", () => {
  const env = { IMS_ENDPOINT: "http://127.0.0.1:9", IMS_TOKEN: "t0k3n-abcd" };
  const KEY = "83cdb52d-9ebf-4469-9cfa-e7b5b80da846";
  const image = {
    id: "a1",
    name: "web",
    status: "active",
    __imagetype: "private",
    __os_version: "Ubuntu 22.04",
    min_disk: 40,
    min_ram: 1024,
    __image_size: "2147483648",
    __system__cmkid: KEY,
    protected: false,
    tags: ["env.prod", "team.web"],
    created_at: "2026-01-01T00:00:00Z",
  };
  const plain = { id: "b2", name: "db", status: "active", min_disk: 20, protected: true, created_at: "2026-01-02T00:00:00Z" };
  const fetch = async (input: Request): Promise<Response> =>
    Response.json({ images: new URL(input.url).searchParams.get("id") === "b2" ? [plain] : [image, plain] });
  const fields = (stdout: string): Record<string, string | undefined> =>
    Object.fromEntries(stdout.trimEnd().split("\n").map((l) => l.split("\t") as [string, string]));

  it("images list: MIN DISK is a number", async () => {
    const r = await imsInProcess(["images", "list", "-o", "tsv"], { env, fetch });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("a1\tweb\tactive\tprivate\tUbuntu 22.04\t40\t2026-01-01T00:00:00Z\nb2\tdb\tactive\t\t\t20\t2026-01-02T00:00:00Z\n");
    const table = await imsInProcess(["images", "list", "-o", "table"], { env, fetch });
    expect(table.stdout).toMatch(/^a1\s+web\s+active\s+private\s+Ubuntu 22\.04\s+40 GB\s+2026/m);
  });

  it("images show: sizes without units, the KMS key ID (empty when not encrypted), booleans as true/false", async () => {
    const r = await imsInProcess(["images", "show", "a1", "-o", "tsv"], { env, fetch });
    expect(r.code).toBe(0);
    const f = fields(r.stdout);
    expect([f["Min disk"], f["Min RAM"], f["Size"], f["Encrypted"], f["Protected"], f["Tags"]]).toEqual(["40", "1024", "2147483648", KEY, "false", "env.prod,team.web"]);
    const other = fields((await imsInProcess(["images", "show", "b2", "-o", "tsv"], { env, fetch })).stdout);
    expect([other["Encrypted"], other["Protected"], other["Min RAM"], other["Size"]]).toEqual(["", "true", "", ""]);
    const table = (await imsInProcess(["images", "show", "a1", "-o", "table"], { env, fetch })).stdout;
    expect(table).toMatch(/^Min disk:\s+40 GB$/m);
    expect(table).toMatch(/^Min RAM:\s+1024 MB$/m);
    expect(table).toMatch(/^Size:\s+2147483648 bytes$/m);
    expect(table).toMatch(new RegExp(`^Encrypted:\\s+yes \\(KMS key ${KEY}\\)$`, "m"));
    expect(table).toMatch(/^Tags:\s+env\.prod, team\.web$/m);
  });

  it("jobs show: progress as a number, the image as its ID alone", async () => {
    const job = { job_id: "j1", job_type: "createImageByInstance", status: "RUNNING", entities: { process_percent: 0.35, image_id: "i9", image_name: "web" }, begin_time: "t0" };
    const r = await imsInProcess(["jobs", "show", "j1", "-o", "tsv"], { env, fetch: async () => Response.json(job) });
    expect(r.code).toBe(0);
    const f = fields(r.stdout);
    expect([f["Progress"], f["Image"]]).toEqual(["35", "i9"]);
    const table = (await imsInProcess(["jobs", "show", "j1", "-o", "table"], { env, fetch: async () => Response.json(job) })).stdout;
    expect(table).toMatch(/^Progress:\s+35%$/m);
    expect(table).toMatch(/^Image:\s+i9 \(web\)$/m);
  });

  it("tags list: a key's values comma-separated, without the table's spaces", async () => {
    const tags = async (): Promise<Response> => Response.json({ tags: [{ key: "env", values: ["prod", "dev"] }] });
    const r = await imsInProcess(["tags", "list", "-o", "tsv"], { env: { ...env, HUAWEICLOUD_SDK_PROJECT_ID: "p1" }, fetch: tags });
    expect([r.code, r.stdout]).toEqual([0, "env\tprod,dev\n"]);
    const table = await imsInProcess(["tags", "list", "-o", "table"], { env: { ...env, HUAWEICLOUD_SDK_PROJECT_ID: "p1" }, fetch: tags });
    expect(table.stdout).toMatch(/^env\s+prod, dev$/m);
  });

  it("configure list: a setting that is not set is an empty cell, not '(not set)'", async () => {
    const r = await imsInProcess(["configure", "list", "-o", "tsv"], { env: { XDG_CONFIG_HOME: "/nonexistent-ims-test" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("(not set)");
    expect(r.stdout.split("\n")).toContain("project_id\t\t");
  });
});
