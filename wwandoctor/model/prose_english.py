"""English statements read by the parts they are made of, in any order, not by one phrase per sentence.

An English post tells one fact in many orders and words: "the 4G connection drops every 15-20 minutes", "I keep losing the
mobile data link several times an hour", "connection keeps dying randomly". Each tells the same three parts: a link,
its loss, and how often. A row of :data:`ROWS` is such a tuple of parts (each an alternation of words), all found in one
sentence in any order; then the clause grammar of the row's KEY part (its verb or state) decides:

- a negation right before the key takes the statement back ("it hasn't dropped once", "never showed up as a CD drive");
- another device as the subject of the key's clause takes it back ("my phone keeps dropping the wifi", "my USB printer
  appears as a CD-ROM"); a row with ``modem`` wants the last subject before the key to be the modem, stick or card
  (or a pronoun), never the host, a program or another device ("the Pi freezes and I have to unplug the modem");
- the trouble told over in the sentence takes it back ("... has been rock solid since", "now it works").

The caller (model/prose.py, as for the clause grammar's readings) leaves out hedged sentences: conditions, questions,
the past ("it used to hang every few hours").
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Dict, Iterator, NamedTuple, Tuple

from wwandoctor import regex_cache
from wwandoctor.caseless_regex import CaselessRegex, fold, gated
from wwandoctor.model.prose_grammar import STORAGE_ONE_OF_SEVERAL as ONE_OF_SEVERAL

# a row's parts are at most this far apart, within one sentence ("1.8V" and "8.8.8.8" keep their dots)
_GAP = r"(?:[^.!?;\n]|[.!?](?=\w)){0,100}?"


class Row(NamedTuple):
    """One way of telling a fact: its parts (alternations), all in one sentence in any order."""
    parts: Tuple[str, ...]
    key: int = 0          # the part a negation right before it takes back; -1 when the parts carry their own negation
    modem: bool = False   # the key's subject must be the modem (or a pronoun), not the host, a program or another device
    # every part in the key's own clause: "registration was rejected, please check if the APN is correct" tells no APN refused
    one_clause: bool = False


# --- vocabulary -----------------------------------------------------------------------------------
# the modem as posts name it: its kind, its maker, its model ("EC25", "EM7455", "E3372h", "MF823", "L850-GL")
MODEM = (r"(?:modem|module|dongle|stick|(?<!SIM )(?<!sim )(?<!SD )card|WWAN|(?:LTE|4G|3G|5G)\s+(?:modem|module|card|stick)|"
         r"Huawei|ZTE|Quectel|Sierra|Fibocom|Telit|SIMCom|Novatel|Foxconn|u-?blox|Alcatel|(?-i:[A-Z]{1,4}-?\d{2,4}[A-Za-z0-9-]*))")
# the host and the programs: a subject that is not the modem
HOST = (r"(?:Pi|Raspberry|router|laptop|computer|PC|host|system|board|machine|box|server|kernel|Ubuntu|Debian|OpenWrt|Windows|"
        r"Linux|ModemManager|NetworkManager|(?-i:MM|NM)|mmcli|qmicli|mbimcli|uqmi|script|app|program|driver|GUI|browser|desktop)")
# another device than the modem: its statements are not the modem's
# (not a storage device: a stick is seen as "a micro SD card reader" or "a hard drive" in its storage mode)
OTHER_DEVICE = (r"(?:printer|bluetooth|wi-?fi|WLAN|mouse|keyboard|webcam|camera|headset|TV|other\s+(?:modem|stick|dongle|card))")
# a phone is the device itself in a Linux phone's post, an Ethernet link a HiLink stick's own ("the phone goes into airplane mode by itself"); it is another
# device only beside the modem named in the same sentence ("the SIM in my phone is PIN locked, the one in the modem isn't")
PHONE = r"(?:phone|smartphone|tablet|Ethernet|LAN|DSL|cable\s+internet|fiber|fibre)"
# ... the modem told fine beside it: "the one in the modem isn't", "but the LTE modem is fine" ("the tablet ..., the LTE
# modem stays off" tells of the tablet's own modem)
_FINE_RE = regex_cache.compile(r"\b(?:isn't|is\s+not|is\s+fine|is\s+ok|works|working|rock[\s-]solid|no\s+problems?|fine)\b", re.I)
_SUBJECT_RE = regex_cache.compile(r"\b(?:(?P<modem>%s)|(?P<host>%s)|(?P<other>%s|%s)|(?P<pronoun>it|it's|they))\b" % (MODEM, HOST, OTHER_DEVICE, PHONE),
                                  re.I)
# a negation right before the key, up to two words between ("hasn't really dropped", "never once showed up as")
_NEGATED_BEFORE_RE = regex_cache.compile(r"(?:\bnot|n't|\bnever|\bno(?:\s+longer)?|\bwithout|\bnor)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the trouble told over: "now it works", "rock solid", "fixed", "without any problem"
_TOLD_OVER_RE = regex_cache.compile(r"\b(?:on\s+purpose|deliberately|intentionally|now\s+(?:it\s+)?(?:works|runs|connects|is\s+(?:fine|stable|ok))|works\s+(?:fine\s+|perfectly\s+)?now|"
                                    r"runs?\s+(?:fine\s+)?for\s+(?:days|weeks|months)|without\s+(?:a\s+|any\s+)?(?:power[\s-]?cycl\w*|re-?plug\w*|"
                                    r"reboot\w*|restart\w*|unplug\w*|drops?|disconnect\w*)|"
                                    r"rock[\s-]solid|fixed|solved|resolved|without\s+(?:any\s+|a\s+single\s+)?(?:problems?|issues?|trouble))\b",
                                    re.I)
# a clause starts after a comma, a semicolon, a dash or a joining word
_CLAUSE_START_RE = regex_cache.compile(r"(?:^|(?<!\d),|,(?!\s?\d)|:(?!\s*\d)|[;(]|\s-\s|\b(?:but|and|while|whereas|although|though|however|yet|so|because|since|"
                                       r"then|when|which|that)\b)\s*", re.I)

# the data link and its loss (said:drops-periodically)
LINK = (r"(?<!wi-fi )(?<!wifi )(?<!wlan )(?<!ethernet )(?<!bluetooth )(?:(?:mobile|cellular|LTE|4G|3G|5G|data|internet|WWAN|"
        r"ppp|modem|uplink)\s+)*(?:connection|link|session|internet|uplink|ppp0?|wwan\d)|\b(?:LTE|4G|3G|5G)\b(?!\s+(?:modem|module|"
        r"card|stick|dongle))")
LOST = (r"drop(?:s|ped|ping)?(?:\s+out)?|disconnect(?:s|ed|ing)?|dies|died|dying|(?:goes|went|going)\s+(?:down|away|dead)|"
        r"cuts?\s+out|cutting\s+out|los(?:es|ing|e|t)|falls?\s+(?:over|out)|breaks?|breaking|(?:is|gets?)\s+lost|unstable|"
        r"flak(?:e?y)|stall(?:s|ing)?|reconnect(?:s|ing)|ends|ended|terminat(?:es|ed)|redials?|redialing|redialling|clos(?:es|ing)")
# "keeps dropping", "kept disconnecting": the loss again and again
KEEPS_LOST = (r"(?:keeps?|kept)\s+(?:on\s+)?(?:dropping|disconnecting|dying|going\s+(?:down|away)|cutting\s+out|losing|reconnecting|closing|"
              r"breaking|falling\s+(?:over|out))")
OFTEN = (r"every\s+(?:half\s+(?:an\s+)?hour|quarter\s+(?:of\s+an\s+)?hour)|every\s+(?:\d+(?:\s*(?:[-\u2013]|to|or)\s*\d+)?\s+|few\s+|couple\s+(?:of\s+)?|several\s+|other\s+|single\s+|[a-z]+\s+)?"
         r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|night)|(?:several|many|multiple|a\s+few|a\s+couple\s+of|\d+|dozens?\s+of)\s+"
         r"times\s+(?:an?|per|every|each)\s+(?:hour|minute|day|night)|(?:once|twice)\s+(?:an?|per|every)\s+(?:hour|day|minute)|"
         r"randomly|constantly|continuously|repeatedly|frequently|periodically|regularly|all\s+the\s+time|again\s+and\s+again|"
         r"over\s+and\s+over|on\s+and\s+off|off\s+and\s+on|non[-\s]?stop|every\s+so\s+often|now\s+and\s+then|"
         r"after\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?:\d+(?:\s*[-\u2013]\s*\d+)?|a\s+few|some|several|a\s+couple\s+of)\s+"
         r"(?:minutes?|mins?|hours?|hrs?)")
# the modem hanging until its power is cut (said:modem-crashes)
HANG = (r"(?:hangs?|hung|hanging)(?!\s+up)|freez(?:es|ing|e)|froze|wedge[sd]|locks?\s+up|locked\s+up|locking\s+up|crash(?:es|ed|ing)|"
        r"(?:stops?|stopped|quits?|ceases?)\s+(?:responding|answering|replying)(?!\s+to\s+(?:any\s+|the\s+)?(?:QMI|MBIM|qmicli|"
        r"mbimcli|uqmi))|(?:becomes?|became|goes|went|is|gets?|got)\s+(?:completely\s+|totally\s+)?(?:unresponsive|dead|stuck|silent)|stays\s+dead")
# its AT port answering for a while, then no longer (said:modem-crashes): "works fine for a while until the modem stopped to
# respond to AT commands", "after a few hours it stops answering AT commands"; no other program named, the firmware hangs
AT_HANG = (r"(?:stops?|stopped|quits?|ceases?|ceased)\s+(?:to\s+)?(?:respond|answer|repl(?:y|ie))(?:ing|s)?\s+(?:to\s+)?(?:any\s+|the\s+|my\s+)?"
           r"AT(?:\s+commands?)?\b")
WORKED_BEFORE = (r"(?:works?|worked|working|runs?|ran|running)\s+(?:fine\s+|well\s+|ok\s+|normally\s+)?for\s+(?:a\s+while|some\s+time|"
                 r"(?:a\s+few|several|some|\d+)\s+(?:minutes|hours|days))|after\s+(?:a\s+while|some\s+time|(?:a\s+few|several|some|"
                 r"\d+)\s+(?:minutes|hours|days))|randomly|from\s+time\s+to\s+time|every\s+(?:now\s+and\s+then|few\s+(?:minutes|hours|days))")
# ... hanging hard: not only its control channel stops answering ("stops responding to QMI commands after a few hours")
HANG_HARD = (r"(?:hangs?|hung|hanging)(?!\s+up)|freez(?:es|ing|e)|froze|wedge[sd]|locks?\s+up|locked\s+up|locking\s+up|crash(?:es|ed|ing)|"
             r"(?:goes|went|is)\s+(?:completely\s+|totally\s+)?dead")
RECOVER = (r"power[\s-]?cycl\w*|re-?plug\w*|unplug\w*|plug(?:ging)?\s+(?:it\s+)?back\s+in|pull(?:ing|ed)?\s+(?:it\s+out|the\s+(?:usb\s+)?"
           r"(?:plug|stick|dongle|power|cable))|physically\s+(?:re-?connect|re-?seat|re-?insert|remov)\w*|re-?(?:connect|seat|insert)(?:ing)?"
           r"\s+it\s+physically|cut(?:ting)?\s+(?:off\s+)?(?:the\s+|its\s+)?power|remov\w*\s+(?:the\s+)?power|cold\s+(?:re-?boot|boot|reset|start)|"
           r"hard\s+reset|power\s+(?:it\s+)?(?:off\s+and\s+(?:back\s+)?on|down\s+and\s+(?:back\s+)?up)|re-?seat\w*|re-?insert\w*|"
           r"take\s+it\s+out|reboot(?:ing)?\s+(?:the\s+)?(?:whole\s+)?(?:router|Pi|machine|box|system|computer|host)|"
           r"(?:only|until)\s+(?:a\s+|I\s+)?(?:full\s+)?(?:reboot|restart)")
PERIOD = (r"after\s+(?:a\s+(?:while|bit)|some\s+time)|every\s+(?:\d+(?:\s*[-\u2013]\s*\d+)?\s+|few\s+|couple\s+(?:of\s+)?|several\s+|[a-z]+\s+)?(?:minutes?|mins?|hours?|hrs?|days?)|"
          r"(?:once|twice)\s+(?:an?|per|every)\s+(?:hour|day)|after\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+|a\s+few|several|some|"
          r"an?|[a-z]+)(?:\s*[-\u2013]\s*\d+)?\s+(?:minutes?|hours?|days?)")
# a driver module missing from the kernel (said:module-missing)
DRIVER = (r"(?:qmi_wwan|cdc_mbim|(?<!/dev/)cdc[_-]wdm|qcserial|usbserial|usb_?wwan|cdc_ether|cdc_ncm|cdc_acm|huawei_cdc_ncm|rndis_host|"
          r"sierra(?:_net)?|mhi_(?:pci_generic|net|wwan\w*)|mtk_t7xx|t7xx|iosm|usb[_-]serial[_-]option|kmod-[\w-]+|"
          r"option(?=\.ko|\s+(?:and\s+\w+\s+)?(?:modules?|drivers?|kernel\s+modules?|serial\s+drivers?))|(?<=modprobe )option|"
          r"(?<=insmod )option|(?-i:CONFIG_(?:USB_(?:NET_)?(?:QMI_WWAN|CDC_MBIM|CDC_NCM|WDM|ACM|SERIAL_(?:OPTION|QUALCOMM|WWAN|"
          r"SIERRAWIRELESS)|USBNET)|MHI\w*|MTK_T7XX|IOSM|WWAN\w*))|usb[\s-]serial\s+(?:drivers?|modules?|support))(?:\.ko)?")
ABSENT = (r"(?:module\s+)?not\s+found|missing|absent|not\s+(?:there|present|available|built|compiled|included|installed|shipped|"
          r"enabled|set|part\s+of)|(?:isn't|aren't|wasn't|weren't)\s+(?:there|present|available|built|compiled|included|"
          r"installed|shipped|enabled)|no\s+such\s+(?:file|module)|not\s+(?:in|part\s+of)\s+(?:the|my|this)\s+(?:\w+\s+)?kernel|"
          r"isn't\s+(?:in|part\s+of)\s+(?:the|my|this)\s+(?:\w+\s+)?kernel")
KERNEL = r"kernel|image|firmware|build|OpenWrt|distro|Yocto|Buildroot|Armbian|Raspbian|BSP"
LACKS = (r"(?:does|do|did)(?:n't|\s+not)\s+(?:\w+\s+)?(?:have|ship|include|contain|come\s+with|provide)|lacks?|lacking|"
         r"(?:was|is|were)\s+(?:built|compiled)\s+without|(?:built|compiled|comes?|ships?)\s+without|has\s+no")
# the SIM's lock (said:sim-locked)
PIN = r"SIM[\s-]?PIN|PIN[\s-]?code|(?-i:PIN)|sim-pin2?|pin"
PIN_LOCKED = (r"locked|blocked|(?:unlock(?:ing)?\s+)?required|lock\s+state|rejected|rejecting|don't\s+know|do\s+not\s+know|"
              r"(?:entered|typed|tried|put\s+in)\s+(?:a\s+|the\s+)?(?:wrong|incorrect)|won't\s+accept|not\s+accept\w*|refus\w+")
PUK = r"PUK(?:[\s-]?code)?|sim-puk2?"
PUK_NEEDED = r"wants?|needs?|needed|requires?|required|asks?\s+for|asking\s+for|demands?|prompt\w*|locked|blocked|enter"
# registration that never comes (said:not-registered)
REGISTRATION = r"registration(?:\s+(?:state|status))?|reg(?:istration)?[\s-]state|\+?C(?:E|G|5G)?REG\b\??"
NOT_REACHED = r"searching|denied|rejected|idle|0,\s?[0234]\b|1,\s?[0234]\b|2,\s?[0234]\b"
NO_SERVICE = (r"(?:no|without)\s+(?:cellular\s+|network\s+|mobile\s+)?(?:service|coverage)\b(?!\s+(?:running|named|file|unit|called|for|to))|"
              r"no\s+valid\s+(?:mobile\s+|cellular\s+)?networks?\b|(?:finds?|found|sees?|saw)\s+no\s+(?:mobile\s+|cellular\s+|GSM\s+|LTE\s+)?networks?\b|"
              r"no\s+operator\b(?=\s*(?:[,.;)]|$|and\b|at\s+all|found|available|shown|visible|listed))|limited\s+service|emergency\s+(?:calls\s+)?only|(?:stuck|hangs?|sits?|stays?|remains?|loops?)\s+(?:\w+\s+)?(?:on|at|in)\s+"
              r"(?:state\s+)?[\"']?searching")
NEVER_REGISTERED = (r"(?:never|not|n't)\s+(?:\w+\s+)?(?:gets?|got|reach(?:es|ed)?|makes?\s+it|goes|went|moves?|switch(?:es)?|changes?)"
                    r"\s+(?:to\s+|into\s+)?(?:the\s+)?(?:state\s+)?[\"']?registered\b|(?:never|not|n't)\s+(?:\w+\s+)?(?:gets?|got|goes|"
                    r"went|moves?)\s+past\s+(?:the\s+)?(?:state\s+)?[\"']?searching")
# no address on the interface while connected (said:connected-no-ip)
CONNECTED = (r"connected|connects|(?:session|bearer|call|connection|link)\s+(?:is\s+|as\s+)?(?:up|established|active)|"
             r"(?:as|is)\s+up|established|Network\s+started|comes\s+up|starts?\s+the\s+network|started\s+the\s+network|start-network")
# (not "never gets an address from dhclient": the DHCP client's story, said:dhcp-client-fails)
NO_ADDRESS = (r"without\s+(?:an?\s+|any\s+)?(?:IPv4\s+|IP\s+|inet\s+)?(?:address|IP|inet)(?:\s+line)?|no\s+(?:IPv4|IP|inet)\b"
              r"(?:\s+address)?|(?:has|gets?|got)\s+no\s+(?:IPv4\s+|IP\s+)?(?:address|IP)|never\s+(?:gets?|receives?)\s+(?:an?\s+)?"
              r"(?:IPv4\s+|IP\s+)?(?:address|IP|lease)(?!\s+from\s+(?:dhclient|dhcpcd|udhcpc|(?:the\s+)?DHCP))|only\s+(?:an?\s+)?(?:IPv6\s+)?link-local|(?:(?:does|do|did)(?:n't|\s+not)|never|"
              r"can't|cannot|won't|fails?\s+to)\s+(?:\w+\s+)?(?:have|get|receive|obtain|acquire|pull)\s+(?:an?\s+|any\s+)?(?:IPv4\s+|IP\s+)?"
              r"(?:address|IP|lease)")
# the FCC lock named as the trouble (said:fcc-lock)
FCC = r"FCC[\s-]*(?:un)?lock(?:ed|ing)?"
FCC_NEEDED = r"(?:needs?|needed|requires?|required(?!\s+by))\s+(?:\w+\s+){0,3}?" + FCC
# the lock named as the cause: "because of the FCC lock", "the dreaded FCC lock", "the FCC unlock thing", "the FCC unlock not
# being done"
FCC_NAMED = (r"(?:because\s+of|due\s+to|dreaded|blame\w*|caused\s+by)\s+(?:the\s+|an?\s+|its\s+)?(?:\w+\s+)?" + FCC + r"|" + FCC +
             r"\s+(?:\w+\s+)?(?:thing|problem|issue|not\s+(?:being\s+)?(?:done|run|performed|applied|sent)|never\s+(?:done|runs?|ran|sent)|"
             r"missing)")
# the unlock failing, and the lock named as what it is: "the FCC unlock fails", "it's the FCC lock issue again"
FCC_FAILS = (FCC + r"\s+(?:[\w-]+\s+){0,4}?(?:fails?|failed|failing|(?:does|did)(?:n't|\s+not)\s+work|won't\s+work|(?:is|was)(?:n't|\s+not)\s+"
             r"(?:done|working|supported)|never\s+(?:runs|ran|works|worked|happens|happened))|(?:it's|it\s+is|this\s+is|that's)\s+"
             r"(?:the\s+|an?\s+)?(?:(?!not\b|never\b)\w+\s+)?" + FCC)
# the vendor's unlock tool not made for this machine yet: "DPR does not support X13 Gen6 machines", "lenovo-wwan-unlock says
# this model is not supported" (Lenovo ships the unlock as lenovo-wwan-unlock, its service DPR_Fcc_unlock_service, for the
# machines it lists only)
FCC_TOOL = (r"(?:(?:" + FCC + r"|fcc[\s_-]*unlock\w*|lenovo-wwan-unlock|DPR(?:_Fcc_unlock_service)?)(?:\s+(?:tool|service|script|"
            r"package|program|utility|daemon))?)")
FCC_UNSUPPORTED = (FCC_TOOL + r"\s+(?:\w+\s+){0,2}?(?:(?:does|do)(?:n't|\s+not)\s+(?:yet\s+)?support|says\s+(?:that\s+)?(?:this|my|the|our)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:is|are)\s+not\s+(?:yet\s+)?supported)|(?:is|are)(?:n't|\s+not)\s+(?:yet\s+)?supported\s+by\s+"
                   r"(?:the\s+)?(?:Lenovo\s+)?" + FCC_TOOL)
# the unlock told done: the lock is over
_UNLOCK_DONE_RE = regex_cache.compile(r"\bunlock\w*\s+(?:\w+\s+){0,2}?(?<!n't )(?<!not )(?:worked|works|succeeded|ran|runs|did\s+the\s+trick|"
                                      r"is\s+done|was\s+done|applied)\b", re.I)
# the stick seen as storage (said:storage-mode)
STORAGE = (r"(?:(?:usb|virtual|read-only|small|plain|mere|removable|the|an?)\s+)*(?:mass[\s-]?storage(?:\s+device)?|storage(?:\s+"
           r"(?:device|mode|drive))?|cd[\s-]?rom(?:\s+(?:drive|device|mode))?|cd(?:\s+drive|\s+mode)?|dvd(?:\s+drive)?|flash\s+"
           r"(?:drive|disk)|thumb\s+drive|pen\s*drive|usb\s+(?:disk|drive)|disk|zero-?cd(?:\s+mode)?|driver\s+cd|(?:new\s+)?drive\s+(?:with|containing)"
           r"\s+(?:the\s+)?(?:windows\s+)?(?:installer|drivers?|setup|software)|(?:Linux\s+)?File-?CD(?:\s+Gadget)?|"
           # the kernel's SCSI CD-ROM node (sr.c names each CD drive srN): a stick's virtual driver CD
           r"(?:/dev/)?sr\d)\b")
SEEN_AS = (r"(?:(?:shows?|showed|shown|showing)\s+up|(?:comes?|came|coming)(?:\s+back|\s+up)?|appears?|appeared|mounts?|mounted|(?:is|gets?|got)"
           r"\s+(?:only\s+|still\s+|just\s+)?(?:recogni[sz]ed|detected|seen|identified|mounted|treated|listed|enumerated)|"
           r"(?:recogni[sz]ed|detected|seen|identified|mounted|treated|listed|enumerated))\s+(?:only\s+|just\s+|again\s+)?as|"
           r"stays?(?:\s+as)?|stayed|remains?(?:\s+as)?|stuck\s+(?:in|as)|(?:flips?|goes|went|falls?|switch(?:es|ed)|reverts?|"
           r"returns?)\s+back\s+(?:to|into)|only\s+(?:ever\s+)?(?:see|get)|all\s+I\s+(?:see|get)\s+is")
# usb_modeswitch run in vain: the stick keeps its storage id
MODESWITCH = r"usb[_-]?mode[_-]?switch|modeswitch"
SWITCH_IN_VAIN = (r"(?:id|pid|product\s+id)\s+(?:\w+\s+)?(?:doesn't|does\s+not|didn't|did\s+not|never|won't)\s+change|(?:does|did)\s+nothing|"
                  r"(?:has|had)\s+no\s+effect|(?:remains?|stays?)\s+(?:at\s+)?[0-9a-f]{4}:[0-9a-f]{4}")
# the modem gone from the bus (said:drops-off-bus)
# (gone from the bus, not from a program's list: "the modem is gone from GNOME" after ModemManager crashed; a single
# re-enumeration after resume is no trouble, only repeated)
_NOT_FROM_A_PROGRAM = (r"(?!\s+from\s+(?:the\s+)?(?:GNOME|KDE|NetworkManager|Network\s+Manager|ModemManager|nmcli|mmcli|menu|GUI|UI|applet|"
                       r"list|panel|settings))")
GONE = (r"(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?)" + _NOT_FROM_A_PROGRAM + r"|drops?\s+off|dropped\s+off|dropping\s+off|"
        r"falls?\s+off|fell\s+off|(?:is|gets?|goes|went)\s+(?:completely\s+)?(?:gone|missing)\s+from\s+(?:lsusb|the\s+(?:usb\s+)?bus|usb)|"
        r"disconnect(?:s|ed|ing)?\s+(?:from\s+)?(?:the\s+)?usb|(?:keeps?|kept)\s+(?:disconnecting|resetting|rebooting|restarting|"
        r"re-?enumerating)|no\s+longer\s+(?:in|listed\s+in|shown\s+in|"
        r"visible\s+in|shows\s+(?:up\s+)?in)\s+lsusb")
# the modem on the bus, and no serial port or driver for it (said:on-usb-no-serial, said:usb-no-driver-bound)
ON_USB = (r"lsusb|usb-devices|enumerates|(?:is\s+)?detected\s+on\s+(?:the\s+)?usb|(?:switch(?:es|ed)?|flips?|changes?)\s+(?:\w+\s+){0,2}?(?:to|into)\s+(?:its\s+|the\s+)?(?:modem|target)"
          r"\s+(?:id|mode|pid)|(?:is|shows\s+up|appears|enumerates)\s+(?:\w+\s+)?(?:on|in)\s+(?:the\s+)?usb")
NO_PORTS = (r"(?:no|zero|not\s+(?:a\s+single|any))\s+(?:(?:/dev/)?tty(?:USB|ACM)\S*|serial\s+(?:ports?|devices?|interfaces?)|tty\s*"
            r"(?:ports?|devices?)|COM\s+ports?|ports?)|nothing\s+(?:under|in|at)\s+/dev/(?:ttyUSB|cdc-wdm)|(?:ttyUSB\S*|serial\s+ports?)"
            r"\s+(?:never|don't|do\s+not|aren't|are\s+not)\s+(?:\w+\s+)?(?:appear|show\s+up|get\s+created|created|there|exist)")
NO_DRIVER = (r"Driver=\(?none\)?|none\s+of\s+(?:its|the)\s+(?:\w+\s+)?interfaces\s+(?:\w+\s+)?(?:have|has|gets?|got)\s+(?:a\s+|any\s+)?"
             r"driver|(?:empty|blank)\s+Driver=|Driver=\s*(?:empty|blank|nothing)|no\s+driver\s+(?:\w+\s+){0,2}?(?:claims?|binds?|"
             r"attach\w*|grabs?|takes?)|"
             # the Driver= field of usb-devices / /sys/kernel/debug/usb/devices told in words: "the driver line of every
             # interface says (none)", "all the Driver fields read NONE" (drivers/usb/core/devices.c prints
             # "Driver=(none)" for an interface no driver has bound)
             r"\bdriver\s+(?:lines?|entr(?:y|ies)|fields?|columns?)\s+(?:[\w/.-]+\s+){0,8}?(?:says?|said|shows?|showed|reads?|"
             r"is|are|was|were|(?:ends?|ended)\s+with)\s+(?:just\s+|only\s+|all\s+)?[\"'(\[]*(?:none|empty|blank|nothing)\b")
# names that do not resolve (said:names-fail)
DNS = r"DNS|name\s+resolution|host\s*names?|domain\s+names?|resolv\.conf|nameservers?"
DNS_FAILS = (r"(?:doesn't|does\s+not|don't|do\s+not|won't|can't|cannot|never)\s+(?:\w+\s+)?(?:resolve|work|get\s+resolved)|fails?|"
             r"failed|failing|not\s+(?:working|resolving|resolved|set|applied|configured)|no\s+nameservers?|(?:is|are)\s+empty|"
             r"never\s+applied|(?:stays?|remains?)\s+empty|nothing\s+resolves")
# a program pointed at a port that is another function's (said:name-mismatch)
_NODE = r"(?:/dev/)?(?:ttyUSB|ttyACM|cdc-wdm|wwan)\d+"
POINTED = (r"pointed\s+(?:at|to)|points?\s+(?:at|to)|uses?|using|talks?\s+to|opens?|set\s+to|configured\s+(?:for|with)|dials?\s+on|"
           r"picks?|picked|chooses|chose|selects?|selected|sends?|sent|refers?\s+to|"
           r"qmicli|mbimcli|uqmi|minicom|picocom|pppd|wvdial|gammu")
OTHER_ROLE = (r"(?:that's|that\s+is|it's|it\s+is|which\s+(?:[\w-]+\s+){0,4}?is|which\s+(?:turned|turns)\s+out\s+to\s+be|(?:is|was)\s+actually)\s+"
              r"(?:actually\s+|really\s+|only\s+|just\s+)?the\s+(?:GPS|NMEA|diag\w*|DM|QCDM|"
              r"debug|audio|ADB|PCUI)\s+(?:port|interface|node|one)|(?:modem|it)\s+is\s+(?:actually|really)\s+(?:on\s+|at\s+)?" + _NODE)

# the WWAN radio and the card that holds it, as laptop posts name them ("the WWAN", "the built-in UMTS card", "the mobile
# broadband radio"): a bare "LTE" or "3G" is a network mode, not the radio
RADIO = (r"(?:(?:WWAN|WAN|3G|4G|5G|LTE|UMTS|HSPA|HSDPA|GSM|cellular|mobile\s+broadband|wireless\s+WAN)\s+(?:radio|card|module|modem|"
         r"device|adapter|chip)|WWAN|mobile\s+broadband|wireless\s+WAN|(?:the\s+|its\s+|my\s+)?(?:modem'?s\s+)?radio)")
# held off: "is disabled", "stays switched off", "got hard blocked", "keeps being turned off"
RADIO_HELD_OFF = (r"(?:is|are|stays?|remains?|gets?|got|keeps?\s+(?:getting|being)|seems?\s+to\s+be|appears?\s+to\s+be|(?:has|have)\s+been|"
                  r"(?:is|are)\s+(?:shown|listed|reported)\s+as)\s+(?:still\s+|always\s+|permanently\s+|completely\s+|again\s+)?"
                  r"(?:(?:soft|hard)(?:ware)?[\s-]?)?(?:blocked|disabled|switched\s+off|turned\s+off|powered\s+off|off)\b(?!\s*[:=]?\s*no\b)")
# what holds it off, in the present: "the switch cuts the WWAN card", "something keeps the radio switched off"
RADIO_KEPT_OFF = (r"(?:shows?|lists?|reports?)\s+(?:the\s+)?(?:%s)\s+(?:as\s+)?(?:(?:soft|hard)[\s-]?)?(?:blocked|disabled|off)\b(?!\s*[:=]?\s*no\b)|"
                  r"(?:keeps?|leaves?|holds?)\s+(?:the\s+|my\s+|its\s+)?(?:%s)\s+(?:switched\s+off|turned\s+off|powered\s+off|off|disabled|"
                  r"blocked)\b|(?<!\bI )(?<!\bwe )(?:disables|blocks|kills|cuts|switches\s+off|turns\s+off)\s+(?:the\s+|my\s+|its\s+)?(?:%s)"
                  % (RADIO, RADIO, RADIO))
# never on: "the radio never switches on", "the WWAN card won't turn on", "the radio can't be enabled"
RADIO_NEVER_ON = (r"(?:never|won't|will\s+not|doesn't|does\s+not|can't|cannot|refuses\s+to)\s+(?:be\s+)?(?:switch(?:es|ed)?|turn(?:s|ed)?|"
                  r"come|comes|power(?:s|ed)?)\s+on\b|(?:can't|cannot|won't)\s+(?:be\s+)?(?:enabled|unblocked)")
# the network refusing what the data call asks for, or the settings called wrong: "the APN is rejected", "the access point
# name doesn't exist on this network", "my connection settings in the applet are wrong"
CALL_SETTINGS = (r"APNs?|access\s+point(?:\s+name)?|(?:connection|dial(?:-?up|ing)?|PPP|bearer|APN|mobile\s+broadband|provider)\s+"
                 r"(?:settings|profile|details|parameters|config(?:uration)?)|PDP\s+context(?:\s+activation)?|(?:data\s+)?context\s+"
                 r"activation|user\s*name\s+(?:and|&|or)\s+password|login\s+(?:details|credentials)|credentials")
# the data call itself refused: "the activation of the data context is refused" (not "a bad data connection": its quality)
DATA_CALL = (r"(?:activation|setup|establishment)\s+of\s+(?:the\s+|a\s+)?(?:data\s+|PDP\s+|PDN\s+)?(?:context|bearer|call|session)|"
             r"(?:data|PDP|PDN)\s+(?:context|session|call)(?:\s+(?:activation|request|setup))?")
DATA_REFUSED = r"rejected|refused|denied|not\s+(?:accepted|allowed|authori[sz]ed)"
CALL_REFUSED = (r"reject(?:s|ed)?|refus(?:es|ed)|den(?:ies|ied)|wrong|incorrect|invalid|bad|not\s+(?:right|correct|valid|accepted|known)|rejected|refused|denied|unknown|"
                r"(?:does|did)(?:n't|\s+not)\s+(?:seem\s+to\s+)?exist|(?:seems?|looks?)\s+(?:to\s+be\s+)?(?:wrong|off|incorrect|bad)")
# no APN given at all: "no APN was ever configured", "the APN field is left empty", "without any APN"
NO_APN = (r"(?:never|didn't|did\s+not|forgot\s+to)\s+(?:set|configure|enter|give|specify|put\s+in|fill\s+in|add)\s+(?:an?\s+|any\s+|the\s+)?"
          r"APN|no\s+APN\s+(?:was\s+|is\s+|has\s+been\s+)?(?:ever\s+)?(?:set|configured|entered|given|defined|specified|filled\s+in)|"
          r"APN\s+(?:field\s+|setting\s+)?(?:was|is|has\s+been)\s+(?:never|not)\s+(?:\w+\s+)?(?:set|configured|entered|given|filled|defined|"
          r"specified)|(?:empty|blank)\s+APN|APN\s+(?:field\s+|setting\s+)?(?:is|was|stays|remains)\s+(?:left\s+)?(?:empty|blank)")
# ModemManager named as what holds the port ("the port is already in use by modem-manager", "ModemManager is probing it")
MM = r"Modem-?Man(?:a)?ger|modem-manager|Modem\s+Manager|(?-i:MM)"
PORT = r"(?:serial\s+|AT\s+|modem\s+|control\s+)?(?:port|tty\w*|/dev/\w+|device\s+node|node|interface)s?"
HELD_BY = (r"(?:already\s+|still\s+)?(?:in\s+use|used|opened|open|held|grabbed|locked|taken|occupied|claimed|probed|busy|hogged)\s+"
           r"(?:by|because\s+of)\s+(?:the\s+)?(?:%s)" % MM)
# (probing a port is its work: only while another program wants it, "in the background", "at the same time")
_HELD = r"(?:it|them|the\s+(?:\w+\s+)?(?:%s|modem|stick|dongle)|/dev/\w+)" % PORT
HOLDING = (r"(?:is\s+|keeps?\s+)?(?:grabbing|holding|occupying|locking|hogging|stealing|blocking|interfering\s+with)\s+%s|"
           r"(?:is\s+|keeps?\s+)?(?:probing|polling|querying)\s+%s\s+(?:in\s+the\s+background|at\s+the\s+same\s+time|all\s+the\s+time|"
           r"constantly|repeatedly)" % (_HELD, _HELD))

# the SIM with its PIN still on (said:sim-locked): "the SIM has a PIN on it", "my card has an active PIN lock"
SIM_HAS_PIN = (r"(?:SIM|card)\s+(?:\w+\s+)?(?:has|carries)\s+(?:a|an|the|its)\s+(?:active\s+|enabled\s+)?PIN(?:\s+code|\s+lock)?"
               r"(?:\s+(?:on\s+it|set|enabled|active|activated))?")
# the PIN named as the trouble: "the modem's PIN caused problems with NetworkManager", "the SIM PIN is the culprit"
# (PIN in capitals: a "reset pin" is a wire)
PIN_WORD = r"(?:SIM(?:'s)?[\s-]?)?(?-i:PIN)(?:[\s-]?(?:code|lock|request|prompt))?"
PIN_TROUBLE = (r"caus(?:es|ed|ing)\s+(?:\w+\s+)?(?:problems?|issues?|trouble|errors?|failures?)|(?:is|was)\s+(?:the\s+|our\s+|my\s+)?"
               r"(?:real\s+|whole\s+)?(?:problem|culprit|cause|issue|blocker)|(?:blocks?|blocked|prevents?|prevented|stops?|stopped)\s+"
               r"(?:\w+\s+)?(?:NetworkManager|Network-?Manager|NM|ModemManager|the\s+connection|the\s+dialer|wvdial|it|everything)|"
               r"gets?\s+in\s+the\s+way")
# the SIM's slot found empty (said:sim-not-detected): "the SIM slot shows as empty"
SIM_SLOT = r"SIM\s+(?:card\s+)?(?:slot|holder|tray|reader|socket|bay)s?"
SLOT_EMPTY = r"empty|vacant|unoccupied"
# a driver that binds by its id list and does not know the modem's id (said:driver-lacks-id): "the kernel doesn't
# recognise the product id", "qcserial doesn't list this VID:PID"
ID_DRIVER = r"kernel|drivers?|option|qcserial|qmi_wwan|usbserial|usb_wwan|sierra|cdc_mbim|cdc_ether"
ID_UNKNOWN = (r"lacks?|lacking|(?:is|are)\s+missing|(?:does|do|did)(?:n't|\s+not)\s+(?:\w+\s+)?(?:recogni[sz]e|know|support|list|include|contain|match|have)|won't\s+"
              r"(?:recogni[sz]e|match)|(?:doesn't|does\s+not)\s+(?:\w+\s+)?(?:know\s+about|have\s+an\s+entry\s+for)")
ID_OF = (r"(?:(?:vendor|device|product|usb)\s+(?:and\s+|&\s+)?)+(?:id|ids)|(?:the|its|this|my|that)\s+(?:usb\s+)?(?:id|ids|PID|VID|"
         r"VID:PID)|VID:PID|[0-9a-f]{4}:[0-9a-f]{4}")

ROWS: Dict[str, Tuple[Row, ...]] = {
    "said:drops-periodically": (Row((LINK, LOST, OFTEN), key=1), Row((LINK, KEEPS_LOST), key=1)),
    "said:modem-crashes": (Row((MODEM, HANG + r"|(?:stops?|stopped)\s+working|dies|died", RECOVER), key=1, modem=True),
                           Row((MODEM, AT_HANG, WORKED_BEFORE), key=1, modem=True),
                           Row((MODEM, HANG_HARD, PERIOD), key=1, modem=True)),
    "said:module-missing": (Row((DRIVER, ABSENT), key=1), Row((r"(?:%s)\s+(?:[\w'’]+\s+){0,4}?(?:%s)\s+(?:(?:the|any|a|an)\s+)?"
                                                             r"(?:\w+\s+)?(?:support\s+for\s+)?(?:the\s+)?(?:%s)" % (KERNEL, LACKS, DRIVER),), key=-1),
                             Row((r"no\s+(?:%s)" % DRIVER, r"in\s+(?:the|my|this)\s+(?:\w+\s+)?(?:%s)" % KERNEL), key=-1)),
    "said:sim-locked": (Row((PIN, PIN_LOCKED), key=1), Row((r"(?:SIM[\s-]?)?PIN(?:[\s-]?(?:lock|code|check|protection))?",
                                                              r"(?:is|stays?|remains?)\s+(?:still\s+)?(?:enabled|active|activated|on)"),
                                                             key=1, one_clause=True),
                        Row((PUK, PUK_NEEDED), key=1), Row((SIM_HAS_PIN,), key=0),
                        Row((PIN_WORD, PIN_TROUBLE), key=1, one_clause=True)),
    "said:not-registered": (Row((REGISTRATION, NOT_REACHED), key=1, one_clause=True),
                            Row((MODEM, r"(?:stays?|remains?|is\s+still|keeps?\s+being)\s+(?:still\s+)?(?:un-?registered|not\s+registered)"),
                                key=1, modem=True), Row((NEVER_REGISTERED,), key=-1), Row((NO_SERVICE,), key=0)),
    # connected first, then no address (the other order gives said:data-session-up and said:no-ip-address)
    "said:connected-no-ip": (Row((r"(?:%s)%s(?:%s)" % (CONNECTED, _GAP, NO_ADDRESS),), key=-1),),
    "said:radio-stuck-off": (Row((r"(?:revert\w*|goes\s+back|went\s+back|falls?\s+back|returns?)\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?"
                                  r"(?:airplane|flight|low[\s-]power)\s+mode",), key=0, modem=True),
                             Row((r"radio\s+wwan\s+(?:\w+\s+){0,2}?(?:disabled|off)|(?:WWAN|mobile\s+broadband)\s+radio\s+(?:is\s+)?"
                                 r"(?:disabled|off)",), key=0),),
    "said:fcc-lock": (Row((FCC_NAMED,), key=0), Row((FCC_NEEDED,), key=0), Row((FCC_FAILS,), key=0), Row((FCC_UNSUPPORTED,), key=-1)),
    "said:storage-mode": (Row((r"(?:%s)\s+(?:\w+\s+){0,2}?(?:%s)%s" % (SEEN_AS, STORAGE, ONE_OF_SEVERAL),), key=0, modem=True),
                          # (not an id's description in brackets: "PID=0x6327 (as CD-ROM)")
                          Row((r"(?<!\()(?:as|like)\s+(?:an?\s+|the\s+)?(?:usb\s+|removable\s+)?(?:%s|drive\b)%s" % (STORAGE, ONE_OF_SEVERAL),),
                              key=0, modem=True),
                          # the host seeing nothing but the storage: "Linux only sees the CD drive"
                          Row((r"only\s+(?:ever\s+)?(?:sees?|saw|gets?|got|shows?|showed|detects?|detected|finds?|found|lists?|listed|"
                               r"recogni[sz]es?)\s+(?:\w+\s+){0,2}?(?:%s)" % STORAGE,), key=0),
                          Row((r"lsusb", r"mass\s+storage|storage\s+mode|CD-?ROM\s+mode|zero-?CD"), key=1),
                          Row((MODESWITCH, SWITCH_IN_VAIN), key=-1),
                          # what the stick is instead of a modem: "this thing is actually not a modem, but a... CD-ROM drive",
                          # "instead of a modem I get a CD drive"
                          Row((r"(?:not|n't)\s+(?:really\s+|actually\s+|even\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:modem|dongle)\W{0,4}\s*(?:but|it's|"
                               r"it\s+is|rather)\s+(?:an?|the|just|only)\b\W{0,4}\s*(?:%s)" % STORAGE,), key=-1),
                          # the stick called a virtual drive: "looks like the ZTE is a virtual CD", "the dongle is just a fake CD-ROM"
                          Row((r"(?:is|'s)\s+(?:actually\s+|really\s+|just\s+|only\s+|first\s+)?an?\s+(?:virtual|fake|emulated)\s+"
                               r"(?:CD|CD-?ROM|DVD|disk|drive)",), key=0, modem=True),
                          Row((r"instead\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:modem|dongle)",
                               r"(?:get|gets|got|see|sees|saw|shows?|showed|appears?|appeared|comes?\s+up|came\s+up|is|was)\s+(?:up\s+)?(?:as\s+)?"
                               r"(?:an?\s+|the\s+|only\s+|just\s+)*(?:%s)" % STORAGE), key=1),
                          Row((r"only\s+usb-storage\s+(?:binds|is\s+bound|grabs|loads|attaches)|only\s+(?:shows?\s+|see\s+|gets?\s+|lists?\s+)?"
                               r"usb-storage",), key=0),
                          Row((r"(?:mounted|mounts?)\s+(?:\w+\s+)?(?:under|in|at|to)\s+/media",), key=0, modem=True)),
    "said:drops-off-bus": (Row((MODEM, GONE), key=1, modem=True),
                           Row((r"(?:disappears?|disappeared|vanish\w*|gone|drops?\s+off|falls?\s+off)\s+(?:\w+\s+)?from\s+(?:lsusb|the\s+"
                                r"(?:usb\s+)?bus|usb)",), key=0, modem=True)),
    "said:on-usb-no-serial": (Row((ON_USB, NO_PORTS), key=-1),),
    "said:usb-no-driver-bound": (Row((NO_DRIVER,), key=-1),),
    "said:names-fail": (Row((DNS, DNS_FAILS), key=-1),
                        Row((r"unknown\s+host|temporary\s+failure\s+in\s+name\s+resolution|could\s+not\s+resolve\s+host",), key=-1),
                        # none given to the host: "no DNS server was set", "no nameservers got pushed"
                        Row((r"no\s+(?:DNS|name)\s*(?:servers?|nameservers?|resolvers?|addresses)?\s+(?:\w+\s+)?(?:set|configured|applied|given|"
                             r"assigned|pushed|written|loaded)\b",), key=-1)),
    "said:name-mismatch": (Row((POINTED, _NODE, OTHER_ROLE), key=2),),
    "said:mm-wrong-port": (Row((r"ModemManager|Modem\s*Manager|(?-i:MM)", POINTED, OTHER_ROLE), key=2),),
    "said:radio-blocked": (Row((r"(?:%s)\s+(?:\w+\s+){0,4}?(?:%s)" % (RADIO, RADIO_HELD_OFF),), key=0),
                           Row((r"(?:%s)\s+(?:\w+\s+){0,2}?(?:%s)" % (RADIO, RADIO_NEVER_ON),), key=0),
                           Row((RADIO_KEPT_OFF,), key=0),
                           # no way to switch it on from the system: "there is no way to activate the card from Linux or the BIOS"
                           Row((r"no\s+way\s+to\s+(?:re-?)?(?:activate|enable|switch\s+on|turn\s+on|unblock)\s+(?:the|my|this|its)\s+(?:\w+\s+)?"
                                r"(?:card|radio|WWAN)\s+(?:from|in|under|with)\s+(?:Linux|the\s+BIOS|BIOS|Ubuntu|the\s+system)",), key=-1)),
    "said:apn-rejected": (Row((CALL_SETTINGS, CALL_REFUSED), key=1, one_clause=True), Row((DATA_CALL, DATA_REFUSED), key=1, one_clause=True),
                          Row((NO_APN,), key=0),
                          # the settings the connection waited for: "it fails until I put in the user name and password the
                          # provider uses", "it only connects once I entered the APN", "leaving the APN blank doesn't work"
                          Row((r"(?:fails?|failed|(?:does|did)(?:n't|\s+not)\s+(?:work|connect)|won't\s+(?:work|connect)|works?|worked|connects?|"
                               r"connected)\s+(?:\w+\s+)?(?:until|once|after)\s+(?:I|we)\s+(?:\w+ly\s+)?(?:put|entered|enter|set|filled|fill|"
                               r"added|add|typed|type|changed|change|corrected|correct)\w*\s+(?:in\s+)?(?:the\s+|a\s+|my\s+|an\s+)?"
                               r"(?:(?:right|correct|proper|provider's|carrier's|operator's)\s+)?(?:%s|APN|user\s*name|password)" % CALL_SETTINGS,),
                              key=-1),
                          Row((r"leaving\s+(?:the\s+|both\s+|them\s+|it\s+)?(?:(?:%s|APN|user\s*name|password|both|them|it)\s+)?(?:fields?\s+)?"
                               r"(?:blank|empty)\s+(?:\w+\s+)?(?:fails|failed|(?:does|did)(?:n't|\s+not)\s+work|won't\s+work)" % CALL_SETTINGS,),
                              key=-1),
                          # the authentication the provider takes and the one the dialer used: "the provider only accepts PAP and
                          # the dialer was using CHAP"
                          Row((r"only\s+(?:accepts?|supports?|allows?|takes?|works\s+with|does)\s+(?:\w+\s+)?(?:PAP|CHAP)",
                               r"(?:using|used|uses|sends?|sent|tried|tries|offer\w*|defaults?\s+to|set\s+to)\s+(?:\w+\s+)?(?:PAP|CHAP|MS-?CHAP\w*)"),
                              key=0)),
    "said:port-held-by-mm": (Row((r"%s|it|modem|stick|dongle|device" % PORT, HELD_BY), key=1, one_clause=True),
                             Row((r"(?:%s)[^.!?;]{0,60}?,\s*(?:and\s+)?(?:it|which)\s+(?:grabs|holds|locks|occupies|blocks|hogs|steals)\s+"
                                  r"(?:the\s+|my\s+|all\s+)?(?:\w+\s+)?(?:%s|modem)" % (MM, PORT),), key=0),
                             Row((r"(?:%s)\s+(?:\w+\s+){0,2}?(?:%s)" % (MM, HOLDING),), key=0)),
    "said:driver-lacks-id": (Row((ID_DRIVER, ID_UNKNOWN, ID_OF), key=-1, one_clause=True),),
    "said:sim-not-detected": (Row((SIM_SLOT, SLOT_EMPTY), key=1, one_clause=True),),
    "said:port-renumbered": (Row((r"(?:port|interface|device|node|modem)\S*\s+(?:has\s+)?(?:moved|moves|jumped|jumps|changed|changes|switched|"
                                  r"switches|went)\s+(?:from\s+\S+\s+)?to\s+" + _NODE,), key=0),),
}


def _in_any_order(parts: Tuple[str, ...]) -> str:
    return "|".join(_GAP.join(r"\b(?:%s)(?![\w-])" % p for p in order) for order in itertools.permutations(parts))


@functools.lru_cache(maxsize=1)
def _compiled() -> Tuple[Tuple[str, Row, CaselessRegex, CaselessRegex], ...]:
    """(fact, row, the row's pattern, its key's pattern) for each row, compiled only for a text that could match."""
    rows = [(fact, row) for fact, rows in ROWS.items() for row in rows]
    regexes = gated([_in_any_order(row.parts) for _, row in rows] + [r"\b(?:%s)" % row.parts[max(row.key, 0)] for _, row in rows])
    return tuple((fact, row, regexes[i], regexes[len(rows) + i]) for i, (fact, row) in enumerate(rows))


_OTHER_SCRIPT_RE = regex_cache.compile(r"[\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# others' words: "many blogs write about missing modules", "the guide says"
_OTHERS_SAY_RE = regex_cache.compile(r"\b(?:blogs?|posts?|people|guides?|tutorials?|articles?|threads?|answers?|wiki|docs?|documentation)\s+"
                                     r"(?:\w+\s+)?(?:write|writes|wrote|say|says|said|suggest\w*|mention\w*|claim\w*|talk\w*)\b", re.I)
_SENTENCE_END_RE = regex_cache.compile(r"[.!?](?=\s|$)|;")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``text[start:end]``."""
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)]
    after = _SENTENCE_END_RE.search(text, end)
    return text[max(ends, default=0):after.end() if after else len(text)]


