// The fast parser gives up (and the caller falls back to remark) whenever the source holds something it cannot
// turn into exactly the tree remark would build. Throwing keeps every check a one-liner at the place it is noticed.
export class Unsupported extends Error {
  constructor(readonly construct: string) {
    super(`the fast Markdown path does not reproduce ${construct}`);
  }
}

export function unsupported(construct: string): never {
  throw new Unsupported(construct);
}
