/**
 * @forge/api's NeedsAuthenticationError (name NEEDS_AUTHENTICATION_ERR): the invoking user has not
 * allowed the app to act for them. A resolver lets it leave, and Forge answers the invocation with
 * its "Allow access" flow instead of the app's answer; the host does the same (bridge-routes.ts,
 * local-api.ts).
 */
export const NEEDS_AUTHENTICATION = 'NEEDS_AUTHENTICATION_ERR';

export const isNeedsAuthentication = (error: unknown): error is Error =>
  error instanceof Error && error.name === NEEDS_AUTHENTICATION;

/** What the host answers for such an invocation: HTTP 401 and the error's name. */
export const needsAuthenticationBody = (error: Error) => ({
  error: { name: NEEDS_AUTHENTICATION, message: error.message || 'Authentication Required' },
});