def _clause_end(text: str, start: int) -> int:
    """Where the clause of the statement at ``text[start:]`` ends (:data:`_CLAUSE_END_RE`), or the text's end."""
    end = _CLAUSE_END_RE.search(text, start)
    return end.start() if end else len(text)


def _clause_before(text: str, start: int) -> str:
    heads = [m.end() for m in _CLAUSE_START_RE.finditer(text, 0, start) if m.end() <= start]
    return text[max(heads, default=0):start]


def _last_subject(text: str) -> str:
    """The kind of the last subject-like noun of ``text``: "modem", "host", "other", "pronoun" or ""."""
    found = [m for m in _SUBJECT_RE.finditer(text)]
    return next((kind for kind, value in found[-1].groupdict().items() if value), "") if found else ""


# the clause a row's parts must share (Row.one_clause): punctuation and the words that join two statements
# ("and" only before a new subject: "the user name and password are rejected" is one clause)
# (not the comma or colon of a value: "+CREG: 0,2", "AT+CREG? answers 0,2")
_PART_CLAUSE_RE = regex_cache.compile(r"(?<!\d),|,(?!\s?\d)|:(?!\s*\d)|[;()]|\s-\s|\b(?:but|so|because|since|please|if|while|whereas|although|though|however)\b|"
                                      r"\band\s+(?=(?:the|my|it|its|I|we|this|that|then|now|there)\b)", re.I)


