/* global module */
// Where the add-in is served: the development URL of manifest.xml, or the one given to the build
// (`npm run build -- --env url=https://host/path/`, the yo office convention of a dev and a
// production URL). The built dist/manifest.xml points every URL there.

/** The URL manifest.xml is written for (the dev server). */
const DEV_URL = "https://localhost:3000/";

/** The deployment URL from `--env url=…`, checked and ending in "/"; the dev URL when none is given. */
function deployUrl(env) {
  const given = env && typeof env.url === "string" ? env.url.trim() : "";
  if (!given) return DEV_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`--env url=${given}: not an absolute URL (e.g. https://intranet.example/smartcampus/)`);
  }
  // Office loads add-in pages over https only.
  if (url.protocol !== "https:") throw new Error(`--env url=${given}: Office loads add-ins only over https://`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`--env url=${given}: give the folder the add-in is served from, without query, fragment or credentials`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * manifest.xml with every URL moved from the dev origin to `url`, and the AppDomain set to its
 * origin. Throws if a dev URL would be left behind, so a production manifest never points at
 * localhost.
 */
function manifestFor(xml, url) {
  if (url === DEV_URL) return xml;
  const devOrigin = new URL(DEV_URL).origin;
  const moved = xml
    .split(DEV_URL)
    .join(url)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(url).origin}</AppDomain>`);
  if (moved.includes(devOrigin.replace("https://", ""))) {
    throw new Error(`manifest.xml: a URL on ${devOrigin} is not under ${DEV_URL}; it cannot be moved to ${url}`);
  }
  return moved;
}

module.exports = { DEV_URL, deployUrl, manifestFor };
