/**
 * Free image-sharing sites where anyone can upload a picture and hot-link it from a message without
 * an account or a domain of their own. A sender with a name to keep serves its pictures from its own
 * site or its mailing service; a picture of a "payment notice" served from here was put there by
 * someone who did not want to be traced. Host suffixes (a picture's host is this or ends in "." and
 * this), each seen serving pictures in the tuning halves of the phishing corpora ("seen") or
 * documented as a throwaway image host. Cloud buckets in general are left out: companies do serve
 * newsletter pictures from their own S3 or Cloud Storage bucket.
 */
export const IMAGE_SHARING_HOSTS: ReadonlyMap<string, string> = new Map([
  ["imgur.com", "Imgur"], // seen: 110 phishing messages, the most used
  ["zupimages.net", "Zupimages"], // seen: 97
  ["twimg.com", "Twitter/X images"], // seen: pbs.twimg.com, 43 (a picture posted once, hot-linked)
  ["gyazo.com", "Gyazo"], // seen: 10 (a screenshot sharer)
  ["imgbox.com", "imgbox"], // seen: 9
  ["imgchest.com", "Image Chest"], // seen: 3
  ["ibb.co", "ImgBB"], // seen: 3
  ["imgbb.com", "ImgBB"],
  ["postimg.cc", "Postimages"], // seen: 3
  ["postimages.org", "Postimages"],
  ["imageshack.com", "ImageShack"],
  ["imageshack.us", "ImageShack"],
  ["photobucket.com", "Photobucket"],
  ["prnt.sc", "Lightshot"],
  ["prntscr.com", "Lightshot"],
  ["iili.io", "Freeimage.host"],
  // An app's file store, not a mailing service's: seen serving a dating lure's pictures.
  ["firebasestorage.googleapis.com", "Firebase Storage"],
  ["firebasestorage.app", "Firebase Storage"],
]);