def _parts_in_one_clause(row: Row, match: "re.Match[str]", at: "re.Match[str]", text: str) -> bool:
    """Every part of ``row`` stands in the clause of its key at ``at`` (within ``match``)."""
    heads = [m.end() for m in _PART_CLAUSE_RE.finditer(text, match.start(), at.start())]
    tail = _PART_CLAUSE_RE.search(text, at.end(), match.end())
    clause = text[max(heads, default=match.start()):tail.start() if tail else match.end()]
    return all(re.search(r"\b(?:%s)(?![\w-])" % part, clause, re.I) for part in row.parts)


def _taken_back(row: Row, match: "re.Match[str]", key: CaselessRegex, text: str) -> bool:
    """The row's reading at ``match`` is negated, another device's, not the modem's, or told over."""
    sentence = _sentence_of(text, match.start(), match.end())
    if any(regex.search(sentence) for regex in (_TOLD_OVER_RE, _UNLOCK_DONE_RE, _OTHERS_SAY_RE, _OVER_SINCE_RE)):
        return True
    at = key.compiled().search(text, match.start(), match.end())
    if at is None:
        return False
    if row.one_clause and not _parts_in_one_clause(row, match, at, text):
        return True
    clause = _clause_before(text, at.start())
    if row.key >= 0 and _NEGATED_BEFORE_RE.search(text[max(0, at.start() - 40):at.start()]):
        return True
    if _names_other_device(clause, sentence):
        return True
    if row.modem:
        before = text[:at.start()]
        return _last_subject(clause) not in ("modem", "pronoun", "") or _last_subject(before) not in ("modem", "pronoun")
    return False


