import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import fc from "fast-check";
import { checkManifest } from "./checkManifest";
import { manifestFunctionNames, manifestImageUrls, pngSize } from "./inspect";

const ROOT = join(__dirname, "..", "..", "..", "..");
const ORIGIN = "https://localhost:3000/";
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Replaces exactly one occurrence, so a typo in a test fails loudly instead of testing nothing. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one match for ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

function expectOnly(problems: string[], pattern: RegExp): void {
  expect(problems).toEqual([expect.stringMatching(pattern)]);
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) && !/\.test\.[jt]sx?$/.test(name) ? [path] : [];
  });
}

describe("manifest.xml", () => {
  it("passes every check", () => {
    // Joined so a failure prints each problem on its own line.
    expect(checkManifest(MANIFEST, { expectedOrigin: ORIGIN }).join("\n")).toBe("");
  });

  it("uses one origin, so a production manifest is a string replacement away", () => {
    const prod = MANIFEST.replaceAll(ORIGIN, "https://guard.example.org/");
    expect(checkManifest(prod, { expectedOrigin: "https://guard.example.org/" }).join("\n")).toBe("");
    // And every URL really moved: the dev origin no longer passes.
    expect(checkManifest(prod, { expectedOrigin: ORIGIN }).length).toBeGreaterThanOrEqual(8);
  });

  it("names the two handlers the commands bundle must register", () => {
    expect(manifestFunctionNames(MANIFEST).sort()).toEqual(["onReportMessage", "onSpamReport"]);
  });

  it("has every FunctionName registered with Office.actions.associate under src/commands/", () => {
    const dir = join(ROOT, "src", "commands");
    const registered = new Map<string, string>();
    for (const file of sourceFiles(dir)) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/Office\.actions\.associate\(\s*(["'`])([A-Za-z_$][\w$]*)\1/g)) {
        registered.set(m[2], relative(ROOT, file));
      }
    }
    const missing = manifestFunctionNames(MANIFEST).filter((name) => !registered.has(name));
    expect(
      missing.map((name) => `${name} is not registered by Office.actions.associate in src/commands/`),
    ).toEqual([]);
  });

  it("references icons that exist in assets/ with the size their name says", () => {
    const urls = manifestImageUrls(MANIFEST);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith(`${ORIGIN}assets/`)).toBe(true);
      const file = join(ROOT, "assets", url.slice(`${ORIGIN}assets/`.length));
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect({ url, size: pngSize(readFileSync(file)) }).toEqual({
        url,
        size: { width: size, height: size },
      });
    }
  });

  it("ships the logo", () => {
    expect(pngSize(readFileSync(join(ROOT, "assets", "logo-filled.png")))).toEqual({
      width: 300,
      height: 300,
    });
  });
});

