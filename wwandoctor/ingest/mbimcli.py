"""mbimcli output (libmbim's command-line tool).

Real forms (libmbim ``mbimcli-basic-connect.c``)::

    $ mbimcli -d /dev/cdc-wdm0 --query-radio-state
    [/dev/cdc-wdm0] Radio state retrieved:
                 Hardware radio state: 'on'
                 Software radio state: 'off'

    [/dev/cdc-wdm0] Subscriber ready status retrieved:
                  Ready state: 'sim-not-inserted'

    error: couldn't open the MbimDevice: Transaction timed out

libqmi's "error: couldn't open the QmiDevice: Cannot automatically select QMI/MBIM mode"
names MBIM but is qmicli's. "[/dev/cdc-wdm0] Connection status:" ends its line in mbimcli (the fields follow);
qmicli's packet-service status carries the value on the same line ("... Connection status:
'connected'") and is not mbimcli's. A lone "MBIM" line is a wwan port type read from sysfs.

Every output line is kept as a LogLine (origin "mbimcli") and the person is
recorded as using mbimcli (:mod:`.glib_cli` reads the frame shared with qmicli).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest import glib_cli
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "mbimcli"
COMMANDS = ("mbimcli",)
PRIORITY = 210

# The word MBIM as libmbim prints it (mbim-message.c "MBIM protocol error: %s", mbim-device.c "Cannot initialize
# MBIM device", mbimcli.c "MBIM Device at '%s' ready", mbimcli-ms-basic-connect-extensions.c " MBIM version :",
# "MBIMEx v2.0") or on a "[/dev/cdc-wdm0]" line; a person's line naming MBIM ("EM7455 in MBIM mode, qmicli
# hangs", "AT+QCFG="usbnet",2 < MBIM") is not mbimcli's: it is left for the reader of the post's words.
_NAMES_MBIM = (r"\bMBIM(?:Ex\b| protocol error| (?:extended )?version\s*:| Device at)|initialize MBIM device|"
               r"^\s*\[/dev/[\w.-]+\].*\bMBIM\b")
_SPECIFIC = regex_cache.compile(
    r"MbimDevice|radio state|Ready state:|Subscriber ready|Device caps|Device services|"
    r"IP configuration retrieved|Connection status:\s*$|Activation state:|Session ID:|Register state:|"
    r"Packet service|Signal state|Home provider|Visible providers|Nw error:|Provisioned contexts|"
    r"couldn't (?:connect|query|set|open the Mbim)|SimNotInserted|PinRequired|NotRegistered|RadioPowerOff|"
    r"OperationNotAllowed|NotInitialized|" + _NAMES_MBIM)
# libqmi's lines, even where they name MBIM: "error: couldn't open the QmiDevice: Cannot automatically
# select QMI/MBIM mode" is qmicli's (qmi-device.c), not mbimcli's.
_LIBQMI = regex_cache.compile(r"QmiDevice|QMI/MBIM|QMI protocol error")


def _mine(text: str) -> bool:
    return glib_cli.is_mine(_SPECIFIC, text) and not _LIBQMI.search(text)


def detect(block: Block) -> int:
    return glib_cli.detect_score(block, "mbimcli", _mine, 76)  # above qmicli (75): "Connection status:" lines


def parse(block: Block, snap: Snapshot) -> List[str]:
    return glib_cli.read_output(block, snap, "mbimcli", _mine)