# the facts of the modem's own trouble: told of another device ("my phone keeps dropping the wifi", "the SIM in my phone
# is PIN locked"), they are not the modem's
MODEM_TROUBLE = frozenset(("said:drops-periodically", "said:modem-crashes", "said:sim-locked", "said:sim-not-detected",
                           "said:storage-mode", "said:radio-stuck-off", "said:radio-blocked", "said:drops-off-bus",
                           "said:not-registered", "said:fcc-lock"))
_CLAUSE_END_RE = regex_cache.compile(r"[,;:)]|\s-\s|\b(?:but|while|whereas|although|though|however|because|since|when|whenever|which)\b",
                                     re.I)


# the trouble over since a change, told in the perfect: "the modem hasn't crashed since the firmware update", "it has not
# hung once since I moved it to a powered hub" (a present "doesn't register since the update" is the trouble itself)
_OVER_SINCE_RE = regex_cache.compile(r"\b(?:has|have)(?:n't|\s+not|\s+never)\s+(?:\w+\s+){0,4}?since\b|\b(?:any\s?more|no\s+longer)\s+since\s+(?:I|we)\b",
                                     re.I)
# an earlier device or setup the sentence tells of: "I was previously using a ... phone, but the connection would drop
# out every half an hour", "my previous stick kept disconnecting", "I used to tether my phone, which dropped": its trouble
# is not the current setup's (the post goes on to the one that replaced it). "my old router" is an old machine in use now
_EARLIER_SETUP_RE = regex_cache.compile(
    r"\b(?:I|we)\s+(?:was|were|had\s+been)\s+(?:previously|formerly|originally|first)\s+(?:using|running|on)\b|"
    r"\b(?:I|we)\s+(?:previously|formerly|originally)\s+(?:used|had|ran|tried)\b|\b(?:I|we)\s+used\s+to\s+(?:use|have|run|tether)\b|"
    r"\b(?:my|our|the)\s+(?:previous|former|earlier)\s+(?:[\w-]+\s+){0,2}?(?:%s|%s|router|provider|carrier|setup)s?\b"
    % (MODEM, PHONE), re.I)
