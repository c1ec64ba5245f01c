/* eslint-disable no-undef */
// CommonJS so webpack.config.js can require() it and the manifest tests can exercise it.

/** Where manifest.xml points in the source: the webpack dev server. */
const DEV_URL = "https://localhost:3000/";

/** Normalizes the hosting base URL; Outlook loads add-ins only over https. */
function publicBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${url}"`, { cause: error });
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https, got "${url}"`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_PUBLIC_URL must not carry a query or fragment: "${url}"`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** Points every dev-server URL in the manifest at the public host instead. */
function rewriteManifestUrls(manifestXml, publicUrl) {
  // URL() leaves "&" in paths as is; the manifest is XML, so it must be escaped there.
  return manifestXml.split(DEV_URL).join(publicBaseUrl(publicUrl).replace(/&/g, "&amp;"));
}

module.exports = { DEV_URL, publicBaseUrl, rewriteManifestUrls };
