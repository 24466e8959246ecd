// The real tr46 by its file name, which the browser bundles' `tr46` alias (webpack.config.js) leaves alone.
declare module "tr46/index.js" {
  export { toUnicode } from "tr46";
}
