/** An error a route throws to answer with a status of its own (the host turns it into JSON). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
