/** An image the build bundles (webpack asset modules): its URL, a file beside the page or a data: URL in the one-file page. */
declare module "*.png" {
  const url: string;
  export default url;
}
