/** A patch that cannot be written back: the patch is rejected, the run goes on. */
export class ReviewError extends Error {}
