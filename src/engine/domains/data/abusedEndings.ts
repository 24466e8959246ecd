/**
 * Domain endings where a large share of registered names serve phishing or spam, from Spamhaus's
 * "most abused TLDs" tables and Interisle's Phishing Landscape reports (2023–2025): names there cost
 * a dollar or two and are bought by the thousand. Ordinary businesses use them too, so an ending alone
 * proves nothing; it only adds weight to other signs.
 */
export const ABUSED_ENDINGS: ReadonlySet<string> = new Set(
  (
    "top xyz shop click cfd sbs icu buzz monster rest bond lol cyou quest autos boats mom hair skin makeup " +
    "beauty lat pw tk ml ga cf gq su zip mov win bid loan work date racing download stream review country " +
    "kim science party gdn men accountant cricket faith trade webcam cam fit uno vip best today support live " +
    "claims club life cloud space website online site store fun link help center world digital " +
    "sa.com us.com za.com ru.com"
  ).split(" "),
);

/** The abused ending of a public suffix ("top", "sa.com"), if it is one. */
export function abusedEnding(publicSuffix: string): string | undefined {
  if (ABUSED_ENDINGS.has(publicSuffix)) return publicSuffix;
  const last = publicSuffix.slice(publicSuffix.lastIndexOf(".") + 1);
  return ABUSED_ENDINGS.has(last) ? last : undefined;
}
