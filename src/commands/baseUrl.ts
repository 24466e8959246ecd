/**
 * The add-in's base URL (where commands.html, taskpane.html and config.json are served). The commands
 * page knows it from its own address; classic Outlook's JavaScript-only runtime has no page, so there
 * it comes from Office.context.urls.javascriptRuntimeUrl (Mailbox 1.14): the commands.js URL.
 */

export interface UrlSources {
  pageUrl?: string;
  javascriptRuntimeUrl?: string;
}

function pageUrl(): string | undefined {
  try {
    return typeof location !== "undefined" && /^https?:/.test(location.href) ? location.href : undefined;
  } catch {
    return undefined;
  }
}

function runtimeUrl(): string | undefined {
  try {
    const urls = (Office.context as { urls?: { javascriptRuntimeUrl?: string } }).urls;
    return typeof urls?.javascriptRuntimeUrl === "string" && urls.javascriptRuntimeUrl !== ""
      ? urls.javascriptRuntimeUrl
      : undefined;
  } catch {
    return undefined;
  }
}

/** The directory URL (ending in "/") of the page or script, or undefined when neither is known. */
export function addinBaseUrl(
  sources: UrlSources = { pageUrl: pageUrl(), javascriptRuntimeUrl: runtimeUrl() },
): string | undefined {
  for (const raw of [sources.pageUrl, sources.javascriptRuntimeUrl]) {
    if (!raw) continue;
    try {
      const url = new URL(".", raw);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch {
      // try the next source
    }
  }
  return undefined;
}
