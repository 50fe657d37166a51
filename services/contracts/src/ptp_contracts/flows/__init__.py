"""Operations shared by the REST API and the event handlers (one transaction each, never committed here)."""
