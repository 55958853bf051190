"""Live rfkill switches from ``/sys/class/rfkill/rfkillN``.

Sample (a Dell laptop's WWAN switch, ``/sys/class/rfkill/rfkill2``)::

    name   dell-wwan
    type   wwan
    index  2
    soft   0      (1 = blocked by software)
    hard   0      (1 = blocked by a hardware switch or the firmware)

A machine without ``/sys/class/rfkill`` has no switch that could block the
modem: the source is ``not-applicable`` and the list is empty. Source name:
``rfkill``.
"""
from __future__ import annotations

from wwandoctor.collect.context import Context
from wwandoctor.collect.sysfs import Reader
from wwandoctor.snapshot import RfkillSwitch, Snapshot

SOURCE = "rfkill"
READS = ("/sys/class/rfkill",)
THREAD = False
CLASS_DIR = "/sys/class/rfkill"


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.rfkill``; record the ``rfkill`` source. Never raises."""
    reader = Reader(ctx.root)
    if not reader.exists(CLASS_DIR):
        snap.rfkill = []
        snap.set_source(SOURCE, "not-applicable", "no %s (rfkill not in this kernel)" % CLASS_DIR)
        return
    names = reader.listdir(CLASS_DIR)
    if names is None:
        snap.set_source(SOURCE, "permission-denied", "cannot list %s" % CLASS_DIR)
        return
    snap.rfkill = [read_switch(reader, name) for name in names]
    status, detail = reader.status("%d switches" % len(snap.rfkill))
    snap.set_source(SOURCE, status, detail)


def read_switch(reader: Reader, name: str) -> RfkillSwitch:
    base = "%s/%s" % (CLASS_DIR, name)
    switch = RfkillSwitch(name=reader.value(base + "/name") or name)
    switch.type = reader.value(base + "/type")
    switch.index = reader.integer(base + "/index")
    switch.soft = reader.flag(base + "/soft")
    switch.hard = reader.flag(base + "/hard")
    return switch
