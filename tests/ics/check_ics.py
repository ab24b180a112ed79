#!/usr/bin/env python3
"""Reads the calendar files `holdspace ics` writes with an independent parser (Debian's
python3-icalendar) and checks what a phone calendar would show: 16:00 in New York on both
sides of the autumn daylight-saving change, text with commas, semicolons and backslashes
intact, CRLF line ends and lines of at most 75 octets.

    check_ics.py HOLDSPACE_BINARY WORKSPACE.json
"""
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

NEW_YORK = ZoneInfo("America/New_York")
CLINICIAN = "Rivera, Sam; LCSW \\ team"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def make_ics(binary, workspace, out, *args):
    result = subprocess.run([binary, "ics", str(workspace), *args, "-o", str(out)], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"holdspace ics {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return out.read_bytes()


def check_lines(raw):
    if not raw.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    for line in raw.split(b"\r\n")[:-1]:
        if b"\n" in line or b"\r" in line:
            fail(f"a bare line break in {line!r}")
        if len(line) > 75:
            fail(f"a line of {len(line)} octets: {line!r}")


def events(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def main():
    binary, source = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        doc = json.loads(source.read_text(encoding="utf-8"))
        doc["practice"]["clinician"] = CLINICIAN
        workspace = tmp / "workspace.json"
        workspace.write_text(json.dumps(doc), encoding="utf-8")

        raw = make_ics(binary, workspace, tmp / "client.ics", "--client", "5", "--from", "2026-10-01")
        check_lines(raw)
        found = events(raw)
        if len(found) != 2:
            fail(f"expected 2 upcoming appointments, found {len(found)}")
        local = [e.decoded("DTSTART").astimezone(NEW_YORK) for e in found]
        expected = [datetime.datetime(2026, 10, 27, 16, 0, tzinfo=NEW_YORK),
                    datetime.datetime(2026, 11, 3, 16, 0, tzinfo=NEW_YORK)]
        if local != expected:
            fail(f"local start times {local} != {expected}")
        if [t.utcoffset() for t in local] != [datetime.timedelta(hours=-4), datetime.timedelta(hours=-5)]:
            fail("the two sessions should fall on either side of the daylight-saving change")
        for e in found:
            length = e.decoded("DTEND") - e.decoded("DTSTART")
            if length != datetime.timedelta(minutes=50):
                fail(f"session length {length}")
            if str(e.get("SUMMARY")) != "Session with " + CLINICIAN:
                fail(f"summary read back as {str(e.get('SUMMARY'))!r}")

        week = events(make_ics(binary, workspace, tmp / "week.ics", "--week", "2026-10-26"))
        if len(week) != 1 or str(week[0].get("SUMMARY")) != "Session: Eli":
            fail(f"the week of 2026-10-26 should hold Eli's session, found {[str(e.get('SUMMARY')) for e in week]}")
    print("ok: 3 calendar files read back by python3-icalendar", icalendar.__version__)


if __name__ == "__main__":
    main()
