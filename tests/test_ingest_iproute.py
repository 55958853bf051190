"""ip addr / link / -s link / -br / route parsing."""
from __future__ import annotations

import functools

import ingest_util
from ingest_util import net, sample
from wwandoctor.ingest import iproute
from wwandoctor.ingest.block import Block


block = ingest_util.sample_block
run = functools.partial(ingest_util.parse, iproute)


def test_link_real_em7345():
    snap = ingest_util.read_whole(iproute, "ip-link-em7345-usb0.txt")
    usb0 = net(snap, "usb0")
    assert (usb0.type, usb0.mtu, usb0.operstate, usb0.flags) == (1, 1500, "down", "BROADCAST,MULTICAST")
    assert usb0.addresses is None  # ip link does not show addresses
    assert usb0.carrier is None
    assert snap.routes is None


def test_route_real_raspap():
    snap = ingest_util.read_whole(iproute, "ip-route-raspap.txt")
    assert [(r.destination, r.gateway, r.dev) for r in snap.routes] == [("default", "10.182.35.145", "wwan0")]
    assert snap.net_interfaces == []


def test_addr_rawip_and_ethernet():
    snap, left = run(block("ip-addr-wwan-rawip.txt"))
    assert left == []
    wwan = net(snap, "wwan0")
    assert (wwan.type, wwan.carrier, wwan.operstate) == (65534, True, "unknown")
    assert wwan.addresses == ["10.141.23.77/30"]
    eth = net(snap, "eth0")
    assert eth.carrier is False and eth.mac == "b8:27:eb:12:34:56"
    other = net(snap, "wwp0s20f0u6i12")
    assert other.addresses == [] and other.type == 1 and other.carrier is None
    assert net(snap, "lo").addresses == ["127.0.0.1/8", "::1/128"]


def test_stats():
    snap, left = run(block("ip-s-link.txt", command="ip -s link show wwan0"))
    assert left == []
    wwan = net(snap, "wwan0")
    assert (wwan.rx_bytes, wwan.tx_bytes) == (12345, 8910)


def test_routes_metrics_and_v6():
    snap, left = run(block("ip-route-mixed.txt"))
    assert left == []
    assert len(snap.routes) == 5
    assert (snap.routes[1].dev, snap.routes[1].metric) == ("wwan0", 700)
    assert snap.routes[0].src == "192.168.1.20"
    assert snap.routes[2].destination == "10.141.23.76/30"
    assert snap.routes[4].destination == "fe80::/64"


def test_brief_forms():
    lines = ["lo               UNKNOWN        127.0.0.1/8 ::1/128",
             "wwan0            UNKNOWN        10.1.2.3/30 ",
             "eth0             DOWN           "]
    snap, left = run(Block(lines=lines, command="ip -br a"))
    assert left == []
    assert net(snap, "wwan0").addresses == ["10.1.2.3/30"]
    assert net(snap, "eth0").addresses == [] and net(snap, "eth0").operstate == "down"


def test_garbage_and_truncated():
    lines = ["3: wwan0: <POINTOPOINT,NOARP> mtu 1500 qdisc noop state DOWN", "    link/no", "blah blah", "\x00\x01"]
    snap, left = run(Block(lines=lines))
    assert net(snap, "wwan0").type is None
    assert left == ["blah blah", "\x00\x01"]
    assert iproute.detect(Block(lines=["hello world"])) == 0


def test_missing_device_message():
    blk = Block(lines=['Device "wwan0" does not exist.'], command="ip addr show wwan0", name="t")
    assert iproute.detect(blk) >= 60
    snap, left = run(blk)
    assert left == [] and snap.log[0].origin == "ip" and "wwan0" in snap.log[0].text
    assert snap.net_interfaces == []


def test_json_forms():
    addr = ('[{"ifindex":3,"ifname":"wwan0","flags":["POINTOPOINT","NOARP","UP","LOWER_UP"],"mtu":1500,'
            '"qdisc":"fq_codel","operstate":"UNKNOWN","group":"default","txqlen":1000,"link_type":"none",'
            '"addr_info":[{"family":"inet","local":"10.141.23.77","prefixlen":30,"scope":"global"}]},'
            '{"ifindex":2,"ifname":"eth0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"operstate":"DOWN",'
            '"link_type":"ether","address":"B8:27:EB:12:34:56","addr_info":[]}]')
    blk = Block(lines=[addr], command="ip -j addr", name="t")
    assert iproute.detect(blk) >= 80
    snap, left = run(blk)
    assert left == []
    wwan = net(snap, "wwan0")
    assert (wwan.type, wwan.carrier, wwan.operstate, wwan.addresses) == (65534, True, "unknown", ["10.141.23.77/30"])
    assert net(snap, "eth0").mac == "b8:27:eb:12:34:56" and net(snap, "eth0").addresses == []
    route = '[{"dst":"default","gateway":"10.141.23.78","dev":"wwan0","protocol":"static","metric":700,"flags":[]}]'
    snap, left = run(Block(lines=[route], name="t"))
    assert [(r.destination, r.gateway, r.dev, r.metric) for r in snap.routes] == [("default", "10.141.23.78", "wwan0", 700)]
    snap, left = run(Block(lines=[addr[:120]], name="t"))
    assert left and snap.net_interfaces == [] and snap.notes


def test_ip_link_set_on_a_missing_interface():
    # samples/paste/script-trace-qmicli-ip-udhcpc.txt: "+ ip link set wwan0 up" in a set -x trace
    blk = Block(lines=['Cannot find device "wwan0"'], command="ip link set wwan0 up", name="t")
    assert iproute.detect(blk) >= 60
    snap, left = run(blk)
    assert left == [] and [(l.origin, l.text) for l in snap.log] == [("ip", 'Cannot find device "wwan0"')]


def test_a_block_starting_with_another_outputs_bracket_is_not_ip_json():
    # qmicli's "[/dev/cdc-wdm1] ..." pasted right above ip addr: the addr lines are still read
    lines = sample("qmicli-operating-mode.txt")[1:] + sample("ip-addr-wwan-rawip.txt")
    snap, left = run(Block(lines=lines, name="t"))
    assert left == sample("qmicli-operating-mode.txt")[1:]
    assert net(snap, "wwan0").addresses == ["10.141.23.77/30"]


def test_detail_lines_without_indentation():
    # a post rendered without <pre> (a LinuxQuestions mirror): the runs of spaces collapsed
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("$ ip addr show wwan0\n"
                       "5: wwan0: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN group default qlen 1000\n"
                       "link/none\n"
                       "inet 100.84.201.6/29 scope global wwan0\n"
                       "valid_lft forever preferred_lft forever\n")
    net = [n for n in snap.net_interfaces if n.name == "wwan0"][0]
    assert net.addresses == ["100.84.201.6/29"] and net.type == 65534 and not snap.unrecognized
