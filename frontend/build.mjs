// Build the front end into rsqm/static/build/ (git-ignored), which Django serves as static files.
//
//   node frontend/build.mjs        (or: npm run build)
//
// - build/rsqm.css                  GOV.UK Frontend compiled from its Sass with our branding
// - build/govuk-frontend.min.js     GOV.UK Frontend's ES module (+ .map: the manifest storage
//                                   rewrites sourceMappingURL and fails on a missing map)
// - build/htmx.min.js               htmx, unchanged
// - build/govuk/assets/images/...   only the images the stylesheet actually refers to
//
// The build checks its own output: no GDS Transport, no @font-face, and every url() in the CSS
// resolves to a file it wrote (collectstatic with manifest storage fails on a missing one).
// Files whose content has not changed are not rewritten, and files the build no longer
// produces are removed, so running it twice leaves the same tree.

import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, posix, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "rsqm", "static", "build");
const NODE_MODULES = join(ROOT, "node_modules");
const GOVUK = join(NODE_MODULES, "govuk-frontend", "dist", "govuk");
const HTMX = join(NODE_MODULES, "htmx.org", "dist");

const written = new Map(); // path relative to OUT -> "wrote" | "unchanged"

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

// Write only when the content differs, through a temporary file and a rename, so a running
// server never serves half a file and unchanged files keep their modification time.
async function put(name, content) {
  const target = join(OUT, name);
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let current = null;
  try {
    current = await readFile(target);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (current !== null && current.equals(bytes)) {
    written.set(name, "unchanged");
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  written.set(name, "wrote");
}

async function copy(from, name) {
  await put(name, await readFile(from));
}

function compileCss() {
  const result = sass.compile(join(ROOT, "frontend", "rsqm.scss"), {
    style: "compressed",
    importers: [new sass.NodePackageImporter(ROOT)],
    loadPaths: [join(ROOT, "frontend")],
    // GOV.UK Frontend's own deprecation notices are for its maintainers, not for us.
    quietDeps: true,
  });
  return result.css;
}

// Every url(...) in the stylesheet, without quotes; data: URIs need no file.
function urlsIn(css) {
  const urls = new Set();
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const url = match[2].trim();
    if (!url.startsWith("data:")) urls.add(url);
  }
  return [...urls];
}

function checkCss(css) {
  if (/GDS Transport/i.test(css)) fail("the compiled CSS names GDS Transport");
  if (/@font-face/i.test(css)) fail("the compiled CSS has an @font-face rule");
  if (/\/assets\/fonts/.test(css)) fail("the compiled CSS refers to /assets/fonts");
  if (/govuk-crest|crown/i.test(css.replace(/govuk-footer__crown/g, ""))) {
    fail("the compiled CSS refers to the crest or crown");
  }
}

// Copy each file the stylesheet refers to. URLs are relative to build/rsqm.css and must point
// at GOV.UK Frontend's assets folder (govuk/assets/...), which is laid out like its own.
async function copyReferencedAssets(css) {
  for (const url of urlsIn(css)) {
    if (/^[a-z]+:|^\//i.test(url)) fail(`the compiled CSS refers to ${url}: use a path relative to the stylesheet`);
    const inBuild = posix.normalize(url.split(/[?#]/)[0]);
    if (!inBuild.startsWith("govuk/assets/")) fail(`the compiled CSS refers to ${url}, outside govuk/assets/`);
    const source = join(GOVUK, "assets", inBuild.slice("govuk/assets/".length));
    try {
      await copy(source, inBuild);
    } catch (error) {
      if (error.code === "ENOENT") fail(`the compiled CSS refers to ${url}, which GOV.UK Frontend does not have`);
      throw error;
    }
  }
}

// Remove what an earlier build wrote and this one did not, then any folders left empty.
// Dotfiles are left alone: they are other tools' markers (make's .built stamp), and
// collectstatic ignores them.
async function prune(folder = OUT) {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      await prune(path);
      if ((await readdir(path)).length === 0) await rmdir(path);
    } else if (!written.has(relative(OUT, path).split("\\").join("/"))) {
      await rm(path);
      console.log(`  removed   ${relative(ROOT, path)}`);
    }
  }
}

async function main() {
  const started = Date.now();
  const css = compileCss();
  checkCss(css);
  await put("rsqm.css", css);
  await copyReferencedAssets(css);

  await copy(join(GOVUK, "govuk-frontend.min.js"), "govuk-frontend.min.js");
  await copy(join(GOVUK, "govuk-frontend.min.js.map"), "govuk-frontend.min.js.map");
  await copy(join(HTMX, "htmx.min.js"), "htmx.min.js");

  await prune();

  for (const [name, what] of [...written].sort()) {
    const content = await readFile(join(OUT, name));
    const digest = createHash("sha256").update(content).digest("hex").slice(0, 8);
    console.log(`  ${what.padEnd(9)} ${relative(ROOT, join(OUT, name))} (${content.length} bytes, ${digest})`);
  }
  console.log(`front end built in ${Date.now() - started} ms`);
}

await main();
