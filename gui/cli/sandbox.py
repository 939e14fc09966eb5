"""`apptoto-sheets sandbox [--port N] [--faults SPEC] [--user EMAIL] [--key KEY] [--seed-sample] [--terse]
[--ignore-calendar-flag]`: the simulator until Ctrl+C."""

from __future__ import annotations

import argparse

from gui.apptoto.credentials import KEY_ENV, USER_ENV
from gui.apptoto.sandbox import DEMO_CLIENT_ID, FaultConfig, SandboxServer
from gui.cli.common import EXIT_NOTHING, EXIT_OK, say

SANDBOX_RATE_LIMIT = 100      # requests a minute, as Apptoto is reported to allow


def run(args: argparse.Namespace) -> int:
    try:
        faults = FaultConfig.parse(args.faults or "", FaultConfig(rate_limit=SANDBOX_RATE_LIMIT))   # Apptoto-like
    except ValueError as exc:
        say(f"apptoto-sheets: --faults: {exc}")
        return EXIT_NOTHING
    server = SandboxServer(port=args.port or 0, faults=faults,
                           users={args.user: args.key} if args.user and args.key else None)
    try:
        server.start()
    except OSError as exc:
        say(f"apptoto-sheets: cannot listen on port {args.port}: {exc.strerror or exc}")
        return EXIT_NOTHING
    store = server.store
    if args.terse:
        store.calendar_names = store.echo_external_id = store.echo_time_zone = False
    store.honour_prevent_calendar_creation = not args.ignore_calendar_flag
    if args.seed_sample:
        from gui.apptoto.sandbox_seed import seed_demo

        print(f"Seeded {seed_demo(server)} events that the sample schedule updates.")
    (email, api_key), = server.users.items()
    print(f"Apptoto sandbox (a local stand-in for training and tests, not Apptoto) at {server.url}")
    print(f"  user: {email}\n  API key: {api_key}")
    print(f"  e.g. {USER_ENV}={email} {KEY_ENV}={api_key} apptoto-sheets submit FILE --base-url {server.url}")
    print(f"  or sign in (client id {DEMO_CLIENT_ID}): apptoto-sheets login --base-url {server.url} "
          f"--client-id {DEMO_CLIENT_ID}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while server.join(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.")
    return EXIT_OK
