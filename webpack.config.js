const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

// Each page's Content-Security-Policy, the first tag of its <head>. build:prod narrows connect-src to
// what its config.json names; this build allows any https origin, as config.json is read at run time.
// tsx compiles the TypeScript module for this one require (jest, which also loads this file, compiles
// TypeScript itself).
const unregisterTsx = require("tsx/cjs/api").register();
const csp = require("./src/config/contentSecurityPolicy.ts");
unregisterTsx();
const policy = (page) => csp.contentSecurityPolicy(csp.PAGE_KINDS[page], csp.DEVELOPMENT_ORIGINS);

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};
const resolve = { extensions: [".ts", ".tsx", ".js", ".json"] };

/** The task pane and the commands bundle, served beside manifest.xml. office.js comes from Microsoft's CDN. */
function pane(env, argv) {
  const dev = argv.mode !== "production";
  return {
    name: "pane",
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The message check outside Outlook, at the server's root: the only page with the .eml parser.
      standalone: "./src/taskpane/standalone.tsx",
      // Self-contained: classic Outlook on Windows runs it in a JavaScript-only runtime without imports.
      commands: "./src/commands/classicRuntime.ts",
      // What commands.html loads elsewhere (web, new Outlook, Mac): MSAL and the IDNA tables on need.
      "commands-web": "./src/commands/webRuntime.ts",
      // The Office dialog fallback for Graph sign-in where Outlook has no nested app authentication.
      "auth-dialog": "./src/report/authDialog.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: { keep: /^cli\// } },
    // The IDNA tables load on first need (src/config/tr46OnDemand.ts); the exact `tr46` only.
    resolve: { ...resolve, alias: { tr46$: path.resolve(__dirname, "src/config/tr46OnDemand.ts") } },
    module: { rules: [tsRule] },
    // The QR and PDF decoders (src/embedded/decoders.ts) are loaded on demand as one file, qr-pdf.js,
    // rather than split again into a vendors chunk.
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        csp: policy("taskpane.html"),
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        csp: policy("index.html"),
        template: "./src/taskpane/standalone.html",
        chunks: ["standalone"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        csp: policy("commands.html"),
        template: "./src/commands/commands.html",
        chunks: ["commands-web"],
      }),
      new HtmlWebpackPlugin({
        filename: "auth-dialog.html",
        csp: policy("auth-dialog.html"),
        template: "./src/report/authDialog.html",
        chunks: ["auth-dialog"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        csp: policy("help.html"),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/help.css", to: "help.css" },
          { from: "src/taskpane/oldOutlook.js", to: "old-outlook.js" },
          // Lets classic Outlook's JavaScript-only runtime (commands.js) make CORS requests and get
          // tokens; it must be served at the origin's root (README, "The well-known file").
          {
            from: "src/wellKnown/microsoft-officeaddins-allowed.json",
            to: ".well-known/microsoft-officeaddins-allowed.json",
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist"), staticOptions: { dotfiles: "allow" } },
      headers: { "Access-Control-Allow-Origin": "*" },
      // This machine only: the development server must not be reachable from the network.
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: false,
    },
  };
}

/** The command-line scanner, one file for Node. */
function cli() {
  return {
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { "campaign-guard": "./src/cli/main.ts" },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].cjs", clean: true },
    resolve,
    module: { rules: [tsRule] },
    optimization: { minimize: false },
    performance: { hints: false },
    // One file even though src/embedded loads its decoders with import(): the CLI is a single script.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
}

module.exports = [pane, cli];
