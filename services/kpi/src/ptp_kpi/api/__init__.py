"""REST routers and request/response schemas."""
