/**
 * Serves the GitHub OAuth stand-in (github-oauth.mts) on 127.0.0.1 for the browser tests.
 *
 *   tsx tests/stubs/serve-github-oauth.mts --port 4306
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createGitHubStub } from "./github-oauth.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "4306" } } });
const stub = createGitHubStub();

createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
    method: incoming.method,
    headers: Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])),
    body: incoming.method === "GET" || incoming.method === "HEAD" ? undefined : Buffer.concat(chunks),
  });
  const response = await stub.handle(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}).listen(Number(values.port), "127.0.0.1", () => console.log(`GitHub OAuth stub at http://127.0.0.1:${values.port}`));
