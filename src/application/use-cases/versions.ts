import { invalidField } from '../errors';

/** An update must say which version the user edited, or we could overwrite someone's change. */
export function requireVersion(version: number | undefined): number {
  if (version === undefined) {
    throw invalidField('version', 'required', 'Send the version you edited when changing an existing record');
  }
  return version;
}
