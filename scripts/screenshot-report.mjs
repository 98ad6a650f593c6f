#!/usr/bin/env node
// Renders the HTML readiness report of fixtures/gaps in headless Chromium (the system's browser,
// driven by puppeteer-core; nothing is downloaded), checks what a reader must see, and writes
// docs/images/report.png. Not part of `npm test` (it needs a browser): run it after changing the
// HTML sink.  Usage: npm run build && node scripts/screenshot-report.mjs [--browser /usr/bin/chromium]
//   Checks: every framework has its section, every chart is an SVG with a size, no console error,
//   no failed request (the page must load nothing), and the print layout starts a page per framework.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = process.argv.indexOf("--browser");
const browserPath = arg > 0 ? process.argv[arg + 1] : (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
const out = path.join(root, "docs", "images", "report.png");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-report-"));
const htmlFile = path.join(tmp, "report.html");
const jsonFile = path.join(tmp, "report.json");

// The committed CLI bundle, a fixed time and a named repository: the picture changes only when the report does.
const env = { ...process.env, SOURCE_DATE_EPOCH: "1767225600", GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };
const cli = path.join(root, "dist", "cli", "index.js");
for (const [format, file] of [
  ["html", htmlFile],
  ["json", jsonFile],
]) {
  try {
    execFileSync(process.execPath, [cli, "check", path.join(root, "fixtures", "gaps"), "--fail-on", "none", "--format", format, "--output", file], {
      env,
      stdio: "inherit",
    });
  } catch (e) {
    throw new Error(`aigis check --format ${format} failed: ${e.message}`);
  }
}
const report = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
const frameworks = report.readiness.frameworks.map((f) => f.id);

const problems = [];
const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });
try {
  const page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) problems.push(`the page requested ${r.url()}`);
  });
  await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
  await page.goto(`file://${htmlFile}`, { waitUntil: "load" });

  const seen = await page.evaluate(() => ({
    sections: [...document.querySelectorAll("section.framework")].map((s) => s.getAttribute("data-framework")),
    charts: [...document.querySelectorAll("svg.chart")].map((s) => {
      const r = s.getBoundingClientRect();
      return { ns: s.namespaceURI, width: r.width, height: r.height, title: s.querySelector("title")?.textContent ?? "" };
    }),
    h1: document.querySelector("h1")?.textContent ?? "",
    breakBefore: [...document.querySelectorAll("section.framework")].length,
  }));
  const missing = frameworks.filter((f) => !seen.sections.includes(f));
  if (missing.length) problems.push(`frameworks without a section: ${missing.join(", ")}`);
  if (seen.charts.length !== frameworks.length + 1) problems.push(`expected ${frameworks.length + 1} SVG charts, found ${seen.charts.length}`);
  for (const c of seen.charts) {
    if (c.ns !== "http://www.w3.org/2000/svg" || c.width < 50 || c.height < 10 || !c.title)
      problems.push(`a chart is not rendered as a titled SVG: ${JSON.stringify(c)}`);
  }
  if (!seen.h1) problems.push("no h1");
  await page.emulateMediaType("print");
  const printBreaks = await page.evaluate(() => [...document.querySelectorAll("section.framework")].map((s) => getComputedStyle(s).breakBefore));
  if (printBreaks.some((b) => b !== "page")) problems.push(`print layout: framework sections break ${printBreaks.join(", ")}`);
  await page.emulateMediaType("screen");

  fs.mkdirSync(path.dirname(out), { recursive: true });
  // The top of the report (verdict, metadata, charts, first framework) is what the docs show.
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1200, height: 1500 } });
  console.log(`rendered ${seen.sections.length} framework sections and ${seen.charts.length} SVG charts; wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (problems.length) {
  for (const p of problems) console.error(`screenshot-report: ${p}`);
  process.exit(1);
}
