/**
 * Registrable domains of public URL shorteners: anyone can make a short link on them that hides where it
 * really goes. Offline, the add-in cannot follow such a link, so it says so instead of calling it safe.
 *
 * Only general-purpose services where a stranger can create links. Single-company redirectors (youtu.be,
 * amzn.to, aka.ms) are left out: they only ever lead to their owner's own site.
 *
 * The next-to-last line holds shorteners seen in the tuning halves of `npm run eval`'s phishing
 * corpora (urly.fi, lmy.de, lc.cx, cutt.us, zpr.io) and Google's search.app share links, which lead
 * to any page; the last, IP loggers (grabify.link, iplogger.com and its main domain iplogger.org):
 * short links that record the address and browser of whoever clicks, seen in phishing.
 */
const SHORTENERS = `
bit.ly bitly.com j.mp t.co is.gd v.gd tinyurl.com tiny.one ow.ly buff.ly goo.gl rebrand.ly cutt.ly
shorturl.at t.ly rb.gy tiny.cc s.id lnkd.in bit.do qrco.de short.gy bl.ink t2m.io urlz.fr clck.ru gg.gg
surl.li kutt.it adf.ly shorte.st ouo.io snip.ly wp.me dlvr.it ift.tt trib.al mailchi.mp hubs.ly
smarturl.it shor.by
urly.fi lmy.de lc.cx cutt.us zpr.io search.app
grabify.link iplogger.com iplogger.org
`;

export const URL_SHORTENERS: ReadonlySet<string> = new Set(SHORTENERS.trim().split(/\s+/));
