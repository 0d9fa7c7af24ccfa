"""A port on 127.0.0.1 that nothing listens on (for a server to start, or to stay shut)."""

import socket


def unused_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
