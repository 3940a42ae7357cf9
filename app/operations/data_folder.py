"""Moving the data to another folder: check the folder, copy the database and attachments there."""

from app.storage.relocate import check_target, copy_data_to, target_database

__all__ = ["check_target", "copy_data_to", "target_database"]
