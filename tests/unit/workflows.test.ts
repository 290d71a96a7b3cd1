import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatProblem, lintWorkflows, workflowFiles } from "@/scripts/lib/actionlint.mjs";

const BROKEN = `name: Broken
on: push
jobs:
  test:
    runs_on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-dept: 0
  deploy:
    needs: tests
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.workflow_run.head_sah }} \${{ matrix.node }}"
`;

describe("GitHub Actions workflows, checked here because they cannot run here", () => {
  it("actionlint finds no problem in any of the repository's workflows", async () => {
    const files = workflowFiles();
    expect(files).toEqual(expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/deploy.yml"]));
    expect((await lintWorkflows(files)).map(formatProblem)).toEqual([]);
  });

  it("actionlint fails on broken workflows, naming each typo's line", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "rhj-workflow-"));
    const broken = path.join(folder, "broken.yml");
    const notYaml = path.join(folder, "not-yaml.yml");
    writeFileSync(broken, BROKEN);
    writeFileSync(notYaml, "on: push\njobs:\n  a: [unclosed\n");
    const output = (await lintWorkflows([broken, notYaml])).map(formatProblem).join("\n");
    expect(output).toContain(`${broken}:5:5: unexpected key "runs_on" for "job" section`);
    expect(output).toContain(`${broken}:9:11: input "fetch-dept" is not defined in action "actions/checkout@v4"`);
    expect(output).toContain(`${broken}:10:3: job "deploy" needs job "tests" which does not exist in this workflow`);
    expect(output).toContain(`${broken}:14:66: property "node" is not defined`);
    expect(output).toContain(`${notYaml}:2:0: could not parse as YAML`);
  });

  it("deploys to GitHub Pages only after CI has passed on a push to main, the very commit CI checked", () => {
    const ci = parse(readFileSync(".github/workflows/ci.yml", "utf8"));
    const deploy = parse(readFileSync(".github/workflows/deploy.yml", "utf8"));
    expect(deploy.on).toEqual({ workflow_run: { workflows: [ci.name], types: ["completed"], branches: ["main"] } });
    expect(ci.on.push.branches).toEqual(["main"]);
    expect(Object.values(ci.jobs).flatMap((job) => (job as { steps: { run?: string }[] }).steps.map((step) => step.run))).toEqual(expect.arrayContaining(["npm run check", "npm test"]));
    const { build, deploy: publish } = deploy.jobs;
    expect(build.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(build.if).toContain("github.event.workflow_run.event == 'push'");
    expect(build.if).toContain("vars.SITE_URL != ''");
    const checkout = build.steps.find((step: { uses?: string }) => step.uses?.startsWith("actions/checkout@"));
    expect(checkout.with.ref).toBe("${{ github.event.workflow_run.head_sha }}");
    const buildStep = build.steps.find((step: { run?: string }) => step.run === "npm run build:static");
    expect(buildStep.env).toEqual({ SITE_URL: "${{ vars.SITE_URL }}" });
    expect(build.steps.at(-1)).toEqual({ uses: "actions/upload-pages-artifact@v3", with: { path: "out" } });
    expect(publish.needs).toBe("build");
    expect(publish.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(publish.steps.map((step: { uses: string }) => step.uses)).toEqual(["actions/deploy-pages@v4"]);
    expect(deploy.permissions).toEqual({ contents: "read" });
  });
});