describe("checkManifest reports", () => {
  it("XML that isn't well-formed", () => {
    const problems = checkManifest(mutate(MANIFEST, "</Permissions>", "</Permission>"));
    expectOnly(problems, /^Not well-formed XML: .*line \d+/);
  });

  it("a resid longer than 32 characters, on the resource and on its use", () => {
    const long = "CampaignGuard.RibbonGroup.LabelText"; // 35
    const problems = checkManifest(MANIFEST.replaceAll('"Group.Label"', `"${long}"`));
    // Used twice: by the desktop ribbon group and by the mobile one.
    const onUse = `resid "${long}" on <Label> is 35 characters; the limit is 32`;
    expect(problems).toEqual([`Resource id "${long}" is 35 characters; the limit is 32`, onUse, onUse]);
  });

  it("an http URL", () => {
    const xml = mutate(
      MANIFEST,
      'id="Help.Url" DefaultValue="https://',
      'id="Help.Url" DefaultValue="http://',
    );
    expectOnly(
      checkManifest(xml),
      /^bt:Url "Help\.Url": "http:\/\/localhost:3000\/help\.html" must use https$/,
    );
  });

  it("a URL over 2048 characters", () => {
    const long = `${ORIGIN}help.html?${"x".repeat(2048)}`;
    const xml = mutate(
      MANIFEST,
      `id="Help.Url" DefaultValue="${ORIGIN}help.html"`,
      `id="Help.Url" DefaultValue="${long}"`,
    );
    expect(checkManifest(xml)).toEqual([
      `bt:Url "Help.Url": URL is ${long.length} characters; the limit is 2048`,
    ]);
  });

  it("a URL on another origin when an origin is expected", () => {
    const xml = mutate(MANIFEST, "https://localhost:3000/commands.js", "https://cdn.example.net/commands.js");
    expect(checkManifest(xml)).toEqual([]);
    expectOnly(
      checkManifest(xml, { expectedOrigin: ORIGIN }),
      /^bt:Url "CommandsJs\.Url": "https:\/\/cdn\.example\.net\/commands\.js" is not on the expected origin https:\/\/localhost:3000\/$/,
    );
    // An origin that merely starts with the same characters is another origin.
    const otherPort = MANIFEST.replaceAll(ORIGIN, "https://localhost:30001/");
    const problems = checkManifest(otherPort, { expectedOrigin: "https://localhost:3000" });
    expect(problems.length).toBeGreaterThanOrEqual(8);
    for (const p of problems)
      expect(p).toMatch(
        /"https:\/\/localhost:30001\/.*" is not on the expected origin https:\/\/localhost:3000\/$/,
      );
  });

  it("a dangling resid", () => {
    const xml = mutate(
      MANIFEST,
      /(id="msgReadOpenPaneButton">\s*)<Label resid="CheckButton.Label"\/>/,
      '$1<Label resid="CheckButton.Labl"/>',
    );
    expectOnly(
      checkManifest(xml),
      /^resid "CheckButton\.Labl" on <Label> in .*#msgReadOpenPaneButton does not match any resource id$/,
    );
  });

  it("a resid that points at the wrong kind of resource", () => {
    const xml = mutate(
      MANIFEST,
      '<Description resid="CheckButton.Tooltip"/>',
      '<Description resid="CheckButton.Title"/>',
    );
    expectOnly(
      checkManifest(xml),
      /^resid "CheckButton\.Title" on <Description> refers to a ShortString, but <Description> needs a LongString$/,
    );
  });

  it("top-level elements out of order", () => {
    const version = "  <Version>1.0.0.0</Version>\n";
    const provider = "  <ProviderName>CampaignGuard</ProviderName>\n";
    const xml = mutate(MANIFEST, version + provider, provider + version);
    expectOnly(checkManifest(xml), /^Element order: <Version> must come before <ProviderName> in OfficeApp$/);
  });

  it("nested elements out of order", () => {
    const xml = mutate(MANIFEST, /(<FreeTextLabel [^>]*\/>)(\s*)(<MoreInfo>[\s\S]*?<\/MoreInfo>)/, "$3$2$1");
    expectOnly(
      checkManifest(xml),
      /^Element order: <FreeTextLabel> must come before <MoreInfo> in .*PreProcessingDialog$/,
    );
  });

  it("an unknown top-level element", () => {
    const xml = mutate(MANIFEST, "<Permissions>", "<Colour>blue</Colour>\n  <Permissions>");
    expectOnly(checkManifest(xml), /^Unexpected element <Colour> in OfficeApp$/);
  });

  it("an Id that isn't a GUID and a malformed Version", () => {
    let xml = mutate(MANIFEST, /<Id>[^<]*<\/Id>/, "<Id>campaign-guard</Id>");
    xml = mutate(xml, "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>");
    expect(checkManifest(xml)).toEqual([
      '<Id> must be a GUID, found "campaign-guard"',
      expect.stringMatching(/^<Version> must look like .* found "1\.0\.0\.0\.1"$/),
    ]);
  });

  it("strings over their length limits", () => {
    const short = "s".repeat(126);
    const long = "l".repeat(251);
    let xml = mutate(MANIFEST, 'DefaultValue="Check message"', `DefaultValue="${short}"`);
    xml = mutate(xml, /(id="Dialog\.Description" DefaultValue=")[^"]*"/, `$1${long}"`);
    expect(checkManifest(xml)).toEqual([
      'ShortString "CheckButton.Label" is 126 characters; the limit is 125',
      'LongString "Dialog.Description" is 251 characters; the limit is 250',
    ]);
  });

  it("a permission broader than ReadItem", () => {
    const xml = mutate(
      MANIFEST,
      "<Permissions>ReadItem</Permissions>",
      "<Permissions>ReadWriteMailbox</Permissions>",
    );
    expectOnly(checkManifest(xml), /^<Permissions> must be ReadItem .*"ReadWriteMailbox"$/);
  });

  it("a missing PreProcessingDialog", () => {
    const xml = mutate(MANIFEST, /\s*<PreProcessingDialog>[\s\S]*<\/PreProcessingDialog>/, "");
    expectOnly(checkManifest(xml), /^<ReportPhishingCustomization> has no <PreProcessingDialog>$/);
  });

  it("a PreProcessingDialog without a Description", () => {
    const xml = mutate(MANIFEST, /\s*<Description resid="Dialog\.Description"\/>/, "");
    expectOnly(checkManifest(xml), /^<PreProcessingDialog> has no <Description>$/);
  });

  it("six reporting options", () => {
    const extra = '<Option resid="Option.Other"/><Option resid="Option.SignIn"/>';
    const xml = mutate(MANIFEST, "</ReportingOptions>", `${extra}</ReportingOptions>`);
    expectOnly(checkManifest(xml), /^<ReportingOptions> has 6 <Option> elements; 1 to 5 are allowed$/);
  });

  it("reporting options without any Option", () => {
    const xml = mutate(MANIFEST, /\s*<Option resid[\s\S]*?(<\/ReportingOptions>)/, "$1");
    expectOnly(checkManifest(xml), /^<ReportingOptions> has 0 <Option> elements; 1 to 5 are allowed$/);
  });

  it("a spam-reporting SourceLocation that isn't the runtime", () => {
    const xml = mutate(
      MANIFEST,
      /(<\/PreProcessingDialog>[\s\S]*?<SourceLocation resid=")Commands\.Url"/,
      '$1Taskpane.Url"',
    );
    expectOnly(
      checkManifest(xml),
      /^<ReportPhishingCustomization> SourceLocation resid "Taskpane\.Url" must equal a <Runtime> resid \(found "Commands\.Url"\)$/,
    );
  });

  it("a runtime without the JavaScript override for classic Outlook on Windows", () => {
    const xml = mutate(MANIFEST, /\s*<Override type="javascript" resid="CommandsJs\.Url"\/>/, "");
    expectOnly(checkManifest(xml), /^<Runtime resid="Commands\.Url"> has no <Override type="javascript">/);
  });

  it("a spam-reporting control that opens a task pane", () => {
    const xml = mutate(
      MANIFEST,
      /<Action xsi:type="ExecuteFunction">\s*<FunctionName>onSpamReport<\/FunctionName>\s*<\/Action>/,
      '<Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action>',
    );
    expectOnly(
      checkManifest(xml),
      /^The ReportPhishingCustomization button needs <Action xsi:type="ExecuteFunction">$/,
    );
  });

  it("a missing ReportPhishingCommandSurface", () => {
    const xml = mutate(
      MANIFEST,
      /\s*<ExtensionPoint xsi:type="ReportPhishingCommandSurface">[\s\S]*?<\/ExtensionPoint>/,
      "",
    );
    expectOnly(checkManifest(xml), /^No ExtensionPoint of type ReportPhishingCommandSurface$/);
  });

  it("a task pane button that can't be pinned", () => {
    const xml = mutate(
      MANIFEST,
      "<SupportsPinning>true</SupportsPinning>",
      "<SupportsPinning>false</SupportsPinning>",
    );
    expectOnly(
      checkManifest(xml),
      /^MessageReadCommandSurface has no ShowTaskpane button with <SupportsPinning>true/,
    );
  });

  it("SupportsSharedFolders missing", () => {
    const xml = mutate(MANIFEST, /\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/, "");
    expectOnly(checkManifest(xml), /^<DesktopFormFactor> must have <SupportsSharedFolders>true/);
  });

  it("SupportsSharedFolders after the extension points", () => {
    let xml = mutate(MANIFEST, /\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/, "");
    xml = mutate(
      xml,
      "</DesktopFormFactor>",
      "<SupportsSharedFolders>true</SupportsSharedFolders></DesktopFormFactor>",
    );
    expectOnly(
      checkManifest(xml),
      /^Element order: <SupportsSharedFolders> must come before <ExtensionPoint> in .*DesktopFormFactor$/,
    );
  });

  it("an override that requires Mailbox 1.14", () => {
    const xml = mutate(MANIFEST, 'DefaultMinVersion="1.3"', 'DefaultMinVersion="1.14"');
    expectOnly(checkManifest(xml), /^VersionOverrides 1\.1 requires Mailbox 1\.14 \(DefaultMinVersion\)/);
    const set = mutate(MANIFEST, '<bt:Set Name="Mailbox"/>', '<bt:Set Name="Mailbox" MinVersion="1.13"/>');
    expectOnly(checkManifest(set), /^VersionOverrides 1\.1 requires Mailbox 1\.13 \(Set MinVersion\)/);
  });

  it("a duplicated control id", () => {
    const xml = mutate(MANIFEST, 'id="cgReportButton"', 'id="msgReadOpenPaneButton"');
    expectOnly(checkManifest(xml), /^Control id "msgReadOpenPaneButton" is used more than once/);
  });

  it("an icon slot filled with the wrong size", () => {
    const xml = mutate(
      MANIFEST,
      /(<Control xsi:type="Button" id="cgReportButton">[\s\S]*?<bt:Image size="16" resid=")Icon\.16x16"/,
      '$1Icon.32x32"',
    );
    expectOnly(
      checkManifest(xml),
      /^Icon size 16 in .*#cgReportButton uses "Icon\.32x32", which is icon-32\.png$/,
    );
  });

  it("a missing required icon and a wrong IconUrl", () => {
    let xml = mutate(MANIFEST, /\s*<bt:Image id="Icon\.80x80"[^>]*\/>/, "");
    xml = mutate(xml, /(<IconUrl DefaultValue="[^"]*)assets\/icon-64\.png/, "$1assets/icon-80.png");
    const problems = checkManifest(xml);
    expect(problems).toContain('<IconUrl> should point at icon-64.png, found "icon-80.png"');
    expect(problems).toContainEqual(expect.stringMatching(/^No bt:Image in .* points at icon-80\.png$/));
    // The three Icon elements still reference the removed resource.
    expect(
      problems.filter((p) => /^resid "Icon\.80x80" .* does not match any resource id$/.test(p)),
    ).toHaveLength(3);
  });
});

describe("checkManifest on the mobile form factor", () => {
  it("reports a manifest without MobileFormFactor", () => {
    const xml = mutate(MANIFEST, /\s*<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, "");
    expectOnly(checkManifest(xml), /^The MailHost has no <MobileFormFactor>/);
  });

  it("reports a mobile icon slot filled with an image of the wrong pixel size", () => {
    const xml = mutate(
      MANIFEST,
      'size="25" scale="2" resid="Mobile.25x2"',
      'size="25" scale="2" resid="Mobile.25x1"',
    );
    expectOnly(
      checkManifest(xml),
      /^Icon size 25 at scale 2 in .*#cgMobilePaneButton uses "Mobile\.25x1", which is icon-25\.png$/,
    );
  });

  it("reports a missing scale, a desktop control type and a pinning pane on mobile", () => {
    let xml = mutate(MANIFEST, /\s*<bt:Image size="48" scale="3" resid="Mobile\.48x3"\/>/, "");
    xml = mutate(xml, 'xsi:type="MobileButton"', 'xsi:type="Button"');
    xml = mutate(
      xml,
      /(<MobileFormFactor>[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>)/,
      "$1<SupportsPinning>true</SupportsPinning>",
    );
    const problems = checkManifest(xml);
    expect(problems).toContainEqual(expect.stringMatching(/has no size 48 image at scale 3$/));
    expect(problems).toContainEqual(
      expect.stringMatching(/on a mobile surface must be xsi:type="MobileButton"$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^<SupportsPinning> has no meaning in <MobileFormFactor>/),
    );
  });

  it("reports a mobile button that opens some other page", () => {
    const xml = mutate(
      MANIFEST,
      /(<MobileFormFactor>[\s\S]*?<SourceLocation resid=")Taskpane.Url"/,
      '$1Help.Url"',
    );
    expectOnly(checkManifest(xml), /^No MobileButton opens the task pane the desktop button opens$/);
  });
});

describe("checkManifest on damaged input", () => {
  const lines = MANIFEST.split("\n");

  it("never throws when any one line of the manifest is cut out", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length - 1 }), (i) => {
        const problems = checkManifest(lines.filter((_, j) => j !== i).join("\n"));
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) expect(typeof p).toBe("string");
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text or foreign XML", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(checkManifest(text).length).toBeGreaterThan(0);
      }),
    );
    expect(checkManifest("")).toEqual([expect.stringMatching(/^(Not well-formed XML|The root element)/)]);
    expect(checkManifest("<html><body/></html>")).toEqual(["The root element must be <OfficeApp>"]);
  });
});

describe("pngSize", () => {
  it("reads width and height from the IHDR chunk and rejects other data", () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 44, 0, 0,
      0, 80,
    ]);
    expect(pngSize(png)).toEqual({ width: 300, height: 80 });
    expect(pngSize(Uint8Array.from([1, 2, 3]))).toBeUndefined();
    expect(pngSize(new TextEncoder().encode("GIF89a................."))).toBeUndefined();
  });
});
