import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/security-headers";
import { headersFile, nginxConfig } from "@/lib/static-host-config";

describe("static hosts get the same headers as next start", () => {
  it("the committed nginx example is the generated one", () => {
    expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(nginxConfig());
  });

  it("_headers lists every header for every path", () => {
    const file = headersFile();
    expect(file.startsWith("/*\n")).toBe(true);
    for (const { key, value } of SECURITY_HEADERS) expect(file).toContain(`  ${key}: ${value}\n`);
  });

  it("the policy allows only this origin", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });
});
