/** jpeg-js's decoder alone (its index also loads the encoder, which is never needed here). */
declare module "jpeg-js/lib/decoder" {
  import type { decode } from "jpeg-js";
  const decodeJpeg: typeof decode;
  export default decodeJpeg;
}