# ... unless the sentence tells the trouble now or of the new one too ("the new one also drops", "still drops", "the same")
_STILL_NOW_RE = regex_cache.compile(r"\b(?:still|also|too|again|as\s+well|same)\b|(?<!every )\bnow\b", re.I)
# a negation right before a statement whose words tell the trouble itself ("never appears as a CD drive", "doesn't
# really drop")
_NEGATION_RIGHT_BEFORE_RE = regex_cache.compile(r"(?:\bnot|n't|\bnever|\bno\s+longer)\s+(?:\w+ly\s+|really\s+|even\s+|ever\s+|once\s+)?$", re.I)
# the facts whose words tell the trouble itself (not "not detected", "not registered", which hold their negation)
_AFFIRMATIVE_TROUBLE = MODEM_TROUBLE - {"said:sim-not-detected", "said:not-registered"}
# a storage device as the subject: "my external hard drive shows up as a storage device" (as the complement it is what
# a stick in its storage mode is seen as: "sees my dongle as a micro SD card reader")
_STORAGE_DEVICE_RE = regex_cache.compile(r"\b(?:hard\s+(?:drive|disk)|SSD|SD\s+card|(?:USB|flash|thumb|pen)\s+drive|memory\s+stick)\b", re.I)


def taken_back(fact: str, text: str, start: int) -> bool:
    """The statement of ``fact`` at ``text[start:]``, read by any English row, is not the modem's trouble now: it is told
    of another device, told over since a change, or negated right before it."""
    if fact not in MODEM_TROUBLE and fact != "said:drops-since-firmware":
        return False
    if fact == "said:sim-not-detected":  # "the SIM works in my phone but not in the modem" tells it of the modem
        return bool(_OVER_SINCE_RE.search(_sentence_of(text, start, start)))
    sentence = _sentence_of(text, start, start)
    if _OVER_SINCE_RE.search(sentence):
        return True
    if fact == "said:storage-mode" and not _STAYS_RE.search(sentence) and (
            _HOWTO_STEP_RE.search(sentence) or (_HOWTO_MUST_RE.search(text) and not _WRITERS_OWN_RE.search(sentence))):
        return True
    if fact == "said:storage-mode" and _ejected_as_a_step(_rest_of_sentence(text, start)):
        return True
    # (told before the statement or in its clause: "..., although the SIM works in my old phone" after it is a comparison)
    clause_end = _clause_end(text, start)
    told_so_far = text[max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)), default=0):clause_end]
    if _EARLIER_SETUP_RE.search(told_so_far) and not _STILL_NOW_RE.search(sentence):
        return True
    if fact in _AFFIRMATIVE_TROUBLE and _NEGATION_RIGHT_BEFORE_RE.search(text[max(0, start - 30):start]):
        return True
    before = _clause_before(text, start)
    clause = before + text[start:clause_end]
    if fact == "said:radio-blocked" and _WWAN_IN_LIST_RE.search(sentence):
        return False  # one block told of every radio: "all wireless devices (wifi, wwan, bluetooth) are hard blocked"
    return bool(_STORAGE_DEVICE_RE.search(before)) or _names_other_device(clause, sentence)


