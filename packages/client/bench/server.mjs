// The benchmark's loopback server, run as its own process so its CPU is not counted as the client's.
import { createServer } from "node:http";

const PROJECT = "0b1e494e2660441a957313163095fe5c";
const image = (i) => ({
  id: `33ad552d-1149-471c-8190-${String(i).padStart(12, "0")}`,
  name: `web-golden-${i}`,
  status: "active",
  visibility: "private",
  protected: false,
  container_format: "bare",
  disk_format: "zvhd2",
  min_disk: 40,
  min_ram: 1024,
  size: 2147483648,
  __os_type: "Linux",
  __os_version: "Ubuntu 22.04 server 64bit",
  __platform: "Ubuntu",
  __os_bit: "64",
  __imagetype: "private",
  __isregistered: "true",
  __image_source_type: "uds",
  __support_kvm: "true",
  virtual_env_type: "FusionCompute",
  owner: PROJECT,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
  self: `/v2/images/${i}`,
  file: `/v2/images/${i}/file`,
  schema: "/v2/schemas/image",
  tags: ["env.prod", "team.web"],
});
const page = Buffer.from(JSON.stringify({ images: Array.from({ length: 100 }, (_, i) => image(i)) }));

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": page.length, "x-request-id": "bench" });
  res.end(page);
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, bytes: page.length })}\n`);
});
// Ends with its parent, whatever happens to it.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
