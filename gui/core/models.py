"""Pydantic wire models of the request body: they dump only the fields a row sets (Apptoto patches)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Participant(_Wire):
    name: StrictStr | None = None
    email: StrictStr | None = None
    phone: StrictStr | None = None
    contact_id: StrictInt | None = None
    contact_external_id: StrictStr | None = None


class Event(_Wire):
    id: StrictInt | None = None
    external_id: StrictStr | None = None
    calendar: StrictStr | None = None
    calendar_id: StrictInt | None = None
    title: StrictStr | None = None
    start_time: StrictStr | None = None
    end_time: StrictStr | None = None
    time_zone: StrictStr | None = None
    location: StrictStr | None = None
    content: StrictStr | None = None
    all_day: StrictBool | None = None
    show_as: int | None = Field(default=None, ge=0, le=4)
    custom_data: dict[str, Any] | None = None
    participants: list[Participant] | None = None


class EventsBody(_Wire):
    events: list[Event]


def request_body(events: list[dict]) -> dict:
    """The exact `{"events": [...]}` body for PUT /v1/events: validated, only the keys each event sets."""
    return EventsBody.model_validate({"events": events}).model_dump(mode="json", exclude_unset=True)