# the CD face told with the step that ends it, told to the reader: "the dongle mounts as a CD drive - just eject it using the
# file manager, then set up the connection", "it shows up as a CD-ROM; eject it and the modem appears". Ejecting the
# stick's virtual CD is the switch message of many sticks (usb_modeswitch's StandardEject: the SCSI START STOP UNIT
# eject, ZTE's MF sticks among them), so a recipe that ejects it is a switch in place, not a stick left in storage mode.
# The writer's own "I eject it" is left read: a stick that needs it each time was not switched on plug-in.
_EJECT_STEP_RE = regex_cache.compile(r"(?:^|[-\u2013\u2014:;,(]\s*|\b(?:just|simply|then|first)\s+)(?:eject|unmount|umount)\s+(?:it|them|the\s+(?:\w+\s+)?"
                                     r"(?:cd(?:-?rom)?|drive|disk|volume|stick|dongle|device))\b", re.I)
# ... the eject told to fail: "just eject it, but nothing happens", "eject it - it stays a CD drive"
_EJECT_FAILS_RE = regex_cache.compile(r"\b(?:not|never|nothing|still|fails?|failed|stays?|remains?|won't|doesn't|didn't|can't)\b|n't\b", re.I)


def _ejected_as_a_step(rest: str) -> bool:
    """``rest`` (the sentence from the storage statement on) tells the reader to eject the stick's CD, and no failure after."""
    step = _EJECT_STEP_RE.search(rest)
    return bool(step) and not _EJECT_FAILS_RE.search(rest, step.end())


