"""Editing what is said about an attachment never touches what identifies its bytes."""

import io

import pytest

from app.domain import AttachmentKind
from app.errors import InputCode, InvalidInputError
from storage.errors import ConflictError


def test_update_attachment_changes_only_editable_facts(service):
    inc = service.add_incident({"title": "x", "occurred": {"date": "2024-01-01"}})
    a = service.add_attachment_stream(inc.id, io.BytesIO(b"abc"), "s.png",
                                      extra={"online": {"url": "https://x.example/1"},
                                             "sha256": "0" * 64})
    assert a.value.online.url == "https://x.example/1"
    assert a.value.sha256 != "0" * 64
    b = service.update_attachment(a.id, {"gps_in_exports": True, "kind": "screenshot",
                                         "online": {"platform": "X", "url": "https://x.example/1"}},
                                  a.version)
    assert b.value.gps_in_exports and b.value.kind is AttachmentKind.SCREENSHOT
    assert b.value.online.platform == "X" and b.value.sha256 == a.value.sha256
    for field, value in (("sha256", "1" * 64), ("original_name", "other.png")):
        with pytest.raises(InvalidInputError) as fixed:
            service.update_attachment(a.id, {field: value}, b.version)
        assert fixed.value.code is InputCode.FIXED_FIELD and fixed.value.field == field
    with pytest.raises(ConflictError):
        service.update_attachment(a.id, {"note": "late"}, a.version)
    with pytest.raises(InvalidInputError):
        service.update_attachment(a.id, {"online": {"url": "x\x00"}}, b.version)
    assert service.get_attachment(a.id).version == 2
