/**
 * The IDNA tables as a chunk of their own (`tr46.js`), for `withTr46` where a page can load chunks:
 * the pane and commands-web.js share the file, so one opened earlier leaves it cached for the other.
 */
export const loadTr46 = () => import(/* webpackChunkName: "tr46" */ "tr46/index.js");
