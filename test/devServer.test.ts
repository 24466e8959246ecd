import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..");

describe("the development server", () => {
  it("listens on localhost only, as configured and as npm start runs it", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's config is CommonJS
    const configs = require(path.join(root, "webpack.config.js")) as ((
      env: unknown,
      argv: { mode: string },
    ) => { name: string; devServer?: { host?: string } })[];
    const pane = configs.map((make) => make({}, { mode: "development" })).find((c) => c.name === "pane");
    expect(pane?.devServer?.host).toBe("localhost");
    const start = readFileSync(path.join(root, "scripts", "start.mjs"), "utf8");
    expect(start).toMatch(/"--host",\s*"localhost"/);
  });
});
