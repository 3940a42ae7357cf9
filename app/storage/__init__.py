"""The one local SQLite file: schema, migrations, and the rows the app keeps."""
