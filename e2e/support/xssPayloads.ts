/**
 * Script-injection payloads in the style of OWASP's XSS filter-evasion cheat sheet: script tags,
 * event handlers, javascript: and data: URLs, SVG, mutation XSS, encodings, template injection.
 * Each template is filled with three actions — a dialog, a flag on `window`, a request to a trap URL
 * on the test server — so that whichever way one ran, the test sees it.
 */

/** `{JS}`: the action; `{TRAP}`: a URL on the test server that nothing may ever request. */
const TEMPLATES = [
  "<script>{JS}</script>",
  '<img src=x onerror="{JS}">',
  "<img src=x onerror={JS}>",
  '<svg onload="{JS}">',
  "<svg><script>{JS}</script></svg>",
  '"><script>{JS}</script>',
  "'><img src=x onerror={JS}>",
  "javascript:{JS}",
  "JaVaScRiPt:{JS}",
  " javascript:{JS}",
  "jav&#x09;ascript:{JS}",
  "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{JS}",
  "data:text/html,<script>{JS}</script>",
  "vbscript:{JS}",
  '<iframe src="javascript:{JS}"></iframe>',
  '<iframe srcdoc="<script>{JS}</script>"></iframe>',
  '<body onload="{JS}">',
  '<a href="javascript:{JS}">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="{JS}">',
  '<noscript><p title="</noscript><img src=x onerror={JS}>">',
  '<details open ontoggle="{JS}">',
  '<input autofocus onfocus="{JS}">',
  '<video><source onerror="{JS}"></video>',
  '<audio src=x onerror="{JS}">',
  '<object data="javascript:{JS}"></object>',
  '<marquee onstart="{JS}">x</marquee>',
  '<svg><a xlink:href="javascript:{JS}"><text x=20 y=20>x</text></a></svg>',
  '<svg><animate onbegin="{JS}" attributeName=x dur=1s>',
  '<template><img src=x onerror="{JS}"></template>',
  '</textarea><img src=x onerror="{JS}">',
  "</title><script>{JS}</script>",
  '" onmouseover="{JS}" x="',
  "' onfocus='{JS}' autofocus='",
  '<!--<img src="--><img src=x onerror="{JS}">',
  "<scr<script>ipt>{JS}</scr</script>ipt>",
  '<form action="javascript:{JS}"><button>send</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:{JS}">',
  '<base href="javascript:{JS}//">',
  "{{constructor.constructor('{JS}')()}}",
  "${{JS}}",
  "<%= {JS} %>",
  '<div style="width:expression({JS})">',
  '<x onclick="{JS}" style="display:block;position:fixed;inset:0">',
  '<img src="x` `<script>{JS}</script>"` `>',
] as const;

/** Loads the trap without running script: counted like any action. */
const LOADERS = [
  '<img src="{TRAP}">',
  '<img srcset="{TRAP} 1x">',
  '<link rel=stylesheet href="{TRAP}">',
  "<style>@import '{TRAP}';</style>",
  '<div style="background:url({TRAP})">',
  '<embed src="{TRAP}">',
  '<video poster="{TRAP}"></video>',
  "<svg><image href='{TRAP}'/></svg>",
] as const;

/** What a payload does when it runs; each leaves a different trace. */
const ACTIONS = ["alert(1)", "window.__xss=1", "fetch('{TRAP}')"] as const;

/** The trap path; a request to it (or to any URL containing it) means a payload ran or loaded. */
export const TRAP_PATH = "/xss-trap";

/** Every payload, with `trapOrigin` (the test server) in the trap URLs. */
export function xssPayloads(trapOrigin: string): string[] {
  const trap = `${trapOrigin}${TRAP_PATH}`;
  const out = new Set<string>();
  for (const template of TEMPLATES)
    for (const action of ACTIONS) out.add(template.replaceAll("{JS}", action).replaceAll("{TRAP}", trap));
  for (const loader of LOADERS) out.add(loader.replaceAll("{TRAP}", trap));
  return [...out];
}

/** RFC 2047 (B encoding): how a payload arrives in a header that a naive client would decode and render. */
export function encodedWord(text: string): string {
  return `=?utf-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}
