"""Ports for servers that tests and benchmarks start on this machine.

A port from ``bind(0)`` comes from the kernel's ephemeral range, which every outgoing
connection also draws from: between choosing it and the server binding it, a client
socket (a database pool, a broker channel) may take it ("address already in use").
So ports are picked *below* the ephemeral range (it starts at 32768 on Linux), at random,
and kept only if they can be bound right now.
"""

from __future__ import annotations

import random
import socket

LOW, HIGH = 20000, 32000  # under /proc/sys/net/ipv4/ip_local_port_range's default start


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def consecutive_free_ports(count: int) -> int:
    """First of ``count`` consecutive ports that are free now, outside the ephemeral range."""
    for _ in range(1000):
        first = random.randint(LOW, HIGH - count)
        if all(_bindable(p) for p in range(first, first + count)):
            return first
    raise RuntimeError(f"no {count} consecutive free ports between {LOW} and {HIGH}")


def free_port() -> int:
    return consecutive_free_ports(1)
