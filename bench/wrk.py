"""Run wrk (Debian's package) against one URL and read its summary."""

import re
import subprocess

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * UNITS[unit]


def wrk(url, seconds, connections=16, threads=2, cookie=None, timeout=2):
    """{'rps', 'p50_ms', 'p99_ms', 'errors', 'requests'} for `seconds` of load on `url`."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    return parse(output)


def parse(output):
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": round(to_ms(latency["50"]), 2),
        "p99_ms": round(to_ms(latency["99"]), 2),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "errors": (sum(int(n) for n in socket.groups()) if socket else 0)
        + (int(non_2xx.group(1)) if non_2xx else 0),
    }
