/** A refusal by a manager operation: nothing was changed. Codes are the hub's ERROR_CODES. */
import type { ErrorCode } from '../../../../shared/domain/errors.js';

export class ManagerError extends Error {
  override name = 'ManagerError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
