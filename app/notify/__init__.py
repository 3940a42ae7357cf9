"""Messages to the company's group chat: the robots' formats and signatures (``formats``, pure)
and the HTTP request that delivers them (``webhook``, the only module of the app that opens
a network connection, and only to a configured robot's address)."""
