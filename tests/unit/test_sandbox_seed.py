"""The --sandbox demo account holds what the sample's update rows point at."""

import json

from gui.apptoto.client import ApptotoClient
from gui.apptoto.sandbox import SandboxServer
from gui.apptoto.sandbox_seed import seed_demo


def test_seed_demo_creates_the_samples_existing_events():
    with SandboxServer() as server:
        assert seed_demo(server) == 6
        (user, key), = server.users.items()
        client = ApptotoClient(server.url, user, key)
        by_id = client.get_event(id=880105)
        assert by_id["external_id"] == "PM-1006"
        assert [p["state"] for p in by_id["participants"]] == ["reminded"]
        assert client.get_event(external_id="PM-1001")["title"] == "Cleaning"
        assert client.get_event(id=880129)["location"] == "Suite 220, 12 Main St"
        json.dumps(by_id)
