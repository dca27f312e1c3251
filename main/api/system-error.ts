import type { ApiError } from '../../shared/contract/result';

/**
 * SQLite and operating-system errors that a user can meet (a full disk, a damaged or locked
 * database, a folder they may not write) in words they can act on. Anything else is a bug and
 * stays INTERNAL with its own message.
 */
const sqliteMessages: Record<string, string> = {
  SQLITE_FULL: '磁盘空间已满，未能保存：请清理磁盘后重试，已保存的数据未受影响',
  SQLITE_CORRUPT: '数据库文件已损坏：请停止使用并联系信息技术部门从备份恢复',
  SQLITE_NOTADB: '数据库文件无法识别（已损坏或密钥不符）：请联系信息技术部门',
  SQLITE_BUSY: '数据库正被其他操作占用，请稍后重试',
  SQLITE_LOCKED: '数据库正被其他操作占用，请稍后重试',
  SQLITE_READONLY: '数据库为只读，未能保存：请检查数据文件夹的写入权限',
  SQLITE_IOERR: '读写数据库文件时出错：请检查磁盘后重试',
  SQLITE_CANTOPEN: '无法打开数据库文件：请检查数据文件夹是否存在、是否有权限',
};

const osMessages: Record<string, string> = {
  ENOSPC: '磁盘空间已满，未能写入文件：请清理磁盘后重试',
  EACCES: '没有读写该文件或文件夹的权限',
  EPERM: '操作系统不允许该操作（权限不足）',
  EROFS: '文件系统为只读，未能写入',
  EMFILE: '打开的文件过多，请稍后重试',
  EIO: '磁盘读写错误：请检查磁盘',
};

/** The user-facing error for a raw SQLite/Node error, or null when it is not one of those. */
export function systemErrorMessage(title: string, error: unknown): ApiError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // Extended SQLite codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT …) share their base's meaning.
  const sqlite = code.startsWith('SQLITE_') ? (sqliteMessages[code] ?? sqliteMessages[code.split('_').slice(0, 2).join('_')]) : undefined;
  if (sqlite) return { code: 'INTERNAL', message: `「${title}」未完成：${sqlite}` };
  const os = osMessages[code];
  if (os) {
    const path = (error as { path?: unknown }).path;
    return { code: 'INTERNAL', message: `「${title}」未完成：${os}${typeof path === 'string' ? `（${path}）` : ''}` };
  }
  return null;
}
