import type { MediaError } from './errors.js';
import { mediaError } from './said-error.js';

/**
 * Why a file or folder could not be read, as the system said it (an errno code), in words that say
 * what to do: a permission, a symbolic-link loop, a path too long, a disk error. Any other code is
 * named as it is.
 */
export function readFailure(error: unknown, what: 'file' | 'folder'): MediaError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return mediaError('unreadable', {
        key: what === 'file' ? 'errors.file.permissionDenied' : 'errors.file.folderDenied',
      });
    case 'ELOOP':
      return mediaError('unreadable', { key: 'errors.file.linkLoop' });
    case 'ENAMETOOLONG':
      return mediaError('unreadable', { key: 'errors.file.nameTooLong' });
    case 'EIO':
      return mediaError('unreadable', { key: 'errors.file.diskError' });
    default:
      return mediaError('unreadable', {
        key: what === 'file' ? 'errors.file.unreadable' : 'errors.file.folderUnreadable',
        params: { reason: code ?? String(error) },
      });
  }
}
