// `npm start`: serve the add-in on https://localhost:3000 (http when no dev certificate exists),
// sideload it into desktop Outlook on Windows, and otherwise explain the sideload and open the
// standalone .eml analyzer in a browser.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const certDir = join(homedir(), ".office-addin-dev-certs");
const cert = join(certDir, "localhost.crt");
const key = join(certDir, "localhost.key");
const https = existsSync(cert) && existsSync(key);
// The root is the standalone analyzer; Outlook loads taskpane.html through manifest.xml.
const url = `${https ? "https" : "http"}://localhost:${port}/`;
const npx = platform() === "win32" ? "npx.cmd" : "npx";

const serverArgs = [
  "webpack",
  "serve",
  "--mode",
  "development",
  "--config-name",
  "pane",
  "--host",
  "localhost",
  "--port",
  String(port),
];
if (https)
  serverArgs.push("--server-type", "https", "--server-options-cert", cert, "--server-options-key", key);
else serverArgs.push("--server-type", "http");
const server = spawn(npx, serverArgs, { stdio: ["ignore", "inherit", "inherit"] });
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

const say = (text) => process.stdout.write(`${text}\n`);

setTimeout(() => {
  say("");
  say(`CampaignGuard is served at ${url}`);
  if (!https) {
    say("Outlook loads add-ins over HTTPS only. To sideload, create a trusted localhost certificate once:");
    say("  npx office-addin-dev-certs install     (needs internet and admin rights), then npm start again.");
  }
  if (platform() === "win32" && https) {
    say("Sideloading into desktop Outlook (needs a Microsoft 365 account)...");
    spawn(npx, ["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop", "--no-debug"], {
      stdio: "inherit",
    });
  } else {
    say("To sideload into Outlook on the web: open any message > Apps (or ... > Get Add-ins) > My add-ins >");
    say("  Add a custom add-in > Add from file > choose manifest.xml from this folder.");
    say(`Without Outlook, the standalone analyzer at ${url} checks an .eml file you drop on it.`);
    openBrowser(url);
  }
  say("Press Ctrl+C to stop.");
}, 4000);

function openBrowser(target) {
  const opener = { darwin: "open", win32: "explorer" }[platform()] ?? "xdg-open";
  if (platform() === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(opener, [target], { stdio: "ignore", detached: true });
  child.on("error", () => say(`Open ${target} in your browser.`));
  child.unref();
}
