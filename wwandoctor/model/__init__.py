"""The model: one entry per physical modem, derived from a snapshot.

Rules see only this. Every field is ``None`` when the snapshot did not show it (unknown), and every
known fact keeps the evidence it came from in ``evidence[field]``. ``FIELD_DOCS`` documents each field
for rule authors and names the command that would settle it when it is unknown.

Modules: types (Evidence, Modem, Host, Model), fields (FIELD_DOCS), common (driver tables, helpers),
host (host facts), tools (the person's tools, DHCP clients), usb / pci (modems on each bus),
ids (what the id tables and the kernel know of an id), net (net ports, routes),
modemmanager (ModemManager's view and bearers), prose (what the post's sentences quote, name and say they saw).
"""
from __future__ import annotations

from typing import List

from wwandoctor.model.fields import FIELD_DOCS
from wwandoctor.model.host import (config_names_missing, modem_nodes_shown, configs_without_device, configs_wrong_device, connect_commands, derive_host, devices_listed,
                                   bearer_dns_unused, nm_unmanaged_modem, router_sticks_only,
                                   switching_sticks_only)
from wwandoctor.model.modemmanager import attach_modemmanager, attach_orphan_bearers, compare_mtu, tool_bearer_mtu
from wwandoctor.model.net import modem_default_routes, net_only_modems, wwan_default_route
from wwandoctor.model.anchors import anchored_modems, only_named
from wwandoctor.model.named import storage_sticks_named
from wwandoctor.model.signals import derive_signals, lines_beyond_the_cut, prose_text_lines, text_lines
from wwandoctor.model.ids import drivers_newer_than_kernel, id_given_by_new_id, id_in_running_tree, missing_openwrt_packages
from wwandoctor.model.prose import quoted_lines, stated_facts
from wwandoctor.model.prose_ids import command_lines, new_id_writes, new_id_writes_in, unique_writes
from wwandoctor.model.pci import is_pci_modem, pci_modem, pci_modem_addresses_in_log
from wwandoctor.model.tools import attach_tools, dhcp_on_net
from wwandoctor.model.types import Evidence, Host, Model, Modem
from wwandoctor.model.usb import is_usb_modem, usb_modem
from wwandoctor.snapshot import LogLine, Snapshot

__all__ = ["FIELD_DOCS", "Evidence", "Host", "Model", "Modem", "derive"]


def derive(snap: Snapshot) -> Model:
    """Build the model: one Modem per physical modem, and the host facts (``snap`` is only read)."""
    host = derive_host(snap)
    modems: List[Modem] = [usb_modem(dev, snap) for dev in snap.usb_devices if is_usb_modem(dev, snap)]
    log_addresses = pci_modem_addresses_in_log(snap)
    modems += [pci_modem(pci, snap) for pci in snap.pci_devices if is_pci_modem(pci, log_addresses)]
    modems.extend(net_only_modems(modems, snap))
    lines = text_lines(snap)
    sentences = prose_text_lines(snap)
    commands = command_lines(snap)
    # the commands at a prompt are read too: "# modprobe usbserial vendor=0x1410 product=0x4400" is what the person ran
    said = stated_facts(sentences + commands)
    # the commands count for the ids they hand to a driver ("echo 2c7c 0125 > .../qmi_wwan/new_id")
    command_writes = [new_id_writes_in(c) for c in commands]
    id_commands = [c for c, writes in zip(commands, command_writes) if writes]
    # usb_modeswitch's dispatcher logs the ids it writes to a driver's new_id itself (prose_ids._MODESWITCH_ADDS_ID_RE):
    # its syslog line names the switched modem as a command's write does
    dispatcher_writes = [ln for ln in lines if ln.origin == "usb_modeswitch" and new_id_writes_in(ln)]
    id_commands += [LogLine(text=ln.text, origin="unknown", time=None, source=ln.source) for ln in dispatcher_writes]
    cut = lines_beyond_the_cut(lines, sentences)
    modems.extend(anchored_modems(modems, lines + id_commands, snap, stays_storage="said:storage-mode" in said, cut=cut))
    new_id_written = unique_writes([w for writes in command_writes for w in writes] + new_id_writes(sentences + dispatcher_writes))
    attach_modemmanager(modems, snap)
    attach_orphan_bearers(modems, snap)
    tool_bearer_mtu(modems, snap)
    for m in modems:
        id_given_by_new_id(m, new_id_written)
        m.only_named = only_named(m)
        attach_tools(m, host)
        dhcp_on_net(m, snap)
        compare_mtu(m)
        drivers_newer_than_kernel(m, host)
    host.modem_count = len(modems)
    missing_openwrt_packages(host, modems)
    host.shown_modem_count = sum(1 for m in modems if not m.only_named)
    host.modem_id_in_tree = any(not m.only_named and id_in_running_tree(m, host.kernel_release) for m in modems)
    host.modem_id_set_unlisted = any(m.id_set_by_command and m.expected_drivers == [] for m in modems)
    devices_listed(snap, host)
    modem_nodes_shown(lines, host, [m.id for m in modems])
    wwan_default_route(snap, host, modems)
    modem_default_routes(snap, host, modems)
    config_names_missing(snap, host, modems)
    configs_without_device(snap, host)
    configs_wrong_device(snap, host)
    # a connect command the person ran at a prompt ("$ mmcli -m 0 --simple-connect=...") was run as much as one in a log
    connect_commands(lines + commands, host)
    nm_unmanaged_modem(snap, host, modems)
    bearer_dns_unused(snap, modems)
    router_sticks_only(host, modems)
    switching_sticks_only(host, modems)
    storage_sticks_named(sentences, host)
    quotes = list(quoted_lines(sentences))
    return Model(snapshot=snap, host=host, modems=modems, signals=derive_signals(lines, sentences, said, quotes, cut),
                 quoted=[line for line, _ in quotes])
