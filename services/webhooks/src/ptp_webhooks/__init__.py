"""The webhooks service: signed HTTPS callbacks (Standard Webhooks) of the suite's events."""