def _rest_of_sentence(text: str, start: int) -> str:
    """The sentence of ``text[start]`` from ``start`` on."""
    after = _SENTENCE_END_RE.search(text, start)
    return text[start:after.end() if after else len(text)]


# the writer's own stick told in the sentence, in the how-to languages: "My E3131 shows up as a CD drive", "Mein Stick ..."
_WRITERS_OWN_RE = regex_cache.compile(r"\b(?:my|mine|I|we|our|mein\w*|ich|mon|ma|mes|je|mi|mis|yo|mio|mia)\b", re.I)
# the storage mode told in a how-to's step, in any language: a numbered step heading, or the paragraph's impersonal
# instruction to install the switching tool ("Il faut installer usb-modeswitch", "Man muss usb-modeswitch installieren",
# "Hay que instalar", "Bisogna installare", "you have to install"); a fault needs the stick to stay so (_STAYS_RE).
# ("these modems default to CD mode, the modem first appears as a USB drive" alone stays read: posts tell their own
# stick's state that way too)
_HOWTO_STEP_RE = regex_cache.compile(r"^\W*(?:step|schritt|paso|passo|étape|etape)\s*\d+\s*[:.)-]", re.I)
_HOWTO_MUST_RE = regex_cache.compile(r"\b(?:il\s+faut|man\s+muss|hay\s+que|bisogna|occorre|you\s+(?:have\s+to|need\s+to|must))\s+"
                                     r"(?:\w+\s+){0,3}?(?:install\w*|usb[-_]?mode[-_]?switch)", re.I)
