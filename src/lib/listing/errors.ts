/**
 * Errors of the listing engine. Each carries the catalogue key of the message a user should see
 * (`review.error.*`, Danish and English); pages map them to that message, logs keep the detail.
 */
export type ListingErrorKey =
  | 'review.error.listingNotFound'
  | 'review.error.revisionNotPending'
  | 'review.error.nothingToSubmit'
  | 'review.error.invalidStatusChange'
  | 'review.error.notAllowed'
  | 'review.error.commentRequired'
  | 'review.error.invalidValues'
  | 'review.error.archived';

/** Base class: `messageKey` is what the user reads; `message` is for the log. */
export class ListingError extends Error {
  constructor(
    readonly messageKey: ListingErrorKey,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(detail, options);
    this.name = new.target.name;
  }
}

/** The listing or revision does not exist (or no longer). */
export class ListingNotFound extends ListingError {
  constructor(detail: string) {
    super('review.error.listingNotFound', detail);
  }
}

/** The revision was decided or withdrawn already: someone else was quicker. */
export class RevisionNotPending extends ListingError {
  constructor(detail: string) {
    super('review.error.revisionNotPending', detail);
  }
}

/** A draft cannot be submitted: it misses required fields, or it is not a draft. */
export class NothingToSubmit extends ListingError {
  constructor(detail: string) {
    super('review.error.nothingToSubmit', detail);
  }
}

/** The listing cannot go from its status to the one asked for (e.g. resume a draft). */
export class InvalidStatusChange extends ListingError {
  constructor(detail: string) {
    super('review.error.invalidStatusChange', detail);
  }
}

/** The user may not do this (checked in the engine too, not only on the page). */
export class NotAllowed extends ListingError {
  constructor(detail: string) {
    super('review.error.notAllowed', detail);
  }
}

/** A rejection without a reason leaves the association guessing; it is refused. */
export class CommentRequired extends ListingError {
  constructor() {
    super('review.error.commentRequired', 'a rejection needs a comment');
  }
}

/** Values refer to places or contacts of another association or activity, or to none. */
export class InvalidValues extends ListingError {
  constructor(detail: string) {
    super('review.error.invalidValues', detail);
  }
}

/** An archived listing is kept for its history and cannot be edited. */
export class ListingArchived extends ListingError {
  constructor(detail: string) {
    super('review.error.archived', detail);
  }
}
