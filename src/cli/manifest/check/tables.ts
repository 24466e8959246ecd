/**
 * What the manifest schema and Outlook require, as data. Sources:
 * - element order: office-js-docs-pr `docs/develop/manifest-element-ordering.md`
 * - limits: `OfficeAppBasicTypesV1_0.xsd` (ShortString ≤ 125, LongString ≤ 250, resid ≤ 32, URL ≤ 2048)
 * - spam reporting: office-js-docs-reference `docs/manifest/{reportphishingcustomization,
 *   preprocessingdialog,reportingoptions,moreinfo}.md`, office-js-docs-pr `docs/outlook/spam-reporting.md`
 * - pinning: `docs/manifest/action.md`; shared folders: `docs/manifest/supportssharedfolders.md`
 */
export const LIMITS = { resid: 32, shortString: 125, longString: 250, url: 2048 } as const;

/** The highest Mailbox version the VersionOverrides 1.1 may require, so the pane shows on old clients. */
export const MAX_OVERRIDE_MIN_VERSION = "1.3";

/** Children of `<OfficeApp xsi:type="MailApp">`, in the order the schema requires. */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
] as const;

export const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "Requirements",
  "Permissions",
  "Rule",
];

/**
 * Order of children below the top level (only the parents and children we know; other children are
 * not order-checked). `strict` parents also reject children that aren't listed.
 */
export const CHILD_ORDER: Record<string, { order: string[]; strict?: boolean }> = {
  VersionOverridesV1_0: { order: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"] },
  VersionOverridesV1_1: {
    order: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "ConnectedServiceControls",
      "ExtendedPermissions",
      "VersionOverrides",
    ],
  },
  Host: { order: ["Runtimes", "DesktopFormFactor", "MobileFormFactor"] },
  // SupportsSharedFolders first, as in docs/manifest/supportssharedfolders.md and
  // docs/outlook/delegate-access.md (reordered by office-js-docs-pr PR #866 after issue #863).
  DesktopFormFactor: { order: ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"], strict: true },
  MobileFormFactor: { order: ["FunctionFile", "ExtensionPoint"], strict: true },
  Resources: { order: ["Images", "Urls", "ShortStrings", "LongStrings"], strict: true },
  Group: { order: ["Label", "Tooltip", "Control"] },
  Control: { order: ["Label", "Tooltip", "Supertip", "Icon", "Action"] },
  Supertip: { order: ["Title", "Description"], strict: true },
  Action: { order: ["SourceLocation", "SupportsPinning"] },
  Form: { order: ["DesktopSettings", "TabletSettings", "PhoneSettings"] },
  DesktopSettings: { order: ["SourceLocation", "RequestedHeight"] },
  ReportPhishingCustomization: { order: ["Control", "PreProcessingDialog", "SourceLocation"], strict: true },
  PreProcessingDialog: {
    order: ["Title", "Description", "NeverShowAgainOption", "ReportingOptions", "FreeTextLabel", "MoreInfo"],
    strict: true,
  },
  ReportingOptions: { order: ["Title", "Option"], strict: true },
  MoreInfo: { order: ["MoreInfoText", "MoreInfoUrl"], strict: true },
};

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

/** What kind of resource a `resid` on each element must point at. */
export const RESID_KIND: Record<string, ResourceKind> = {
  Label: "ShortString",
  Title: "ShortString",
  Tooltip: "ShortString",
  Option: "ShortString",
  FreeTextLabel: "ShortString",
  MoreInfoText: "ShortString",
  Description: "LongString",
  SourceLocation: "Url",
  FunctionFile: "Url",
  Runtime: "Url",
  Override: "Url",
  MoreInfoUrl: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
};

export const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

/** Icon sizes every desktop `<Icon>` must provide, and the bt:Images the manifest must carry. */
export const REQUIRED_ICON_SIZES = [16, 32, 80];

/** A mobile `<Icon xsi:type="bt:MobileIconList">` gives each of these sizes at each scale. */
export const MOBILE_ICON_SIZES = [25, 32, 48];
export const MOBILE_ICON_SCALES = [1, 2, 3];
