"""帮助: the built-in guide and the About box."""
