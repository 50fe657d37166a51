"""Pure domain model: entities, state machines, rules. No FastAPI, no SQLAlchemy."""
