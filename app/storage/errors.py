"""Storage failures with a message a user can act on, in Chinese."""


class StorageError(Exception):
    """Opening or writing the database failed; ``str(error)`` is meant for the user."""


class DatabaseTooNew(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class NotOurDatabase(StorageError):
    pass


class DataFolderReadOnly(StorageError):
    """The database file or its folder cannot be written (permissions, read-only medium)."""


class DiskFull(StorageError):
    pass


class DatabaseBusy(StorageError):
    """Another program holds the database's write lock."""


class DatabaseInUse(StorageError):
    """A License Keeper window holds the database; this program may read it but not write."""


class BackupFileRefused(StorageError):
    """A backup file or folder that is not a whole backup of ours, or one this version cannot
    use (the file's fault, not the disk's): nothing was changed."""
