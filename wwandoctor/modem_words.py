"""A modem's id (model/types.py Modem.id) in words: one way to say it for the rules' text (engine/template.py)
and the report's modem titles (render.modem_title)."""
from __future__ import annotations

# where a modem of each id kind is, said before its id's words
_PLACE = {"usb": " at USB port ", "pci": " at PCI address ", "mm": ", "}


def id_words(ident: str) -> str:
    """The model's modem id as a reader says it: "usb:1-7" -> "1-7" (rules say "at USB {modem.id}"), "usb:2c7c:0125"
    -> "2c7c:0125", "named:EM7455" -> "EM7455", "mm:0" -> "ModemManager's modem 0", "unidentified:cdc-wdm0" -> "the
    modem on cdc-wdm0"."""
    kind, _, rest = str(ident).partition(":")
    if not rest:
        return str(ident)
    if kind in ("usb", "pci", "named"):
        return rest
    if kind == "mm" or rest == "modemmanager":
        return "ModemManager's modem" + ("" if rest == "modemmanager" else " " + rest)
    return "the modem on %s" % rest if kind == "unidentified" else str(ident)


def where_words(ident: str, shown: str = "") -> str:
    """Where the modem is, said after its name: " at USB port 1-7", " at PCI address 0000:04:00.0", ", ModemManager's
    modem 0"; "" when the id says no more than ``shown``, the " (VID:PID)" already said."""
    kind, _, rest = str(ident).partition(":")
    if not rest or " (%s)" % rest.lower() == shown.lower():
        return ""
    return _PLACE[kind] + id_words(ident) if kind in _PLACE else " at %s" % ident
