"""Storage failures with a message a user can act on, in Chinese."""


class StorageError(Exception):
    """Opening or writing the database failed; ``str(error)`` is meant for the user."""


class DatabaseTooNew(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class NotOurDatabase(StorageError):
    pass
