/**
 * Consumer mailbox providers where anyone can open an address in a minute. A campaign, agency or
 * think tank does not write from these, so one claiming to be them from here deserves a warning.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set(
  (
    "gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.es yahoo.it yahoo.ca " +
    "yahoo.com.au yahoo.co.in yahoo.co.jp ymail.com rocketmail.com outlook.com outlook.fr outlook.de " +
    "outlook.es outlook.it outlook.sa hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.es " +
    "hotmail.it live.com live.co.uk live.fr msn.com aol.com aim.com icloud.com me.com mac.com " +
    "proton.me protonmail.com protonmail.ch pm.me tutanota.com tutanota.de tuta.io tuta.com " +
    "gmx.com gmx.net gmx.de gmx.us web.de mail.com email.com zoho.com zohomail.com yandex.com " +
    "yandex.ru ya.ru mail.ru inbox.ru list.ru bk.ru rambler.ru fastmail.com fastmail.fm hushmail.com " +
    "qq.com 163.com 126.com sina.com naver.com daum.net comcast.net verizon.net att.net sbcglobal.net " +
    "bellsouth.net earthlink.net cox.net charter.net optonline.net juno.com netzero.net"
  ).split(" "),
);