_STAYS_RE = regex_cache.compile(r"\b(?:never|not|no\s+longer|stays?|stayed|remains?|remained|still|keeps?|kept|only|won't|doesn't|"
                                r"didn't|can't|cannot|fails?|failed|nothing|nichts|rien|nada|niente|nie|nicht|kein\w*|bleibt|immer\s+noch|nur|jamais|pas|reste|"
                                r"toujours|nunca|sigue|queda|solo|sólo|mai|non|resta|rimane|ancora)\b|n't\b", re.I)


# the WWAN radio named in a list beside the other radios, or all of them told at once: rfkill blocks them together
_WWAN_IN_LIST_RE = regex_cache.compile(r"\b(?:wwan|mobile\s+broadband|cellular|3G|4G|LTE)\s*(?:,|\band\b|/)|(?:,|\band\b|/)\s*"
                                       r"(?:the\s+)?(?:wwan|mobile\s+broadband|cellular|3G|4G|LTE)\b|"
                                       r"\ball\s+(?:the\s+|my\s+)?(?:wireless|radio|RF)\s+(?:devices?|communications?|radios?|cards?|interfaces?)\b",
                                       re.I)


def _names_other_device(clause: str, sentence: str) -> bool:
    """``clause`` names another device than the modem (a phone only beside the modem named in ``sentence``)."""
    if re.search(r"\b%s\b" % OTHER_DEVICE, clause, re.I):
        return True
    rest = sentence.replace(clause, " ")
    return bool(re.search(r"\b%s\b" % PHONE, clause, re.I) and re.search(r"\b(?:%s|LTE|[345]G|cellular|mobile)\b" % MODEM, rest, re.I)
                and _FINE_RE.search(rest))


def readings(text: str) -> Iterator[Tuple[str, "re.Match[str]"]]:
    """``(said:fact, match)`` for each row of :data:`ROWS` whose parts stand in one sentence of ``text`` and whose key
    is not taken back; none in a line written in another script (a Japanese sentence quoting "+CREG: 0,3")."""
    if _OTHER_SCRIPT_RE.search(text):
        return
    folded = fold(text)
    for fact, row, regex, key in _compiled():
        for m in regex.finditer(text, folded):
            if not _taken_back(row, m, key, text):
                yield fact, m
                break
