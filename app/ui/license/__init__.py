"""A license's page: the certificate form, its deadlines, its cases and history."""
