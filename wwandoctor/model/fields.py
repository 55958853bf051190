"""FIELD_DOCS: what each model field means, and the command that would settle it when unknown.

Made from the field declarations in model/types.py (one :func:`~wwandoctor.model.types.fact` per
field); rules name fields as ``modem.X`` / ``host.X``; a rule that reads an unknown field lists the
``settle`` command.
"""
from __future__ import annotations

import dataclasses
from typing import Dict, Iterator, List, Tuple

from wwandoctor.model.types import Host, Modem

SUBJECTS = (("modem", Modem), ("host", Host))


def declared() -> Iterator[Tuple[str, dataclasses.Field]]:
    """("modem.vid", its dataclass field) for every declared field, in declaration order."""
    for prefix, cls in SUBJECTS:
        for f in dataclasses.fields(cls):
            if "doc" in f.metadata:
                yield "%s.%s" % (prefix, f.name), f


def reported(cls) -> List[str]:
    """The fields of ``cls`` (Modem or Host) that reports show, in declaration order."""
    return [f.name for f in dataclasses.fields(cls) if f.metadata.get("report")]


FIELD_DOCS: Dict[str, Dict[str, str]] = {name: {"doc": f.metadata["doc"], "settle": f.metadata["settle"]}
                                         for name, f in declared()}
