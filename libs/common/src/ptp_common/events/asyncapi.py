"""AsyncAPI 3.0 document of the suite's events, generated from the event registry.

Channels are event types (routing keys on the topic exchange); each message's
payload is the CloudEvents envelope with ``data`` set to the versioned model.
Which service sends and which receives each event comes from the services'
definitions, so the document cannot drift from the code (a test compares).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import REGISTRY, EventSpec
from ptp_common.messaging.bus import topic_matches

SCHEMA_MODULE_PREFIX = "ptp_common.events.schemas."


def suite_specs() -> list[EventSpec]:
    """The suite's own events (models defined in ptp_common.events.schemas)."""
    return [s for s in REGISTRY if s.model.__module__.startswith(SCHEMA_MODULE_PREFIX)]


def _message_name(spec: EventSpec) -> str:
    return f"{spec.type}.v{spec.version}"


def build_asyncapi(
    consumers: Mapping[str, Sequence[str]], *, exchange: str = "ptp.events", version: str = "0.1.0"
) -> dict[str, Any]:
    """``consumers`` maps a consuming service to the routing-key patterns it binds."""
    specs = suite_specs()
    ref = "#/components/schemas/{model}"
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [(Envelope, "validation")]
    models += [(s.model, "validation") for s in specs]
    _, top = models_json_schema(models, ref_template=ref)
    schemas: dict[str, Any] = dict(top.get("$defs", {}))

    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for spec in specs:
        name = _message_name(spec)
        envelope_ref = {"$ref": ref.format(model="Envelope")}
        messages[name] = {
            "name": spec.model.__name__,
            "title": spec.type,
            "summary": spec.summary,
            "contentType": "application/cloudevents+json",
            "headers": {
                "type": "object",
                "properties": {"traceparent": {"type": "string", "description": "W3C trace context"}},
            },
            "payload": {
                "allOf": [
                    envelope_ref,
                    {
                        "type": "object",
                        "properties": {
                            "type": {"const": spec.type},
                            "dataschema": {"const": spec.dataschema},
                            "data": {"$ref": ref.format(model=spec.model.__name__)},
                        },
                    },
                ]
            },
        }
        channel = channels.setdefault(
            spec.type,
            {
                "address": spec.type,
                "title": spec.type,
                "messages": {},
                "bindings": {
                    "amqp": {
                        "is": "routingKey",
                        "exchange": {
                            "name": exchange,
                            "type": "topic",
                            "durable": True,
                            "vhost": "/",
                        },
                    }
                },
            },
        )
        channel["messages"][spec.model.__name__] = {"$ref": f"#/components/messages/{name}"}
        operations[f"{spec.source_service}.send.{spec.type}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{spec.type}"},
            "summary": f"{spec.source_service} publishes {spec.type}",
            "x-service": spec.source_service,
        }
        for service, patterns in sorted(consumers.items()):
            if any(topic_matches(p, spec.type) for p in patterns):
                operations[f"{service}.receive.{spec.type}"] = {
                    "action": "receive",
                    "channel": {"$ref": f"#/channels/{spec.type}"},
                    "summary": f"{service} consumes {spec.type}",
                    "x-service": service,
                    "bindings": {"amqp": {"ack": True}},
                }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Point-to-point suite events",
            "version": version,
            "description": (
                "Domain events between the crm, contracts, projects, risk and kpi services. "
                "Each is a CloudEvents 1.0 envelope on one durable topic exchange; the routing key "
                "is the event type. Generated from the event registry: do not edit by hand "
                "(`make asyncapi`)."
            ),
        },
        "defaultContentType": "application/cloudevents+json",
        "servers": {
            "rabbitmq": {
                "host": "localhost:5672",
                "protocol": "amqp",
                "protocolVersion": "0-9-1",
                "description": "Set by AMQP_URL in each deployment",
            }
        },
        "channels": dict(sorted(channels.items())),
        "operations": dict(sorted(operations.items())),
        "components": {
            "messages": dict(sorted(messages.items())),
            "schemas": dict(sorted(schemas.items())),
        },
    }
