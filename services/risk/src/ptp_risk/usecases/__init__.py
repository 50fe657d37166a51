"""Application steps shared by the REST routes and the event handlers (they take a UnitOfWork)."""
