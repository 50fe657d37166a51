"""Reliable messaging: outbox (produce), relay (publish), consumer with inbox (consume), parking."""
