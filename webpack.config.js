/* eslint-disable no-undef */
// CommonJS on purpose: webpack-cli on Node 20 loads this with require().
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const crypto = require("crypto");
const { DEV_URL, rewriteManifestUrls } = require("./scripts/manifest-url");

// Where the add-in is hosted in production; manifest.xml is rewritten to it at build time.
const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL || DEV_URL;
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** office-addin-dev-certs' files if `npm start` generated them; otherwise webpack makes its own. */
function httpsServerOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return { type: "https" };
  return {
    type: "https",
    options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])),
  };
}

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The task pane's inline check for the old IE webview, kept inline (no extra request before the first
 * suggestion) and allowed by its hash instead of 'unsafe-inline'.
 */
const UNSUPPORTED_CHECK = fs.readFileSync(path.join(__dirname, "src/taskpane/unsupportedCheck.js"), "utf8").trim();
const UNSUPPORTED_CHECK_HASH = `'sha256-${crypto.createHash("sha256").update(UNSUPPORTED_CHECK).digest("base64")}'`;

/**
 * Content-Security-Policy for the pages Outlook loads: scripts only from the add-in's own origin and
 * Microsoft's office.js host; connections only to the add-in, Microsoft Graph and Microsoft's sign-in.
 * Styles stay 'unsafe-inline': Fluent UI and Griffel insert style rules and use style attributes.
 * `extraConnect` lets the preview's pane reach the local fake Graph; Outlook's pages never get it.
 */
function contentSecurityPolicy(extraConnect = []) {
  const authority = process.env.DECLINE_ASSISTANT_AUTHORITY;
  const signIn = ["https://login.microsoftonline.com", authority ? new URL(authority).origin : ""];
  return [
    "default-src 'self'",
    `script-src 'self' https://appsforoffice.microsoft.com ${UNSUPPORTED_CHECK_HASH}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' https://graph.microsoft.com ${[...new Set(signIn)].filter(Boolean).join(" ")} ${extraConnect.join(" ")}`.trim(),
    "frame-src 'self' https://login.microsoftonline.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * html-webpack-plugin's production minification, except that inline scripts are left exactly as written:
 * the Content-Security-Policy allows the pane's inline check by the hash of that text.
 */
const HTML_MINIFY = {
  collapseWhitespace: true,
  keepClosingSlash: true,
  removeComments: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
  minifyJS: false,
};

/** The local preview's pages and the Office.js stand-in: `npm start` and the tests, never `npm run build`. */
function previewPages() {
  return [
    // The same pane bundle over the local stand-in for Office.js, for the preview and browser tests.
    new HtmlWebpackPlugin({
      filename: "preview-pane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["officeStandIn", "taskpane"],
      chunksSortMode: "manual",
      minify: HTML_MINIFY,
      templateParameters: {
        officeScript: "",
        unsupportedCheck: UNSUPPORTED_CHECK,
        csp: contentSecurityPolicy(["http://127.0.0.1:*", "http://localhost:*"]),
      },
    }),
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/preview/preview.html",
      chunks: ["preview"],
    }),
  ];
}

module.exports = (env = {}, argv) => {
  const production = argv.mode === "production";
  // `webpack --mode production --env preview` (the browser tests, the benchmark) adds the preview.
  const withPreview = !production || Boolean(env.preview);
  const outlookPage = { officeScript: OFFICE_JS, csp: contentSecurityPolicy(), unsupportedCheck: UNSUPPORTED_CHECK };
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      authDialog: "./src/auth/dialog.ts",
      ...(withPreview ? { officeStandIn: "./src/preview/officeStandIn.ts", preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // The pages run on Preact through its React compatibility layer: a fifth of react-dom's size,
      // which the pane parses and runs before its first suggestion (about 70 ms of a fresh load here).
      // Exact matches ($), so no other react-* package is caught by prefix; the JSX runtimes go through
      // compat so that its element handling is in place before any element is made. Jest maps the same.
      alias: {
        react$: "preact/compat",
        "react-dom$": "preact/compat",
        "react-dom/client$": "preact/compat/client",
        "react/jsx-runtime$": "preact/compat/jsx-runtime",
        "react/jsx-dev-runtime$": "preact/compat/jsx-dev-runtime",
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Runs on ts-loader's output: resolves makeStyles at build time, so the pane does not run
            // CSS-in-JS (stylis, RTL flipping) before its first suggestion can show. The preset is for
            // the TypeScript modules it evaluates (tokens, shared styles).
            {
              loader: "@griffel/webpack-loader",
              options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
            },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      // What Outlook loads: office.js from Microsoft's CDN, then the pane's own bundle.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        minify: production ? HTML_MINIFY : false,
        templateParameters: outlookPage,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: outlookPage,
      }),
      ...(withPreview ? previewPages() : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl.
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return production ? rewriteManifestUrls(content.toString(), PUBLIC_URL) : content;
            },
          },
        ],
      }),
      // Fallback sign-in page for Office's dialog API (hosts without nested app authentication).
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/auth/dialog.html",
        chunks: ["authDialog"],
        templateParameters: outlookPage,
      }),
      // The app registration's client id is public (a single-page app has no secret); it comes from the
      // build environment so no tenant's id is committed. Empty means calendar actions stay hidden.
      new (require("webpack").DefinePlugin)({
        "process.env.DECLINE_ASSISTANT_CLIENT_ID": JSON.stringify(process.env.DECLINE_ASSISTANT_CLIENT_ID || ""),
        "process.env.DECLINE_ASSISTANT_AUTHORITY": JSON.stringify(process.env.DECLINE_ASSISTANT_AUTHORITY || ""),
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: "127.0.0.1",
      port: PORT,
      server: httpsServerOptions(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      open: false,
    },
  };
};
