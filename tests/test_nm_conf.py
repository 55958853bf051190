"""NetworkManager.conf unmanaged-devices: the spec matcher, the pasted-file parser, the live collector
(shadowing and order as NetworkManager reads its files) and the host fact the rule uses."""
from __future__ import annotations

from root_util import write
from wwandoctor.collect import configs
from wwandoctor.collect.context import Context
from wwandoctor.decode.configs import nm_spec_match, parse_nm_conf
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.snapshot import Snapshot

# Ubuntu's network-manager package, /usr/lib/NetworkManager/conf.d/10-globally-managed-devices.conf
UBUNTU_GLOBALLY_MANAGED = "[keyfile]\nunmanaged-devices=*,except:type:wifi,except:type:gsm,except:type:cdma\n"
# Debian's default /etc/NetworkManager/NetworkManager.conf
DEBIAN_DEFAULT = "[main]\nplugins=ifupdown,keyfile\n\n[ifupdown]\nmanaged=false\n"
PORTS = ["cdc-wdm0", "ttyUSB2"]


def test_spec_forms_from_the_manual():
    assert nm_spec_match("interface-name:cdc-wdm0", PORTS, [], ["gsm"]) == "interface-name:cdc-wdm0"
    assert nm_spec_match("interface-name:cdc-wdm*", PORTS, [], ["gsm"]) == "interface-name:cdc-wdm*"
    assert nm_spec_match("interface-name:~ttyUSB?", PORTS, [], ["gsm"]) == "interface-name:~ttyUSB?"
    assert nm_spec_match("interface-name:=cdc-wdm*", PORTS, [], ["gsm"]) is None  # "=": taken literally
    assert nm_spec_match("type:gsm", PORTS, [], ["gsm", "cdma"]) == "type:gsm"
    assert nm_spec_match("driver:qmi_wwan/1.0*", PORTS, ["qmi_wwan"], ["gsm"]) == "driver:qmi_wwan/1.0*"
    assert nm_spec_match("mac:00:22:68:1c:59:b1;interface-name:eth2", PORTS, [], ["gsm"]) is None
    assert nm_spec_match("cdc-wdm0", PORTS, [], ["gsm"]) == "cdc-wdm0"  # bare IFNAME
    # the data link is not the name NetworkManager matches for a modem
    assert nm_spec_match("interface-name:wwan0", PORTS, [], ["gsm"]) is None


def test_except_wins_and_an_except_only_list_matches_the_rest():
    specs = UBUNTU_GLOBALLY_MANAGED.splitlines()[1].split("=", 1)[1]
    assert nm_spec_match(specs, PORTS, ["qmi_wwan"], ["gsm", "cdma"]) is None
    assert nm_spec_match("except:type:wifi", PORTS, [], ["gsm"]) == "except:type:wifi"
    assert nm_spec_match("except:interface-name:cdc-wdm0", PORTS, [], ["gsm"]) is None
    assert nm_spec_match("", PORTS, [], ["gsm"]) is None


def test_parse_keeps_only_an_unmanaged_list():
    assert parse_nm_conf("a.conf", DEBIAN_DEFAULT) is None
    cfg = parse_nm_conf("a.conf", "[keyfile]\nunmanaged-devices+=type:gsm\n")
    assert cfg.kind == "networkmanager-conf" and cfg.settings == {"unmanaged-devices+": "type:gsm"}
    assert parse_nm_conf("a.conf", "[main]\nunmanaged-devices=*\n") is None  # only [keyfile] has it


def test_pasted_file_reaches_the_host_fact():
    snap = ingest_text("$ cat /etc/NetworkManager/NetworkManager.conf\n" + DEBIAN_DEFAULT
                       + "\n[keyfile]\nunmanaged-devices=interface-name:eth1;type:gsm\n")
    assert [c.kind for c in snap.configs] == ["networkmanager-conf"]
    assert derive(snap).host.nm_unmanaged_modem == ["type:gsm"]


def test_pasted_ubuntu_default_is_known_and_empty():
    snap = ingest_text("$ cat /usr/lib/NetworkManager/conf.d/10-globally-managed-devices.conf\n" + UBUNTU_GLOBALLY_MANAGED)
    assert derive(snap).host.nm_unmanaged_modem == []


def test_no_conf_seen_stays_unknown():
    assert derive(ingest_text("$ cat /etc/NetworkManager/NetworkManager.conf\n" + DEBIAN_DEFAULT)).host.nm_unmanaged_modem is None


def test_live_files_shadowing_and_order(tmp_path):
    write(tmp_path, "/etc/NetworkManager/NetworkManager.conf", DEBIAN_DEFAULT)
    write(tmp_path, "/usr/lib/NetworkManager/conf.d/10-globally-managed-devices.conf", "[keyfile]\nunmanaged-devices=*\n")
    write(tmp_path, "/usr/lib/NetworkManager/conf.d/20-other.conf", "[keyfile]\nunmanaged-devices=type:gsm\n")
    write(tmp_path, "/etc/NetworkManager/conf.d/10-globally-managed-devices.conf", "")  # netplan's shadowing file
    write(tmp_path, "/etc/NetworkManager/conf.d/90-local.conf", "[keyfile]\nunmanaged-devices=interface-name:eth1\n")
    snap = Snapshot(origin="live")
    configs.collect(snap, Context(root=str(tmp_path)))
    nm = [c.path for c in snap.configs if c.kind == "networkmanager-conf"]
    assert nm == ["/usr/lib/NetworkManager/conf.d/20-other.conf", "/etc/NetworkManager/conf.d/90-local.conf"]
    # the last plain "=" replaces type:gsm, so the modem stays managed
    assert derive(snap).host.nm_unmanaged_modem == []
    write(tmp_path, "/etc/NetworkManager/conf.d/95-append.conf", "[keyfile]\nunmanaged-devices+=interface-name:cdc-wdm*\n")
    snap = Snapshot(origin="live")
    configs.collect(snap, Context(root=str(tmp_path)))
    assert derive(snap).host.nm_unmanaged_modem == ["interface-name:cdc-wdm*"]
