import { describe, expect, it } from "vitest";
import { maskEndpoint } from "../src/secret.js";

describe("maskEndpoint: the user info of an endpoint URL, as `ims configure list` shows it", () => {
  it("leaves a URL without user info as it is, an `@` in its path, query or fragment included", () => {
    for (const url of ["https://h/ims@v2", "https://ims.example.com:8443/v2?x=a@b", "http://127.0.0.1:4010/#a@b", "https://h:12/cret@h"]) {
      expect(maskEndpoint(url)).toBe(url);
    }
  });

  it("masks only the user info of the authority, as the URL parser reads it", () => {
    expect(maskEndpoint("https://admin:S3cret-endpoint@pw@ims.example.com:8443/ims")).toBe("https://****@ims.example.com:8443/ims");
    expect(maskEndpoint("https://user:pw@h/ims@v2")).toBe("https://****@h/ims@v2");
    expect(maskEndpoint("HTTPS://:pw@h/a?b=c@d")).toBe("HTTPS://****@h/a?b=c@d");
    // Forms the parser also reads as user info: no slashes, backslashes, a tab inside.
    expect(maskEndpoint("https:u:pw@h/x@y")).toBe("https:****@h/x@y");
    expect(maskEndpoint("https:\\\\u:pw@h\\x@y")).toBe("https:\\\\****@h\\x@y");
    expect(maskEndpoint("http://u:p\tw@h/x")).toBe("http://****@h/x");
  });

  it("never repeats a password in text that does not parse as an http(s) URL: everything up to its last `@` is hidden", () => {
    expect(maskEndpoint("http://u:se/cret@h")).toBe("http://****@h");
    // Read as a scheme, the user name stays; never the password.
    expect(maskEndpoint("u:secret@h")).toBe("u:****@h");
    expect(maskEndpoint("foo://u:secret@h/x")).toBe("foo://****@h/x");
    expect(maskEndpoint("https://u:secret@")).toBe("https://****@");
    expect(maskEndpoint("x\nu:secret@h")).toBe("****@h");
  });
});
