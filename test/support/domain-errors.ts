import { DomainError } from '../../shared/domain/errors';

/** The code of the DomainError `action` throws; undefined when it throws nothing. */
export function codeOf(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}
