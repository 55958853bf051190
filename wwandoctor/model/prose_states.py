"""The states a post's sentences tell (``said:*`` facts): :data:`STATES`, one :class:`StatedState` row a way of
telling a fact, each with the command that confirms it, and the vocabulary the rows share.

:mod:`wwandoctor.model.prose` reads them (:func:`~wwandoctor.model.prose.stated_facts`): only plain statements count,
not a condition, a hope, a question or the past. The rows told in other languages: :mod:`prose_states_foreign`; the
clause grammar that reads a subject, a copula, a negation and a state: :mod:`prose_grammar`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Tuple

from wwandoctor import regex_cache
from wwandoctor.model import prose_foreign, prose_grammar, prose_languages, prose_states_foreign

# "if" and "whether" in Chinese (the conditions of the languages written with spaces are rows of the clause grammar's
# table, model/prose_languages.py: they take back the statements written in their language, StatedState.language)
CHINESE_CONDITION = r"如果|假如|是否"
# the subject of a patch or commit: areas and a conventional-commit scope before it ("feat(nxp): ", "arm64: dts: ",
# "kernel: mhi: ") at the start of its line
PATCH_SUBJECT = r"^\W{0,3}(?:[\w/.-]+(?:\([\w/., -]+\))?!?:\s+)+"

@dataclass(frozen=True)
class StatedState:
    """One way people write an observation, the fact it gives and the command that confirms it."""
    fact: str       # said:<state>
    pattern: str    # regex searched in one sentence (case-insensitive); "" when the clause grammar alone reads it
    # (model/prose_grammar.py: its readings of a fact are searched beside the pattern, in the fact's first row)
    confirm: str    # the command whose output would show the state itself
    unless: str = ""  # regex: the sentence takes the statement back ("... but I fixed it")
    # read in a sentence that only suspects it too ("I was thinking that if the problem is the concurrent use
    # of the modem by ModemManager and ..."): a person's suspicion names what an expert checks first
    suspected: bool = False
    # context, not a failure: where the modem sits, what was done before, what the person ruled out ("my HAT",
    # "after I updated", "several SIM cards tried"); rules combine it with a failure, and on its own it is no
    # problem the report must explain
    context: bool = False
    # read in every line no parser understood, commands and file names included, not only in sentences (a
    # vendor's firmware file or tool named in a code block: "SWI9X30C_02.33...zip", "autoflash-7455.sh")
    any_line: bool = False
    # the catch-all (said:not-working) still reads the line, as if this row had not: a row that only names what the
    # device is or where it sits (a stick, a HAT, a laptop's internal card), or one that narrows a failure told in words
    # without explaining it (said:modem-fails, said:connect-fails); rules that want such a failure name the row's fact
    keeps_catch_all: bool = False
    # the language of the clause grammar's table (model/prose_languages.py) the pattern is written in: that
    # language's conditions and doubts take the statement back as they do the grammar's own (prose_foreign.hedged)
    language: str = ""


def _in_each_language(fact: str, patterns: Dict[str, str], confirm: str, unless: str = "") -> Tuple[StatedState, ...]:
    """One row of ``fact`` for each language of ``patterns``: the code of a table language, "zh" / "ja" (Chinese,
    Japanese: taken back by CJK_HEDGE), or a language of no table row ("cs", "tr": taken back by its NO_TABLE_HEDGES), to
    the pattern written in it; ``unless`` takes back a statement in any of them."""
    return tuple(StatedState(fact, pattern, confirm,
                             unless="|".join(filter(None, (CJK_HEDGE if code in _CJK else "",
                                                           prose_states_foreign.NO_TABLE_HEDGES.get(code, ""), unless))),
                             language=code if code in prose_languages.LANGUAGES else "")
                 for code, pattern in patterns.items())


# another computer the same device is tried on
_OTHER_COMPUTER = r"(?:PC|laptop|computer|desktop|notebook|Windows\s+(?:PC|machine|laptop|box))"
# a desktop distribution that installs ModemManager and NetworkManager with its WWAN plugin by default
_DESKTOP_DISTRO = (r"(?:Linux\s+)?(?:Mint|[KXL]?ubuntu|Fedora|Pop!?_?OS|Zorin(?:\s+OS)?|elementary(?:\s+OS)?|KDE\s+neon|Manjaro|"
                   r"openSUSE|Linux\s+Mint)\b")
# no internet through it, as a post says it: "there's no internet access", "no internet gets through", "without internet"
_NO_INTERNET = r"\b(?:there(?:'s|\s+is)\s+)?(?:no|without)\s+(?:internet|connectivity|data\s+traffic)(?:\s+access|\s+connection)?\b"
# a program driving a port or modem: "uses", "sends its commands to", "dials", "talks to", "picks"
_DRIVES = (r"(?:uses?|using|used|picks?|picked|chooses?|chose|selects?|selected|opens?|opened|sends?|sent|talks?|talked|talking|"
           r"points?|pointed|pointing|"
           r"dials?|dialed|dialled|dialing|dialling|sending|grabs?|grabbed|connects?|connected|tries|tried|probes?|probed)")
_WRONG_PORT = r"(?:the\s+|a\s+)?wrong\s+(?!USB\b)(?:[\w-]+\s+)?(?<!USB )(?:port|device|tty\w*|interface|modem|node|card)s?\b"  # not a socket
# the IP settings a bearer carries, as a sentence names them, and the host's link they belong on ("the ipv4 address",
# "the IP configuration", "wwan0", "the wwan device")
_BEARER_SETTING = r"(?:IPv[46]\s+address(?:es)?|IP\s+address(?:es)?|IPv[46]|IP|address(?:es)?|IP\s+(?:configuration|config|settings))"
_HOST_LINK = r"(?:wwan\w*|wwp\w+|usb\d|(?:wwan|network|net|modem)\s+(?:interface|device)|interface|netdev)\b"
# more than one modem in the machine, as a sentence says it ("more than one modem", "multiple modems are installed", "a
# second USB stick"), and a program driving the first one or the wrong one of them ("always takes the modem which is
# discovered first", "sends the PIN to the first modem's SIM", "references the wrong SIM card")
_SEVERAL_MODEMS = (r"\b(?:more\s+th[ae]n\s+one|multiple|several|two|a\s+second)\b(?:[^.!?]|\.(?=\d)){0,40}?\b(?:modems?|wwan\s+"
                   r"interfaces?|cards?|sticks?|dongles?|modules?|SIM\s+cards)\b")
_FIRST_OR_WRONG_MODEM = (r"\b(?:" + _DRIVES + r"|takes?|took|taking|sets?\s+up|brings?\s+up|brought\s+up|targets?|references?|unlocks?|"
                         r"hits?)\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?(?:first\s+(?:[\w-]+\s+){0,2}?(?:modem|device|card|stick|one|SIM|"
                         r"interface)|(?:whichever\s+)?(?:modem|device|card|one|interface)\s+(?:(?:which|that|it)\s+)?(?:(?:is|was|gets?|got)\s+)?"
                         r"(?:\w+\s+)?(?:discovered|found|detected|probed|listed|enumerated|seen|sees|saw|finds)\s+first|wrong\s+(?:[\w-]+\s+)?(?:modem|SIM|card|"
                         r"device))\b")
# a DHCP client said to be what an interface needs: "should be configured as a DHCPv6 client", "it needs to be dhcpv6"
_DHCP_CLIENT_NEEDED = (r"\b(?:should|must|needs?(?:\s+to)?|has\s+to|have\s+to|ought\s+to|requires?)\s+(?:be\s+)?(?:configured\s+|set\s+(?:up\s+)?)?"
                       r"(?:as\s+|to\s+)?(?:an?\s+)?(?:proto\s+)?(?:DHCP(?:v6|v4)?|dhcpv6)(?:\s+client)?\b")
# a system as posts name it (distributions, router firmwares, the other operating systems a device is tried on)
_SYSTEM_NAME = (r"(?:OpenWrt|LEDE|ImmortalWrt|(?:RPI|RPi|Raspberry\s+Pi)\s+OS|Raspbian|[KXL]?Ubuntu|Debian|Fedora|Arch(?:\s+Linux)?|"
                r"(?:Linux\s+)?Mint|Manjaro|openSUSE|Windows(?:\s+\d+)?|macOS|Android|NixOS|Alpine|Armbian|DietPi|Yocto|Buildroot)")
# NetworkManager's WWAN device plugin (libnm-device-plugin-wwan.so), as packages and posts name it: Fedora's NetworkManager-wwan,
# Alpine's/OpenMandriva's networkmanager-wwan, "the wwan plugin", "NM's ModemManager plugin"
_NM_WWAN_PLUGIN = (r"(?:NetworkManager[-_ ]wwan|network-?manager-wwan|libnm-device-plugin-wwan(?:\.so)?|(?:(?:NetworkManager|"
                   r"network[- ]?manager|NM)(?:'s)?\s+)?(?:wwan|ModemManager|modem\s*manager)\s+(?:device\s+)?plug-?in)")
# what a desktop's network menu shows for modems: the mobile broadband controls, the modem radio switch
_MOBILE_BROADBAND_UI = (r"(?:controls?|options?|entr(?:y|ies)|sections?|switch(?:es)?|toggles?|menus?|tabs?|settings|items?|buttons?)")
_MOBILE_BROADBAND = r"(?:mobile\s+broadband|modem\s+radio|WWAN|mobile\s+data)"
# taking something away ("downgrading this package", "removing /etc/usb_modeswitch.d/...") and the fix that followed
_TAKEN_AWAY = r"\b(?:downgrad|remov|uninstall|purg|delet|disabl|revert|roll\w* back)\w*\s+(?:\w+\s+){0,3}?"
_FIXED = (r"\b(?:solves?|solved|fix(?:es|ed)?|helps?|helped|(?:all|everything)\s+(?:\w+\s+){0,2}?(?:works?|back)|"
          r"(?:get|got|have)\s+all)\b")
# the initial EPS bearer as posts name it: OpenWrt's init_epsbearer option, ModemManager's initial (EPS) bearer, the
# LTE attach APN / PDN / profile / context
_INITIAL_BEARER = (r"(?:\binit_epsbearer\b|\binit[_ ]eps\b|\binitial\s+(?:EPS\s+|default\s+|attach\s+)?bearer\b|"
                   r"\b(?:LTE\s+)?attach\s+(?:APN|PDN|profile|bearer)s?\b)")
_IT = r"(?:it|the (?:\w+ )?(?:modem|module|card|device|dongle|stick)|my (?:\w+ )?(?:modem|module|card|device|dongle))"
_NOT = r"(?:not|n't|never)"
# a verb not negated right before it ("the service does not cut the power", "the rule never shuts it down")
_UNNEGATED = r"(?<!\bnot )(?<!n't )(?<!\bnever )"
# a device or interface that is not there, as a configuration may name it: "a non present parent device", "a
# non-existent interface", "the wrong control port"
_ABSENT_THING = (r"(?:non[- ]?(?:present|existent|existing)|nonexistent|missing|absent|wrong)\s+"
                 r"(?:(?:parent|base|network|net|control|data)\s+)?(?:device|interface|ifname|netdev|port|node)s?\b")
# QMAP multiplexing as posts name it: the muxed links, the driver option, the protocol's names
# (ModemManager's names: the bearer setting "multiplex=requested|required", its links qmapmux0.N - MM NEWS 1.18)
_QMAP_NAMED = (r"(?:qmimux\d*|qmapmux\d*(?:\.\d+)?|multiplex\s*=\s*(?:requested|required)\b|rmnet_(?:data|mhi|usb)\d\w*|wwan\d_\d\b|qmap_mode\s*=?\s*\w*|(?:qmi/)?(?:pass_through|add_mux|del_mux)\b|"
               r"rmnet\s+(?:links?|interfaces?|devices?)|aggregation\s+(?:\w+\s+)?QMAP\w*|(?:QMAP|RMNET)(?:/(?:QMAP|RMNET))?\s+"
               r"(?:aggregation|multiplexing|mux\w*|mode)|multiplex(?:ing|ed)\s+(?:links?|interfaces?|data|sessions?|PDNs?))")
# what went wrong with it
_QMAP_FAILS = (r"\b(?:broke|breaks|broken|fails?|failed|failing|crash\w*|do(?:es)?(?:n't| not) work|did(?:n't| not) work|"
               r"(?:is|are)(?:n't| not) working|never (?:gets?|got|comes? up|came up)|no (?:data|traffic|IP|address|packets?)|"
               r"nothing\s+(?:passes|flows|gets\s+through|comes\s+(?:back|through))|no\s+any\s+packets?|gives?\s+an?\s+error|"
               r"gets?\s+nothing)\b")
# the two link-layer framings of qmi_wwan as posts name them (knowledge.md 2.3)
_ETH_FRAMING = r"(?:\b802[.-]3\b(?:\s+(?:mode|framing|frames))?|\bEthernet\s+(?:fram\w+|headers?|mode))"
_RAW_FRAMING = r"(?:\braw[-_ ]?IP\b(?:\s+(?:mode|framing|packets))?|\bbare\s+IP\b(?:\s+packets)?)"
# raw_ip switched on by hand: "echo Y > /sys/class/net/wwan0/qmi/raw_ip", "set raw_ip to Y" (qmi_wwan's raw_ip attribute)
_RAW_IP_TO_Y = (r"(?:echo\w*|writ\w*|wrote|set\w*|put\w*|flipp?\w*)\s+['\"]?Y['\"]?\s+(?:in|into|to|>)\s+(?:the\s+)?(?:\S*/)?raw_ip\b|"
                r"(?:set\w*|flipp?\w*|chang\w*|switch\w*|turn\w*)\s+(?:the\s+)?(?:\S*/)?raw_ip\s+(?:\w+\s+)?(?:to|=)\s*['\"]?(?:Y|1|on)\b")
# the trouble a sentence tells is over: what a stated fault's ``unless`` skips
_NOW_FIXED = r"\b(?:fixed|solved|resolved|now (?:it )?works|works now)\b"
# within one sentence: no sentence end, but "1.8V" and "4.2.2.2" keep their dots
_SAME = r"(?:[^.!?]|\.(?=\d))"
# at most a long sentence of it: the sentence-anchored rows below look ahead this far, so a long line without a full stop
# (a collapsed paste, a run of "x: y" items) costs a bounded scan from each start, not one to the line's end
_UPTO = _SAME + r"{0,300}?"
# a program of the host that manages the modem: a unit, a daemon, ModemManager, a board's modem manager or power service
_HOST_PROGRAM = (r"(?:[\w@-]+\.service\b|\b(?:services?|units?|daemons?|udev[- ]rules?|ModemManager|modem-?manager|eg25-manager|"
                 r"modem-control|modem-power|power[- ]manager)\b)")
# what such a program does to the modem: powers it off, resets it, takes it
_ACTS_ON_MODEM = (r"\b(?:powers?|powered|powering|shuts?|shutting|turns?|turned|turning|switch(?:es|ed|ing)?|resets?|resetting|restarts?|"
                  r"restarting|reboots?|rebooting|kills?|killed|grabs?|grabbed|probes?|probed|probing|takes?|took|interrupts?|interrupted)\b")
# the programs that write a modem's firmware, as posts name them: fwupd and its GNOME front end, libqmi's
# qmi-firmware-update, Quectel's QFirehose and QFlash, Sierra's fw-download-tool (MBPL) and fwdwl-lite, Android fastboot
# and the vendors' flashall scripts, or a "flash tool", a "firmware download tool"
_FLASHER = (r"(?:\bfwupd(?:mgr)?\b|\bgnome-firmware\b|\bGNOME\s+Firmware\b|\bfastboot\b|\bq?firehose\b|\bQFlash\w*|"
            r"\bqmi-firmware-update\b|\bflashall\b|\bfw-?download-?tool\w*|\bfwdwl[\w-]*|\b(?:firmware|fw)[\s-]+download[\s-]+tool\b|"
            r"\bflash\w*\s+tool\b)")
# a firmware write under way: one of those programs, or the words ("the firmware update", "being upgraded", "flashing
# the new firmware", "the flashing process", "in the middle of the upgrade")
_FW_WRITE = (r"(?:" + _FLASHER + r"|\b(?:firmware|FW)\s+(?:update|upgrade|flash|writ|download)\w*|"
             r"\bbeing\s+(?:upgraded|updated|flashed|written)\b|\bflash(?:ing|es)?\s+(?:the\s+|its\s+)?(?:new\s+)?firmware|"
             r"\b(?:flashing|flash)\s+(?:process|the\s+modem)\b|"
             r"\b(?:while|during|in\s+the\s+middle\s+of)\s+(?:\w+\s+){0,3}?(?:upgrad|updat|flash)\w*)")
# an optional word before a failure word that is no negation ("the supply is not too weak" tells no weak supply)
_NOT_NEGATION = r"(?:(?!not\b|never\b|no\b)\w+\s+)?"
# advice, a how-to or a changelog, not the person's observation ("Tip: the RM500Q needs a powered hub", "you have to enable
# raw_ip", "each provider uses a different APN", "according to the release notes the new firmware fixes ...")
# (a note that opens the writer's own finding, "Important Note: I've discovered ...", is no advice)
_ADVICE = (r"\b(?:tips?|notes?(?!\s*:\s*(?:I|we)\b)|recommend\w*|advice|advis\w*|you(?:'ll)?\s+(?:need|should|want|have\s+to|must)|make\s+sure|"
           r"release\s+notes?|changelog|according\s+to|(?:each|every|any)\s+(?:provider|carrier|operator|ISP|network|module|modem))\b")
# (review37) brownouts said absent: "no brownouts so far", "never had a brownout" (said:drops-off-bus, said:power-source)
_NO_BROWNOUTS = r"\b(?:no|never\s+(?:had\s+)?(?:an?\s+|any\s+)?)\s*brown-?outs?\b"

# the host as a sentence names it when it does not see a device: a system (not Windows or macOS, where it works), a
# release number ("2022.44.2 doesn't recognize ..."), the PC or its OS ("the Eee PC's Linux OS", "my laptop")
_HOST_NAMED = (r"(?:\b(?:Linux|Ubuntu|[KXL]ubuntu|Debian|Fedora|Mint|openSUSE|SUSE|Arch|Raspbian|Manjaro|CentOS|Slackware|Mandriva|"
               r"Gentoo|Xandros|Android|OpenWrt|LEDE)(?:\s+(?:Mint|OS|Linux|[\d.]+\w*|LTS))*|"
               r"\b(?:the|my|this|our)\s+(?:[\w'-]+\s+){0,3}?(?:system|OS|kernel|PC|laptop|computer|machine|notebook|netbook|"
               r"Pi|router)|(?<![\w.])\d+(?:\.\d+){1,3}(?![\w.]))")
# a plug-in modem as the object or subject of that sentence: "my Huawei 3G USB modem", "the Alcatel IK41UC lte modem", "it"
# (the words before the device never "as": "never detects it as a modem" is a modem seen as something, not unseen)
_PLUGGED_MODEM = r"(?:(?:the|my|this|a|our|its|an)\s+)?(?:(?!as\b)[\w.-]+\s+){0,4}?(?:modem|stick|dongle|device|it)"


def _sentence_with(*parts: str) -> str:
    """A match that starts a sentence (the line's start, or after ". ", "! ", "? ", ": ") whose next 300 characters hold
    each of ``parts``, in any order (a lookahead each); the row adds what the match takes in. The sentence's start, not
    the key word, opens the match, so that parts written before the key are found too."""
    return r"(?:^|(?<=[.!?:]\s))" + "".join(r"(?=" + _UPTO + part + r")" for part in parts)
# a failure that began: "this problem started", "stopped working", "no longer works", "is not detected any more"
_BROKE_EN = (r"(?:\b(?:this|the)\s+(?:problem|issue|trouble)\s+(?:started|began)|\bstopped\s+working|\bno\s+longer\s+(?:works|working|"
             r"detected|connects)|\b(?:does(?:n't|\s+not)|won't|can't|cannot)\s+(?:work|connect|be\s+detected)|\bnot\s+(?:working|detected)\b)")
# a vendor's FCC unlock program, as posts name it: "the unlock script", "Lenovo's FCC unlock tool", "the WWAN unlock package"
_UNLOCK_TOOL = (r"(?:(?:(?:FCC|WWAN|DPR|Lenovo(?:'s)?|Dell(?:'s)?|HP(?:'s)?)[\s-]+)+unlock(?:[\s-]+(?:script|tool|package|service|program|"
                r"utility|binary|blob|app))?\b|\bunlock[\s-]+(?:script|tool|package|service|program|utility|binary|blob|app)\b)")
# a SIM of a US carrier, which Lenovo's unlock refuses (carrier certification withheld)
_US_CARRIER = (r"\b(?:Verizon|AT&T|T-Mobile|Sprint|US\s+Cellular|Cricket|Visible)\b|"
               r"\b(?:US|USA|American)\s+(?:SIM|carrier|operator|network|provider)s?\b")
# the machine the unlock is for: "my machine", "this laptop", "the X13 Gen 3", "this model"
_UNLOCK_TARGET = (r"\b(?:(?:my|this|the|our|that)\s+(?:\w+\s+)?(?:machine|laptop|notebook|model|system|product|platform|ThinkPad)|"
                  r"whitelist\w*|allow-?list\w*)\b")
# the unlock refusing it: "can't use", "not supported", "refuses", "won't run", "skips", "exits"
_UNLOCK_REFUSED = (r"\b(?:can(?:'t|not)\s+use|unable\s+to\s+use|not\s+(?:\w+\s+)?(?:supported|enabled|listed|on|in)\b|"
                   r"unsupported|refus\w*|reject\w*|won't\s+(?:run|work)|does(?:n't|\s+not)\s+(?:run|work|support|cover)|"
                   r"exit(?:s|ed|ing)?|skip(?:s|ped|ping)?|block(?:s|ed)?|missing)\b")
_MTU_MISMATCH_ZH = (r"MTU\s*(?:值\s*)?(?:小于|低于|小於|低於|不到|不足|<)\s*1500|"
                    r"(?:保持|仍(?:然)?(?:是|为|保持)?|还是|停留在)\s*(?:默认\s*(?:的\s*)?)?MTU\s*(?:为|是|=)?\s*1500|"
                    r"MTU\s*(?:改|调|设置|设|降|减)\S{0,2}?\s*(?:为|成|到|至)?\s*1[0-4]\d\d\S{0,12}?(?:解决|正常|好了|可以了|有效|就行)")
# the APN is not kept: gone at the next boot, must be entered again, not saved ("the APN setting is not saved after a power
# cycle", "the APN doesn't stick across reboots", "APN vanishes when powered off")
_NOT_KEPT = (r"vanish\w*|disappear\w*|(?:is|gets?|got) (?:lost|erased|reset|cleared|deleted)|lost|gone|erased|reset|resets|empty|"
             r"re-?enter\w*|entered again|(?:must|has to|have to|needs? to) be (?:entered|set|saved|typed|configured) again|"
             r"(?:(?:is|are|was|were|gets?|got)(?:n't|\s+not)|not)\s+(?:\w+\s+)?(?:saved|kept|stored|remembered|retained|persist\w*)|"
             r"(?:does|did|do)(?:n't|\s+not)\s+(?:stick|persist|survive|stay)")
# a setting saved again as it is: "saving it again", "re-save the APN", "save them again without changing anything"
_SAVED_AGAIN = r"\b(?:re-?sav\w*|sav\w*\s+(?:it|them|the\s+(?:APN|settings?))\s+again|re-?appl\w*)\b"
_RESTART = r"(?:boot\w*|reboot\w*|restart\w*|power(?:ed)?[ -]?(?:off|cycle\w*|on))\b"
# the link's MTU and the network's disagree, as posts and fix notes say it (knowledge.md 2.26 mtu-problem): the
# MTU the network (bearer, carrier, operator) gives is ignored, not applied or not overridable; the interface is
# left at the default 1500; the carrier's MTU is smaller or different; lowering the MTU fixed it
_MTU_FROM_NETWORK = (r"\bMTU\b" + _SAME + r"{0,40}?\b(?:requested|required|announced|advertised|provided|given|signall?ed|"
                     r"pushed|reported|dictated|set)\s+(?:by|from)\s+(?:the\s+)?(?:\w+\s+)?(?:network|carrier|operator|"
                     r"provider|bearer|ISP|PDN)\b")
_MTU_NOT_APPLIED = (r"\b(?:should|must|need(?:s)? to|has to|have to)\s+(?:respect|honou?r|apply|use|configure|set)\b|"
                    r"\b(?:ignor\w*|(?:will|does|did|do|can|could)(?:n't|\s+not)\s+(?:override|apply|set|change|"
                    r"respect|honou?r|use|take))\b|\binstead\b|\bleft\b|\bleaves?\b|\bstays?\b")
_MTU_MISMATCH = (
    _MTU_FROM_NETWORK + _SAME + r"{0,80}?(?:" + _MTU_NOT_APPLIED + r")|(?:" + _MTU_NOT_APPLIED + r")" + _SAME +
    r"{0,80}?" + _MTU_FROM_NETWORK + r"|"
    # "the MTU stays 1500 and bigger packets get dropped"
    r"\bMTU\b" + _SAME + r"{0,30}?\b(?:stays?|stayed|remains?|is\s+still|left\s+at|kept\s+at)\s+(?:at\s+)?(?:the\s+default\s+(?:of\s+)?)?"
    r"1500\b" + _SAME + r"{0,60}?\b(?:big(?:ger)?|large(?:r)?)\s+(?:packets?|frames?)\b" + _SAME + r"{0,30}?\b(?:dropped|lost|"
    r"discarded|blackholed|fragmented)\b|"
    # the override set by the person has no effect: "the MTU override is ignored", "I set Override MTU but it still gets ..."
    r"\b(?:MTU\s+override|override\s+MTU|overrid\w+\s+(?:the\s+)?MTU)\b" + _SAME + r"{0,60}?(?:\bignor\w*|\b(?:does|did|will)(?:n't|"
    r"\s+not)\s+(?:apply|work|take\s+effect|override)|\bhas\s+no\s+effect|\bstill\b)|"
    # "we leave the default MTU=1500 configured", "wwan0 stays at the default MTU of 1500"
    r"\b(?:leave|leaves|left|leaving|stays?|stayed|stuck|kept|keeps?)\b" + _SAME + r"{0,30}?\bdefault\b" + _SAME +
    r"{0,12}?\bMTU\b" + _SAME + r"{0,12}?\b1500\b|"
    # "the MTU is usually < 1500", "an MTU too large for the network", "carriers who have a different MTU size"
    r"\bMTU\b" + _SAME + r"{0,20}?(?:\b(?:is|are|was|were)\s+(?:usually\s+|often\s+|typically\s+|much\s+)?"
    r"(?:<\s*|below\s+|less than\s+|lower than\s+|smaller than\s+)1500\b|\btoo\s+(?:big|large|high)\b)|"
    r"\b(?:different|smaller|lower|reduced)\s+MTU\b(?:\s+sizes?)?" + _SAME + r"{0,40}?\b(?:network|carrier|operator|provider)s?\b|"
    r"\b(?:network|carrier|operator|provider)s?\b" + _SAME + r"{0,40}?\b(?:different|smaller|lower|reduced)\s+MTU\b|"
    # "the Override MTU option will not override the bearer mtu", "the MTU setting is ignored"
    r"\b(?:will|does|did|do|can|could)(?:n't|\s+not)\s+(?:override|apply|change|respect|honou?r)\s+(?:the\s+)?"
    r"(?:\w+\s+)?MTU\b|\bMTU\b" + _SAME + r"{0,40}?\b(?:is|was|gets|got|are|were)\s+ignored\b|"
    # "lowering the MTU to 1400 fixed it", "fixed by reducing the MTU"
    r"(?:\b(?:lower\w*|reduc\w*|decreas\w*|dropp\w*|shrink\w*)\s+(?:the\s+)?(?:\w+\s+)?MTU\b|\b(?:chang\w*|set\w*|put\w*)\s+(?:the\s+)?(?:\w+\s+)?MTU\b"
    r"(?:\s+(?:of|on)\s+\S+)?\s+to\s+1[0-4]\d\d\b)" + _SAME + r"{0,40}?\b(?:fix\w*|solv\w*|help\w*|"
    r"cured?|resolv\w*|works?|worked|made\s+(?:everything|it|all|things|them|(?:the\s+)?(?:pages?|sites?|downloads?))\s+(?:\w+\s+)?"
    r"(?:load|work|run|go)\w*|now\s+(?:it\s+)?(?:is\s+|it's\s+)?(?:ok|fine|working|good))\b|"
    # two values told: the network's smaller MTU beside the interface's 1500 ("the carrier hands out MTU 1430 in the bearer
    # but the interface is still at 1500", "the interface sends 1500-byte packets but the network only carries 1420")
    r"\bMTU\b\D{0,25}?\b1[2-4]\d\d\b" + _SAME + r"{0,80}?\b1500\b|\b1500(?:[- ]?bytes?)?\s+(?:\S+\s+){0,2}?(?:packets?|frames?|MTU)\b"
    + _SAME + r"{0,40}?\b(?:but|while|whereas|however)\b" + _SAME + r"{0,40}?\b1[2-4]\d\d\b|\b(?:fixed|solved|resolved|cured)\s+(?:it\s+)?by\s+(?:lower\w*|reduc\w*|"
    r"decreas\w*|setting)\s+(?:the\s+)?(?:\w+\s+)?MTU\b")
# a ping to an address that works, and one to a name that fails: "ping 1.1.1.1 works, ping google.com says unknown host"
_PING_ADDRESS_WORKS = (r"\bping(?:ing)?\s+(?:-\S+\s+)*\d+\.\d+\.\d+\.\d+\s+(?:works?|worked|is\s+fine|is\s+ok|succeeds?|goes\s+through|"
                       r"answers?|replies)\b")
_PING_NAME_FAILS = (r"\bping(?:ing)?\s+(?:-\S+\s+)*[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}\b" + _SAME + r"{0,20}?\b(?:unknown\s+host|fails?|"
                    r"failed|(?:does|did)(?:n't|\s+not)\s+work|not\s+working|bad\s+address|could\s+not\s+resolve|"
                    r"Name\s+or\s+service\s+not\s+known|Temporary\s+failure)\b")
# small traffic passes, large transfers stall (knowledge.md 2.26 mtu-problem: "small traffic working but large
# transfers/TLS stalling"): "ping and DNS are fine, but anything big just hangs", "TLS handshakes time out while ping
# works", "typing works, but cat of a big file freezes the session"
_SMALL_PASSES = (r"(?:\b(?:ping(?:s|ing)?|ICMP|DNS(?:\s+lookups?)?|nslookup|ssh|SSH|(?:small|tiny|little)\s+(?:\w+\s+)?(?:pages?|packets?|requests?|files?|transfers?|sites?|"
                 r"messages?|downloads?|uploads?)|short\s+(?:commands?|requests?|pages?|messages?)|typing|text\s+messages?|"
                 r"(?:front|home|start|landing|first)\s+page|(?:plain|simple|text-only|light)\s+(?:\w+\s+)?(?:sites?|pages?)|"
                 r"browsing|e-?mail(?:\s+checks?)?|chat|IRC|messaging|(?:the\s+)?(?:VPN|tunnel|connection|link))\b" + _SAME +
                 r"{0,40}?\b(?:works?|worked|working|fine|ok|pass\w*|comes?\s+back|goes\s+through|go\s+through|gets?\s+through|loads?|opens?|connects|"
                 r"comes\s+up|is\s+up|complete[sd]?|succeed\w*|(?:has\s+|with\s+|shows?\s+)?(?:no|0\s?%|zero)\s+(?:packet\s+)?loss)\b|"
                 # the verb first: "I can load small sites", "I can open the simple pages"
                 r"\b(?:load|open|browse|reach|fetch|get|send|receive|read)\s+(?:\w+\s+)?(?:small|light|simple|plain|text-only|short)\s+"
                 r"(?:\w+\s+)?(?:sites?|pages?|files?|messages?|mails?|requests?)\b)")
_STALLS = (r"(?:hangs?|hung|stall\w*|freez\w*|froze|times?\s+out|timed\s+out|never\s+(?:finish|complete|load)\w*|(?:gets?\s+)?stuck|"
           r"(?:do|does|did)(?:n't|\s+not)\s+(?:load|finish|complete)|not\s+load\w*|(?:sits?|sat)\s+there|(?:keeps?\s+)?loading\s+"
           r"forever|(?:chokes?|choked)|spins?\s+forever|never\s+(?:arrive|come\s+back|get\s+through|make\s+it)\w*)\b")
# a transfer too big for the path: a page or site past the small ones stalls rather than fails ("other sites never finish
# loading", "as soon as I open a web page it hangs"); a page that does not load at all may be a name failing
_PAGES_HANG = (r"\b(?:web\s*pages?|pages?|(?:web\s*)?sites?|websites?|anything\s+else|everything\s+else)\b" + _SAME +
               r"{0,30}?\b(?:hangs?|stall\w*|freez\w*|times?\s+out|never\s+(?:finish|complete)\w*|(?:sits?|sat)\s+there|"
               r"(?:keeps?\s+)?loading\s+forever|half[\s-]load\w*|load\w*\s+(?:only\s+)?(?:half(?:way)?|partially|part\s+of\s+the\s+way))\b")
# one group: its two forms must not split a pattern it is joined into (a bare top-level "|" made "a download got stuck"
# alone read as small traffic passing while large transfers stall)
_BIG_STALLS = (r"(?:" + _PAGES_HANG + r"|\b(?:big|large|bigger|larger|heavy|long|a\s+lot\s+of|lots\s+of|attachments?|photos?|pictures?|images?|videos?|streams?|streaming|YouTube|git\s+clone|apt(?:-get)?\s+(?:update|upgrade)|scp|rsync|docker\s+pull|"
               r"speed\s?tests?|(?:file\s+)?(?:downloads?|uploads?|transfers?))\b" + _SAME + r"{0,60}?\b" + _STALLS + r"|\b(?:https|TLS|SSL|VPN)\b(?:\s+\w+)?"
               r"\s+(?:handshakes?\s+|connections?\s+|sites?\s+|pages?\s+)?(?:just\s+|always\s+)?" + _STALLS + r")")
# a module's power and enable pins as hardware design guides and M.2 / mini-PCIe specifications name them
_POWER_PIN = (r"PWR_?KEY|POWER_?KEY|PWRKEY_N|power[ -]?(?:key|button)|PWR\s+button|RESET_N|VDD_EXT|VBAT|W_DISABLE\d?#?|"
              # the module's supply: "no voltage on VBAT", "the 3.8V regulator is not enabled by the gpio"
              r"(?:\d(?:[.,]\d)?\s?V\s+)?(?:regulator|LDO|DC-?DC)|"
              r"FULL_CARD_POWER_OFF#?|(?:power[ -]?on|enable|power|reset) (?:pin|gpio|line|pulse)|(?:MODEM|WWAN|LTE|4G|5G)[_-]"
              r"(?:RST|RESET|PWR|POWER|EN)\w*|"
              # a line driven to a level ("drives the physical GPIO high", "the reset pin is held low")
              r"(?:drives?|driven|driving|pulls?|pulled|holds?|held|sets?)\s+(?:the\s+)?(?:physical\s+)?(?:GPIO|pin|line)\w*"
              r"(?:\s+\d+)?\s+(?:high|low)")
# ... with a failure beside it: the module is not seen or gives no supply voltage until the pin is driven
_POWER_FAILS = (r"(?:(?:\b(?:not|never)|n't) (?:(?:\w+\s+)?there|visible|shown|listed|detected|enumerat\w*|present|appear\w*|"
                r"show\w*|output\w*|boot\w*|start\w*|turn\w* on|power\w* (?:on|up)|comes? up|came up|enabled)|"
                r"\bno (?:\d(?:[.,]\d)?\s?V\b|voltage|output)|\b(?:unless|until) I (?:press|pull|push|toggle|drive|set)|"
                r"\bonly (?:after|when|once) I (?:press|pull|push|toggle|drive)|"
                r"\b(?:pressed|pulled|pulsed|toggled|driven|held)\s+(?:\w+\s+){0,3}?before\s+(?:the\s+|it\s+)?(?:[\w-]+\s+)?(?:boots?|starts?|"
                r"powers?\s+(?:on|up)|turns?\s+on|comes?\s+up|enumerates?|appears?)\b|\botherwise\s+(?:there\s+is\s+)?(?:no|nothing)\b|"
                # the line keeps the module from starting: "preventing the modem from enumerating on USB", "holds it in reset"
                r"\bstays?\s+(?:off|dark|dead)\b|\bnot\s+in\s+(?:lsusb|lspci)\b|"
                r"\b(?:prevent\w*|keep\w*|kept|stop\w*)\s+(?:the\s+)?(?:modem|module|card|it)\s+from\s+(?:ever\s+)?(?:enumerat\w*|boot\w*|"
                r"start\w*|power\w*|appear\w*|show\w*)|\b(?:holds?|held|holding|keeps?|kept|keeping)\s+(?:the\s+)?(?:modem|module|card|it)"
                r"\s+(?:in\s+reset|off)\b)")

# a network interface's name as the kernel or udev gives it (wwan0, usb0, eth1, wwp0s20u4i6, enx0c5b8f279a64)
_NETDEV = r"(?:wwan\d+|usb\d+|eth\d+|ww[xp]\w+\d\w*|en[xp]\w+\d\w*)\b"
# ... renamed by udev or the kernel, in words (said:iface-renamed), and a setup failing on the old name beside it: a
# rename told as a plain fact ("usb0 was renamed to enp0s16f3u2, it's seen in ifconfig") is no finding
_RENAMED = (r"(?:\b(?:was|were|is|got|gets|(?:has|have|had)\s+been)\s+(?:just\s+|now\s+|suddenly\s+|silently\s+|"
            r"automatically\s+)?renamed\s+(?:from\s+[`'\"]?" + _NETDEV + r"[`'\"]?\s+)?to\s+[`'\"]?" + _NETDEV + r"|"
            r"\b(?:udev|systemd(?:-udevd)?|the kernel|predictable (?:network )?(?:interface )?nam\w+)\b" + _SAME +
            r"{0,40}?\brenam(?:es|ed)\s+(?:it|the\s+(?:\w+\s+)?interface|[`'\"]?" + _NETDEV + r"[`'\"]?)\s+(?:from\s+\S+\s+)?to\b|"
            r"\b" + _NETDEV + r"[`'\"]?\s+(?:is|was|got|gets)\s+now\s+(?:called\s+|named\s+)?[`'\"]?" + _NETDEV + r"|"
            r"\binterface(?:'s)?\s+name\s+(?:has\s+|is\s+|was\s+)?changed\s+from\s+[`'\"]?" + _NETDEV + r"[`'\"]?\s+to\b)")
_OLD_NAME_FAILS = (r"\b(?:still\s+(?:uses?|using|references?|expects?|points?\s+(?:at|to)|calls?\s+(?:it\s+)?)\s+[`'\"]?" + _NETDEV +
                   r"|fail\w*|broke|broken|breaks|(?:does|did|do)(?:n't|\s+not)\s+(?:start|come up|exist|apply|match)|won't (?:start|come up)|"
                   r"no longer (?:starts?|comes? up|exists?|appl(?:y|ies)|match(?:es)?)|points? (?:at|to) nothing|not found|can(?:'t|not) find|"
                   r"no such device)\b")
# a modem's interface whose name changes from boot to boot (said:iface-renamed)
_IFACE_WORD = r"(?:wwan\w*|modem(?:'s)?|LTE|4G|5G|cellular|mobile(?:\s+broadband)?|WWAN)"
_NAME_CHANGES_WHEN = (r"\b(?:randomly|at\s+random|(?:on|after|at|with)\s+(?:every\s+|each\s+|a\s+)?(?:re)?boot\w*|"
                      r"every\s+(?:time|boot|restart))")
_NAME_UNSTABLE = (r"\b" + _IFACE_WORD + r"\s+(?:network\s+)?interface\b" + _SAME + r"{0,20}?\b(?:changes?|changed|changing)\s+"
                  r"(?:its\s+|the\s+|their\s+)?names?\b" + _SAME + r"{0,30}?" + _NAME_CHANGES_WHEN + r"|"
                  r"\b(?:interface\s+name|name\s+of\s+the\s+" + _IFACE_WORD + r"\s+interface)\b" + _SAME + r"{0,30}?\b(?:changes?|changed|"
                  r"changing|is\s+different|differs)\b" + _SAME + r"{0,30}?" + _NAME_CHANGES_WHEN)
# ports or modems that swap places between boots (said:name-mismatch, tuning33c): a reboot or replug, and names,
# numbers or places traded
_BOOTS = r"\b(?:(?:re)?boot\w*|restart\w*|power[\s-]?cycl\w*|re-?plug\w*)\b"
_SWAP_PLACES = (r"\b(?:swap(?:s|ped|ping)?|switch(?:es|ed|ing)?|trade[sd]?|trading|exchang(?:e[sd]?|ing)|mix(?:es|ed)?\s+up)\s+"
                r"(?:their\s+|the\s+)?(?:(?:/dev/)?tty(?:USB|ACM)\w*\s+|port\s+|device\s+)?(?:places|positions|numbers|names|"
                r"order|numbering)\b")
# the numbers the kernel gives the ports (said:name-mismatch, tuning33d): "the ttyUSB numbering", "the port numbers",
# "the order of the ttyUSB devices"
_PORT_NUMBERING = (r"(?:\b(?:(?:/dev/)?tty(?:USB|ACM)\w*|ports?|COM|serial|device)\s+(?:numbering|numbers|order|names|assignments?)\b|"
                   r"\b(?:numbering|order|numbers|names)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,3}?(?:(?:/dev/)?tty\w*|"
                   r"ports|modems|dongles|sticks)\b)")
# a release, kernel or firmware change a new interface name came with (said:iface-renamed)
_RELEASE_CHANGE = (r"\b(?:since|after|with|in|on)\s+(?:the\s+|an?\s+|this\s+|my\s+)?(?:[\w.-]+\s+){0,2}?(?:upgrade|update|release|"
                   r"kernel|firmware|version|image|snapshot|upgrad(?:ing|ed)|updat(?:ing|ed))\b")
# an interface name as a kernel's naming scheme writes it: "usb0", "usbX", "ethX", "wwan%d"
_NETDEV_SCHEME = r"(?:usb|wwan|eth)(?:\d+|[XxNn*]|%d)\b"
# the vendor's FCC unlock installed, and a connection that still fails (said:fcc-lock)
_FCC_FIX = r"\bFCC[\s-]*(?:unlock|fix|patch)\w*"
_STILL_NO_CONNECT = (r"\b(?:still\s+(?:\w+\s+){0,3}?(?:can(?:'t|not)|won't|does(?:n't|\s+not)|fails?|no)|(?:network\s+)?"
                     r"time-?\s?outs?|timed?\s+out|refuses?\s+to|(?:can(?:'t|not)|unable\s+to|fails?\s+to)\s+connect)\b")
# setting a modem's mode (said:set-to-mbim-only), and doing it by mistake
_SETS = r"(?:switch(?:e[sd])?|chang(?:e[sd]?|ed)|set|sets|put|puts|turn(?:s|ed)?|flipp?(?:s|ed)?|reconfigur(?:e[sd]?|ed))"
_BY_MISTAKE = r"(?:by mistake|by accident|accidentally|mistakenly|inadvertently)\b"
# what the kernel's lockdown keeps from root (man kernel_lockdown.7), and its refusal in words
_LOCKED_OUT = (r"(?:setpci|(?:direct\s+|raw\s+)?PCI(?:e)?\s+(?:config(?:uration)?\s+)?(?:access|writes?)|unsigned\s+(?:kernel\s+)?"
               r"modules?|(?:out-of-tree|third[- ]party|dkms)\s+(?:kernel\s+)?modules?|insmod|modprobe|(?:loading|to load)\s+"
               r"(?:the\s+|an?\s+|any\s+)?(?:\w+\s+)?(?:kernel\s+)?(?:modules?|drivers?))")
_LOCKDOWN_REFUSES = (r"(?:(?:can(?:'t|not)|could(?:n't| not))\s+be\s+(?:used|run|loaded|done)|(?:is|are|was|were)(?:n't|\s+not)\s+"
                     r"(?:available|allowed|permitted|possible|usable|working)|(?:does|do|did)(?:n't|\s+not)\s+work|fails?|failed|"
                     r"(?:is|are|was|were|gets?|got)\s+(?:blocked|refused|denied|restricted|rejected|forbidden|prevented))")

# a module the kernel does not load, and Secure Boot's signing named beside it (module-load-blocked)
_LOAD_REFUSED = (r"(?:\brefus\w*(?:\s+to\s+(?:load|be\s+loaded))?|\b(?:won't|will\s+not|can(?:'t|not)|does(?:n't|\s+not)|did(?:n't|\s+not)|"
                 r"not|fails?\s+to|failed\s+to)\s+(?:be\s+)?load(?:ed)?\b|\b(?:is|was|gets?|got)\s+(?:refused|rejected|blocked)\b)")
_SIGNING = (r"\b(?:secure\s?boot|lockdown|signature\s+(?:enforcement|check\w*|verification)|module\s+verification|MOK|"
            r"key\s+was\s+rejected|required\s+key|unsigned|not\s+signed)\b")
# the data connection and its going away (drops, hangs, dies) - said:access-drops-connection
_LINK = r"(?:(?:data |internet |mobile |LTE |5G |WAN )?(?:connection|session|link)|internet|bearer)"
_LINK_LOST = (r"(?:drops?(?: out)?|dropped|disconnects?|disconnected|goes down|went down|hangs?|hung|freezes|froze|dies|died|"
              r"breaks?|broke|is lost|gets? lost|stalls?|stalled)\b")
# ... when a second program reads the modem: a status page or tab opened, AT commands sent, a terminal or tool run
_ACCESS_TARGET = (r"(?:(?:status|modem|signal|info\w*|cellular|mobile|LTE|5G)\s+(?:page|tab|screen|panel|dashboard|menu)|"
                  r"(?:page|tab)\s+(?:of|for)\s+the\s+modem|AT\s+commands?|minicom|picocom|atinout|sms[_-]tool|comgt|gcom|"
                  r"qmicli|uqmi|mbimcli)\b")
_ACCESS_VERB = r"(?:open\w*|load\w*|visit\w*|refresh\w*|run\w*|send\w*|sent|issu\w*|start\w*|query\w*|poll\w*)"
_ACCESS_TRIGGER = (r"\b(?:when(?:ever)?|as soon as|each time|every time|once)\s+(?:\w+\s+){0,3}?" + _ACCESS_VERB +
                   r"\s+(?:\w+\s+){0,3}?" + _ACCESS_TARGET)
_ACCESS_FIRST = r"\b(?:when(?:ever)?\s+(?:\w+\s+){0,2}?)?" + _ACCESS_VERB + r"\s+(?:\w+\s+){0,3}?" + _ACCESS_TARGET
_ACCESS_CONFIRM = ("sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*; systemctl is-active ModemManager (OpenWrt: logread | grep -iE "
                   "'modemmanager|netifd'); which program polls the modem's ports")
_RU_LINK_LOST = (r"(?:соединени\w*|связь|сесси\w*|интернет\w*|подключени\w*)\s+(?:\w+\s+)?(?:отвалива\w+|пропада\w+|"
                 r"зависа\w+|завис\w*|обрыва\w+|рв[её]тся|разрыва\w+|пада\w+)|(?:отвалива\w+|пропада\w+|зависа\w+|обрыва\w+|"
                 r"рв[её]тся|разрыва\w+)\s+(?:\w+\s+)?(?:соединени\w*|связь|сесси\w*|интернет\w*|подключени\w*)")
_RU_ACCESS = (r"(?:когда|при|как только|стоит)\s+[^.!?]{0,30}?(?:открыва\w*|открыти\w*|обращени\w*|опрос\w*|запрос\w*|"
              r"AT[- ]?команд\w*)")

# the USB device reset or replugged (said:port-program-lost-after-reset) and the programs that hold a modem's tty
_USB_RESET = (r"(?:(?:USB\s+)?(?:device|dongle|stick|modem)\s+(?:\w+\s+)?(?:is|was|gets?|got|has been)\s+(?:reset|re-?plugged|"
              r"unplugged|re-?connected|re-?enumerated|power[- ]cycled)|(?:reset|re-?plug|unplug|re-?connect|power[- ]cycl)\w*\s+"
              r"(?:of\s+)?(?:the\s+|my\s+|a\s+)?(?:USB\s+)?(?:device|dongle|stick|modem))\b")
_SERIAL_PROGRAM = r"\b(?:gammu(?:-smsd)?|smsd|smstools|pppd|wvdial|sakis3g|minicom|picocom|comgt|gcom|kannel)\b"
_PROGRAM_FAILS = (r"\b(?:prevents?|prevented|stops?|stopped|can(?:'t|not|\s+no\s+longer)|could(?:n't| not)|no longer|fails?|"
                  r"failed|crash\w*|hangs?|hung|unexpected|(?:does|did)(?:n't| not) (?:work|recover|respond))\b")

# a supply that cannot give a module's current peaks: a battery, a power bank, an unpowered hub or adapter
_WEAK_SUPPLY = (r"(?:batter(?:y|ies)|power ?banks?|LiPo|Li-?ion|18650|solar|(?:un|non-|passive )powered (?:USB )?hubs?|"
                r"(?:USB )?hubs? without (?:external )?power|(?:a |the )?laptop'?s? USB(?: port)?|(?:USB )?extension (?:cable|cord|lead)s?|"
                r"long (?:USB )?cables?|"
                # a power-management or UPS board between the supply and the host (Witty Pi, PiJuice, a UPS HAT): its
                # regulator and cable feed the host and every USB device behind it
                r"Witty ?Pi(?: \d)?(?: Mini)?|PiJuice|UPS (?:HAT|board|shield|module)|power[- ]management (?:board|HAT))\b")

# how often, as a count per period: "more than once an hour", "several times a day", "twice per minute"
_HOW_OFTEN = (r"(?:(?:more than|about|roughly|around|at least) )?(?:once|twice|\d+ times|several times|many times|multiple times) "
              r"(?:an?|per|every) (?:hour|minute|day)")

# a link dropped on a fixed timer of an hour or more ("disconnects and reconnects every 24 hours", "once a day", "every night
# at 3 am"), nothing said of the modem leaving the bus: the network's or the lease's timer (a session limit, a forced
# re-attach), not a brown-out; a flaky supply drops it at no fixed time ("every hour or so", "every hour or two", "several
# times an hour")
_TIMER_DROP = (r"^(?!.*\b(?:USB|bus|dmesg|power\w*|resets?|reboots?|restarts?|crash\w*|disappear\w*|vanish\w*)\b).*"
               r"(?:\b(?:every|each)\s+(?:single\s+)?(?:hour|day|night|morning|evening|24\s*h(?:ours?|rs?)?|\d+\s*(?:hours?|hrs?|days?))\b"
               r"(?!\s*(?:or|to|-)\s*\w)|\bonce\s+(?:a|per|every)\s+day\b|\b(?:daily|nightly|at\s+midnight)\b|"
               r"\bat\s+(?:exactly\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm|o'clock)\b)")

# a module losing its power: it dies, switches or shuts off, its LEDs go out, it restarts
# a host that fails, and a modem that gets power, for said:power-source's "the Pi freezes every time the dongle is powered"
_HOST_FAILS = (r"\b(?:(?:Raspberry\s*|Orange\s*|Banana\s*|Rock\s*|Nano\s*)?Pi(?:\s+\w{1,3})?|Raspberry|Jetson(?:\s+Nano)?|"
               r"BeagleBone(?:\s+\w+)?|Odroid(?:[\s-]\w+)?|Tinker\s*Board|CM4|router|board|host|computer|PC|laptop|system|SBC)\s+"
               r"(?:\w+\s+){0,2}?\(?(?:freez\w*|froze|hangs|hung|locks? up|locked up|crash\w*|reboot\w*|restart\w*|reset(?:s|ting)?|"
               r"shuts? down|powers? (?:off|down))\b")
_A_MODEM = r"(?:the |my |a |an |this )?(?:USB )?(?:[\w/-]+ ){0,2}?(?:dongle|modem|stick|module|(?-i:HAT)|shield)\b"
_MODEM_POWERED = (r"(?:\b(?:I |we )?(?:plug\w*|power\w*|connect\w*|insert\w*|attach\w*|switch\w* on|turn\w* on)\s+(?:in\s+|on\s+|up\s+)?"
                  + _A_MODEM + r"|" + _A_MODEM + r"\s+(?:is|was|gets|got|becomes|became)\s+(?:plugged|powered|connected|inserted|"
                  r"attached|switched on|turned on))")
_SWITCHES_OFF = (r"(?:die[sd]?|dying|(?:shuts?|shutting|switch(?:es|ed)?|switching|turns?|turned|turning|powers?|powered|powering)"
                 r"(?: itself)? (?:off|down)|(?:go(?:es)?|went|going) (?:off|out|dark|dead)|(?:resets?|restarts?|reboots?|resetting|"
                 r"restarting|rebooting)(?! (?:the|it|them)\b))\b")
# while it happens: "when", "during", "in the middle of a call"
_DURING = r"(?:when|while|during|in the middle of|in the midst of|as soon as|whenever|each time|every time)"
# the radio transmitting: a voice call made or taken, an SMS sent, registration, a data session starting
_TRANSMITS = (r"\b(?:(?:make|making|made|receiv\w*|plac\w*|start\w*|answer\w*|tak\w*|get\w*|dial\w*)\s+(?:or\s+\w+\s+)?(?:an?\s+|the\s+)?"
              r"(?:voice\s+|phone\s+)?calls?|(?:calling|dialling|dialing|call) (?:the )?(?:module|modem|number|it)|"
              r"(?:a |the )?(?:voice )?call (?:starts|comes in|is (?:made|placed|answered))|ATD\w*|"
              r"send(?:s|ing)? (?:an? )?(?:SMS|text|messages?|data)|transmit\w*|register\w*|"
              r"(?:the )?(?:GPRS|PDP|data) (?:connection|session|activation|context) (?:starts|is activated|comes up)|"
              r"network attach\w*|attach\w* to the network|connect\w* to the network|"
              # the data link coming up, where a module draws its largest peaks (SIM800 hardware design: bursts of 2 A
              # while GPRS transmits): "attaches to GPRS", "starts a data session", "when GPRS is connected", "when it
              # tries to connect", "goes online"
              r"(?:attach\w*|connect\w*|register\w*)\s+(?:to|on|with)\s+(?:the\s+)?(?:GPRS|LTE|[2345]G|cellular|mobile)\b|"
              r"(?:start\w*|open\w*|establish\w*|bring\w* up)\s+(?:a\s+|the\s+|its\s+)?(?:data|GPRS|PDP|LTE|internet)\s+"
              r"(?:session|connection|call|context|link)|"
              r"(?:GPRS|net|network|data|LTE|internet)\s+(?:is\s+|gets\s+|got\s+|comes\s+)?(?:connected|attached|up)\b|"
              r"(?:tries|trying|tried|attempts?|attempting|starts?|begins?)\s+to\s+(?:connect|register|attach|go online)\b|"
              r"(?:goes|going|went|comes|came)\s+online\b)")

# an Ethernet-style USB composition (knowledge.md 2.6 wrong-usb-composition: ECM cdc_ether, RNDIS rndis_host, NCM) named
# as the modem's mode: "in ECM mode", "its RNDIS composition", "the composition is set to ECM only", "usbnet to rndis"
_ETH_FUNCTION = r"(?:ECM|RNDIS|NCM|CDC[- ]?Ethernet|cdc_ether|rndis_host|cdc_ncm|Ethernet(?:[- ]style)?)"
_ETH_COMPOSITION = (r"\b(?:(?:is|are|sits?|runs?|running|stuck|left|put|boots?|booted|starts?|started|(?:comes?|came)\s+up|seems?\s+to\s+be|looks?\s+like|"
                    r"set|switched|changed)\b" + _SAME + r"{0,30}?\b(?:in|to|into|with|its|the|an?)\s+(?:its\s+|the\s+|an?\s+)?"
                    + _ETH_FUNCTION + r"(?:[- ]only)?\s+(?:mode|composition|configuration|config|profile)\b|"
                    r"\b(?:composition|configuration|usbnet(?:\s+mode)?|USB\s+mode)\s+(?:is|was|stays?|remains?)\s+(?:still\s+|now\s+)?"
                    r"(?:set\s+to\s+)?" + _ETH_FUNCTION + r"\b|"
                    r"\b(?:chang|set|switch|put)\w*\s+(?:the\s+)?usbnet\s+(?:mode\s+)?(?:to|=|,)\s*[\"']?" + _ETH_FUNCTION + r"\b|"
                    # only an Ethernet-style interface: "only gives me a usb0 network interface handled by cdc_ether", "only rndis interface"
                    r"\bonly\s+(?:\w+\s+){0,3}?(?:an?\s+|the\s+|one\s+)?(?:" + _ETH_FUNCTION + r"|usb\d|eth\d)\b(?:\s+\w+){0,1}?\s+"
                    r"(?:interfaces?|devices?|functions?)\b)")
# ... beside what it lacks or breaks: no QMI/MBIM/AT port, another mode wanted, a tool failing, switched back
_COMPOSITION_LACKS = (r"(?:\binstead\s+of\b|\brather\s+than\b|\bno\s+(?:more\s+)?(?:the\s+)?(?:QMI|MBIM|RMNET|AT|/dev/\w+|cdc-wdm\w*|"
                      r"wwan\d*|ttyUSB\w*|serial)\b|\bfails?\b|\bfailed\b|\bcan(?:'t|not|\s+not)\b|\bnothing\s+to\b|"
                      r"\bnever\s+gets?\b|\bwrong\b)")
# a modem's device node as a sentence names it: /dev/cdc-wdm0, /dev/wwan0at0, /dev/ttyUSB*, ttyACM0
_MODEM_NODE = r"`?(?:/dev/)?(?:cdc-wdm|wwan\d\w*|ttyUSB|ttyACM|ttyHS)[\w*]*`?"

# PCIe modem drivers and the PCIe words a sentence puts before "driver": in-kernel (mhi_pci_generic, mtk_t7xx, iosm),
# vendor out-of-tree (Quectel pcie_mhi; the Unisoc/Spreadtrum sprd_pcie of RG500U-class modules, module name
# "sprd-pcie-ep-device" in its sprd_pcie_ep_device.c; MediaTek/Fibocom mtk_pcie_*) and OpenWrt package names
_PCIE_DRIVER = (r"(?:PCI-?e|MHI|t7xx|iosm|mtk_t7xx|mhi_pci_generic|mhi-pci-generic|pcie_mhi|mtk_pcie\w*|sprd[_-]pcie[\w-]*|"
                r"kmod-mhi[\w-]*|kmod-mtk-t7xx|"
                # the out-of-tree PCIe driver of the Intel XMM7360 (xmm7360/xmm7360-pci), which no kernel carries
                r"xmm7360[-_]pci)")
# where a PCIe modem is seen: in lspci's list, on the PCI(e) bus, as a PCI device ("is listed by lspci", "enumerates (via
# lspci) as a device on the PCI bus", "is detected as a PCI device", "only appear in lspci")
_ON_PCI = (r"(?:(?:in|by|under|with|via|from)\s+(?:the\s+output\s+of\s+)?[`'\"]?lspci\b(?:\s+-\w+)*[`'\"]?|"
           r"(?:on|to)\s+the\s+PCI(?:-?e| Express)?\s+bus|as\s+an?\s+(?:\w+\s+)?(?:PCI(?:-?e| Express)?\s+)?(?:device|card|controller)"
           r"\s+on\s+the\s+PCI(?:-?e| Express)?\s+bus|as\s+an?\s+PCI(?:-?e| Express)?\s+(?:device|card|controller|modem)\b)")
_SEEN_VERB = (r"(?:shows?\s+up|showed\s+up|shown|appear\w*|list(?:s|ed)|detected|visible|seen|recogni[sz]ed|enumerat\w*|found|"
              r"present|picked\s+up|(?:is|are)\s+there)")
# ... and nothing past it: not on USB, no driver bound, no port or interface of the modem ("but not in lsusb", "lsusb
# shows nothing", "no driver will bind to it", "no kernel driver in use", "and that's it")
_NOTHING_PAST_PCI = (r"(?:\bno(?:thing|\s+\w+)?\s+(?:\w+\s+)?(?:in|on|under)\s+(?:the\s+)?lsusb\b|\bnot\s+(?:in|on|under|by|with)?\s*"
                     r"(?:the\s+)?(?:lsusb|USB)\b|\blsusb\b" + _SAME + r"{0,30}?(?:\bnothing|\bnot\b|n't\b|\bno\b)|"
                     r"\bno\s+(?:\w+\s+)?(?:kernel\s+)?drivers?\b|\bno\s+(?:/dev/)?(?:wwan|mhi|cdc-wdm|ttyUSB)\w*|"
                     r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:bound|bind|claimed|driven)\b|\bthat'?s\s+(?:it|all)\b|"
                     r"\bnothing\s+(?:else|more)\b)")
# an interface told to be the modem's QMI (network) function: "should be the QMI one", "is supposed to be the rmnet port"
_DUE_QMI = (r"(?:should|must|ought\s+to|is\s+supposed\s+to)\s+be\s+(?:the\s+)?(?:QMI|RMNET|network|net|wwan|data|qmi_wwan(?:'s)?)\b"
            r"(?:\s+(?:one|interface|function|port))?")
# a driver that has an interface: "took", "grabbed", "is bound to", "claims"
_HOLDS = (r"(?:grab\w*|took|takes?|taken|claim\w*|bound\s+(?:to\s+)?|binds?\s+(?:to\s+)?|holds?|held|hijack\w*|stole|steals?|got|gets|has)")
# the word SIM, or a provider's name written glued to it ("VirginSIM", "LycaSIM", "AldiSIM"): a capitalised word and "SIM"
_SIM_WORD = r"(?:\b(?-i:[A-Z][a-z]{2,}SIM)|\bSIM)"
# another SIM than the one in question: "another SIM", "a different Vodafone SIM card", "other SIMs", "my old SIM"
_OTHER_SIM = (r"(?:\b(?:an?other|a\s+different|the\s+other|my\s+other|my\s+old|the\s+old|other)\s+(?:[\w&-]+\s+)?SIM(?:s|[\s-]?cards?)?"
              r"\b)")
# ... tried as a test that works or fails the same way (said:works-with-other-sim, said:sims-known-good)
_OTHER_SIM_TRIED = (r"\b(?:an?other|a\s+different|the\s+other|my\s+other|other)\s+(?:[\w&-]+\s+)?SIM(?:s|[\s-]?cards?)?\b[^.!?]{0,40}?"
                    r"\b(?:works?|worked|same\s+(?:result|error|problem|issue|thing|message))\b|\bworks?\s+(?:fine\s+|perfectly\s+|well\s+|"
                    r"ok\s+)?(?:with|using)\s+(?:an?other|a\s+different|the\s+other|my\s+other|other)\s+(?:[\w&-]+\s+)?SIM")
# several SIMs: "several SIM cards", "3 different SIMs", "all my SIMs"
_SEVERAL_SIMS = (r"\b(?:several|multiple|various|many|[2-9]|two|three|four|five|all(?:\s+(?:my|the|of\s+my))?)\s+(?:\w+\s+)?"
                 r"SIMs?(?:[\s-]?cards)?\b")
# the drivers that may hold a modem's USB device or the controller it sits behind, as sentences name them: the
# serial and network drivers, the vendors' out-of-tree ones, the generic CDC, storage and host-controller drivers
_MODEM_DRIVER = (r"(?:option1?|qcserial|sierra(?:_net)?|usb_?wwan|usbserial|qmi_wwan(?:_q)?|qmi_wan|cdc[_-](?:acm|mbim|ncm|ether|wdm)|"
                 r"huawei_cdc_ncm|rndis_host|usb[-_]?storage|[eou]hci(?:[-_]hcd|[-_]pci)?|GobiNet|GobiSerial)"
                 r"(?:\s+(?:kernel\s+)?(?:module|driver))?")
_ADDS = r"(?:add|adds|added|enable|enables|enabled|select|selects|build|builds)\s+"
_CONFIG_WORD = r"\b(?:config(?:s|uration)?|kconfig|defconfig|CONFIG_\w+|fragment)\b"
_MODEM_DRIVER_WORD = (r"\b(?:QMI|MBIM|WWAN|modems?|usb[ _-]?serial|option|qcserial|qmi_wwan|cdc_\w+|LTE|[45]G|cellular|"
                      r"USB_NET_\w+|USB_SERIAL_\w+)\b")
# the serial drivers that bind a modem's interfaces by id, as sentences name them ("option", "the option driver", "qcserial")
_SERIAL_DRIVER = r"(?:option1?|qcserial|sierra|usb_wwan)(?:\s+(?:serial\s+)?driver)?"
# the modem's control function named (said:control-mode-mbim / -qmi), as a state of this modem, never as what a driver does
# in general ("QMI_WWAN binds to the RmNet interface and provides a WWAN network device" describes the driver):
# - in a {proto} mode or configuration: "it's in MBIM mode", "the modem is on mbim mode", "it came up in its MBIM
#   configuration", "EM7455 in MBIM mode, qmicli hangs" (not "is not in", "switched from MBIM mode", "use mbimcli in MBIM mode")
# - driven by or bound to {driver}: "the card is driven by cdc_mbim", "it's bound to qmi_wwan", "the modem uses cdc_mbim"
# - {driver} holding it, as a state or a past event ("cdc_mbim drives it", "qmi_wwan is bound to interface 4", "cdc_mbim
#   grabbed the control interface"); a present-tense "binds to the X interface" is the driver's description
# - {driver} seen on an interface ("lsusb -t shows qmi_wwan on the network interface"), registered as {proto}, a {proto} port
_MODE_STATE_VERB = (r"(?:is|'s|are|runs?|running|sits?|stays?|stuck|left|(?:comes?|came|starts?|started|boots?|booted)"
                    r"(?:\s+up)?|(?:set|configured|switched|put|(?:I|we)\s+(?:can\s+|could\s+)?switch)\s+(?:it\s+|the\s+\w+\s+)?(?:back\s+)?"
                    r"(?:to|in|into)|now)")
_MODE_HOLDER = r"(?:modem|module|card|device|dongle|stick|port|it|[A-Z]{1,4}\d{2,4}[\w-]*)"
_HELD = r"(?:it|them|the\s+(?:\w+\s+)?(?:modem|module|card|device|dongle|stick|port|interface)|my\s+\w+|cdc-wdm\d|interface\s+\d|if\s*\d)"

def _control_mode(proto: str, driver: str) -> str:
    """A sentence saying this modem runs its ``proto`` function (MBIM or QMI), ``driver`` the driver of it."""
    return (r"\b" + _MODE_STATE_VERB + r"\s+(?:(?!not\b|never\b|no\b|from\b|out\b|of\b|use\b)\w+\s+){0,2}?"
            r"(?:(?:in|into|on|to)\s+)?(?:its\s+|the\s+)?" + proto + r"(?:-only)?\s+(?:mode|configuration|composition|config)\b|"
            r"\b" + _MODE_HOLDER + r",?\s+(?:in|on)\s+(?:its\s+)?" + proto + r"\s+(?:mode|configuration|composition)\b|"
            r"\b(?:driven|handled|bound|claimed|taken|grabbed|managed)\s+by\s+(?:the\s+)?" + driver + r"\b|"
            r"\b(?:bound|attached|tied)\s+to\s+(?:the\s+)?" + driver + r"\b|\b(?:uses|using)\s+(?:the\s+)?" + driver + r"\b|"
            r"\b" + driver + r"\s+(?:driver\s+)?(?:drives|holds|handles|has)\s+" + _HELD + r"|"
            r"\b" + driver + r"\s+(?:driver\s+)?(?:is\s+bound|is\s+attached|bound|took|grabbed|claimed|has\s+(?:bound|claimed|taken))"
            r"\s+(?:to\s+)?" + _HELD + r"|"
            r"\b" + driver + r"\s+on\s+the\s+(?:\w+\s+)?interface\b|"
            r"\bregister\w*\s+(?:it|the\s+\w+)\s+as\s+(?:an?\s+)?" + proto + r"\b|"
            r"\b(?:is|'s)\s+an?\s+" + proto + r"(?:-only)?\s+(?:port|device|interface|modem|module|card)\b|"
            # the protocol without "mode": "the modem is set to MBIM (usbcomp 8)", "configured for QMI" (QMI over MBIM is MBIM)
            r"\b(?:set|configured|switched|put)\s+(?:it\s+|the\s+\w+\s+)?(?:back\s+)?(?:to|into|for)\s+(?:its\s+|the\s+)?" + proto +
            r"\b(?![\s-]+(?:over|via|through)\b)|"
            # the driver it enumerates with: "the modem enumerates with cdc_mbim", "it comes up under qmi_wwan"
            r"\b(?:enumerat(?:es|ed|ing)|comes?\s+up|came\s+up|shows?\s+up|showed\s+up|appears?|appeared)\s+(?:\w+\s+)?(?:with|under|as)\s+"
            r"(?:the\s+)?" + driver + r"\b")


# the programs that talk QMI or MBIM to the modem's control port
_QMI_TOOLS = r"(?:uqmi|qmicli|qmi-network|libqmi|quectel-CM)"
_MBIM_TOOLS = r"(?:umbim|mbimcli|mbim-network|libmbim)"
_CTRL_TOOLS = r"(?:%s|%s)" % (_QMI_TOOLS, _MBIM_TOOLS)  # no name is a prefix of another: order is free
_HANG = (r"(?:hangs?|hung|hanging|stucks?|(?:is|gets?|got|are|remains?|stays?) stuck|freez(?:es|ing)|froze|blocks? forever|"
         r"(?:gives?|gave|ends?|ended|fails?|failed|dies|died|returns?|returned)\s+(?:up\s+)?with\s+(?:a\s+)?time-?outs?|"
         r"sits?\s+there|(?:gives?|gave)\s+(?:me\s+)?(?:an?\s+)?endpoint\s+hang-?up|"
         r"never (?:returns?|answers?|finish(?:es)?|completes?|exits?|comes? back)|does(?:n't| not) (?:return|answer|respond|exit)|"
         r"gets? no (?:answer|response|reply)|times? out|timed out|timing out)\b")
_FAILS = r"(?:(?:does|do|is|are)(?:n't|\s+not)\s+work\w*|fails?|failing)"
# the modem said to run MBIM while the connecting program drives it with QMI: "the module is in MBIM mode, yet the plugin
# dials it with QMI", "it is configured for MBIM mode but the script picks QMI dialing" (QMI over MBIM is no mismatch)
_QMI_DIALS_MBIM = (r"\bMBIM\s+(?:mode|configuration|composition)\b[^.!?]{0,40}?\b(?:but|yet|however)\b[^.!?]{0,40}?"
                   r"\b(?:dial\w*|uses?|using|chose|chooses|picks?|picked|selects?|selected|runs?|ran|starts?|started)\s+"
                   r"(?:it\s+|them\s+)?(?:with\s+|via\s+|through\s+)?(?:the\s+)?(?:QMI|" + _QMI_TOOLS + r")\b"
                   r"(?![\s-]+over[\s-]+MBIM)")
# a command that switches the modem's radio on (full functionality), as a post names it: gammu's "setpower on" (sends
# AT+CFUN=1: gammu libgammu/phone/at/atgen.c:5955 ATGEN_SetPower), AT+CFUN=1 itself (3GPP TS 27.007 8.2; "AT+CFUN=1,1" is
# a reset), ModemManager's --set-power-state-on, qmicli's online operating mode, mbimcli's radio state on, NetworkManager's
# WWAN radio switch and rfkill's unblock
_RADIO_ON_CMD = (r"(?:\bgammu\s+(?:-\S+\s+)*setpower\s+on\b|\bAT\+CFUN\s*=\s*1(?![\d,])|"
                 r"\bmmcli\b[^.!?\n]{0,40}?--set-power-state-on\b|\bqmicli\b[^.!?\n]{0,40}?--dms-set-operating-mode=['\"]?online\b|"
                 r"\bmbimcli\b[^.!?\n]{0,40}?--set-radio-state=['\"]?on\b|\bnmcli\s+radio\s+wwan\s+on\b|\brfkill\s+unblock\b|"
                 # uqmi's DMS operating mode (uqmi commands-dms.h: set-device-operating-mode, the QMI DMS modes online,
                 # low_power, ...; OpenWrt qmi.sh sends "online" before it connects)
                 r"\buqmi\b[^.!?\n]{0,60}?--set-device-operating-mode(?:=|\s+)['\"]?online\b)")
_MODE_NOUN = r"(?:mode|modems?|devices?|ports?|modules?|cards?|configuration|composition)\b"
_DHCP_CLIENTS = r"(?:systemd-networkd|networkd|dhclient|dhcpcd|NetworkManager|udhcpc|DHCP client)"
# the modem's programs and nodes a confinement may shut out: ModemManager and its protocol proxies, the QMI/MBIM tools
_MODEM_PROGRAM_OR_NODE = (r"\b(?:ModemManager|modem-manager|(?:mbim|qmi)[- ]?proxy|(?:mbim|qmi)\s+(?:and\s+(?:mbim|qmi)\s+)?"
                          r"(?:protocol\s+)?prox(?:y|ies)|qmicli|mbimcli|uqmi|umbim)\b|/dev/(?:cdc-wdm|wwan|ttyUSB|ttyACM)\w*")
# a DHCP client told useless on the link: "DHCP is not required", "no DHCP client is needed", "dhclient isn't necessary"
_DHCP_NOT_NEEDED = (r"(?:(?:a\s+|any\s+|the\s+)?(?:DHCP|dhclient|udhcpc|dhcpcd)(?:\s+client)?\s+(?:is|was)(?:n't|\s+not)\s+(?:really\s+)?"
                    r"(?:required|needed|necessary)|no\s+(?:DHCP|dhclient|udhcpc|dhcpcd)(?:\s+client)?\s+(?:is\s+)?(?:required|needed|"
                    r"necessary))\b")
# the USB modem drivers that bind by an id table, as a sentence names them: the file ("drivers/usb/serial/option.c",
# "qmi_wwan.c"), or the module ("qmi_wwan", "qcserial"; "option" and "sierra" only with "driver"/"module", they are words)
# (the USB-serial bridge drivers some modems sit behind list ids too: cp210x.c, its older name cp2101.c, ftdi_sio.c, pl2303.c)
_ID_TABLE_DRIVER = (r"(?:(?:drivers/(?:net/usb|usb/serial)/)?(?:qmi_wwan|qcserial|option|sierra|usb_wwan|cp210x|cp2101|ftdi_sio|"
                    r"pl2303)\.c\b|"
                    r"(?:qmi_wwan|qcserial|usb_wwan)\b(?:\s+(?:driver|module)s?)?|(?:option|sierra)\s+(?:serial\s+)?"
                    r"(?:driver|module)s?\b|"
                    # airprime, the 2.6-era serial driver of the Novatel/Sierra/Kyocera EV-DO and HSDPA cards (drivers/usb/serial/
                    # airprime.c id_table[], until its ids moved to option and sierra in 2.6.2x)
                    r"airprime(?:\.c)?\b(?:\s+(?:driver|module)s?)?|"
                    # a driver's table named as such: "the driver's device list", "the driver's id table"
                    r"(?:the\s+)?(?:\w+\s+)?driver'?s\s+(?:(?:usb|device|id|ids)\s+){0,2}(?:table|list)\b)")
# a serial driver that binds modems by id, as a step or a sentence names it: usbserial (its generic vendor=/product=
# parameters), option, sierra, qcserial, "the (USB) serial driver"
_ID_SERIAL_DRIVER = r"(?:usbserial|option|sierra|qcserial|qmi_wwan|(?:USB\s+)?serial)(?:\s+(?:driver|module))?"
# the modem as such a sentence names it: "the card", "my UMTS card", "this Huawei stick"
_THE_CARD = r"(?:the|my|this|our|a)\s+(?:[\w-]+\s+){0,2}?(?:card|modem|stick|dongle|device|module)\b"
# a kernel that takes the modem with no help: "recognise it by themselves", "pick it up out of the box", "support the card natively"
_TAKES_IT_ALONE = (r"(?:recogni[sz]e|know|support|detect|pick\s+up|handle|take)s?\s+(?:it|the\s+\w+|this\s+\w+)(?:\s+\w+)?\s+"
                   r"(?:by\s+(?:themselves|itself)|out\s+of\s+the\s+box|automatically|natively|on\s+their\s+own)\b")
# a USB id as a sentence names it: "the product id", "the modem's vendor and product id", "201e:2009"
_ID_NOUN = (r"(?:(?:(?:vendor|device|product|usb)\s+(?:and\s+|&\s+)?)*(?:id|ids|pid|vid|vid:pid)|[0-9a-f]{4}:[0-9a-f]{4})\b")
# a modem driver that binds by id list, as the languages with spaces name it: its source file, qmi_wwan / qcserial, or
# option / sierra with the word driver or module (option alone is an ordinary word)
_ID_TABLE_DRIVER_SPACED = (r"(?:(?:qmi_wwan|qcserial|option|sierra|usb_wwan)\.c\b|\b(?:qmi_wwan|qcserial)\b|\b(?:option|sierra)[-\s]+(?:Treiber|driver|"
          r"controlador|pilote|драйвер\w*|modul\w*|módulo)\b)")
# an id as those languages name it: "die PID", "el VID", "этого PID", "6005"
_AN_ID_FOREIGN = r"\b(?:ID|PID|VID|VID:PID|Produkt-?ID|Geräte-?ID|[0-9a-f]{4})\b"
# "see only 3 additional sg0, sg1, sdb", "I only get /dev/sr0": what appears is a SCSI node (usb-storage's disk sdX,
# CD-ROM srN, generic sgN)
# being or appearing as a kind: "alternates between being a modem and showing up as a USB disk"
_BEING = r"(?:(?:being|showing\s+up\s+as|appearing\s+as|acting\s+as|working\s+as)\s+)?"
_SCSI_NODE = r"(?:\d+\s+)?(?:additional\s+|new\s+|extra\s+)?(?:/dev/)?(?:sg\d*|sr\d*|sd[a-z])\b"
_ONLY_SCSI_NODES = (r"(?:\b(?:(?:see|get|got|have|find|found|shows?|showed|appears?|appeared|gives?|gave|lists?|listed|creates?|"
                    r"created)\s+only|only\s+(?:see|get|got|have|find|found|shows?|showed|appears?|gives?(?:\s+me)?|gave(?:\s+me)?|lists?|"
                    r"listed|creates?|created))\s+" + _SCSI_NODE + r"|"
                    # the nodes first: "only sg devices and a sdb disk appear for the stick"
                    r"\bonly\s+" + _SCSI_NODE + r"[^.!?,;]{0,40}?\b(?:appear\w*|show(?:s|ed)?\s+up|(?:are|is|get|got)\s+created)\b)")
# modem driver modules, their OpenWrt kmod packages and kernel options, as a sentence names them
# a request's opening: "please", "pls", "kindly", "REQUEST:", "feature request -" (a how-to's bare imperative is no request)
_ASKED = r"\b(?:pl(?:ease|s|z)|kindly|(?:feature\s+)?request(?:ed)?\W{0,3})\s*(?:\w+\s+){0,2}?"
# systems sold or built as an appliance whose image carries only the kernel drivers its makers chose (Home Assistant OS,
# camera and NAS firmwares, media-centre and boat-monitoring images)
_APPLIANCE_OS = (r"(?:hass\.?io|HassOS|Home\s+Assistant(?:\s+OS)?|HAOS|OpenIPC|(?:Synology\s+)?DSM|balena\s?OS|Venus\s?OS|"
                 r"LibreELEC|OSMC|Volumio|TrueNAS|unRAID|QTS|piCorePlayer|Batocera)")
# a modem driver's kernel option told by what it supports: "RNDIS host", "QMI WWAN", "USB serial", "MBIM"
_SUPPORTED = (r"(?:RNDIS(?:\s+host)?|QMI(?:\s+WWAN)?|MBIM|CDC[\s_-]?(?:ether|NCM|MBIM|ACM)|USB\s+(?:serial|WWAN|modem|network\s+adapter)|"
              r"(?:USB\s+)?WWAN|Qualcomm\s+serial|GSM\s+(?:and\s+CDMA\s+)?modem|cellular\s+modem)")
_MODS = (r"(?:option|qcserial|usb_wwan|qmi_wwan|cdc_mbim|cdc[_-]wdm|cdc_ncm|huawei_cdc_ncm|cdc_ether|rndis_host|"
         r"sierra_net|mhi_pci_generic|mhi_net|mhi_wwan_\w+|mtk_t7xx|iosm|kmod-usb-(?:net|serial)[\w-]*|kmod-mtk-t7xx|"
         r"kmod-mhi[\w-]*|kmod-usb-acm|CONFIG_(?:USB_NET_QMI_WWAN|USB_NET_CDC_MBIM|USB_NET_CDC_NCM|USB_NET_HUAWEI_CDC_NCM|"
         r"USB_NET_CDC_ETHER|USB_NET_RNDIS_HOST|USB_SERIAL_OPTION|USB_SERIAL_QUALCOMM|USB_SERIAL_WWAN|USB_WDM|"
         r"USB_SERIAL_SIERRAWIRELESS|USB_HSO|USB_USBNET|USB_ACM|WWAN|"
         r"MHI_\w+|MTK_T7XX|IOSM|PPP(?:_ASYNC|_SYNC_TTY)?)|"
         # Option's hso (GlobeTrotter HSxPA), usbnet under the USB network drivers; sierra (also a vendor's name) and
         # usbserial only where module or driver follows
         r"hso|usbnet|(?:sierra|usbserial)(?=(?:\.ko)?[\"'`”]?\s+(?:kernel\s+)?(?:modules?|drivers?)\b)|"
         # the USB host controller drivers a USB modem hangs off (xHCI, EHCI, OHCI, DesignWare dwc2/dwc3; OpenWrt's
         # kmod-usb2/kmod-usb3): without one the board has no USB bus, and no modem enumerates whatever drivers it has
         r"(?:xhci|ehci|ohci)(?:[_-](?:hcd|pci|plat|platform|mtk|\w+hcd))?|dwc[23]|kmod-usb[23]|kmod-usb-(?:ohci|ehci|xhci|dwc[23])[\w-]*|"
         r"CONFIG_USB_(?:XHCI|EHCI|OHCI)_\w+|CONFIG_USB_DWC[23]\w*|"
         # PPP for the serial modems' dial-up link: its modules, kmod package and kernel option; a bare "ppp" only
         # where "module" or "driver" follows ("the ppp kernel module"), since "PPP" alone names the link
         r"ppp_generic|ppp_async|ppp_synctty|kmod-ppp|ppp(?=\s+(?:kernel\s+)?(?:modules?|drivers?)\b))")

# a USB id set by hand (said:usb-id-changed): "I accidentally changed the PID", "wrote a wrong PID to the card"
_USB_ID_SET = (r"\b(?:chang\w*|set|sets|wrote|written|writ\w+|switch\w*|alter\w*|modif\w*|flash\w*)\s+(?:a\s+|an\s+|the\s+|its\s+|"
               r"my\s+|it'?s\s+)?(?:wrong\s+|different\s+|new\s+|other\s+|bad\s+)?(?:USB\s+)?(?:PID|VID(?::PID)?|product[\s-]?id|"
               r"vendor[\s-]?id|USB\s+id)s?\b|\b(?:PID|product[\s-]?id|USB\s+id)\s+(?:got|was|has\s+been|is)\s+(?:\w+\s+)?changed\b")
# ... a PID switched on purpose (a composition switch: AT+CUSBPIDSWITCH, usbmode) that only lost the serial ports, told
# with no mistake and no device left unrecognised: "After switching the PID, no more ttyUSB were available" is what the
# chosen composition offers (knowledge.md 2.4), a how-to's step, not an id no driver lists
_PID_SWITCHED_ON_PURPOSE = (r"^(?!.*(?:" + _BY_MISTAKE + r"|\bwrong\b|recogni[sz]|detected|\bunable\b|can(?:'t|not)\b))"
                            r"(?=.*\bswitch(?:ed|ing)?\s+(?:the\s+|its\s+|my\s+)?(?:USB\s+)?PID\b)")
# which of several units fails changes (said:random-unit-missing): "not always the same USB device", "a different
# stick each time", "a random one of the modems"
_UNIT_WORD = r"(?:USB\s+)?(?:[\w-]+\s+)?(?:devices?|modems?|sticks?|dongles?|cards?|ones?|units?|adapters?|modules?)"
_RANDOM_UNIT = (r"\b(?:not\s+always\s+the\s+same\s+" + _UNIT_WORD + r"|(?:a\s+)?different\s+" + _UNIT_WORD +
                r"\s+(?:\w+\s+){0,2}?(?:each|every)\s+(?:time|boot|reboot)|(?:a\s+)?random\s+(?:one|" + _UNIT_WORD + r")\s+of)\b")
# ... that is not recognised or fails to come up
_NOT_COMING_UP = (r"(?:\b(?:not|never|n't|fails?\s+to|failed\s+to)\s+(?:\w+\s+){0,2}?(?:recogni[sz]\w*|detected|found|seen|"
                  r"enumerat\w*|show\s+up|appear\w*|come\s+up)|\bmissing\b|\bdisappear\w*)")
# a device that keeps leaving and coming back (said:drops-off-bus, tuning33d): "keep connecting and disconnecting", "come
# and go", "appear and disappear", "appears and then disappears", "disconnects and reconnects from the USB bus", "there one moment and gone the next"
_COMES_AND_GOES = (r"\b(?:(?:keeps?|kept|keeping)\s+(?:on\s+)?(?:connecting\s+and\s+disconnecting|disconnecting\s+and\s+"
                   r"re-?connecting|appearing\s+and\s+disappearing|disappearing\s+and\s+re-?appearing|coming\s+and\s+going)|"
                   r"(?:come|comes|came|coming)\s+and\s+(?:go|goes|went|going)|(?:appears?|appeared|appearing)\s+and\s+(?:then\s+)?"
                   r"(?:disappears?|disappeared|disappearing)|attach(?:es|ed|ing)?\s+and\s+detach(?:es|ed|ing)?\s+"
                   r"(?:\w+\s+){0,2}?(?:in\s+a\s+loop|over\s+and\s+over|again\s+and\s+again|"
                   r"all\s+the\s+time|constantly|repeatedly|endlessly)|"
                   # "was being disconnected and reconnected a couple of times a second"
                   r"(?:disconnected|detached)\s+and\s+re-?(?:connected|attached)\s+(?:\w+\s+){0,5}?(?:times?\s+(?:a|per)\s+(?:second|minute)|"
                   r"over\s+and\s+over|again\s+and\s+again|repeatedly|constantly|all\s+the\s+time|in\s+a\s+loop|every\s+(?:few\s+)?"
                   r"(?:seconds?|minutes?))|"
                   r"disconnects?\s+and\s+re-?connects?\s+(?:\w+\s+){0,3}?(?:from|to|on)\s+"
                   r"(?:the\s+)?(?:USB|bus)|(?:is\s+)?there\s+one\s+moment\s+and\s+gone\s+the\s+next)\b")
# several units (said:units-dead): "four of our modems", "several of the modules", "two of the five cards we bought"
_SEVERAL_UNITS = (r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|multiple|a\s+few)\s+(?:of\s+)?"
                  r"(?:(?:our|the|my|these|those)\s+)?(?:\w+\s+){0,2}?(?:modems|modules|units|cards|boards))\b")
# ... said of a normal or passing state, not of dead units: "until you press PWRKEY", "until the download finishes",
# "which is normal", "if the supply is too weak"
_UNITS_ONLY_FOR_A_WHILE = r"\b(?:if|until|unless|otherwise|which\s+is\s+normal|as\s+expected)\b"
# ... that show no life at all: no power, no USB enumeration, dead
_NO_LIFE = (r"\b(?:(?:no\s+longer|won't|will\s+not|do(?:n't|\s+not)|did(?:n't|\s+not)|never|cannot|can't)\s+(?:\w+\s+)?(?:power\s+"
            r"(?:on|up)|turn\s+on|boot|enumerate|show\s+up)|stopped\s+(?:enumerating|powering\s+(?:on|up))|(?:are|were)\s+"
            r"(?:completely\s+|totally\s+)?dead|(?:do(?:n't|\s+not)|no\s+longer)\s+(?:show\s+up|appear)\s+on\s+(?:the\s+)?USB)\b")
# the modem drivers a board kernel is asked for: _MODS and the ACM class driver (cdc-acm)
_CLASS_MODS = r"(?:cdc[_-]acm|" + _MODS + r")"
# what a missing module "is not": "not included", "isn't available", "not in the image"
_NOT_THERE = (r"(?:included|built|present|available|shipped|installed|compiled|enabled|there|found|"
              r"in (?:the|this|my|our) (?:[\w.-]+ ){0,2}?(?:kernel|image|firmware))")
# an out-of-tree (vendor) modem driver a person builds: Quectel's qmi_wwan_q, quectel-MHI / pcie_mhi, GobiNet and GobiSerial,
# xmm7360-pci, Fibocom's and SIMCom's drivers, an mhi or t7xx backport, or "the modem driver" itself
_OOT_DRIVER = (r"\b(?:quectel[-_ ]?(?:MHI|CM|QMI|wwan)\w*|pcie[-_]mhi\w*|qmi_wwan_[a-z]\w*|GobiNet|GobiSerial|xmm7360[-_\w]*|"
               r"fibocom[-_ ]?\w*\s+driver|simcom[-_ ]?\w*\s+driver|mhi(?:[-_]\w+)?|mtk_t7xx|t7xx|(?:the\s+)?(?:modem|wwan|LTE|5G|4G)\s+driver)")
# a modem whose firmware the host uploads: a Gobi (gobi_loader, its images, its QDL boot id, HP's un2xxx modules) or a
# MultiTech modem (ti_usb_3410_5052's mts_*.fw)
# ... or told by what such a modem needs: its firmware put into it by the host at every start ("the card needs a firmware
# to be inserted every time it boots", "the firmware has to be uploaded into the chip")
_HOST_FW_CONTEXT = (r"(?:gobi\w*|qdl|amss\.mbn|apps\.mbn|uqcn\.mbn|/lib/firmware/gobi|un2[0-9]{3}|mts_\w+\.fw|multi-?tech|"
                    r"firmware\s+(?:\w+\s+){0,3}?(?:inserted|injected|uploaded|loaded|pushed)\s+(?:\w+\s+){0,3}?(?:(?:every|each)\s+"
                    r"time|(?:at|on)\s+(?:every|each)\s+(?:boot|start|power[- ]?on))|firmware\s+(?:\w+\s+){0,3}?(?:inserted|injected|"
                    r"uploaded|pushed)\s+(?:in)?to\s+(?:the\s+)?(?:chip|card|modem|module|device))\b")
# destroyed, wiped or removed (a disk partition and what it held)
_WIPED = r"\b(?:destroy\w*|wip(?:e|ed|ing)|delet\w*|eras\w*|format\w*|overwr\w*|lost|gone|remov\w*)\b"
# the firmware (files) said absent
_FW_FILES_ABSENT = (r"(?:\bfirmware\s+(?:files?\s+|images?\s+|blobs?\s+)?(?:(?:is|are|was|were)\s+(?:still\s+)?(?:missing|absent|gone|lost|"
                    r"not\s+(?:found|installed|there|present|copied|available))|(?:is|are|was|were)n't\s+(?:found|installed|there|"
                    r"present|copied|available))\b|\b(?:missing|no|without\s+(?:the|its|any))\s+(?:gobi\s+)?firmware\s+(?:files?|images?)\b|"
                    # the person's own omission: "I didn't install the firmware", "we never copied the firmware files"
                    r"\b(?:did(?:n't|\s+not)|never|forgot\s+to|have(?:n't|\s+not)|had(?:n't|\s+not))\s+(?:\w+\s+)?(?:install|copy|"
                    r"copied|extract|put|upload)\w*\s+(?:the\s+|its\s+|any\s+)?(?=(?:gobi\s+)?firmware\b))")

# the modem as the subject of a sentence: "the modem", "my LTE module", "the WWAN card", "Modem" opening a title, "the
# modem of my PinePhone", "the LTE module in our router"
# a driver module named in another language, with its word for module or driver before or after it ("das Modul qmi_wwan",
# "el módulo option", "модуля option", "option modülü")
# ("cdc-wdm" alone, hyphenated, is the device node /dev/cdc-wdm0: "cdc-wdm de yok" tells no module missing)
_MOD_NAMED = (r"(?:\b(?:Modul|Treiber|Kernelmodul|m[oó]dulo|driver|pilote|module|modu[lł]\w*|modul\w*|модул\w*|драйвер\w*)\s+"
              r"[\"'`“]?\b" + _MODS + r"|[\"'`“]?\b(?!cdc-wdm)" + _MODS + r")(?:\.ko)?\b[\"'`”]?"
              r"(?:\s*-?(?:Modul|Treiber|mod[uü]l\w*|s[uü]r[uü]c[uü]\w*|driver|module)\w*)?")
_MODEM_SUBJECT = (r"(?:(?:\b(?:the|my|our|this|that)\s+(?:[\w'’-]+\s+){0,2}?|^\W*)(?:modem|module|dongle|WWAN(?: card| module)?|"
                  r"LTE(?: modem| module)?|[45]G(?: modem| module)?|modem card)\b"
                  r"(?:\s+(?:of|in|inside)\s+(?:the|my|our|this|a)\s+[\w-]+(?:\s+(?-i:[A-Z0-9][\w-]*))?)?|"
                  # a module named by its model: "the RM500Q", "our SIM7600"
                  r"\b(?:the|my|our|this|that)\s+(?-i:[A-Z]{1,5}-?\d{2,4}[A-Z0-9-]*)\b)")
# the words that may stand between that subject and its verb: "the modem will randomly disappear", "seems to"
_ADVERBS = r"(?:\s+(?:\w+ly|keeps?|kept|just|then|always|often|sometimes|again|seems? to|seemed to|would|will|can|may))*"
# the modem taken off the host and put back by hand: "physically unplug it", "replugging the stick", "pull it out"
# the host restarted (not a program or service): "reboot the laptop", "restart the PC", "a full reboot of the router"
_HOST_RESTART = (r"(?:re-?boot\w*|restart\w*|power[\s-]?cycl\w*)\s+(?:the\s+|my\s+|a\s+|whole\s+|full\s+|entire\s+)*(?:PC|laptop|"
                 r"computer|machine|system|router|host|box|Pi|notebook|device)\b")
_REPLUG = (r"(?:physically\s+|manually\s+)?(?:re-?plug\w*|unplug\w*|un-plug\w*|pull\w*\s+(?:it\s+|the\s+\w+\s+)?out|"
           r"(?:take|took|taking)\s+(?:it\s+|the\s+\w+\s+)?out|disconnect\w*\s+(?:it\s+)?physically)")
# ... accepts or answers commands: "accept any commands", "respond to AT commands", "answer at all"
_ANSWERS_COMMANDS = (r"(?:accept|answer|respond|reply|react|take|work)\w*\s+(?:to\s+)?(?:any\s+|the\s+|my\s+|our\s+)?(?:AT\s+)?"
                     r"(?:commands?|AT\b)")
# a module's model name as posts write it: "A7670E", "SIM7600G-H", "EC25"
_MODEL = r"[A-Z]{1,5}-?\d{2,4}[A-Z0-9-]*"
# the module (its board, its LEDs, a module named by its model) losing its power: "the red LEDs on the module die"
# (the board a module sits on is named too: "my SIM7000 shield", "the whole HAT"; a remark in brackets may follow:
# "the module (red one) restarts")
_POWERED_ONE = (r"\b(?:it|(?:(?:the|my|our|this|whole|entire) (?:\w+ )?)?(?:modem|module|board|card|device|dongle|stick|LEDs?|"
                r"shield|HAT|breakout)|" + _MODEL + r")(?:\s*\([^()]{1,30}\))?"
                r"(?:\s+on the (?:module|modem|board))?" + _ADVERBS + r"\s+" + _SWITCHES_OFF)
# what takes back a statement written in Chinese, anywhere in its sentence: a Chinese condition or question, or the
# condition of a language of the table (prose_foreign.CONDITIONS: "Si el 模块不支持PCIe模式")
_CHINESE_HEDGE = CHINESE_CONDITION + r"|吗|[？?]\s*$|" + prose_foreign.CONDITIONS
# ... and a statement written in Japanese: a condition ("もし", "かどうか", "場合は") or a question ("...でしょうか", a final
# "か" or question mark)
_JAPANESE_HEDGE = r"もし|かどうか|場合(?:は|には)|でしょうか|か\s*[。？?]?\s*$"
CJK_HEDGE = _CHINESE_HEDGE + "|" + _JAPANESE_HEDGE
# the languages written without spaces, whose rows these hedges take back
_CJK = ("zh", "ja")
# the IMEI is gone, in English ("lost the IMEI", "IMEI shows as unknown") and in Chinese ("IMEI 丢失", "IMEI 为空")
_IMEI_LOST = (r"\b(?:lost|lose|losing|missing|no)\s+(?:the\s+|its\s+|my\s+)?IMEI\b(?!\s*(?:number )?(?:is|was)\s+(?:fine|ok|correct|there))|"
              r"\bIMEI(?:[\s-]+(?:field|number))?\s+(?:is\s+|was\s+|shows?\s+(?:as\s+|up as\s+)?|showing\s+(?:as\s+)?|got\s+|comes? back\s+)?"
              r"(?:empty|blank|unknown|unkown|lost|gone|missing|all zeros?|0{8,})\b")
_IMEI_LOST_ZH = r"IMEI\s*(?:号)?\s*(?:丢失|没了|为空|不见了?|是空的)|(?:丢失|丢了)(?:了)?\s*IMEI"
# software other than the modem's firmware that is flashed or updated the same way: the router's or phone's image,
# the host's packages
_HOST_SOFTWARE = r"OpenWrt|sysupgrade|ROM|LineageOS|Android|ModemManager|kernel|distro|Ubuntu|Debian|Fedora|"
# a firmware version as posts name it: a vendor revision ("B03", "R06A03", "EG25GGBR07A08M2G"), a dotted release
# ("02.24", "02.33.03.00"; one-digit majors are kernels), "the old/previous firmware", "firmware 1.2.3"
_FW_VERSION = r"(?:(?-i:[A-Z]{1,4}\d{2,}[A-Z0-9_.]*)|\d{2}\.\d{2,}(?:\.\d+)*)\b"
_FW_NAMED = (r"(?:(?:the\s+|my\s+|an?\s+)?(?:old(?:er)?|previous|prior|earlier|original|stock|last\s+working)\s+(?:firmware|fw|"
             r"version|release|image|one)\b|(?:the\s+)?(?:firmware|fw)\s+(?:version\s+|release\s+)?v?[\w.-]*\d[\w.-]*|(?:the\s+)?"
             + _FW_VERSION + r"(?:\s+(?:firmware|fw|version|release))?)")
# the two firmware versions compared by how the modem fares on each, no verb of breaking ("with the 1.4.2 version I
# have not noticed any problems ... with 1.5.3 I have outages in hours"): a version (a dotted one too, the word firmware
# in the paragraph tells whose), the trouble ("I have outages", "it disconnects", "did not work") and its absence
_VERSION_ANY = r"(?:(?:v\.?\s?)?\d+(?:\.\d+){1,3}[a-z]?\b|" + _FW_VERSION + r")"
_WITH_VERSION = (r"\b(?:with|on|using|running|in)\s+(?:the\s+)?(?:(?:modem\s+)?(?:firmware|fw)\s+)?(?:version\s+|release\s+)?" +
                 _VERSION_ANY + r"(?:\s+(?:firmware|fw|version|release|build))?")
_NO_TROUBLE = (r"(?:\b(?:I|we)\s+(?:have|had|'ve)?\s*(?:not|never|n't)\s+(?:\w+\s+)?(?:noticed|seen|had|experienced|observed)\s+"
               r"(?:any\s+|an?\s+(?:single\s+)?)?(?:problems?|issues?|trouble|outages?|drops?|disconnect\w*)|\bno\s+(?:problems?|issues?|trouble|outages?|"
               r"drops?|disconnect\w*)|\b(?:works?|worked|working|ran|runs?)\s+(?:\w+\s+)?(?:fine|flawless(?:ly)?|perfect(?:ly)?|"
               r"stable|great|solid|without\s+(?:a\s+|any\s+)?(?:problems?|issues?))|\b(?:was|is)\s+(?:\w+\s+)?(?:fine|stable|solid)|"
               r"\bnever\s+(?:dropped|disconnected|crashed|failed))\b")
_TROUBLE_NOW = (r"(?:\b(?:I|we)\s+(?:have|get|got|had|see|saw|am\s+getting|are\s+getting|experience\w*|notice\w*)\s+(?:\w+\s+){0,2}?"
                r"(?:outages?|drops?|disconnect\w*|dropouts?|problems?|issues?|crash\w*|hangs?|freez\w*|resets?|reboots?)|"
                r"\b(?:it|the\s+(?:modem|connection|data|internet))\s+(?:\w+\s+)?(?:drops|disconnects|crashes|hangs|freezes|resets|"
                r"reboots|fails|stops\s+working|is\s+lost|goes\s+down|dies)|\b(?:outages?|drops?|disconnects?|crash\w*|dropouts?)\s+"
                r"(?:every|after|within|in)|\b(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+work|\bnot\s+working)\b")
_FW_OUTCOMES = (_WITH_VERSION + r"\s*,?" + _SAME + r"{0,20}?" + _NO_TROUBLE + r"[^!?\n]{0,120}?" + _WITH_VERSION + r"\s*,?" + _SAME +
                r"{0,30}?" + _TROUBLE_NOW + r"|" + _WITH_VERSION + r"\s*,?" + _SAME + r"{0,30}?" + _TROUBLE_NOW + r"[^!?\n]{0,80}?" +
                _WITH_VERSION + r"\s*,?" + _SAME + r"{0,20}?" + _NO_TROUBLE)
# a modem's firmware the firmware rows do not mean: the host's software and the host's firmware
_NOT_MODEM_FIRMWARE = r"\b(?:" + _HOST_SOFTWARE + r"BIOS|UEFI|packages?|libqmi|libmbim|glib\w*)\b"
# going back to an older firmware: "downgrading to B03", "rolled back the firmware", "went back to 02.24" (prose.py reads
# it over two lines too)
FW_BACK = r"\b(?:downgrad\w*|revert\w*|roll\w*\s+back|go(?:ing|es)?\s+back|went\s+back|flash\w*\s+back)"
# ... and the trouble is gone: "works fine again", "made it stable again", "fixed it"
_WORKS_AGAIN = (r"\b(?:fix\w*|solv\w*|cured?|helped|resolv\w*|(?:works?|worked|working|runs?|ran|connects?|connected|stable|fine|ok)"
                r"\s+(?:\w+\s+)?again|(?:made|makes)\s+it\s+(?:\w+\s+)?(?:work\w*|stable|usable)|(?:is|was)\s+(?:fine|ok|stable)\s+again)\b")
# the modem's firmware changed: "after the firmware update", "after flashing the new firmware", "IMEI lost after
# flashing UZ801", "not working after update", "after updating modem"
_FW_CHANGE = (r"(?:(?:firmware|fw|modem|module)[\s-]+(?:update|upgrade|flash|downgrade|replace)\w*|"
              r"(?:flash|updat|upgrad|downgrad|replac|reinstall|install|chang|writ)\w*\s+(?:the\s+|a\s+|an\s+|its\s+|my\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:firmware|fw)\b|(?:flash|updat|upgrad)\w*\s+(?:the\s+|my\s+|an?\s+|its\s+)?(?:modem|module|\w*\d\w*)\b|update\b|upgrade\b)")
# the firmware a modem came with, named against one flashed since: "the original firmware", "stock fw", "the factory image"
_STOCK_FW = r"(?:original|stock|old|previous|factory|official|vendor)\s+(?:\w+\s+)?(?:firmware|fw|image)\b"
# ... and it no longer works: cannot be enabled, does not boot or respond, is off or bricked, has no IMEI
_FW_BROKEN = (r"(?:\b(?:can(?:'t|\s?not)|could(?:n't| not)|unable to|won't|will not|does(?:n't| not)|do(?:n't| not)|did(?:n't| not))\s+(?:be\s+)?"
              r"(?:enabl\w*|boot\w*|start\w*|work\w*|power\w* on|respond\w*|turn on|detect\w*)|"
              r"\b(?:not|stopped)\s+(?:working|responding|booting|detected|recogni[sz]ed|starting|enabled)|"
              r"\bno\s+longer\s+(?:boots?|starts?|works?|responds?|enables?)\b|"
              r"\bis\s+(?:off|dead|bricked|gone)\b|\bbricked\b|\b(?:no|without|lost|lose|losing|missing)\s+(?:the\s+|its\s+|my\s+)?IMEI\b|"
              # the modem gone from the host since: "ended up with a non-bootable modem", "it doesn't show up at all", "no
              # ttyUSB ports any more"
              r"\b(?:non-?|un)bootable\b|\bno\s+(?:modem|module|device)\s+(?:is\s+|was\s+)?(?:detected|found|recogni[sz]ed)\b|\b(?:does(?:n't| not)|do(?:n't| not)|won't|never)\s+show\s+up\b|"
              # it restarts forever: "stuck in a boot loop", "bootloops", "keeps rebooting itself"
              r"\b(?:stuck\s+in\s+|in\s+|into\s+)?(?:an?\s+)?(?:endless\s+|infinite\s+)?(?:boot|reboot|restart)[- ]?loop(?:s|ing)?\b|"
              # ... or its USB side does: "the modem loops on the USB connect/disconnect part", "keeps rebooting", "reboots
              # every few seconds"
              r"\bloops?\s+(?:on|in|through)\s+(?:the\s+|a\s+)?(?:USB\s+)?(?:connect|disconnect|boot|reboot|restart|re-?enumerat)\w*|"
              r"\bkeeps?\s+(?:on\s+)?(?:rebooting|restarting|resetting|re-?enumerating)\b|"
              r"\b(?:reboots?|restarts?|resets?)\s+(?:itself\s+)?every\s+(?:few\s+|couple\s+of\s+|\d+\s+)?(?:seconds?|secs?|s)\b|"
              r"\bno\s+(?:more\s+)?(?:ttyUSB|ttyACM|cdc-wdm|serial\s+ports?|ports)\w*\b|"
              r"\bIMEI\b" + r"(?:[^.!?]){0,30}?\b(?:empty|blank|unknown|unkown|missing|lost|gone|all zeros?|"
              r"(?:is|are|was|were)\s+not\s+(?:being\s+)?(?:retrieved|read|shown|reported|returned|available))\b)")

# the modem held in low power: "stuck in low-power mode", "stays in LPM", "radio is off", "+CFUN: 4"
_LOW_POWER = (r"(?:\b(?:stuck|stays?|remains?|is|was|keeps?|goes|went|sits?|sat|sitting|(?:switch|drop|fall|fell|enter)\w*\s+(?:in)?to)\s+"
              r"(?:\w+\s+)?(?:in\s+)?"
              r"(?:low[- ]?power(?: mode)?|LPM)\b|"
              r"\b(?:(?:will|would|does|did)(?:n't| not)|won't|can(?:'t|not)|refuses? to|fails? to|never)\s+(?:come out of|leaves?|exits?|gets? out of) "
              r"(?:low[- ]?power|LPM)\b)")
# a carrier image or configuration flashed, loaded or switched to ("flashed the AT&T image onto my EM7455", "switched
# the module from the generic to the Telstra image", "loaded the Verizon PRI"): the modem's image, not the router's
_CARRIER_IMAGE_CHANGE = (r"\b(?:flash|load|install|writ|wrote|switch|chang|put)\w*\s+(?:[\w&.-]+\s+){0,8}?(?:image|PRI|carrier\s+config\w*|"
                         r"carrier\s+firmware|(?:cwe|nvu|spk)(?:/(?:cwe|nvu|spk))?(?:\s+(?:pair|files?))?|package)\b")
# after it: "after", "since", "following", the next sentence's "now", "since then"
_AFTER = r"\b(?:after|since|following)\b"
# the image and the carrier configuration (PRI) said not to match: "the carrier PRI you loaded doesn't match the firmware
# image", "the carrier config name is different from the firmware", "an image/PRI mismatch"
_PRI_MISMATCH = (r"\b(?:PRI|carrier\s+config\w*(?:\s+name)?)\b" + r"[^.!?]{0,40}?(?:\b(?:does|do|did)(?:n't|\s+not)\s+match|"
                 r"\b(?:is|are)\s+different\s+from|\bmismatch\w*\s+(?:with|to))" + r"[^.!?]{0,30}?\b(?:firmware|image|fw)\b|"
                 r"\b(?:firmware|image|fw)\b[^.!?]{0,40}?(?:\b(?:does|do|did)(?:n't|\s+not)\s+match|\b(?:is|are)\s+different\s+from)"
                 r"[^.!?]{0,30}?\b(?:PRI|carrier\s+config\w*)\b|"
                 r"\b(?:image|firmware|fw)\s*(?:/|and|-)\s*(?:the\s+)?(?:PRI|carrier\s+config\w*)\s+(?:mismatch\w*|(?:do|does|did)(?:n't|\s+not)\s+match)|"
                 r"\b(?:PRI|carrier\s+config\w*)\s*(?:/|and|-)\s*(?:the\s+)?(?:image|firmware|fw)\s+(?:mismatch\w*|(?:do|does|did)(?:n't|\s+not)\s+match)")

# the modem's own firmware was flashed or changed (never a bare "update": the system's is said the same way)
_FW_FLASHED = (r"(?:(?:firmware|fw)[\s-]+(?:update|upgrade|flash|downgrade)\w*|(?:modem|module)\s+firmware|"
               r"(?:(?:re-?flash|flash|updat|upgrad|downgrad|install|writ)\w*|put(?:ting)?)\s+(?:the\s+|a\s+|an\s+|its\s+|my\s+|"
               r"new\s+|latest\s+|newer\s+|older\s+)*(?:[\w.-]+\s+){0,2}?(?:firmware|fw)\b|"
               r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bthis )(?<!\bthat )"  # "after the update the modem ...": a noun
               r"(?:re-?flash|flash|updat|upgrad|downgrad)\w*\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:modem|module)\b)")
# ... and the modem goes away or stops by itself, again and again: disappears, drops off USB, resets or reboots itself,
# crashes, stops answering now and then
_DROPS_ON_ITS_OWN = (r"(?:\b(?:disappear|vanish|crash)\w*|\bdrop(?:s|ped|ping)?\s+off\b|\bdisconnect\w*\s+from\s+(?:the\s+)?USB\b|"
                     r"\bre-?enumerat\w*|\b(?:reset|reboot|restart)(?:s|ed|ing)?\s+(?:itself|by\s+itself|on\s+its\s+own|randomly|"
                     r"repeatedly|constantly|every)\b|\bkeeps?\s+(?:on\s+)?(?:resetting|rebooting|restarting|crashing|disappearing|"
                     r"disconnecting)\b|\b(?:stops?|stopped)\s+(?:answering|responding)\b" + _SAME + r"{0,40}?\b(?:after\s+a\s+while|"
                     r"every|randomly|from\s+time\s+to\s+time|now\s+and\s+then|periodically|after\s+(?:some|a\s+few|\d+)\s+"
                     r"(?:minutes|hours|mins?))\b)")
# ... or its data connection drops, again and again: "the connection drops", "the LTE link goes down", "keeps losing its
# connection"
_CONNECTION_DROPS = (r"(?:\b(?:connection|link|data(?:\s+connection)?|internet|LTE|4G|5G|network)\s+(?:\w+\s+)?(?:drops?|dropping|dropped|"
                     r"disconnects?|disconnecting|goes\s+down|went\s+down|is\s+lost|gets\s+lost|keeps\s+dropping|dies|died)\b|"
                     r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:losing|dropping)\s+(?:its\s+|the\s+)?(?:connection|link|network|data)\b|"
                     r"\bloses?\s+(?:its\s+|the\s+)?(?:connection|link|network)\b)")
# ... or hangs: freezes, locks up ("the module froze", "it locks up"; not "hangs up" a call)
# the device said hot ("the phone gets hot", "the board overheats", "from the heat", "thermal shutdown") and the modem
# gone or off (said:thermal-shutdown)
_HEAT = (r"(?:\bover-?heat\w*|\b(?:gets?|got|getting|gotten|is|was|runs?|running|ran|becomes?|became|grows?|turns?)\s+"
         r"(?:very\s+|really\s+|too\s+|quite\s+|so\s+|extremely\s+|burning\s+)?hot\b|\bheats?\s+up|\bheating\s+up|"
         r"\b(?:from|due\s+to|because\s+of|by)\s+(?:the\s+)?heat\b|\bhigh\s+temperatures?\b|\bthermal\s+(?:shut-?down|"
         r"protection|trip|limit))")
_MODEM_OFF = (r"(?:disappear\w*|vanish\w*|(?:turns?|turned|turning|switch(?:es|ed|ing)?|shuts?|shutting)\s+(?:itself\s+)?"
              r"(?:off|down)|dies|died|drops?\s+(?:off|out)|dropped\s+(?:off|out)|resets?(?:\s+itself)?|reboots?|restarts?|"
              r"crash(?:es|ed)?|(?:is|gets?|got)\s+lost|(?:stops?|stopped)\s+working|goes\s+(?:away|offline|missing)|is\s+gone)\b")
# the laptop vendors' radio switch tools and keys (said:radio-blocked)
_VENDOR_RADIO_TOOL = (r"(?:HP\s+(?:Wireless\s+(?:Assistant|Manager)|Connection\s+Manager)|Wireless\s+(?:Assistant|Manager)\b|"
                      r"(?:Lenovo\s+|ThinkVantage\s+|IBM\s+)?Access\s+Connections|Lenovo\s+Vantage|Dell\s+(?:Wireless\s+(?:Switch\s+)?"
                      r"(?:Utility|Manager)|ControlPoint|Mobile\s+Broadband\s+(?:Card\s+)?(?:Utility|Manager))|"
                      r"(?:wireless|radio|WWAN)\s+switch\s+(?:utility|tool|software|program)|\bFn\s*[+-]\s*F\d{1,2}\b|\bFn[\s-]+key)")
_FREEZES = r"(?:freez(?:es|ing)?|froze|frozen|(?:hangs?|hung|hanging)(?!\s+up)|locks?\s+up|locked\s+up|locking\s+up)\b"
# only restarting the whole host or router recovers it: "only a (full) reboot of the router brings it back", "nothing but
# rebooting the laptop makes it work again" (knowledge.md 2.20: a hung firmware wants a power cycle, not only a reboot)
_ONLY_REBOOT_BRINGS_BACK = (r"(?:only|nothing\s+but|except)\s+(?:a\s+|an?\s+)?(?:full\s+|complete\s+|hard\s+)?"
                            r"(?:(?:router|system|host|laptop|computer|machine)\s+)?(?:re-?boot\w*|restart\w*|power[\s-]?cycl\w*)"
                            r"(?:\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:whole\s+|entire\s+)?(?:router|system|host|laptop|computer|"
                            r"machine|pi|box|device))?"
                            r"\s+(?:\w+\s+)?(?:brings?|brought|gets?|got|makes?|made|fix\w*|helps?|helped|recovers?|restores?)")
# only cutting the modem's own power brings it back: "only pulling the power fixes it", "nothing but a power cycle helps",
# "only unplugging it gets it back" (knowledge.md 2.20: a hung firmware wants a power cycle, not only a reboot)
_POWER_CUT = (r"(?:power[\s-]?cycl\w*|pull\w*\s+(?:the\s+|its\s+)?(?:power|plug)(?:\s+(?:cable|cord|supply|plug))?|cut\w*\s+(?:off\s+)?"
              r"(?:the\s+|its\s+)?power|unplug\w*|re-?plug\w*|remov\w*\s+(?:the\s+|its\s+)?power|(?:switch|turn)\w*\s+(?:the\s+|its\s+)?"
              r"power\s+off)")
_ONLY_POWER_CUT_BRINGS_BACK = (r"(?:only|nothing\s+but)\s+(?:by\s+)?" + _POWER_CUT + r"\s+(?:\w+\s+){0,3}?(?:brings?|brought|gets?|got|"
                               r"makes?|made|fix\w*|helps?|helped|recovers?|restores?)")
# ... told as the only remedy: "the only thing that helps is rebooting the router", "the only fix is a power cycle"
_ONLY_CURE_IS_REBOOT = (r"\bthe\s+only\s+(?:thing|way|fix|cure|solution|remedy|workaround)\s+(?:that\s+|which\s+)?(?:\w+\s+){0,3}?"
                        r"(?:is|was)\s+(?:to\s+)?(?:a\s+)?(?:full\s+|complete\s+|hard\s+)?(?:re-?boot\w*|restart\w*|"
                        r"power[\s-]?cycl\w*)")
# ... done by the person: "I updated my modem via ...", "we flashed the 02.33 firmware"
_FW_DONE = (r"\b(?:I|we)\s+(?:have\s+|had\s+|just\s+|then\s+|recently\s+|successfully\s+)*(?:re-?flashed|flashed|"
            r"updated|upgraded|downgraded|installed)\s+(?:the\s+|a\s+|an\s+|its\s+|my\s+|our\s+|this\s+|new\s+|"
            r"latest\s+|newer\s+|older\s+)*(?:[\w.-]+\s+){0,2}?(?:firmware|fw|modem|module)\b")
# ... and the modem, alive, gets no connection: does not connect, register or attach, has no service
_NO_CONNECT = (r"(?:\b(?:can(?:'t|not)|could(?:n't| not)|unable to|won't|will not|would(?:n't| not)|does(?:n't| not)|"
               r"did(?:n't| not))\s+(?:\w+\s+)?(?:connect|register|attach|get\s+(?:a\s+|any\s+)?(?:connection|data|"
               r"service|network|online|IP)|go online)\w*|\bnot\s+(?:connecting|registering|attaching)\b|"
               r"\b(?:fails? to|never)\s+(?:connect|register|attach)\w*|\bno\s+(?:data\s+)?(?:connection|connectivity|service)\b)")

# hardware of the machine other than the modem, as a post names it beside the modem
_OTHER_HW = (r"(?:networking|network hardware|wi-?fi|wlan|wireless(?: card)?|bluetooth|BT|audio|sound(?: card)?|speakers?|"
             r"camera|touch ?screen|ethernet|all (?:the )?(?:USB )?devices)")
# the modem as one word of that list
_MODEM_WORD = r"(?:modem|LTE|4G|5G|WWAN|mobile data|cellular|GSM)(?:\s+(?:modem|module|card))?"
# gone or failing, as a post says it of both: "are gone", "stopped working", "not detect anymore", "don't work"
_GONE = (r"(?:gone|missing|dead|disappeared|vanished|(?:are|is|were|was)\s+(?:gone|missing|dead)|stopped\s+working|"
         r"(?:(?:do|does|did)(?:n't|\s+not)|not|no longer|never)\s+(?:work\w*|detect\w*|show\w*(?: up)?|appear\w*|recogni[sz]ed|exist\w*)|"
         r"not\s+(?:there|found|available))\b")

# another USB id than before, as a post says it (a new device number is the next enumeration of the same device, not
# another id): "a different product ID", "another PID", "a new USB id"
_OTHER_USB_ID = (r"\b(?:changed|different|another|other|new)\s+(?:USB\s+)?(?:vendor|product|VID|PID|USB|device)"
                 r"(?:\s*(?:IDs?|ids?|strings?))?\b(?!\s+(?:device\s+)?numbers?\b)")
# the modem hangs or crashes (its firmware: "the dongle locks up", "the modem crashed", "it stops responding")
_HANGS_OR_CRASHES = (r"\b(?:" + _FREEZES + r"|crash(?:es|ed|ing)?\b|(?:stops?|stopped)\s+(?:working|responding|answering)\b)")

# a modem left idle: no use, no traffic, nothing done with it for a while
_IDLE = (r"\b(?:idle|idling|inactiv\w*|unused|without\s+(?:any\s+)?(?:use|using\s+it|traffic|activity|doing\s+anything)|"
         r"(?:nobody|no\s+one|nothing)\s+(?:uses?|used|is\s+using|touches?)|not\s+(?:being\s+)?used|(?:is|was)n't\s+used|"
         r"(?:sits?|sitting|sat|left|lying|lies)\s+(?:there\s+)?(?:unused|idle|doing\s+nothing))\b")
# ... and then stops answering: no longer works, cannot send, goes dead
_STOPS_ANSWERING = (r"\b(?:stops?\s+\w+ing|stopped\s+\w+ing|no\s+longer\s+\w+|(?:does|do|did)(?:n't|\s+not)\s+(?:work|answer|respond|"
                    r"send|receive|react)|not\s+(?:working|answering|responding|sent|sending)|(?:can(?:'t|not)|could(?:n't|\s+not)|"
                    r"impossible\s+to|unable\s+to)\s+(?:send|receive|reach|talk|connect)|goes\s+(?:dead|silent)|went\s+(?:dead|silent)|"
                    r"dies|died|hangs|hung|freezes|froze|(?:is|becomes|became)\s+(?:unresponsive|dead))\b")

# Sierra Wireless's firmware and tools as a post names them (a cheap test for lines that are no sentence)
_SIERRA_NAMED = r"\bSWI9X\d\d\w*|\bSierra\s+Wireless\b|\bautoflash-74\d\d\b|(?-i:AT!)(?:IMPREF|GOBIIMPREF|PRIID)\b"
# the generic usb-serial driver loaded with a device's ids (linux drivers/usb/serial/generic.c module_param vendor,
# product: "User specified USB idVendor"): "modprobe usbserial vendor=0x1410 product=0x4400", a path to usbserial.ko
_USBSERIAL_IDS_LOADED = (r"\b(?:modprobe|insmod)\s+(?:(?:\S*/)?usbserial(?:\.ko)?|"
                         # a module file of drivers/usb/serial/ by its path ("/lib/modules/`uname -r`/kernel/drivers/...";
                         # a forum may break the long line inside the file's name: ".../usb/serial/usbs erial.ko"); of
                         # the modem drivers only usbserial takes vendor=/product=
                         r"[^=\n]{0,80}?/usb/serial/[^\s=/]+(?:\s[^\s=/]+)?\.ko)\s+(?:\S+\s+){0,2}?(?:vendor|product)\s*=\s*"
                         # a value the post blanks out as the pattern to follow ("vendor=0xXXXX") counts as written
                         r"[\"']?(?:0x)?(?:[0-9a-f]{4}|[xX]{4})\b")
# a udev rule for one product id that runs usb_modeswitch (40-usb_modeswitch.rules' form: ATTR{idProduct}=="14a8",
# RUN+="usb_modeswitch '/%k'"), a line of code; the packaged file's vendor-wide line for Huawei's storage interface
# names no product
_UDEV_RUNS_MODESWITCH = (r"\bATTRS?\{idProduct\}==[^\n]{0,80}?\bRUN\+?=\s*[\"'][^\"'\n]*\busb[_-]?mode[_-]?switch\b")
# a script or rule that renames network interfaces taken away, as the fix: "rm /etc/hotplug.d/net/99-usbnamer", "rm
# /etc/udev/rules.d/70-persistent-net.rules", "disable the USB renamer script" (a profile or script that names the modem's
# interface by its old name then finds it again; knowledge.md 2.17)
_RENAMER = r"(?:[\w.-]*renam\w*[\w.-]*|[\w.-]*namer\b[\w.-]*|\d\d-persistent-net\.rules|[\w.-]*ifnames?\b[\w.-]*)"
_RENAMER_REMOVED = (r"\b(?:rm|mv|unlink)\s+(?:-\w+\s+)*\S*/(?:hotplug\.d/(?:net|iface|usb)|udev/rules\.d|systemd/network)/" + _RENAMER +
                    r"|\b(?:remov\w*|delet\w*|disabl\w*|turn\w*\s+off|get\w*\s+rid\s+of)\s+(?:the\s+|its\s+|that\s+)?(?:USB\s+|"
                    r"interface\s+|net(?:work)?\s+)*(?:re)?nam(?:er|ing)\s+(?:hotplug\s+|udev\s+)?(?:script|rule|hook|service)s?\b|"
                    r"\b(?:remov\w*|delet\w*)\s+(?:the\s+)?(?:/etc/udev/rules\.d/)?\d\d-persistent-net\.rules\b")
# a carrier board that holds a cellular module in its slot, as a label line names it ("Board: CM4 PoE 4G Board", "5G base
# board", "LTE carrier board"): the board, not the module, switches the module's power on
_CARRIER_BOARD = r"\b(?:[345]G|LTE|cellular|modem)\s+(?:base\s*|carrier\s+|expansion\s+|IO\s+)?board\b|\bcarrier\s+board\b"
# a module whose only host interfaces are USB (and PCIe): the M.2 and mini-PCIe cards of laptops and routers (Sierra
# AirPrime MC/EM, Dell DW5xxx, Quectel EM/RM, Fibocom L8x0/FM, Telit LN/LM9x0, Foxconn T77W/T99W) route no UART to
# the host, so their AT ports are ttyUSB nodes of qcserial/option (or wwan ports), never a board's ttyAMA/ttyS
_USB_ONLY_CARD = (r"(?-i:\b(?:MC7[34]\d\d|MC8\d{3}|EM7[34]\d\d|EM9\d{3}|DW5\d{3}e?|EM0[5-9][A-Z-]*|EM1[26]\d?[A-Z-]*|RM5\d\d[A-Z-]*|"
                  r"L8[356]0(?:-GL)?|FM\d{3}(?:-GL)?|LN9\d0|LM9\d0|T77W\d{3}|T99W\d{3})\b)")
ANY_LINE_RE = regex_cache.compile(_SIERRA_NAMED + "|" + _USBSERIAL_IDS_LOADED + "|" + _UDEV_RUNS_MODESWITCH + "|" + _RENAMER_REMOVED + "|" +
                                   _CARRIER_BOARD + "|" + _USB_ONLY_CARD + r"|\bQFirehose\w*\b[^\n]*?\s-e\b", re.I)

# one unit of several identical ones fails: "i've got several lilygo devices but the modem in one of them stopped
# responding", "only one of our five units is not working", "the same sketch works on the other two boards"
_UNITS = r"(?:boards?|devices?|modules?|modems?|units?|dongles?|sticks?|kits?)"
_MANY = r"(?:several|multiple|a few|many|some|two|three|four|five|six|ten|\d{1,3}|a (?:couple|bunch|batch) of)"
_UNIT_FAILS = (r"(?:stopped\s+(?:respond|work|answer|boot|connect)\w*|(?:is|was|are)\s*(?:not|n't)\s+(?:respond|work|answer|"
               r"boot)\w*|(?:does|did|do)(?:n't|\s+not)\s+(?:respond|work|answer|boot|connect|register)\w*|fails?\b|failed\b|"
               r"is dead|died|(?:has|had|shows?|gives?|gets?)\s+(?:no|the same)\s+(?:response|answer|problem|issue|error))")

# ... the same SIM works in another module: "it ramps up to the network with another BC95G device"
_OTHER_WORKS = (r"\b(?:works?|worked|working|attach(?:es|ed)?|registers?|registered|connects?|connected|ramps? up|ramped up|"
                r"gets? online|comes? up)\b")
# the hosts a unit is tried on, and the places in them, as posts name them
_HOSTS = (r"(?:PCs?|computers?|laptops?|machines?|notebooks?|desktops?|hosts?|routers?|systems?|boards?|Pis?|ports?|slots?|sockets?|"
          r"adapters?|hubs?)")
_WORKS_HERE = (r"(?:shows?\s+up|works?|worked|is\s+(?:detected|recogni[sz]ed|seen|found)|gets?\s+(?:detected|recogni[sz]ed)|"
               r"enumerates?|registers?|connects?)")
# what a person sees damaged on a module or its board, and the damage
_DAMAGEABLE = (r"(?:pins?|contacts?|connectors?|traces?|pads?|solder\s+joints?|capacitors?|components?|holder|SIM\s+(?:holder|slot|socket|"
               r"reader|tray)|sockets?|PCB|u\.?FL|IPEX|antenna\s+(?:connectors?|sockets?|ports?))")
_DAMAGED = (r"(?:bent|broken|snapped|corroded|burnt|burned|scorched|cracked|melted|(?:physically\s+)?damaged|ripped\s+off|torn\s+off|came\s+off|"
            r"fell\s+off|broke\s+off|snapped\s+off)")
# the USB link speeds as posts name them: SuperSpeed (USB 3.x, 5000M), and high speed (USB 2.0, 480M)
_USB3_SPEED = (r"(?:super[\s-]?speed(?:[\s-]?plus|\+)?|USB\s*3(?:\.\d|\.x)?(?:\s+Gen\s*\d(?:x\d)?)?|5000\s*M(?:bit/?s|b/?s|bps)?|"
               r"(?:5|10)\s*Gbit/?s|(?:5|10)\s*Gbps)")
_USB2_SPEED = r"(?:high[\s-]?speed|USB\s*2(?:\.0)?\b|480\s*M(?:bit/?s|b/?s|bps|бит\w*)?)"
_IN_OTHER_UNIT = r"\b(?:in|with|on|into)\s+(?:another|other|a different|a second|an other|the other)\s+(?:[\w-]+\s+){0,2}?" + _UNITS + r"\b"
# the pin that supplies the SIM card, as module manuals name it (u-blox VSIM, Quectel USIM_VDD, SIMCom SIM_VDD) and
# "SIM supply" / "SIM voltage" in words
_SIM_SUPPLY = r"(?:V_?U?SIM|U?SIM_?V(?:DD|CC)|V(?:DD|CC)_?U?SIM|U?SIM(?:[\s-]?card)?\s+(?:supply|power supply|voltage|VCC))"
# a serial port's device name as posts write it, backquoted or not, and the verbs of a port moving to another one
_TTY = r"[`'\"]?(?:/dev/)?tty(?:USB|ACM)\d+[`'\"]?"
_PORT_MOVES = r"(?:switch(?:es|ed)?|mov(?:es|ed)|jump(?:s|ed)?|chang(?:es|ed)|goes|went)"
# a prompt for the SIM's PIN or PUK: "asks me for the PIN", "prompting for the SIM PIN"
_ASKS_PIN = (r"(?:asks?|asking|asked|prompts?|prompting|prompted)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:the\s+|a\s+|its\s+)?"
             r"(?:SIM(?:[\s-]?card)?\s+)?(?:PIN|PUK)\b")
# ModemManager as posts name it, and its being stopped, disabled, inhibited or told to ignore the modem
_MM = r"(?:Modem-?Man(?:a)?ger|Modem\s+Manager|(?-i:MM))"  # "ModemManger" as posts misspell it
# ModemManager or a protocol library it drives modems through (libqmi, libmbim; their -glib package names too)
_MM_STACK = r"(?:" + _MM + r"|lib(?:qmi|mbim)(?:-glib)?)"
# ModemManager said to run now: "ModemManager is running", "with ModemManager still active", "MM is up" (not "was running
# until I stopped it": the row's unless)
_MM_RUNS = (r"\b" + _MM + r"(?:\s+(?:service|daemon))?\s+(?:is|'s|was)\s+(?:still\s+|also\s+)?(?:running|active|up|enabled|started)\b|"
            r"\b(?:while|with)\s+" + _MM + r"(?:\s+(?:service|daemon))?\s+(?:is\s+)?(?:still\s+|also\s+)?(?:running|active|enabled)\b")
# a QMI/MBIM tool named without -p / --device-open-proxy in its command ("qmicli -d /dev/cdc-wdm0 --dms-get-ids")
_TOOL_WITHOUT_PROXY = r"\b" + _CTRL_TOOLS + r"\b(?![^.!?\n]{0,60}?(?<!without)\s(?:-p|--device-open-proxy)\b)"
# a program that manages the modem and acts on it by itself: ModemManager, a distribution's modem service or power manager
# ("modem-control.service", "eg25-manager", "the modem service"); what it does to the modem under another program; and a
# firmware update under way ("fwupd", "while it is being upgraded", "during the firmware update")
_MODEM_MANAGER = (r"(?:\b" + _MM + r"\b|\bNetworkManager\b|\beg25-manager\b|\bmodem-?(?:control|power|manager)(?:\.service)?|"
                  r"\b[\w-]+\.service\b|\b(?:the|a)\s+(?:modem\s+)?(?:manager|service|daemon)\b)")
_MANAGER_ACTS = (r"(?:\b(?:shuts?|shutting)\s+(?:\w+\s+){0,2}?down|\bpower(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:off|down)|\bcuts?\s+(?:\w+\s+){0,2}?"
                 r"power|\bre-?prob(?:es?|ed|ing)|\bresets?|\bgrabs?|\binterfer\w+|\bconflicts?\s+with|\bkills?|\bturns?\s+(?:\w+\s+){0,2}?off|"
                 r"\btakes?\s+over)")
# the modem tagged for ModemManager to leave alone (ModemManager include/ModemManager-tags.h ID_MM_DEVICE_IGNORE):
# "tagged the modem with ID_MM_DEVICE_IGNORE", "an ID_MM_DEVICE_IGNORE udev rule", "set ENV{ID_MM_DEVICE_IGNORE}="1""
_MM_IGNORE_TAGGED = (r"(?:tag\w*|mark\w*|flag\w*|set\w*|add\w*)\s+(?:\S+\s+){0,4}?(?:with\s+|as\s+)?(?:ENV\{)?ID_MM_DEVICE_IGNORE\b|"
                     r"\bID_MM_DEVICE_IGNORE\b(?:\}?=+\W?1\W?)?\s+(?:udev\s+)?(?:rule|tag|property)\b")
_MM_STOPPED = (r"(?:(?:systemctl|service|/etc/init\.d/modemmanager)\s+(?:stop|disable|mask)\s+" + _MM + r"?|(?:stop|stopped|stopping|disable|"
               r"disabled|disabling|kill|killed|killing|mask|masked|masking|remove|removed|removing|uninstall|uninstalled|uninstalling|"
               r"inhibit|inhibited|inhibiting)\s+(?:the\s+)?" + _MM +
               r"(?:\s+service)?|mmcli\s+(?:-\S+\s+)*--inhibit-device\b|" + _MM + r"\s+(?:is\s+|was\s+)?(?:stopped|disabled|inhibited|"
               r"masked|gone|off)|" + _MM_IGNORE_TAGGED + r")")
# the trouble gone: "all is normal", "runs without a single timeout", "the timeouts disappeared", "works fine"
# the stop of ModemManager as the person does it, by verb or command, up to an optional "first": "stop ModemManager",
# "do systemctl stop ModemManager first", "run sudo service modemmanager stop"
_MM_STOP_DONE = (r"(?:(?:do|run|type)\s+)?(?:(?:sudo\s+)?(?:systemctl\s+(?:stop|disable|mask|kill)\s+" + _MM + r"(?:\.service)?|"
                 r"service\s+" + _MM + r"\s+stop|(?:stop|disable|kill|mask|inhibit|remove|uninstall)\s+(?:the\s+)?" + _MM +
                 r"(?:\s+service)?)\b(?:\s+first)?)")
_TROUBLE_GONE = (r"(?:\b(?:all|everything)\s+(?:is\s+|was\s+|works?\s+)?(?:normal|fine|ok|good|works?)\b|\bwithout\s+(?:a\s+single\s+|any\s+)?"
                 r"(?:timeouts?|errors?|problems?|issues?|hiccups?)\b|\b(?:works?|worked|working|runs?|ran)\s+(?:\w+\s+)?(?:fine|"
                 r"perfectly|normally|again|stable|reliably|instantly|immediately|flawlessly|smoothly)\b|\b(?:disappear\w*|went\s+away|go(?:es)?\s+away|gone|stopped)\b|"
                 # the person's own program that then works: "my chat script worked", "the SMS gateway answers"
                 r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:script|program|tool|app\w*|gateway|daemon|software)\s+(?:\w+\s+)?(?:works?|worked|"
                 r"answers?|answered|responds?|responded|connects|connected)\b|"
                 # a manual tool as the subject: "qmicli works", "minicom gets an answer", "wvdial connects"
                 r"\b(?:qmicli|mbimcli|uqmi|umbim|minicom|picocom|microcom|screen|cu|wvdial|pppd|gammu|atinout|socat|quectel-CM|"
                 r"qmi-network|mbim-network|AT\s+commands?)\s+(?:now\s+|then\s+)?(?:works?|worked|answers?|answered|responds?|"
                 r"responded|connects|connected|gets?\s+(?:an?\s+)?(?:answers?|responses?|repl(?:y|ies)|OK))\b)")
_TROUBLE_GONE_FIRST = (r"\b(?:timeouts?|errors?|problems?|issues?|drops?|hangs?|garbage|trouble)\s+(?:\w+\s+)?(?:disappear\w*|"
                       r"went\s+away|go(?:es)?\s+away|(?:are|were|is|was)\s+gone|stopped)\b")
# ModemManager not up yet when something that needs it runs, a start-order race at boot (knowledge.md 2.11): the caller's
# mmcli gets "couldn't find the ModemManager process in the bus" (ModemManager cli/mmcli-common.c:56,103 at 050eb46,
# mmcli_get_manager: no owner of org.freedesktop.ModemManager1) and a later restart works. Its states as posts write
# them after "before ModemManager": "is actually running", "has registered on D-Bus", "starts" (not "starts probing")
_MM_UP = (r"(?:(?:is|was|has|had|gets?|got)\s+(?:been\s+)?)?(?:actually\s+|even\s+|fully\s+|properly\s+|really\s+|completely\s+)?"
          r"(?:running|started|up|ready|available|loaded|launched|initiali[sz]ed|c[ao]mes?\s+(?:up|online)|"
          r"(?:registered\s+)?on\s+(?:the\s+)?(?:D-?Bus|system\s+bus|bus)|registered|starts?(?!\s+(?:to|probing|grabbing)))\b")
_MM_NAMED = _MM + r"(?:\.service)?(?:\s+(?:service|daemon))?"
# ... and not up yet: "ModemManager isn't up yet", "ModemManager has not yet registered on the bus"
_MM_NOT_UP_YET = (r"\b" + _MM_NAMED + r"\s+(?:is|was|has|had)(?:n't|\s+not)\s+(?:\w+\s+)?(?:yet\s+" + _MM_UP + r"|(?:running|started|"
                  r"up|ready|available|(?:registered\s+)?on\s+(?:the\s+)?(?:D-?Bus|bus))\s+yet\b)")
# what runs too early: a program started, called or bringing the modem up ("netifd is attempting to bring up the modem")
_RUNS_EARLY = (r"\b(?:start\w*|run\w*|ran|launch\w*|call\w*|execut\w*|invok\w*|bring\w*|brought|tries|tried|attempt\w*|fires?|"
               r"fired|trigger\w*|activat\w*|c[ao]mes?\s+up|kicks?\s+in|loads?|loaded|set\w*\s+up|configur\w*|connect\w*|dial\w*|"
               r"quer(?:y|ies|ied))\b")
# the programs that may come before it at boot: "ModemManager only starts after netifd", "... after my wwan.service"
_EARLY_PROGRAM = (r"(?:netifd|NetworkManager|network-manager|NM|systemd-networkd|networkd|connman|ofono|rc\.local|ifup|"
                  r"(?:the|my|our)\s+(?:\w+\s+)?(?:script|service|unit|interface|connection|daemon|program|app\w*|hotplug\w*)|"
                  r"[\w@-]+\.service)\b")
# a modem's network interface or control node as a setup names it: wwan0, wwp0s20u4i4, usb0, qmimux0, /dev/cdc-wdm1
_DEV_NAME = (r"[`'\"]?(?:/dev/)?(?:cdc-wdm\d+|ttyUSB\d+|ttyACM\d+|ttyS\d+|ttyAMA\d+|ttyHS\d+|serial\d|wwan\d+\w*|qmimux\d+|rmnet\w+|usb\d+|eth\d+|ww[xp]\w+\d\w*|"
             r"en[xp]\w+\d\w*|ppp\d+)\b[`'\"]?")
# a control port or the data interface as a connection's setting names it (cdc-wdm0, ttyUSB2, ttyACM0, wwan0)
_CONTROL_PORT = r"[`'\"]?(?:/dev/)?(?:cdc-wdm\d+|ttyUSB\d+|ttyACM\d+|wwan\d+(?:at\d+|qmi\d+|mbim\d+)?)\b[`'\"]?"
# a connection's settings pinned to one such name: "our NM connection specifies a device name (/dev/cdc-wdm0)",
# "the uqmi script has /dev/cdc-wdm0 hard-coded", "option device in the wan section points at cdc-wdm1"
_PINNED_TO_PORT = (r"\b(?:connections?|profiles?|config\w*|settings?|keyfiles?|uci|sections?|scripts?|option\s+device|nmconnection|"
                   r"netifd|uqmi|(?:interface\s+)?definitions?)\b[^.!?\n]{0,60}?\b(?:specif\w+|names?|named|pins?|pinned|"
                   r"hard-?cod\w+|sets?|points?\s+(?:at|to)|refers?\s+to|references?|(?:is|are)\s+(?:bound|tied|locked|pinned)\s+to|"
                   r"uses?|lists?|has|have|contains?)\b[^.!?\n]{0,40}?" + _CONTROL_PORT)
# QMI client ids as posts name them: "client IDs", "client-id", "CIDs"
_CIDS = r"(?:QMI\s+)?(?:client[\s-]+IDs?|CIDs?)\b"
# a port or interface name as a post writes it in a sentence, markdown emphasis kept ("_/dev/ttyUSB0_", "`cdc-wdm1`")
_PORT_WRITTEN = (r"[_*`'\"]*(?:/dev/)?(?:tty(?:USB|ACM|S|AMA|HS|MSM)\d+|cdc-wdm\d+|wwan\d+\w*|usb\d+|ppp\d+|eth\d+|ww[xp]\w+|"
                 r"en[xp]\w+)(?![0-9A-Za-z])[_*`'\"]*")
# the setting's port or interface name changed to another ("changing the device from /dev/ttyUSB0 to /dev/ttyACM0 in the
# peers file", "replacing cdc-wdm0 with cdc-wdm1 in /etc/config/network")
_RENAMED_IN_SETUP = (r"\b(?:chang|switch|replac|edit|correct|set|swap)\w*\s+(?:[\w/.-]+\s+){0,6}?from\s+" + _PORT_WRITTEN + r"\s+to\s+" +
                     _PORT_WRITTEN + r"|\breplac\w*\s+(?:\w+\s+){0,2}?" + _PORT_WRITTEN + r"\s+(?:with|by)\s+" + _PORT_WRITTEN)
# one name said to be the modem's instead of another: "is called usb0, not wwan0", "is named wwan1 instead of wwan0"
_NAMED_NOT_OTHER = (r"\b(?:is|are|called|named)\s+" + _DEV_NAME + r"(?:\s+(?:here|now|on\s+(?:this|my)\s+\w+))?,?\s+"
                    r"(?:not|instead\s+of)\s+" + _DEV_NAME)
# the dialout group's name, bare or quoted as a program's message or a post quotes it; _DIALOUT: with the word "group"
# after it or not (every said:no-permission row names the group through these two)
_DIALOUT_NAME = r"[\"'`\u2018\u2019\u201c\u201d]?dialout\b[\"'`\u2018\u2019\u201c\u201d]?"
_DIALOUT = _DIALOUT_NAME + r"(?:\s+group)?"
# a program that fails to open something: "refuses to open", "can not open", "it say access denied"
_OPEN_FAILS = (r"(?:\b(?:can(?:'t|\s?not)|could(?:n't|\s+not)|unable\s+to|fails?\s+to|failed\s+to|refuses?\s+to|refused\s+to|"
               r"won't)\b|\b(?:fails?|failed|refuses?|refused)\b|\baccess\s+denied\b|\bpermission\s+denied\b)")
# within one sentence, a dot inside a word or a file name kept ("a systemd-networkd .network file", "4.2.2.2")
_IN_SENTENCE = r"(?:[^.!?]|\.(?=\S))"
# the host's network interface for the modem's data, as a sentence names it (wwan0, wwp0s20u4i6, ppp0, "the wwan interface")
_WWAN_IFACE = (r"(?:wwan\d\w*|wwp\w+|ppp\d|usb\d|rmnet\w*|(?:the\s+|its\s+|my\s+)?(?:wwan\s+|modem's\s+|network\s+|"
               r"data\s+|LTE\s+|cellular\s+)?interface(?:\s+(?:wwan\d\w*|wwp\w+|ppp\d|usb\d))?)")
# the Wi-Fi uplink gone ("after disconnecting from wifi", "when I leave the range of my home WLAN", "once the phone loses
# the wifi") and the mobile connection that should take over (knowledge.md 2.18: the connection is never activated)
_WIFI_GONE = (r"\b(?:after|when(?:ever)?|upon|once|as\s+soon\s+as)\b" + _SAME + r"{0,50}?\b(?:leav\w+|los(?:e|es|ing|t)|"
              r"disconnect\w*(?:\s+from)?|drop\w*(?:\s+off)?|out\s+of|outside(?:\s+of)?|turn\w*\s+off|switch\w*\s+off|disabl\w+)\s+"
              r"(?:\w+\s+){0,4}?(?:wi-?fi|WLAN)\b")
_MOBILE_DATA = r"\b(?:mobile|cellular|LTE|4G|5G|WWAN|modem)\s+(?:data|network|internet|connection|broadband)\b"
_NOT_TAKING_OVER = (r"(?:\s+\([^()]{0,40}\))?\s+(?:\w+\s+){0,3}?(?:fails|failed|(?:does|did|will|would)(?:n't|\s+not)|won't|never|"
                    r"is(?:n't|\s+not))\s+(?:\w+\s+){0,2}?(?:work|working|come\s+(?:back|up)|connect|reconnect|activat\w*|take\s+over|"
                    r"kick\s+in|start|up)?\b")
# the host's other uplinks, where a default route goes instead of the modem's
_OTHER_UPLINK = r"(?:eth\d\w*|wlan\d\w*|en[opsx]\w+|wl[opsx]\w+|br-\w+|LAN|wi-?fi|ethernet|the\s+(?:LAN|router|wi-?fi))\b"
# the programs that connect the modem's data session and leave the interface to the host (ModemManager without
# NetworkManager, libqmi's and libmbim's tools, uqmi)
_CONNECTORS = r"(?:ModemManager|Modem\s?Manager|MM|mmcli|qmicli|qmi-network|uqmi|mbimcli|mbim-network|umbim)"
# the modem's network interface as a sentence names it: "the wwan0 interface", "the modem's network interface", "wwan0"
_HOST_IFACE = r"(?:the\s+|my\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:interface|wwan\d\w*|wwp\w+|ppp\d|usb\d|rmnet\w*)\b"
# the host side set up by hand: a DHCP client run, the interface brought up ("run dhclient wwan0", "bring wwan0 up",
# "force the wwan interface UP", "run ifup wwan")
_HOST_SETUP_BY_HAND = (r"(?:(?:run|start|launch|execute|call|do|use)\w*\s+(?:the\s+|a\s+)?(?:dhclient|udhcpc|dhcpcd|ifup|DHCP(?:\s+client)?|"
                       r"ifconfig\s+\S+\s+up|ip\s+link\s+set)\b|(?:bring|brought|set|force|put|pull)\w*\s+up\s+" + _HOST_IFACE + r"|"
                       r"(?:bring|brought)\s+" + _HOST_IFACE + r"|(?:bring|brought|set|force|put|pull)\w*\s+(?:" + _HOST_IFACE +
                       r"|it)\s+up\b)")
# the mobile data connection as a phone's or a desktop's settings name it, switched off and on by hand after a boot
_DATA_PROFILE = (r"(?:mobile\s+data|cellular\s+data|(?:the\s+|my\s+)?(?:mobile|data|LTE|4G|5G|3G|cellular|WWAN|broadband|modem)\s+"
                 r"(?:data\s+)?(?:connection|profile|link)|(?:the\s+|my\s+)?(?:connection|APN)\s+profile)\b")
_TOGGLED = (r"(?:toggl\w*|switch\w*|turn\w*|flipp?\w*|re-?activat\w*|activat\w*|re-?enabl\w*|enabl\w*|disabl\w*)"
            r"(?:\s+(?:it\s+)?(?:on\s*/\s*off|off\s*/\s*on|on\s+and\s+off|off\s+and\s+(?:back\s+)?on|on\s+again|on|off))?")
_AT_BOOT_OR_BY_HAND = (r"(?:\b(?:after|on|at|with)\s+(?:every|each|a)\s+(?:re)?boot\w*|\bevery\s+time\s+(?:I|we|it)\s+(?:re)?boots?\w*|"
               r"\bafter\s+(?:I\s+|we\s+)?(?:re)?boot(?:ing)?\b|\bby\s+hand\b|\bmanually\b)")
_NO_IFACE_SETUP = _CONNECTORS + r"\s+(?:itself\s+)?(?:does(?:n't|\s+not)|do(?:n't|\s+not)|never|won't|will\s+not|is\s+not\s+going\s+to)"
# the data session up: a bearer connected or active, "connected: yes", qmicli's "Network started" and packet data handle,
# a data call or PDP context up, the modem connected to the operator (a negation before the state keeps it out)
_NOT_BEFORE = r"(?:(?!\b(?:not|never|no)\b|n't\b)" + _SAME + r")"
# ... nor a failure: "udhcpc never gets an address", "udhcpc can't get a lease", "udhcpc fails to obtain an IP"
_NOT_FAILED = r"(?:(?!\b(?:not|never|no|unable|cannot|fail\w*)\b|n't\b)" + _SAME + r")"
_SESSION_UP = (r"\bbearer\b" + _NOT_BEFORE + r"{0,40}?\b(?:connected|active|activated|up|established)\b(?!\s*[:=]\s*['\"]?no\b)|"
               r"\bconnected\s*[:=]\s*['\"]?yes\b|\bnetwork\s+started\b|\bpacket\s+data\s+handle\b|"
               r"\b(?:data|PDP|mobile\s+data|LTE|4G|5G)(?:\s+(?:session|call|connection|context|link|bearer))?\s+(?:is|was|gets?|got)\s+"
               r"(?:now\s+|successfully\s+)?(?:up|connected|established|active|activated)\b|"
               r"(?<!not )(?<!n't )(?<!never )\bconnect(?:ed)?\s+(?:fine\s+|successfully\s+)?to\s+(?:the\s+|my\s+|an?\s+)?"
               r"(?:operator|carrier|provider|mobile\s+network|(?:LTE|4G|5G|3G|cellular|cell)\s+network)\b|"
               # the modem's side gets its address: "acquiring ip address works fine", "the modem obtains an IP address successfully"
               r"\b(?:acquir|obtain|gett|receiv)ing\s+(?:an?\s+|the\s+)?IP(?:v4)?(?:\s+address)?\s+(?:works?|worked|is\s+working|"
               r"succeeds?|succeeded)\b|\b(?:modem|ModemManager|bearer|module)\s+(?:\w+\s+)?(?:gets?|got|acquires?|acquired|obtains?|"
               r"obtained|receives?|received)\s+(?:an?\s+|its\s+)?IP(?:v4)?(?:\s+address)?\s+(?:fine|successfully|correctly)\b")
# --- stop 32 (tuning32c): the board, the port and the module as posts in other languages tell them --------------------
# a port or interface as every language names it
_PORT_NAME = r"(?:/dev/)?(?:cdc-wdm\d+|tty(?:USB|ACM|S|AMA|HS|THS)\d+|serial\d|wwan\d+\w*)(?![\w-])"
# a program pointed at one port while the modem is on another ("la librería usa por defecto /dev/ttyS0, pero el módem está
# en /dev/ttyUSB3", "программа отправляет AT-команды в ttyUSB0 вместо ttyUSB2", "插件默认用的是 ttyUSB1，但 AT 口其实是 ttyUSB2"):
# the program's port, a "but" or "instead of", the other port; the verbs and conjunctions of each language
_PROGRAM_PORTS = {
    "de": (r"standardm(?:ä|ae)(?:ß|ss)ig|per\s+default|nimmt|verwendet|benutzt|(?:ö|oe)ffnet|spricht|schickt|sendet|h(?:ä|ae)ngt\s+an",
           r"statt|anstatt|anstelle\s+von|aber|doch|jedoch|w(?:ä|ae)hrend"),
    "es": (r"por\s+defecto|usa|utiliza|abre|env[ií]a|manda|apunta\s+a", r"en\s+(?:lugar|vez)\s+de|pero|mientras\s+que|sin\s+embargo"),
    "pt": (r"por\s+padr[aã]o|usa|utiliza|abre|envia|manda|aponta\s+para", r"em\s+vez\s+de|ao\s+inv[eé]s\s+de|mas|por[eé]m|enquanto"),
    "fr": (r"par\s+d[ée]faut|utilise|ouvre|envoie|pointe\s+sur", r"au\s+lieu\s+de|mais|alors\s+que|tandis\s+que"),
    "it": (r"di\s+default|per\s+impostazione\s+predefinita|usa|utilizza|apre|invia|manda", r"invece\s+di|ma|mentre"),
    "ru": (r"по\s+умолчанию|использует|открывает|отправляет|шл[её]т|посылает|обращается\s+к|стучится\s+в|смотрит\s+в",
           r"вместо|но|а|однако|хотя"),
}
# ... where the other port is the modem's: "is", "sits on", "actually" in each language
_IS_THE_MODEMS = {
    "de": r"ist|sitzt|liegt|h(?:ä|ae)ngt|antwortet|eigentlich|tats(?:ä|ae)chlich|auf|an",
    "es": r"es|est[aá]|responde|en\s+realidad|realmente|en",
    "pt": r"[eé]|est[aá]|responde|na\s+verdade|realmente|em|na|no",
    "fr": r"est|se\s+trouve|r[ée]pond|en\s+fait|r[ée]ellement|sur",
    "it": r"[eè]|sta|risponde|in\s+realt[aà]|su",
    "ru": r"это|является|висит|сидит|отвечает|находится|на\s+самом\s+деле|на|в",
}


def _program_on_other_port(code: str) -> str:
    """A program's port, then the modem's other port ("instead of", or "but" with "is"/"sits on"), in language ``code``."""
    drives, contrast = _PROGRAM_PORTS[code]
    return (r"(?<![\w-])(?:%s)(?![\w-])%s{0,60}?%s%s{0,60}?(?<![\w-])(?:%s)(?![\w-])%s{0,40}?(?:(?<![\w-])(?:%s)(?![\w-])\s*)?"
            r"(?:\S+\s+){0,3}?%s" % (drives, _SAME, _PORT_NAME, _SAME, contrast, _SAME, _IS_THE_MODEMS[code], _PORT_NAME))


# the interface's name changing from boot to boot ("nach jedem Neustart heißt die Schnittstelle anders", "после каждой
# перезагрузки имя интерфейса меняется", "el nombre de la interfaz cambia en cada arranque", "每次重启后网卡名字都会变")
_EACH_BOOT = {
    "de": r"(?:nach|bei)\s+jedem\s+(?:Neustart|Reboot|Booten|Start|Hochfahren|Systemstart)",
    "es": r"(?:en|tras|despu[eé]s\s+de)\s+cada\s+(?:arranque|reinicio|inicio|boot)|cada\s+vez\s+que\s+(?:reinicio|arranco|se\s+reinicia)",
    "pt": r"(?:a|em|ap[oó]s|depois\s+de)\s+cada\s+(?:reinicializa[cç][aã]o|reinicio|rein[ií]cio|boot|inicializa[cç][aã]o|arranque)|"
          r"toda\s+vez\s+que\s+(?:reinicio|ligo|reinicia)",
    "fr": r"(?:[àa]|apr[eè]s)\s+chaque\s+(?:red[ée]marrage|d[ée]marrage|reboot|boot)",
    "it": r"(?:a|ad|dopo)\s+ogni\s+(?:riavvio|avvio|boot)",
    "ru": r"(?:после|при)\s+(?:каждой|каждом)\s+(?:перезагрузк\w*|загрузк\w*|ребуте|включени\w*|старте)",
}
_NAME_CHANGES = {
    "de": r"hei(?:ß|ss)t\s+(?:\S+\s+){0,3}?anders|(?:ä|ae)ndert\s+sich|(?:einen\s+)?anderen\s+Namen|wechselt\s+(?:\S+\s+)?Namen",
    "es": r"cambia(?:\s+de\s+nombre)?|otro\s+nombre|nombre\s+distinto",
    "pt": r"muda(?:\s+de\s+nome)?|outro\s+nome|nome\s+diferente",
    "fr": r"change(?:\s+de\s+nom)?|autre\s+nom",
    "it": r"cambia(?:\s+nome)?|(?:un\s+)?altro\s+nome",
    "ru": r"меняется|изменяется|друг(?:ое|им)\s+(?:имя|названи\w*)|разн(?:ое|ые)",
}
_IFACE_NAMED = {
    "de": r"Schnittstelle\w*|Interface\w*|Netzwerkger(?:ä|ae)t\w*|Name\w*", "es": r"interfa(?:z|ces)|nombre", "pt": r"interfaces?|nome",
    "fr": r"interfaces?|nom", "it": r"interfacc\w+|nome", "ru": r"интерфейс\w*|имя|названи\w*",
}


def _name_changes_each_boot(code: str) -> str:
    """The interface named and its name changing, and "at every boot", in either order, in language ``code``."""
    name = r"(?<![\w-])(?:%s)(?![\w-])%s{0,40}?(?<![\w-])(?:%s)" % (_IFACE_NAMED[code], _SAME, _NAME_CHANGES[code])
    if code == "de":  # the verb before its subject: "heißt die Schnittstelle anders"
        name += r"|\bhei(?:ß|ss)t\s+(?:die|das|der|mein\w*)\s+(?:\S+\s+)?(?:%s)\s+(?:\S+\s+){0,2}?anders\b" % _IFACE_NAMED[code]
    return r"(?:%s)%s{0,60}?%s|%s%s{0,60}?(?:%s)" % (_EACH_BOOT[code], _SAME, name, name, _SAME, _EACH_BOOT[code])


# the module never powered: "bekommt keinen Strom", "не подаётся питание", "no recibe alimentación", "模块没上电"
_NOT_POWERED = {
    "de": r"\b(?:bekommt|erh(?:ä|ae)lt|hat)\s+(?:\w+\s+)?(?:keinen\s+Strom|keine\s+(?:Spannung|Versorgung\w*|Stromversorgung))\b|"
          r"\b(?:wird|wurde)\s+(?:\w+\s+)?(?:nie|nicht)\s+(?:mit\s+Strom\s+versorgt|eingeschaltet|bestromt)\b|\bohne\s+Strom\b|"
          r"\bschaltet\s+sich\s+(?:\w+\s+)?(?:nie|nicht|erst)\s+ein\b",
    "es": r"\bno\s+(?:recibe|tiene|le\s+llega)\s+(?:alimentaci[oó]n|corriente|energ[ií]a|tensi[oó]n)\b|\bsin\s+alimentaci[oó]n\b|"
          r"\b(?:no|nunca)\s+se\s+enciende\b|\bno\s+est[aá]\s+(?:alimentado|encendido)\b",
    "pt": r"\bn[aã]o\s+(?:recebe|tem)\s+(?:alimenta[cç][aã]o|energia|tens[aã]o)\b|\bsem\s+alimenta[cç][aã]o\b|\bn[aã]o\s+(?:liga|est[aá]\s+(?:alimentado|ligado))\b",
    "fr": r"\bn'est\s+pas\s+(?:aliment[ée]|allum[ée])\b|\bpas\s+d'alimentation\b|\bne\s+s'allume\s+(?:pas|jamais)\b",
    "it": r"\bnon\s+(?:[eè]\s+alimentat[oa]|riceve\s+alimentazione|si\s+accende)\b",
    "ru": r"(?<![\w-])(?:не\s+(?:запитан\w*|включается|включен\w*|подаётся\s+питание|подается\s+питание)|нет\s+питания|без\s+питания|"
          r"не\s+(?:получает|имеет)\s+питани\w*)(?![\w-])",
    "zh": r"(?:没有?|未|不)\s*(?:上电|供电|通电|开机)|(?:没有?|无)\s*(?:电源|供电)|(?:供电|电源)\s*(?:未|没有?)\s*(?:启动|开启|打开|使能)",
    "ja": r"電源が入(?:っていない|らない|っていません|りません)|給電されてい(?:ない|ません)|起動しない",
}
# ... a power pin the module only starts after ("das Modem schaltet sich erst ein, wenn man den PWRKEY-Pin ...", "需要把 PWRKEY
# 拉低一秒模块才会开机", "hay que pulsar el pin PWRKEY para que arranque")
_PIN_WORDS = (r"PWR_?KEY|POWER_?KEY|PWRKEY_N|RESET_N|VDD_EXT|GPIO|3[.,]3\s?V|3V3|VBAT|W_DISABLE|FULL_CARD_POWER_OFF|"
              r"电源键|开机键|开机(?:引)?脚|使能(?:引)?脚|供电(?:使能)?(?:引)?脚|Einschalt\w*|Power-?Taste|кнопк\w+\s+питания|"
              r"пин\w*\s+питания|вывод\w*\s+питания|bot[oó]n\s+de\s+encendido|pin\s+de\s+encendido|regulador|регулятор\w*|Regler")
_PIN_NEEDED = {
    "de": r"\berst\s+(?:wenn|nachdem|ein)|\bsonst\b|\bnie\s+(?:geschaltet|gesetzt|angesteuert)|\bnicht\s+(?:geschaltet|gesetzt|angesteuert)",
    "es": r"\bpara\s+que\b|\bsi\s+no\b|\bhasta\s+que\b|\bnunca\s+se\s+activa|\bno\s+se\s+activa",
    "pt": r"\bpara\s+que\b|\bsen[aã]o\b|\bat[eé]\s+que\b|\bnunca\s+[eé]\s+ativad|\bn[aã]o\s+[eé]\s+ativad",
    "ru": r"(?<![\w-])(?:иначе|только\s+после|пока\s+не|не\s+(?:подаётся|подается|выставл\w*|включ\w*))(?![\w-])",
    "zh": r"才(?:会|能)?\s*(?:开机|启动|上电|出现|识别)|否则|不然|(?:没有|没|未)(?:配置|拉高|拉低|打开|使能)",
    "ja": r"(?:しないと|しなければ|してから|押さないと|押すまで)",
}


def _pin_and_need(code: str) -> str:
    return r"(?:%s)%s{0,80}?(?:%s)|(?:%s)%s{0,80}?(?:%s)" % (_PIN_WORDS, _SAME, _PIN_NEEDED[code], _PIN_NEEDED[code], _SAME, _PIN_WORDS)


# no answer on the module's serial (AT) port: "antwortet nicht mehr auf AT-Befehle", "не отвечает на AT", "no responde a los
# comandos AT", "串口发 AT 指令模块没有任何回应"
_AT_WORD = r"(?-i:AT|АТ)(?:[\s-]?(?:Befehl\w*|Kommando\w*|команд\w*|comandos?|commandes?|comandi|指令|命令|コマンド))?"
_SERIAL_NO_ANSWER = {
    "de": r"\b(?:antwortet|reagiert)\s+(?:\w+\s+){0,3}?(?:nicht|nie|gar\s+nicht)(?:\s+mehr)?\s+(?:\w+\s+){0,2}?auf\s+(?:\w+\s+)?" + _AT_WORD +
          r"|\b(?:antwortet|reagiert)\s+(?:\w+\s+){0,3}?auf\s+(?:keine[nr]?|kein)\s+" + _AT_WORD +
          r"|\bkeine\s+Antwort\s+(?:\w+\s+){0,2}?auf\s+(?:\w+\s+)?" + _AT_WORD,
    "es": r"\b(?:no|nunca|dej[oó]\s+de|ya\s+no)\s+(?:\w+\s+)?(?:responde\w*|contesta\w*|respond\w*)\s+(?:\w+\s+){0,2}?(?:a\s+|al\s+)?(?:los\s+|ning[uú]n\s+)?" + _AT_WORD +
          r"|\b(?:" + _AT_WORD + r"|puerto\s+serie|UART)\b" + _SAME + r"{0,50}?\b(?:no\s+(?:responde|contesta|devuelve)|sin\s+respuesta)\b",
    "pt": r"\b(?:n[aã]o|nunca|parou\s+de|j[aá]\s+n[aã]o)\s+(?:\w+\s+)?(?:responde\w*|reage)\s+(?:\w+\s+){0,2}?(?:a\s+|aos?\s+|ao\s+)?(?:comandos?\s+)?" + _AT_WORD +
          r"|\b(?:" + _AT_WORD + r"|porta\s+serial|UART)\b" + _SAME + r"{0,50}?\b(?:n[aã]o\s+(?:responde|retorna|devolve)|sem\s+resposta)\b",
    "fr": r"\bne\s+r[ée]pond\s+(?:plus|pas|jamais)\s+(?:\w+\s+){0,2}?(?:aux?\s+)?(?:commandes?\s+)?" + _AT_WORD +
          r"|\baucune\s+r[ée]ponse\s+(?:aux?\s+)?(?:commandes?\s+)?" + _AT_WORD,
    "it": r"\bnon\s+risponde\s+(?:pi[uù]\s+)?(?:\w+\s+){0,2}?(?:ai?\s+)?(?:comandi\s+)?" + _AT_WORD + r"|\bnessuna\s+risposta\s+(?:ai?\s+)?(?:comandi\s+)?" + _AT_WORD,
    "ru": r"(?<![\w-])(?:не|перестал\w*|больше\s+не)\s+(?:\w+\s+)?(?:отвеча\w*|реагир\w*)\s+(?:\w+\s+){0,2}?(?:на\s+)?(?:\w+\s+)?" + _AT_WORD +
          r"|(?:" + _AT_WORD + r"|UART|порт\w*|tty\w+)" + _SAME + r"{0,50}?(?<![\w-])(?:не\s+отвеча\w*|нет\s+ответа|ничего\s+не\s+(?:приходит|отвеча\w*|возвраща\w*))",
    "zh": r"(?:不再|没有?|不)\s*(?:响应|回应|回复|应答)\s*(?:任何)?\s*AT|"
          r"(?:AT|串口|UART|指令|命令|ttyUSB\d|ttyS\d|minicom)[^。！？]{0,40}?(?:没有?\s*(?:任何)?\s*(?:回应|响应|反应|回复|返回|回显|应答)|"
          r"不(?:再)?\s*(?:响应|回应|回复|应答|理)|无\s*(?:响应|回应|应答|返回|反应))",
    "ja": r"AT(?:コマンド)?[^。]{0,30}?(?:応答|反応|返事|返答)(?:が|も)?(?:ない|ありません|しない|しません|なし|返ってこない)",
}
# the module said to be broken as a unit ("模块坏了", "el módulo está dañado", "модуль неисправен", "das Modul ist defekt")
_UNIT = (r"(?:modul\w*|module|modem\w*|m[oó]dulo|m[oó]dem|модул\w*|модем\w*|carte|card|Karte|placa|karta|модуль|stick|dongle)")
_UNIT_BROKEN = {
    "de": r"\b" + _UNIT + r"\s+(?:ist|war|scheint)\s+(?:\w+\s+)?(?:defekt|kaputt|besch(?:ä|ae)digt|hinüber)\b",
    "es": r"\b" + _UNIT + r"\s+(?:est[aá]|parece|qued[oó])\s+(?:\w+\s+)?(?:da[nñ]ado|averiado|defectuoso|roto|quemado|muerto)\b",
    "pt": r"\b" + _UNIT + r"\s+(?:est[aá]|parece|ficou)\s+(?:\w+\s+)?(?:danificado|defeituoso|queimado|quebrado|avariado)\b",
    "fr": r"\b" + _UNIT + r"\s+(?:est|semble)\s+(?:\w+\s+)?(?:d[ée]fectueu(?:x|se)|endommag[ée]e?|grill[ée]e?|HS|mort)\b",
    "ru": r"(?<![\w-])" + _UNIT + r"\s+(?:\w+\s+)?(?:неисправ\w*|сломан\w*|сгорел\w*|умер|вышел\s+из\s+строя|повреждён\w*|поврежден\w*)",
    "zh": r"(?:模块|模组|上网卡|硬件)[^。！？，]{0,6}?(?<![没不])(?<!没有)(?:坏了|损坏|烧了|烧坏|有问题)",
}
# ... failing the same on other hosts ("换了几台电脑都是一样", "falla igual en todos los ordenadores", "на двух разных платах
# ведёт себя одинаково", "an jedem Rechner das Gleiche")
_SAME_ON_OTHER_HOSTS = {
    "de": r"\b(?:an|auf|in)\s+(?:jedem|allen|mehreren|zwei|drei|verschiedenen|anderen)\s+(?:\w+\s+)?(?:Rechner\w*|PCs?|Computer\w*|Boards?|Platinen?|Ger(?:ä|ae)te\w*|Laptops?)\b"
          + _SAME + r"{0,30}?\b(?:gleich\w*|dasselbe|das\s+Gleiche|genauso|identisch)\b",
    "es": r"\b(?:igual|lo\s+mismo|el\s+mismo\s+(?:problema|error))\s+(?:\w+\s+){0,2}?(?:en|con)\s+(?:todos\s+los|todas\s+las|varios|varias|dos|tres|otros|otras|cualquier)\s+"
          r"(?:\w+\s+)?(?:ordenador\w*|computador\w*|PCs?|equipos?|placas?|port[aá]tiles?|m[aá]quinas?)\b",
    "pt": r"\b(?:igual|o\s+mesmo\s+(?:problema|erro))\s+(?:\w+\s+){0,2}?(?:em|com|nos|nas)\s+(?:todos\s+os|todas\s+as|v[aá]rios|v[aá]rias|dois|duas|tr[eê]s|outros|outras)\s+"
          r"(?:\w+\s+)?(?:computador\w*|PCs?|placas?|m[aá]quinas?|notebooks?)\b",
    "ru": r"(?<![\w-])(?:на|в)\s+(?:двух|трёх|трех|нескольких|разных|других|всех|любом)\s+(?:\w+\s+)?(?:компьютер\w*|ПК|плат\w*|ноутбук\w*|устройств\w*|машин\w*)"
          + _SAME + r"{0,30}?(?<![\w-])(?:одинаково|то\s+же\s+самое|так\s+же|тоже\s+не)",
    "zh": r"(?:换了?|试了?)\s*(?:好)?(?:几|多|两|三|[0-9]+)\s*(?:台|块|个)\s*(?:电脑|机器|主机|设备|板子|笔记本)[^。！？]{0,10}?(?:都|也)\s*(?:是)?\s*(?:一样|同样|相同|不行|不能用)",
}
# calibration or NV data erased: "erased the calibration data while flashing", "Kalibrierungsdaten gelöscht", "стёрлась
# калибровка", "把校准数据擦掉了", "キャリブレーションデータを消してしまい" (a QFirehose erase, a wrong NV restore)
_CALIBRATION = (r"(?:(?:RF\s+)?calibration(?:\s+(?:data|partition|values|files?))?|cal(?:ibration)?\s+data|NV(?:RAM)?\s+(?:items?|data|partition|memory)|"
                r"EFS(?:\s+partition)?|QCN(?:\s+file)?|modem\s?st[12]|fsg\s+partition)")
_ERASED = r"(?:erased|wiped|deleted|lost|gone|overwritten|corrupted|destroyed|cleared|blanked)"
_CALIBRATION_ERASED = {
    "de": r"\b(?:Kalibrier\w*|NV-?(?:Daten|Items|Speicher)|EFS)\b" + _SAME + r"{0,30}?\b(?:gel(?:ö|oe)scht|weg|verloren|(?:ü|ue)berschrieben|zerst(?:ö|oe)rt|besch(?:ä|ae)digt)\b|"
          r"\b(?:gel(?:ö|oe)scht|verloren|(?:ü|ue)berschrieben)\b" + _SAME + r"{0,20}?\bKalibrier\w*",
    "es": r"\b(?:(?:datos\s+de\s+)?calibraci[oó]n|NV|EFS)\b" + _SAME + r"{0,30}?\b(?:borr\w+|perd\w+|eliminad\w+|sobrescrit\w+|corrupt\w+|da[nñ]ad\w+)|"
          r"\b(?:borr[eéó]|perd[ií]|elimin[eéó])\s+(?:\w+\s+){0,3}?calibraci[oó]n\b",
    "pt": r"\b(?:(?:dados\s+de\s+)?calibra[cç][aã]o|NV|EFS)\b" + _SAME + r"{0,30}?\b(?:apagad\w+|perdid\w+|sobrescrit\w+|corromp\w+|danificad\w+)|"
          r"\b(?:apaguei|apagou|perdi|perdeu)\s+(?:\w+\s+){0,3}?calibra[cç][aã]o\b",
    "ru": r"(?<![\w-])(?:калибровк\w*|NV|EFS)(?![\w-])" + _SAME + r"{0,30}?(?<![\w-])(?:стёр\w*|стер\w*|удал\w*|слетел\w*|потер\w*|затер\w*|пропал\w*)|"
          r"(?<![\w-])(?:стёр\w*|стер\w*|удалил\w*|слетел\w*|затер\w*|потерял\w*)\s+(?:\w+\s+){0,2}?калибровк\w*",
    "zh": r"(?:校准|校准数据|校准参数|射频参数|NV|EFS|QCN)[^。！？]{0,12}?(?:擦掉|擦除|被擦|丢失|丢了|没了|被清|清除|清空|损坏|被覆盖)|"
          r"(?:擦掉|擦除|清除|清空|刷掉|删除)了?\s*(?:\S{0,4}?)(?:校准|NV|EFS|QCN)",
    "ja": r"(?:キャリブレーション|校正|NV|EFS)[^。]{0,12}?(?:消し|消え|消去|削除|失われ|壊れ)",
}


# what a "switch" that is no USB mode switch goes on to say: a radio switched on/off, a modem switched from data mode
# to command mode (after "+++") or back, a network switched to another radio technology
# what runs usb_modeswitch, as a past participle or a verb: "triggered", "run", "started", "called"
_MODESWITCH_RUN = r"(?:run|runs|ran|triggered|trigger|started|start|called|call|executed|invoked|launched)"
_SWITCH_NOT_USB = (r"\s+(?:\w+\s+)?(?:on|off|places)\b|\s+(?:\w+\s+)?(?:from|to|into|back\s+to)\s+(?:the\s+)?"
                   r"(?:data|command|online|offline|AT|PPP|LTE|[2345]G|GSM|UMTS|WCDMA|NR|EDGE|HSPA)\b")


# said:power-source (tuning36a, review36): a powered hub that cures it ("through a powered hub it switches and works"; a
# denial or "still" between them keeps the fault), the supply said to matter ("power seems to play a part", "power makes a
# difference"), and the unpowered case those need told in the same line ("directly on the Pi", "on the bare port", "the
# router's own port", "without a hub")
_POWERED_HUB_CURES = (r"\b(?:through|via|with|behind|on|from|using)\s+(?:a|an|the|my)\s+(?:\w+\s+)?(?:externally\s+)?powered\s+"
                      r"(?:USB\s+)?hub\b(?:(?!\b(?:not|never|still|same|neither|nor|either)\b|n't)" + _SAME + r"){0,40}?"
                      r"\b(?:works?|switch(?:es|ed)|connects?|(?:is|gets?)\s+(?:found|detected|recogni[sz]ed)|shows?\s+up|fine)\b")
_POWER_MATTERS = (r"\bpower(?:\s+(?:supply|draw|source))?\s+(?:\w+\s+){0,3}?(?:plays?|played|playing)\s+(?:a|an|its)\s+(?:\w+\s+)?"
                  r"(?:part|role)\b|\bpower(?:\s+(?:supply|draw|source))?\s+(?:\w+\s+){0,2}?(?:makes?|made)\s+(?:a|the)\s+(?:\w+\s+)?"
                  r"difference\b")
# ... or the failure told before the cure ("Plugged into the Pi nothing shows up, not even its LED; on a powered hub it works")
_FAILED_FIRST = (r"(?:\bnothing\s+(?:shows?|appears?|happens)|\bnot\s+(?:detected|recogni[sz]ed|found|switch\w*|work\w*|even)|"
                 r"\bnever\s+\w+|\b(?:fails?|failed|refus\w*|resets?|resetting|reboots?|disconnect\w*|crash\w*|stuck)\b|"
                 r"\bkeeps?\s+\w+ing\b|\bdrops?\s+(?:off|out)\b|\bstays?\s+(?:a|in|as)\b|"
                 r"\b(?:doesn't|does\s+not|didn't|did\s+not|won't)\s+\w+)")
_UNPOWERED_TOLD = (r"(?:\b(?:directly|straight|bare|unpowered|passive|on\s+its\s+own)\b|\bwithout\s+(?:a|the|any)\s+(?:\w+\s+)?hub\b|"
                   r"\b(?:own|built-?in|on-?board)\s+(?:USB\s+)?ports?\b|'s\s+(?:USB\s+)?ports?\b)")

STATES: Tuple[StatedState, ...] = (
    # the device does not enumerate: the USB (or PCI) bus does not list it
    # the device does not enumerate: the USB (or PCI) bus does not list it; ModemManager lists no modem. The clause
    # grammar reads them all ("lsusb does not show the modem", "`lspci` isn't listing the card", "the modem is not
    # picked up by ModemManager": model/prose_grammar.py FACT_OF); mmcli's own words are read as quoted
    StatedState("said:not-on-usb", "",
                "lsusb; sudo dmesg | grep -iE 'usb [0-9-.]+:|new .*USB device' | tail -20"),
    # ... and told of the device's USB side: "the modem doesn't expose its usb device", "it no longer shows up on USB"
    StatedState("said:not-on-usb",
                r"(?:n't|\bnot|\bno\s+longer|\bnever|\bstopped)\s+(?:expos|present|enumerat)\w*\s+(?:its\s+|any\s+|an?\s+|the\s+)?"
                r"USB\s+(?:device|interface|function|port)s?\b|"
                r"(?:n't|\bnot|\bno\s+longer|\bnever)\s+(?:show\w*\s+up|appear\w*|enumerat\w*)\s+on\s+(?:the\s+)?USB(?:\s+bus)?\b",
                "lsusb; sudo dmesg | grep -iE 'usb [0-9-.]+:|new .*USB device' | tail -20",
                # a PCIe module is on no USB bus: "never shows up on USB because it's a PCIe module, it uses the mhi driver"
                unless=r"\bPCIe\b|\bPCI\s+Express\b|\b(?:mhi|t7xx|iosm)\b"),
    StatedState("said:not-on-pci", "",
                "sudo lspci -nn; sudo dmesg | grep -iE 'pcie|mhi|t7xx|iosm' | tail -20"),
    # mmcli -L's message (ModemManager cli/mmcli-manager.c: "No modems were found")
    StatedState("said:mm-no-modem",
                r"\bNo modems were found\b",
                "mmcli -L; sudo journalctl -b -u ModemManager | tail -40"),
    # no power: the module's LED stays dark
    StatedState("said:no-power",
                r"\b(?:(?:status |power |network )?(?:LED|light)s?(?: (?:on|of) (?:the|my) \w+)? (?:is|are|stays?|remains?) (?:always )?(?:off|dark|unlit)|"
                # (where the LEDs are: "the two leds at the board doesn't turn on", "no LED on the shield turns on")
                r"(?<!wifi )(?<!wi-fi )(?<!wlan )(?<!lan )(?<!ethernet )(?<!bluetooth )(?:LED|light)s?(?: (?:on|of|at) (?:the|my|this) \w+)? (?:(?:does|do|did)\s*" + _NOT + r"|never|won't) (?:light(?: up)?|turn on|come on|blink)|"
                r"\bno (?:LED|light)s?(?: (?:on|of|at) (?:the|my|this) \w+)? (?:(?:turns?|lights?|comes?) (?:on|up)|is on)\b|"
                r"(?:no|without) (?:power|LED|lights?)(?: at all)?(?: on| to)? " + _IT + r"|"
                # "I never get any LEDs on the USB device", "we don't see any light on the stick"
                r"\b(?:never|(?:do|does|did)(?:n't| not)|can(?:'t|not)|could(?:n't| not))\s+(?:get|see)\s+(?:any|a single)\s+"
                r"(?:LED|light)s?\b|"
                + _IT + r" (?:is|seems|appears)(?: to be)? (?:not powered(?! off| down)|dead|unpowered|not getting power)|"
                # the board's modem power manager (eg25-manager, a power/GPIO service or script) does not switch it on
                r"(?:eg25-?manager|(?:modem|board) power(?:[- ]on)? (?:manager|service|daemon|script)|power(?:[- ]on)? script)\b"
                r"[^.!?]{0,30}?(?:can(?:'t|not)|could(?:n't| not)|fails? to|failed to|does(?:n't| not)|did(?:n't| not)|never)\s+"
                r"(?:start|power(?: on| up)?|boot|turn on|switch on|wake(?: up)?)\s+(?:the |my )?(?:\w+ )?(?:modem|module)|"
                # the module, or a module named by its model ("my PCIe SIM7600"), or opening a sentence or title without
                # an article ("Cellular modem doesn't power up"), does not wake up or switch on
                r"(?:" + _IT + r"|\b(?:my|the|our|this) (?:\w+ )?(?-i:[A-Z][A-Za-z]*-?\d{2,}\w*)(?: on the (?:\w+ )?(?:board|HAT|shield|adapter))?|"
                r"(?:^|(?<=[.:!?] ))(?:[\w-]+ )?(?:modem|module))\s+(?:is(?:n't| not)|won't|does(?:n't| not)|never|did(?:n't| not))\s+"
                r"(?:wak\w* up|turn\w* on|switch\w* on|power\w* (?:on|up)|start\w*(?: up)?|come (?:on|alive))"
                r"(?!\s+(?:the|a|an|its|my|data|mobile|LTE|internet|connection)\b))",
                "lsusb; the module's power and enable pins (PWRKEY, FULL_CARD_POWER_OFF#, W_DISABLE#) per the board manual"),
    # a program of the host switches the module's power off: a board's modem power service, its script or udev rules
    # ("the udev rules detect it. This stops the modem-control service and permanently powers off the modem"): the
    # board power control of modem-not-powered, driven by software
    StatedState("said:host-powers-modem-off",
                r"\b(?:services?|units?|scripts?|udev[- ]rules?|daemons?|power[- ]manager|modem-control|modem-power|eg25-manager)\b"
                + _SAME + r"{0,80}?" + _UNNEGATED + r"\b(?:powers?|powered|powering|switch(?:es|ed|ing)?|turns?|turned|turning|shuts?|shutting)\s+"
                r"(?:(?:off|down)\s+(?:the\s+|my\s+)?(?:modem|module)\b|(?:the\s+|my\s+)?(?:modem|module)\s+(?:off|down)\b)|"
                # "the service cuts the power of the modem"
                r"\b(?:services?|units?|scripts?|udev[- ]rules?|daemons?|power[- ]manager|modem-control|modem-power|eg25-manager)\b"
                + _SAME + r"{0,80}?" + _UNNEGATED + r"\b(?:cuts?|cutting|removes?|removed|kills?|killed|drops?|dropped)\s+(?:the\s+)?power\s+"
                r"(?:of|to|from)\s+(?:the\s+|my\s+)?(?:modem|module)\b",
                "journalctl -b | grep -iE 'modem|power'; systemctl list-units | grep -iE 'modem|eg25'; lsusb"),
    # a program of the host acts on the modem while a firmware update writes it: "modem-control.service shuts down the
    # modem while it is being upgraded with fwupd", "eg25-manager resets the modem in the middle of the flash", "the
    # service conflicts with fwupd": two programs driving one modem (knowledge.md 2.10; the flasher loses the device),
    # not a power fault - the fix is stopping or changing the service for the time of the update
    StatedState("said:manager-during-flash",
                _HOST_PROGRAM + _SAME + r"{0,80}?" + _UNNEGATED + r"\b(?:conflicts?|conflicting|interferes?|interfering|clash(?:es)?)\s+with\s+"
                + _SAME + r"{0,40}?" + _FW_WRITE + r"|" +
                _HOST_PROGRAM + _SAME + r"{0,80}?" + _UNNEGATED + _ACTS_ON_MODEM + _SAME + r"{0,60}?"
                r"\b(?:while|during|in\s+the\s+middle\s+of|mid-?way\s+through|when)\b" + _SAME + r"{0,40}?" + _FW_WRITE + r"|"
                r"\b(?:while|during|in\s+the\s+middle\s+of)\b" + _SAME + r"{0,40}?" + _FW_WRITE + _SAME + r"{0,60}?" + _HOST_PROGRAM
                + _SAME + r"{0,60}?" + _UNNEGATED + _ACTS_ON_MODEM,
                "journalctl -b | grep -iE 'modem|fwupd|firmware'; systemctl list-units | grep -iE 'modem|eg25|ModemManager'",
                unless=r"\bstop\w*\s+(?:\w+\s+)?prob\w*|\binhibit\w*|\b(?:went|ran|finished)\s+(?:through|fine|well|without)\b|\bsucce\w+|"
                       # advice to stop the manager for a flash ("My advice: stop ModemManager first, because it probes ...")
                       r"\b(?:advice|tip|recommend\w*|make\s+sure)\b|\bstop\s+(?:\S+\s+){1,2}?first\b|\bbefore\s+(?:you\s+)?(?:flash|updat|upgrad)\w*"),
    # a power or enable pin of the module named with a failure: it only appears after the power key is
    # pressed, or its VDD_EXT rail stays off (knowledge.md modem-not-powered: PWRKEY pulse, RESET_N,
    # W_DISABLE#, FULL_CARD_POWER_OFF#). "PWRKEY: OK" in a list of checks says nothing of the kind.
    StatedState("said:power-pin",
                r"\b(?:" + _POWER_PIN + r")\b" + _SAME + r"{0,80}?" + _POWER_FAILS + r"|" +
                _POWER_FAILS + _SAME + r"{0,80}?\b(?:" + _POWER_PIN + r")\b|"
                # the pin itself said never driven: "the enable pin is never driven high by our device tree"
                r"\b(?:" + _POWER_PIN + r")(?:\s+(?:line|pin|signal|gpio))?\s+(?:is|was|gets|got)\s+(?:never|not)\s+(?:\w+\s+)?(?:driven|pulled|set|toggled|asserted|"
                r"pulsed|pressed|released)\b",
                "lsusb (before and after the power-on pulse); VDD_EXT measured after PWRKEY is pulsed, per the module's hardware design guide"),
    # the DNS servers not set up for the connection, in Portuguese, Spanish, French, German and Italian: "o servidor dns não
    # é carregado automaticamente pelo modem", "los servidores DNS no se configuran", "les DNS ne sont pas appliqués", "die
    # DNS-Server werden nicht übernommen", "i DNS non vengono impostati" (knowledge.md 2.18: bearer DNS not applied)
    *_in_each_language("said:names-fail", {
        "pt": r"\bDNS\b[^.!?]{0,40}?\bn[aã]o\s+(?:[eé]|s[aã]o|foi|foram|est[aá]|est[aã]o|fica|ficam)\s+(?:\w+\s+)?(?:carregad|"
              r"configurad|definid|aplicad|atribu[ií]d|passad|setad)[oa]s?\b",
        "es": r"\bDNS\b[^.!?]{0,40}?\bno\s+(?:se\s+)?(?:cargan?|configuran?|aplican?|asignan?|establecen?|(?:est[aá]n?|son|es|fue|fueron)\s+"
              r"(?:\w+\s+)?(?:cargad|configurad|aplicad|asignad|establecid)[oa]s?)\b",
        "fr": r"\bDNS\b[^.!?]{0,40}?\b(?:ne\s+(?:sont|est)\s+pas|n'(?:est|sont)\s+pas|ne\s+(?:sont|est)\s+jamais)\s+(?:\w+\s+)?(?:charg|configur|"
              r"appliqu|attribu|d[ée]fini|pris\s+en\s+compte)",
        "de": r"\bDNS(?:-Server\w*)?\b[^.!?]{0,40}?\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+)?(?:nicht|nie)\s+(?:\w+\s+)?(?:gesetzt|"
              r"(?:ü|ue)bernommen|eingetragen|konfiguriert|geladen|zugewiesen)\b",
        "it": r"\bDNS\b[^.!?]{0,40}?\bnon\s+(?:viene|vengono|[eè]|sono)\s+(?:\w+\s+)?(?:caricat|impostat|configurat|applicat|assegnat)[oiae]\b",
    }, "cat /etc/resolv.conf; resolvectl dns; mmcli -b 0 | grep -i dns",
        # "nicht manuell gesetzt, sondern vom Provider", "no se configuran a mano": set otherwise, not left out
        unless=r"\b(?:manuell\w*|h[aä]ndisch|von\s+Hand|a\s+mano|manualmente|manuellement|la\s+main|a\s+m[aã]o|sondern)\b"),
    # the link carries traffic (a ping to an address works) but names do not resolve: no DNS servers
    # configured for the connection (knowledge.md interface-down-or-unconfigured: bearer DNS not applied)
    StatedState("said:names-fail",
                r"\bcan(?:'t|not| not) (?:ping|reach|open|resolve) [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b[^.!?]{0,60}"
                r"\b(?:but|whereas|while|though|although|yet)\b[^.!?]{0,30}\bcan ping \d+\.\d+\.\d+\.\d+|"
                r"\bcan ping \d+\.\d+\.\d+\.\d+\b[^.!?]{0,60}\b(?:but|whereas|while|though|although|yet)\b[^.!?]{0,30}"
                r"(?:(?:can(?:'t|not| not)|n't|not) (?:ping|reach|open|resolve)\b|not [\w-]+\.[a-z]{2,}\b)|"
                r"\b(?:not able to|unable to|can(?:'t|not| not)|fails? to|could(?:n't| not)) resolve (?:any )?(?:DNS|host ?names?|names|domains?|domain names)\b|"
                + _PING_ADDRESS_WORKS + _SAME + r"{0,60}?" + _PING_NAME_FAILS + r"|" + _PING_NAME_FAILS + _SAME + r"{0,60}?" +
                _PING_ADDRESS_WORKS + r"|"
                r"\b(?:DNS|name resolution) (?:does|did|is)(?: not|n't) work|\bresolv\.conf (?:is|was) empty\b|\bempty resolv\.conf\b|"
                # "it wasn't resolving any hostnames", "it does not resolve names"
                r"\b(?:(?:is|was|are|were)(?: not|n't) resolving|(?:does|did|do)(?: not|n't) resolve) (?:any )?"
                r"(?:DNS|host ?names?|names|domains?|domain names|URLs?|websites?)\b|"
                # "any hostname fails to resolve", "names don't resolve": the names as the subject
                r"\b(?:host\s?names?|names|domains?|domain names|URLs?|websites?)\s+(?:\w+\s+)?(?:fail(?:s|ed)?\s+to\s+resolve|"
                r"(?:do|does|did|will|would|can)(?:n't|\s+not)\s+(?:get\s+)?resolved?|(?:is|are|was|were)(?:n't|\s+not)\s+resolv(?:ed|ing)|"
                r"never\s+(?:get\s+)?resolved?)\b|"
                # "no hostname resolves", "not a single domain name gets resolved"
                r"\b(?:no|not\s+a\s+single|not\s+one)\s+(?:host\s?names?|names?|domains?|domain\s+names?|URLs?|websites?)\s+"
                r"(?:\w+\s+)?(?:resolves?|resolved|gets?\s+resolved|(?:is|are|was|were)\s+resolved)\b|"
                # "the DNS server settings were not (automatically) set", "the DNS servers from the carrier never got
                # written there": the connection brought no resolvers
                r"\bDNS(?: server)?(?: settings?| servers?| addresses)? (?:is|was|are|were)(?: not|n't)(?: \w+)? "
                r"(?:set|configured|applied|assigned|given|filled in|received|obtained)\b|"
                r"\bDNS\s+(?:servers?|settings?|addresses)\b" + _SAME + r"{0,40}?\b(?:never|(?:is|was|are|were)(?:n't|\s+not))\s+"
                r"(?:got\s+|get\s+|gets\s+|been\s+)?(?:written|set|configured|applied|added|pushed|copied|propagated)\b",
                "cat /etc/resolv.conf; resolvectl dns; mmcli -b 0 (the bearer's DNS); ping -c3 8.8.8.8"),
    # the stick stays in its storage (CD-ROM) id: usb_modeswitch did not switch it
    StatedState("said:storage-mode",
                # "is recognized as a mere USB drive", "wakes up when plugged in as a CDROM"
                r"\b(?:shows?|lists?|listed|appears?|detect\w*|recogni[sz]\w*|seen|comes? up|shows? up|wakes? up|"
                # "the device starts out as a USB disk", "it starts up as a CD-ROM"
                r"plugged in|enumerat\w*|identifie[sd]|presents? itself|start(?:s|ed)?(?: out| up| off)?)\b[^.!?]{0,40}"
                # (never shown "not as storage": "lsusb shows the modem, as modem not as storage")
                r"\b(?<!\bnot )(?<!\bnot just )(?:as|like) (?:a |an )?(?:mere |simple |plain |normal |ordinary |generic |regular )?"
                # the kernel driver's name as the kind: "detected as usb-storage", "recognized as usb-storage device"
                r"(?:usb[ -]|mass |virtual |removable )?(?:storage|cd(?:-?rom)?|mass[ -]storage|flash drive|drive|thumb ?drive|"
                r"pen ?drive|disk)\b" + prose_grammar.STORAGE_ONE_OF_SEVERAL + r"|"
                # only the stick's driver disk: "Ubuntu only mounts a read-only disk with the Windows drivers on it"
                r"\bonly\s+(?:mounts?|mounted|shows?|sees?|gets?)\s+(?:a\s+|an\s+|the\s+)?(?:read-only\s+|small\s+|virtual\s+)?"
                r"(?:cd(?:-?rom)?|disk|drive)\s+with\s+(?:the\s+)?(?:windows\s+|win32\s+)?(?:drivers?|software|installer)\b|"
                # only a storage device listed for it: "dmesg only shows a usb-storage device with a CD-ROM"
                r"\bonly\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:usb[ -]storage|mass[ -]storage|cd-?rom|storage)\s+(?:device|drive|disk)\b|"
                # the id never changes to the modem's: "the product id not change", "the PID never changes"
                r"\b(?:product\s+id|pid|usb\s+id|vid:pid)\s+(?:does(?:n't| not)\s+|did(?:n't| not)\s+|never\s+|not\s+)chang\w*|"
                # the install CD mounted by the desktop: "it is mounted as a CD", "shows up as a drive"
                r"\b(?:mounted|mounts|shows?(?: up)?|appears?)\s+as\s+(?:a |an )?(?:usb |cd |dvd |virtual |removable )?(?:cd\b|drive\b)"
                + prose_grammar.STORAGE_ONE_OF_SEVERAL + r"|"
                r"\b(?:stays?|stuck|remains?|still)\b(?:(?!not\b|n't|never\b)[^.!?]){0,20}\bin (?:the |its )?(?:usb |mass |virtual )?"
                r"(?:storage|cd-?rom|mass[ -]storage|zero-?cd)"
                r"(?: mode)?\b|"
                # (not a radio that never switches on, nor a modem that will not switch from data to command mode
                # after "+++" or to another radio technology)
                r"\b(?:does|do|did|will|would)(?: not|n't) (?:switch|modeswitch)\b(?!" + _SWITCH_NOT_USB + r")|"
                r"\bnever switch(?:es|ed)?\b(?!" + _SWITCH_NOT_USB + r")|"
                # the switch tried and not done: "usb_modeswitch fails to switch the USB stick", "the dongle is not
                # recognized, not switched properly" (not a radio "switched on", a network "switched to LTE")
                r"\b(?:fails?|failed|unable|not able)\s+to\s+(?:mode-?)?switch\s+(?:the\s+|my\s+|this\s+|its\s+)?(?:usb\s+|3g\s+|"
                r"lte\s+|4g\s+|[A-Z][\w-]*\s+)?(?:usb\s+)?(?:stick|dongle|device|modem|it)\b|"
                r"\bnot\s+(?:(?:properly|correctly|successfully)\s+)?(?:mode-?)?switched\b(?!\s+(?:on|off|to|from|over|back)\b)|"
                # its storage found and its modem not: "It detects the storage media but fails to detect the modem"
                r"\b(?:detect\w*|recogni[sz]\w*|sees?|shows?|finds?)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:usb\s+|mass\s+)?"
                r"(?:storage|cd-?rom|flash\s+drive|drive|disk)(?:\s+(?:media|device|part|drive))?\b[^.!?]{0,20}?\bbut\b"
                r"[^.!?]{0,30}?(?:\bnot\b|n't\b|\bfails?\s+to\b|\bnever\b|\bunable\s+to\b)[^.!?]{0,20}?\bmodem\b|"
                # the stick's two identities told as its flip-flop: "it alternates between being a modem and being a dumb USB
                # storage device", "it flips between a CD-ROM and a modem"
                r"\b(?:alternat\w*|flip\w*|flop\w*|toggl\w*|switch(?:es|ing))\s+between\s+" + _BEING + r"(?:an?\s+)?"
                r"(?:(?:\w+\s+){0,3}?(?:storage|cd-?rom|drive|disk)\w*(?:\s+(?:device|drive))?(?:\s+\w+){0,3}?\s+and\s+" + _BEING +
                r"(?:an?\s+)?(?:\w+\s+)?modem|(?:\w+\s+)?modem\s+and\s+" + _BEING + r"(?:an?\s+)?(?:\w+\s+){0,3}?(?:storage|cd-?rom|drive|disk))\b|"
                # only SCSI nodes appear for it (usb-storage's disk, CD-ROM and generic nodes: sdX, srN, sgN), with the
                # modem or its missing serial ports named: "I could see only 3 additional sg0, sg1, sdb entries in /dev
                # and there are no USBtty0 ... which supposed to be created by Huawei modem"
                r"\b(?:modem|stick|dongle)\b[^.!?]{0,60}?" + _ONLY_SCSI_NODES + r"|"
                + _ONLY_SCSI_NODES + r"[^.!?]{0,80}?\b(?:modem|stick|dongle|ttyUSB\d*|USBtty\d*)",
                "lsusb; lsusb -t (only usb-storage bound); journalctl -b | grep -i usb_modeswitch",
                # the storage kind denied: "lsusb shows the modem (as modem, not as storage)", "it comes up as a modem rather
                # than a CD-ROM" (storage named after the modem it is not: "as a drive instead of as a modem" stays read)
                unless=r"\b(?:not|rather\s+than|instead\s+of|and\s+no\s+longer)\s+(?:as\s+|like\s+)?(?:a\s+|an\s+)?(?:usb[ -]|mass\s+|"
                       r"virtual\s+)?(?:storage|cd-?rom|mass[ -]storage|drive|disk)\b|"
                       r"\b(?:card\s+reader|SD\s+card|memory\s+card|(?:stick|drive|disk)\s+with\s+(?:the\s+|my\s+|our\s+)?(?:photos|pictures|"
                       r"files|music|documents|backups?))\b"),
    # the same in other languages: Portuguese "é montado como pen drive e não como modem", Spanish "lo reconoce como un
    # CD-ROM", Italian "viene riconosciuto come memoria di massa", German "wird als CD-ROM erkannt", French "il est vu
    # comme un lecteur CD"
    # the stick has to be mode-switched with usb_modeswitch before its modem shows: "these sticks have to be switched
    # with usb-modeswitch first", "the LM-629HUL needs its mode changed through usb_modeswitch"; Korean "usb-modeswitch를
    # 통해 mode를 변경해 줘야 합니다" (the mode must be changed through usb-modeswitch)
    StatedState("said:storage-mode",
                r"(?<!\bnot\s)(?<!n't\s)\b(?:has|have|needs?|must)\s+(?:to\s+)?be\s+(?:mode[- ]?)?switched\s+(?:first\s+)?(?:with|by|via|"
                r"using|through)\s+usb[_-]?mode[_-]?switch\b|"
                r"(?<!\bnot\s)(?<!n't\s)\b(?:needs?|has|have|must)\s+(?:to\s+)?(?:have\s+)?(?:its|their)\s+mode\s+(?:changed|switched)\s+"
                r"(?:with|by|via|using|through)\s+usb[_-]?mode[_-]?switch\b|"
                r"usb[_-]?mode[_-]?switch\S*\s*(?:를|을|로)?\s*(?:통해|이용해|이용하여|사용해|사용하여|써서)\s*(?:mode|모드)\s*(?:를|을)?\s*"
                r"(?:변경|전환|바꿔)",
                "lsusb; lsusb -t (only usb-storage bound); journalctl -b | grep -i usb_modeswitch"),
    # a new drive turns up where the modem should: "a new CD drive appears on the desktop", "all I get is a new USB drive";
    # Indonesian "di desktop muncul drive baru" (a new drive appears on the desktop), "terdeteksi sebagai CD-ROM"
    StatedState("said:storage-mode",
                r"\b(?:a|an|the|one)\s+new\s+(?:cd(?:-?rom)?\s+|dvd\s+|usb\s+|removable\s+|virtual\s+|mass[ -]storage\s+)?"
                r"(?:drive|disk|cd(?:-?rom)?|volume|storage\s+device)\s+(?:\w+\s+)?(?:appears?|appeared|shows?\s+up|showed\s+up|"
                r"pops?\s+up|popped\s+up|is\s+mounted|was\s+mounted|gets\s+mounted|got\s+mounted|comes?\s+up|came\s+up)\b|"
                r"\b(?:all|only\s+thing)\s+(?:I|we)\s+(?:get|got|see|saw)\s+is\s+(?:a|an)\s+(?:new\s+)?(?:virtual\s+)?(?:cd(?:-?rom)?\s+|"
                r"usb\s+|removable\s+)?(?:drive|disk|cd(?:-?rom)?)\b|"
                r"\bmuncul\s+(?:sebuah\s+)?(?:drive|disk|cd(?:-?rom)?|flash\s*dis[ck])\s+baru\b|"
                r"\b(?:drive|cd(?:-?rom)?)\s+baru\s+(?:muncul|terdeteksi)\b|"
                r"\b(?:terdeteksi|terbaca|dikenali)\s+sebagai\s+(?:sebuah\s+)?(?:cd(?:-?rom)?|flash\s*dis[ck]|drive|storage|penyimpanan)\b",
                "lsusb; lsusb -t (only usb-storage bound); journalctl -b | grep -i usb_modeswitch",
                # the modem came up beside the drive: "the new drive appears, and the modem too"
                unless=r"\bmodem\s+(?:\w+\s+)?(?:too|as\s+well|also)\b|\b(?:and|plus)\s+(?:the\s+|a\s+)?modem\s+(?:appears|shows|is\s+there)|"
                       r"\btidak\s+lagi\b"),
    # the stick's storage function (its micro-SD reader, its virtual CD: the usb-storage interfaces of a stick not yet
    # switched, knowledge.md 2.5) told as what the system takes it for, the modem denied beside it: "the system detects
    # my dongle as a memory card reader, not as a modem", "it gets recognized as a USB memory stick but not as a 3G
    # modem"; or the virtual CD alone where the modem should be: "half the time it's only a virtual CD-ROM"
    StatedState("said:storage-mode",
                r"\b(?:identifie[sd]|identify|recogni[sz]e[sd]?|detect(?:s|ed)?|seen|sees?|treat(?:s|ed)?|shows?\s+up|showed\s+up|"
                r"appears?|appeared|mounted|mounts|registers?|registered)\s+(?:\w+\s+){0,3}?(?:as|like)\s+(?:a\s+|an\s+|the\s+)?"
                r"(?:(?:micro[- ]?)?SD\s+|memory\s+|flash\s+|usb\s+|multi-?)?(?:card[ -]?readers?|memory\s+cards?|memory\s+sticks?|"
                r"usb\s+sticks?|flash\s+drives?|pen\s*drives?|storage\s+devices?|usb\s+drives?|cd(?:-?rom)?(?:\s+drives?)?)\b"
                r"[^.!?]{0,30}?(?:,\s*|\s+)(?:and\s+|but\s+)?(?:not|never)\s+(?:as\s+|like\s+)?(?:a\s+|an\s+)?"
                r"(?:(?:[345]G|LTE|GSM|USB|UMTS|HSDPA|HSPA|mobile|broadband)\s+)*(?:modem|dongle)\b|"
                r"\b(?:it'?s|it\s+is|it\s+was|(?:it\s+)?(?:shows?|showed)\s+(?:up\s+)?as)\s+(?:just|only|merely|simply)\s+"
                r"(?:as\s+)?(?:a\s+|an\s+)?(?:usb|virtual)\s+(?:cd(?:-?rom)?|mass[ -]storage(?:\s+device)?)\b|"
                # the id seen denied as the modem: "this is not the real modem, just a virtual usb disk"
                r"\bnot\s+(?:the\s+|a\s+|an\s+)?(?:real|actual)\s+(?:\w+\s+)?modem\b[^.!?]{0,20}?\b(?:just|only|merely|but)\s+"
                r"(?:a\s+|an\s+)?(?:virtual\s+|fake\s+)?(?:usb\s+)?(?:disk|drive|cd(?:-?rom)?|(?:mass[ -])?storage(?:\s+device)?)\b|"
                # the ZeroCD (the install CD of a stick not yet switched) as all there is: "doesn't detect itself as modem,
                # Zero-CD only", "only the ZeroCD shows up"
                r"\bzero-?cd\s+only\b(?!\s+(?:if|when|for|after|once|while)\b)|\bonly\s+(?:as\s+)?(?:a\s+|the\s+|its\s+)?zero-?cd\b|"
                # the storage part taken in the modem's place: "the router mounts the virtual CD-ROM instead of the modem",
                # "Linux detects the mass storage part rather than the 3G modem"
                r"\b(?:loads?|loaded|mounts?|mounted|sees|saw|shows?|showed|detects?|detected|brings?\s+up|picks?\s+up)\s+"
                r"(?:the\s+|its\s+|a\s+|an\s+)?(?:virtual\s+)?(?:cd(?:-?rom)?|mass[ -]storage|storage|flash\s+drive|usb\s+drive)"
                r"(?:\s+\w+)?\s+(?:before|instead\s+of|rather\s+than)\s+(?:the\s+|its\s+|a\s+)?(?:[345]G\s+|LTE\s+|GSM\s+|USB\s+)?"
                r"modem\b",
                "lsusb; lsusb -t (only usb-storage bound); journalctl -b | grep -i usb_modeswitch"),
    # the switch happens only when the person runs usb_modeswitch by hand: what should run it on plug-in (its udev rule,
    # usb_modeswitch@.service, the dispatcher) does not, so the stick stays at its storage id by itself ("it no longer
    # automatically switches modem's mode, however it still works when executed manually", "the modem is switched only
    # when I run usb_modeswitch myself")
    StatedState("said:storage-mode",
                r"\b(?:usb[_-]?mode[_-]?switch|usbmode)\b" + _SAME + r"{0,150}?\b(?:works?|switch(?:es|ed)?(?:\s+it)?|succeeds?)\b"
                r"[^.!?\n]{0,20}?\b(?:when|once|after)\s+(?:I\s+|we\s+)?(?:run|ran|execut\w+|call\w*|start\w*|invok\w+|launch\w*|"
                r"trigger\w*)\b[^.!?\n]{0,30}?\b(?:manually|by\s+hand|myself|from\s+(?:the\s+)?(?:command\s+line|terminal|shell|console))\b|"
                # what should run it does not: "udev no longer runs usb_modeswitch", "udev does not call usb_modeswitch"
                r"\b(?:udev|systemd|the\s+udev\s+rule|the\s+(?:udev\s+)?dispatcher)\s+(?:\w+\s+)?(?:does(?:n't|\s+not)|did(?:n't|\s+not)|"
                r"no\s+longer|never|fails?\s+to|won't)\s+(?:run|runs|call|calls|start|starts|execute|executes|launch|launches|"
                r"trigger|triggers|invoke|invokes)\s+usb[_-]?mode[_-]?switch\b|"
                r"\b(?:switch(?:es|ed)?|works?)\b[^.!?\n]{0,20}?\bonly\s+(?:when|if|after)\s+(?:I\s+|we\s+)?(?:run|call|start|execute|"
                r"invoke|launch)\s+usb[_-]?mode[_-]?switch\b|"
                r"\busb[_-]?mode[_-]?switch\b[^.!?\n]{0,60}?\b(?:works?|switch(?:es|ed)?(?:\s+it)?)\s+(?:fine\s+|well\s+|ok\s+)?"
                r"(?:manually|by\s+hand|from\s+(?:the\s+)?(?:command\s+line|terminal|shell|console))\b|"
                # the automatic run told as missing: "usb_modeswitch is not triggered automatically", "usb_modeswitch doesn't
                # run automatically on boot", "usb_modeswitch isn't automatically started"
                r"\busb[_-]?mode[_-]?switch\s+(?:is|was|does|did|gets|got)(?:n't|\s+not)\s+(?:(?:being\s+|get\s+)?automatically\s+"
                + _MODESWITCH_RUN + r"|(?:being\s+|get\s+)?" + _MODESWITCH_RUN + r"[^.!?\n]{0,30}?\bautomatic(?:ally)?)\b|"
                # the stick as the one that does not set it off: "the Huawei modem doesn't automatically trigger usb_modeswitch"
                r"\b(?:modem|stick|dongle|device)\b[^.!?\n]{0,30}?\b(?:does|did)(?:n't|\s+not)\s+(?:\w+\s+){0,2}?trigger\s+"
                r"(?:\w+\s+)?usb[_-]?mode[_-]?switch\b|"
                # "the modem only works after I run usb_modeswitch manually"
                r"\bonly\s+(?:works?|switch(?:es|ed)?)\s+(?:after|when|once)\s+(?:I\s+|we\s+)?(?:run|ran|start|started|call|called|"
                r"execute|executed|invoke|launch)\s+usb[_-]?mode[_-]?switch\b",
                "journalctl -b | grep -i usb_modeswitch; ls /lib/udev/rules.d/*usb_modeswitch*; systemctl status 'usb_modeswitch@*'"),
    # the post sets up the connection with OpenWrt's ModemManager protocol (luci-proto-modemmanager, proto
    # 'modemmanager'), whose 'option device' must be the modem's sysfs path (openwrt/packages
    # net/modemmanager/files/lib/netifd/proto/modemmanager.sh:596-609, README.md:17,32)
    StatedState("said:openwrt-mm-proto",
                r"\bluci-proto-modemmanager\b|\bproto(?:col)?\s+['\"]?modemmanager\b|"
                r"\b(?:modem ?manager|modemmanager) (?:proto(?:col)?|netifd protocol)\b(?! is not)",
                "uci show network | grep -E 'proto|device'; mmcli -m any | grep -i 'device:'",
                unless=r"(?:n't|\b(?:not|never|without|no longer))\s+(?:use|using|install\w*|have|run\w*)\b"),
    # the router runs OpenWrt (or its LEDE fork): its images carry modem drivers only as kmod packages. Where the
    # modem sits is named in a wish or an attempt too ("I need to load drivers for it on openwrt"): no hedge reads it
    StatedState("said:openwrt", r"\b(?:OpenWrt|LEDE)\b", "cat /etc/openwrt_release", context=True, suspected=True),
    # the trouble began with a factory reset: "after a factory reset ... this problem started", "since I reset the router to
    # factory defaults the modem no longer works". On OpenWrt the reset (firstboot, the reset button) erases the overlay
    # (rootfs_data), where every package installed with opkg after flashing lives (Onion-Docs Omega2 Factory-Reset.md: the
    # rootfs_data partition holds "packages that were installed using opkg (that were not included in the firmware)")
    StatedState("said:broke-after-factory-reset",
                r"\b(?:since|after)\s+(?:(?:a|the|my|doing\s+a|I\s+did\s+a)\s+)?factory[ -]?reset\w*\b" + _SAME + r"{0,80}?" + _BROKE_EN + r"|"
                r"\b(?:since|after)\s+(?:I\s+|we\s+)?reset(?:ting)?\s+(?:it|the\s+[\w-]+|my\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:the\s+)?factory\s+"
                r"(?:defaults?|settings)\b" + _SAME + r"{0,80}?" + _BROKE_EN + r"|" +
                _BROKE_EN + r"\s+(?:\w+\s+){0,3}?(?:since|after)\s+(?:a|the|my)\s+factory[ -]?reset\b",
                "cat /etc/openwrt_release; opkg list-installed | grep -E 'kmod-usb-serial|kmod-usb-net|uqmi|umbim|comgt|modemmanager'",
                unless=r"\b(?:reinstall\w*|installed\s+(?:it\s+|them\s+)?again|works?\s+again|working\s+again|fixed|solved)\b"),
    *_in_each_language("said:broke-after-factory-reset", {
        "de": r"\b(?:nach|seit)\s+(?:dem|einem)\s+(?:Zurücksetzen\s+auf\s+(?:die\s+)?Werkseinstellungen|Werksreset|Factory-?Reset|"
              r"Reset\s+auf\s+(?:die\s+)?Werkseinstellungen)\b[^.!?\n]{0,80}?(?:\bnicht\s+mehr\b|\bkaputt\b|\bfunktioniert\s+nicht\b|Problem)",
        "es": r"\b(?:desde|despu[eé]s\s+de)\s+(?:un|el|hacer\s+un)\s+(?:reset(?:eo)?|restablecimiento|reinicio)\s+(?:de|a)\s+(?:los\s+)?"
              r"(?:f[aá]brica|valores\s+de\s+f[aá]brica)\b[^.!?\n]{0,80}?(?:\bdej[oó]\s+de\s+funcionar|\bya\s+no\b|\bno\s+funciona|problema)",
        "pt": r"\b(?:desde|depois\s+de|ap[oó]s)\s+(?:um|o)\s+(?:reset|restauro|restaura[cç][aã]o)\s+(?:de|para)\s+(?:o\s+)?"
              r"(?:f[aá]brica|padr[aã]o\s+de\s+f[aá]brica)\b[^.!?\n]{0,80}?(?:\bparou\s+de\s+funcionar|\bn[aã]o\s+funciona|\bj[aá]\s+n[aã]o\b|problema)",
        "fr": r"\b(?:depuis|apr[eè]s)\s+(?:une|la)\s+(?:r[eé]initialisation|remise)\s+(?:d'usine|usine|aux\s+param[eè]tres\s+d'usine|"
              r"[aà]\s+z[eé]ro)\b[^.!?\n]{0,80}?(?:\bne\s+\w+\s+plus\b|\bplus\s+rien\b|\bne\s+fonctionne\s+pas\b|probl[eè]me)",
        "zh": r"恢复出厂(?:设置)?\S{0,6}?(?:后|之后|以后)\S{0,30}?(?:不能用|用不了|不工作|无法|识别不到|不识别)",
        "ja": r"(?:初期化|工場出荷(?:時の)?状態に戻)\S{0,10}?(?:後|してから|したら)\S{0,30}?(?:使えな|繋がらな|つながらな|認識しな|動かな)",
    }, "cat /etc/openwrt_release; opkg list-installed | grep -E 'kmod-usb-serial|kmod-usb-net|uqmi|umbim|comgt|modemmanager'"),
    # the person put the module into its emergency download (EDL/QDL, 05c6:9008) or recovery mode on purpose: shorted
    # its test points or boot pins, pressed an EDL button, "adb reboot edl", "forced it into download mode". Its boot
    # loader's id is then the person's doing, not a sign the firmware failed to start
    StatedState("said:forced-download-mode",
                r"\btest[- ]?points?\b|"
                r"\b(?:short\w*|bridg\w*|jumper\w*|connect\w*)\s+(?:the\s+)?(?:EDL|boot|USB_BOOT|force[_ ]?boot|FORCE_USB_BOOT)\s*"
                r"(?:pins?|pads?|points?|signal)\b|\bEDL\s+(?:button|pins?|pads?|jumper|cable)\b|\badb\s+reboot\s+edl\b|"
                r"\bforc\w*\s+(?:it\s+|the\s+(?:\w+\s+)?(?:modem|module|card|device)\s+)?(?:in)?to\s+(?:the\s+)?(?:EDL|emergency\s+download|"
                r"download|recovery|QDL|9008)\s+mode\b",
                "lsusb (05c6:9008 only while the pins are shorted); the module's normal boot without them",
                context=True),
    # the person runs a kernel or system image built for the device, by them or for their product: "a custom embedded
    # linux solution", "our custom kernel", "a Yocto build based on kernel 3.18", "a Buildroot image", "my self-compiled
    # kernel". Such a build carries only the drivers its configuration selects (knowledge.md 2.8: typical on embedded
    # images); a router's "custom firmware" is no kernel build of the person's
    StatedState("said:custom-kernel",
                r"\bcustom(?:ized)?\s+(?:embedded\s+)?(?:linux|kernel|(?:linux\s+)?(?:build|image|distro|distribution|BSP))\b|"
                r"\b(?:self|own)[- ](?:built|compiled|made)\s+(?:linux\s+)?(?:kernel|image)\b|"
                r"\b(?:my|our)\s+own\s+(?:\w+\s+)?(?:kernel|linux\s+(?:build|image))\b|"
                r"\b(?:Yocto|Buildroot|PetaLinux|OpenEmbedded)\b|"
                # the writer sets the kernel's configuration: "change kernel options. added: CONFIG_USB_ACM=y", "I enabled
                # CONFIG_USB_SERIAL_OPTION=m in menuconfig", "created a new defconfig" (a Kconfig symbol set to y or m)
                r"\b(?:chang\w*|add\w*|enabl\w*|edit\w*|select\w*|modif\w*|set|tweak\w*)\s+(?:the\s+|my\s+)?kernel\s+(?:options?|config\w*)\b|"
                r"\b(?:I|we)\s+(?:\w+\s+)?(?:added|enabled|set|selected)\b" + _SAME + r"{0,40}?\bCONFIG_[A-Z0-9_]+=[ym]\b|"
                r"\b(?:created?|made|wrote|edited|changed)\s+(?:a\s+|my\s+|the\s+)?(?:new\s+|own\s+)?(?:defconfig|kernel\s+config\w*)\b",
                "uname -a; zcat /proc/config.gz | grep -E 'USB_SERIAL_OPTION|USB_SERIAL_QUALCOMM|USB_NET_QMI_WWAN|USB_NET_CDC_MBIM'",
                context=True, suspected=True),
    # the same trouble on two systems named together ("the ttyUSB devices would not show up in either RPI OS or OpenWRT",
    # "it fails on both Ubuntu and OpenWrt", "Both Raspberry Pi OS and OpenWrt"): not one system's missing packages
    StatedState("said:on-two-systems",
                r"\b(?:either|both|neither)\s+(?:the\s+)?(?:\w+\s+){0,3}?" + _SYSTEM_NAME + r"(?:\s+v?\d[\w.]*)?\s+(?:or|and|nor)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                + _SYSTEM_NAME + r"\b",
                "the same modem and output under each system", context=True, suspected=True),
    # the modem's device node never shows in /dev ("the 4G device doesn't show in the /dev/ directory", "I dont see
    # the device"); not seeing it in lsusb or lspci is said:not-on-usb / said:not-on-pci
    StatedState("said:modem-node-not-shown",
                r"\b(?:does(?:n[’']?t| not)|do(?:n[’']?t| not)|did(?:n[’']?t| not)|never)\s+(?:show|appear)\w*\s+(?:up\s+)?in\s+"
                r"(?:the\s+)?/dev\b|\bnothing\s+(?:new\s+)?(?:shows? up|appears?)\s+in\s+(?:the\s+)?/dev\b|"
                r"\bI\s+(?:do(?:n[’']?t| not)|can(?:[’']t|not|t))\s+see\s+(?:the|any|a)\s+(?:\w+\s+)?(?:device|modem)\b|"
                # "I see no new /dev/ devices", "there are no new device nodes in /dev"
                r"\b(?:see|get|got|find|found|have|there\s+(?:are|is|were|was))\s+no\s+(?:new\s+|additional\s+|extra\s+)?(?:/dev/?\s*"
                r"(?:devices?|nodes?|entries|files)|device\s+(?:nodes?|files)\s+in\s+/dev)\b|"
                # no modem node at all: "there's no /dev/ttyUSB0", "I don't have any /dev/cdc-wdm0"
                r"\b(?:there(?:'s|\s+is|\s+was|\s+are|\s+were)|I\s+(?:have|got|get|see|saw))\s+no\s+/dev/(?:ttyUSB|cdc-wdm|wwan|ttyACM)\w*|"
                r"\bI\s+(?:do(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:have|get|see)\s+(?:any\s+|a\s+)?/dev/(?:ttyUSB|cdc-wdm|wwan|ttyACM)\w*",
                "ls /dev/cdc-wdm* /dev/ttyUSB* /dev/wwan*; ls /sys/bus/usb/drivers",
                # where it is not seen names another layer: the bus (said:not-on-usb), or a program's list of modems
                unless=r"\b(?:lsusb|lspci|bus|dmesg|mmcli|ModemManager|NetworkManager|nmcli|LuCI|GUI|web ?UI|interfaces? (?:page|tab))\b"),
    # the data call is up but the host has no address
    StatedState("said:connected-no-ip",
                r"\b(?:connect\w*|register\w*|online|attached)\b[^.]{0,80}\b(?:but|yet|however)\b[^.]{0,60}"
                r"(?:(?:no|without(?: an?)?|n't (?:get|obtain|receive|have)(?: an?)?|not (?:get|obtain|receive)\w*(?: an?)?"
                r"|never (?:gets?|got|obtains?)(?: an?)?|fails? to (?:get|obtain)(?: an?)?)\s+"
                r"(?:\w+ )?(?:IP|IPv4|address|DHCP lease|lease|IP configuration))",
                "ip addr show; ip route; mmcli -b 0 (the bearer's IP settings)"),
    # the data session is up, as the person read it from the connecting program: "the bearer is connected",
    # "mmcli shows connected: yes", "qmicli says Network started", "the data call is established", "connected to the
    # operator". Context, no fault: beside an interface without address, or down, it is the host side left
    # unconfigured (rules/stated-connected-no-ip.yaml; knowledge.md 2.18)
    StatedState("said:data-session-up", _SESSION_UP,
                "mmcli -b 0 (connected: yes); qmicli -p -d /dev/cdc-wdmN --wds-get-packet-service-status", context=True),
    # a firmware update whose module never entered its download mode and rebooted straight into the running
    # (application) firmware: "the modem does not go into download mode", "it goes straight back into application
    # mode". Context, no fault: qmi-firmware-update asked for the firmware and carrier already installed, so the
    # module just reboots with the existing image and the updater then ends with "unsupported download protocol";
    # --override-download forces download mode (libqmi maintainer, lists.freedesktop.org libqmi-devel; real case
    # sierra-qmi-firmware-update-unsupported-download-protocol-same-firmware-already-installed-no-download-mode)
    # the modem found sitting in its boot loader's fastboot mode, not put there for a flash: "the modem was detected as an
    # 'Android Bootloader Interface'", "the EC20 is stuck in fastboot mode". A Qualcomm module's boot loader (Quectel's
    # LK/aboot) enumerates as the Android fastboot device when the modem image does not boot (knowledge.md: the modem
    # "may fall into fastboot mode"; firmware-bug-or-crash: boot-loader, download or fastboot mode)
    StatedState("said:boot-loader-mode",
                r"\b(?:detected|recogni[sz]ed|shows?\s+up|showed\s+up|appears?|appeared|enumerat\w*|listed|seen|identified)\s+"
                r"(?:only\s+)?as\s+(?:an?\s+|the\s+)?[\"'“‘]?Android\s+Boot\s*loader\s+Interface\b|"
                r"\b(?:stuck|hangs?|hung|sits?|sitting|remains?|stays?|stayed|trapped|locked)\s+(?:\w+\s+)?in\s+(?:the\s+|its\s+)?"
                r"(?:fastboot|boot\s*loader)(?:\s+mode)?\b",
                "lsusb (the Android fastboot id 18d1:d00d instead of the modem's); fastboot devices; fastboot continue",
                unless=r"\b(?:AT\+QFASTBOOT|adb\s+reboot|(?:I|we)\s+(?:\w+\s+)?(?:put|sent|switched|rebooted|booted)\b)|" + _NOW_FIXED),
    StatedState("said:no-download-mode",
                r"\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|never|won't|will\s+not|fails?\s+to|failed\s+to)\s+"
                r"(?:go|enter|switch|boot|reboot|get|stay)\w*\s+(?:(?:in)?to\s+|in\s+)?(?:the\s+)?(?:download|QDL|boot\s+and\s+hold)"
                r"\s+mode\b|"
                r"\b(?:straight|directly|right)\s+(?:back\s+)?(?:in)?to\s+(?:the\s+)?(?:application|app|normal|regular)\s+mode\b",
                "qmi-firmware-update --update-download ... --override-download (the same firmware and carrier are "
                "already installed: the module reboots into them instead of its download mode)", context=True),
    # the host's network interface is down: "wwan0 stays DOWN", "the wwan interface is still down", "state DOWN"
    StatedState("said:iface-down",
                r"\b" + _WWAN_IFACE + r"\s+(?:\w+\s+){0,2}?(?:is|stays?|stayed|remains?|remained|was|keeps?\s+being)\s+"
                r"(?:still\s+|always\s+)?(?:in\s+(?:state\s+)?)?(?:DOWN|down|not\s+up)\b|\b(?:in\s+)?state\s+DOWN\b",
                "ip link show WWAN_IFACE", unless=_NOW_FIXED),
    # the connecting program leaves the interface to the host, as a maintainer or the person says it: "ModemManager
    # never configures the network interface", "qmicli does not set the IP address", "MM only establishes the data
    # bearer", "you need to bring wwan0 up yourself" (knowledge.md 2.18: for MM, NetworkManager does it)
    StatedState("said:iface-left-to-host",
                r"\b" + _NO_IFACE_SETUP + r"\s+(?:\w+\s+)?(?:configure|set\s*up|bring\s+up|assign|set|apply|handle|touch)\w*\s+"
                r"(?:the\s+|any\s+|an?\s+)?(?:network\s+|IP\s+|wwan\s+|host\s+|data\s+)?(?:interface|netdev|address|IP|addresses|"
                r"routes?|routing|DNS)\b|\b" + _CONNECTORS + r"\s+(?:only|just|merely)\s+(?:establish|connect|bring|set|start|"
                r"activat|create|open)\w*\b" + _SAME + r"{0,30}?\b(?:bearer|data\s+(?:call|session|connection)|connection|"
                r"PDP\s+context|session)\b|"
                r"\byou\s+(?:need|have|must)\s+(?:to\s+)?(?:bring|set)\s+(?:" + _WWAN_IFACE + r"|it)\s+up\s+(?:yourself|"
                r"manually|by\s+hand)\b",
                "ip addr show; ip route; mmcli -b 0 (the bearer's IP settings)"),
    # the person does the host side by hand and only then it works: "it only works after I run dhclient wwan0 by
    # hand", "the connection becomes functional only if I force the wwan interface up", "I have to bring wwan0 up
    # myself after every boot" (knowledge.md 2.18: nothing brought the interface up or ran the address setup)
    StatedState("said:iface-left-to-host",
                r"\b(?:works?|working|functional|usable|goes\s+online|gets?\s+(?:an?\s+)?(?:IP|address))\s+(?:again\s+)?(?:only\s+)?"
                r"(?:after|if|when|once)\s+(?:I|we|you)\s+(?:\w+ly\s+|by\s+hand\s+|then\s+)?" + _HOST_SETUP_BY_HAND + r"|"
                r"\b(?:I|we)\s+(?:still\s+)?(?:have|had|need|needed|must)\s+to\s+(?:\w+ly\s+)?" + _HOST_SETUP_BY_HAND + _SAME +
                r"{0,40}?\b(?:manually|myself|ourselves|by\s+hand|every\s+time|each\s+time|after\s+(?:every|each)\s+(?:re)?boot)\b",
                "ip link show WWAN_IFACE; ip addr show; ip route; what runs the DHCP client or the bearer's settings at boot",
                unless=_NOW_FIXED),
    # the bearer's IP settings never put on the host's interface: "it doesn't add the ipv4 address to my wwan0 device" (the
    # address found with mmcli -b 0), "that address is never assigned to wwan0", "the IP configuration does not get applied
    # to the wwan interface"; or the interface set up but the bearer's DNS servers left out: "the interface is setup ok only
    # the dns is missing" (knowledge.md 2.18: with ModemManager the connection manager applies the bearer's settings)
    StatedState("said:iface-left-to-host",
                r"\b(?:do(?:es)?(?:n't|\s+not)|did(?:n't|\s+not)|never|won't)\s+(?:\w+\s+)?(?:add|assign|apply|set|put|configure)\s+"
                r"(?:the\s+|its\s+|that\s+|any\s+)?(?:\w+\s+)?" + _BEARER_SETTING + r"\s+(?:to|on|onto)\s+(?:the\s+|my\s+|its\s+)?"
                + _HOST_LINK + r"|\b" + _BEARER_SETTING + _SAME + r"{0,30}?\b(?:is|are|was|were|gets?|got|does|do|did)(?:(?:n't|\s+not|\s+never)\s+(?:ever\s+|even\s+)?|\s+(?:never|not)\s+)"
                r"(?:get\s+)?(?:added|assigned|applied|set|put|configured)\s+(?:to|on|onto)\s+(?:the\s+|my\s+|its\s+)?"
                + _HOST_LINK + r"|"
                r"\bonly\s+(?:the\s+)?DNS(?:\s*v?[46])?(?:\s+servers?|\s+addresses)?\s+(?:\w+\s+){0,4}?(?:is|are|was|were)\s+"
                r"(?:missing|absent|not\s+(?:set|applied|configured|there))\b",
                "mmcli -b 0 (the bearer's IP settings); ip addr show; ip route; cat /etc/resolv.conf",
                unless=_NOW_FIXED + r"|\?"),
    # the connection profile not brought up at boot: the person switches mobile data off and on by hand after each boot
    # ("mobile data needs to be toggled on/off after every reboot", "after every reboot the mobile data connection isn't
    # activated", "it doesn't work until I toggle mobile data"): the modem is there, the host side was not set up
    StatedState("said:iface-left-to-host",
                r"\b" + _DATA_PROFILE + r"\s+(?:\w+\s+)?(?:needs?|has|have|had|must)\s+(?:to\s+)?(?:be\s+)?(?:manually\s+)?" + _TOGGLED +
                _SAME + r"{0,40}?" + _AT_BOOT_OR_BY_HAND + r"|"
                r"\b(?:I|we)\s+(?:still\s+)?(?:have|had|need|needed|must)\s+to\s+(?:manually\s+)?" + _TOGGLED + r"\s+(?:\w+\s+){0,2}?" +
                _DATA_PROFILE + _SAME + r"{0,40}?" + _AT_BOOT_OR_BY_HAND + r"|" + _AT_BOOT_OR_BY_HAND + _SAME + r"{0,30}?\b" + _DATA_PROFILE +
                r"\s+(?:is|are|was|were|does|do|did)(?:n't|\s+not)\s+(?:get\s+)?(?:activated|connected|brought\s+up|up|started|enabled|"
                r"come\s+up)\b|"
                r"\b(?:do(?:es)?(?:n't|\s+not)|won't|never)\s+(?:\w+\s+)?work\s+(?:\w+\s+)?(?:until|before|unless)\s+(?:I\s+|we\s+|you\s+)?"
                + _TOGGLED + r"\s+(?:\w+\s+){0,2}?" + _DATA_PROFILE,
                "nmcli connection show (autoconnect of the mobile profile); ip addr show; ip route"),
    # the mobile connection not brought up when the Wi-Fi uplink goes away (_WIFI_GONE): "mobile data fails every time after
    # disconnecting from wifi", "when I walk out of range of my wifi the LTE connection does not take over"; the
    # connection exists but nothing activates it (knowledge.md 2.18 interface-down-or-unconfigured)
    StatedState("said:no-mobile-after-wifi",
                _MOBILE_DATA + _NOT_TAKING_OVER + _SAME + r"{0,40}?" + _WIFI_GONE + r"|" + _WIFI_GONE + _SAME + r"{0,40}?" +
                _MOBILE_DATA + _NOT_TAKING_OVER,
                "nmcli connection show --active; nmcli device status; journalctl -b -u NetworkManager | grep -i gsm",
                unless=_NOW_FIXED),
    # the modem's interface is defined with a static address where the link needs a DHCP (DHCPv6) client: "the v6 interface
    # should be configured as a DHCPv6 client, not a static address", "wan6 is set to proto static but it needs dhcpv6",
    # "the script creates it with a static address instead of DHCP". A person's "should" here is the fix, not a hedge
    StatedState("said:iface-static-needs-dhcp",
                _DHCP_CLIENT_NEEDED + _SAME + r"{0,20}?,?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?"
                r"(?:static|manual|fixed)\b|"
                r"\b(?:sets?|configured|configures?|created|creates?|defined|defines?|declared|declares?)\s+(?:\w+\s+){0,2}?(?:as|to|with)\s+"
                r"(?:proto(?:col)?\s+)?(?:an?\s+)?"
                r"(?:static|manual)\b" + _SAME + r"{0,40}?\b(?:but|while|where|whereas|although)\b" + _SAME + r"{0,30}?"
                + _DHCP_CLIENT_NEEDED + r"|"
                r"\b(?:static|manual)\s+(?:address|IP|IPv6|IPv4|proto\w*|config\w*)\b" + _SAME + r"{0,20}?\binstead\s+of\s+(?:an?\s+)?"
                r"(?:DHCP(?:v6|v4)?|dhcpv6)\b",
                "cat /etc/config/network (the interface's proto); ip addr show; ip -6 addr show",
                suspected=True, unless=r"^\W*(?:if|when|whether)\b|" + _NOW_FIXED),
    # ... in Chinese: "v6接口协议应配置为DHCPv6客户端，而非静态地址", "静态地址应该改为DHCPv6"
    StatedState("said:iface-static-needs-dhcp",
                r"(?:应|应该|需要|要|得)\S{0,4}?(?:为|成)\s*DHCP(?:v6|v4)?\S{0,8}?(?:而非|而不是|不是|不要|非)\S{0,3}?静态|"
                r"静态\S{0,12}?(?:应|应该|需要|要)\S{0,4}?(?:为|成)\s*DHCP",
                "cat /etc/config/network (the interface's proto); ip addr show; ip -6 addr show",
                suspected=True, unless=CHINESE_CONDITION),
    # the default route does not go through the modem: "the default route still points at eth0", "no default route
    # via wwan0", "the default route was not replaced", "traffic still goes out through wlan0"
    StatedState("said:default-route-elsewhere",
                r"\bdefault\s+route\b" + _SAME + r"{0,30}?\b(?:still\s+|only\s+)?(?:points?|pointed|pointing|goes|go|went|"
                r"going|is(?:\s+going)?|stays?|stayed|remains?|was)\s+(?:still\s+|only\s+)?(?:at|to|via|through|over|on)\s+(?:the\s+)?"
                + _OTHER_UPLINK + r"|\bno\s+default\s+route\b(?!\s+(?:via|through|over|for|on|to)\s+(?:the\s+)?" + _OTHER_UPLINK +
                r")|\bdefault\s+route\b" + _SAME + r"{0,20}?\b(?:(?:is|was|were|are)(?:n't|\s+not)|never|did(?:n't|\s+not))\s+"
                r"(?:get\s+|got\s+|being\s+)?(?:replaced|changed|updated|added|set|created|installed)\b|"
                r"\b(?:all\s+)?(?:traffic|everything|packets)\s+(?:still\s+|always\s+)?(?:goes|go|went|is\s+routed|leaves?|keeps?\s+going|kept\s+going)\s+"
                r"(?:out\s+(?:of\s+)?(?:through\s+|over\s+|via\s+)?|through\s+|over\s+|via\s+)(?:the\s+)?" + _OTHER_UPLINK + r"|"
                # the routing table told: "ip route still only has the default through eth0", "the only default is via wlan0"
                r"\b(?:ip\s+route|route\s+-n|routing\s+table)\b" + _SAME + r"{0,30}?\b(?:has|shows?|lists?)\s+(?:still\s+|only\s+)*"
                r"(?:the\s+|a\s+|one\s+)?default(?:\s+route)?\s+(?:through|via|over|on|to)\s+(?:the\s+)?" + _OTHER_UPLINK + r"|"
                r"\bthe\s+only\s+default(?:\s+route)?\s+(?:is\s+|goes\s+)?(?:through|via|over|on|to)\s+(?:the\s+)?" + _OTHER_UPLINK,
                "ip route; ip route get 9.9.9.9",
                unless=_NOW_FIXED),
    # ... told by the fix the person applies by hand: "Internet only works after I add the default route via ppp0 by
    # hand", "I have to set the default gateway to wwan0 manually" (the connection came up; its route was not installed)
    StatedState("said:default-route-elsewhere",
                r"\b(?:works?|working|internet|traffic|ping\w*|connectivity)\b" + _SAME + r"{0,30}?\b(?:only\s+)?(?:after|once|when)\s+"
                r"(?:I\s+|we\s+)?(?:manually\s+)?(?:add|set|change|replace|fix)\w*\s+(?:the\s+|a\s+)?default\s+(?:route|gateway)\b|"
                r"\b(?:have|had|need|needed|must)\s+to\s+(?:manually\s+)?(?:add|set|change|replace)\s+(?:the\s+|a\s+)?default\s+"
                r"(?:route|gateway)\b",
                "ip route; ip route get 9.9.9.9"),
    # the network refuses the data call for its settings, as the person or a maintainer says it (knowledge.md 2.16):
    # the 3GPP session-management causes in words (TS 24.008 10.5.6.6 / TS 24.301 9.9.4.4: 27 "Missing or unknown APN",
    # 28 "Unknown PDP address or PDP type" / "Unknown PDN type", 29 "User authentication failed", 33 "Requested service
    # option not subscribed"), the APN called wrong, the network rejecting the call, an authentication failure of it
    # no APN given to the modem: "I haven't configured any APN", "the APN is empty", "the sketches leave the APN blank"; a
    # data context without the operator's APN gets no session on networks that do not fill it in (an MVNO's SIM above
    # all); knowledge.md apn-or-bearer-config
    StatedState("said:apn-unset",
                r"\b(?:have(?:n't|\s+not)|has(?:n't|\s+not)|never|did(?:n't|\s+not)|do(?:n't|\s+not))\s+(?:\w+\s+)?(?:set|configured|"
                r"entered|defined|specified|put\s+in|added)\s+(?:an?\s+|any\s+|the\s+)?APN\b|"
                r"\bno\s+APN\s+(?:is\s+|was\s+)?(?:set|configured|defined|entered|specified|given)\b|"
                r"\bAPN\s+(?:is|was|stays|remains)\s+(?:still\s+)?(?:empty|blank|unset|not\s+set)\b|"
                r"\b(?:leaves|left)\s+(?:the\s+)?APN\s+(?:empty|blank|unset)\b",
                "echo 'on the AT port: AT+CGDCONT?'; mmcli -b N (the bearer's APN); the operator's APN",
                unless=r"\b(?:connects?|works?|working|comes\s+up)\s+(?:\w+\s+)?(?:fine|great|perfectly|well|right\s+away)\b|"
                       + _NOW_FIXED),
    # a SIM of a virtual operator (an MVNO, a reseller of a network's service): its APN is its own, not the network's
    # default that examples and auto-configurations fill in
    StatedState("said:mvno-sim",
                r"\b(?:MVNO|virtual\s+(?:network\s+)?operator|reseller)s?\b|"
                r"\b(?:SIM|service|plan|line|data\s+plan)\b" + _SAME + r"{0,40}?\b(?:through|from|via|by)\s+(?:\w+\s+){0,2}?"
                r"(?:who|which|that)\s+(?:are|is)\s+(?:\w+\s+)?(?:providing|reselling|offering)\b",
                "the SIM's operator and its APN; echo 'on the AT port: AT+CGDCONT?  AT+COPS?'", context=True),
    # the modem got a new address (a reconnect, an operator outage) and the host still has the old one on its interface:
    # "the address change is not picked up by dhcpcd, so Linux still uses the old address", "dhcpcd keeps the old
    # address on wwan0": nothing re-applied the bearer's new settings to the host side
    StatedState("said:old-address-kept",
                r"\b(?:keeps?|kept|keeping|still\s+(?:uses?|using|has|have|holds?)|(?:will|would)\s+still\s+use|sticks?\s+with|"
                r"holds?\s+on\s+to|stays?\s+on|remains?\s+on)\s+(?:the\s+|its\s+)?(?:old|previous|stale|former|first)\s+"
                r"(?:IP(?:v[46])?\s+)?address\b|"
                r"\b(?:address|IP)\s+change\s+(?:is|was)\s+(?:not|never)\s+(?:picked\s+up|applied|noticed|seen|taken)\b|"
                r"\bnew\s+(?:IP(?:v[46])?\s+)?address\b" + _SAME + r"{0,60}?\b(?:is|was|gets?|got)\s+(?:not|never)\s+(?:picked\s+up|"
                r"applied|set|configured|taken)\b",
                "ip addr show (the interface's address) against mmcli -b N or qmicli --wds-get-current-settings (the bearer's)",
                unless=_NOW_FIXED),
    StatedState("said:apn-rejected",
                r"\b(?:missing\s+or\s+unknown|unknown|invalid|wrong|incorrect|bad)\s+APN\b|"
                # the PPP dial string (ATD*99***<cid>#: the PDP context to activate, 27.007 10.2.1.1) or the APN called wrong
                # or not supported by the operator: "a wrong dial string and APN", "a dial number the carrier does not support"
                # (not wvdial's "Invalid dial command.", its report of an ERROR to ATD whatever the cause)
                r"\b(?:wrong|incorrect|invalid|bad|unsupported)\s+dial(?:ing)?\s+(?:string|number)s?\b|"
                r"\b(?:dial(?:ing)?\s+(?:string|number)|APN)s?\s+(?:\w+\s+){0,2}?(?:unsupported|not\s+supported|"
                r"(?:is|are)\s+(?:not|n't)\s+(?:supported|accepted|valid))\s+(?:by|on|for)\s+(?:the\s+|my\s+|this\s+)?"
                r"(?:carrier|operator|network|provider|MVNO)\b|"
                r"\bAPN\b" + _SAME + r"{0,30}?\b(?:is|was|seems|looks)\s+(?:\w+\s+)?(?:wrong|incorrect|invalid|not\s+(?:valid|correct|"
                r"right|known))\b|\bAPN\b" + _SAME + r"{0,30}?\b(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+exist\b|"
                r"\b(?:unknown\s+PD[PN]\s+(?:address\s+or\s+(?:PDP\s+)?)?type|PD[PN]\s+type\s+(?:is\s+)?not\s+supported|"
                r"(?:requested\s+)?service\s+option\s+not\s+subscribed|user\s+authentication\s+failed|"
                r"PDP\s+auth(?:entication)?\s+fail\w*|activation\s+rejected)\b|"
                r"\b(?:network|operator|carrier|provider|GGSN|PGW)\s+(?:\w+\s+)?(?:reject|refus|deni)\w*\s+(?:the\s+|my\s+|our\s+|"
                r"every\s+|each\s+|any\s+)?(?:data\s+|PDP\s+|PDN\s+)?(?:call|connection|context|bearer|session|activation)s?\b|"
                r"\b(?:data\s+(?:connection|call|session)|bearer|PDP\s+context|PPP|dial-?up)\b" + _SAME + r"{0,40}?"
                r"\bauthentication\s+(?:fail\w*|error|rejected)\b|"
                # an APN of another operator than the SIM's (an automatic APN table's rows keyed to the wrong network): "the
                # docomo rows do not belong to this PLMN", "the router set the APN of another carrier"
                r"\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+belong\s+to\s+(?:this|the|that|my|our|its)\s+(?:PLMN|MCC[/-]?MNC|"
                r"operator|carrier|network|provider)\b|\bAPN\s+(?:of|for|from)\s+(?:another|a\s+different|the\s+wrong|an?\s+other|"
                r"(?:my|the|our)\s+(?:old|previous|former|last))\s+(?:operator|carrier|network|provider|MVNO)\b|"
                # a script or configuration left with an earlier APN: "my chat script still had the old APN in it"
                r"\bstill\s+(?:had|has|have|used|uses|using|sets?|dials?|dialled|dialed|contain\w*)\s+(?:the\s+|an?\s+|my\s+|its\s+)?"
                r"(?:old|previous|former|stale|outdated)\s+APN\b|"
                # the authentication type the operator wants against the one sent: "the operator requires CHAP but my connection
                # used PAP, so authentication failed"
                r"\b(?:PAP|CHAP|MS-?CHAP(?:v2)?)\b" + _SAME + r"{0,80}?\bauthenticat\w*\s+(?:\w+\s+)?(?:fail\w*|error|rejected|refused)\b|"
                r"\bauthenticat\w*\s+(?:\w+\s+)?(?:fail\w*|error|rejected|refused)\b" + _SAME + r"{0,60}?\b(?:PAP|CHAP|MS-?CHAP(?:v2)?)\b|"
                # another APN the operator wants: "my provider uses a different APN", "the carrier requires its own APN"
                r"(?<!\beach\s)(?<!\bevery\s)(?<!\bany\s)(?<!\bsome\s)(?<!\bmost\s)(?<!\byour\s)\b(?:provider|carrier|operator|ISP|MVNO|network)\s+"
                + _NOT_NEGATION + r"(?:uses|needs|requires|wants|has|expects)\s+"
                r"(?:a\s+|an\s+|its\s+)?(?:different|other|own|specific|special|private)\s+APN\b(?!\s+for\s+(?:the\s+|its\s+|their\s+)?"
                r"(?:phones?|handsets?|smartphones?|mobiles?))|"
                # the PDP context never comes up: "the PDP context is never activated", "AT+CGACT returns ERROR" (27.007 10.1.10)
                r"\bPDP\s+contexts?\s+(?:is\s+|was\s+|gets?\s+|got\s+)?(?:never|not|cannot\s+be|can't\s+be|could(?:n't|\s+not)\s+be|"
                r"won't\s+be|fails?\s+to\s+be)\s+activated\b|\bAT\+CGACT\S*\s+(?:always\s+|only\s+|just\s+)?(?:returns?|returned|gives?|gave|"
                r"answers?|answered|responds?\s+with|responded\s+with|replies|replied|fails?\s+with)\s+(?:an?\s+|with\s+)?(?:\+CME\s+)?ERROR\b|"
                # the connection asks for its password again and fails: NetworkManager requests the secrets anew during
                # activation when the bearer's PAP/CHAP credentials were refused or missing (nm-device-modem.c
                # modem_auth_requested: "Auth requests (PIN, PAP/CHAP passwords, etc)" -> NM_DEVICE_STATE_NEED_AUTH): "it
                # keeps asking for the password", "asks for a password and fails", "a password dialog pops up, then it fails"
                # (a keyring's or the SIM's own prompt is another thing)
                r"(?<!keyring\s)\b(?:keeps?|kept)\s+(?:on\s+)?(?:asking|prompting)\s+(?:me\s+)?(?:again\s+)?for\s+(?:a|the|my)\s+"
                r"(?!(?:\w+\s+){0,2}?(?:keyring|wi-?fi|wireless|sudo|root|admin|login|user|SIM|PIN)\b)(?:\w+\s+){0,2}?password\b|"
                r"\b(?:ask|asks|asked|prompt|prompts|prompted)\s+(?:me\s+)?for\s+(?:a|the|my)\s+(?:\w+\s+)?password\b" + _SAME + r"{0,40}?"
                r"\b(?:and|then|but)\s+(?:then\s+)?(?:it\s+)?(?:fails?|failed|disconnects?|gives?\s+up|never\s+connects?)\b|"
                r"\bpassword\s+(?:dialog|prompt|window|box)\s+(?:\w+\s+){0,2}?(?:pops?\s+up|appears|comes\s+up|shows\s+up)\b" + _SAME
                + r"{0,60}?\b(?:fails?|failed|disconnects?|gives?\s+up|never\s+connects?)\b|"
                # the APN left out: "the default profile has no APN set", "the APN field was left empty", "I forgot to set the APN"
                r"\b(?:has|had|with|without)\s+(?:no|an?\s+empty|a\s+blank)\s+APN\b(?!\s+(?:is\s+)?(?:needed|required|necessary))|"
                r"\bAPN\s+(?:field\s+|setting\s+|entry\s+)?(?:(?:in|of)\s+(?:the\s+|my\s+|its\s+)?(?:\w+\s+)?(?:profile|connection|config\w*|settings?)\s+)?"
                r"(?:is|was|stays?|stayed)\s+(?:left\s+)?(?:empty|blank|unset|not\s+set|"
                r"not\s+configured|missing)\b|\bforg[eo]t\w*\s+to\s+(?:set|enter|configure|put\s+in|add)\s+(?:the\s+|an\s+|my\s+)?APN\b|"
                # the APN named as the cause: "the problem was the APN", "the culprit is the APN setting"
                r"(?<!thought the )(?<!think the )(?<!thought that the )(?<!suspected the )(?<!guess the )"
                r"\b(?:problem|issue|culprit|cause|fault)\s+(?:was|is|turned\s+out\s+to\s+be)\s+(?:the|my|a\s+wrong|an?\s+incorrect)\s+APN\b"
                r"(?![^.!?]{0,30}\bbut\b)",
                "mmcli -b N (the bearer's APN, ip-type, auth and last connection error); qmicli --wds-start-network's "
                "call end reason; AT+CGDCONT? on the AT port",
                unless=r"\b(?:fixed|solved|resolved|now (?:it )?works|works now|(?:is|was) (?:not|n't) the (?:problem|issue))\b"),
    # one APN of the SIM connects and another does not, on the same modem: "with APN internet it connects and gets an
    # address, but with APN pro it isn't connecting" (the network refuses the request the second APN makes: not
    # subscribed, or its IP type or profile wrong; knowledge.md apn-or-bearer-config)
    StatedState("said:apn-rejected",
                r"\bAPN\b" + _SAME + r"{0,50}?\b(?:connects?|connecting|connected|works?|working|gets?\s+(?:an?\s+)?(?:IP\s+)?address|"
                r"receives?\s+(?:an?\s+)?(?:IP\s+)?address)\b" + _SAME + r"{0,60}?(?:\b(?:but|while|whereas|however)\b|,)" + _SAME +
                r"{0,60}?\bAPN\b" + _SAME + r"{0,60}?(?:\b(?:not|never|no\s+longer)|n't)\s+(?:\w+\s+)?(?:connect\w*|work\w*|get\w*\s+(?:an?\s+)?"
                r"(?:IP\s+)?address)\b",
                "mmcli -b N (the bearer's APN and its last connection error); the SIM contract's APNs",
                unless=_NOW_FIXED),
    # ... the APN called wrong in other languages: "el APN está mal configurado", "falscher APN", "le mauvais APN", "APN errado"
    *_in_each_language("said:apn-rejected", {
        "de": r"\bfalsche[nrs]?\s+APN\b|\bAPN\b[^.!?]{0,30}?\b(?:ist|war)\s+(?:\w+\s+)?(?:falsch|ungültig|nicht\s+korrekt)\b",
        "es": r"\bAPN\s+(?:incorrecto|equivocado|err[óo]neo|inv[áa]lido)\b|\bAPN\b[^.!?]{0,20}?\b(?:est[áa]|es)\s+(?:mal(?:\s+configurado)?|"
              r"incorrecto|equivocado)\b",
        "fr": r"\b(?:mauvais|faux)\s+APN\b|\bAPN\s+(?:incorrect|erron[ée]|invalide)\b|\bAPN\b[^.!?]{0,20}?\best\s+(?:\w+\s+)?"
              r"(?:incorrect|faux|mauvais|erron[ée])\b",
        "pt": r"\bAPN\s+(?:errad[oa]|incorret[oa]|inv[áa]lid[oa])\b|\bAPN\b[^.!?]{0,20}?\best[áa]\s+(?:errad[oa]|incorret[oa]|mal\s+configurad[oa])\b",
        "it": r"\bAPN\s+(?:sbagliat[oa]|errat[oa]|non\s+corrett[oa])\b|\bAPN\b[^.!?]{0,20}?\bè\s+(?:sbagliat[oa]|errat[oa])\b",
        "ru": r"\b(?:неправильн|неверн|ошибочн)\w*\s+APN\b|\bAPN\b[^.!?]{0,20}?\b(?:неправильн|неверн)\w*",
        "zh": r"APN\s*(?:设置|配置|填写|填)?\s*(?:错误|错了|不对|不正确|有误)|(?:错误|不正确|不对)的\s*APN",
    }, "mmcli -b N (the bearer's APN and last connection error); AT+CGDCONT? on the AT port"),
    # the initial EPS bearer (the LTE attach APN and settings: OpenWrt's init_epsbearer, ModemManager's "initial
    # bearer", the attach APN / profile) named as what breaks the connection or is missing, or setting it as the fix
    StatedState("said:initial-eps-bearer-trouble",
                _INITIAL_BEARER + _SAME + r"{0,50}?\b(?:break|breaks|broke|broken|fails?|failed|failing|wrong|missing|unset|"
                r"not\s+(?:set|configured)|empty|cleared|deleted|wiped|removed|rejected|refused|needs?\s+to\s+be\s+set|"
                r"must\s+be\s+set|is\s+required)\b|"
                r"\b(?:unset|wrong|missing|empty|clear(?:s|ed|ing)?|delet(?:es|ed|ing)|wip(?:es|ed|ing)|remov(?:es|ed|ing)|"
                r"without)\s+(?:the\s+|an?\s+|its\s+|my\s+)?" + _INITIAL_BEARER + r"|"
                r"\b(?:setting|set|changing|changed)\s+(?:the\s+)?" + _INITIAL_BEARER + _SAME + r"{0,60}?" + _FIXED,
                "mmcli -m any (Initial bearer: APN, ip type); mmcli -m any --3gpp-profile-manager-list; "
                "uci show network | grep init_",
                unless=r"\b(?:is|was)(?:n't|\s+not)\s+the\s+(?:problem|issue|cause)\b"),
    # the host's interface holds no IPv4 address: "ifconfig -a does not show an IP", "the IP is not listed in ip addr"
    # (the clause grammar, model/prose_grammar.py FACT_OF), "wwan0 has no IP address", "there is no IPv4 address on
    # the interface". Alone it names no cause; beside a data session the modem reports up it is the host side left
    # unconfigured (rules/stated-connected-no-ip.yaml)
    StatedState("said:no-ip-address",
                r"\b(?:wwan\d\w*|wwp\w+|usb\d|rmnet\w*|(?:the\s+|its\s+)?(?:wwan\s+|modem's\s+|network\s+)?interface)\s+"
                r"(?:\w+\s+){0,4}?(?:has|had|gets|got|shows)\s+no\s+(?:IPv4\s+|IP\s+|inet\s+)?(?:IP|IPv4|inet|address)\b|"
                # "interface wwan0 never receive ip address", "wwan0 does not get an IPv4 address"
                r"\b" + _WWAN_IFACE + r"\s+(?:still\s+)?(?:never|(?:does|did|do|will|would|can)(?:n't|\s+not)|won't|cannot)\s+"
                r"(?:\w+\s+)?(?:get|receive|obtain|acquire)\w*\s+(?:an?\s+|any\s+|the\s+)?(?:IPv4\s+|IP\s+)?(?:IP|IPv4|address|lease)\b|"
                # the person without an address: "I was failing to get an IP address for IPv4", "we never get an IPv4 address"
                r"\b(?:I|we)\s+(?:was\s+|were\s+|am\s+|are\s+|kept\s+|keep\s+|still\s+)?(?:fail(?:ing|ed|s)?\s+to\s+(?:get|obtain|receive)|"
                r"(?:can(?:'t|’t|not)|could(?:n't|\s+not)|did(?:n't|\s+not)|do(?:n't|\s+not)|never)\s+(?:get|obtain|receive))\s+"
                r"(?:an?\s+|any\s+)?(?:IPv4\s+|IP\s+)?(?:IP|IPv4)(?:\s+address)?(?=\s*(?:[,.;:!?)]|$|(?:on|for|from|even|after|"
                r"when|although|though|but|and|via|at|over|through)\b))|"
                # "there is no inet line on it", "only the ipv6 fe80 address shows"
                r"\bno\s+inet\s+(?:line|entry|address)\b|\bonly\s+(?:an?\s+|the\s+|its\s+)?(?:IPv6\s+)?(?:fe80\S*|link[- ]local)"
                r"(?:\s+(?:IPv6\s+)?address)?\b|"
                r"\bno\s+(?:IPv4|IP|inet)(?:\s+address)?\s+(?:is\s+|was\s+)?(?:on|for|assigned to|in)\s+(?:the\s+)?"
                r"(?:wwan\d\w*|wwp\w+|usb\d|rmnet\w*|(?:wwan\s+|modem's\s+|network\s+)?interface)\b",
                "ip addr show; ifconfig -a"),
    # QMAP multiplexing named beside a failure in one sentence: the muxed sub-devices (qmi_wwan's qmimuxN from
    # qmi/add_mux, rmnet's rmnet_dataN / rmnet_mhiN_N, Quectel qmi_wwan_q's wwanN_M with qmap_mode>1), the driver's
    # qmap_mode option, "QMAP/RMNET aggregation" or "multiplexing" - and something broken, failing or without data
    # ("it broke the interface for modems using RMNET/QMAP aggregation", "rmnet_data0 never gets an address with
    # qmap_mode=4"). knowledge.md 2.24 qmap-multiplexing: data set up on wwan0 while the modem muxes, or the reverse
    StatedState("said:qmap-trouble",
                r"\b" + _QMAP_NAMED + _SAME + r"{0,120}?" + _QMAP_FAILS + r"|" + _QMAP_FAILS + _SAME + r"{0,120}?\b" + _QMAP_NAMED + r"|"
                # the data on the mux link, not on the main one (knowledge.md 2.24: "data on wwan0 instead of qmimux0/rmnet")
                r"\b(?:qmimux\d*|rmnet_(?:data|mhi|usb)\d\w*)\b" + _SAME + r"{0,20}?,?\s+(?:not|instead\s+of)\s+(?:on\s+)?(?:wwan\d\b|the\s+"
                r"(?:main|base|physical|master)\s+(?:interface|link|device))|\bon\s+wwan\d\s+(?:itself\s+)?instead\s+of\s+(?:on\s+)?"
                r"(?:qmimux\d*|rmnet_\w+|the\s+mux\w*\s+(?:link|interface))",
                "cat /sys/class/net/WWAN_IFACE/qmi/pass_through /sys/class/net/WWAN_IFACE/qmi/raw_ip; ip -d link; "
                "qmicli -p -d /dev/cdc-wdmN --wda-get-data-format",
                unless=r"\b(?:fixed|solved|resolved|now works|works now|works fine|working fine)\b"),
    # a QMI tool starts the data connection and it looks up, but no packet flows: the qmi_wwan framing (raw_ip)
    # and the modem's link-layer data format disagree (knowledge.md 2.3 raw-ip-mismatch)
    StatedState("said:qmi-connected-no-traffic",
                r"\b(?:qmi-network|qmicli|uqmi|quectel-CM|qmi_wwan|wds-start-network|QMI)\b" + _SAME + r"{0,120}?"
                r"\b(?:connect\w*|start\w*|establish\w*|works?|working|succeed\w*|(?:comes?|came) up|is up|"
                r"(?:IP\s+)?address(?:es)?)\b" + _SAME + r"{0,80}?"
                r"(?:\bno (?:(?:downlink|uplink|incoming|return)\s+)?(?:data(?: flow\w*)?|packets?|traffic)\b"
                r"(?!\s+(?:limits?|caps?|quotas?|plans?|volume|lost|loss|dropped|drops)\b)|"
                r"\b(?:no|not a single) packets? (?:get |are |were |is |was )?(?:sent|received|transmitted|flow\w*|"
                r"(?:comes?|came|gets?|got) (?:back|through|in)|arrives?|pass(?:es)?)\b|"
                r"\bnothing (?:gets |is |was )?(?:sent|received|transmitted)\b)|"
                # the DHCP failure told first, the QMI call's success after it: "udhcpc gets no lease on wwan0 although qmicli
                # shows connected"
                r"\b(?:no\s+(?:DHCP\s+)?lease|no\s+DHCP\s+(?:answer|reply|response|offer)|gets?\s+no\s+(?:\w+\s+)?(?:lease|IP|address))\b"
                + _SAME + r"{0,60}?\b(?:although|though|while|but|yet|whereas)\b" + _SAME + r"{0,40}?"
                r"\b(?:qmi-network|qmicli|uqmi|quectel-CM|wds-start-network)\b" + _SAME + r"{0,30}?\b(?:connected|succeed\w*|"
                r"(?:is|comes?|came)\s+up)\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format",
                unless=_NOW_FIXED),
    # the link's MTU is not the network's: large packets stall while small ones pass (knowledge.md 2.26)
    StatedState("said:mtu-mismatch", _MTU_MISMATCH,
                "ip link show WWAN_IFACE (its mtu); mmcli -b N | grep -i mtu (the bearer's); "
                "ping -M do -s 1472 -c 2 -I WWAN_IFACE 8.8.8.8",
                unless=r"\bMTU\b(?:\s+(?!now\b)[\w.-]+){0,3}?\s+(?:is|was)\s+(?:fine|ok|correct|not the (?:problem|issue|cause))\b|"
                       r"\bnot an? MTU (?:problem|issue)\b|\bMTU\b" + _SAME + r"{0,40}?\b(?:did(?:n't| not)|does(?:n't| not)|"
                       r"made no|makes no)\s+(?:help|change|difference)"),
    # ... in Chinese: the network's MTU below 1500 ("蜂窝上行 MTU 小于 1500", "运营商的MTU低于1500"), the host's link kept at the
    # default 1500 ("网卡仍保持默认 MTU 1500"), lowering it fixed it ("把MTU改成1400后就正常了"); "默认MTU为1500" alone is no fault
    *_in_each_language("said:mtu-mismatch", {"zh": _MTU_MISMATCH_ZH},
                       "ip link show WWAN_IFACE (its mtu); ping -M do -s 1472 -c 2 -I WWAN_IFACE 8.8.8.8",
                       unless=r"MTU\S{0,6}(?:不是|并非)\S{0,4}(?:问题|原因)|(?:和|与)\s*MTU\s*无关"),
    # small traffic passes, large transfers stall: the path drops packets larger than its MTU (knowledge.md 2.26)
    StatedState("said:large-transfers-stall",
                _SMALL_PASSES + _SAME + r"{0,80}?" + _BIG_STALLS + r"|" + _BIG_STALLS + _SAME + r"{0,80}?" + _SMALL_PASSES,
                "ip link show WWAN_IFACE (its mtu); mmcli -b N | grep -i mtu; ping -M do -s 1472 -c 2 -I WWAN_IFACE 8.8.8.8",
                unless=_NOW_FIXED),
    # ... or told by size: packets above a size are lost, the small ones pass ("any packet over about 400 bytes gets
    # dropped on the receive", "packets larger than 1400 bytes never arrive")
    StatedState("said:large-transfers-stall",
                r"(?<!\bno )(?<!\bnot )\b(?:packets?|frames?|datagrams?|pings?)\s+(?:\w+\s+)?(?:over|above|larger\s+than|bigger\s+than|greater\s+than|"
                r"more\s+than|exceeding|of\s+more\s+than)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|~\s*)?\d{2,4}\s*"
                r"(?:bytes?|B)\b" + _SAME + r"{0,30}?\b(?:(?:gets?|got|is|are|was|were|get)\s+)?(?:dropped|lost|discarded|"
                r"never\s+(?:arrive|come\s+back|get\s+through)\w*|(?:does|do|did)(?:n't|\s+not)\s+(?:arrive|come\s+back|get\s+through))",
                "ip link show WWAN_IFACE (its mtu); ping -M do -s 1472 -c 2 -I WWAN_IFACE 8.8.8.8",
                unless=_NOW_FIXED + r"|\b(?:firewall|iptables|nftables)\b"),
    # ... only the first page of all: "I couldn't load anything other than the Google home page", "only the front page of
    # a site ever loads"
    StatedState("said:large-transfers-stall",
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to)\s+(?:load|open|reach|get|browse)\s+(?:anything|any\s+(?:other\s+)?"
                r"(?:pages?|sites?))\s+(?:other\s+than|except(?:\s+for)?|but|besides|beyond|apart\s+from)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?"
                r"(?:home|front|start|main|landing|first|search)\s*page\b|"
                r"\bonly\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:home|front|start|landing)\s*page\s+(?:\w+\s+)?(?:loads?|opens?|works?|comes?\s+up)\b",
                "ip link show WWAN_IFACE (its mtu); ping -M do -s 1472 -c 2 -I WWAN_IFACE 8.8.8.8",
                unless=_NOW_FIXED),
    # the interface has an address but nothing reaches the internet
    StatedState("said:ip-no-internet",
                r"\b(?:have|has|got|gets|get|with|assigned|obtain\w*) an? (?:\w+ )?(?:IP|IPv4|address)\b[^.!?]{0,80}"
                r"(?:[.!?]\s+)?[^.!?]{0,40}?\b(?:no (?:internet|connectivity|traffic)\b|can(?:'t|not) (?:ping|reach|browse|resolve)\b|"
                r"(?:the )?(?:internet|ping|dns|traffic|browsing) (?:does|did|do|is|was)\s*" + _NOT + r" work)",
                "ip route; cat /etc/resolv.conf; ping -c3 -I WWAN_IFACE 8.8.8.8"),
    # the data link up with an address, but only the DNS servers answer: a restricted bearer (a walled garden), the
    # session of a wrong APN or PDP context ("it returns a local IP and can only communicate with the DNS servers",
    # "only the DNS servers answer"); a host without a route would not reach the DNS servers either
    StatedState("said:bearer-restricted",
                r"\bonly\s+(?:\w+\s+)?(?:communicat\w*|talk\w*|reach\w*|ping\w*|connect\w*|get\s+to|access\w*)\s+"
                r"(?:with\s+|to\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:carrier|operator|provider)(?:'s)?\s+)?DNS\s+servers?\b|"
                r"\bonly\s+(?:the\s+)?DNS\s+(?:servers?\s+)?(?:answer|respond|repl(?:y|ies)|are\s+reachable|is\s+reachable|"
                r"can\s+be\s+reached|get\s+through|goes?\s+through)\w*|"
                r"\bnothing\s+(?:but|except)\s+(?:the\s+)?DNS(?:\s+servers?)?\s+(?:answers?|respond\w*|repl\w*|works?|is\s+reachable|"
                r"gets?\s+through)|\bwalled[- ]garden\b",
                "ip addr show; ip route; the bearer's APN and context (mmcli -b N, AT+CGDCONT? and the dialled cid in ATD*99***<cid>#)"),
    # a mobile connection set up (by the person or the connection software) that brings no internet: "when I create a
    # mobile network connection there's no internet access", "the LTE connection comes up, but no internet gets through"
    StatedState("said:no-internet-on-connection",
                r"\b(?:creat\w*|start\w*|establish\w*|bring\w*|mak\w*|add\w*|configur\w*|set(?:ting)?\s+up)\s+(?:up\s+)?(?:a|the|my|an?)\s+"
                r"(?:new\s+)?(?:mobile|LTE|4G|5G|"
                r"cellular|data|WWAN|modem|broadband)\s+(?:\w+\s+)?(?:connection|interface|network)\b" + _SAME + r"{0,60}?"
                + _NO_INTERNET + r"|\b(?:mobile|LTE|4G|5G|cellular|WWAN|modem)\s+(?:data\s+)?connection\s+(?:\w+\s+)?(?:comes?\s+up|is\s+up|"
                r"is\s+(?:established|connected|created)|connects)\b" + _SAME + r"{0,30}?\b(?:but|yet|however)\b" + _SAME + r"{0,20}?"
                + _NO_INTERNET,
                "ip addr show; ip route; the connection's status (ifstatus / nmcli / mmcli -b N)", suspected=True,
                # (read though the person "tries to" create it each time: a question or a condition takes it back)
                unless=r"^\W*(?:if|whether|will|would|should|does|do|can|could)\b|\?\s*$|" + _NOW_FIXED),
    # the same modem works with another connection program, package or script on the system (ImmortalWrt's package, the
    # vendor's script, another protocol handler): the modem, SIM and network are sound, the failing software's setup is
    # what differs ("the same modem works perfectly when I use the WWAN package from another build")
    StatedState("said:works-with-other-software",
                r"\b(?:same\s+(?:modem|module|stick|dongle|card|device)|it)\s+(?:\w+\s+)?works?\s+(?:fine|perfectly|well|great|flawlessly|"
                r"without\s+(?:any\s+)?(?:problems?|issues?))\s+(?:when|if|with|using|under)\s+(?:I\s+(?:use|run|install)\s+|using\s+)?"
                r"(?:the\s+|its\s+)?(?:[\w'.-]+\s+){0,3}?(?:package|script|plugin|proto(?:col)?\s+handler|app|application|firmware\s+build|"
                r"build|fork|connection\s+manager|program|tool)s?\b(?!\s+(?:version|release)\b)",
                "the working and the failing setup side by side: the interface definition, its address and routes",
                context=True, suspected=True),
    # the data call's IP type is what broke it (knowledge.md 2.16: an IPv4v6 or IPv6 request a SIM or network does not
    # serve): "disabling IPv6 in the modem fixed it", "it only works with the PDP type set to IPv4", "with IP type IPv4v6
    # the bearer is rejected" - the modem's or connection's IP type, not the host's IPv6 stack
    StatedState("said:ip-type-breaks-call",
                r"\b(?:disabl\w*|turn\w*\s+off|switch\w*\s+off|remov\w*|unchecking|unchecked)\s+(?:the\s+)?IPv6\s+(?:support\s+)?(?:in|on|for|from)\s+"
                r"(?:the\s+)?(?:\w+\s+)?(?:modem|module|dongle|stick|bearer|APN|PDP\s+context|connection|profile|LTE|cellular|mobile)\b"
                + _SAME + r"{0,40}?\b(?:fix\w*|solv\w*|resolv\w*|helps?|helped|works?|worked|did\s+it)\b|"
                r"\b(?:fix\w*|solv\w*|resolv\w*|works?|worked)\s+(?:it\s+)?(?:again\s+)?(?:by|after|once|when)\s+(?:I\s+)?(?:disabl\w*|turn\w*\s+off|"
                r"switch\w*\s+off)\s+(?:the\s+)?IPv6\s+(?:in|on|for)\s+(?:the\s+)?(?:\w+\s+)?(?:modem|module|dongle|stick|bearer|APN|"
                r"connection|profile)\b|"
                r"\b(?:only|just)\s+works?\s+(?:with|when|if|once)\s+(?:the\s+|I\s+set\s+the\s+)?(?:IP|PDP|PDN|bearer)\s+type\s+"
                r"(?:is\s+|set\s+to\s+|to\s+|=\s*)?(?:IPv4|IP)\b|"
                r"\b(?:IP|PDP|PDN|bearer)\s+type\s+(?:of\s+)?(?:IPv4v6|IPV4V6|IPv6|dual[- ]stack)\b" + _SAME + r"{0,40}?\b(?:rejected|refused|"
                r"fails?|failed|not\s+supported|does(?:n't|\s+not)\s+work|never\s+connects)\b|"
                # the dual-stack or IPv6 request refused, the network taking IPv4 only: "with ipv4v6 the connection is refused",
                # "the carrier only allows IPv4", "setting ip-type to ipv4 made it connect"
                r"\b(?:with|using)\s+(?:ip-?type\s+|the\s+IP\s+type\s+|iptype\s+)?['\"]?(?:IPv4v6|IPv6|dual[- ]stack)['\"]?" + _SAME +
                r"{0,40}?\b(?:refused|rejected|fails?|failed|does(?:n't|\s+not)\s+work|never\s+connects|(?:can(?:'t|not)|won't)\s+connect)\b|"
                r"\b(?:carrier|operator|network|provider|APN|SIM|plan)\s+(?:only\s+(?:allows|supports|offers|accepts)|(?:allows|supports|"
                r"offers|accepts)\s+only)\s+IPv4\b|"
                r"\b(?:setting|set|changing|changed|switching|switched|forcing|forced)\s+(?:the\s+)?(?:ip-?type|IP\s+type|PDP\s+type|"
                r"PDN\s+type|iptype|ip_type)\s+(?:to\s+|=\s*)?['\"]?(?:IPv4|IP|4)['\"]?(?![\w-])" + _SAME + r"{0,40}?(?:" + _FIXED +
                r"|\bmade\s+it\s+(?:work|connect)|\b(?:it\s+)?connects?\s+(?:now|fine)?)",
                "mmcli -b N (ip-type, last connection error); AT+CGDCONT? on the AT port; the connection's IP type setting",
                unless=r"^\W*(?:if|whether)\b|\b(?:did(?:n't|\s+not)|does(?:n't|\s+not)|no)\s+(?:help|change|difference)\b"),
    # the connection drops again and again
    StatedState("said:drops-periodically",
                r"\b(?:disconnect\w*|drops?(?: out)?|dropp\w+|(?:(?<=connection )|(?<=link )|(?<=internet ))cut(?:s|ting)? out|los(?:es|ing|t) (?:the )?connection|reconnect\w*|reset(?:s|ting)?|"
                r"reboot(?:s|ing)?|restart(?:s|ing)?)"
                r"\b[^.]{0,30}\b(?:every (?:few |couple of |\d+ |[a-z]+ )?(?:seconds?|minutes?|hours?|mins?)|"
                r"after (?:a few|some|\d+|[a-z]+) (?:seconds?|minutes?|mins?)|repeatedly|constantly|all the time|" + _HOW_OFTEN + r")|"
                # the frequency first: "Periodically (more than once an hour) ... my LTE modem is disconnected"
                r"\b(?:periodically|repeatedly|frequently|constantly|" + _HOW_OFTEN + r"|"
                r"every (?:few |couple of |\d+ |[a-z]+ )?(?:seconds?|minutes?|hours?|mins?)(?: or so)?)\b" + _SAME + r"{0,120}?"
                r"(?<!never )(?<!n't )(?<!not )\b(?:(?:is|gets?|got|was) disconnected|disconnects|drops?(?: out)?\b|"
                r"los(?:es|ing) (?:the |its )?connection|(?:goes|went) (?:away|down)\b|cuts? out\b)",
                "sudo journalctl -b -u ModemManager -f; sudo dmesg -w | grep -iE 'usb|wwan|qmi|mbim'",
                unless=_TIMER_DROP),
    # the stick taken for a network card or a router and not a modem, what HiLink (router) firmware looks like from the host
    # (knowledge.md 2.25: an RNDIS/ECM link to the router inside the stick, no serial or QMI port): "the dongle is detected
    # as a network card, not as a modem", "it works like an ethernet adapter rather than a modem"; a module's Ethernet
    # composition named (ECM, RNDIS, usbnet) is wrong-usb-composition's story
    StatedState("said:hilink-mode",
                r"\b(?:seen|detected|recogni[sz]ed|identified|shows?\s+up|showed\s+up|appears?|appeared|works?|worked|acts?|"
                r"behaves?|treated|handled)\s+(?:\w+\s+){0,3}?(?:as|like)\s+(?:a\s+|an\s+)?(?:usb\s+)?(?:network\s+(?:card|adapter|"
                r"interface|device)|ethernet\s+(?:card|adapter|device|interface)|NIC|router)\b[^.!?]{0,30}?(?:,\s*|\s+)(?:and\s+|"
                r"but\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:as\s+|like\s+)?(?:a\s+|an\s+)?(?:(?:[345]G|LTE|GSM|USB|serial)\s+)?"
                r"modem\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                unless=r"\b(?:ECM|RNDIS|NCM|usbnet|QCFG|USBCOMP|composition)\b"),
    # the person's own stick named a HiLink one, in a question too ("how can the hilink modem be detected?", "why does
    # my HiLink dongle not show in mmcli?"): what they have, not what they ask
    StatedState("said:hilink-mode",
                r"(?<!not )\b(?:the|my|our|this|these)\s+hi-?link\s+(?:e\d{4}\S*\s+)?(?:usb\s+)?(?:stick|dongle|modem)s?\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                suspected=True),
    # the person's stick told as having a web server or page of its own (a router firmware, knowledge.md 2.25), in a
    # question too: "how to configure an LTE USB key that has a local web server", "my 4G USB modem has a built-in web
    # page", "the dongle with a web interface inside": what they have, not what they ask
    StatedState("said:hilink-mode",
                r"(?:\b(?:USB|LTE|4G|3G|5G)\s+(?:\w+\s+){0,2}?(?:key|stick|dongle|modem)|\b(?:stick|dongle))\b" + _SAME +
                r"{0,40}?\b(?:with|has|have|having)\s+(?:a\s+|an\s+|its\s+)?(?:own\s+|local\s+|built-?in\s+|internal\s+|embedded\s+)?"
                r"web\s*(?:server|page|UI|interface|GUI)\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                suspected=True),
    # the person's stick or modem told as reached at 192.168.8.1, the gateway address of a HiLink stick's own DHCP network
    # (knowledge.md 2.25: "users report 192.168.8.x"): "my modem E5577s is detected when I access the info page via IP address
    # 192.168.8.1", "the dongle answers on 192.168.8.1". Not a travel router's own address (GL.iNet's default LAN is
    # 192.168.8.1 too)
    StatedState("said:hilink-mode",
                r"\b(?:modem|stick|dongle|MiFi|E\d{4}[a-z]{0,2}(?:-\d{3})?)\b" + _SAME + r"{0,80}?\b(?:via|at|on|through|under)\s+"
                r"(?:the\s+)?(?:IP\s+)?(?:address\s+)?(?:https?://)?192\.168\.8\.1\b(?![.\d])",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                suspected=True, unless=r"\bGL[.-]?i(?:\.|-)?Net\b|\bGL-[A-Z]{1,3}\d|\brouter'?s?\s+(?:own\s+)?(?:LAN\s+)?(?:IP|address)\b"),
    # a HiLink (router) stick named at all, even in a question ("could you enable hilink lte modems"): what kind of device the
    # post is about, context for an interface told gone (said:eth-iface-unavailable)
    StatedState("said:hilink-named",
                r"(?<!non-)(?<!non )(?<!not a )(?<!not )(?<!no )(?<!from )\bhi-?link\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                suspected=True, context=True, keeps_catch_all=True),
    # a stick model whose retail firmware is the router (HiLink / web-UI) one, named: data/router-mode-ids.csv's Huawei
    # E3372 HiLink (12d1:14dc) and E303 HiLink (12d1:14db), ZTE MF823 / MF825A / MF668 (web-UI router firmware); the
    # E3372's stick firmware is named E3372s: what kind of device the post is about, context for a serial tool that
    # finds no device node (rule hilink-serial-tool-no-device)
    StatedState("said:router-firmware-model",
                r"\b(?:Huawei\s+)?E3372(?![sS])h?(?:-\d{3})?\b|\b(?:Huawei\s+)?E303h?\b(?![.-]?s)|\b(?:ZTE\s+)?MF(?:823|825A?|668)\b",
                "lsusb (12d1:14dc / 12d1:14db or a ZTE web-UI id is the router firmware); ip -br link (an Ethernet interface, no ttyUSB)",
                suspected=True, context=True, keeps_catch_all=True),
    # the Ethernet-style interface of a router stick (ethN, usbN, enx...) said to be unavailable or gone: "eth1 interface not
    # available after enabling the desktop", "usb0 disappears after boot", "enx0c5b8f279a64 is not up"
    StatedState("said:eth-iface-unavailable",
                r"\b(?:eth\d+|usb\d+|enx[0-9a-f]{12}|enp\w+u\d\w*)\s+(?:interface\s+|device\s+|link\s+)?(?:is\s+|was\s+|gets\s+|got\s+)?"
                r"(?:not\s+(?:ava?i?la?ble|there|present|up|configured|usable|shown|listed)\b|dis+ap+ear\w*|gone\b|missing\b|vanish\w*|"
                r"(?:does|did)(?:n't|\s+not)\s+(?:come\s+up|show\s+up|appear|get\s+(?:an?\s+)?(?:IP|address|lease)))",
                "ip link; ip addr show; what brings the interface up at boot (dhcpcd, NetworkManager, /etc/network/interfaces)",
                # ... not a configuration file that does not list it ("In /etc/config/network eth1 isn't shown, only my wan2"):
                # what the file defines, not what the host has
                unless=_NOW_FIXED + r"|\bin\s+(?:the\s+|my\s+)?(?:/etc/\S+|(?:network\s+)?config(?:uration)?(?:\s+file)?|interfaces\s+file)\b"),
    # the stick runs router (HiLink) firmware: the person says it is in HiLink mode or names it a HiLink stick
    StatedState("said:hilink-mode",
                r"(?<!non-)(?<!non )(?<!from )(?<!not )(?<!no )\b(?:in|into)\s+(?:the\s+)?hi-?link\s+mode\b|"
                r"(?<!non-)(?<!non )(?<!not a )(?<!without )\bhi-?link\s+(?:e\d{4}\S*|(?:\w+\s+)?(?:usb\s+)?(?:stick|dongle|firmware|modem))\b|"
                # the stick described by its HiLink firmware: "a Huawei E303WS dongle with HiLink technology", "the stick with the
                # HiLink firmware"
                r"\b(?:stick|dongle|modem)\s+with\s+(?:the\s+|its\s+)?hi-?link\s+(?:technology|firmware|software|function\w*)\b|"
                # ROOter's and vendors' word for the router-style stick: "is actually host-less", "a hostless modem"
                r"\b(?:is|are|was|were)\s+(?:actually\s+|really\s+|in\s+fact\s+)?(?:an?\s+)?host-?less\b|"
                r"(?<!non-)(?<!not a )\bhost-?less\s+(?:mode|modem|stick|dongle|device)\b|"
                # the stick told as a router (knowledge.md 2.25: its own DHCP server hands out 192.168.8.x, SIM and APN in its
                # web UI): "that stick is a little router with its own NAT and DHCP server", "it gets an address by DHCP from
                # the stick itself", "I go in the web page of stick for the apn", "its web page on 192.168.8.1"
                r"\b(?:stick|dongle)\s+(?:itself\s+)?(?:is|acts\s+as|works\s+as|behaves\s+like)\s+(?:really\s+)?an?\s+(?:\w+\s+)?router\b|"
                r"\brouter\s+in\s+an?\s+(?:USB\s+)?(?:stick|dongle)\b|\b(?:its|the\s+stick's|the\s+dongle's)\s+own\s+(?:NAT|DHCP\b|router\b|"
                r"web\s*(?:UI|page|server|interface))|\b(?:DHCP|(?:an?\s+|the\s+)?(?:IP\s+)?address|lease)\s+(?:by\s+DHCP\s+)?from\s+the\s+"
                r"(?:stick|dongle)(?:\s+itself)?\b|\b(?:web\s*(?:page|UI|interface|GUI)|admin\s+page|dashboard)\s+(?:of|on|in)\s+(?:the\s+|my\s+)?"
                r"(?:\w+\s+)?(?:stick|dongle)\b|\b(?:web\s*(?:page|UI|interface|GUI)|admin\s+page)\b" + _SAME + r"{0,20}?\b192\.168\.8\.1\b|"
                # the same web interface in other languages: "la interfaz web del pincho, en 192.168.8.1", "die Weboberfläche des
                # Sticks unter 192.168.8.1", "l'interface web de la clé (192.168.8.1)"
                r"\b(?:interfa[sz]e?\s+web|p[aá]gina\s+web|interface\s+web|interfaccia\s+web|pagina\s+web|Web-?(?:oberfl(?:ä|ae)che|"
                r"interface|seite|UI|GUI))\b" + _SAME + r"{0,40}?\b192\.168\.8\.1\b|"
                # the stick's interface with an address from the stick's own DHCP server (192.168.8.x, knowledge.md 2.25): "comes
                # up as eth1 with the address 192.168.8.100" (eth0 is the board's own port)
                r"\b(?:eth[1-9]\d*|usb\d+|enx[0-9a-f]{12})\b" + _SAME + r"{0,60}?\b192\.168\.8\.(?!1\b)\d{1,3}\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                # the router stick used as what it is: an Ethernet uplink that works
                unless=r"\b(?:works?\s+(?:fine|great|well|perfectly|out\s+of\s+the\s+box)|working\s+fine|routes?\s+fine|everything\s+(?:works|routes|is\s+fine))\b"),
    # the connection said to work: "internet works out of the box", "browsing works fine", "it works perfectly as a USB
    # Ethernet uplink". Context, no fault: a router (HiLink) stick that gives the host working internet is used as what it
    # is, and the post asks about something else
    StatedState("said:internet-works",
                r"\b(?:internet(?:\s+access)?|browsing|surfing|the\s+(?:internet\s+|data\s+)?connection|everything)\s+(?:works?|is\s+working)"
                r"\s+(?:fine|perfectly|great|well|flawlessly|out\s+of\s+the\s+box)\b|"
                r"\bworks?\s+(?:fine|perfectly|great|well|flawlessly)\s+as\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,3}?(?:uplink|WAN|network\s+"
                r"(?:card|adapter|interface)|Ethernet\s+(?:adapter|interface|device))\b|"
                # (review36) in French, German, Spanish: "et internet marche", "das Internet funktioniert", "internet funciona bien"
                r"\b(?:l'|das\s+)?internet\s+(?:marche|fonctionne|funktioniert|läuft|funciona)\b",
                "ip addr; ping -c3 -I IFACE 1.1.1.1", context=True,
                unless=r"n't|\b(?:not|never|no\s+longer|but|only|until|after|when|if|Windows|phone)\b|\bfor\s+(?:a\s+few|some|\d+)\b|"
                       r"\b(?:ne|n'|pas|plus|mais|seulement|sauf|nicht|nie|kein\w*|aber|nur|außer|no|nunca|pero|solo|sólo)(?=\W)"),
    # SMS go only through the stick's web (HTTP) API, not AT commands: what a HiLink (router) firmware offers an SMS program
    # (knowledge.md 2.25: HiLink firmware does not answer AT commands; SIM and messages are the web UI's). "SMS can only be
    # sent through the stick's HTTP API", "you have to use the web API to send SMS"; a program's own API named before the word
    # ("the python-gammu API", "Twilio's API") is no stick's
    StatedState("said:hilink-mode",
                r"\b(?:SMS|texts?|text\s+messages?)\b[^.!?\n]{0,50}?\b(?:only\s+)?(?:through|via|over|with|using)\s+(?:the\s+|its\s+|an?\s+|"
                r"the\s+(?:stick|dongle|modem)'s\s+)?(?:web\s*|HTTP\s*|REST\s*)?API\b|"
                r"\b(?:use|using|go\s+through)\s+(?:the\s+|its\s+|an?\s+|the\s+(?:stick|dongle|modem)'s\s+)?(?:web\s*|HTTP\s*|REST\s*)?API\s+"
                r"(?:to|for)\s+(?:send|read|receiv|sending|reading)\w*\s+(?:the\s+|an?\s+)?(?:SMS|texts?|text\s+messages?)\b",
                "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
                unless=r"(?:n't|\bnot\b|\bno\s+need\s+to)\s+(?:\w+\s+){0,2}?(?:use|need|go\s+through)\b"),
    # the same in other languages, and the stick seen as a network card and not as a modem (the English said:hilink-mode row):
    # "aparece como una tarjeta de red y no como módem", "wird als Netzwerkkarte erkannt und nicht als Modem", "reconnue comme
    # une carte réseau et non comme un modem"; not with the composition named (ECM, RNDIS, QCFG: a module set to a network
    # function, not a HiLink firmware)
    *_in_each_language("said:hilink-mode", {
        # (stop 32) the stick said in HiLink mode, not negated in its clause: "в режиме HiLink", "en modo HiLink", "HiLink 版本"
        "ru": r"(?:^|[,;:])(?:(?!(?<![\w-])не(?![\w-]))[^,;:])*?(?:в\s+режиме\s+Hi-?Link|Hi-?Link[\s-]?(?:режим\w*|верси\w*|прошивк\w*))",
        "zh": r"(?<!不是)(?<!不是\s)(?<!非)Hi-?Link\s*(?:版本|版|模式|固件)|(?:工作在|处于)\s*(?:路由|路由器)\s*模式",
        "de": r"\bSMS\b[^.!?\n]{0,50}?\b(?:nur\s+)?(?:über|via|per|mit)\s+(?:die\s+|eine\s+|der\s+|seine\s+|ihre\s+)?(?:Web-?|HTTP-?|REST-?)?API\b|"
              r"\b(?:Web-?|HTTP-?|REST-?)?API\b[^.!?\n]{0,20}?\b(?:nutzen|verwenden|benutzen)\b[^.!?\n]{0,20}?\bSMS\b|"
              r"\b(?:als|wie)\s+(?:eine?n?\s+)?(?:Netzwerk-?karte|Netzwerk-?adapter|Netzwerk-?schnittstelle|Netzwerk-?ger(?:ä|ae)t|"
              r"Ethernet-?(?:karte|adapter|ger(?:ä|ae)t|schnittstelle)|LAN-?(?:karte|adapter))\b" + _SAME +
              r"{0,40}?\b(?:und\s+|aber\s+)?nicht\s+als\s+(?:ein\s+)?(?:[\w-]*)?Modem\b",
        "es": r"(?:^|[,;:])(?:(?!\b(?:no|nunca)\b)[^,;:])*?(?:\b(?:en\s+)?modo\s+Hi-?Link\b|\bversi[oó]n\s+Hi-?Link\b|\bfirmware\s+Hi-?Link\b)|"
              r"\b(?:usar|utilizar|pasar\s+por)\s+(?:la|una|su)\s+API(?:\s+web|\s+HTTP|\s+REST)?\s+(?:para|de)\s+(?:\w+\s+){0,3}?SMS\b|"
              r"\bSMS\b[^.!?\n]{0,50}?\b(?:por|mediante|a\s+trav[eé]s\s+de|con)\s+(?:la|una|su)\s+API\b|"
              r"\bcomo\s+(?:una\s+|un\s+)?(?:tarjeta|interfaz|adaptador|dispositivo)\s+(?:de\s+red|ethernet)\b" + _SAME +
              r"{0,30}?\b(?:y\s+|pero\s+)?no\s+como\s+(?:un\s+)?m[oó]dem\b",
        "pt": r"(?:^|[,;:])(?:(?!\b(?:n[aã]o|nunca)\b)[^,;:])*?(?:\b(?:em\s+|no\s+)?modo\s+Hi-?Link\b|\bvers[aã]o\s+Hi-?Link\b)|"
              r"\b(?:usar|utilizar|passar\s+pela)\s+(?:a|uma|sua)?\s*API(?:\s+web|\s+HTTP|\s+REST)?\s+(?:para|de)\s+(?:\w+\s+){0,3}?SMS\b|"
              r"\bSMS\b[^.!?\n]{0,50}?\b(?:pela|por\s+meio\s+da|atrav[eé]s\s+da|com\s+a)\s+API\b|"
              r"\bcomo\s+(?:uma\s+|um\s+)?(?:placa|interface|adaptador|dispositivo)\s+(?:de\s+rede|ethernet)\b" + _SAME +
              r"{0,30}?\b(?:e\s+|mas\s+)?n[aã]o\s+como\s+(?:um\s+)?modem\b",
        "fr": r"(?:^|[,;:])(?:(?!\b(?:pas|non|plus)\b)[^,;:])*?(?:\ben\s+mode\s+Hi-?Link\b|\bversion\s+Hi-?Link\b)|"
              r"\b(?:utiliser|passer\s+par)\s+(?:une\s+|l['’]\s*|son\s+|sa\s+)API(?:\s+web|\s+HTTP|\s+REST)?\s+(?:pour|de)\s+"
              r"(?:[\w'’]+\s+){0,4}?SMS\b|"
              r"\bSMS\b[^.!?\n]{0,50}?\b(?:via|par|avec)\s+(?:une\s+|l['’]\s*|son\s+|sa\s+)API\b|"
              r"\bcomme\s+(?:une?\s+)?(?:carte|interface|adaptateur|p[ée]riph[ée]rique)\s+(?:r[ée]seau|ethernet)\b" + _SAME +
              r"{0,30}?\b(?:et\s+|mais\s+)?(?:non|pas)\s+(?:pas\s+)?comme\s+(?:un\s+)?mod[eé]m\b",
        "it": r"(?:^|[,;:])(?:(?!\b(?:non)\b)[^,;:])*?(?:\bin\s+modalit[aà]\s+Hi-?Link\b|\bversione\s+Hi-?Link\b)|"
              r"\b(?:usare|utilizzare|passare\s+per)\s+(?:l['’]\s*|un['’]\s*|la\s+sua\s+)API(?:\s+web|\s+HTTP|\s+REST)?\s+per\s+"
              r"(?:\w+\s+){0,3}?SMS\b|\bSMS\b[^.!?\n]{0,50}?\b(?:tramite|via|con)\s+(?:l['’]\s*|un['’]\s*)API\b|"
              r"\bcome\s+(?:una\s+|un\s+)?(?:scheda|interfaccia|adattatore|dispositivo)\s+(?:di\s+rete|ethernet)\b" + _SAME +
              r"{0,30}?\b(?:e\s+|ma\s+)?non\s+come\s+(?:un\s+)?modem\b",
    }, "lsusb; ip addr (an Ethernet interface with a 192.168.x address from the stick's DHCP server)",
        unless=r"\b(?:ECM|RNDIS|NCM|usbnet|QCFG|USBCOMP)\b"),
    # ModemManager holds the port another program needs (fuser/lsof name it, or the post says it grabs it)
    StatedState("said:port-held-by-mm",
                r"\b(?:fuser|lsof)\b[^.]{0,80}\b(?:shows?|lists?|gives?|returns?|says?|reports?)\b[^.]{0,30}"
                r"(?:ModemManager|modem-manager|modem manager)|"
                r"\b(?:ModemManager|modem-manager|Modem ?Manager)\s+(?:\w+\s+)?(?:grabs|grabbed|holds|held|opens|opened|"
                r"probes|probed|locks|locked|blocks|blocked|interferes with|interfered with|occupies|steals|takes over|"
                # after a verb of stopping it: "how can I stop ModemManager grabbing the port"
                r"grabbing|holding|locking|blocking|occupying|stealing|taking over|interfering with)\s+"
                r"(?:the |my |our )?(?:\w+ )?(?:port|tty\w*|/dev/tty\w+|device|modem|serial)|"
                # the port as "it" after a verb of holding only ("my script cannot open /dev/ttyUSB2 because ModemManager
                # grabbed it"; "... so ModemManager probes it" is what the person wants)
                r"\b" + _MM + r"\s+(?:\w+\s+)?(?:grabs|grabbed|holds|held|locks|locked|blocks|blocked|occupies|occupied|steals|stole|"
                r"grabbing|holding|locking|blocking|occupying|stealing)\s+(?:it|them)\b(?!\s+(?:to|up|off)\b)|"
                # the same said as a noun: "the lock of ttyUSB interfaces by modemmanager", "ModemManager's hold on the ports"
                r"\b(?:lock(?:ing)?|hold|grab(?:bing)?|occupation)\s+(?:of|on)\s+(?:the\s+|my\s+|our\s+|all\s+)?(?:\w+\s+)?"
                r"(?:ports?|tty\w*|/dev/tty\w*|interfaces?|serial\s+ports?)\b[^.!?]{0,20}?\bby\s+" + _MM + r"|"
                r"\b" + _MM + r"\s+(?:\w+\s+)?(?:keeps?|kept|keeping)\s+(?:the\s+|my\s+|our\s+|all\s+)?(?:\w+\s+)?(?:ports?|tty\w*|"
                r"/dev/tty\w*|devices?|interfaces?)\s+(?:busy|open|locked|occupied)\b|"
                # "my AT commands get random answers because ModemManager polls the same port"
                r"\b" + _MM + r"\s+(?:\w+\s+)?(?:polls|polled|polling|queries|queried|querying|uses|used|using|talks\s+to|probes|probed|"
                r"probing|reads|reading)\s+(?:the\s+)?same\s+(?:[\w-]+\s+)?(?:port|tty\w*|device|modem|interface|serial\s+port)\b|"
                r"\b" + _MM + r"'s\s+(?:lock|hold|grip)\s+on\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:ports?|tty\w*|/dev/tty\w*|interfaces?|modem)\b|"
                # the node busy while ModemManager runs: "mbimcli tells me the device or resource is busy ... and ps shows
                # ModemManager running" (cdc-wdm opens exclusively: knowledge.md 2.10)
                r"\b(?:device\s+or\s+resource|device|port|resource|node)\s+(?:is\s+|was\s+|as\s+)?busy\b" + _SAME + r"{0,100}?\b" + _MM +
                r"|\b" + _MM + _SAME + r"{0,100}?\b(?:device\s+or\s+resource|device|port|resource|node)\s+(?:is\s+|was\s+|as\s+)?busy\b",
                "sudo fuser -v /dev/ttyUSB* /dev/cdc-wdm*; sudo journalctl -b -u ModemManager | tail -40",
                # (probing the ports is its work: "ModemManager probes the ports, then manages the modem fine")
                unless=r"\b(?:manages?|handles?|connects?|drives?)\s+(?:it|them|the\s+(?:\w+\s+)?(?:modem|stick|card))\s+(?:just\s+)?fine\b|"
                       r"\bwithout\s+(?:any\s+)?(?:problems?|issues?|trouble)\b"),
    # another program holds the modem's port, named or not ("gammu-smsd is also using /dev/ttyUSB2", "minicom has the
    # port open", "wvdial says the device is busy", "the Jeedom SMS plugin was also using the dongle"): a tty opened by one
    # program answers the other's commands out of turn, or refuses the second open (knowledge.md 2.10; ModemManager
    # itself is said:port-held-by-mm)
    StatedState("said:port-held-by-other",
                r"\b(?:gammu(?:-smsd)?|smsd|minicom|picocom|screen|cu|wvdial|pppd|sakis3g|gpsd|Network-?\s?Manager|"
                r"[\w-]+[-\s](?:plugin|daemon|service|app(?:lication)?|script))\s+(?:\w+\s+){0,2}?(?:is|was|were|are)\s+"
                r"(?:also\s+|still\s+|already\s+)?(?:using|holding|locking|occupying|accessing|reading|polling)\s+(?:the\s+|my\s+|our\s+)?"
                r"(?:same\s+)?(?:\w+\s+)?(?:port|/dev/tty\w+|tty\w+|modem|dongle|stick|device)s?\b|"
                r"\b(?:has|had|holds|held|keeps|kept)\s+(?:the\s+|my\s+|that\s+)?(?:serial\s+)?(?:port|/dev/tty\w+|tty\w+|modem|device)\s+"
                r"(?:open|opened|locked)\b|"
                # two programs named, then "both" and the port: "gammu-smsd and my script both open /dev/ttyUSB2"
                r"\b(?:and|&)\s+(?:\S+\s+){0,4}?both\s+(?:open|opened|opening|use|used|using|access\w*|read\s+from|reading\s+from|"
                r"talk\s+to|talking\s+to|poll\w*)\s+(?:the\s+same\s+)?(?:/dev/tty\w+|tty(?:USB|ACM)\d+|(?:serial\s+|AT\s+)?port|modem|"
                r"device)\b|"
                r"\b(?:another|some\s+other|a\s+second|an?\s*other)\s+(?:program|process|application|app|daemon|service|tool)\s+"
                r"(?:is\s+|was\s+)?(?:also\s+|still\s+|already\s+)?(?:talking\s+to|using|holding|reading|accessing|opening|has\s+opened)\s+"
                r"(?:(?:the\s+|my\s+)?(?:same\s+)?(?:port|/dev/tty\w+|tty\w+|modem|device)|it|them)\b|"
                r"\b(?:port|/dev/tty\w+|tty(?:USB|ACM)\d*|serial\s+device|device|modem)\s+(?:is|was)\s+(?:already\s+)?(?:busy|in\s+use|"
                r"locked(?!\s+(?:in|into|to|by|with|on|out|down)\b)(?!" + _SAME + r"{0,40}?\b(?:PIN|PUK|SIM)\b)|opened\s+by\s+(?:another|an?\s*other|some\s+other)\s+(?:program|process|app\w*))\b|"
                r"\b(?:because|since|as)\s+(?:the\s+)?(?:gammu(?:-smsd)?|smsd|minicom|picocom|screen|wvdial|pppd|sakis3g|gpsd|"
                r"Network-?\s?Manager|[\w-]+[-\s](?:plugin|daemon|service|app(?:lication)?|script))\s+(?:still\s+|already\s+)?"
                r"(?:holds|held|has|had|grabs|grabbed|locks|locked|occupies|occupied|keeps|kept|took|takes|owns|blocks|blocked)\s+"
                r"(?:it|them|the\s+(?:serial\s+)?port|the\s+modem|the\s+device|/dev/tty\w+)\b(?!\s+(?:closed|free))|"
                # brltty (the braille display daemon) taking the USB serial converter: "brltty grabs the CH340", "removing
                # brltty brought ttyUSB0 back" (its udev rules match generic converter ids, Launchpad bug 1990357)
                r"\bbrltty\b" + _SAME + r"{0,40}?\b(?:grabs?|grabbed|steals?|stole|claims?|claimed|takes?|took|hijack\w*|"
                r"holds?|held|interfer\w*|conflicts?)\b|"
                r"(?:\b(?:remov|uninstall|purg|disabl|mask)\w*\s+(?:the\s+)?brltty|\bbrltty\s+(?:was|is|got|has\s+been)\s+(?:removed|"
                r"uninstalled|purged|disabled|masked))\b" + _SAME + r"{0,60}?"
                r"\b(?:fix(?:es|ed)?|solv\w*|works?|worked|(?:came|comes)\s+back|appear\w*|helped|(?:stays?|stayed|remain(?:s|ed)?)\s+(?:on\s+)?"
                r"(?:/dev/)?(?:tty\w+|there|put|connected|attached))\b",
                "sudo fuser -v /dev/ttyUSB* /dev/ttyACM* /dev/cdc-wdm*; ps aux | grep -iE 'gammu|smsd|minicom|wvdial|pppd|ModemManager'",
                unless=r"(?:\b(?:not|no\s+longer|never)|n't)\s+(?:\w+\s+)?(?:using|holding|busy|in\s+use|open)\b|"
                       r"\b(?:fixed|solved|resolved)\b"),
    # a newer ModemManager is what made the modem work, or the older one is where it fails ("upgrading ModemManager to
    # 1.22 fixed it", "with a newer ModemManager from backports the modem is detected", "works with ModemManager 1.20 but
    # not with 1.18", "fixed in ModemManager 1.24.2"): the release in use was too old for the modem, or regressed
    # (knowledge.md 2.11)
    StatedState("said:mm-version-fixes",
                r"\b(?:upgrad\w*|updat\w*|install\w*|build\w*|compil\w*|mov\w*)\s+(?:to\s+)?(?:the\s+|a\s+)?(?:newer\s+|latest\s+|"
                r"current\s+|new\s+|git\s+)?" + _MM + r"(?:\s+(?:package|from\s+\S+(?:\s+\w+)?))?(?:\s+(?:to\s+)?(?:version\s+)?v?\d+\.\d+[\d.]*)?"
                + _SAME + r"{0,60}?\b(?:fix(?:es|ed)?|solv\w*|cured?|helped|resolv\w*|(?:it\s+|everything\s+)?works?(?:\s+now|\s+again)?|"
                r"(?:is\s+|was\s+|gets?\s+|got\s+)?(?:detected|recogni[sz]ed|found|listed))\b|"
                r"\b(?:with|after)\s+(?:a\s+|the\s+)?(?:newer|latest|recent|updated)\s+(?:version\s+of\s+)?" + _MM + _SAME +
                r"{0,60}?\b(?:fix(?:es|ed)?|works?|working|detected|recogni[sz]ed|found|listed)\b|"
                r"\bfixed\s+in\s+" + _MM + r"\s+v?\d+\.\d+|"
                r"\bworks?\s+(?:fine\s+)?(?:with|on|in)\s+" + _MM + r"\s+v?\d+\.\d+[\d.]*\s*,?\s+but\s+not\s+(?:with\s+|on\s+|in\s+)?"
                r"(?:" + _MM + r"\s+)?v?\d+\.\d+",
                "ModemManager --version; the distribution's ModemManager changelog for the modem's plugin",
                unless=r"\b(?:firmware|fw)\b|(?:\b(?:not|never|nothing)|n't)\s+(?:\w+\s+)?(?:fix|help|solv|chang|work|detect|"
                       r"recogni[sz]|find|found|list)\w*"),
    # ... or a named release of ModemManager or of the protocol library it drives the modem through (libqmi, libmbim) is
    # said not to go with the rest: "not compatible with libqmi 1.28.2", "libmbim 1.26 is incompatible", "ModemManager
    # 1.16.2 and newer is not able to use the QMI interface anymore". ModemManager talks QMI and MBIM only through
    # libqmi / libmbim (its plugins link them), so a mismatched or regressed release there leaves the modem unmanaged
    # however the rest is set up (knowledge.md 2.11); another release is what makes it work
    StatedState("said:mm-version-fixes",
                r"\b" + _MM_STACK + r"\s+v?\d+\.\d+[\d.]*\s+(?:(?:is|was)\s+)?(?:not\s+|in)compatible\b|"
                r"\b" + _MM_STACK + r"\s+v?\d+\.\d+[\d.]*(?:\s+(?:and|or)\s+(?:newer|later|above))?\s+(?:(?:is|are|was)\s+not\s+able\s+to|"
                r"(?:is|are|was)n't\s+able\s+to|can(?:'t|not)|could(?:n't|\s+not)|fails?\s+to|does(?:n't|\s+not))\s+"
                r"(?:use|talk\s+to|access|open|drive|manage|detect|see)\b" + _SAME + r"{0,50}?\b(?:any\s?more|no\s+longer)\b",
                "ModemManager --version; qmicli --version (libqmi) or mbimcli --version (libmbim); the distribution's package "
                "versions of the three", unless=r"\b(?:firmware|fw|kernel)\b"),
    # a program other than the connection manager talks to the modem ("I can talk to the modem with minicom on ttyUSB2",
    # "the stick works with wvdial", "UMTSmon detects the modem"): its ports exist and answer, so the modem, its driver
    # and its mode are not what keeps the manager from it (context: with said:mm-no-modem, stated-manager-misses-
    # reachable-modem reads the manager's own failure)
    StatedState("said:other-tool-reaches-modem",
                # the tool as the subject, its verb within three words: "minicom talks to the modem fine", "wvdial connects",
                # "UMTSmon detects the modem" (a daemon such as gammu-smsd is another program's story)
                r"\b(?:minicom|picocom|screen|cu|putty|wvdial|wvdialconf|UMTSmon|gammu|sakis3g|atinout|socat|comgt|gcom)(?![\w-])"
                r"(?:\s+[\w/]+){0,3}?\s+(?:detects?|detected|finds?|found|talks?\s+to|talked\s+to|connects?|connected|dials?\s+(?:out|in)|"
                r"works?(?:\s+fine|\s+perfectly)?(?=\s*[,.;!)]|\s+(?:and|but|fine|perfectly)\b)|can\s+(?:talk|connect|dial))\b|"
                r"\b(?:talk|speak|communicate|chat|send\s+AT\s+commands?)\s+(?:to|with)\s+(?:the\s+|my\s+)?(?:modem|stick|dongle|"
                r"module|it)\s+(?:\w+\s+){0,2}?(?:with|using|via|through|in|from)\s+(?:minicom|picocom|screen|cu|putty|atinout|socat)\b|"
                r"\b(?:modem|stick|dongle|module|it)\s+(?:\w+\s+)?works?\s+(?:fine\s+|perfectly\s+)?(?:with|in|using|via)\s+"
                r"(?:minicom|picocom|wvdial|UMTSmon|gammu|sakis3g|pppd)\b",
                "ls /dev/ttyUSB*; mmcli -L; journalctl -b -u ModemManager | tail -40", context=True,
                unless=r"(?:\b(?:not|never|neither|nor|unable\s+to|fails?\s+to|failed\s+to|cannot)|n't)\s+(?:\w+\s+)?(?:work|detect|find|"
                       r"found|see|answer|respond|talk|connect|dial)\w*|\bno\s+(?:answer|response|reply)\b"),
    # ... in the languages of the table and Chinese: German "der Port ist belegt", "wird von einem anderen Programm
    # verwendet", Spanish "el puerto está ocupado / en uso", Portuguese "a porta está ocupada / em uso", French "le port
    # est occupé / déjà utilisé", Italian "la porta è occupata", Russian "порт занят", Chinese "端口被占用"
    *_in_each_language("said:port-held-by-other", {
        "de": r"\b(?:Port|Schnittstelle|Ger(?:ä|ae)t|tty\w+)\s+(?:\S+\s+)?(?:ist|war|wird)\s+(?:bereits\s+|schon\s+)?(?:belegt|blockiert|gesperrt|"
              r"(?:von\s+einem\s+anderen\s+(?:Programm|Prozess)\s+)(?:verwendet|benutzt|geöffnet|belegt))\b",
        "es": r"\bpuerto\s+(?:\S+\s+)?(?:est(?:á|a)|estaba)\s+(?:ya\s+)?(?:ocupado|en\s+uso|bloqueado)\b",
        "pt": r"\bporta\s+(?:\S+\s+)?(?:est(?:á|a)|estava)\s+(?:j(?:á|a)\s+)?(?:ocupada|em\s+uso|bloqueada)\b",
        "fr": r"\bport\s+(?:\S+\s+)?(?:est|était)\s+(?:d(?:é|e)j(?:à|a)\s+)?(?:occup(?:é|e)|utilis(?:é|e)|verrouill(?:é|e))\b",
        "it": r"\bporta\s+(?:\S+\s+)?(?:è|e'|era)\s+(?:già\s+)?(?:occupata|in\s+uso|bloccata)\b",
        "ru": r"\bпорт\w*\s+(?:\S+\s+)?(?:занят|заблокирован|используется\s+другой)|"
              # a program occupies or holds the ports: "он постоянно занимает AT-порты", "ModemManager держит порт ttyUSB2"
              r"(?<!не )\b(?:занима\w*|занял\w*|держ\w*|захват\w*|блокиру\w*)\s+(?:\S+\s+){0,2}?(?:(?:АТ|AT)\s*-?\s*)?порт",
        "zh": r"(?:端口|串口)\S{0,10}?(?:被占用|已被占用|被其他(?:程序|进程)占用)",
    }, "sudo fuser -v /dev/ttyUSB* /dev/ttyACM* /dev/cdc-wdm*",
        unless=r"\b(?:nicht|no|não|pas|non|не)\s+(?:mehr\s+)?(?:belegt|ocupad[oa]|occup|занят)|不再|没有被占用|未被占用"),
    # ModemManager is not there to manage the modem (knowledge.md 2.11): not installed, not running, its service inactive,
    # too old for the modem, or told to skip it ("ModemManager isn't even installed", "systemctl shows the ModemManager
    # service as inactive (dead)", "an old udev rule sets ID_MM_DEVICE_IGNORE on this modem", "the strict filter rejects
    # its ttyACM ports"). A ModemManager kept off on purpose, another program running the modem, is no fault (unless)
    StatedState("said:mm-absent",
                r"\b" + _MM + r"(?:\.service)?(?:\s+(?:service|daemon|package))?\s+(?:is|was|were|are|has|had)(?:n't|\s+not|\s+never)\s+(?:been\s+)?(?:even\s+|actually\s+|"
                r"currently\s+)?(?:installed|running|run|started|enabled|active|present|there)\b|"
                r"\bthere(?:\s+(?:is|was)|'s)\s+no\s+" + _MM + r"\b(?:\s+(?:installed|package|service))?(?:\s+(?:on|in)\s+(?:it|this|the|my)\b|"
                r"\s+at\s+all\b|\s+installed\b)|\bno\s+" + _MM + r"\s+installed\b|"
                # mmcli's own words told: "mmcli says it couldn't find the ModemManager process on the bus"
                r"\bcould(?:n't|\s+not)\s+find\s+(?:the\s+)?" + _MM + r"\s+(?:process\s+|service\s+)?(?:on|in)\s+(?:the\s+)?(?:D-?Bus|bus)\b|"
                r"\b(?:nothing|no\s+(?:program|daemon|manager|service)|nobody)\s+(?:\w+\s+)?(?:(?:manages|managed|handles|picks\s+up)\s+"
                r"(?:it|them|the\s+(?:\w+\s+)?(?:modem|stick|dongle|card))|picks\s+(?:it|them)\s+up)\b|"
                r"\b" + _MM + r"(?:\.service)?(?:\s+(?:service|daemon))?\s+(?:\w+\s+){0,2}?(?:as\s+)?(?:inactive|dead|not\s+running)\b|"
                # the daemon does not come up: "the ModemManger could not start", "modemmanager: unable to start service",
                # "ModemManager.service fails to start"
                r"\b" + _MM + r"(?:\.service)?\b\W{0,3}(?:\s*(?:service|daemon))?\s+(?:\w+\s+)?(?:could(?:n't|\s+not)|can(?:'t|not|\s+not)|"
                r"unable\s+to|fails?\s+to|failed\s+to|won't|will\s+not|does(?:n't|\s+not)|did(?:n't|\s+not)|never|refuses?\s+to|refused\s+to)\s+"
                r"(?:even\s+)?(?:starts?|comes?\s+up|launch(?:es)?|runs?)(?:\s+(?:the\s+|its\s+)?(?:service|daemon))?\b|"
                r"\b(?:could(?:n't|\s+not)|can(?:'t|not)|unable\s+to|failed\s+to)\s+start\s+(?:the\s+)?" + _MM + r"\b|"
                r"\b" + _MM + r"\b" + _SAME + r"{0,40}?\btoo\s+old\b|\b(?:old|outdated|ancient)\s+(?:version\s+of\s+)?" + _MM + r"\b|"
                r"\bID_MM_DEVICE_IGNORE\b" + _SAME + r"{0,40}?\b(?:on|for)\s+(?:(?:this|the|my|our)\s+(?:\w+\s+)?(?:modem|device|module|stick)\b|"
                r"(?:it|them)\b(?!\s+(?:to|so|and)\b))|"
                r"\b(?:sets?|setting|has|had|tags?|tagged|adds?|added)\s+(?:the\s+)?ID_MM_DEVICE_IGNORE\b|"
                r"\b(?:rules?|udev|files?|config\w*|it|that|which|something|script|package)\s+(?:\S+\s+){0,3}?(?:sets?|tags?|tagged|marks?|"
                r"marked|flags?|flagged)\s+(?:\S+\s+){1,3}?(?:with|as)\s+ID_MM_DEVICE_IGNORE\b|"
                r"\b(?:is|are|was|were|gets?|got)\s+(?:still\s+)?(?:tagged|marked|flagged)\s+(?:with|as)\s+ID_MM_DEVICE_IGNORE\b|"
                r"\b" + _MM + r"\s+(?:just\s+|simply\s+|silently\s+)?(?:skips|skipped|ignores|ignored|filters|filtered)\s+(?:out\s+)?"
                r"(?:it|them|the\s+(?:\w+\s+)?(?:modem|device|ports?|stick)|my\s+(?:\w+\s+)?(?:modem|device|stick))\b|"
                r"\b(?:strict\s+)?filter(?:\s+policy)?\s+(?:\w+\s+)?(?:rejects?|rejected|skips?|skipped|ignores?|ignored|drops?|"
                r"filters?\s+out)\b",
                "systemctl status ModemManager; mmcli -L; udevadm info /sys/class/tty/ttyUSB0 | grep ID_MM",
                # "instead" is a choice ("I stopped ModemManager and use minicom instead"), unless another modem stack is
                # what handles the modem ("the modem is handled by oFono instead")
                unless=r"\b(?:on purpose|deliberately|intentionally|alone|works?|working|fine|stable)\b|^(?!.*\b(?:oFono|ofonod?)\b).*\binstead\b|" + _CTRL_TOOLS +
                       r"|\b(?:minicom|gammu\w*|pppd|wvdial|netifd)\b"),
    # ... in other words: "I don't have ModemManager on this box", "the modemmanager package is missing from the image",
    # "ModemManager is masked", "this modem is not supported by ModemManager", "the modem is ignored by ModemManager"
    StatedState("said:mm-absent",
                r"\b(?:I|we)\s+(?:do(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:even\s+)?have\s+" + _MM + r"\b(?!\s+(?:running\s+)?(?:on\s+purpose|"
                r"running\s+because))|"
                r"\b" + _MM + r"\s+package\s+(?:is\s+|was\s+)?(?:missing|absent|not\s+(?:included|installed|present|there|available))\b|"
                r"\b(?:missing|lacks?|lacking|without)\s+(?:the\s+)?" + _MM + r"\s+package\b|"
                r"\b" + _MM + r"(?:\.service)?\s+(?:is|was|has\s+been|got)\s+masked\b|"
                r"\b(?:is|are|was|were)(?:n't|\s+not)\s+(?:yet\s+)?supported\s+by\s+(?:the\s+)?(?:installed\s+|current\s+)?" + _MM + r"\b|"
                r"\b" + _MM + r"\s+(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:yet\s+)?support\s+(?:this|the|my|our)\s+(?:\w+\s+)?"
                r"(?:modem|module|card|stick|dongle|device)\b|"
                r"\b(?:is|are|was|were|gets?|got)\s+(?:just\s+|silently\s+)?ignored\s+by\s+" + _MM + r"\b",
                "systemctl status ModemManager; mmcli -L; udevadm info /sys/class/tty/ttyUSB0 | grep ID_MM",
                unless=r"\b(?:on purpose|deliberately|intentionally|instead)\b|" + _CTRL_TOOLS +
                       r"|\b(?:minicom|gammu\w*|pppd|wvdial|netifd)\b"),
    # stopping ModemManager makes the other program work, told as what happens each time ("If I stop ModemManager, my
    # script works", "if I kill ModemManager everything is fine"): a condition of habit, read as the observation it is
    StatedState("said:mm-stop-fixes",
                # the stop told as the command ("If I do systemctl stop ModemManager first they all work instantly")
                # (the condition opens the line or a sentence of it)
                r"(?:^|(?<=[.!?;])\s)\W*(?:if|whenever)\s+(?:I|we)\s+(?:first\s+)?" + _MM_STOP_DONE + r"\s*,?\s+(?:then\s+)?"
                r"(?:(?:my|the|our|it|they|everything|all)\b" + _SAME + r"{0,40}?" + _TROUBLE_GONE +
                r"|(?:my|the|our)\s+(?:\w+\s+)?(?:script|program|tool|app\w*|connection|modem)\s+works\b)|"
                # the stop as a need before the other program works: "I have to stop ModemManager before minicom gets any answer"
                r"\b(?:have|had|has|need|needed|must)\s+to\s+(?:first\s+)?(?:stop|disable|kill|mask)\s+(?:the\s+)?" + _MM +
                r"(?:\s+service)?\s+(?:first\s+)?(?:before|so\s+that|for)\s+(?:my\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:gets?|works?|answers?|"
                r"responds?|can\s+(?:open|talk|use|connect|send)|sees?|finds?)\b|"
                # the trouble only while it runs: "screen on ttyUSB2 shows nothing as long as ModemManager runs"
                r"\b(?:nothing|no\s+(?:answer|response|reply|output)|garbage|busy|(?:times?|timed)\s+out|fails?)\b" + _SAME +
                r"{0,60}?\b(?:as\s+long\s+as|only\s+while|whenever)\s+(?:the\s+)?" + _MM + r"(?:\s+service)?\s+(?:is\s+)?"
                r"(?:runs|running|active|up|started)\b",
                "systemctl is-active ModemManager; sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*", suspected=True,
                # (what should or would happen is a guess: "If I stop ModemManager first, it should work")
                unless=r"\b(?:not|n't|never|still|should|would|might|could|supposed)\b"),
    # ... in the languages of the clause grammar's table and Chinese: German "ModemManager ist nicht installiert / läuft
    # nicht", Spanish "ModemManager no está instalado / no se está ejecutando", Portuguese "não está instalado / não está
    # rodando", French "ModemManager n'est pas installé / ne tourne pas", Italian "non è installato / non è in esecuzione",
    # Russian "ModemManager не установлен / не запущен", Chinese "没有安装ModemManager", "ModemManager没有运行"
    *_in_each_language("said:mm-absent", {
        "de": r"\b" + _MM + r"(?:\.service)?\s+(?:ist|war|wird)\s+(?:\w+\s+)?(?:nicht|gar\s+nicht)\s+(?:installiert|aktiv|gestartet|vorhanden)\b|"
              r"\b" + _MM + r"(?:\.service)?\s+l(?:ä|ae)uft\s+(?:\w+\s+)?nicht\b|\bkein(?:en)?\s+" + _MM + r"\b",
        "es": r"\b" + _MM + r"\s+no\s+(?:est(?:á|a)|estaba)\s+(?:instalado|corriendo|activo|en\s+ejecuci(?:ó|o)n)\b|"
              r"\b" + _MM + r"\s+no\s+se\s+(?:est(?:á|a)\s+ejecutando|ejecuta|inicia)\b",
        "pt": r"\b" + _MM + r"\s+n(?:ã|a)o\s+(?:est(?:á|a)|estava)\s+(?:instalado|rodando|ativo|em\s+execu(?:ç|c)(?:ã|a)o)\b",
        "fr": r"\b" + _MM + r"\s+n'(?:est|était)\s+pas\s+(?:install(?:é|e)|lanc(?:é|e)|actif|d(?:é|e)marr(?:é|e))\b|"
              r"\b" + _MM + r"\s+ne\s+(?:tourne|d(?:é|e)marre|se\s+lance)\s+pas\b",
        "it": r"\b" + _MM + r"\s+non\s+(?:è|e'|era)\s+(?:installato|avviato|attivo|in\s+esecuzione)\b",
        "ru": r"\b" + _MM + r"\s+(?:не\s+(?:установлен|запущен|работает|стартует)\w*|отсутствует)",
        "zh": r"(?:没有|没|未)(?:安装|运行|启动)\s*" + _MM + r"|" + _MM + r"\s*(?:没有|没|未|并未)(?:安装|运行|启动)",
    }, "systemctl status ModemManager; mmcli -L",
        unless=r"\b(?:on purpose|deliberately|intentionally|absichtlich|a\s+prop(?:ó|o)sito|volontairement|специально)\b|" + _CTRL_TOOLS +
               r"|\b(?:minicom|gammu\w*|pppd|wvdial|netifd|uqmi|quectel-CM)\b|故意"),
    # NetworkManager runs without its WWAN device plugin (rules/networkmanager-wwan-plugin-missing.yaml reads NetworkManager's
    # own log): "wwan plugin is missing", "NetworkManager-wwan is not installed", "the image lacks the NM wwan plugin"
    StatedState("said:nm-wwan-plugin-missing",
                r"\b" + _NM_WWAN_PLUGIN + r"\b\s+(?:package\s+)?(?:is\s+|in\s+|was\s+|seems\s+|appears\s+)?(?:to\s+be\s+)?(?:still\s+)?"
                r"(?:missing|absent|gone|removed|split\s+out|not\s+(?:installed|available|present|included|loaded|found|there|"
                r"shipped|part\s+of))\b|"
                r"\b(?:missing|without|lacks?|lacking|no)\s+(?:the\s+|its\s+|any\s+)?" + _NM_WWAN_PLUGIN + r"\b|"
                r"\b" + _NM_WWAN_PLUGIN + r"\b" + _SAME + r"{0,30}?\b(?:is|was)(?:n't|\s+not)\s+(?:\w+\s+)?installed\b",
                "journalctl -b -u NetworkManager | grep -E 'Loaded device plugin|plugin not available'; "
                "ls /usr/lib*/NetworkManager/*/libnm-device-plugin-wwan.so",
                unless=_NOW_FIXED + r"|\b(?:installed|added)\s+(?:the\s+)?" + _NM_WWAN_PLUGIN),
    # the desktop's network menu has no mobile broadband controls (what the person sees of a NetworkManager without
    # its WWAN plugin, or of no ModemManager): "the controls to manage Mobile Broadband connections are missing from
    # the NetworkManager UI", "the switch to enable/disable modem radio is absent", "there is no Mobile Broadband option
    # in the network settings", "the mobile broadband section does not show up in plasma-nm"
    StatedState("said:no-mobile-broadband-ui",
                r"\b" + _MOBILE_BROADBAND_UI + r"\s+(?:\S+\s+){0,8}?" + _MOBILE_BROADBAND + r"\b" + _SAME + r"{0,60}?\b(?:is|are|was|were)\s+"
                r"(?:\w+\s+)?(?:missing|absent|gone|not\s+(?:shown|visible|present|available|there))\b|"
                r"\b" + _MOBILE_BROADBAND + r"\s+(?:\S+\s+){0,2}?" + _MOBILE_BROADBAND_UI + r"\s+(?:\w+\s+)?(?:(?:is|are|was|were)\s+"
                r"(?:\w+\s+)?(?:missing|absent|gone|not\s+(?:shown|visible|present|available|there))|(?:does|do|did)(?:n't|\s+not)\s+"
                r"(?:show|appear)|never\s+(?:shows?|appears?))\b|"
                r"\bno\s+(?:\S+\s+)?" + _MOBILE_BROADBAND + r"\s+(?:\S+\s+)?" + _MOBILE_BROADBAND_UI + r"\b" + _SAME + r"{0,40}?"
                r"\b(?:in|on|under|from)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:network\w*|NM|nm-applet|applet|plasma\S*|KDE|GNOME|"
                r"settings|panel|tray|UI|menu|task\s*bar|Network\s*Manager)\b",
                "nmcli device status; nmcli radio; journalctl -b -u NetworkManager | grep -E 'Loaded device plugin|plugin not "
                "available'; mmcli -L",
                unless=_NOW_FIXED),
    # something that needs ModemManager runs before it is up (a start-order race at boot, knowledge.md 2.11; see
    # _MM_UP): "the wan interface is started before ModemManager has registered on D-Bus", "ModemManager isn't up yet
    # when NetworkManager starts", "ModemManager only comes up after my wwan.service", "a race at boot with ModemManager"
    StatedState("said:mm-start-order",
                _RUNS_EARLY + r"[^.!?\n]{0,60}?\b(?:before|ahead\s+of)\s+(?:the\s+)?" + _MM_NAMED + r"\s+" + _MM_UP + r"|" +
                _MM_NOT_UP_YET + _SAME + r"{0,40}?\b(?:when|while|as|by\s+the\s+time|at\s+(?:boot|startup|that\s+point)|"
                r"during\s+boot|so)\b|\b(?:when|by\s+the\s+time|at\s+(?:boot|startup)|during\s+boot)\b" + _SAME + r"{0,80}?" +
                _MM_NOT_UP_YET + r"|"
                r"\b" + _MM_NAMED + r"\s+(?:only\s+|just\s+)?(?:starts|started|is\s+started|was\s+started|gets\s+started|got\s+started|"
                r"c[ao]mes?\s+(?:up|online)|launches|is\s+launched|loads|is\s+loaded|becomes\s+ready|appears\s+on\s+(?:the\s+)?"
                r"(?:D-?Bus|bus))\s+(?:\w+\s+)?(?:too\s+late|later\s+than\s+" + _EARLY_PROGRAM + r"|after\s+" + _EARLY_PROGRAM + r")|"
                r"(?:\brace(?:\s+condition)?\s+(?:at|on|during)\s+(?:boot|start-?up)|\b(?:start(?:-?up)?|boot|service|unit)\s+"
                r"order(?:ing)?)\b" + _SAME + r"{0,60}?\b" + _MM + r"\b|\b" + _MM + r"\b" + _SAME + r"{0,60}?(?:\brace(?:\s+condition)?"
                r"\s+(?:at|on|during)\s+(?:boot|start-?up)|\b(?:start(?:-?up)?|boot|service|unit)\s+order(?:ing)?)\b",
                "systemctl status ModemManager; journalctl -b | grep -iE 'ModemManager|mmcli' | head -40 (the caller's "
                "start against ModemManager's)",
                unless=r"\b(?:fixed|solved|resolved|make\s+sure|ensure|to\s+avoid|in\s+order\s+to)\b"),
    # the trouble goes away with ModemManager out of the way: "the timeouts disappeared as soon as I stopped the
    # ModemManager service", "when i do systemctl stop ModemManager all is normal", "after mmcli --inhibit-device my
    # script runs without a single timeout" (knowledge.md 2.10: stop, inhibit or make MM ignore the device)
    StatedState("said:mm-stop-fixes",
                r"\b(?:after|when|as\s+soon\s+as|since|with)\s+(?:I\s+|we\s+)?(?:do\s+|did\s+|run\s+|ran\s+)?" + _MM_STOPPED + _SAME +
                r"{0,80}?" + _TROUBLE_GONE + r"|(?:" + _TROUBLE_GONE_FIRST + r"|" + _TROUBLE_GONE + r")" + _SAME +
                r"{0,60}?\b(?:after|when|as\s+soon\s+as|once|since)\s+(?:I\s+|we\s+)?(?:do\s+|did\s+|run\s+|ran\s+)?" + _MM_STOPPED + r"|"
                # the stop, then at once what works: "I stopped ModemManager, qmicli works fine", "we disabled ModemManager and
                # now minicom gets answers"
                r"\b(?:I|we)\s+(?:have\s+|had\s+|then\s+|just\s+)?" + _MM_STOPPED + r"\s*(?:,|;|\s-|\sand\b|\sthen\b)\s*(?:and\s+)?"
                r"(?:now\s+|then\s+)?" + _TROUBLE_GONE + r"|\b(?:stopping|disabling|killing|inhibiting|masking|"
                r"removing|uninstalling)\s+(?:the\s+)?" + _MM + r"\b" + _SAME + r"{0,40}?\b(?:fixed|solved|helped|cured|did\s+it)\b|"
                # the cure as an order, before or beside the manual tool: "tag the device with ID_MM_DEVICE_IGNORE so
                # ModemManager leaves it alone", "stop ModemManager before you run qmicli", "use -p or stop MM first"
                r"(?:^|[.!?:;]\s+|,\s+|\b(?:or|then|just|simply|first)\s+)(?:just\s+|simply\s+|first\s+|then\s+)?(?:"
                r"(?:stop|disable|inhibit|mask|kill)\s+(?:the\s+)?" + _MM + r"(?:\s+service)?\b" + _SAME + r"{0,40}?\b(?:first|before|"
                r"while)\b|(?:tag|mark|flag)\s+(?:\S+\s+){0,4}?(?:with\s+|as\s+)?ID_MM_DEVICE_IGNORE\b" + _SAME + r"{0,60}?"
                r"\b(?:leaves?|let|lets|stops?|won't|will\s+not|does(?:n't|\s+not)|no\s+longer)\s+(?:it\s+)?(?:alone|touch\w*|grab\w*|"
                r"interfer\w*|open\w*|prob\w*|use|using|get\s+in)\b)",
                "systemctl is-active ModemManager; sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*"),
    # the trouble gone once ModemManager is stopped, in Spanish, German, French, Portuguese and Italian: "solo funcionan
    # cuando detengo ModemManager", "sobald ich den ModemManager stoppe, antwortet das Modem", "après avoir arrêté
    # ModemManager, wvdial se connecte", "só funciona quando paro o ModemManager", "dopo aver fermato ModemManager funziona"
    *_in_each_language("said:mm-stop-fixes", {
        "es": r"\b(?:funciona\w*|va|anda|responde\w*|conecta\w*)\b" + _SAME + r"{0,40}?\b(?:cuando|despu[eé]s\s+de|al|tras)\s+"
              r"(?:detengo|paro|parar|detener|desactivo|desactivar|deshabilito|deshabilitar|mato|matar|quito|quitar|desinstalo|desinstalar)"
              r"\s+(?:el\s+)?" + _MM + r"|\b(?:al|tras|despu[eé]s\s+de)\s+(?:detener|parar|desactivar|deshabilitar|matar|quitar|"
              r"desinstalar)\s+(?:el\s+)?" + _MM + r"\b" + _SAME + r"{0,60}?\b(?:funciona\w*|responde\w*|conecta\w*|va\s+bien|todo\s+bien)\b",
        "de": r"\b(?:sobald|wenn|nachdem|seit)\s+ich\s+(?:den\s+)?" + _MM + r"\s+(?:\w+\s+)?(?:stoppe|beende|deaktiviere|abschalte|kille|"
              r"deinstalliere|entferne|gestoppt|beendet|deaktiviert|abgeschaltet|deinstalliert|entfernt)\b" + _SAME + r"{0,80}?"
              r"\b(?:funktioniert|klappt|geht|antwortet|verbindet|l(?:ä|ae)uft|normal|problemlos|einwandfrei)\b|"
              r"\b(?:funktioniert|klappt|geht|antwortet|l(?:ä|ae)uft|verbindet)\w*\b" + _SAME + r"{0,60}?\b(?:erst|nur)\s+(?:wenn|nachdem|"
              r"sobald)\s+(?:ich\s+)?(?:den\s+)?" + _MM + r"\s+(?:\w+\s+)?(?:stoppe|beende|deaktiviere|gestoppt|beendet|deaktiviert|"
              r"deinstalliert|entfernt)\b",
        "fr": r"\b(?:apr[eè]s\s+avoir|en)\s+(?:arr[eê]t[eé]|arr[eê]tant|d[eé]sactiv[eé]|d[eé]sactivant|tu[eé]|d[eé]sinstall[eé]|"
              r"supprim[eé])\s+(?:le\s+(?:service\s+)?)?" + _MM + r"\b" + _SAME + r"{0,80}?\b(?:fonctionn\w*|march\w*|r[eé]pond\w*|"
              r"(?:se\s+)?connect\w*|sans\s+probl[eè]me)|\b(?:fonctionn\w*|march\w*|r[eé]pond\w*)\b" + _SAME + r"{0,60}?"
              r"\b(?:seulement|uniquement|qu')\s*(?:quand|si|lorsque|apr[eè]s)\b" + _SAME + r"{0,30}?\b(?:arr[eê]t|d[eé]sactiv)\w*\s+"
              r"(?:le\s+)?" + _MM + r"\b",
        "pt": r"\b(?:funciona\w*|responde\w*|conecta\w*)\b" + _SAME + r"{0,40}?\b(?:quando|depois\s+de|ap[oó]s)\s+(?:paro|parar|"
              r"desativo|desativar|desabilito|desabilitar|mato|matar|removo|remover)\s+(?:o\s+)?" + _MM + r"\b",
        "it": r"\b(?:funziona\w*|rispond\w*|si\s+connette)\b" + _SAME + r"{0,40}?\b(?:quando|dopo\s+aver)\s+(?:fermo|fermato|disattivo|"
              r"disattivato|disabilito|disabilitato|rimosso)\s+(?:il\s+)?" + _MM + r"\b|\bdopo\s+aver\s+(?:fermato|disattivato|"
              r"disabilitato|rimosso)\s+(?:il\s+)?" + _MM + r"\b" + _SAME + r"{0,60}?\b(?:funziona\w*|rispond\w*|si\s+connette)\b",
    }, "systemctl is-active ModemManager; sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*",
        unless=r"\b(?:auch|selbst)\s+(?:nachdem|wenn|mit)\b|\b(?:antwortet|funktioniert|klappt|geht|verbindet|l(?:ä|ae)uft)\s+(?:\w+\s+){0,3}?"
               r"(?:nicht|kein\w*)\b|\btrotzdem\b|\b(?:ni\s+siquiera|aun(?:que)?|sigue\s+sin|tampoco)\b|\bno\s+(?:funciona|responde|"
               r"conecta)|\bm[eê]me\s+(?:apr[eè]s|en)\b|\btoujours\s+pas\b|\bne\s+(?:\w+\s+)?(?:pas|plus|jamais)\b|\bn[aã]o\s+"
               r"(?:funciona|responde)|\bnon\s+(?:funziona|risponde)|\banche\s+dopo\b"),
    # ModemManager and another program on one modem, told plainly: "both ModemManager and uqmi managing the same modem",
    # "ModemManager is also running ... both of them talk to the modem at the same time"
    StatedState("said:mm-shares-modem",
                r"\b" + _MM + r"\b" + _SAME + r"{0,120}?\b(?:both(?:\s+of\s+them)?|two\s+(?:programs|managers|tools|daemons))\b" +
                _SAME + r"{0,60}?\b(?:same\s+(?:modem|port|device|tty\w*|cdc-wdm\w*|serial\s+port)|at\s+the\s+same\s+time|"
                r"simultaneously|concurrently|in\s+parallel)\b|"
                r"\bboth\s+" + _MM + r"\s+and\s+" + _SAME + r"{0,60}?\b(?:same\s+(?:modem|port|device|tty\w*|cdc-wdm\w*)|"
                r"at\s+the\s+same\s+time|simultaneously|concurrently)\b|"
                # libqmi/libmbim tools open the node directly unless told -p (--device-open-proxy), and cdc-wdm opens
                # once at a time: "you run qmicli without -p while ModemManager owns the port"
                r"\b" + _CTRL_TOOLS + r"\b" + _SAME + r"{0,30}?\bwithout\s+(?:the\s+)?(?:-p\b|--device-open-proxy|(?:qmi-|mbim-)?proxy)"
                + _SAME + r"{0,80}?\b" + _MM + r"\b|\b" + _MM + r"\b" + _SAME + r"{0,80}?\b" + _CTRL_TOOLS + r"\b" + _SAME +
                r"{0,30}?\bwithout\s+(?:the\s+)?(?:-p\b|--device-open-proxy|(?:qmi-|mbim-)?proxy)|"
                # the other tool works only with the manager stopped: "sakis3g only finds the modem after I stop NetworkManager",
                # "wvdial connects only when ModemManager is disabled" (NetworkManager starts and drives ModemManager)
                r"\bonly\s+(?:\w+\s+){0,4}?(?:after|when|once|with)\s+(?:I\s+|we\s+)?(?:stop|kill|disabl|remov|uninstall|mask|purg)\w*\s+"
                r"(?:the\s+)?(?:" + _MM + r"|Network-?\s?Manager|network-manager)\b|\bonly\s+(?:\w+\s+){0,4}?(?:after|when|once|with)\s+"
                r"(?:the\s+)?(?:" + _MM + r"|Network-?\s?Manager|network-manager)\s+(?:is\s+|was\s+)?(?:stopped|killed|disabled|removed|"
                r"uninstalled|masked|purged|not\s+running)\b|"
                r"\b" + _MM + r"\b" + _SAME + r"{0,120}?\b(?:fight\w*|fought|compet\w*|rac(?:e|es|ing)|clash\w*|collid\w*)\s+"
                r"(?:over|for|with)\b|\b(?:fight\w*|fought|compet\w*|clash\w*)\s+(?:over|for|with)\b" + _SAME + r"{0,120}?\b" + _MM + r"\b|"
                # a QMI/MBIM tool that hangs or times out, and ModemManager said to run beside it, in the same or the next
                # sentence: "qmicli ... just times out. ModemManager is running.", "uqmi hangs while ModemManager is active".
                # ModemManager holds the control port; a tool opened without -p (the qmi-proxy / mbim-proxy) gets no
                # answers (libqmi qmi-device.c: the proxy shares the port; knowledge.md 2.10)
                # (a tool run with -p goes through ModemManager's proxy: no clash)
                + _TOOL_WITHOUT_PROXY + _SAME + r"{0,60}?\b" + _HANG + r"[^\n]{0,80}?(?:" + _MM_RUNS + r")|"
                r"(?:" + _MM_RUNS + r")[^\n]{0,80}?" + _TOOL_WITHOUT_PROXY + _SAME + r"{0,60}?\b" + _HANG,
                "systemctl is-active ModemManager; sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*",
                unless=r"\b(?:without\b(?!\s+(?:the\s+)?(?:-p\b|--device-open-proxy|(?:qmi-|mbim-)?proxy))|no longer|"
                       r"not (?:running|installed|using)|disabled|stopped)\b"),
    # the user or service that opens the modem's node has no right to: its mode/group shut it out, adding it to
    # dialout did not help, it has "no permission" (knowledge.md permissions: tty open EACCES, user not in
    # dialout; /dev/cdc-wdm* root-only)
    StatedState("said:no-permission",
                r"\b(?:no|without|lacks?|lacking|missing|insufficient|not enough) (?:the )?(?:permission|rights?|access rights?)s?\b"
                r"[^.!?]{0,30}?(?:" + _MODEM_NODE + r"|\b(?:the |a |my )?(?:modem|device|serial port|port|tty)\b)|"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable to|fails? to|failed to)\s+(?:access|open|use)\s+" + _MODEM_NODE +
                r"[^.!?]{0,60}?\b(?:permission|access denied|EACCES|as (?:a )?(?:normal )?user|without (?:sudo|root))|"
                r"\b(?:not (?:being )?(?:a )?member of|not (?:being )?in|(?:is|are|was|were)n't (?:a )?(?:member of|in)) (?:the )?" + _DIALOUT_NAME + r" group\b|"
                # "it is needed that the user is in the dialout group, which isn't the case"
                r"\bin (?:the )?" + _DIALOUT_NAME + r" group\b[^.!?]{0,20}?\b(?:which|what|that) (?:is(?:n't| not)|was(?:n't| not)) the case\b|"
                # the remedy said as a need: "you need to add the `kannel` user to the `dialout` group", "the service
                # user must be in the dialout group"
                r"\b(?:needs? to|ha(?:ve|s) to|must|required to)\s+(?:be\s+)?add\w*\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?" + _DIALOUT_NAME + r"|"
                r"\b(?:needs? to|ha(?:ve|s) to|must)\s+be\s+(?:a\s+member\s+of|in)\s+(?:the\s+)?" + _DIALOUT + r"\b|"
                # the membership asked for, the group often quoted as a program prints it: "you must be member of the
                # "dialout" group", "you must get a member of dialout", "how can I become a member of 'dialout'", "join dialout"
                r"\b(?:needs? to|ha(?:ve|s) to|must|should)\s+(?:be|get|become)\s+(?:a\s+)?member\s+of\s+(?:the\s+)?" + _DIALOUT + r"|"
                r"\b(?:must|needs? to|ha(?:ve|s) to|should)\s+(?:get|be)\s+(?:a\s+)?member\s+" + _DIALOUT + r"|"
                r"\b(?:how\s+(?:can|do|could|should)\s+(?:I|we|one|you)|tells?\s+(?:me|us)\s+to|asks?\s+(?:me|us)\s+to|"
                r"(?:must|need(?:s)?\s+to|ha(?:ve|s)\s+to))\s+(?:get|become|join)\s+(?:a\s+member\s+of\s+)?(?:the\s+)?" + _DIALOUT + r"|"
                # added and still refused: "I put the asterisk user in the dialout group and it still cannot open /dev/ttyUSB2"
                r"\b(?:add\w*|put\w*)\s+(?:\S+\s+){0,3}?(?:to|in|into)\s+(?:the\s+)?" + _DIALOUT + r"\b" + _SAME +
                r"{0,40}?\bstill\b" + _SAME + r"{0,20}?" + _OPEN_FAILS + r"|"
                r"\b(?:does(?:n't| not)|do(?:n't| not)|did(?:n't| not))\s+have\s+(?:a\s+|the\s+|any\s+)?(?:permission|rights?|access)s?\s+"
                r"(?:to\s+(?:use|access|open|read|write)\s+|on\s+|for\s+)(?:the\s+)?" + _MODEM_NODE + r"|"
                r"\bnot having (?:the )?permissions? to (?:access|open|use) (?:the )?" + _MODEM_NODE + r"|"
                # the failure told with the user it happens as: "started as my user it refuses to open /dev/cdc-wdm0",
                # "it fails as a normal user", "qmicli only works when I run it as root", "could only talk to the modem
                # with sudo"
                r"\bas\s+(?:my|a|an|the)\s+(?:normal\s+|regular\s+|non-?root\s+|own\s+|unprivileged\s+|plain\s+)?user\b" + _SAME +
                r"{0,30}?" + _OPEN_FAILS + r"|" + _OPEN_FAILS + _SAME + r"{0,40}?\bas\s+(?:my|a|an|the)\s+(?:normal\s+|regular\s+|"
                r"non-?root\s+|own\s+|unprivileged\s+|plain\s+)?user\b|"
                r"\bonly\s+(?:\w+\s+){0,2}?(?:works?|runs?|succeeds?|talks?|opens?|answers?)\b" + _SAME + r"{0,40}?\b(?:as|with|under|via|"
                r"using)\s+(?:root|sudo|superuser)\b|"
                r"\b(?:can|could)\s+only\s+(?:\w+\s+){0,5}?(?:as|with|under|via|using)\s+(?:root|sudo|superuser)\b|"
                # the device refused with the reason: "cannot open the device because of missing rights"
                + _OPEN_FAILS + r"\s+(?:open|access|use|read|write)\w*\s+(?:to\s+)?(?:the\s+)?(?:" + _MODEM_NODE + r"|device|port|modem|node|"
                r"tty\w*)" + _SAME + r"{0,40}?\b(?:permissions?|rights?|access denied|EACCES)\b|"
                # the fix told: "until I added myself to the dialout group", "after adding the user to dialout it works"
                r"\b(?:until|after|since)\s+(?:I|we)\s+(?:have\s+|had\s+)?added\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?" + _DIALOUT_NAME + r"|"
                r"\badding\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?" + _DIALOUT + r"\s+(?:fixed|solved|helped|did it|made it work)\b|"
                # the node root's only: "/dev/cdc-wdm0 is only accessible by root"
                + _MODEM_NODE + r"[^.!?]{0,40}?\b(?:only\s+(?:accessible|readable|writ(?:e)?able|usable|available|opened)\s+(?:by|for|to)"
                r"\s+root|root[- ]only)\b|"
                r"\bpermission denied\s+(?:on|for|to|when (?:opening|accessing)|opening|accessing|while opening)\s+(?:the\s+)?" +
                _MODEM_NODE + r"|" + _MODEM_NODE + r"[^.!?]{0,60}?\b(?:belongs? to|owned by)\s+(?:the\s+)?(?:user\s+)?root\b|"
                r"\badd\w*\s+(?:\S+\s+){0,3}to (?:the )?" + _DIALOUT + r"\b[^.!?]{0,20}?\b(?:gives nothing|does(?:n't| not) (?:help|work|change)|"
                r"did(?:n't| not) (?:help|work|change)|changes nothing|has no effect|no effect)",
                "ls -l /dev/cdc-wdm* /dev/wwan* /dev/ttyUSB* /dev/ttyACM*; id <the user or service>; "
                "the program's own error when it opens the port"),
    # a confinement (AppArmor, SELinux, a snap's or Flatpak's sandbox) that shuts the modem's programs out, as the person
    # or a maintainer says it: "AppArmor denies qmi-proxy its unix socket", "the snap confinement blocks ModemManager
    # from /dev/cdc-wdm0", "add the permissions needed by the mbim and qmi proxies to the modem-manager interface"
    StatedState("said:no-permission",
                r"\b(?:AppArmor|SELinux|snap(?:d|'s)?\s+confinement|confinement|sandbox\w*|seccomp)\b" + _SAME + r"{0,30}?\b(?:den(?:y|ies|ied)|"
                r"block\w*|prevent\w*|refus\w*|forbid\w*|stop\w*)\b" + _SAME + r"{0,60}?(?:" + _MODEM_PROGRAM_OR_NODE + r")|"
                r"\b(?:add|grant|allow|give)\w*\s+(?:the\s+)?(?:permissions?|rights?|access|rules?)\s+(?:that\s+(?:are\s+)?)?(?:needed|"
                r"required|missing)\s+(?:by|for)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:" + _MODEM_PROGRAM_OR_NODE + r")",
                "the confinement's denials: sudo journalctl -k | grep -i 'apparmor=\"DENIED\"'; ausearch -m avc; snap connections "
                "modem-manager"),
    # Chinese "没有权限打开 /dev/ttyUSB2", "串口权限不够"; German "keine Berechtigung"; Russian "нет прав на"; Spanish
    # "sin permisos"; Portuguese "sem permissão", each with the modem's node or port beside it
    *_in_each_language("said:no-permission", {
        "zh": r"(?:没有|没|无)(?:访问|打开|读写|使用)?权限|权限(?:不足|不够|被拒绝?)",
        "de": r"\bkeine\s+(?:Zugriffs)?(?:rechte|Berechtigung\w*)",
        "ru": r"нет\s+прав\w*",
        "es": r"\b(?:sin|no tengo|no tiene)\s+permisos?\b",
        "pt": r"\bsem\s+permiss(?:ão|ões)",
    }, "ls -l /dev/cdc-wdm* /dev/wwan* /dev/ttyUSB* /dev/ttyACM*; id <the user or service>",
        unless=r"^(?!.*(?:" + _MODEM_NODE + r"|串口|端口|Port|порт))"),
    # a program driving the wrong port, or the internal card instead of the stick (the English said:name-mismatch rows):
    # "envía los comandos al puerto equivocado", "schickt die Befehle an den falschen Port", "wählt sich über die eingebaute
    # Karte statt über den USB-Stick ein", "envoie les commandes au mauvais port", "manda os comandos para a porta errada"
    *_in_each_language("said:name-mismatch", {
        # (stop 32) a program's port, then the modem's other port: model words above STATES; "串口不对", "не в тот порт"
        "ru": _program_on_other_port("ru") + r"|" + r"(?<![\w-])не\s+(?:в\s+)?(?:тот|той)\s+(?:порт|устройство|интерфейс|tty)\w*",
        "zh": r"(?:tty(?:USB|ACM)?\d*|串口|端口|AT\s*口|设备(?:名|节点)?|接口)[^。！？，]{0,4}?(?:不对|错了|选错|填错|写错|弄错|搞错|识别错误?)|(?:错误|不对)的\s*(?:串口|端口|AT\s*口)|"
              r"(?:默认|用的是|使用|打开|写成|写的是|配置的是|发到|发送到)[^。！？]{0,20}?" + _PORT_NAME + r"[^。！？]{0,30}?(?:但|可是|其实|实际上|而不是)"
              r"[^。！？]{0,20}?" + _PORT_NAME + r"|(?:应该|要)\s*(?:用|使用|选)\s*" + _PORT_NAME + r"\s*(?:而不是|不是)\s*" + _PORT_NAME,
        "es": _program_on_other_port("es") + r"|"
              r"\b(?:al|el|en\s+el|por\s+el)\s+(?:puerto|dispositivo)\s+(?:equivocado|incorrecto|err[oó]neo)\b|"
              r"\b(?:por|con|a\s+trav[eé]s\s+de)\s+(?:la\s+|el\s+)?(?:tarjeta|m[oó]dem|m[oó]dulo)\s+(?:interna?o?|integrad[ao])\s+"
              r"en\s+(?:lugar|vez)\s+de\s+(?:la\s+|el\s+)?(?:llave|pincho|m[oó]dem|stick|dongle)\b",
        "de": _program_on_other_port("de") + r"|"
              r"\b(?:an\s+den|den|auf\s+den|(?:ü|ue)ber\s+den|zum)\s+falschen\s+(?:Port|Anschluss|Schnittstelle|Ger(?:ä|ae)t|tty\w*)\b|"
              r"\b(?:(?:ü|ue)ber|mit)\s+(?:die\s+|das\s+|den\s+)?(?:eingebaute|interne|integrierte|onboard)n?\s+(?:[\w-]+\s+)?"
              r"(?:[\w-]*Karte|Modem|Modul)\s+(?:ein\s+|an\s+|auf\s+)?(?:statt|anstatt|anstelle)\s+(?:(?:ü|ue)ber\s+|mit\s+)?(?:den|das|die|meinen|meine)\s+"
              r"(?:[\w-]+\s+)?(?:[\w-]*Stick|Modem|Karte|Dongle)\b",
        "fr": _program_on_other_port("fr") + r"|"
              r"\b(?:au|le|sur\s+le|par\s+le|vers\s+le)\s+mauvais\s+(?:port|p[ée]riph[ée]rique|tty\w*)\b|"
              r"\b(?:par|avec|via)\s+(?:la\s+|le\s+)?(?:carte|mod[eé]m|module)\s+(?:interne|int[ée]gr[ée]e?)\s+au\s+lieu\s+(?:de\s+la|du|de\s+l')\s*"
              r"(?:cl[eé]|mod[eé]m|stick|dongle)\b",
        "pt": _program_on_other_port("pt") + r"|\b(?:para\s+a|na|a|pela)\s+porta\s+(?:errada|incorreta)\b",
        "it": _program_on_other_port("it") + r"|\b(?:alla|la|sulla|dalla)\s+porta\s+sbagliata\b",
    }, "ls -l /dev/serial/by-id/ /dev/ttyUSB*; the port or modem the program's settings name; mmcli -L",
        unless=r"\b" + _MM + r"\b|" + _NOW_FIXED + r"|\b(?:funktioniert\s+jetzt|jetzt\s+geht|ahora\s+funciona|agora\s+funciona|"
               r"теперь\s+работает)\b|已经?解决|正常了"),
    # ModemManager holding the port, in Portuguese, French and Italian (German, Spanish, Russian, Chinese, Japanese:
    # model/prose_states_foreign.py)
    *_in_each_language("said:port-held-by-mm", {
        "pt": r"\bModem\s?Manager\s+(?:\w+\s+){0,3}?(?:ocupa|bloqueia|prende|segura|toma)\s+(?:\w+\s+)?(?:a\s+|as\s+|o\s+)?portas?\b",
        "fr": r"\bModem\s?Manager\s+(?:\w+\s+){0,3}?(?:occupe|bloque|monopolise|accapare|verrouille|prend)\s+(?:\w+\s+)?(?:le\s+|les\s+)?ports?\b",
        "it": r"\bModem\s?Manager\s+(?:\w+\s+){0,3}?(?:occupa|blocca|tiene\s+occupat[ao]|prende)\s+(?:\w+\s+)?(?:la\s+|le\s+)?port[ae]\b",
    }, "sudo fuser -v /dev/ttyUSB* /dev/cdc-wdm*; sudo journalctl -b -u ModemManager | tail -40"),
    # the default route left on another link (the English said:default-route-elsewhere rows): "die Standardroute bleibt
    # auf wlan0", "la ruta por defecto sigue por eth0", "la route par défaut reste sur wlan0", "a rota padrão continua na
    # eth0", "la route di default resta su wlan0"
    *_in_each_language("said:default-route-elsewhere", {
        "de": r"\b(?:Standard-?route|Default-?route|Standard-?gateway|Default-?gateway)\b" + _SAME + r"{0,30}?\b(?:bleibt|ist|zeigt|geht|"
              r"l(?:ä|ae)uft|steht)\s+(?:immer\s+noch\s+|noch\s+|weiterhin\s+|trotzdem\s+)?(?:auf|(?:ü|ue)ber|via|an|nach|bei)\s+"
              r"(?:dem\s+|der\s+|das\s+)?" + _OTHER_UPLINK,
        "es": r"\bruta\s+(?:por\s+defecto|predeterminada)\b" + _SAME + r"{0,30}?\b(?:sigue|queda|va|apunta|est[aá]|se\s+queda)\s+"
              r"(?:\w+\s+)?(?:por|a|en|hacia|v[ií]a)\s+(?:la\s+|el\s+)?" + _OTHER_UPLINK,
        "fr": r"\broute\s+par\s+d[ée]faut\b" + _SAME + r"{0,30}?\b(?:reste|est|pointe|passe|va)\s+(?:toujours\s+|encore\s+)?"
              r"(?:sur|par|vers|via)\s+(?:la\s+|le\s+|l')?" + _OTHER_UPLINK,
        "pt": r"\brota\s+(?:padr[aã]o|default)\b" + _SAME + r"{0,30}?\b(?:continua|fica|vai|aponta|est[aá]|permanece)\s+(?:\w+\s+)?"
              r"(?:na|no|pela|pelo|para\s+a|para\s+o|via)\s+" + _OTHER_UPLINK,
        "it": r"\broute\s+(?:di\s+)?default\b" + _SAME + r"{0,30}?\b(?:resta|rimane|va|punta|[eè])\s+(?:ancora\s+|sempre\s+)?"
              r"(?:su|sulla|sul|verso|via|tramite)\s+" + _OTHER_UPLINK,
    }, "ip route; ip route get 9.9.9.9", unless=_NOW_FIXED),
    # the modem does not register on the network (it stays searching): what the person saw, in words; the
    # network words keep a driver or callback that "fails to register" out (knowledge.md 2.15 not-registered)
    StatedState("said:not-registered",
                # "does not register to the LTE network", "won't join the network": the clause grammar; here the rest
                r"\bno (?:network )?registration\b|\bnetwork registration (?:fails|failed|never completes|is denied|denied|"
                r"(?:is|does)(?:n't| not) work\w*|is not happening)\b|\bfail(?:s|ed)? (?:the |its )?(?:network )?registration\b|"
                r"\b(?:stuck|stays?|remains?|keeps?|sits?|sitting) (?:in |on |at )?(?:the )?(?:searching|\"searching\"|'searching')"
                r"(?: state)?\b|"
                # a program's registration wait that never ends (TinyGSM's "Waiting for network...", a modem
                # manager's "waiting for network registration"): "keeps showing waiting for network", "stuck at ..."
                r"\b(?:keeps?|kept|stuck|stays?|remains?|hangs?|hung|only|always|forever|endless\w*)\b" + _SAME +
                r"{0,30}?\bwaiting for (?:the |a )?(?:network|registration|signal|service)\b|"
                # the registration refused: "the network refuses the registration", "the 3GPP state shows denied"
                # "the modem never registers", "registration denied by the network"
                r"\b(?:modem|module|it|device|card|stick|dongle)\s+(?:still\s+)?never\s+(?:registers?|gets?\s+registered|attaches?)\b|"
                # (a tool's name of a +CREG value in brackets, "+CREG: 0,3 (Registration denied)", is the AT answer's reading:
                # the circuit-switched domain only, which not-registered-cs-only weighs)
                r"(?<![(\[])\bregistration\s+(?:was\s+|is\s+|gets?\s+|got\s+)?(?:denied|rejected|refused)\b|"
                r"\b(?:network|operator|carrier|provider)\s+(?:\w+\s+)?(?:refus|reject|deni)\w*\s+(?:the\s+|my\s+|our\s+|its\s+)?"
                r"(?:registration|attach\w*|SIM)\b|\b(?:registration|3GPP)\s+(?:state\s+|status\s+)?(?:as|is|was|shows?|stays?|"
                r"[:=])\s*['\"]?denied\b|"
                # no service or signal, as the modem, a page or the person reports it ("the status page says no service",
                # "no signal at all"); signal problems named as a topic ("no signal issues") are no observation
                r"\bno\s+(?:mobile\s+|cellular\s+|network\s+|LTE\s+|4G\s+|5G\s+)?(?:service|signal|coverage)\b"
                r"(?!\s+(?:issues?|problems?|loss|drops?|strength\s+(?:issues?|problems?)))|"
                # the same told with a verb: "it never gets any signal", "the modem doesn't find any service", "can't pick up
                # a signal"
                r"\b(?:never|does(?:n't| not)|did(?:n't| not)|can(?:'t|not)|could(?:n't| not)|won't|unable\s+to)\s+(?:get|gets|find|finds|"
                r"pick\s+up|picks\s+up|receive|receives|have|has)\s+(?:any|a)\s+(?:mobile\s+|cellular\s+|network\s+|LTE\s+|4G\s+|5G\s+)?"
                r"(?:signal|service|coverage)\b(?!\s+(?:issues?|problems?|loss|drops?|strength\s+(?:issues?|problems?)))|"
                # "we have no 5G network at this place"
                r"\bno\s+(?:[2345]G|LTE|NB-?IoT|Cat-?M1?)\s+network\s+(?:at\s+(?:this|my|our|the)\s+(?:place|location|site|address|area)|"
                r"here|in\s+(?:this|my|our|the)\s+(?:area|region|place|town|village))\b"
                r"(?!\s+(?:issues?|problems?|loss|drops?|strength\s+(?:issues?|problems?)))|"
                # AT+CSQ's "not known or not detectable" (99; 3GPP TS 27.007 8.5): "CSQ gives always 99,99"
                r"\bCSQ\b" + _SAME + r"{0,30}?(?:\b99\s*,\s*99\b|\b(?:is|of|=|:|at)\s*99\b)|"
                # limited service: camped for emergency calls only, not registered to the home or a roaming network (3GPP
                # TS 23.122 3.5): "only gets limited service", "emergency calls only", "shows SOS only"
                r"\b(?:gets?|got|has|had|shows?|showing|stuck\s+(?:in|on|at)|in|on|only)\s+(?:\w+\s+)?limited\s+service\b|"
                r"\b(?:emergency\s+calls?|SOS)\s+only\b|\bonly\s+(?:\w+\s+)?(?:emergency\s+calls?|SOS)\b|"
                # no operator: "the operator name is empty", "AT+COPS? shows no operator"
                r"\boperator(?:\s+name|\s+field)?\s+(?:is|stays|remains|was|shows?\s+as)\s+(?:still\s+|always\s+)?"
                r"(?:empty|blank|unknown)\b|\b(?:shows?|lists?|gives?|returns?|reports?|displays?)\s+(?:nothing|no)\s+"
                r"(?:\w+\s+)?operators?\b",
                "mmcli -m any (3GPP registration state, signal); or AT+CREG? AT+CEREG? AT+COPS? AT+CSQ",
                # (a screen's or a GPS receiver's signal is not the network's: "the external display did not get a signal";
                # a router's display that shows no LTE signal is the network's)
                unless=r"\b(?:now (?:it )?registers|registers fine|registered fine|fixed|solved|resolved)\b|"
                       r"\b(?:monitor|HDMI|VGA|DisplayPort|DVI|projector|TV|GPS|GNSS)\b|"
                       r"\b(?:display|screen)\b[^.!?]{0,50}?\b(?:(?:did|does|do)(?:n't|\s+not)\s+(?:get|receive|have)|"
                       r"(?:gets?|got|has|had|receives?|received)\s+no)\b"),
    # no network takes the modem: "Failed to connect to any network", "it can't connect to any mobile network", which for a
    # modem is the registration (knowledge.md 2.15); a Wi-Fi or wired network named with it is the host's
    StatedState("said:not-registered",
                r"\b(?:fail(?:s|ed)?\s+to|can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|won't|(?:does|did)(?:n't|\s+not))\s+"
                r"(?:connect|register|attach|log\s*on)\s+(?:to|with|on|onto)\s+any\s+(?:mobile\s+|cellular\s+|LTE\s+|GSM\s+|"
                r"[2345]G\s+)?networks?\b",
                "mmcli -m any (3GPP registration state, signal); or AT+CREG? AT+CEREG? AT+COPS? AT+CSQ",
                unless=r"\b(?:now (?:it )?registers|registers fine|fixed|solved|resolved)\b|\b(?:wi-?fi|WLAN|wireless|SSID|ethernet|"
                       r"LAN|VPN)\b"),
    # a network scan lists the operators but the modem joins none of them (registration refused: roaming, a forbidden PLMN,
    # the SIM's plan; 3GPP TS 27.007 +COPS=? lists them whatever the SIM may use): "a scan shows a number of available
    # networks. It just cannot seem to connect to one.", "the operator search finds three networks but it won't register on any"
    StatedState("said:not-registered",
                # (a Wi-Fi scan is the laptop's own)
                r"(?<!wi-fi\s)(?<!wifi\s)(?<!wlan\s)(?<!wireless\s)\b(?:scan\w*|search\w*|AT\+COPS=\?)\b" + _SAME + r"{0,40}?\b(?:shows?|showed|lists?|listed|finds?|found|sees?|saw|"
                r"returns?|returned|gives?|gave|displays?|displayed)\s+(?:\w+\s+){0,4}?(?:networks?|operators?|carriers?|providers?|PLMNs?)\b"
                r"(?:[^.!?]|[.!?]\s+){0,80}?\b(?:can(?:'t|not)|could(?:n't|\s+not)|fails?\s+to|failed\s+to|unable\s+to|won't|"
                r"(?:does|did)(?:n't|\s+not)|never)\s+(?:\w+\s+){0,2}?(?:connect|register|attach|join|log\s*on|camp)\w*\s+"
                r"(?:to\s+|with\s+|on\s+|onto\s+)?(?:any\s+(?:of\s+)?(?:them|one)|one(?:\s+of\s+them)?|it|them|a\s+network|"
                r"any\s+network|either|a\s+single|any)\b",
                "AT+COPS=? (the networks and whether each is forbidden); AT+CREG? / AT+CEREG? (the reject state); mmcli -m any",
                unless=r"\b(?:now (?:it )?registers|registers fine|fixed|solved|resolved)\b"),
    # the registration step of a connection tool failing with its exit code: umbim's "registration" returns the MBIM register
    # state when it is not home (umbim cli.c mbim_registration_response: 1 deregistered, 2 searching, 4 roaming, 5 partner,
    # 6 denied), which OpenWrt's mbim.sh takes as "Subscriber registration failed"; or registration refused while roaming
    # ("registration in roaming mode is not allowed", "the registration fails because the SIM is roaming")
    StatedState("said:not-registered",
                r"\bregist\w*\b" + _SAME + r"{0,80}?\b(?:umbim|uqmi|mbimcli|qmicli|mmcli|mbim\.sh|qmi\.sh)\b" + _SAME + r"{0,40}?"
                r"\b(?:returns?|returned|returning|exits?|exited|exiting|ends?|ended|fails?|failed)\s+(?:with\s+)?(?:an?\s+)?"
                r"(?:(?:exit|return|error)\s+)?(?:codes?|status)\s+[1-9]|"
                r"\b(?:umbim|uqmi|mbimcli|qmicli|mmcli)\b" + _SAME + r"{0,40}?\bregist\w*\b" + _SAME + r"{0,60}?"
                r"\b(?:returns?|returned|exits?|exited|fails?|failed)\s+(?:with\s+)?(?:an?\s+)?(?:(?:exit|return|error)\s+)?"
                r"(?:codes?|status)\s+[1-9]|"
                r"\bregistration\b" + _SAME + r"{0,60}?\b(?:roaming|partner)\b" + _SAME + r"{0,30}?\b(?:(?:is|was)\s+)?(?:not\s+allowed|"
                r"not\s+permitted|refused|rejected|denied|fails?|failed)\b|"
                r"\bregistration\s+(?:\w+\s+){0,2}?(?:fails?|failed|is\s+refused|was\s+refused|is\s+rejected|was\s+rejected)\b"
                + _SAME + r"{0,40}?\b(?:because|since|as)\b" + _SAME + r"{0,30}?\b(?:roaming|partner)\b",
                "mmcli -m any (3GPP registration state: home / roaming / denied); umbim -d /dev/cdc-wdm0 registration",
                unless=r"\b(?:now (?:it )?registers|registers fine|registered fine|fixed|solved|resolved)\b"),
    # a SIM kept off one network by its roaming terms, told with the roaming named as the reason: "due to some roaming issues
    # the SIM is not able to use the network of T-Mobile", "my SIM can't register on Vodafone because roaming is not allowed
    # there" (knowledge.md 2.15 not-registered: roaming not allowed; the network may take the attach and refuse the data
    # service, 3GPP TS 24.008 cause 13 "roaming not allowed in this location area", 11 "PLMN not allowed")
    StatedState("said:not-registered",
                r"\broaming\s+(?:issues?|problems?|restrictions?|limitations?|agreements?|rules?)\b" + _SAME + r"{0,80}?"
                r"\b(?:not\s+able\s+to|unable\s+to|can(?:'t|not)|could(?:n't|\s+not)|won't|does(?:n't|\s+not)|is(?:n't|\s+not)\s+allowed\s+to)\s+"
                r"(?:\w+\s+)?(?:(?:use|register\s+(?:on|with|to|in)|attach\s+to|connect\s+to|access|get\s+(?:on|onto))\s+(?:the\s+)?"
                r"(?:mobile\s+)?(?:network|operator|carrier|provider|PLMN)\b|(?:register\s+(?:on|with|to|in)|attach\s+to|get\s+(?:on|onto))\s+"
                r"(?-i:[A-Z][\w&-]+)\b(?!\s+(?:router|modem|card|stick)))|"
                r"\b(?:not\s+able\s+to|unable\s+to|can(?:'t|not)|could(?:n't|\s+not)|won't|does(?:n't|\s+not))\s+(?:\w+\s+)?"
                r"(?:use|register\s+(?:on|with|to|in)|attach\s+to|connect\s+to|access)\s+(?:the\s+)?(?:mobile\s+)?"
                r"(?:network\b|operator\b|carrier\b|provider\b|PLMN\b|(?!(?:the\s+)?(?:internet|web|server)\b)[\w&-]+(?:\s+[\w&-]+)?\s+(?=because|since|due))" + _SAME +
                r"{0,60}?\b(?:because|since|as|due\s+to)\b" + _SAME + r"{0,30}?\broaming\b",
                "AT+COPS=? (each network with its status: 3 = forbidden); AT+CREG? / AT+CGREG? (the reject state); mmcli -m any",
                unless=r"\b(?:now (?:it )?(?:works|registers)|registers fine|fixed|solved|resolved)\b|"
                       r"\bno\s+roaming\s+(?:issues?|problems?|restrictions?)\b"),
    StatedState("said:not-registered",
                # Chinese "注册不上网络", "一直搜网" (the languages written with spaces: the clause grammar's tables,
                # model/prose_languages.py)
                r"注册不上|无法注册|注册失败|注不上网|找不到网络|搜不到网络?|一直(?:在)?搜(?:索)?网",
                "mmcli -m any (3GPP registration state); or AT+CREG? AT+CEREG? AT+COPS? AT+CSQ",
                unless=_CHINESE_HEDGE),
    # the modem got on the network once and not since: "I was able once", "it connected once to the network", "it only
    # registered once"; an LTE-M / NB-IoT module does that when its scan preference (RAT, bands) reaches the network by
    # chance once (rules/stated-lpwa-connects-once.yaml)
    StatedState("said:connects-once",
                r"\b(?:was|were)\s+able\s+(?:to\s+(?:connect|register|attach|get\s+(?:online|connected|on))\s+)?(?:\w+\s+){0,3}?"
                r"(?:only\s+)?once\b|"
                r"\b(?:connected|registered|attached|worked|got\s+(?:online|connected|a\s+connection))\s+(?:\w+\s+){0,3}?"
                r"(?:only|just)\s+once\b|\bonly\s+(?:connected|registered|attached|worked)\s+once\b|"
                # "registered once" alone is a count; the failure after it makes it the only time ("connected once, then nothing")
                r"\b(?:connected|registered|attached|worked|got\s+(?:online|connected|a\s+connection))\s+(?:\w+\s+){0,3}?once\b"
                + _SAME + r"{0,40}?\b(?:then\s+nothing|never\s+(?:again|since)|not\s+(?:again|since)|no\s+longer|since\s+then\s+(?:not|no|nothing))\b",
                "echo 'on the AT port: AT+CEREG?  AT+COPS?  AT+CNMP?  AT+CMNB?' (SIMCom) or 'AT+QCFG=\"nwscanseq\"' (Quectel)",
                context=True,
                unless=r"\bonce\s+(?:a|an|every|per|in\s+a\s+while|or\s+twice|daily|weekly|I|we|you|it|they|the|my|that|this)\b|"
                       r"\b(?:more|at\s+least|than)\s+once\b|" + _NOW_FIXED),
    # an LTE-M (Cat-M1) / NB-IoT module or network named: SIMCom SIM7000/SIM7070/SIM7080/SIM7022, Quectel BG95/BG96/BG77/
    # BG600L, u-blox SARA-R4/R5/N, Nordic nRF91; they register only on the RATs and bands their scan preference allows
    StatedState("said:lpwa-module",
                r"\b(?:SIM7000[A-Z]?|SIM70[278]0[A-Z]*|SIM7022|BG9[56][\w-]*|BG77[\w-]*|BG600L[\w-]*|SARA-[RN][45]\w*|nRF91\d\d\w*|"
                r"LTE-M1?|Cat[- ]?M1|Cat[- ]M(?![.\w/-])|NB-?IoT|eMTC)\b",
                "echo 'on the AT port: AT+CNMP?  AT+CMNB?  AT+CBANDCFG?' (SIMCom) or 'AT+QCFG=\"nwscanseq\"  AT+QCFG=\"iotopmode\"' (Quectel)",
                context=True, any_line=True, keeps_catch_all=True),
    # the modem works only once its radio is switched on by hand: "I have to ... run `gammu setpower on`, then ... it
    # will work", "after sending AT+CFUN=1 it registers", "rfkill unblock wwan fixed it" - it had started with its radio
    # off (gammu 553acaf33: the D-Link DWM-157 initializes itself with radio disabled)
    StatedState("said:radio-on-needed",
                r"\b(?:have|has|had|need|needs|needed|must)\s+to\b" + _SAME + r"{0,80}?[`'\"“]?" + _RADIO_ON_CMD + r"|"
                r"\b(?:after|once)\s+(?:I\s+|we\s+)?(?:\w+\s+){0,2}?[`'\"“]?" + _RADIO_ON_CMD + _SAME + r"{0,40}?\b(?:works?|working|"
                r"registers?|registered|connects?|connected)\b|"
                r"\b(?:works?|registers?|connects?)\s+(?:again\s+)?(?:only\s+)?after\s+(?:I\s+|we\s+)?(?:(?!(?:no|not|without|never)\b)[\w,]+\s+){0,6}?[`'\"“]?"
                + _RADIO_ON_CMD + r"|" + _RADIO_ON_CMD + r"(?:\s+[\w-]+){0,3}?[`'\"”]?\s+(?:fix(?:es|ed)|solve[sd]|help(?:s|ed))\b|"
                # the same fact told from the other side: the radio starts off and nothing switches it on ("on a fresh
                # boot the radio is in low power mode", "the script ... doesn't enable the radio")
                r"\b(?:radio|modem|module)\b" + _SAME + r"{0,20}?\b(?:is|stays|remains|starts|was|(?:is\s+)?left)\s+in\s+"
                r"(?:the\s+)?(?:low[- ]power|minimum[- ]functionality)(?:\s+mode)?\b" + _SAME + r"{0,30}?\b(?:at|on|after|from)\s+"
                r"(?:(?:a|every|each|the)\s+)?(?:fresh\s+|cold\s+)?(?:boot|start(?:up)?|power[- ]on|reboot)\b|"
                r"(?:^|[.!?]\s+)(?:On|At|After)\s+(?:(?:a|every|each)\s+)?(?:fresh\s+|cold\s+)?(?:boot|start(?:up)?|power[- ]on|reboot)\b"
                r"\W+(?:the\s+)?(?:radio|modem|module)\s+(?:is|stays|remains|starts)\s+in\s+(?:the\s+)?(?:low[- ]power|"
                r"minimum[- ]functionality)(?:\s+mode)?\b|"
                r"\b(?:does(?:n't| not)|never)\s+(?:enables?|turns?\s+on|switch(?:es)?\s+on|powers?\s+on)\s+the\s+(?:modem's\s+)?radio\b|"
                r"\b(?:does(?:n't| not)|never)\s+(?:turns?|switch(?:es)?|powers?)\s+the\s+(?:modem's\s+)?radio\s+on\b|"
                # the modem starting with its radio off (gammu 553acaf33: "At least D-Link DWL-157 initialize itself with radio
                # disabled"): "it initializes itself with radio disabled", "the stick comes up in flight mode after every boot"
                r"\b(?:it|modem|module|stick|dongle|card|device|(?-i:[A-Z][A-Za-z]*-?\d[\w-]*))\s+(?:(?!(?:no|not|never|longer|doesn't|didn't|won't)\b)[\w']+\s+){0,2}?"
                r"(?:starts?(?:\s+up)?|started(?:\s+up)?|comes?\s+up|came\s+up|"
                r"boots?(?:\s+up)?|booted(?:\s+up)?|powers?\s+up|powered\s+up|initiali[sz]es?(?:\s+itself)?|initiali[sz]ed(?:\s+itself)?)\s+"
                r"(?:with\s+(?:its\s+|the\s+)?radio\s+(?:disabled|off|switched\s+off|turned\s+off|powered\s+off)|(?:in|into)\s+(?:the\s+)?"
                r"(?:flight|air-?plane|offline|low[- ]power|radio[- ]off)\s+mode)\b|"
                # the command told as the one thing that helps: "the only thing that brings it up is running X", "what
                # fixes it is sending X"
                r"\b(?:the\s+only\s+(?:thing|way|fix|workaround|cure)|what\s+(?:helps|helped|works|worked|fixes|fixed))\b"
                + _SAME + r"{0,100}?\b(?:is|was)\s+(?:to\s+)?(?:(?:run|running|send|sending|issue|issuing|type|typing|execute|"
                r"executing)\s+)?[`'\"“]?" + _RADIO_ON_CMD + r"|"
                # the command told as what makes it work: "running gammu setpower on makes it register"
                r"\b(?:running|sending|issuing|typing|executing)\s+[`'\"“]?" + _RADIO_ON_CMD + _SAME + r"{0,20}?\b(?:makes?|made|gets?|got|lets?)"
                r"\s+(?:it|the\s+\w+)\s+(?:to\s+)?(?:register|work|connect|attach)",
                "AT+CFUN? on the AT port (4 or 0 = radio off); mmcli -m any (power state); rfkill list",
                # an FCC lock holds the radio off for its own reason (fcc-locked)
                unless=r"\b(?:does(?:n't| not)|did(?:n't| not)|won't|no)\s+(?:help|change|effect|work|difference)\b|\bnothing changed\b|"
                r"\bFCC\b"),
    # a request of a QMI/MBIM tool said to be answered ("uqmi --get-data-status returns disconnected", "qmicli
    # --nas-get-signal-strength answers fine"): the control channel itself works. Beside a tool that hangs on another
    # request, the firmware fails that request (knowledge.md 2.22: control channel before firmware, 2.20). Taken back
    # when the answers came once another user of the port was stopped (a contended port: control-channel-unresponsive).
    StatedState("said:control-request-answered",
                r"\b" + _CTRL_TOOLS + r"\b[^.!?;]{0,80}?\s--[\w-]+[^.!?;]{0,40}?" + _UNNEGATED +
                r"\b(?:returns?|returned|answers?|answered|gives?|gave|shows?|showed|prints?|printed|works?|worked|responds?|"
                r"responded|reports?|reported)\b(?!\s+(?:nothing|no\b|an?\s+error|errors?|a\s+time-?out|time-?outs?|timed))|"
                # the reading told first: "I can read the signal with uqmi --get-signal-info without problems"
                r"\b(?:can|could|am\s+able\s+to|was\s+able\s+to)\s+(?:read|get|query|see|fetch|check)\b[^.!?;]{0,40}?\b(?:with|using|via|"
                r"through)\s+" + _CTRL_TOOLS + r"\b[^.!?;]{0,60}?\s--[\w-]+",
                "timeout 20 qmicli -p -d /dev/cdc-wdmN --dms-get-ids; the request that hangs, with a time limit",
                unless=r"\b(?:after|once|when|since)\s+(?:I\s+|we\s+)?(?:stop|kill|restart|disabl|remov|uninstall|mask)\w*\b",
                # (a post's command line with the answer quoted after it is the tool's line: signatures.py
                # qmi:request-answered-quoted)
                context=True),
    # the modem stops answering after it sat idle for a while ("after a long idle period the stick stops sending", "after a
    # moment without doing anything it is impossible to send SMS"): the host's USB autosuspend (selective suspend) put the
    # idle device to sleep and it does not resume, or the hub/port cuts it (knowledge.md 2.19 usb-power-or-reset)
    StatedState("said:stops-after-idle",
                r"\b(?:after|following|when|whenever|once|if)\b" + _SAME + r"{0,60}?" + _IDLE + _SAME + r"{0,80}?" + _STOPS_ANSWERING + r"|"
                + _STOPS_ANSWERING + _SAME + r"{0,60}?\b(?:after|following|when|whenever|once)\b" + _SAME + r"{0,40}?" + _IDLE,
                "cat /sys/bus/usb/devices/*/power/control (auto = autosuspend on); sudo dmesg | grep -iE 'usb .*(disconnect|reset|suspend)'",
                unless=r"\b(?:fixed|solved|resolved|works?\s+(?:fine|again|now)|still\s+(?:works|sends|answers))\b"),
    # ModemManager shows the modem disabled and it must be enabled by hand
    StatedState("said:modem-disabled",
                r"\b(?:modem|it) (?:(?:always|again|still|then|\w+ly) )?(?:gets|is|was|becomes|stays|goes|keeps being|ends? up|"
                r"ended up) (?:\w+ )?disabled\b|"
                r"\bhave to (?:re-?)?enable it\b[^.]{0,60}\bevery time|\bmmcli -m \S+ (?:-e|--enable)\b[^.]{0,40}every time|"
                # "but stays disabled" after another verb of the modem; the enable refused: "I cannot enable mobile broadband",
                # "the WWAN toggle just switches back off"
                r"\b(?:but|and|yet|still)\s+(?:it\s+)?(?:stays|remains|keeps\s+being)\s+disabled\b|"
                # (not mmcli's own "error: couldn't enable the modem: '...'", a tool's error with its reason)
                r"(?<!error:\s)\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|fails?\s+to|failed\s+to)\s+(?:\w+\s+)?(?:enable|turn\s+on|switch\s+on)\s+"
                r"(?:the\s+|my\s+|its\s+)?(?:modem|mobile\s+broadband|WWAN|LTE\s+modem|cellular(?:\s+modem)?|mobile\s+data)\b"
                # (not a kernel option or driver: "did not enable modem support in the kernel config")
                r"(?!\s+(?:support|drivers?|modules?|options?|in\s+the\s+kernel)|\s*:\s*['\"])|"
                r"\b(?:toggle|switch|slider|button)\s+(?:\w+\s+){0,4}?(?:just\s+|immediately\s+|always\s+)?(?:switches|flips|turns|goes|"
                r"jumps|falls|snaps)\s+back\s+(?:to\s+)?off\b",
                "mmcli -m any; nmcli radio; rfkill list",
                # taken back: "... but after mmcli -e it registers fine"
                # ... and a default ("it is disabled by default": a setting's, or a ModemManager modem's state before
                # anything enables it, which is no fault)
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved)\b|\b(?:works|registers|connects)\s+"
                r"(?:fine|again|normally|without\s+(?:any\s+)?(?:problems?|trouble))\b|\bdisabled\s+by\s+default\b"),
    # a QMI/MBIM tool that never finishes: it hangs, is stuck, never returns or times out (the control channel
    # does not answer)
    StatedState("said:tool-hangs",
                r"\b" + _CTRL_TOOLS + r"\b(?:\s+(?:process|processes|command|commands|call|calls|requests?))?"
                r"(?:[^.!?]|[.](?=\S)){0,60}?\b" + _HANG +
                r"|\b(?:requests?|commands?|calls?)\s+(?:(?:issued|sent|made)\s+)?(?:by|from|with|of)\s+" + _CTRL_TOOLS +
                r"\s+(?:\w+\s+)?" + _HANG + r"|"
                # the control channel (its function, port or node) as the subject: "the MBIM function has stopped answering on
                # the control channel", "the modem doesn't respond to anything on cdc-wdm0" (knowledge.md 2.22)
                r"\b(?:(?:QMI|MBIM)\s+(?:function|interface|port|side|channel|device)|control\s+(?:channel|port|interface|node))\b"
                + _SAME + r"{0,30}?\b(?:(?:has\s+)?stopped\s+(?:answering|responding)|(?:is|became|went)\s+unresponsive|"
                r"(?:does|did)(?:n't|\s+not)\s+(?:answer|respond)|never\s+answers?)\b|"
                # the QMI client ids used up ("the client IDs are exhausted", "we ran out of QMI client IDs"): libqmi's
                # ClientIdsExhausted, the control channel refusing new clients (knowledge.md control-channel-unresponsive)
                r"\b(?:QMI\s+)?client\s+IDs?\s+(?:are\s+|were\s+|got\s+|get\s+|being\s+)?(?:all\s+)?(?:exhausted|used\s+up|leak\w*)\b|"
                r"\b(?:ran|run|runs|running)\s+out\s+of\s+(?:QMI\s+)?(?:client\s+IDs?|CIDs)\b|"
                # ... or held by a client that is gone: "release stalled cid", "the old QMI client IDs stay allocated after the
                # reset", "the watchdog leaks CIDs" (the new client is refused until they are released: uqmi --sync)
                r"\b(?:stall\w*|stale|leak(?:ed|ing)|left-?over|orphan\w*|dangling|stuck|unreleased|abandoned)\s+" + _CIDS + r"|"
                r"\bleak(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?" + _CIDS + r"|\b" + _CIDS + r"\s+(?:\w+\s+)?(?:are|were|stay|stays|"
                r"stayed|remain|remained|is|was|get|got)\s+(?:still\s+)?(?:held|allocated|in\s+use|never\s+released|not\s+released)\s+"
                r"(?:after|from|across|by)\b|"
                # the modem stops answering the protocol: "the modem stops responding to QMI commands after a few hours"
                r"\b(?:modem|device|module|card|it)\s+(?:\w+\s+)?(?:stops|stopped|keeps\s+stopping|ceases|ceased)\s+(?:responding|"
                r"answering|replying)\s+to\s+(?:any\s+|all\s+|the\s+)?(?:QMI|MBIM)\b|"
                r"\b(?:modem|device|module|card|stick|dongle|it)\s+(?:\w+\s+)?(?:do|does|did)(?:n't|\s+not)\s+(?:respond|answer)\w*\s+(?:to\s+)?"
                r"(?:nothing|anything)?\s*(?:on|over|via|through)\s+(?:/dev/)?(?:cdc-wdm\d|wwan\d(?:qmi|mbim)\d)|"
                # no request gets a valid answer, or the MBIM function answers with a function error / the MBIM open fails
                # (umbim mbim-dev.c: MBIM_FUNCTION_ERROR_MSG closes the device): "I can't get any valid answer from any
                # commands sent to the modem", "umbim answers only with an mbim function error", "the MBIM open fails"
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|never|unable\s+to|(?:does|did)(?:n't|\s+not))\s+(?:get|gets|got|receive|receives)\s+"
                r"(?:a\s+|any\s+)?(?:valid|proper|meaningful|correct|usable|sane)\s+(?:answer|reply|response)s?\b" + _SAME + r"{0,40}?"
                r"(?:\b(?:commands?|requests?|modem|device|dongle|stick)\b|" + _CTRL_TOOLS + r")|"
                + _CTRL_TOOLS + _SAME + r"{0,60}?\b(?:never|can(?:'t|not)|could(?:n't|\s+not)|(?:does|did)(?:n't|\s+not))\s+(?:gets?|got|"
                r"receives?)\s+(?:a\s+|any\s+)?(?:valid|proper|meaningful|correct|usable|sane)\s+(?:answer|reply|response)s?\b|"
                r"(?:\b(?:u?mbim(?:cli)?|MBIM)\b" + _SAME + r"{0,60}?\bfunction[\s_-]?error\b|\bMBIM[\s_]+open\b" + _SAME + r"{0,30}?"
                r"\b(?:fails?|failed|(?:is|gets?)\s+answered\s+with\s+(?:an?\s+)?(?:\w+\s+)?error|returns?\s+(?:an?\s+)?(?:\w+\s+)?error))",
                "timeout 20 qmicli -p -d /dev/cdc-wdmN --dms-get-ids; echo $?; sudo dmesg | tail -20"),
    # a modem driver module (or the OpenWrt kmod package, or the kernel option) is missing from the kernel or image
    StatedState("said:module-missing",
                r"\b(?:without|missing|lacks?|lacking|lack of)\s+(?:the\s+)?(?:kernel\s+)?(?:(?:module|driver|package)s?\s+)?"
                r"[\"'`“]?" + _MODS + r"(?:\.ko)?\b|"
                r"\b" + _MODS + r"(?:\.ko)?[\"'`”]?\s+(?:(?:kernel\s+)?(?:module|driver|package|kmod)s?\s+)?"
                r"(?:(?:(?:is|are|was|were|seems?|appears?)\s+(?:to be\s+)?)?(?:currently\s+|still\s+)?(?:missing|absent|not\s+" +
                _NOT_THERE + r")|(?:is|are|was|were)n't\s+(?:currently\s+|still\s+)?" + _NOT_THERE + r")\b|"
                # "had to compile a custom kernel with CONFIG_USB_NET_CDC_MBIM enabled": the stock kernel lacks it
                r"\b(?:compil|recompil|build|rebuild|built|rebuilt)\w*\s+(?:a\s+|my\s+|our\s+|the\s+)?(?:own\s+|custom\s+|new\s+)?"
                r"kernel\b(?:[^.!?]){0,40}?\b(?:with|to (?:enable|add|include|get))\s+(?:the\s+)?" + _MODS + r"|"
                r"\bno\s+" + _MODS + r"(?:\.ko)?\s+(?:kernel\s+)?(?:module|driver|package)\b|"
                r"\b(?:is|are)\s+missing\s+(?:the\s+)?(?:kernel\s+)?(?:modules?|drivers?)\b(?:[^.!?]|[.](?=\S)){0,60}?" + _MODS + r"|"
                # the driver for the modem's part left out of the image or kernel build, as fix notes say it: "The driver
                # for the cellular modems serial interface and qmi was missing from the default device packages", "the
                # image does not include the cdc_mbim driver"
                r"\b(?:drivers?|modules?|kmods?)\s+for\s+(?:the\s+)?" + _SAME + r"{0,60}?\b(?:modems?|cellular|wwan|lte|qmi|mbim|"
                r"[345]g|gsm|umts)\b" + _SAME + r"{0,40}?\b(?:is|are|was|were)\s+(?:still\s+)?(?:missing|absent|left out|not "
                r"included)\s+(?:from|in|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:packages?|image|kernel|build|firmware|"
                r"config\w*|defconfig|rootfs)\b|"
                r"\b(?:image|kernel|build|firmware|config\w*|defconfig)\s+(?:\w+ly\s+)?(?:does|did)(?:n't|\s+not)\s+(?:include|contain|ship|"
                r"have|enable)\s+(?:the\s+|a\s+|any\s+)?" + _MODS + r"|"
                # ... with the owner named or the auxiliary left out: "the firmware of my router not have the qmi_wwan driver"
                r"\b(?:image|kernel|build|firmware|rootfs)\s+(?:of|on|for)\s+(?:my|the|this|our)\s+\w+\s+(?:(?:does|did)(?:n't|\s+not)|"
                r"not)\s+(?:include|contain|ship|have|enable)\w*\s+(?:the\s+|a\s+|any\s+)?" + _MODS + r"|"
                # "there is no qmi_wwan at all" (not "no option": a word as often as a driver)
                r"\bthere(?:\s+is|'s|\s+was)\s+no\s+[\"'`]?(?!option\b)" + _MODS + r"(?:\.ko)?\b[\"'`]?(?=\s*(?:at all|anywhere|in\b|on\b|"
                r"module|driver|[.,;!]|$))|"
                # the modem's modules said not shipped with the kernel: "the modem modules simply aren't shipped with this kernel"
                r"\b(?:modem|wwan|lte|cellular|usb[- ]serial|serial)\s+(?:kernel\s+)?(?:modules?|drivers?)\s+(?:\w+\s+)?"
                r"(?:(?:is|are|was|were)(?:n't|\s+not)|(?:is|are|was|were)\s+(?:simply\s+)?not)\s+(?:even\s+)?" + _NOT_THERE +
                r"\s+(?:with|in|on|for)\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:\w+\s+)?(?:kernel|image|firmware|build|release)\b|"
                # the modem's device node absent under a kernel configuration: "there's no /dev/ttyS2 on the default kernel
                # configuration", "no /dev/ttyUSB* with the stock kernel config" (the driver that makes it is not configured)
                r"\bno\s+/dev/\w+\*?\s+(?:on|in|with|under)\s+(?:the\s+|this\s+|my\s+)?(?:default\s+|stock\s+|standard\s+|vendor\s+)?"
                r"kernel\s+config\w*|"
                # Chinese and Japanese: "(估計是)缺了 kmod-...", "没有 qmi_wwan", "kmod-... がない / 不存在"
                r"(?:缺(?:了|少)?|少了|(?:沒有|没有)(?:编译|編譯|安装|安裝|包含)?|未(?:安裝|安装|包含|編譯|编译))\s*(?:驱动|驅動|模块|模組)?\s*[\"'`“「]?" + _MODS +
                r"|" + _MODS + r"(?:\.ko)?[\"'`”」]?\s*(?:驱动|驅動|模块|模組|ドライバ|モジュール)?\s*(?:缺失|不存在|沒有|没有|がない|がありません|が無い)",
                "uname -r; modprobe -n -v qmi_wwan cdc_mbim option; lsmod | grep -E 'qmi_wwan|cdc_|option|mhi'"),
    # the kernel option told by what it supports, dropped from a kernel or image build ("RNDIS host support was disabled
    # in the new defconfig", "the 2024 build's kernel dropped QMI support", "the kernel config has USB serial support turned off")
    StatedState("said:module-missing",
                r"\b(?:dropp|disabl|remov|omitt|left\s+out|turn\w*\s+off|switch\w*\s+off)\w*\s+(?:the\s+)?" + _SUPPORTED +
                r"\s+support\b|\b" + _SUPPORTED + r"\s+support\s+(?:is|was|got|has\s+been|had\s+been|gets)\s+(?:\w+\s+)?(?:disabled|"
                r"dropped|removed|missing|omitted|not\s+enabled|left\s+out|turned\s+off|switched\s+off)\b|"
                # ... or the driver no longer loading on a newer build than the one it worked on ("RNDIS not loading on
                # 2024 build", "qmi_wwan does not load with the new image")
                r"\b(?:" + _MODS + r"|RNDIS|QMI|MBIM)\s+(?:is\s+|was\s+)?(?:not|(?:does|did)(?:n't|\s+not))\s+(?:load\w*|bind\w*|register\w*)\s+"
                r"(?:on|in|with|under)\s+(?:the\s+)?(?:new(?:er|est)?|latest|current|20\d\d)\s+(?:\w+\s+)?(?:build|image|kernel|"
                r"release|firmware|version)\b",
                "uname -r; modprobe -n -v qmi_wwan cdc_mbim option rndis_host; zcat /proc/config.gz | grep -E 'USB_NET|USB_SERIAL'",
                unless=r"\b(?:re-?enabled|enabled\s+it|now (?:it )?works|fixed|solved|resolved|until\s+I|modprobe|manually)\b"),
    # the same in the languages of the clause grammar's table and in Czech and Turkish: the driver named, missing from the
    # kernel ("In meinem Kernel fehlt das Modul qmi_wwan", "a mi kernel le falta el módulo option", "в ядре нет модуля option"),
    # or the kernel or image said to be built without it ("der Kernel wurde ohne qmi_wwan gebaut", "el kernel está compilado
    # sin option", "compilato senza", "sem", "sans"); not what is so now ("jetzt", "ahora")
    *_in_each_language("said:module-missing", {
        "de": r"\b(?:fehlt|fehlen)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+(?:\w+\s+){0,3}?(?:fehlt|fehlen)\b|"
              r"\bkein(?:en|e)?\s+" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+(?:ist\s+)?(?:\w+\s+){0,3}?nicht\s+(?:im\s+Kernel|vorhanden|dabei|"
              r"enthalten|mitkompiliert|einkompiliert|kompiliert|gebaut)\b|"
              r"\bohne\s+(?:\w+\s+)?" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+gibt\s+es\s+(?:\w+\s+){0,4}?(?:nicht|gar\s+nicht)\b|"
              r"\b(?:Kernel|Image|Firmware|Build)\b[^.!?]{0,40}?\bohne\s+(?:(?:den|die|das)\s+)?(?:Treiber\s+|Modul(?:e)?\s+)?" + _MODS,
        "es": r"\b(?:falta|faltan|sin|no\s+(?:tiene|trae|incluye|viene\s+con|encuentro|encuentra))\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?no\s+(?:est[aá]|existe|viene)\b|"
              r"\b(?:kernel|imagen|firmware)\b[^.!?]{0,40}?\b(?:compilad[oa]|construid[oa]|hech[oa]|viene)\s+sin\s+(?:el\s+|los\s+)?"
              r"(?:driver\s+|controlador\s+|m[oó]dulo\s+)?" + _MODS,
        "pt": r"\b(?:falta|faltam|sem|n[aã]o\s+(?:tem|vem\s+com|inclui))\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?n[aã]o\s+(?:existe|est[aá]|vem)\b|"
              r"\b(?:kernel|imagem|firmware)\b[^.!?]{0,40}?\b(?:compilad[oa]|constru[ií]d[oa]|feit[oa]|vem)\s+sem\s+(?:o\s+|os\s+)?"
              r"(?:driver\s+|m[oó]dulo\s+)?" + _MODS,
        "it": r"\b(?:manca|mancano|non\s+(?:c'[eè]|ha|include|contiene))\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?(?:manca|non\s+(?:c'[eè]|esiste|[eè]\s+(?:presente|inclus[oa]|compilat[oa])))\b|\bsenza\s+(?:\w+\s+)?" +
              _MOD_NAMED + r"|"
              r"\b(?:kernel|immagine|firmware)\b[^.!?]{0,40}?\b(?:compilat[oa]|costruit[oa]|fatt[oa]|viene)\s+senza\s+(?:il\s+|i\s+)?"
              r"(?:driver\s+|modul[oi]\s+)?" + _MODS,
        "fr": r"\b(?:manque|manquent|sans|n'a\s+pas(?:\s+(?:le|de|du))?)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?(?:n'est\s+pas\s+(?:pr[eé]sent|inclus|disponible|compil[eé])|manque)\b|"
              r"\b(?:noyau|kernel|image|firmware)\b[^.!?]{0,40}?\b(?:compilée?|construite?|livrée?|fournie?)\s+sans\s+(?:le\s+|les\s+)?"
              r"(?:pilote\s+|module\s+)?" + _MODS,
        "nl": r"\b(?:ontbre\w*\s+(?:\w+\s+){0,3}?|geen\s+|zonder\s+(?:\w+\s+)?)" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+(?:\w+\s+){0,2}?ontbre\w*",
        "pl": r"\b(?:brak\w*|nie\s+ma|bez)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+(?:\w+\s+){0,2}?(?:brak\w*|nie\s+ma)\b",
        "cs": r"\b(?:chyb[ií]|nen[ií]|nem[aá]|bez)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED + r"\s+(?:\w+\s+){0,2}?chyb[ií]\b",
        "ru": r"(?:^|(?<=\s))(?:нет|отсутству\w*|не\s+хватает|без)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?(?:нет|отсутству\w*)(?=\s|[.,;!]|$)",
        "uk": r"(?:^|(?<=\s))(?:немає|нема|відсутн\w*|бракує|без)\s+(?:\w+\s+){0,3}?" + _MOD_NAMED + r"|" + _MOD_NAMED +
              r"\s+(?:\w+\s+){0,2}?(?:немає|відсутн\w*)(?=\s|[.,;!]|$)",
        "tr": _MOD_NAMED + r"\s+(?:\w+\s+)?(?:yok|eksik|bulunmuyor)\b",
        "sk": prose_states_foreign.module_missing("sk", _MOD_NAMED), "fi": prose_states_foreign.module_missing("fi", _MOD_NAMED),
        "id": prose_states_foreign.module_missing("id", _MOD_NAMED),
        "ja": _MODS + r"(?:\.ko)?\s*(?:ドライバ|モジュール)?\s*(?:が|は)?\s*(?:入って(?:い)?(?:ない|ません)|含まれて(?:い)?(?:ない|ません)|"
              r"見当たら(?:ない|ません))",
    }, "uname -r; modprobe -n -v qmi_wwan cdc_mbim option; lsmod | grep -E 'qmi_wwan|cdc_|option|mhi'",
        r"\b(?:jetzt|ahora|ora|agora|maintenant)\b"),
    # the same in the words of kernel configuration and packaging, where the module is not always named in the sentence:
    # a named driver switched off ("the hso kernel driver is disabled", "the config leaves out CONFIG_USB_SERIAL_OPTION"),
    # the kernel modules said unavailable ("the needed kernel modules aren't in the feed", "some required kernel modules
    # don't seem to be available"), the modem said unusable without kernel modules, or a kernel rebuild said necessary
    # ("I had to recompile the kernel", "it requires that I rebuild the kernel") - the stock kernel lacked the driver
    StatedState("said:module-missing",
                r"\b" + _MODS + r"(?:\.ko)?[\"'`”]?\s+(?:kernel\s+)?(?:modules?|drivers?|options?)\s+(?:(?:is|are|was|were)\s+"
                r"(?:currently\s+|still\s+|now\s+)?|(?:got|gets|has\s+been|have\s+been)\s+)(?:disabled|turned\s+off|switched\s+off|"
                r"deselected|not\s+selected|compiled\s+out|left\s+out|removed|dropped)\b|"
                r"\b(?:config\w*|defconfig|image|kernel|build|firmware)\s+(?:that\s+)?(?:disables?|disabled|leaves?\s+out|left\s+out|"
                r"omits?|omitted|excludes?|excluded|drops?|dropped)\s+(?:the\s+)?[\"'`“]?" + _MODS + r"|"
                r"\b(?:(?:required|needed|necessary)\s+(?:kernel\s+)?(?:modules?|drivers?|kmods?)|kernel\s+(?:modules?|drivers?)|"
                r"kmods?\s+(?:I|we)\s+need)\s+(?:" + _SAME + r"{0,30}?\s)?"
                r"(?:(?:(?:do|does|did)(?:n't|\s+not)\s+(?:seem\s+to\s+|appear\s+to\s+)?(?:be\s+)?|(?:is|are|was|were)(?:n't|\s+not)\s+"
                r"(?:yet\s+|even\s+)?)(?:available|there|present|included|shipped|provided|built|in\s+(?:the\s+)?(?:\w+\s+)?"
                r"(?:repo\w*|feeds?|image|kernel|firmware))|(?:is|are|was|were)\s+(?:missing|absent))\b|"
                # "I can't find the needed kernel modules for my LTE stick in the opkg feeds"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable\s+to)\s+find\s+(?:the\s+|any\s+)?(?:(?:needed|required|necessary)\s+)?"
                r"(?:kernel\s+)?(?:modules?|drivers?|kmods?)\b" + _SAME + r"{0,40}?\bin\s+(?:the\s+)?(?:\w+\s+)?(?:repo\w*|feeds?)\b|"
                # the kernel or image with no support for the modem's link: "the kernel has no ppp support"
                r"\b(?:kernel|image|build|firmware)\b(?:\s+(?:for|of|on)\s+(?:this|the|my|our)\s+\w+)?\s+(?:has|had|comes?\s+with|came\s+with|"
                r"(?:is|was)\s+(?:built|compiled)\s+with)\s+no\s+"
                r"(?:" + _MODS + r"|ppp|QMI|MBIM|usb[- ]?serial|WWAN)\s+support\b(?!\s+(?:problems?|issues?))|"
                r"\b(?:not\s+usable|unusable|(?:(?:does|did|will|would)(?:n't|\s+not)|won't)\s+work|can(?:'t|not)\s+(?:be\s+used|work))\s+"
                r"without\s+(?:the(?:se|ose)?\s+|its\s+|some\s+)?(?:\w+\s+){0,2}?kernel\s+(?:modules?|drivers?)\b",
                "uname -r; modprobe -n -v qmi_wwan cdc_mbim option; lsmod | grep -E 'qmi_wwan|cdc_|option|mhi'",
                unless=r"\b(?:now|finally)\s+(?:works?|loads?|available|included)\b"),
    # the kernel or image said to come without the modem's drivers, not named: "the kernel that comes with the image doesn't
    # include the drivers the MC7455 needs", "the default firmware lacks the serial and QMI drivers for the modem"
    StatedState("said:module-missing",
                r"\b(?:image|kernel|build|firmware|rootfs)\b" + _SAME + r"{0,40}?\b(?:(?:does|did)(?:n't|\s+not)\s+(?:include|contain|"
                r"ship|have|come\s+with|provide|enable)|lacks?|lacking|is\s+missing|(?:comes?|came|ships?|shipped)\s+without)\s+"
                r"(?:the\s+|any\s+)?(?:(?:needed|required|necessary|right)\s+)?(?:" + _MODEM_WORD + r"\s+(?:drivers?|modules?)|"
                r"(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:drivers?|(?:kernel\s+)?modules?|kmods?)\b" + _SAME + r"{0,30}?\b(?:" +
                _MODEM_WORD + r"|needs?|needed|requires?|required|(?-i:" + _MODEL + r")))\b",
                "uname -r; modprobe -n -v qmi_wwan cdc_mbim option; lsmod | grep -E 'qmi_wwan|cdc_|option|mhi'",
                unless=r"\b(?:now|finally)\s+(?:works?|loads?|available|included)\b"),
    StatedState("said:module-missing",
                r"\b(?:had|have|has|needs?|needed|must|requires?|required)\s+(?:that\s+)?(?:(?:I|we|me|us|you|one)\s+)?(?:to\s+)?"
                r"(?:\w+\s+and\s+)?(?:re-?compil\w*|re-?build\w*|rebuilt|compil\w*|build\w*|built)\s+(?:a\s+|my\s+|our\s+|the\s+)?"
                r"(?:own\s+|custom\s+|new\s+|whole\s+)?kernel\b(?!\s+(?:modules?|drivers?|headers?|sources?)\b)",
                "uname -r; modprobe -n -v qmi_wwan cdc_mbim option; lsmod | grep -E 'qmi_wwan|cdc_|option|mhi'",
                # a rebuild for an id added to a driver's table is driver-not-bound-unknown-id's; not needing it is no lack
                unless=r"\b(?:ids?|pid|vid|vid:pid|new_id|id\s+table|patch\w*|headers?)\b|\b(?:did(?:n't|\s+not)|do(?:n't|\s+not)|"
                r"does(?:n't|\s+not)|no\s+need|without\s+(?:having|needing))\b"),
    # a change that brings a kernel module for the modem, said in its description: "This kernel module adds support for the
    # Fibocom L850-GL LTE module", "these drivers enable support for the RM520N": the kernel before it had no driver for
    # the modem (a named driver gaining an id is driver-not-bound-unknown-id's: "the option driver adds support for ...")
    StatedState("said:module-missing",
                r"\b(?:this|these|the|a|new)\s+(?:kernel\s+)?(?:modules?|drivers?)\s+(?:adds?|enables?|brings?|provides?)\s+"
                r"(?:the\s+)?support\s+for\s+(?:the\s+|my\s+|our\s+)?" + _SAME + r"{0,40}?\b(?:" + _MODEM_WORD + r"|(?-i:" + _MODEL +
                r"))\b",
                "uname -r; lspci -nnk; lsusb -t; modprobe -n -v iosm mtk_t7xx mhi_pci_generic qmi_wwan cdc_mbim option",
                unless=r"\b(?:ids?|pid|vid|vid:pid|id\s+table|option|qcserial|qmi_wwan|sierra|cdc_\w+)\b"),
    # a patch or commit subject that adds a modem driver to a kernel configuration: the kernel or image built before it
    # lacked the driver ("feat(imx): add QMI WWAN and CDC MBIM kernel config for the 5G modem", "arm64: defconfig: enable
    # the USB serial option driver"); a subject adding an id to a driver names no configuration ("USB: serial: option: add
    # Quectel RM520N" is driver-not-bound-unknown-id's)
    StatedState("said:module-missing",
                PATCH_SUBJECT + r"(?:" + _CONFIG_WORD + r"[\w-]*:\s+)?" + _ADDS + _SAME + r"{0,60}?" + _MODEM_DRIVER_WORD + _SAME +
                r"{0,60}?" + _CONFIG_WORD + r"|" +
                PATCH_SUBJECT + _CONFIG_WORD + r"[\w-]*:\s+" + _ADDS + _SAME + r"{0,60}?" + _MODEM_DRIVER_WORD,
                "uname -r; zcat /proc/config.gz | grep -E 'QMI_WWAN|CDC_MBIM|SERIAL_OPTION|SERIAL_QUALCOMM|WWAN'; "
                "modprobe -n -v qmi_wwan cdc_mbim option",
                unless=r"(?:\b|_)(?:t7xx|iosm|mhi|PCI-?e)(?:\b|_)"),
    # the modem drivers asked for (a request, not a how-to's step) in an appliance's or a board image's tracker: the kernel or
    # the image of the system lacks them (knowledge.md 2.8, "typical on embedded images"): "please enable LTE modem drivers in the camera's kernel",
    # "could you add support for 3G USB sticks in Home Assistant OS" (a driver id asked for in "the kernel" is
    # driver-not-bound-unknown-id's story: only the appliance systems are named in the second form)
    StatedState("said:module-missing",
                _ASKED + r"(?:enable|include|build\s+in|turn\s+on|switch\s+on)\s+(?:the\s+)?(?:usb\s+)?(?:\(?(?:lte|[345]g|gsm|umts|"
                r"wwan|cellular|mobile)\)?\s+){0,2}(?:usb\s+)?(?:modems?|dongles?|sticks?)\s+(?:drivers?|support|modules?)\s+"
                r"(?:in|into|for)\s+(?:the\s+|this\s+|its\s+|my\s+)?(?:\w+\s+){0,2}?(?:kernel|image|firmware|build|" + _APPLIANCE_OS +
                r")\b|" +
                _ASKED + r"(?:add|enable|include)\s+(?:the\s+)?(?:driver\s+)?support\s+for\s+" + _SAME + r"{0,50}?\b(?:modems?|"
                r"dongles?|sticks?|[345]G|LTE|GSM|UMTS|HSPA|WWAN)\b" + _SAME + r"{0,30}?\b(?:in|into|to|on)\s+(?:the\s+)?" +
                _APPLIANCE_OS + r"\b",
                "uname -r; zcat /proc/config.gz | grep -E 'USB_SERIAL_OPTION|USB_NET_QMI_WWAN|USB_NET_CDC_MBIM|USB_NET_RNDIS_HOST'; "
                "lsmod | grep -E 'option|qmi_wwan|cdc_'",
                unless=r"\b(?:now|finally)\s+(?:works?|loads?|available|included)\b|\b(?:was|were|has\s+been|have\s+been)\s+"
                       r"(?:added|enabled|included)\b"),
    # the stick works (or gets its ports) on a desktop distribution and not on an appliance or router system: that system's
    # kernel lacks the driver (knowledge.md 2.8): "on my Ubuntu laptop it gets ttyUSB0, but under Home Assistant OS there is
    # nothing", "it works in Linux Mint but not on OpenWrt"
    StatedState("said:module-missing",
                r"\b(?:in|on|under|with)\s+(?:my\s+|the\s+)?" + _DESKTOP_DISTRO + _SAME + r"{0,80}?\bbut\s+(?:not\s+)?(?:in|on|under|"
                r"with)\s+(?:my\s+|the\s+)?(?:" + _APPLIANCE_OS + r"|OpenWrt|LEDE|ImmortalWrt)\b(?:" + _SAME + r"{0,40}?(?:\bnothing\b|"
                r"\bno\s+\w+|\bnot\b|n't\b)|(?=\s*[.!,;]|$))",
                "uname -r; lsmod | grep -E 'option|qmi_wwan|cdc_'; ls /lib/modules/$(uname -r)/kernel/drivers/usb/serial/",
                unless=r"\b(?:now|finally)\s+(?:works?|loads?|available|included)\b"),
    # the modem's driver said not loaded: "as seen from logs driver not loaded", "the option module isn't loaded", "no
    # kernel module gets loaded for it" (with the device's interfaces shown unbound, rules read a missing module)
    StatedState("said:driver-not-loaded",
                r"\b(?:(?:(?:kernel|serial|usb[- ]serial|modem|wwan|lte|[345]g|qmi|mbim)\s+)?(?:drivers?|modules?)|" + _MODS +
                r"(?:\.ko)?(?:\s+(?:kernel\s+)?(?:modules?|drivers?))?)\s+(?:(?:is|are|was|were)(?:n't|\s+not)\s+(?:being\s+|getting\s+)?"
                r"(?:auto-?)?loaded|not\s+(?:auto-?)?loaded|(?:does|did)(?:n't|\s+not)\s+(?:get\s+)?(?:auto-?)?load(?:ed)?|never\s+"
                r"(?:gets\s+)?(?:auto-?)?loaded)\b|\bno\s+(?:(?:kernel|serial|modem|usb[- ]serial)\s+)?(?:drivers?|modules?)\s+"
                r"(?:is|are|was|were|gets?|got)\s+loaded\b",
                "lsmod | grep -E 'option|usb_wwan|qmi_wwan|cdc_mbim|qcserial'; modprobe -n -v option qmi_wwan; lsusb -t",
                # another device's driver ("the WiFi driver is not loaded")
                unless=r"\b(?:now|finally)\s+(?:loads?|loaded|works?)\b|\b(?:wi-?fi|wlan|wireless|bluetooth|graphics|gpu|nvidia|"
                r"audio|sound|video|printer|camera|webcam|touchpad|display)\s+(?:drivers?|modules?)\b"),
    # the modem's kernel module package is one built for another kernel than the running one, or was installed by force over
    # the kernel dependency that says so: "the kmod-usb-net-qmi-wwan package is for a later kernel ... so I had to force
    # install it", "opkg install --force-depends kmod-usb-serial-option". An OpenWrt kmod depends on the exact kernel
    # (version and build hash) and modprobe refuses a module of another build, so the driver never loads
    StatedState("said:kmod-other-kernel",
                r"\b(?:kmod-[\w.-]+|kmods?|(?:kernel\s+)?modules?|drivers?|packages?|\.ko)\b" + _SAME + r"{0,40}?\b(?:is|was|are|were|"
                r"built|compiled|made|meant)\s+(?:\w+\s+){0,2}?for\s+(?:a\s+|an\s+|the\s+)?(?:later|newer|older|earlier|different|"
                r"another|other|wrong)\s+kernel\b|"
                r"--force-depends\b[^.!?\n]{0,80}?\bkmod-|\bkmod-[\w.-]+" + _SAME + r"{0,80}?(?:--force-depends\b|\bforced?[- ]?install)|"
                r"\bforced?[- ]?install\w*\s+(?:the\s+)?kmod-",
                "uname -r; opkg info kernel; opkg info kmod-usb-net-qmi-wwan (its Depends: kernel (= ...)); modprobe <module>; "
                "dmesg | grep -iE 'disagrees about version|unknown symbol|invalid module format'",
                unless=r"\b(?:now|finally)\s+(?:works?|loads?|loaded)\b|\b(?:rebuilt|recompiled|matching)\b"),
    # host firmware: the firmware file the host must upload to the modem is missing (a Gobi 1000/2000/3000's amss.mbn,
    # apps.mbn, UQCN.mbn for gobi_loader; a MultiTech modem's mts_*.fw for ti_usb_3410_5052), gobi_loader failing, or
    # the firmware said to be needed from the vendor's Windows driver: "the gobi firmware files are missing",
    # "gobi_loader fails to load the firmware", "it needs the firmware from the Windows driver"
    StatedState("said:host-firmware-missing",
                r"\b" + _HOST_FW_CONTEXT + _SAME + r"{0,80}?" + _FW_FILES_ABSENT + r"|" + _FW_FILES_ABSENT + _SAME +
                r"{0,80}?\b" + _HOST_FW_CONTEXT + r"|"
                r"\bgobi[_-]loader\b" + _SAME + r"{0,60}?\b(?:fail\w*|errors?|can(?:no|')t (?:find|open|load)|"
                r"could(?:n't| not) (?:find|open|load)|(?:does|did)(?:n't| not) (?:work|load|find|succeed)|never\s+(?:succeeds?|works?))\b|"
                r"\b(?:upload\w*|load\w*|push\w*)\s+(?:the\s+)?firmware\s+(?:with|using|via|through)\s+gobi[_-]loader\b" + _SAME +
                r"{0,30}?\b(?:fail\w*|never\s+(?:succeeds?|works?)|(?:does|did)(?:n't| not) (?:work|succeed))\b|"
                r"\b(?:needs?|requires?|(?:need|have|had) to (?:get|copy|extract|take))\s+(?:the\s+|its\s+)?(?:gobi\s+)?"
                r"firmware\b" + _SAME + r"{0,40}?\bfrom\s+(?:the\s+|a\s+)?(?:vendor'?s?\s+|hp'?s?\s+|lenovo'?s?\s+)?windows\b|"
                # the firmware lived on the Windows install, which is gone: "the firmware is installed onto the Windows
                # partition, which I had just destroyed", "I wiped the Windows partition that held the modem firmware"
                r"\bfirmware\b" + _SAME + r"{0,80}?\b(?:on|onto|in|under|with)\s+(?:the\s+|my\s+)?(?:old\s+)?Windows\s+"
                r"(?:partition|install\w*|drive|disk|side)\b" + _SAME + r"{0,60}?" + _WIPED + r"|" +
                _WIPED + r"\s+(?:\w+\s+){0,3}?Windows(?:\s+(?:partition|install\w*|drive|disk))?\b" + _SAME +
                r"{0,60}?\b(?:firmware|gobi|amss|uqcn)\w*",
                "lsusb; ls -l /lib/firmware/gobi/ /lib/firmware/mts_*.fw; sudo dmesg | grep -iE 'firmware|qcserial|ti_usb'",
                unless=r"\b(?:correctly|properly) installed\b|\b(?:now|finally) (?:works?|loads?)\b"),
    # one ttyUSB/ttyACM port named dead or silent (tuning39a): "/dev/ttyUSB1 is completely dead", "ttyUSB2 does not
    # respond at all" - with the id handed to a serial driver by new_id, the port of a function that is no serial one
    # (the network or QMI interface the dynamic id also bound: wrong-driver-bound-new-id-dead-port)
    StatedState("said:tty-port-dead",
                r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)\d+\s+(?:is|seems|appears|was)\s+(?:to\s+be\s+)?(?:completely\s+|totally\s+|just\s+|"
                r"absolutely\s+)?(?:dead|silent|mute|useless)\b|(?<![\w/])(?:/dev/)?tty(?:USB|ACM)\d+\s+(?:does(?:n't|\s+not)|did(?:n't|\s+not)|"
                r"never)\s+(?:\w+\s+)?(?:respond|answer|reply|react)\w*",
                "lsusb -t (which driver holds each interface); lsusb -v -d VID:PID (the class of the interface behind the port)",
                unless=_NOW_FIXED),
    # an out-of-tree modem driver said to fail to build for the kernel in use (tuning39a): "quectel-MHI's pcie_mhi fails to
    # compile on kernel 6.1", "the xmm7360 driver won't build on 6.8", "GobiNet compile errors with kernel 5.15", Chinese
    # "6.1内核下quectel-MHI编译失败": no module exists (kernel-module-missing-build-failed reads the build log's own words)
    StatedState("said:module-build-failed",
                r"(?:" + _OOT_DRIVER + r")(?:[\s'’]+s)?(?:\s+(?:[\w-]+\s+)?(?:module|driver|source|package|code))?\s+(?:still\s+|now\s+)?"
                r"(?:fails?|failed|failing|won't|doesn't|does\s+not|did\s+not|didn't|cannot|can't|will\s+not)\s+(?:to\s+)?"
                r"(?:compile|build)\b|"
                r"\b(?:compil\w*|build(?:ing)?)\s+(?:of\s+)?(?:the\s+)?(?:" + _OOT_DRIVER + r")\b" + _SAME + r"{0,30}?\bfail\w*|"
                r"\b(?:compile|compilation|build)\s+(?:errors?|failures?)\s+(?:in|for|with|of)\s+(?:the\s+)?(?:" + _OOT_DRIVER + r")|"
                r"(?:" + _OOT_DRIVER + r")[^。！？\n]{0,20}?(?:编译|編譯)(?:失败|失敗|出错|出錯|报错|報錯|不通过|不通過)",
                "uname -r; the build's first 'error:' line (make -C /lib/modules/$(uname -r)/build M=$PWD modules 2>&1 | grep -m5 error:)",
                unless=r"\b(?:now\s+(?:it\s+)?(?:builds|compiles|works)|fixed|solved|resolved)\b"),
    # the modem named as a Qualcomm Gobi 1000/2000/3000 (HP's un2400/un2420/un2430): a module that keeps no modem firmware
    # of its own and waits at its QDL boot id until the host uploads it (gobi_loader; qcserial.c names the QDL ids "Gobi
    # 1000/2000/3000 QDL"). Context: a rule pairs it with the modem not recognised (tuning39a)
    StatedState("said:gobi-module",
                r"\bGobi\s?[123]000\b|\bun24[023]0\b",
                "lsusb (the QDL boot id, e.g. 03f0:241d, or the modem id after the upload); ls -l /lib/firmware/gobi/",
                context=True, keeps_catch_all=True),
    # the kernel's lockdown (Secure Boot turns it on) refuses what the modem's driver or switch script needs: raw PCI
    # config access (setpci, the XMM7360 PCIe-to-USB switch), unsigned modules, insmod/modprobe (man kernel_lockdown.7:
    # "unsigned module loading", "direct PCI access" are restricted): "in lockdown mode, setpci cannot be used",
    # "setpci is not available with a lockdown kernel", "the lockdown blocks loading the module"
    StatedState("said:lockdown-refuses",
                r"\b(?:in|with|under|because of|due to)\s+(?:the\s+|a\s+)?(?:kernel(?:'s)?\s+)?lock-?down(?:\s+(?:mode|kernel|"
                r"feature|enabled|active|on))?\b\s*,?\s+(?:\w+\s+){0,3}?" + _LOCKED_OUT + r"\b" + _SAME + r"{0,30}?\b" +
                _LOCKDOWN_REFUSES + r"|"
                + _LOCKED_OUT + r"\b" + _SAME + r"{0,30}?\b" + _LOCKDOWN_REFUSES + r"\s+(?:with|in|under|by|because of|due to)\s+"
                r"(?:the\s+|a\s+)?(?:kernel(?:'s)?\s+)?lock-?down\b|"
                r"\block-?down(?:\s+mode)?\s+(?:blocks|prevents|forbids|refuses|restricts|denies|disallows|stops)\s+(?:\w+\s+){0,2}?"
                + _LOCKED_OUT,
                "cat /sys/kernel/security/lockdown; mokutil --sb-state; sudo dmesg | grep -i lockdown"),
    # Secure Boot (its signature enforcement, the lockdown it turns on, the MOK keys) named beside a modem driver module that
    # does not load: "the module refuses to load because Secure Boot is on", "the kernel won't load the unsigned module",
    # "it not load when secure boot is active" (knowledge: module-load-blocked; the kernel's "Loading of unsigned module
    # is rejected", modprobe's "Key was rejected by service" told in words)
    StatedState("said:lockdown-refuses",
                r"\b(?:modules?|drivers?|\.ko|insmod|modprobe|it)\b" + _SAME + r"{0,40}?" + _LOAD_REFUSED + _SAME +
                r"{0,60}?" + _SIGNING + r"|" + _SIGNING + _SAME + r"{0,60}?\b(?:modules?|drivers?|\.ko|it)\b" + _SAME + r"{0,30}?" +
                _LOAD_REFUSED + r"|"
                r"\b(?:won't|will\s+not|can(?:'t|not)|refuses?\s+to|does(?:n't|\s+not)|did(?:n't|\s+not))\s+load\s+(?:the\s+|my\s+|an?\s+|any\s+)?"
                r"unsigned\b|\bunsigned\s+(?:\S+\s+){0,2}?(?:modules?|drivers?)\s+(?:are|is|get|gets|were|was)\s+(?:refused|rejected|blocked)\b",
                "mokutil --sb-state; sudo dmesg | grep -iE 'lockdown|module verification|Loading of'; modinfo -F signer MODULE",
                unless=r"\b(?:loads?\s+(?:fine|now|ok)|works?\s+(?:fine|now)|fixed|solved)\b"),
    # the person names a driver that binds by id list and says its table does not have this modem: "qmi_wwan.c and
    # option.c aren't prepared for this new modem", "the option driver doesn't support my stick", "the PID is missing
    # from qmi_wwan" (option.c option_ids[], qmi_wwan.c products[], qcserial.c id_table[]: knowledge.md 2.7)
    StatedState("said:driver-lacks-id",
                # the table entry itself proposed as a new line: "The new line should be, { USB_DEVICE(0x10CE, 0xEA6A) },
                # /* ... */", "add an entry {QMI_FIXED_INTF(0x2c7c, 0x0125, 4)} to the products table"
                r"\b(?:add\w*|insert\w*|new)\s+(?:a\s+|an\s+|the\s+|this\s+|one\s+)?(?:new\s+)?(?:line|entry|row)\b"
                r"(?:[^!?]|\.(?=\w)){0,60}?\{\s*[A-Z][A-Z0-9_]*\(\s*0x[0-9a-fA-F]{4}\s*,\s*0x[0-9a-fA-F]{4}\b|"
                r"\b" + _ID_TABLE_DRIVER + r"(?:[^.!?]|\.(?=\w)){0,60}?\b(?:is|are|was|were|does|do|did)(?:n['´’`]?t|\s+not)\s+"
                r"(?:yet\s+|even\s+)?(?:prepared|ready|support\w*|know\w*|recogni[sz]\w*|list\w*|includ\w*|contain\w*|"
                r"have|has|match\w*)\b(?:[^.!?]){0,30}?\b(?:modem|module|stick|dongle|card|device|id|ids|pid|vid|product)s?\b|"
                r"\b(?:id|ids|pid|vid|vid:pid|product id|device id)\s+(?:is\s+|are\s+)?(?:still\s+)?(?:missing|absent|not\s+"
                r"(?:listed|included|present|exist\w*))\s+(?:in|from)\s+(?:the\s+)?" + _ID_TABLE_DRIVER + r"|"
                # "that product id is not in option.c in your kernel", "the PID is new and not exist in the kernel table of
                # qmi_wwan", "the VID:PID isn't in qcserial's id table"
                r"\b(?:id|ids|pid|vid|vid:pid|product id|device id)\b" + _SAME + r"{0,20}?\b(?:is|are)?\s*(?:n't|not)\s+"
                r"(?:exist\w*\s+|listed\s+|present\s+)?(?:yet\s+)?(?:in|inside)\s+(?:the\s+)?(?:(?:kernel(?:'s)?\s+)?(?:device\s+)?"
                r"(?:id\s+)?(?:table|list)\s+of\s+(?:the\s+)?)?" + _ID_TABLE_DRIVER + r"|"
                # the id added to the driver's table by hand, which the running kernel's lacked: "I added the device id
                # to qmi_wwan.c", "after patching option.c with the new PID", "modified the qmi_wwan driver to add the id"
                r"\b(?:add\w*|insert\w*|put\w*)\s+(?:the\s+|its\s+|my\s+|a\s+|this\s+)?(?:modem'?s\s+)?(?:new\s+)?"
                + _ID_NOUN + r"\s+(?:\w+\s+){0,2}?(?:to|in|into)\s+(?:the\s+)?"
                + _ID_TABLE_DRIVER + r"|\b(?:patch\w*|modif\w*|edit\w*)\s+(?:the\s+)?" + _ID_TABLE_DRIVER + _SAME +
                r"{0,40}?\b(?:with|to add|to include|adding|including)\s+(?:the\s+|its\s+|a\s+|this\s+)?(?:new\s+)?"
                r"(?:modem'?s\s+)?" + _ID_NOUN + r"|"
                # the modem said missing from the tables: "my new RM520N-GL is not in the id tables of qmi_wwan and option yet"
                r"\b(?:is|are)(?:n't|\s+not)\s+(?:yet\s+)?(?:in|listed\s+in)\s+(?:the\s+)?(?:device\s+)?id\s+(?:tables?|lists?)\s+"
                r"(?:of\s+|in\s+)?(?:the\s+)?" + _ID_TABLE_DRIVER + r"|"
                # ... or the table's entry for the device: "patching option.c and adding lines for this modem", "edited
                # qcserial.c, adding an entry for my card"
                r"\b(?:patch\w*|modif\w*|edit\w*)\s+(?:the\s+)?" + _ID_TABLE_DRIVER + _SAME + r"{0,20}?\b(?:to\s+add|adding|"
                r"with)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:lines?|entry|entries)\s+for\s+(?:this|the|my|our|that)\s+(?:\w+\s+)?"
                r"(?:modem|device|stick|dongle|card|module)\b|"
                # the driver patched against a kernel release ("I've modified the qcserial and the qmi_wwan driver (against
                # kernel 3.16.6)"), or a backport of a driver's id patch asked for ("qmi_wwan.c backport to 4.14.x to enable
                # support for SIM7600 modems", "could the commit adding the EC25 to option.c be backported to 5.4")
                r"\b(?:patch\w*|modif\w*|edit\w*)\s+(?:the\s+)?" + _ID_TABLE_DRIVER + r"(?:\s+(?:and|&)\s+(?:the\s+)?" +
                _ID_TABLE_DRIVER + r")?(?:\s+drivers?)?\s+\(?(?:against|for|on)\s+(?:the\s+)?(?:kernel|linux)\s+v?\d|"
                # (a release's dots stay in the sentence: "to 4.14.x")
                r"\b" + _ID_TABLE_DRIVER + r"(?:[^.!?]|\.(?=\w)){0,40}?\bback-?port\w*\b(?:[^.!?]|\.(?=\w)){0,60}?\b(?:support|"
                r"ids?|devices?|modems?|modules?)\b|"
                r"\bback-?port\w*\b(?:[^.!?]|\.(?=\w)){0,60}?(?:\b(?:patch|commit|change|line)\b(?:[^.!?]|\.(?=\w)){0,60}?" +
                _ID_TABLE_DRIVER + r"|" + _ID_TABLE_DRIVER + r"(?:[^.!?]|\.(?=\w)){0,60}?\b(?:support|ids?|devices?|modems?|"
                r"modules?|patch|commit|change|line)\b)",
                "uname -r; lsusb; modinfo option qmi_wwan qcserial | grep -i 'v<VID>p<PID>'"),
    # ... or told by what the driver does with the card: a step that makes the serial driver recognise it ("Getting the
    # usbserial driver to recognize the card", usbserial's vendor=/product= parameters or new_id), the driver that does not
    # claim it, a kernel too old to know it, or newer kernels that take it by themselves ("only kernels from 2.6.20 on pick
    # it up by themselves"): the id is missing from the running kernel's tables (knowledge.md 2.7)
    StatedState("said:driver-lacks-id",
                r"\b(?:get|getting|make|making|force|forcing|have|having)\s+(?:the\s+)?" + _ID_SERIAL_DRIVER +
                r"\s+(?:to\s+)?(?:recogni[sz]e|claim|accept|bind\s+(?:to\s+)?|pick\s+up|take|detect)\s+" + _THE_CARD + r"|"
                r"\b" + _ID_SERIAL_DRIVER + r"\s+(?:does(?:n't|\s+not)|did(?:n't|\s+not)|won't|will\s+not|would(?:n't|\s+not)|never)\s+"
                r"(?:recogni[sz]e|claim|bind\s+to|pick\s+up|detect|know|take)\s+(?:it\b|" + _THE_CARD + r")|"
                r"\b(?:kernel|release|distribution|distro)\s+(?:is\s+)?too\s+old\s+to\s+(?:know|recogni[sz]e|support|detect|have)\s+"
                r"(?:about\s+)?" + _THE_CARD + r"|"
                r"\b(?:newer|recent|later|more\s+recent)\s+kernels?\b" + _SAME + r"{0,60}?" + _TAKES_IT_ALONE + r"|"
                r"\bkernels?\s+(?:from|since|after|starting\s+(?:with|at))\s+v?\d+\.\d+(?:\.\d+)?(?:\s+(?:on|onwards|or\s+later|and\s+"
                r"(?:later|newer|up)))?\s+" + _TAKES_IT_ALONE,
                "uname -r; lsusb; modinfo option qmi_wwan qcserial | grep -i 'v<VID>p<PID>'",
                unless=r"\b(?:now\s+(?:it\s+)?(?:works|recogni[sz]es)|works\s+now|fixed|solved|works?\s+(?:fine|great|well|perfectly)|"
                       r"(?:I'?m|I\s+am|we\s+are)\s+(?:on|using|running)|no\s+need|not\s+needed|need(?:n't|\s+not)|"
                       r"(?:don't|do\s+not|doesn't|does\s+not)\s+need|any\s?more|no\s+longer)\b"),
    # ... searched for and not found in the driver's source: "I could not find the 6005 product id anywhere in option.c",
    # "0125 doesn't appear anywhere in qmi_wwan.c", "there is no entry for my PID in qcserial.c" (the tables are literal
    # lists in those files: option.c option_ids[], qmi_wwan.c products[], qcserial.c id_table[])
    StatedState("said:driver-lacks-id",
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|did(?:n't|\s+not)|fail(?:ed|s)?\s+to)\s+(?:find|locate|see|spot)\s+"
                r"(?:the\s+|its\s+|my\s+|this\s+|that\s+|an?\s+|any\s+)?(?:\w+\s+){0,3}?(?:" + _ID_NOUN + r"|[0-9a-f]{4}|entry|"
                r"entries|line)\b[^.!?]{0,40}?\b(?:in|inside|within)\s+(?:the\s+)?(?:source\s+(?:of\s+)?)?" + _ID_TABLE_DRIVER + r"|"
                r"\b(?:" + _ID_NOUN + r"|[0-9a-f]{4})\s+(?:(?:does|did)(?:n't|\s+not)\s+(?:appear|show\s+up|exist)|(?:is|was)(?:n't|\s+not)\s+"
                r"(?:listed|there)|(?:is|was)\s+nowhere)\b[^.!?]{0,20}?\b(?:in|inside|within)\s+(?:the\s+)?" + _ID_TABLE_DRIVER + r"|"
                r"\bthere\s+(?:is|was|'s)\s+no\s+(?:entry|line|match)\s+for\s+(?:the\s+|its\s+|my\s+|this\s+|that\s+)?(?:\w+\s+){0,2}?"
                r"(?:" + _ID_NOUN + r"|modem|module|stick|dongle|card|device)\b[^.!?]{0,20}?\b(?:in|inside)\s+(?:the\s+)?"
                + _ID_TABLE_DRIVER + r"|"
                # the running kernel said too old for the id, or the id said added to the driver in a later release: "my kernel is
                # too old to know this modem's USB ID", "the modem's ID was added to qmi_wwan in a later kernel release"
                r"\bkernel\b" + _SAME + r"{0,30}?\b(?:is|was)\s+too\s+old\s+(?:to\s+(?:know|recogni[sz]e|support|have|list|include)|for)\s+"
                r"(?:the\s+|this\s+|my\s+|its\s+|that\s+)?(?:\w+'s\s+)?(?:\w+\s+)?" + _ID_NOUN + r"|"
                r"\b" + _ID_NOUN + _SAME + r"{0,30}?\b(?:was|were|got|has\s+been|have\s+been)\s+(?:only\s+)?added\s+(?:to\s+(?:the\s+)?"
                + _ID_TABLE_DRIVER + r"\s+)?in\s+(?:a\s+)?(?:later|newer|more\s+recent|recent|(?:kernel|linux)\s+v?\d)\b|"
                # the modem said unsupported by the driver, or the kernel said to have no driver for the id: "the modem is not
                # supported by the kernel's option driver", "Linux does not have a driver for this modem's ID"
                r"\b(?:modem|module|stick|dongle|card|device|" + _ID_NOUN + r")\s+(?:is|was|are|were)\s+(?:still\s+)?not\s+(?:yet\s+)?"
                r"(?:supported|recogni[sz]ed|listed|known|handled)\s+by\s+(?:the\s+)?(?:kernel'?s\s+|running\s+)?" + _ID_TABLE_DRIVER + r"|"
                r"\b(?:kernel|Linux)\s+(?:\w+\s+)?(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:have|include|know|contain|list)\s+(?:a\s+|any\s+)?"
                r"(?:driver|entry|support)\s+for\s+(?:the|this|my|its|that)\s+(?:\w+'s\s+)?(?:\w+\s+)?" + _ID_NOUN + r"|"
                # the driver said to have no entry for it: "the qmi_wwan driver of my kernel has no entry for this product id",
                # "option.c has no support for this modem"
                + _ID_TABLE_DRIVER + r"(?:[^.!?]|\.(?=\w)){0,30}?\b(?:has|had|have|contains?|contained|lists?|listed|carries)\s+no\s+"
                r"(?:\w+\s+)?(?:entry|entries|line|match|support|id|ids)\s+for\s+(?:the\s+|its\s+|my\s+|this\s+|that\s+|our\s+)?"
                r"(?:\w+\s+){0,2}?(?:" + _ID_NOUN + r"|modem|module|stick|dongle|card|device)\b",
                "uname -r; lsusb; modinfo option qmi_wwan qcserial | grep -i 'v<VID>p<PID>'"),
    # ... or asked to be brought up to date so that a module is supported: "Request to update the qmi_wwan driver from
    # the upstream repo", "please update the option driver from mainline so the EG25-G is supported", "the board kernel
    # needs a newer qmi_wwan for the SIM7600E" (the ids are added to those tables release by release)
    StatedState("said:driver-lacks-id",
                r"\b(?:update|upgrade|refresh|sync|bring)\s+(?:the\s+|this\s+|our\s+|its\s+)?(?:kernel'?s?\s+)?" + _ID_TABLE_DRIVER +
                r"(?:[^.!?]|\.(?=\w)){0,40}?\b(?:from|to|with|up\s+to\s+date\s+with)\s+(?:the\s+)?(?:original|upstream|mainline|"
                r"latest|newer|new|current|vanilla)\b|"
                r"\b(?:needs?|needed|requires?|required|wants?)\s+(?:a\s+|the\s+)?(?:newer|updated|more\s+recent|later|mainline)\s+"
                r"(?:version\s+of\s+(?:the\s+)?)?" + _ID_TABLE_DRIVER,
                "uname -r; lsusb; modinfo option qmi_wwan qcserial | grep -i 'v<VID>p<PID>'",
                unless=r"\b(?:now|finally)\s+(?:works?|working|recogni[sz]ed|detected)\b"),
    # ... in other languages: the modem's id not in the driver's id table (option.c option_ids[], qmi_wwan.c products[], qcserial.c
    # id_table[]): "这个6005在 option.c 里没找到" (not found in option.c), "qmi_wwan.c 中没有这个 PID", "option.c 的设备表里查不到";
    # the driver named by its source file, or option/sierra with the word driver (option alone is an ordinary word)
    *_in_each_language("said:driver-lacks-id", {
        # "die PID 6005 steht nicht in der option.c", "in der option.c fehlt die PID", "option.c kennt die ID nicht"
        "de": _AN_ID_FOREIGN + r"[^.!?]{0,30}?\b(?:steht|ist|taucht|findet\s+sich)\s+(?:\w+\s+)?nicht\s+(?:\w+\s+)?(?:in|im)\s+(?:der\s+|dem\s+|den\s+)?"
              + _ID_TABLE_DRIVER_SPACED + r"|\bin\s+(?:der\s+|dem\s+)?" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,10}?\bfehlt\b|" + _ID_TABLE_DRIVER_SPACED +
              r"[^.!?]{0,30}?\b(?:kennt|enthält|unterstützt|listet)\s+(?:\w+\s+){0,3}?nicht\b",
        # "el PID 6005 no aparece en option.c", "option.c no incluye este PID"
        "es": _AN_ID_FOREIGN + r"[^.!?]{0,30}?\bno\s+(?:aparece|est[áa]|existe|figura|viene)\s+(?:\w+\s+)?(?:en|dentro\s+de)\s+(?:el\s+)?" + _ID_TABLE_DRIVER_SPACED +
              r"|" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,30}?\bno\s+(?:tiene|incluye|contiene|reconoce|soporta|lista)\b",
        # "o PID 6005 não está no option.c", "option.c não inclui esse PID"
        "pt": _AN_ID_FOREIGN + r"[^.!?]{0,30}?\bn[ãa]o\s+(?:aparece|est[áa]|existe|consta)\s+(?:\w+\s+)?(?:em|no|na|dentro\s+do)\s+(?:o\s+)?" + _ID_TABLE_DRIVER_SPACED +
              r"|" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,30}?\bn[ãa]o\s+(?:tem|inclui|cont[ée]m|reconhece|suporta)\b",
        # "il PID 6005 non c'è in option.c", "option.c non contiene questo PID"
        "it": _AN_ID_FOREIGN + r"[^.!?]{0,30}?\bnon\s+(?:c'è|compare|appare|esiste|è\s+presente|figura)\s+(?:\w+\s+)?(?:in|nel|nello|dentro)\s+"
              r"(?:il\s+)?" + _ID_TABLE_DRIVER_SPACED + r"|" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,30}?\bnon\s+(?:ha|include|contiene|riconosce|supporta)\b",
        # "le PID 6005 n'est pas dans option.c", "option.c ne contient pas ce PID"
        "fr": _AN_ID_FOREIGN + r"[^.!?]{0,30}?\bn'(?:est|appara[îi]t|existe)\s+pas\s+(?:\w+\s+)?dans\s+(?:le\s+)?" + _ID_TABLE_DRIVER_SPACED + r"|" + _ID_TABLE_DRIVER_SPACED +
              r"[^.!?]{0,30}?\bne\s+(?:contient|conna[îi]t|g[èe]re|supporte|reconna[îi]t)\s+pas\b",
        # "в option.c нет этого PID", "option.c не содержит этот PID"
        "ru": r"\b(?:в|во)\s+" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,20}?\bнет\b|" + _ID_TABLE_DRIVER_SPACED + r"[^.!?]{0,30}?\bне\s+(?:содержит|поддерживает|знает|видит)\b|"
              + _AN_ID_FOREIGN + r"[^.!?]{0,30}?\bнет\s+в\s+" + _ID_TABLE_DRIVER_SPACED,
        "zh": r"(?:(?:qmi_wwan|qcserial|option|sierra|usb_wwan)\.c|qmi_wwan|qcserial|(?:option|sierra)\s*(?:驱动|驅動))"
              r"\s*(?:的\s*\S{0,6}?)?(?:里面|里|裡|中|内|內)?\s*(?:都|也|并|並|根本|完全)?\s*(?:(?:没|沒|未)有?\s*(?:找到|查到|看到|"
              r"定义|定義|列出|包含|这个|這個|该|此)|找不到|查不到|不存在|不支持|不支援)",
    }, "uname -r; lsusb; modinfo option qmi_wwan qcserial | grep -i 'v<VID>p<PID>'"),
    # the modem on the USB bus and no driver taking it: "lsusb lists the modem fine, but no driver claims any of its
    # interfaces", "the modem is recognize by lsusb but the driver is not bind to it", "its interfaces stay without a
    # driver" (knowledge.md 2.7: interface dirs without a driver link; the id missing from the running kernel's tables)
    StatedState("said:usb-no-driver-bound",
                r"\bno\s+(?:\w+\s+)?drivers?\s+(?:\w+\s+)?(?:claims?|claimed|binds?|bound|attach(?:es|ed)?|picks?\s+up|takes?|grabs?|"
                r"loads?\s+for|gets?\s+(?:bound|loaded|attached)|(?:is|was)\s+(?:\w+\s+)?(?:loaded|bound|attached))\s+(?:to\s+|on\s+|for\s+)?"
                r"(?:any\s+of\s+)?(?:its|the|my|this|it|them)\b|"
                r"\bdrivers?\s+(?:is|are|was|does|do|did)(?:n't|\s+not)\s+(?:get\s+)?(?:bind\w*|bound|attach\w*|claim\w*)\s+"
                r"(?:to|on|with)\s+(?:it|them|the\s+(?:\w+\s+)?(?:modem|device|stick|dongle|interfaces?)|my\s+(?:\w+\s+)?"
                r"(?:modem|device|stick|dongle))\b|"
                # no driver making the modem's ports: "no driver sets up any ports", "no drivers set any ports up", "no driver
                # creates the ttyUSB ports"
                r"\bno\s+(?:\w+\s+)?drivers?\s+(?:sets?\s+(?:up\s+)?|creates?\s+|created\s+|makes?\s+)(?:any\s+|the\s+|its\s+)?"
                r"(?:\w+\s+)?(?:ports?|interfaces?|device\s+nodes?)\b|"
                r"\binterfaces?\s+(?:\w+\s+)?(?:stay|stays|remain|remains|are|is|were|was|have|has|left|show)\s+(?:still\s+)?"
                r"(?:without|no)\s+(?:a\s+|any\s+)?drivers?\b|\b(?:un-?bound|not\s+bound)\s+(?:\w+\s+)?interfaces?\b|"
                # only the bare USB device shows: "Now I just see usb dev in dmesg", "I only get the USB device in lsusb"
                r"\b(?:only|just)\s+(?:see|get|have)\s+(?:the\s+|a\s+)?(?:new\s+)?usb\s+dev(?:ice)?\s+(?:in|on|from)\s+(?:the\s+)?"
                r"(?:dmesg|lsusb|kernel\s+log|syslog)\b",
                "lsusb -t (Driver=[none] on the modem's interfaces); uname -r; modinfo option qmi_wwan | grep -i 'v<VID>p<PID>'",
                unless=r"\b(?:lspci|PCI-?e?|MHI|mhi_pci_generic|t7xx|iosm)\b"),
    # ... in other languages: "kein Treiber bindet sich daran", "es wird kein Treiber geladen", "ningún controlador se carga",
    # "aucun pilote ne se charge" (knowledge.md 2.7)
    *_in_each_language("said:usb-no-driver-bound", {
        "de": r"\bkein(?:en)?\s+Treiber\s+(?:\w+\s+)?(?:bindet|gebunden|geladen|lädt|übernimmt|greift|zugeordnet)\b|"
              r"\bwird\s+kein\s+Treiber\s+(?:geladen|gebunden|zugeordnet)\b",
        "es": r"\b(?:ningún|ningun)\s+(?:controlador|driver)\s+(?:se\s+)?(?:carga|cargado|asocia|asociado|vincula|reconoce|toma)\b|"
              r"\bno\s+se\s+(?:carga|asocia|vincula)\s+(?:ningún|ningun)\s+(?:controlador|driver)\b",
        "fr": r"\baucun\s+(?:pilote|driver)\s+(?:ne\s+)?(?:se\s+charge|n'est\s+charg[ée]|ne\s+(?:prend|g[èe]re|s'attache))\b",
    }, "lsusb -t (Driver=[none] on the modem's interfaces); uname -r", unless=r"\b(?:lspci|PCI-?e?|MHI|mhi_pci_generic|t7xx|iosm)\b"),
    # the USB ids handed to the generic usb-serial driver by hand, the way before new_id (_USBSERIAL_IDS_LOADED, in
    # any line), or told in words ("reload usbserial with the vendor and product id", "das Modul usbserial
    # entladen und unter Angabe der Product- und Vendor-ID neu laden"): no driver of the kernel took the device
    StatedState("said:usbserial-ids-given",
                _USBSERIAL_IDS_LOADED + r"|"
                # the ids written into a serial driver's new_id by hand: "I had to echo the id into new_id"
                r"\b(?:echo\w*|writ\w*|wrote|add\w*|put\w*|feed\w*)\s+(?:\w+\s+){0,6}?(?:in)?to\s+(?:the\s+|its\s+)?(?:option1?\s+|"
                r"driver'?s?\s+)?(?:/sys/bus/[\w/.-]*/)?new_id\b|"
                # the generic driver to be made to take the device: "getting the usbserial driver to recognize the card"
                r"\b(?:get|getting|make|making|force|forcing|teach|teaching)\s+(?:the\s+)?usb-?serial(?:\s+(?:driver|module))?\s+"
                r"(?:to\s+)?(?:recogni[sz]e|detect|accept|take|bind\s+to)\s+(?:the|my|this|our)\s+(?:[\w-]+\s+)?(?:card|modem|stick|"
                r"dongle|device)\b|"
                r"\busbserial\b[\"'`\u201d]?" + _SAME + r"{0,100}?\b(?:with|using|passing|giving|specifying|mit|unter Angabe)"
                r"\s+(?:(?:the|its|der|den|die|seiner|ihrer)\s+)?(?:vendor|product)(?:-?\s*(?:and|und|&|/|,)\s*"
                r"(?:vendor|product))?[-\s]?ids?\b",
                "lsusb; modinfo option | grep -i 'v<VID>p<PID>'; uname -r", any_line=True),
    # ModemManager itself crashes
    StatedState("said:mm-crashed",
                r"\b" + _MM + r"\b(?:\.service)?(?:\s+(?:daemon|service|process))?\s+(?:\w+\s+){0,3}?"
                r"(?:crash(?:es|ed|ing)?|segfaults?|segfaulted|core[- ]?dumps?|core[- ]?dumped|dumps core|aborts|aborted|"
                r"keeps (?:crashing|restarting|dying)|dies|died)\b|"
                # the crash named first: "a segmentation fault in ModemManager", "crashes of the MM daemon on resume"
                r"\b(?:segmentation\s+fault|segfault|SIGSEGV|SIGABRT|crash(?:es)?|core\s+dumps?)\s+(?:in|of)\s+(?:the\s+)?" + _MM + r"\b",
                "sudo journalctl -b -u ModemManager | tail -40; coredumpctl list ModemManager"),
    # a QMI tool said not to work with the modem's MBIM mode, or an MBIM tool with its QMI mode
    StatedState("said:qmi-tool-on-mbim",
                r"\bMBIM\s+" + _MODE_NOUN + r"[^.!?]{0,40}?" + _FAILS + r"\s+(?:with|on|using|via|from)\s+(?:the\s+)?(?:\w+\s+)?"
                + _QMI_TOOLS + r"|\b" + _QMI_TOOLS + r"\b[^.!?]{0,40}?" + _FAILS +
                r"\s+(?:with|on|in)\s+(?:the\s+|an?\s+|my\s+)?(?:(?:\w+\s+)?(?:modems?|devices?|cards?|modules?)\s+(?:in|running|using)\s+)?MBIM\b|" + _QMI_DIALS_MBIM,
                "lsusb -t (cdc_mbim or qmi_wwan on the control interface)"),
    # ... told as a surprise in Chinese: "MBIM模式却选择QMI拨号？" (MBIM mode, yet QMI dialling is chosen?), "模组是MBIM模式，但
    # 插件用quectel-CM拨号": the question mark of such a title is the surprise, not a question (suspected)
    StatedState("said:qmi-tool-on-mbim",
                r"MBIM\s*(?:模式|mode)\S{0,16}?(?:却|但是?|可是|而)\S{0,12}?(?:QMI|" + _QMI_TOOLS + r")",
                "lsusb -t (cdc_mbim or qmi_wwan on the control interface)", suspected=True, unless=CHINESE_CONDITION),
    StatedState("said:mbim-tool-on-qmi",
                r"\bQMI\s+" + _MODE_NOUN + r"[^.!?]{0,40}?" + _FAILS + r"\s+(?:with|on|using|via|from)\s+(?:the\s+)?(?:\w+\s+)?"
                + _MBIM_TOOLS + r"|\b" + _MBIM_TOOLS + r"\b[^.!?]{0,40}?" + _FAILS +
                r"\s+(?:with|on|in)\s+(?:the\s+|an?\s+|my\s+)?(?:modem\s+in\s+)?QMI\b",
                "lsusb -t (cdc_mbim or qmi_wwan on the control interface)"),
    # the modem said to run its MBIM or QMI function: the mode, configuration or driver named ("the card is driven by cdc_mbim",
    # "it comes up in its MBIM configuration", "the modem is on mbim mode (cdc_mbim driver)", "it's bound to qmi_wwan, so
    # it's in QMI mode", "that port is a QMI port"); with a tool of the other protocol named, the rules
    # stated-mbim-mode-qmi-tools / stated-qmi-mode-mbim-tools read the mismatch (knowledge.md 2.1, 2.2)
    StatedState("said:control-mode-mbim", _control_mode("MBIM", "cdc_mbim"),
                "lsusb -t (cdc_mbim or qmi_wwan on the control interface); readlink -f /sys/class/usbmisc/cdc-wdm*/device/driver",
                context=True, unless=r"^\W*(?:when|whenever)\b"),
    StatedState("said:control-mode-qmi", _control_mode("QMI", "qmi_wwan"),
                "lsusb -t (cdc_mbim or qmi_wwan on the control interface); readlink -f /sys/class/usbmisc/cdc-wdm*/device/driver",
                context=True, unless=r"^\W*(?:when|whenever)\b"),
    # a DHCP client that gets no lease on a raw-IP link, in the post's words
    # a DHCP client that speaks DHCP over Ethernet framing only (ISC dhclient, dhcpcd, systemd-networkd before 257,
    # ifupdown's "inet dhcp") gets no address on the modem's link: "dhclient on wwan0 never gets an address", "networkd
    # sits in configuring forever", "'iface wwan0 inet dhcp' but wwan0 never takes an IP"
    StatedState("said:dhcp-client-fails",
                r"\b(?:dhclient|dhcpcd|(?:systemd-)?networkd|networkctl|inet\s+dhcp|DHCP\s*=\s*(?:yes|ipv4|true)|ifup)\b" + _SAME + r"{0,80}?"
                r"(?:\b(?:can(?:'t|’t|not)|could(?:n't| not)|does(?:n't| not)|do(?:n't| not)|did(?:n't| not)|fails? to|never|won't|"
                r"will\s+not)\s+(?:\w+\s+)?(?:get|obtain|receive|take|acquire)s?\s+(?:an?\s+|any\s+)?(?:IP|IPv4|address|DHCP|"
                r"lease)\b|\b(?:sits?|stays?|stuck|hangs?)\s+(?:in\s+)?(?:the\s+)?[\"']?configuring\b|"
                # networkd's setup state that never ends, as networkctl lists it: "networkctl shows wwan0 as 'configuring'
                # forever", "the link stays configuring"
                r"\b(?:as|in|is)\s+(?:the\s+)?[\"'“]?configuring[\"'”]?\s+(?:state\s+)?(?:forever|indefinitely|the whole time|all the time|"
                r"for (?:ever|hours|minutes))\b|"
                # "dhclient gets no lease on wwan0", "networkd obtains no address"
                r"\b(?:gets?|got|receives?|received|obtains?|obtained)\s+no\s+(?:IPv4\s+|IP\s+|DHCP\s+)?(?:IP|IPv4|address|lease|"
                r"DHCP\s+(?:lease|offer|answer)|offer)\b)",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP); ip -d link show WWAN_IFACE",
                unless=_NOW_FIXED),
    # ... or the link named first and the client after it: "wwan0 never gets an address from dhclient", "no lease
    # with dhcpcd"
    StatedState("said:dhcp-client-fails",
                r"\b(?:never|(?:does|did|do)(?:n't|\s+not)|can(?:'t|not)|won't|fails?\s+to)\s+(?:\w+\s+)?(?:get|obtain|receive|acquire)s?\s+"
                r"(?:an?\s+|any\s+)?(?:IP|IPv4|address|lease)\b(?:\s+\w+){0,3}?\s+(?:from|with|via|using|by)\s+"
                r"(?:the\s+)?(?:dhclient|dhcpcd|(?:systemd-)?networkd)\b",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP); ip -d link show WWAN_IFACE",
                unless=_NOW_FIXED),
    # ... or fails to carry out DHCP at all: "systemd fails to perform DHCP on the modem's interface", "networkd never
    # completes DHCP on wwan0" (systemd-networkd's DHCP client is systemd's, so "systemd" names it here)
    StatedState("said:dhcp-client-fails",
                r"\b(?:dhclient|dhcpcd|(?:systemd-)?networkd|systemd|ifup)\b" + _SAME + r"{0,40}?\b(?:can(?:'t|’t|not)|could(?:n't| not)|"
                r"does(?:n't| not)|did(?:n't| not)|fails? to|failed to|never|won't|will\s+not)\s+(?:\w+\s+)?(?:perform|do|complete|"
                r"finish|carry out)\w*\s+(?:the\s+|a\s+|any\s+)?DHCP\b",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP); ip -d link show WWAN_IFACE",
                unless=_NOW_FIXED),
    # busybox udhcpc (raw-IP capable) gets the address where another client did not: "with udhcpc -i wwan0 it takes the
    # IP immediately"
    StatedState("said:udhcpc-works",
                r"\budhcpc\b" + _NOT_FAILED + r"{0,40}?\b(?:takes?|took|gets?|got|obtains?|obtained|receives?|received)\s+(?:\w+\s+)?"
                r"(?:IP|IPv4|address|lease)\b|\budhcpc\b" + _SAME + r"{0,20}?\b(?:works?|worked)\b",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP)"),
    StatedState("said:dhcp-fails-raw-ip",
                # the client's own refusal of a link without an Ethernet header, told in words: "dhclient refuses the
                # interface, it says unsupported device type" (ISC dhclient common/lpf.c "Unsupported device type %ld for
                # \"%s\""; dhcpcd src/if.c "unsupported interface type 0x%.2x")
                r"\b(?:dhclient|dhcpcd)\b" + _SAME + r"{0,60}?\bunsupported\s+(?:device|interface|link|hardware)\s+type\b",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP); ip -d link show WWAN_IFACE"),
    StatedState("said:dhcp-fails-raw-ip",
                # the client told unable to handle the link: "dhclient does not support this kind of link at all, the wwan0
                # device has no Ethernet header" (ISC dhclient: "Unsupported device type %d", common/lpf.c)
                r"\b(?:dhclient|dhcpcd|(?:systemd-)?networkd)\b" + _SAME + r"{0,20}?\b(?:does(?:n't|\s+not)|do(?:n't|\s+not)|can(?:'t|not))\s+"
                r"(?:support|handle|work\s+(?:on|with))\s+(?:this\s+(?:kind|type)\s+of\s+(?:link|device|interface)|such\s+(?:links|devices|"
                r"interfaces)|raw[-_ ]?ip|(?:the\s+|this\s+)?(?:wwan\d?|link|device)\s+type|ARPHRD\w*)",
                "cat /sys/class/net/WWAN_IFACE/type (65534 or 519: raw-IP); ip -d link show WWAN_IFACE"),
    StatedState("said:dhcp-fails-raw-ip",
                # raw-IP named first: "the link is raw IP, so your DHCP client cannot work on it"
                r"\braw[-_ ]?ip\b" + _SAME + r"{0,120}?\b" + _DHCP_CLIENTS + r"\b" + _SAME + r"{0,40}?(?:can(?:'t|’t|not)|could(?:n't| not)|"
                r"does(?:n't| not)|fails? to|never|won't|will\s+not)\s+(?:get|obtain|receive|take|work)s?\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; ip -d link show WWAN_IFACE"),
    StatedState("said:dhcp-fails-raw-ip",
                r"\b(?:" + _DHCP_CLIENTS + r"|DHCP)\b[^.!?]{0,60}?(?:can(?:'t|’t|not)|could(?:n't| not)|does(?:n't| not)|fails? to|never)\s+"
                r"(?:(?:get|obtain|receive)s?\s+(?:an?\s+|any\s+)?(?:IP|IPv4|address|DHCP|lease)|finish\w*|complet\w*|succeed\w*)"
                r"[^.!?]{0,120}?\braw[-_ ]?ip\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; ip -d link show WWAN_IFACE"),
    # the address comes from the modem's control channel, so a DHCP client has nothing to do on the link, as a
    # maintainer or the person says it ("the MBIM connect already hands out the IP addresses, so DHCP is not
    # required", "take the address from umbim config instead of running a DHCP client"): context, the failure
    # beside it is the DHCP client's (rules/stated-dhcp-on-raw-ip.yaml; knowledge.md 2.4)
    StatedState("said:dhcp-not-needed",
                r"\b(?:MBIM|QMI|bearer|modem|connect\w*|umbim|mbimcli|qmicli|uqmi|ModemManager|IP\s+configuration)\b" + _SAME +
                r"{0,80}?\b(?:retriev|return|giv|gave|hand|provid|report|assign|deliver|send|sent|tell)\w*\s+(?:\w+\s+){0,3}?"
                r"(?:IP|IPv4|address)\w*\b" + _SAME + r"{0,60}?\b" + _DHCP_NOT_NEEDED + r"|\b" + _DHCP_NOT_NEEDED + _SAME +
                r"{0,40}?\b(?:because|since|as)\b" + _SAME + r"{0,60}?\b(?:MBIM|QMI|bearer|modem|umbim|mbimcli|qmicli|uqmi)\b|"
                r"\b(?:use|using|take|taking|read|reading|set|setting)\s+(?:the\s+)?(?:IP\s+|addresses?\s+)?(?:from\s+)?(?:umbim\s+config|"
                r"mbimcli\s+--query-ip-configuration|qmicli\s+--wds-get-current-settings|(?:the\s+)?bearer'?s?\s+(?:IP\s+)?"
                r"(?:settings|config\w*)|(?:the\s+)?(?:MBIM|QMI)\s+IP\s+config\w*|static\s+(?:IP|address\w*))\s+instead\s+of\s+"
                r"(?:running\s+)?(?:a\s+|the\s+)?(?:DHCP|dhclient|udhcpc|dhcpcd)\b",
                "mmcli -b 0 (method static: the address is the bearer's); mbimcli -p -d /dev/cdc-wdmN --query-ip-configuration",
                context=True),
    # the USB composition was changed with the vendor's AT command (the ports that follow are the new composition's)
    StatedState("said:composition-changed",
                r"(?:\bAT!USBCOMP\b|\bAT!USBPID\b|\bAT\+QCFG(?:=|\s+)\s*[\"'“”]?(?:usbcfg|usbnet)\b|\bAT\^SETPORT\b|\bAT\+GTUSBMODE\b"
                r"|\bAT\+CUSBCFG\b|\bAT\+CUSBPIDSWITCH\b|\bAT#USBCFG\b|\bswitch(?:ed)? (?:the )?USB composition\b|\bAT!UDPID\b|"
                # the MC77xx / MC73xx composition command (Sierra's AT command reference: AT!UDUSBCOMP, the older name of
                # AT!USBCOMP)
                r"\bAT!UDUSBCOMP\b|"
                # the USB product id set by hand, which selects the composition on Sierra modules (AT!UDPID, AT!USBPID):
                # "I set the PID to 0x68b1 instead of 0x68a3", "changed the product id to 9071"
                r"\b(?:set|changed|switched|put|altered)\s+(?:the\s+|its\s+|my\s+)?(?:USB\s+)?(?:PID|product[\s-]?id)\s+"
                r"(?:\w+\s+){0,3}?(?:to|from)\s+(?:0x)?[0-9a-f]{4}\b)",
                "lsusb -t; the vendor's composition query (AT!USBCOMP?, AT+QCFG=\"usbnet\", AT+QCFG=\"usbcfg\")"),
    # ... or told in words: the modem's own USB setup edited ("I was playing around with the usb init script", "I changed the
    # USB configuration of the EG25", "set a different usbnet mode on the module"); the host's (BIOS, kernel, udev) is another
    StatedState("said:composition-changed",
                r"\b(?:edit\w*|chang\w*|modif\w*|tweak\w*|alter\w*|play\w*\s+(?:around\s+)?with|mess\w*\s+(?:around\s+)?with|"
                r"tinker\w*\s+with|set|setting|switch\w*)\s+(?:\S+\s+){0,4}?(?:USB\s+(?:init\s+script|config(?:uration)?|settings?|"
                r"composition|functions?|gadget\s+config\w*)|usbnet\s+mode|usb_?composition)\b",
                "lsusb -t; the vendor's composition query (AT!USBCOMP?, AT+QCFG=\"usbnet\", AT+QCFG=\"usbcfg\")",
                unless=r"\b(?:BIOS|UEFI|kernel|menuconfig|udev|hub|VirtualBox|VMware|virt-manager|passthrough|Windows)\b"),
    # the modem runs an Ethernet-style composition (ECM, RNDIS, NCM) where the tools need its QMI, MBIM or AT ports:
    # "the module is in ECM mode instead of QMI", "it sits in RNDIS mode, and my script that expects /dev/cdc-wdm0 fails",
    # "the composition is set to ECM only, so there is no QMI port", "only rndis interface and no more the AT port", "the
    # module is running its ECM composition. Switch it back ..."; the kernel choosing the Ethernet configuration of a
    # multi-configuration modem ("the kernel picks USB configuration 2") or a tool said to need another one ("ModemManager
    # wants the MBIM configuration"). knowledge.md 2.6; a mode chosen on purpose, or working, stays unread
    StatedState("said:ethernet-composition",
                _ETH_COMPOSITION + _SAME + r"{0,80}?" + _COMPOSITION_LACKS + r"|" + _COMPOSITION_LACKS + _SAME + r"{0,60}?" +
                _ETH_COMPOSITION + r"|" + _ETH_COMPOSITION + r"[^\n]{0,80}?\b(?:switch|set|change|put|turn)\w*\s+(?:it|the\s+\w+)\s+back\b|"
                r"\b(?:kernel|system|udev|it|Linux)\s+(?:\w+\s+)?(?:picks?|picked|selects?|selected|chooses?|chose|choose|activates?|"
                r"activated)\s+(?:the\s+)?(?:(?:USB\s+)?(?:configuration|config)\s+#?\d\b|wrong\s+(?:USB\s+)?(?:configuration|config)\b)|"
                r"\b(?:ModemManager|qmicli|mbimcli|libqmi|libmbim|it|tools?)\s+(?:needs?|wants?|requires?|expects?)\s+(?:the\s+)?"
                r"(?:MBIM|QMI|RMNET)\s+(?:USB\s+)?(?:configuration|composition)\b",
                "lsusb -t (cdc_ether / rndis_host / cdc_ncm on the modem's interfaces); the vendor's composition query "
                "(AT+QCFG=\"usbnet\", AT!USBCOMP?, AT^SETPORT?); lsusb -v (bConfigurationValue)",
                unless=r"\b(?:on purpose|intentionally|deliberately|works?\s+(?:fine|well|great|now|again)|working\s+fine|fixed|solved)\b"),
    # the modem was left in an MBIM-only USB composition it was not meant to have: Windows (its driver or tool) switched
    # it, a person set it by mistake, or the device class changed to the IAD class (ef/02/01) MBIM functions are grouped
    # in; QMI and AT functions are gone with it (knowledge.md 2.1 and 2.2: "Windows drivers/tools may change the Sierra
    # composition to MBIM-only", "device class ef/02/01 (IAD) instead of 00/00/00 after Windows set MBIM")
    StatedState("said:set-to-mbim-only",
                r"\bWindows\b" + _SAME + r"{0,40}?\b" + _SETS + r"\s+(?:\w+\s+){0,4}?(?:to|into|in|on)\s+(?:an?\s+|the\s+)?"
                r"MBIM\b|"
                r"\b(?:switched|changed|set|put|turned|flipped|reconfigured)\s+(?:\w+\s+){0,2}?(?:to|into|in|on)\s+"
                r"(?:an?\s+|the\s+)?MBIM\b" + _SAME + r"{0,40}?\bby\s+(?:the\s+)?Windows\b|"
                r"\b" + _BY_MISTAKE + _SAME + r"{0,60}?\bMBIM\b|\b" + _SETS + r"\b" + _SAME + r"{0,60}?\bMBIM\b" + _SAME +
                r"{0,40}?\b" + _BY_MISTAKE + r"|"
                r"\b(?:to|into|in|on|now|is|stuck|left)\s+(?:an?\s+|the\s+)?(?:USB\s+)?MBIM(?:[- ]only\b|\s+(?:mode\s+)?only\s+"
                r"(?:mode|composition|configuration)\b)|"
                r"\bclass\s+(?:is\s+|was\s+|has\s+|had\s+|got\s+)?(?:been\s+)?changed\s+from\b" + _SAME +
                r"{0,80}?\bto\b\W{0,3}(?:Cls=)?ef\b",
                "lsusb -t; usb-devices (the interface classes: 02/0e MBIM, ff vendor QMI/AT); the vendor's composition "
                "query (AT!USBCOMP?, AT+QCFG=\"usbnet\", AT+GTUSBMODE?)",
                unless=r"\b(?:now (?:it )?works|works (?:fine|again|now)|fixed|solved|resolved)\b"),
    # the serial (AT) ports are gone, or only a network/control function is left
    StatedState("said:ports-gone",
                r"\b(?:all|the|my)\s+(?:/dev/)?(?:ttyUSB\w*|tty|serial|AT|COM)\s*(?:devices?|ports?|interfaces?)?\s+"
                r"(?:have\s+|has\s+|are\s+|were\s+|got\s+)?(?:disappeared|vanished|gone|missing)\b|"
                # a port node named bare: "ttyUSB0 disappeared", "/dev/ttyUSB2 is gone", "ttyUSB* are no longer there"
                r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)[\d*]*(?:\s+(?:devices?|ports?|nodes?))?\s+(?:(?:has|have|had)\s+)?"
                r"(?:(?:also|all|just|suddenly|then|now)\s+)?(?:disappeared|vanished|went missing|(?:is|are|was|were)\s+"
                r"(?:(?:now|all|also)\s+)?(?:gone|missing|no longer (?:there|present|listed)))\b|"
                # none left: "since then there are no /dev/ttyUSB ports", "I have no more ttyUSB devices"
                r"\b(?:there\s+(?:are|is|were)|(?:I|we)\s+(?:have|got|get|see))\s+no\s+(?:more\s+|longer\s+(?:any\s+)?)?(?:/dev/)?"
                r"tty(?:USB|ACM)[\w*]*\b|"
                r"\bonly\s+(?:/dev/)?cdc-wdm\d*\s+(?:remains|is left|left)\b|"
                # a port node not found since an update (so it was there before): "ttyUSB2 is no longer created since the kernel
                # update", "ttyUSB ports not found after upgrading to 5.10"
                r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)[\d*]*(?:\s+(?:devices?|ports?|nodes?))?\s+(?:(?:is|are|was|were)\s+)?(?:not|no\s+longer)\s+"
                r"(?:detected|found|created|present|there|listed)\s+(?:any\s*more\s+)?(?:after|since)\s+(?:the\s+|a\s+|an\s+|my\s+|last\s+)?"
                r"(?:\w+\s+)?(?:updat|upgrad)\w*\b|"
                # none of its ports left, in words: "the device does not show any access ports", "now there are zero ports",
                # "it exposes no serial ports any more"
                r"\b(?:does(?:n't|\s+not)|no\s+longer)\s+(?:show|expose|present|offer|have)s?\s+any\s+(?:access\s+|serial\s+|AT\s+|"
                r"COM\s+|tty\s+)?ports\b|\b(?:shows?|exposes?|presents?|offers?)\s+(?:zero|no)\s+(?:access\s+|serial\s+|AT\s+|"
                r"COM\s+)?ports\b|\bthere\s+are\s+(?:now\s+)?zero\s+(?:access\s+|serial\s+|AT\s+|COM\s+)?ports\b|"
                # none any more, after a change: "now no serial ports appear", "now there are no AT ports left"
                r"\bnow\s+(?:there\s+are\s+)?no\s+(?:more\s+)?(?:/dev/)?(?:ttyUSB\w*|tty|serial|AT|COM)\s*(?:devices?|ports?|interfaces?|"
                r"nodes?)\s+(?:appear\w*|show\w*\s+up|(?:are\s+)?left|exist\w*|(?:are\s+)?(?:there|created))\b|"
                r"\bonly\s+(?:exposing|exposes|shows|showing|has|left with)\s+(?:the\s+)?(?:one|two|\d+)?\s*(?:MBIM|QMI|network|"
                r"RNDIS|ECM|NCM)\s+interfaces?\b|"
                # the module named as what no longer offers one: "it does not expose nor COM port nor modem to issue AT
                # commands", "the card doesn't show a serial port"
                r"\b(?:does(?:n't|\s+not)|no\s+longer)\s+(?:show|expose|present|offer|create)s?\s+(?:any\s+|nor\s+|neither\s+|an?\s+)*"
                r"(?:COM|serial|AT|tty\w*)\s+ports?\b",
                "lsusb -t; ls /dev/ttyUSB* /dev/cdc-wdm*"),
    # the module was used under Windows before its Linux trouble: "not working on Linux after connecting to Windows", "after I
    # installed the Sierra Windows driver", "I connected one to Windows, installed Skylight": Windows drivers and tools
    # (Sierra's Generic Driver / Skylight, laptop makers' drivers) set the USB composition they use (MBIM, or QMI
    # without serial functions), stored in the module (rules/stated-composition-set-by-windows.yaml)
    StatedState("said:used-on-windows",
                r"\b(?:after|since)\s+(?:I\s+|we\s+)?(?:have\s+|had\s+)?(?:\w+\s+)?(?:install\w*|connect\w*|us(?:ed|ing)|plugg\w*|"
                r"tried|trying|put\w*|ran|running|set\w*\s+(?:it\s+)?up)\s+(?:\w+\s+){0,4}?(?:Windows|Skylight)\b|"
                r"\b(?:connected|plugged|used|installed|put)\s+(?:\w+\s+){0,3}?(?:to|on|in|into|under|with)\s+(?:a\s+)?Windows\b",
                "lsusb -t (the functions the module offers now); the composition: AT!USBCOMP? on Sierra, AT+QCFG=\"usbnet\" on Quectel, "
                "or qmicli --dms-swi-get-usb-composition",
                context=True),
    # the QMI/MBIM control node never appeared: "/dev/cdc-wdm0 never shows up", "there is no cdc-wdm device at all", "no
    # cdc-wdm is created", Chinese "没有 /dev/cdc-wdm0" (cdc-wdm nodes are made by qmi_wwan or cdc_mbim once one binds the
    # control interface: drivers/usb/class/cdc-wdm.c usb_cdc_wdm_register); one that left after working is said:ports-gone
    StatedState("said:control-node-never-appeared",
                r"\bno\s+(?:/dev/)?cdc-wdm[\w*]*\s*(?:devices?|nodes?|ports?|interfaces?)?\s+(?:(?:is|was|are|were|gets?|got)\s+)?"
                r"(?:created|generated|appear\w*|show\w*\s+up|present|listed)\b|"
                r"(?<![\w/])(?:/dev/)?cdc-wdm[\d*]*[`'\"]?\s+(?:(?:devices?|nodes?)\s+)?(?:(?:is|are|was|were|does|did|do)(?:n't|\s+not)|"
                r"never)\s+(?:\w+\s+)?(?:created|appear\w*|show\w*\s+up|there|present|exist\w*)\b|"
                r"\bthere\s+(?:is|are|was|were)\s+no\s+(?:/dev/)?cdc-wdm|"
                r"(?<![\w/])(?:/dev/)?cdc-wdm[\d*]*[`'\"]?\s+(?:(?:is|are|was|were)\s+)?(?:still\s+)?missing\b|"
                r"\b(?:does(?:n't| not)|did(?:n't| not)|never)\s+(?:create|get|show|give|produce)s?\s+(?:any\s+|a\s+|the\s+)?(?:/dev/)?cdc-wdm|"
                r"\bno\s+(?:/dev/)?cdc-wdm[\d*]*(?:\s+(?:devices?|nodes?))?(?=\s*(?:[.,;:!)]|$)|\s+(?:and|or|nor|at all)\b)|"
                r"(?:没有|无|不见)\s*(?:/dev/)?cdc-wdm|cdc-wdm\S*\s*(?:也|都|根本)?\s*(?:没有|不存在|没出现|没生成|未生成|未出现)",
                "lsusb -t (qmi_wwan on the modem's control interface?); ls /dev/cdc-wdm*; uname -r",
                unless=r"\b(?:no longer|any ?more|disappear\w*|vanish\w*|gone)\b"),
    # the serial (AT) ports never appeared: the device is on the bus but no ttyUSB/ttyACM node was ever created
    # ("lsusb shows the modem but no /dev/ttyUSB devices are created"); a port that left after working is
    # said:ports-gone
    StatedState("said:serial-ports-never-appeared",
                r"\bno\s+(?:/dev/)?tty(?:USB|ACM)[\w*]*\s*(?:devices?|ports?|nodes?|interfaces?)?\s+(?:(?:are|were|is|was|get|"
                r"gets|got)\s+)?(?:created|generated|appear\w*|show\w* up|present|listed)\b|"
                r"\b(?:does(?:n't| not)|did(?:n't| not)|never|won't)\s+(?:create|generate|get|show|give|produce)s?\s+(?:any\s+|the\s+)?"
                r"(?:/dev/)?tty(?:USB|ACM)|"
                r"\bthere\s+(?:is|are|were|was)\s+no\s+(?:/dev/)?tty(?:USB|ACM)|"
                r"\bthere\s+(?:is|are|were|was)\s+no\s+serial\s+(?:ports?|devices?|interfaces?|nodes?)\b(?!\s+(?:problems?|issues?|errors?))|"
                r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)[\d*]*[`'\"]?\s+(?:(?:devices?|ports?|nodes?)\s+)?(?:(?:are|were|is|was|would|"
                r"do|did)\s+)?(?:not|never)\s+(?:be\s+)?(?:created|generated|appear\w*|show\w* up)|"
                r"\bno serial (?:ports?|devices?|nodes?)\s+(?:(?:are|were)\s+)?(?:created|generated|appear\w*|show\w* up)|"
                # a list of serial ports without it: "it's not listed under serial ports", "does not show up among the serial devices"
                r"(?:\b(?:is|are|was|were)(?:n't|\s+not)|'s\s+not|\b(?:does|do|did)(?:n't|\s+not))\s+(?:\w+\s+)?(?:listed|shown|visible|"
                r"present|show\s+up|appear)\s+(?:under|among|in)\s+(?:the\s+)?(?:list\s+of\s+)?serial\s+(?:ports?|devices?|interfaces?)\b|"
                # the device node missing, the tty named as its example: "no dev node at all is assigned (e.g. dev/ttyUSB0)"
                r"\bno\s+(?:/?dev(?:ice)?\s+)?nodes?\s+(?:at\s+all\s+)?(?:(?:is|are|was|were|gets?|got)\s+)?(?:assigned|created|"
                r"generated|made|appear\w*)\b(?:[^.!?]|\b(?:e\.g|i\.e)\.){0,30}?\btty(?:USB|ACM)|"
                # the port named bare in what is missing: "I get no /dev/ttyUSB* and no cdc-wdm", "no qmi_wwan messages, no ttyUSB."
                r"\bno\s+(?:/dev/)?tty(?:USB|ACM)[\d*]*(?:\s+(?:devices?|ports?|nodes?))?(?=\s*(?:[.,;:!)]|$)|\s+(?:and|or|nor|at all)\b)",
                "lsusb -t; ls /dev/ttyUSB* /dev/ttyACM*; uname -r",
                unless=r"\b(?:no longer|any ?more|disappear\w*|vanish\w*|gone)\b"),
    # the device listed by lsusb and no serial port for it, in one sentence: "lsusb lists my Quectel modem but there is no
    # /dev/ttyUSB* at all", "the stick shows up in lsusb, yet no ttyUSB devices are created" (it enumerates; no serial driver
    # took its functions: knowledge.md 2.7); a port that comes once something is run ("until I run usb_modeswitch") is not it
    StatedState("said:on-usb-no-serial",
                r"(?:\blsusb\b[^.!?]{0,40}?\b(?:shows?|showed|lists?|listed|sees?|saw|detects?|detected|finds?|found|recogni[sz]es)|"
                r"\b(?:listed|shown|visible|seen|detected|appears?|shows?\s+up|showed\s+up)\s+(?:in|by|with)\s+lsusb)\b[^.!?]{0,60}?"
                r"\b(?:but|yet|however|although)\b[^.!?]{0,40}?(?:\bno\s+(?:/dev/)?tty(?:USB|ACM)|\bno\s+(?:serial|AT)\s+(?:ports?|devices?)|"
                r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)[\w*]*\s+(?:(?:devices?|ports?|nodes?)\s+)?(?:is|are|was|were)?\s*(?:not|never)\s+"
                r"(?:created|appear\w*|there|present)|\bnothing\s+(?:new\s+)?(?:appears?|shows?\s+up)\s+in\s+/dev)",
                "lsusb -t (Driver=[none] on the modem's interfaces); ls /dev/ttyUSB*; uname -r; modinfo option | grep -i 'v<VID>p<PID>'",
                # ... nor one whose other functions did come up ("only cdc-wdm0", "wwan0 works"): a driver took it
                unless=r"\buntil\b|\b(?:now|finally)\s+(?:works?|there|appears?)\b|\b(?:cdc-wdm\d*|wwan\d\w*|MBIM|QMI|usb\d|eth\d)\b"),
    # the port told as what should be there, against what is: "normally I should get /dev/ttyUSB0", "I expected to
    # see ttyACM0 but nothing showed up" (the sentence after "normally ... should" tells the absence)
    StatedState("said:serial-ports-never-appeared",
                r"\b(?:(?:i|we)\s+should\s+normall?y|normall?y\s+(?:i|we)\s+should)\s+(?:see|get|have|find)\b[^.!?]{0,60}?"
                r"(?:/dev/)?tty(?:USB|ACM)|"
                r"\b(?:i|we)\s+(?:expected|was\s+expecting|were\s+expecting)\s+(?:to\s+(?:see|get|find)\s+)?[^.!?]{0,60}?"
                r"(?:/dev/)?tty(?:USB|ACM)[^.!?]{0,40}?\bbut\b[^.!?]{0,30}?\b(?:nothing|none|no|not)\b",
                "lsusb -t; ls /dev/ttyUSB* /dev/ttyACM*; uname -r",
                unless=r"\band\s+(?:i|we|it)\s+(?:do|does|did)\b"),
    # only the modem's network interface came up (usb0, eth1: its ECM/RNDIS function, which a class driver binds without
    # any id entry): "only usb0 appears", "I only get an eth1 network interface"; Chinese "仅生成usb0网络接口" (only the usb0
    # network interface is created)
    StatedState("said:net-iface-only",
                r"\bonly\s+(?:get\s+|see\s+|have\s+)?(?:an?\s+|the\s+)?(?:usb\d+|eth\d+|enx[0-9a-f]+|enp\w+u\w+)\b"
                r"(?:\s+(?:network\s+)?(?:interface|device|nic|link))?(?:\s+(?:is|was|gets|got))?(?:\s+(?:created|generated|"
                r"appears?|appeared|shows?\s+up|showed\s+up|comes?\s+up|came\s+up))?\b|"
                r"\b(?:usb\d+|eth\d+)\b[^.!?]{0,40}?\b(?:appears?|appeared|is\s+created|was\s+created|shows?\s+up|showed\s+up|comes?\s+up|"
                r"works?)\b[^.!?]{0,20}?\bbut\b",
                "ip link; lsusb -t (cdc_ether/rndis_host bound, the vendor-specific interfaces without a driver)", context=True),
    StatedState("said:net-iface-only",
                r"(?:仅|只)(?:生成|出现|有|识别出?)了?\s*(?:usb\d+|eth\d+)?\s*(?:网络接口|网卡|网口)|(?:仅|只)(?:生成|出现|有)了?\s*(?:usb\d+|eth\d+)",
                "ip link; lsusb -t (cdc_ether/rndis_host bound, the vendor-specific interfaces without a driver)",
                unless=_CHINESE_HEDGE, context=True),
    # Japanese: "/dev/ttyUSB?は現れない" (the tty does not appear), "ttyUSBが作成されない", "ttyUSBが見つからない"
    StatedState("said:serial-ports-never-appeared",
                # ... or not attached to it: "ttyUSB0などにアタッチされない" (not attached to ttyUSB0 or the like)
                r"(?:ttyUSB|ttyACM)\S{0,3}\s*(?:とか|など)?\s*(?:は|が|も|に|へ)?\s*(?:現れない|現れません|出てこない|出てきません|出ない|"
                r"作成されない|作られない|生成されない|できない|見つからない|見当たらない|アタッチされない|アタッチされません|"
                r"割り当てられない|割り当てられません|存在しない|存在しません|ありません|無い|がない)",
                "lsusb -t; ls /dev/ttyUSB* /dev/ttyACM*; uname -r"),
    # a program that reads a serial port sees it shared with another process: pyserial's "device reports readiness
    # to read but returned no data (device disconnected or multiple access on port?)" told in words ("raise a
    # SerialException complaining about concurrent access")
    StatedState("said:port-shared-access",
                r"\b(?:concurrent|multiple|simultaneous|shared)\s+access\b[^.!?]{0,30}?\b(?:port|tty\w*|serial)\b|"
                r"\b(?:port|tty\w*|serial\s+(?:port|device))\b[^.!?]{0,80}?\b(?:concurrent|multiple|simultaneous)\s+access\b|"
                r"\bSerialException\b[^.!?]{0,60}?\b(?:(?:concurrent|multiple|simultaneous)\s+access|(?:device\s+(?:or\s+resource\s+)?)?busy|"
                r"in\s+use)\b",
                "sudo fuser -v /dev/ttyUSB* /dev/ttyACM*; systemctl is-active ModemManager"),
    # the radio held off: "locked in low-power / flight mode", "stuck in airplane mode", "flight mode cannot be
    # disabled" (what an FCC-locked laptop module, or an rfkill switch, looks like to its user)
    StatedState("said:radio-stuck-off",
                r"\b(?:stuck|locked|stays?|remains?|kept|held|still|always|permanently|forever)\s+in\s+(?:the\s+)?[\"'“”]?(?:low[- ]?power|flight|airplane|"
                r"aeroplane)[\"'“”]?(?:\s*/\s*[\"'“”]?(?:flight|airplane|offline)[\"'“”]?)?\s+mode\b|"
                r"\b(?:flight|airplane|aeroplane|low[- ]?power)\s+mode\b[^.!?]{0,30}?\b(?:can(?:'t|not)|could(?:n't| not)|won't)\s+"
                r"be\s+(?:disabled|turned off|switched off|left)\b|"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable to)\s+(?:disable|turn off|switch off|leave|get out of)\s+(?:the\s+)?"
                r"(?:flight|airplane|aeroplane|low[- ]?power)\s+mode\b|"
                # ModemManager's enabling that never holds (knowledge.md 2.12: state cycling enabling -> disabled): "it never gets
                # past enabling", "it flips back to disabled every time", "loops between enabling and disabled", "the radio
                # stays off", "the modem not go online"
                r"\bnever\s+(?:gets?|goes|got|went|makes?\s+it)\s+past\s+(?:the\s+)?enabling\b|"
                r"\b(?:flip(?:s|ped|ping)?|falls?|fell|falling|goes|went|going|drop(?:s|ped|ping)?|return(?:s|ed|ing)?|"
                r"switch(?:es|ed|ing)?)\s+back\s+to\s+"
                r"(?:the\s+)?[\"'“]?disabled\b|"
                r"\b(?:cycles?|cycling|loops?|looping|bounces?|bouncing|toggles?|toggling|alternates?)\s+between\s+[\"'“]?enabling"
                r"[\"'”]?\s+and\s+[\"'“]?disabled\b|"
                r"\bradio\s+(?:(?:of|on|in)\s+(?:the|my|this|our)\s+(?:[\w-]+\s+)?)?(?:stays|remains|is\s+always|is\s+stuck|is\s+kept|"
                r"keeps?\s+being)\s+(?:turned\s+|switched\s+)?off\b|"
                r"\b(?:modem|module|card|it)\s+(?:does\s+|will\s+|can\s+)?(?:not|never|n't)\s+go(?:es)?\s+online\b|"
                # the switch that should leave it does nothing: "the button to disable flight mode ... does nothing"
                r"\b(?:disabl\w*|turn\w* off|switch\w* off|leav\w*)\s+(?:the\s+)?(?:flight|airplane|aeroplane)\s+mode\b"
                r"[^.!?]{0,60}?\b(?:does nothing|did nothing|has no effect|had no effect|do(?:es)?(?:n't| not) (?:do anything|work))",
                "rfkill list; mmcli -m any (power state); AT+CFUN? on the AT port",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved|after (?:a |the )?firmware)\b"),
    # the WWAN radio blocked by rfkill, a hardware or BIOS switch or a power tool, in words (knowledge.md 2.13): "soft
    # blocked", "blocked by rfkill", "the kill switch cuts the WWAN card", "hardware-disabled", "TLP switches the WWAN
    # radio off on startup", "the mobile broadband toggle is greyed out"; "not blocked" / "nothing blocked" stay unread
    StatedState("said:radio-blocked",
                r"(?<!not )(?<!n't )(?<!nothing )(?<!never )\b(?:soft|hard)(?:ware)?[\s-]?(?:blocked|disabled)\b(?!\s*[:=]?\s*no\b)|"
                r"(?<!not )(?<!n't )(?<!nothing )\bblocked\s+(?:\w+\s+)?(?:by|in|with)\s+(?:the\s+)?rfkill\b|"
                r"\brfkill\b" + _SAME + r"{0,40}?\b(?:says?|shows?|lists?|reports?)\b(?:(?!\b(?:not|nothing|no|n't)\b)" + _SAME +
                r"){0,30}?\bblocked\b(?!\s*[:=]?\s*no\b)|"
                r"\b(?:kill|wireless|hardware|radio|RF|airplane|flight)[\s-]+(?:mode\s+)?(?:switch(?:es)?|buttons?|keys?)\b" + _SAME +
                r"{0,60}?\b(?:cuts?|kills?|disables?|blocks?|switches\s+off|turns\s+off)\s+(?:the\s+|my\s+)?(?:WWAN|modem|LTE|"
                r"mobile|cellular|radio|4G|5G)\b|"
                r"\b(?:hardware|HW)\s+radio\s+(?:switch\s+|state\s+)?(?:is\s+)?(?:off|OFF)\b|"
                # the block as a noun: "rfkill shows the card with a hard block"
                r"(?<!\bno )\b(?:with|has|have|shows?|under)\s+(?:a\s+|the\s+)?(?:soft|hard)(?:ware)?[\s-]?block\b|"
                r"\b(?:TLP|laptop-mode|powertop|power\s+(?:saving\s+)?tool)\b" + _SAME + r"{0,40}?\b(?:switch|turn|disabl|block|kill)\w*"
                r"\s+(?:off\s+)?(?:the\s+)?(?:WWAN|modem|LTE|mobile|cellular)\b|\bDEVICES_TO_DISABLE_ON_\w+\s*=?\s*[\"']?[^\"'.]*wwan|"
                r"\b(?:WWAN|mobile\s+broadband|mobile\s+data|cellular|LTE|modem)\s+(?:\w+\s+)?(?:toggle|switch|button|option|slider)\s+"
                r"(?:is|stays|remains|was)\s+(?:still\s+)?(?:greyed|grayed)[\s-]?out\b|"
                r"\b(?:thinks|believes|says|claims)\s+(?:it(?:'s|\s+is)|that\s+it\s+is)\s+in\s+(?:airplane|flight|aeroplane)\s+mode\b|"
                r"\b(?:WWAN|modem|LTE|radio)\b" + _SAME + r"{0,30}?\b(?:disabled|switched\s+off|turned\s+off)\s+in\s+(?:the\s+)?"
                r"(?:BIOS|UEFI|firmware\s+setup)\b",
                "rfkill list; nmcli radio; mmcli -m any (power state)",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved|FCC)\b"),
    # ... the radio switched on with the laptop vendor's wireless tool or the Fn key (the switch state the platform keeps,
    # hp-wmi / thinkpad_acpi / dell-laptop rfkill, knowledge.md 1.5): the internal card missing, even from the USB bus,
    # until "HP Wireless Assistant", "Lenovo Access Connections", Dell's wireless switch utility or Fn+F-key turns it
    # on, or Windows must be booted just to (re)activate the built-in card
    StatedState("said:radio-blocked",
                r"\b(?:switch|turn|enabl|activat|re-?activat|power)\w*(?:\s+(?:it|the\s+(?:\w+\s+){0,2}?(?:card|modem|radio|module|"
                r"WWAN|wireless)))?(?:\s+(?:back\s+)?on)?\b" + _SAME + r"{0,40}?\b(?:in|with|via|using|through|from|by\s+pressing)\s+"
                r"(?:the\s+|HP'?s\s+|Lenovo'?s\s+|Dell'?s\s+)?" + _VENDOR_RADIO_TOOL + r"|"
                # (from "until" on: the switching that follows it is what the person does, not a wish)
                r"\b(?:until|unless|only\s+after|after|once)\s+(?:I\s+|we\s+)?" + _SAME + r"{0,50}?\b" + _VENDOR_RADIO_TOOL + r"|"
                + _VENDOR_RADIO_TOOL + _SAME + r"{0,40}?\b(?:to\s+|and\s+)?(?:switch|turn|enabl|activat|re-?activat)\w*\s+"
                r"(?:it|the\s+(?:\w+\s+){0,2}?(?:card|modem|radio|module|WWAN|wireless|mobile\s+broadband))\s*(?:back\s+)?on\b|"
                + _VENDOR_RADIO_TOOL + _SAME + r"{0,40}?\b(?:to\s+|and\s+)?(?:enabl|activat|re-?activat)\w*\s+(?:it|the\s+(?:\w+\s+)"
                r"{0,2}?(?:card|modem|radio|module|WWAN|wireless|mobile\s+broadband))\b|"
                # Windows booted only to switch the card on: "I needed to boot Vista, just to reactivate the built-in UMTS card"
                # (the necessity read with it: having to boot another system is what the person does, not a wish)
                r"(?:\b(?:need\w*|ha(?:ve|s|d))\s+to\s+)?"
                r"\b(?:boot\w*|start\w*|go\s+(?:back\s+)?(?:in)?to)\s+(?:in(?:to)?\s+)?(?:Windows|Vista|XP|Win\s*\d+)\b" + _SAME +
                r"{0,20}?\b(?:just\s+|only\s+)?(?:to|and)\s+(?:re-?)?(?:activate|enable|switch\s+on|turn\s+on)\s+(?:the\s+|my\s+)?"
                r"(?:built-?in\s+|internal\s+|integrated\s+)?(?:[\w-]+\s+)?(?:card|modem|radio|module|WWAN)\b",
                "rfkill list (hp-wwan, tpacpi_wwan_sw, dell-wwan); the laptop's wireless switch or Fn key; the BIOS WWAN setting",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved|FCC)\b|\b(?:shows?|says?|reports?)\s+(?:the\s+)?"
                       r"(?:\w+\s+)?(?:radio|WWAN|card)\s+(?:as|is)\s+on\b"),
    # a configuration or script names a device or interface that is not there: "the virtual device is created targeting
    # a non present parent device", "option device points to /dev/cdc-wdm1, which does not exist" (knowledge.md 2.17
    # interface-name-mismatch: config or script refers to a name the system does not have)
    StatedState("said:config-names-missing-device",
                r"\b(?:target(?:s|ed|ing)?|point(?:s|ed|ing)?\s+(?:at|to)|refer(?:s|red|ring)?\s+to|(?:is|are|was|were)\s+bound\s+to|"
                r"(?:set\s+up|created|configured|started)\s+(?:on|for))\s+(?:the\s+|a\s+|an\s+)?" + _ABSENT_THING + r"|"
                # the name given, then said not to exist
                r"\b(?:config\w*|option\s+(?:device|ifname)|ifname|device\s+option|script|section|netifd|interface)\b" + _SAME +
                r"{0,60}?\b(?:points?\s+(?:at|to)|refers?\s+to|uses|names|targets)\s+[`'\"]?(?:/dev/)?[\w.@-]+[`'\"]?,?\s+(?:which|that)\s+"
                r"(?:does(?:n't| not)\s+exist|is(?:n't| not)\s+(?:there|present)|no\s+longer\s+exists)\b",
                "ls /sys/class/net /dev/cdc-wdm* /dev/ttyUSB*; uci show network (or the program's configuration)",
                unless=r"\b(?:fixed|solved|resolved|now works|works now)\b"),
    # the modem's ports come back under other numbers after it re-attaches, so a configuration naming one goes stale
    # ("reattaches a modem to the wrong character device name", "comes back as /dev/ttyUSB4 instead of /dev/ttyUSB0",
    # "the ttyUSB numbering changes"): knowledge.md 2.17, ttyUSB numbering depends on probe order
    StatedState("said:port-renumbered",
                r"\b(?:comes? back|came back|re-?appear\w*|re-?attach\w*|re-?enumerat\w*|re-?connect\w*)\b[^.!?]{0,80}?\b(?:as|on|to|"
                r"under|with)\s+(?:a\s+|the\s+)?(?:different|another|new|other|wrong)\s+(?:/dev/)?(?:tty\w*|(?:character\s+)?device\s+"
                r"(?:names?|nodes?|files?)|port(?:\s+(?:names?|numbers?))?|names?|numbers?)\b|"
                r"\b(?:comes? back|came back|re-?appears?|shows? up(?: again)?)\s+(?:again\s+)?as\s+(?:/dev/)?tty(?:USB|ACM)\d+\s+"
                r"instead of\b|"
                r"\b(?:/dev/)?tty(?:USB|ACM)[\w*]*\s+(?:numbers?|numbering|names?|naming)\s+(?:changes?|changed|shifts?|shifted|"
                r"(?:is|are)\s+not\s+(?:stable|fixed|persistent))\b|"
                # the device itself moves from one number to another ("my WWAN device switch from `/dev/ttyUSB0` to
                # `/dev/ttyUSB1`", "/dev/ttyUSB0 being changed to /dev/ttyUSB1"); a person changing a config is no subject
                rf"\b(?:device|modem|dongle|stick|card|port|module)s?\s+(?:\w+\s+){{0,2}}?{_PORT_MOVES}\s+from\s+{_TTY}\s+to\s+{_TTY}|"
                rf"{_TTY}\s+(?:being|gets?|got|is|was)\s+(?:changed|renamed|switched|moved)\s+to\s+{_TTY}|"
                rf"{_TTY}\s+(?:became|becomes|turned into)\s+{_TTY}|"
                rf"\b(?:is|are|was|were|sits?|comes?\s+up|came\s+up|shows?\s+up|showed\s+up|appears?|appeared)\s+(?:now\s+)?"
                rf"(?:on|as|at)\s+{_TTY}\s+instead\s+of\s+{_TTY}",
                "ls -l /dev/serial/by-id/ /dev/serial/by-path/; dmesg | grep -E 'now attached to tty|converter now disconnected'",
                unless=r"\b(?:config\w*|settings?|\w+\.conf|minicom|picocom|screen)\b"),
    # the modem's network interface was renamed under the setup that names it: udev's predictable names (systemd v197+,
    # "wwp0s20u4i6" for the "wwan0" the driver registered; the kernel logs "renamed from wwan0", net/core/dev.c) or a
    # rule renamed it, and scripts, services or configuration still use the old name ("wwan0 does not start ... it was
    # just renamed to wwp0s29u1u2i1", "udev renames wwan0 to ...", "wwan0 is now called enx...")
    StatedState("said:iface-renamed",
                r"\b(?:because|since|as|due to)\b" + _SAME + r"{0,40}?" + _RENAMED + r"|" + _RENAMED + _IN_SENTENCE + r"{0,80}?" +
                _OLD_NAME_FAILS + r"|" + _OLD_NAME_FAILS + _IN_SENTENCE + r"{0,80}?" + _RENAMED,
                "ip -br link; grep -rn 'wwan0\\|usb0' /etc/network /etc/conf.d /etc/NetworkManager 2>/dev/null; "
                "dmesg | grep 'renamed from'",
                unless=r"\b(?:works?|working|fine|good|fixed|solved|resolved)\b"),
    # the name itself is not stable: "the wwan interface changes its name randomly on reboot", "the interface name of the
    # modem keeps changing after every boot" (probe order, or predictable names from a USB path that moves)
    StatedState("said:iface-renamed",
                _NAME_CHANGES_WHEN + _SAME + r"{0,40}?\b(?:comes?\s+up|came\s+up|shows?\s+up|appears?|is\s+(?:called|named))\s+as\s+[`'\"]?" +
                _NETDEV + r"[`'\"]?\s+instead\s+of\s+[`'\"]?" + _NETDEV,
                "ip -br link; dmesg | grep 'renamed from'; the names the connection profile or script uses",
                unless=r"\b(?:fixed|solved|resolved|no longer|not anymore)\b"),
    StatedState("said:iface-renamed", _NAME_UNSTABLE,
                "ip -br link; dmesg | grep 'renamed from'; the names the connection profile or script uses",
                unless=r"\b(?:fixed|solved|resolved|no longer|not anymore)\b"),
    StatedState("said:iface-renamed", _RENAMER_REMOVED,
                "ls /etc/hotplug.d/net /etc/udev/rules.d; ip -br link; the names the connection profile or script uses",
                any_line=True),
    # a setup names an interface or control port other than the one the modem has (knowledge.md 2.17): "my ifupdown
    # stanza is written for wwan0, but on this system the interface is called wwp0s20u4i4", "the modem's netdev is usb0
    # here, not wwan0", "the config references an interface name that doesn't exist", two modems whose cdc-wdm0 and
    # cdc-wdm1 swap places or come up in reverse order
    # the name said changed, the setting left behind: "the interface name changed after the update so my config does not
    # match anymore", "the port names changed and the script no longer finds the modem" (knowledge.md 2.17)
    StatedState("said:name-mismatch",
                r"\b(?:interface|device|port|network|tty|modem)\s+names?\s+(?:has\s+|have\s+|had\s+|got\s+)?(?:changed|been\s+changed|"
                r"differs?|(?:is|are)\s+(?:now\s+)?different)\b" + _SAME + r"{0,60}?\b(?:config\w*|scripts?|settings?|setup|uci|"
                r"netplan|profile)\b" + _SAME + r"{0,30}?\b(?:(?:does|do|did)(?:n't|\s+not)|no\s+longer|never)\s+(?:\w+\s+)?"
                r"(?:match\w*|fit\w*|find\w*|work\w*|exist\w*)\b",
                "ip -br link; ls -l /sys/class/usbmisc/*/device/net/ /dev/serial/by-id/; the name the setting uses",
                unless=_NOW_FIXED),
    StatedState("said:name-mismatch",
                r"\b(?:uses?|used|using|expects?|matches|matched|matching|references?|refers?\s+to|points?\s+(?:at|to)|"
                r"(?:still\s+)?(?:says|said|lists|names|mentions)|"
                r"(?:written|set\s+up|configured|made)\s+for|talks?\s+to|opens?|defaults?\s+to|defaulted\s+to|hard-?codes?|hard-?coded|"
                r"(?:is|was)\s+(?:set|configured)\s+(?:to|for)|"
                # a setting's file as the subject: "netplan has wwan0 while the kernel named the interface wwx0c5b8..."
                r"(?:config\w*|netplan|yaml|file|script|stanza|uci|profile|settings?)\s+(?:\w+\s+){0,2}?(?:has|have|contains|lists))\s+"
                r"(?:the\s+)?" + _DEV_NAME + _SAME +
                r"{0,60}?\b(?:but|while|whereas|however|although)\b" + _SAME + r"{0,60}?\b(?:is|are|called|named|now|became|"
                r"becomes|shows?\s+up\s+as|showed\s+up\s+as|appears?\s+as|appeared\s+as|comes?\s+up\s+as|came\s+up\s+as|"
                r"(?:shows?|showed|lists?|listed|reports?|reported)\s+(?:\w+\s+){0,3}?as)\s+"
                r"(?:\w+\s+){0,2}?" + _DEV_NAME + r"|" +
                # "fails because the interface is called usb0, not wwan0": a name told as another's only beside a failure
                # ("my interface is called wwp0s20f0u6i12 instead of wwan0 like in all the guides" is curiosity)
                _OLD_NAME_FAILS + _SAME + r"{0,80}?" + _NAMED_NOT_OTHER + r"|" + _NAMED_NOT_OTHER + _SAME + r"{0,80}?" +
                _OLD_NAME_FAILS + r"|"
                # the two names joined by a comma, a failure after them: "the script uses ttyUSB0, my modem is ttyACM0 so pppd
                # cannot open it"
                r"\b(?:uses?|using|expects?|opens?|points?\s+(?:at|to))\s+(?:the\s+)?" + _DEV_NAME + r"\s*,\s+(?:my|the|our)\s+(?:\w+\s+)?"
                r"(?:modem|device|stick|dongle|card|module)\s+(?:is|shows?\s+up\s+as|appears?\s+as|comes?\s+up\s+as)\s+" + _DEV_NAME +
                _SAME + r"{0,20}?\b(?:so|and|but)\b" + _SAME + r"{0,30}?" + _OPEN_FAILS + r"|"
                # the real name first: "the bearer's interface is qmimux0, but my firewall script still matches wwan0"
                r"\b(?:is|are|called|named)\s+" + _DEV_NAME + _SAME + r"{0,20}?\b(?:but|while|whereas|however)\b" + _SAME +
                r"{0,40}?\b(?:script|config\w*|stanza|file|rule|service|firewall|program|setup|settings?)\s+(?:\w+\s+){0,2}?"
                r"(?:uses?|expects?|matches|references?|refers\s+to|points\s+(?:at|to)|opens?|talks?\s+to)\s+" + _DEV_NAME + r"|"
                r"\b(?:references?|refers?\s+to|points?\s+(?:at|to)|uses?|names?|targets?)\s+(?:an?\s+|the\s+)?(?:network\s+)?"
                r"(?:interface|device|port|node)(?:\s+name)?\s+(?:that|which)\s+(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+exist\b|"
                + _DEV_NAME + r"\s+and\s+" + _DEV_NAME + r"\s+(?:\w+\s+){0,2}?(?:swap\w*|switch(?:es|ed)?|exchange\w*|trade\w*)\b|"
                r"\b(?:sometimes|randomly|at\s+random|on\s+some\s+boots|(?:after|on)\s+(?:some|one|a\s+few|other)\s+(?:re)?boots?)\b"
                + _SAME + r"{0,60}?\b(?:is|as|becomes?|became|gets?|got)\s+" + _DEV_NAME + _SAME + r"{0,60}?\b(?:and|but|while|other\s+times|"
                r"(?:after|on)\s+(?:the\s+)?(?:next|other)\s+(?:one|(?:re)?boot))\b" + _SAME + r"{0,40}?\b(?:is|as|becomes?|became|"
                r"gets?|got)\s+" + _DEV_NAME + r"|"
                r"\b(?:sometimes|randomly|at\s+random|on\s+some\s+boots)\b" + _SAME + r"{0,60}?" + _DEV_NAME + _SAME + r"{0,80}?\b(?:other\s+"
                r"times|sometimes|on\s+other\s+boots|after\s+(?:the\s+)?next\s+(?:re)?boot)\b" + _SAME + r"{0,30}?\b(?:the\s+other\s+way\s+"
                r"a?round|(?:the\s+)?(?:reverse|opposite)|swapped|reversed)\b|"
                r"\bwhich\s+(?:one|modem|card|device|stick|SIM)\s+(?:\w+\s+){0,2}?(?:gets?|becomes?|is|ends\s+up\s+as)\s+" + _DEV_NAME +
                _SAME + r"{0,30}?\b(?:changes|differs|varies|is\s+random|depends\s+on\s+(?:the\s+)?(?:boot|luck|timing))\b|"
                r"\b(?:cdc-wdm|wwan|qmimux)\w*\s+(?:numbers?|numbering|names?|naming|order)\s+(?:changes?|changed|shifts?|shifted|"
                r"(?:is|are)\s+not\s+(?:stable|fixed|persistent))\b|"
                # the modems come up in another order than their names ("two Sierra modems in one box, detected by
                # ModemManager in reversed order", "both cards get enumerated by the kernel in the opposite order")
                r"\b(?:modems?|devices?|cards?|sticks?|modules?)\b" + _SAME + r"{0,60}?\b(?:enumerated|detected|probed|"
                r"registered|come\s+up|came\s+up|appear\w*|numbered|listed|numbers?\s+them|orders?\s+them)\s+(?:(?:by|from)\s+(?:the\s+)?"
                r"[\w-]+\s+)?(?:in\s+(?:the\s+|a\s+)?(?:reverse|reversed|opposite|different|random|swapped)\s+order|the\s+other\s+way\s+a?round)\b",
                "ls -l /sys/class/usbmisc/*/device/net/ /sys/class/net; ls -l /dev/serial/by-path/; "
                "grep -rn 'wwan\\|cdc-wdm' /etc/network /etc/config /etc/systemd/network 2>/dev/null",
                unless=r"\b(?:fixed|solved|resolved|now (?:it )?works|works now|works (?:fine|well|ok)|working fine)\b"),
    # ... or told by its cure: the name in the setting had to be changed to the modem's for it to work ("changing the
    # device from /dev/ttyUSB0 to /dev/ttyACM0 in the peer file was required", "I had to change the port in the chat
    # script from ttyUSB0 to ttyUSB2", "replacing cdc-wdm0 with cdc-wdm1 in the config fixed it")
    StatedState("said:name-mismatch",
                r"\b(?:had|have|has|needed|need|must)\s+to\s+" + _RENAMED_IN_SETUP.replace(r"\b", "", 1) + r"|(?:" + _RENAMED_IN_SETUP +
                r")[^!?\n]{0,120}?\b(?:(?:was|is)\s+(?:\w+\s+)?(?:required|needed|necessary)|(?<!n't )(?<!not )(?:fixed|solved|cured|"
                r"helped|did\s+the\s+trick|made\s+it\s+work)|(?:now\s+|then\s+)?(?:it|everything)\s+works)\b",
                "ls -l /dev/serial/by-id/ /dev/ttyUSB* /dev/ttyACM* /dev/cdc-wdm*; ip -br link; the setting that names the port"),
    # a program told to drive the wrong port or the wrong modem: "the network center sends its AT commands to the wrong
    # device", "wvdial uses the wrong port", "NetworkManager dials the internal card instead of the USB stick". ModemManager
    # choosing the wrong port of a stick is its port-type hints' (said:mm-wrong-port)
    StatedState("said:name-mismatch",
                r"\b" + _DRIVES + r"\s+(?:\w+\s+){0,4}?(?:to\s+|on\s+|through\s+|via\s+|over\s+|with\s+)?" + _WRONG_PORT + r"|"
                # the commands said to go there: "the AT commands were going to the wrong ttyUSB port"
                r"\b(?:commands?|requests?|queries|messages?)\s+(?:\w+\s+){0,2}?(?:go|goes|going|went|gone|land\w*|end(?:s|ed)?\s+up)\s+"
                r"(?:to|on|at)\s+" + _WRONG_PORT + r"|"
                r"\b" + _DRIVES + r"\s+(?:\w+\s+){0,2}?(?:the\s+|my\s+|its\s+)?(?:internal|built-?in|on-?board|integrated)\s+(?:\w+\s+)?"
                r"(?:card|modem|module|device|WWAN)\s+(?:instead\s+of|rather\s+than)\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:stick|dongle|modem|card|key)\b|"
                # a library or script on the board's UART (ttyS0, ttyAMA0, serial0) while the modem is attached over USB, where
                # its AT port is a ttyUSB: "the sample keeps talking to the UART port although the shield is plugged in via USB"
                r"\b" + _DRIVES + r"\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:UART|GPIO\s+serial|/dev/(?:ttyS\d+|ttyAMA\d+|serial0)|ttyS\d+|ttyAMA\d+|"
                r"serial0)(?:\s+port)?\b" + _SAME + r"{0,60}?\b(?:although|though|while|but|whereas|even\s+though)\b" + _SAME +
                r"{0,60}?\b(?:over|via|through|by|with|on)\s+(?:a\s+|the\s+)?USB\b",
                "ls -l /dev/serial/by-id/ /dev/ttyUSB*; the port or modem the program's settings name; mmcli -L",
                unless=r"\b" + _MM + r"\b|" + _NOW_FIXED),
    # an M.2 / mini-PCIe card with no UART to the host named (_USB_ONLY_CARD), in a sentence or any line
    StatedState("said:usb-only-card", _USB_ONLY_CARD,
                "lsusb; ls -l /dev/serial/by-id/ /dev/ttyUSB*", context=True, any_line=True, keeps_catch_all=True),
    # a board's UART named in a setting while the modem is a USB device (its AT ports are ttyUSB/ttyACM nodes of option,
    # qcserial or cdc_acm, never the SoC's ttyAMA/ttyS): "I set the serial port to /dev/ttyS0, but the MC7455 is a USB
    # module and shows up as ttyUSB2", "the chat script opens /dev/serial0 although the modem is connected over USB"
    StatedState("said:name-mismatch",
                r"(?:/dev/)?(?:ttyS\d+|ttyAMA\d+|serial0|ttyO\d+|ttymxc\d+)\b" + _SAME + r"{0,60}?\b(?:but|while|whereas|although|"
                r"though|however)\b" + _SAME + r"{0,60}?(?:\bUSB\s+(?:module|modem|device|card|stick|dongle)\b|\b(?:connected|attached|"
                r"plugged\s+in|wired)\s+(?:over|via|through|by|with)\s+USB\b|\b(?:shows?|showed|comes?|came|appears?|appeared)\s+"
                r"(?:up\s+)?as\s+(?:/dev/)?tty(?:USB|ACM)\d+)",
                "ls -l /dev/serial/by-id/ /dev/ttyUSB* /dev/ttyACM*; the port the program's settings name",
                unless=_NOW_FIXED + r"|\b(?:works?|working|fine)\b"),
    # a command refused on one port while the modem's main AT port is another: "the unlock command returns an error on
    # ttyUSB1 while the other AT commands work there; the main AT port is ttyUSB0" (Huawei sticks accept some commands,
    # AT^CARDLOCK among them, only on their modem/PCUI port)
    StatedState("said:name-mismatch",
                r"\b(?:errors?|fails?|failed|rejected|refused|ERROR)\b" + _SAME + r"{0,30}?\bon\s+(?:/dev/)?(?P<port_a>tty(?:USB|ACM)\d+)\b"
                r"[^!?\n]{0,100}?\b(?:main|primary|real|actual|right|correct|modem|PCUI)\s+(?:AT\s+|command\s+)?(?:port|interface)\s+"
                r"(?:is|was|being)\s+(?:/dev/)?(?!(?P=port_a)\b)tty(?:USB|ACM)\d+\b",
                "ls -l /dev/serial/by-id/ /dev/ttyUSB*; the same command on each of the modem's ports",
                unless=_NOW_FIXED),
    # ... one port named instead of the modem's other one: "the plugin was sending its AT commands to ttyUSB1, which is the
    # NMEA port, instead of ttyUSB2", "the tool opens /dev/ttyUSB0 rather than ttyUSB2"
    StatedState("said:name-mismatch",
                r"\b" + _DRIVES + r"\s+(?:\w+\s+){0,4}?(?:to\s+|on\s+|at\s+)?" + _DEV_NAME + _SAME + r"{0,50}?\b(?:instead\s+of|rather\s+than)\s+"
                r"(?:the\s+)?" + _DEV_NAME,
                "ls -l /dev/serial/by-id/ /dev/ttyUSB*; the port the program's settings name",
                unless=r"\b" + _MM + r"\b|" + _NOW_FIXED + r"|\b(?:works?|working|fine)\b"),
    # with several modems a program drives the first one (or "the wrong" one) whatever the setting names: "if the system
    # has more than one modem the wwan protohandler will always take the modem which is discovered first", "-i any might
    # reference the wrong SIM card if multiple modems are installed" (interface-name-mismatch: "another modem's cdc-wdm")
    StatedState("said:name-mismatch",
                r"(?=[^.!?]{0,300}?\b(?:always|wrong|instead|no\s+matter|whatever|regardless|ignor\w+|rather\s+than)\b)(?:" + _SEVERAL_MODEMS +
                _SAME + r"{0,120}?" + _FIRST_OR_WRONG_MODEM + r"|" + _FIRST_OR_WRONG_MODEM + _SAME + r"{0,80}?" + _SEVERAL_MODEMS + r")",
                "mmcli -L; ls -l /sys/class/usbmisc/*/device /dev/serial/by-path/; the device or modem the setting names",
                # read in a conditional ("if multiple modems are installed") or a "might": that is how such a bug is told;
                # advice to the reader ("if you have two modems, use the first one") is not
                unless=_NOW_FIXED + r"|\byou(?:r)?\b|\bwhat\s+(?:I|we)\s+want\b|\bas\s+(?:intended|expected|configured|designed)\b|"
                       r"\bby\s+design\b|\bwhich\s+is\s+(?:fine|ok|okay|correct|good|intended|expected)\b", suspected=True),
    # a manager acts on the modem while a firmware tool flashes it: "modem-control.service shuts down the modem while it is
    # being upgraded with fwupd", "fwupd crashes when the modem is reprobed by ModemManager", "fwupd never asks ModemManager
    # to inhibit the modem" (fwupd's modem-manager plugin inhibits the device in ModemManager before it detaches it)
    StatedState("said:manager-during-flash",
                _MODEM_MANAGER + _SAME + r"{0,60}?" + _MANAGER_ACTS + _SAME + r"{0,60}?" + _FW_WRITE + r"|" +
                _FW_WRITE + _SAME + r"{0,80}?\b(?:re-?probed|powered\s+(?:off|down)|shut\s+down|reset|grabbed|taken\s+over|opened)\s+by\s+"
                r"(?:the\s+)?" + _MODEM_MANAGER + r"|"
                r"\b(?:never|not|n't|without)\s+(?:asks?|asking|tells?|telling|ask|tell)\s+" + _MM + r"\s+to\s+inhibit\b|"
                r"\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|never)\s+inhibits?\s+(?:the\s+\w+\s+(?:in|with)\s+)?" + _MM + r"\b",
                "journalctl -b -u ModemManager -u fwupd; systemctl list-units | grep -i modem; mmcli -m any --inhibit (while flashing)",
                unless=_NOW_FIXED + r"|\b(?:before|after)\s+(?:\w+\s+){0,3}?(?:flash|updat|upgrad)\w*|"
                # the manager said to leave the modem alone: "the service does not reset the modem while ..."
                r"\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|never|no\s+longer)\s+(?:reset|power|shut|touch|re-?probe|restart|take|grab|open|"
                r"disturb|interfere)\w*"),
    StatedState("said:mm-wrong-port",
                r"\b" + _MM + r"\b" + _SAME + r"{0,40}?" + _DRIVES + r"\s+(?:\w+\s+){0,4}?(?:to\s+|on\s+|through\s+|via\s+|over\s+|with\s+)?"
                + _WRONG_PORT,
                "mmcli -m any (its ports and their roles); udevadm info /dev/ttyUSBN | grep ID_MM_PORT",
                unless=_NOW_FIXED),
    # a connection's settings pinned to one control port or interface (_PINNED_TO_PORT): with said:mm-on-other-port the
    # modem is driven over another one (knowledge.md 2.17 interface-name-mismatch)
    StatedState("said:config-pins-port", _PINNED_TO_PORT,
                "nmcli -f connection.interface-name,gsm.device-id connection show NAME; uci show network | grep device",
                context=True),
    # the modem set up on another port than the one expected, told with "instead": "this time it is using AT over
    # ttyUSB2 instead", "ModemManager picked ttyUSB3 as its primary port instead of cdc-wdm0"; or in one sentence with
    # the pinned setting: "the profile names cdc-wdm0, but ModemManager drives the modem over ttyUSB2"
    StatedState("said:mm-on-other-port",
                r"\b(?:" + _MM + r"|NetworkManager|NM|it|the\s+modem)(?:'s|\s+is|\s+was)?\s+(?:\w+\s+){0,2}?(?:is\s+using|uses|used|"
                r"using|picks?|picked|chose|chooses|selects?|selected|drives?|driving|talks?|talking|runs?|running|set\s+(?:it|the\s+"
                r"modem)\s+up|sets\s+(?:it|the\s+modem)\s+up)\b" + _SAME + r"{0,30}?" + _CONTROL_PORT + _SAME +
                r"{0,30}?\binstead\b|" + _PINNED_TO_PORT + _SAME + r"{0,40}?\b(?:but|while|whereas|however)\s+(?:\w+\s+){0,2}?(?:" +
                _MM + r"|NetworkManager|NM|it|the\s+modem)\s+(?:\w+\s+)?(?:uses|is\s+using|drives|picks|picked|chose|talks\s+to|"
                r"runs)\b" + _SAME + r"{0,40}?" + _CONTROL_PORT,
                "mmcli -m any | grep -iE 'primary port|ports'; nmcli -f GENERAL.DEVICE,GENERAL.IP-IFACE device show",
                unless=r"\b(?:fixed|solved|resolved|now (?:it )?works|works now)\b"),
    # a program that keeps the modem's serial port open (gammu-smsd, pppd, a dial or SMS script) fails for good once
    # the USB device was reset or replugged under it ("when UMTSKeeper resets the USB dongle ... it prevents
    # gammu-smsd from handling further SMS"): the open port keeps its number, so the ports come back renumbered
    StatedState("said:port-program-lost-after-reset",
                r"\b(?:after|when(?:ever)?|each time|every time)\s+(?:\w+\s+){0,4}?" + _USB_RESET + _SAME + r"{0,140}?(?:"
                + _SERIAL_PROGRAM + _SAME + r"{0,50}?" + _PROGRAM_FAILS + r"|" + _PROGRAM_FAILS + _SAME + r"{0,50}?"
                + _SERIAL_PROGRAM + r")",
                "ls -l /dev/serial/by-id/; dmesg | grep -E 'now attached to tty|converter now disconnected'; the port the "
                "program is configured with",
                unless=r"\b(?:by-id|by-path|fixed|solved|resolved|works? (?:again|fine|now))\b"),
    # the modem drops off the bus and comes back under another id (its firmware crashed into a boot/download mode)
    StatedState("said:reappears-other-id",
                r"\b(?:re-?appears?|re-?appeared|comes? back|came back|shows? up again|re-?enumerat\w+|re-?connects?)\b"
                # (a new device number is the next enumeration of the same device, not another id)
                r"[^.!?]{0,80}?" + _OTHER_USB_ID,
                "sudo dmesg | grep -E 'USB disconnect|New USB device found'; lsusb",
                unless=r"(?i)\bmode ?switch|\busb_modeswitch\b|\bswitch(?:es|ed)? (?:it )?to\b"),
    # ... or the hang told first, then the device listed under another id: "the stick hangs and lsusb then shows it with a
    # different product ID", "after a crash the modem enumerates with another PID", "it freezes and has switched to a
    # different product ID" (after a hang, "switched to" is the crash's, not a mode switch's)
    StatedState("said:reappears-other-id",
                _HANGS_OR_CRASHES + _SAME + r"{0,80}?\b(?:shows?|showing|reports?|lists?|listed|appears?|enumerat\w+|comes?\s+up|"
                r"came\s+up|has|gets|got|switch(?:es|ed)\s+to)\b" + _SAME + r"{0,40}?" + _OTHER_USB_ID,
                "sudo dmesg | grep -E 'USB disconnect|New USB device found'; lsusb",
                unless=r"(?i)\bmode ?switch|\busb_modeswitch\b"),
    # a driver on an interface not its own (knowledge.md 2.9 wrong-driver-bound): a serial driver holding the QMI interface
    # ("the option driver grabbed the QMI interface as well", "interface 4 is taken by option and not by qmi_wwan", "an
    # extra ttyUSB4 and qmi_wwan has nothing left"), or qmi_wwan on a diagnostic or serial interface
    StatedState("said:driver-on-wrong-interface",
                r"\b" + _SERIAL_DRIVER + r"\s+(?:\w+\s+){0,3}?(?:grab\w*|took|takes?|taken|claim\w*|bound|binds?|holds?|held|"
                r"hijack\w*|steal\w*|stole|(?:ended|ends)\s+up\s+on|sits?\s+on)\s+(?:\w+\s+){0,2}?(?:the\s+|its\s+)?(?:modem's\s+)?"
                r"(?:QMI|RMNET|network|net|wwan|data|qmi_wwan's)\s+(?:interface|function|port)\b|"
                r"\b(?:QMI|RMNET|network|wwan|data)\s+interface\s+(?:\w+\s+)?(?:is|was|gets|got|has been)\s+(?:\w+\s+)?"
                r"(?:take|taken|grabbed|claimed|bound|held)\s+by\s+(?:the\s+)?" + _SERIAL_DRIVER + r"|"
                r"\binterface\s+#?\d+\s+(?:is|was|gets|got|has been)\s+(?:\w+\s+)?(?:take|taken|grabbed|claimed|bound|held)\s+by\s+"
                r"(?:the\s+)?" + _SERIAL_DRIVER + _SAME + r"{0,30}?\b(?:not|instead of|rather than)\b" + _SAME + r"{0,20}?\bqmi_wwan\b|"
                r"\b(?:should|must|is supposed to)\s+(?:belong\s+to|be\s+(?:bound\s+to|taken\s+by|claimed\s+by|driven\s+by)|go\s+to)\s+"
                r"qmi_wwan\b\W{0,3}\s*(?:not|instead of|rather than)\s+(?:to\s+|by\s+)?(?:the\s+)?" + _SERIAL_DRIVER + r"|"
                r"\bextra\s+(?:/dev/)?ttyUSB\w*" + _SAME + r"{0,60}?\b(?:QMI|qmi_wwan|network interface|wwan)\b|"
                # the interface's due function told, then the serial driver that has it: "interface 2 should be the QMI
                # one, but dmesg says option took it", "option grabbed interface 4, which is supposed to be the QMI port"
                r"\binterface\s+#?\d+\s+" + _DUE_QMI + _SAME + r"{0,60}?\b" + _SERIAL_DRIVER + r"\s+(?:\w+\s+){0,2}?" + _HOLDS +
                r"\s+it\b|\b" + _SERIAL_DRIVER + r"\s+(?:\w+\s+){0,2}?" + _HOLDS + r"\s+(?:USB\s+)?interface\s+#?\d+\b" + _SAME +
                r"{0,40}?\b(?:which|that|it)\s+" + _DUE_QMI + r"|"
                r"\bqmi_wwan\b\s+(?:\w+\s+){0,2}?(?:ended\s+up|binds?|bound|sits?|took|is)\s+(?:\w+\s+)?(?:on|to)\s+(?:the\s+)?"
                r"(?:modem's\s+)?(?:diag\w*|serial|AT|NMEA|GPS|GNSS|wrong|ADB)\s+(?:interface|port|function)\b",
                "lsusb -t (which driver holds each interface); ls /dev/ttyUSB* /dev/cdc-wdm*",
                unless=r"\b(?:unbind\w*|unbound|fixed|solved)\b"),
    # an out-of-tree vendor QMI driver (Sierra/Quectel GobiNet, GobiSerial, Quectel qmi_wwan_q) is in use:
    # its control device is /dev/qcqmiN, which libqmi, uqmi and ModemManager do not use (knowledge.md 2.9)
    StatedState("said:vendor-qmi-driver",
                # Sierra's package of the two is "SierraLinuxQMIdriversS2.8N2.13" (its release names)
                r"\b(?:GobiNet|GobiSerial|qmi_wwan_[qf])\b|(?<![\w-])(?:/dev/)?qcqmi\d*\b|\bSierraLinuxQMIdrivers\w*",
                "lsmod | grep -iE 'gobinet|qmi_wwan'; ls /dev/qcqmi* /dev/cdc-wdm*; lsusb -t",
                unless=r"\b(?:unload\w*|remov\w*|blacklist\w*|instead of|rather than|replac\w*|rmmod|uninstall\w*|"
                       r"get rid of|(?:not|n't|never|no longer) (?:use|using|load|loaded|need|needed|required)|no need (?:for|of)|without)\b"),
    # two drivers compete for the modem (knowledge.md 2.9 wrong-driver-bound): blacklisting one of them made the modem work
    # ("when ehci_hcd is blacklisted the card works", "I have blacklisted the option module"), the drivers are said to
    # conflict or fight each other (in Chinese too: "厂家驱动跟内核里的option驱动有冲突"), or USB interfaces the serial
    # driver made ports of never answer AT commands (a connection script that picks one fails)
    StatedState("said:drivers-compete",
                r"\bblacklist(?:ing|ed)?\s+(?:the\s+)?" + _MODEM_DRIVER + _SAME + r"{0,80}?\b(?:works?|worked|working|usable|"
                r"fixe[sd]|solved|helps|helped)\b|"
                r"\b(?:when|with|after|once)\s+(?:the\s+)?" + _MODEM_DRIVER + r"\s+(?:\w+\s+)?blacklisted\b" + _SAME +
                r"{0,80}?\b(?:works?|working|usable|fine)\b|"
                r"\bI\s+(?:have\s+|'ve\s+|had\s+to\s+)?(?:blacklist(?:ed)?\s+(?:the\s+)?" + _MODEM_DRIVER + r"|put\s+(?:the\s+)?" + _MODEM_DRIVER +
                r"(?:\s+(?:module|driver))?\s+(?:on|in|into)\s+(?:the\s+|a\s+)?blacklist)|"
                # "the usb-storage driver and the serial driver fight over the stick", "usbserial and usbstorage conflict"
                r"\b(?:drivers?|modules?)\b" + _SAME + r"{0,20}?" + _UNNEGATED + r"\b(?:fight|conflict|clash|compete)\w*\s+(?:over|for)\b|"
                r"\b(?:" + _MODEM_DRIVER + r"|usb-?storage)\s+(?:driver\s+)?and\s+(?:the\s+)?(?:" + _MODEM_DRIVER + r"|usb-?storage)\b" +
                _SAME + r"{0,20}?" + _UNNEGATED + r"\b(?:fight|conflict|clash|compete)\w*|"
                r"\bdrivers?\s+(?:\w+\s+){0,2}?(?:fight|conflict|clash|compete)\w*\s+(?:with\s+)?each\s+other\b|"
                # two drivers that both match the device, the probe order deciding: "both option and usb-storage can bind to
                # the modem when in storage mode", "it's random which wins", "whichever driver probes first gets it"
                r"\bboth\s+(?:the\s+)?" + _MODEM_DRIVER + r"\s+and\s+(?:the\s+)?" + _MODEM_DRIVER + r"(?:\s+drivers?|\s+modules?)?\s+"
                r"(?:can\s+|could\s+|will\s+|may\s+|might\s+|(?:try|tries|want)\s+to\s+)(?:bind|claim|grab|take|match)\w*|"
                r"\b(?:it's|it\s+is|it\s+was)\s+(?:random|luck|a\s+race)\s+which\s+(?:one\s+|driver\s+|module\s+)?(?:wins|binds|gets\s+it)\b|"
                r"\bwhichever\s+(?:driver|module)\s+(?:wins|binds\s+first|probes\s+first|loads\s+first)|"
                # ("option" alone is an English word: "this option conflicts with the driver")
                r"\b(?!option1?\b(?!\s+(?:kernel\s+)?(?:module|driver)))" + _MODEM_DRIVER + _SAME +
                r"{0,60}?\b(?:conflicts?|clash\w*|fights?|competes?)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" +
                _MODEM_DRIVER + r"|driver|module)|"
                # a USB interface by its number (a port the serial driver made, not a ttyUSB the person opened) that
                # is no AT port: "interfaces 3 and 4 do not respond to AT commands"
                r"\b(?:USB\s+)?interfaces?\s+#?\d+(?:\s*(?:,|and|&|or)\s*#?\d+)*\s+(?:(?:does|do|did)(?:n't|\s+not)|never)\s+"
                r"(?:answer|respond|reply|react)\w*\s+(?:to\s+)?(?:the\s+|any\s+)?AT\b",
                "lsusb -t (which driver holds each interface); lsmod; grep -r blacklist /etc/modprobe.d",
                unless=r"\b(?:(?:not|n't|never|no)\s+(?:help\w*|work\w*|change\w*|fix\w*)|still|no\s+conflict)\b"),
    StatedState("said:drivers-compete",
                r"(?:驱动|" + _MODEM_DRIVER + r")[^。，,；;]{0,30}?(?:和|与|跟)[^。，,；;]{0,15}?(?:驱动|" + _MODEM_DRIVER +
                r"|qmi|mbim)[^。，,；;]{0,8}?冲突|驱动(?:之间)?(?:有|存在|发生)?冲突",
                "lsusb -t (which driver holds each interface); lsmod; grep -r blacklist /etc/modprobe.d",
                unless=_CHINESE_HEDGE),
    # a QMI connection tool said not to work with raw-IP framing
    # the two framings told against each other: "the modem reports raw-ip but the interface is still in 802.3 mode", "the
    # kernel expects Ethernet frames but the modem sends bare IP packets" (knowledge.md 2.3); the switch to raw-IP told as
    # the fix: "solved by switching to raw IP", "after I echoed Y into qmi/raw_ip udhcpc got a lease"
    StatedState("said:raw-ip-fails",
                _ETH_FRAMING + _SAME + r"{0,80}?\b(?:but|while|whereas|however|yet)\b" + _SAME + r"{0,60}?" + _RAW_FRAMING + r"|" +
                _RAW_FRAMING + _SAME + r"{0,80}?\b(?:but|while|whereas|however|yet)\b" + _SAME + r"{0,60}?" + _ETH_FRAMING,
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format",
                unless=r"\b(?:both|supports?|either)\b|" + _NOW_FIXED),
    StatedState("said:raw-ip-fails",
                r"\b(?:solved|fixed|cured|works?\s+now|working\s+now)\b" + _SAME + r"{0,30}?\b(?:by|after)\s+(?:switching|setting|"
                r"changing|putting|flipping|echoing)\s+(?:\S+\s+){0,4}?(?:to|into|in)\s+(?:the\s+)?raw[-_ ]?ip\b|"
                r"\b(?:switching|setting|changing|putting|flipping)\s+(?:\S+\s+){0,3}?(?:to|into)\s+raw[-_ ]?ip\b" + _SAME +
                r"{0,40}?\b(?:fixed|solved|helped|cured|did\s+it)\b|"
                # raw-IP switched on as the cure: "I had to enable raw_ip", "after enabling raw-ip mode on the interface DHCP works"
                r"(?<!\byou\s)(?<!\bone\s)\b(?:had|have|has|needed|need|must)\s+to\s+(?:enable|activate|turn\s+on|switch\s+on)\s+(?:the\s+)?(?:qmi/)?raw[-_ ]?ip\b|"
                r"\b(?:after|once|by)\s+(?:I\s+|we\s+)?(?:enabl|activat)\w*\s+(?:the\s+)?(?:qmi/)?raw[-_ ]?ip\b" + _SAME + r"{0,60}?"
                r"\b(?:works?|worked|fixed|solved|(?:got|gets?)\s+(?:a\s+|an\s+|the\s+)?(?:lease|address|IP))\b|"
                # the fix named first: "i solve it, need to put Y in raw_ip file when wwan0 is down"
                r"\b(?:solved?|fixed|fix)\s+(?:it|this|the\s+(?:problem|issue))\b" + _SAME + r"{0,30}?\b(?:need(?:ed)?\s+to|ha(?:ve|d)\s+to|"
                r"by|with)\s+(?:echo\w*|writ\w*|put\w*|set\w*)\s+['\"]?Y['\"]?\s+(?:in|into|to)\s+(?:the\s+)?(?:\S*/)?raw_ip\b|"
                r"\b(?:echo\w*|writ\w*|wrote|set\w*|put\w*|flipp?\w*)\s+['\"]?Y['\"]?\s+(?:in|into|to)\s+(?:the\s+)?(?:\S*/)?raw_ip\b" + _SAME +
                r"{0,100}?\b(?:(?:got|gets?|received?)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:lease|address|IP)|works?|fixed|solved|"
                r"traffic\s+flows)\b|"
                # the failure that lasts until raw_ip is switched on: "udhcpc gets no lease until I set raw_ip to Y on wwan0",
                # "no traffic until echo Y > qmi/raw_ip" (qmi_wwan's raw_ip attribute, knowledge.md 2.3)
                r"\buntil\s+(?:I\s+|we\s+|you\s+|one\s+)?(?:\w+\s+)?(?:" + _RAW_IP_TO_Y + r")|"
                r"\buntil\s+(?:the\s+)?(?:qmi/)?raw[-_ ]?ip(?:\s+mode)?\s+(?:is|was|gets|got)\s+(?:enabled|activated|turned\s+on|switched\s+on|"
                r"set(?:\s+to\s+['\"]?Y['\"]?)?)\b|"
                # "enabling raw_ip fixed the missing IP address", "the fix was echo Y > /sys/class/net/wwan0/qmi/raw_ip"
                r"\b(?:enabling|activating|turning\s+on|switching\s+on)\s+(?:the\s+)?(?:qmi/)?raw[-_ ]?ip(?:\s+mode)?\s+(?:\w+\s+)?"
                r"(?:fixed|solved|cured|helped|did\s+it)\b(?!\s+(?:nothing|anything|none))|"
                r"\b(?:fix|solution|cure|workaround)\s+(?:was|is)\s*:?\s*(?:to\s+)?(?:" + _RAW_IP_TO_Y + r"|(?:enabl|activat)\w*\s+(?:the\s+)?"
                r"(?:qmi/)?raw[-_ ]?ip)|"
                r"\b(?:set\w*|flipp?\w*|chang\w*|switch\w*|turn\w*)\s+(?:the\s+)?(?:\S*/)?raw_ip\s+(?:\w+\s+)?(?:to|=)\s*['\"]?(?:Y|1|on)\b"
                + _SAME + r"{0,100}?\b(?:(?:got|gets?|received?)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:lease|address|IP)|works?|fixed|solved|"
                r"traffic\s+flows)\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format"),
    StatedState("said:raw-ip-fails",
                r"\b(?:uqmi|qmicli|qmi-network|qmi\.sh|quectel-CM|qmi_wwan)\b[^.!?]{0,40}?\b(?:no longer works?|"
                r"(?:does|do|is|are)(?:n't|\s+not)\s+work\w*|fails?|failing|broken|stopped working)\s+(?:with|in|on)\s+"
                r"(?:the\s+)?raw[-_ ]?ip\b|"
                # raw IP first: "raw-ip mode broken in uqmi since commit ..."
                r"\braw[-_ ]?ip\b(?:\s+(?:mode|support))?\s+(?:is\s+)?(?:broken|fails?|failing|(?:does|do)(?:n't|\s+not)\s+work|"
                r"not\s+working|stopped\s+working|no\s+longer\s+works?)\s+(?:in|with|on)\s+(?:the\s+)?(?:uqmi|qmicli|qmi-network|qmi\.sh|"
                r"quectel-CM|qmi_wwan)\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format"),
    # qmi_wwan's raw_ip attribute read as N: the link is in 802.3 framing, the driver's default (knowledge.md 2.3; linux
    # Documentation/ABI/testing/sysfs-class-net-qmi raw_ip "Y"/"N"): "raw_ip says N", "cat .../qmi/raw_ip gives N",
    # "raw_ip is still N". Context, no fault alone: a modem whose data format is 802.3 wants it so
    StatedState("said:raw-ip-off",
                r"\b(?:\S*/)?raw_ip\b(?:\s+(?:file|attribute|flag|setting|value))?\s+(?:\w+\s+)?(?:says|said|shows?|showed|reads?|"
                r"returns?|returned|gives?|gave|contains?|is|was|=|:)\s*(?:still\s+|set\s+to\s+|just\s+)?[\"'`]?(?-i:N|0)\b(?![\"'`]?\s*[/>])",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format",
                context=True),
    # qmi_wwan's framing left as the driver starts it: "the interface is in the default mode, I haven't touched any sysfs
    # files", "raw_ip is at its default". qmi_wwan's raw_ip defaults to N, 802.3 framing (linux
    # Documentation/ABI/testing/sysfs-class-net-qmi "raw_ip ... Boolean. Default: 'N'"). Context, no fault alone
    # (rules/stated-raw-ip-mismatch.yaml wants a QMI call started and no traffic beside it)
    StatedState("said:raw-ip-default",
                r"\b(?:\S*/)?raw_ip\b(?:\s+(?:file|attribute|flag|setting|value))?\s+(?:is|was|stays?|left|remains?)\s+(?:still\s+)?"
                r"(?:at|on|in)\s+(?:its|the)\s+default\b|"
                r"\b(?:interface|link|netdev|wwan\d+|qmi_wwan)\s+(?:is|was|stays?|remains?)\s+(?:still\s+)?in\s+(?:its|the)\s+"
                r"default\s+(?:mode|framing|setting)s?\b|"
                r"\b(?:have(?:n't|\s+not)|did(?:n't|\s+not)|never)\s+(?:\w+\s+)?(?:(?:touch|chang|modif|edit)\w*|set|written\s+to|write\s+to)\s+"
                r"(?:any(?:thing)?\s+(?:in\s+)?|the\s+)?(?:of\s+the\s+)?(?:sysfs|raw_ip|qmi/raw_ip|/sys/class/net/\S+)\b",
                "cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format",
                unless=r"(?-i:\bY\b)|\braw[-_ ]?ip\s+(?:mode\s+)?(?:is\s+)?(?:on|enabled)\b", context=True),
    # the data session is up but no packet passes ("No packets get sent or received", "there's no data flow"):
    # knowledge.md 2.3 raw-ip-mismatch, "connect succeeds, but no traffic"
    StatedState("said:no-traffic",
                r"\bno (?:data|packets?|traffic) (?:flow\w*|pass\w*|gets? (?:through|sent|received)|(?:are|is|were|was) "
                r"(?:sent|received|passing|flowing|going through)|(?:sent|received|transmitted)\b)|"
                r"\b(?:data|packets|traffic) (?:does|do|did|is|are)(?:n't|\s+not) (?:flow\w*|pass\w*|go(?:ing)? through)|"
                r"\bnothing\s+(?:ever\s+)?(?:comes?\s+back|passes|flows|gets\s+through)\b|\bRX\s+(?:counters?|bytes|packets)\s+"
                r"(?:\w+\s+)?(?:stays?|remains?|is|are|at)\s+(?:at\s+)?(?:zero|0)\b|\bno\s+DHCP\s+(?:answer|reply|response|offer)\b|"
                # every ping over the link unanswered: "ping 8.8.8.8 just times out", "pings get no reply"
                r"\bpings?\b(?:\s+-?[\w.:-]+){0,3}?\s+(?:just\s+|only\s+|all\s+|always\s+)?(?:times?\s+out|timed\s+out|"
                r"gets?\s+no\s+(?:reply|replies|answer|response)|(?:has|shows?|gives?)\s+100\s*%\s+(?:packet\s+)?loss)",
                "ip -s link show WWAN_IFACE; cat /sys/class/net/WWAN_IFACE/qmi/raw_ip; qmicli -p -d /dev/cdc-wdmN --wda-get-data-format"),
    # the post names the QMI link-layer framing (802.3 or raw-IP, the WDA data format, libqmi's CTL "Set Data
    # Format" / its open flag NET_802_3 / NET_RAW_IP, qmi_wwan's raw_ip switch): what the two sides must agree on
    StatedState("said:link-layer-named",
                r"\b802[._-]?3\b|\braw[-_ ]?ip\b|\blink[- ]layer(?: protocol)?\b|\b(?:CtlSetDataFormat|"
                r"(?:wda|ctl)[-_ ]?set[-_ ]?data[-_ ]?format|(?:wda|ctl)[-_ ]get[-_ ]data[-_ ]format)\b|\bqmi/raw_ip\b",
                "qmicli -p -d /dev/cdc-wdmN --wda-get-data-format; cat /sys/class/net/WWAN_IFACE/qmi/raw_ip",
                # naming is context even where the post reasons about it ("the modem needs to be told to use
                # 802.3"), but not advice on a condition ("if it gets no IP, try raw-ip")
                unless=r"\bif\b", context=True, suspected=True),
    # frames from the modem come addressed to a MAC that is not the interface's ("packets coming from Internet have
    # destination MAC address set to 00:01:02:03:04:05"): the firmware bug qmi_wwan.c works around for its
    # buggy_fw_addr ("all packets being addressed to 00:a0:c6:00:00:00 despite the host address being different")
    StatedState("said:frames-to-other-mac",
                r"\b(?:packets|frames|replies|traffic)\b[^.!?]{0,60}?\bdestination (?:MAC|hardware|ethernet)(?: address)?"
                r"[^.!?]{0,20}?\b(?:set to|is|of|being|=)\s*(?!ff[:-]ff[:-]ff)(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b",
                "sudo tcpdump -e -n -i WWAN_IFACE -c 20; ip link show WWAN_IFACE",
                unless=r"\b(?:correct|matches|the same as|same MAC)\b"),
    # ModemManager's udev rules are missing or were installed where udev does not read them: without
    # ID_MM_CANDIDATE (src/80-mm-candidate.rules:21-31) ModemManager skips every port (src/mm-base-manager.c:563-569)
    StatedState("said:mm-udev-rules-missing",
                r"\brules\.d/rules\.d\b|"
                r"\b(?:(?:ModemManager|modem-?manager|MM)(?:'s)?\s+udev\s+rules?|udev\s+rules?\s+(?:for|of|from)\s+(?:the\s+)?"
                r"(?:ModemManager|modem-?manager|MM)\b|(?:77-mm-[\w-]+|80-mm-candidate)\.rules)"
                r"[^!?]{0,80}?\b(?:missing|absent|not (?:installed|found|present|applied|loaded|read|shipped|packaged)|"
                r"(?:in|into) the wrong (?:dir\w*|folder|place|location|path)|instead of)\b|"
                r"\b(?:missing|without|no)\s+(?:the\s+)?(?:ModemManager|modem-?manager|MM)(?:'s)?\s+udev\s+rules?\b",
                "ls /usr/lib/udev/rules.d /lib/udev/rules.d | grep -- '-mm-'; udevadm info /dev/ttyUSB0 | grep ID_MM_CANDIDATE"),
    # ModemManager used at the same time as another program on the same modem (a suspicion counts)
    StatedState("said:mm-concurrent",
                r"\b(?:concurrent(?:ly)?|simultaneous(?:ly)?|parallel)\s+(?:\w+\s+){0,2}?(?:use|usage|access\w*|running|requests?)\b"
                r"[^.!?]{0,60}?\b(?:ModemManager|modem-?manager|Modem Manager)\b|"
                r"\b(?:ModemManager|modem-?manager|Modem Manager)\b[^.!?]{0,80}?\b(?:at the same time|simultaneously|concurrently|"
                r"in parallel)\b|"
                r"\b(?:conflict\w*|interfer\w*|clash\w*|fight\w*|compet\w*)\s+(?:with|between)\s+[^.!?]{0,40}?"
                r"\b(?:ModemManager|modem-?manager|Modem Manager)\b|"
                r"\b(?:ModemManager|modem-?manager|Modem Manager)\b[^.!?]{0,40}?\b(?:conflicts?|interferes?|clash(?:es)?|fights?|"
                r"competes?)\s+with\b",
                "sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*; systemctl is-active ModemManager",
                unless=r"\b(?:without|no longer|not (?:running|installed|using)|stopp\w+|disabl\w+|remov\w+|uninstall\w+)\s+"
                       r"(?:the\s+)?(?:ModemManager|modem-?manager)\b|\b(?:ModemManager|modem-?manager)\s+(?:is|was)\s+"
                       r"(?:not running|stopped|disabled|removed)\b",
                suspected=True),
    # the data connection drops or hangs as soon as a second program reads the modem: a router's modem status page
    # or tab opened, AT commands sent, a terminal or QMI tool started beside the connection manager (knowledge.md
    # 2.10: the two programs' requests and replies mix on the same port; the manager may reset the modem)
    StatedState("said:access-drops-connection",
                r"\b" + _LINK + r"\s+(?:\w+\s+){0,2}?" + _LINK_LOST + _SAME + r"{0,40}?" + _ACCESS_TRIGGER + r"|"
                + _ACCESS_FIRST + _SAME + r"{0,60}?\b(?:" + _UNNEGATED + r"(?:drops?|dropped|kills?|killed|breaks?|broke|disconnects?|"
                r"disconnected|interrupts?|interrupted)\s+(?:the\s+|my\s+)?" + _LINK + r"|" + _LINK + r"\s+(?:\w+\s+){0,2}?"
                + _LINK_LOST + r")",
                _ACCESS_CONFIRM),
    # Russian "отваливается соединение, когда начинаешь открывать вкладку модем", "при открытии вкладки модема ...
    # сессия зависает"; German "die Verbindung bricht ab, sobald ich die Statusseite öffne"; Chinese "打开模块页面就断线"
    *_in_each_language("said:access-drops-connection", {
        "ru": r"(?:" + _RU_LINK_LOST + r")[^.!?]{0,40}?" + _RU_ACCESS + r"|" + _RU_ACCESS + r"[^.!?]{0,80}?(?:"
              + _RU_LINK_LOST + r")",
        "de": r"\b(?:Verbindung|Sitzung|Internetverbindung|Datenverbindung)\s+(?:\w+\s+){0,2}?(?:bricht|reißt|reisst|fällt)"
              r"\s+(?:\w+\s+)?(?:ab|aus|weg|zusammen)\b[^.!?]{0,40}?\b(?:wenn|sobald|beim|bei)\s+[^.!?]{0,40}?"
              r"(?:öffne|aufrufe|abfrage|Öffnen|Aufrufen|Abfragen|AT-Befehl\w*)",
        "zh": r"(?:打开|进入|刷新|查看)[^。！？\n]{0,20}?(?:页面|界面|标签|选项卡|插件)[^。！？\n]{0,20}?(?:就|便|会|后)?"
              r"(?:断线|断网|掉线|断开|连接中断)",
    }, _ACCESS_CONFIRM),
    # the modem works from one supply and fails from another (on battery or a power bank, through an unpowered
    # hub or adapter, only with a powered hub or a charger): a module drawing peaks the weaker supply cannot give
    # (knowledge.md usb-power-or-reset: modules in USB adapters/hubs without external power; GSM bursts of 2 A)
    StatedState("said:power-source",
                # the powered hub first, then what it cures: "through a powered hub it switches and works", "on a powered
                # hub the stick is found" (a denial or "still" between them keeps the fault)
                # (only with the unpowered case told in the line, before or after: a setup that just runs through a powered
                # hub, "Power draw plays a big role in battery life", tells no fault)
                r"(?:" + _UNPOWERED_TOLD + r"|" + _FAILED_FIRST + r")[^\n]{0,200}?(?:" + _POWERED_HUB_CURES + r"|" + _POWER_MATTERS + r")|"
                r"(?:" + _POWERED_HUB_CURES + r"|" + _POWER_MATTERS + r")[^\n]{0,200}?" + _UNPOWERED_TOLD + r"|"
                # the supply of the device said to matter: "the power to the device seems to also play a part"
                r"\bpower(?:\s+(?:supply|draw|source))?\s+(?:to|of|for)\s+(?:the\s+)?(?:device|modem|stick|dongle|module)\s+"
                r"(?:\w+\s+){0,3}?(?:plays?|played|playing)\s+(?:a|an|its)\s+(?:\w+\s+)?(?:part|role)\b|"
                r"\b(?:" + _NOT + r"|can(?:'t|not)|unable to|fails? to|won't)\b[^.!?]{0,60}?\b(?:work|connect|transmit|run)\w*\b[^.!?]{0,30}?"
                r"\b(?:when|if|while|on|with|from|by)\b[^.!?]{0,30}?" + _WEAK_SUPPLY + r"|"
                r"\b(?:on|with|from|by|through|via|over) (?:the |a |an |its |my )?(?:only )?" + _WEAK_SUPPLY + _SAME + r"{0,80}?"
                r"\b(?:" + _NOT + r" (?:work\w*|recogni[sz]ed|detected)|fails?|resets?|reboots?|restarts?|dies|drops? (?:off|out)|"
                r"disconnects?|(?:is|gets?) (?:reset|disconnected))\b|"
                # the failure first, the supply after it: "the boot hangs when the Nova is plugged in and power comes via the Witty Pi"
                r"\b(?:hangs?|hung|freez\w*|froze|fails?|resets?|reboots?|restarts?|dies|crash\w*|drops? (?:off|out)|disconnects?)\b"
                + _SAME + r"{0,60}?\b(?:on|with|from|by|through|via|over) (?:the |a |an |its |my )?(?:only )?" + _WEAK_SUPPLY + r"|"
                r"\b(?:works?|working|fine)\b[^.!?]{0,20}?\b(?:(?:only )?(?:when|with|if|once|through|via)|only on) (?:I (?:plug in |use |add |"
                r"(?:put|plug|connect)\w* (?:\w+ ){0,3}?(?:on|into|in|to|through|via|behind) )?)?"
                r"(?:the |a |an )?(?:\w+ )?(?:powered (?:USB )?hub|external (?:power|supply)|(?:wall|mains) (?:power|adapter|supply)|"
                r"charger|USB cable (?:plugged|connected))\b|"
                r"\bonly (?:works?|worked|working|runs?|ran)\b[^.!?]{0,20}?\b(?:on|with|through|via|behind|from) (?:the |a |an )?(?:\w+ )?"
                r"(?:powered (?:USB )?hub|external (?:power|supply)|(?:wall|mains) (?:power|adapter|supply)|charger)\b|"
                r"\bworks?\b" + _SAME + r"{0,60}?\bnot (?:on|from|with|by|off|when (?:on|powered (?:by|from)|running (?:on|from)|using)) "
                r"(?:the |a |an |its |my )?(?:only )?" + _WEAK_SUPPLY + r"|"
                r"\b(?:insufficient|not enough|too little|weak) (?:power|current|supply)\b|\bbrown(?:s|ed|ing)?[- ]?outs?\b|"
                # the port or host said unable to feed the modem: "the Pi cannot power the modem", "the USB ports can't provide
                # enough current", "the power supply is too weak for the modem", "it needs a powered hub" (knowledge.md 2.19:
                # modules in USB adapters/hubs without external power)
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|(?:does|did)(?:n't|\s+not))\s+(?:power|feed|drive)\s+" + _A_MODEM + r"|"
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|(?:does|did)(?:n't|\s+not))\s+(?:provide|supply|deliver|give|source)\s+"
                r"(?:\w+\s+)?enough\s+(?:power|current|juice|amps?)\b|"
                r"\b(?:power\s+supply|PSU|(?:power\s+|wall\s+|USB\s+)?adapter|charger|supply)\s+(?:is|was)\s+" + _NOT_NEGATION + r"(?:too\s+weak|"
                r"not\s+(?:strong|powerful)\s+enough|underpowered|under-?sized|insufficient)\b|"
                r"\b(?:needs?|needed|requires?|required)\s+(?:a\s+|an\s+)?(?:external(?:ly)?\s+)?powered\s+(?:USB\s+)?hub\b|"
                r"\b(?:draws?|drew|needs?|pulls?|requires?|takes?|wants?)\s+more\s+(?:current|power|amps?)\s+than\s+(?:the\s+|a\s+|my\s+|its\s+)?"
                r"(?:\w+\s+){0,2}?(?:port|ports|hub|Pi|board|supply|router|host|laptop)\s+(?:can|could|is\s+able\s+to)\s+(?:deliver|provide|supply|give|handle)\b|"
                # the host itself fails the moment the modem draws power: "the Pi freezes every time the dongle is
                # powered", "plugging in the stick makes the router reboot" (inrush and transmit peaks sag the host's supply)
                + _HOST_FAILS + _SAME + r"{0,30}?\b(?:when|whenever|as soon as|every ?time|each time|once)\b" + _SAME +
                r"{0,40}?" + _MODEM_POWERED + r"|"
                r"\b(?:when|whenever|as soon as|every ?time|each time|once)\b" + _SAME + r"{0,20}?" + _MODEM_POWERED + _SAME +
                r"{0,30}?" + _HOST_FAILS + r"|"
                r"\b(?:plugging|powering|connecting|inserting|hot-?plugging)\s+(?:in\s+|on\s+|up\s+)?" + _A_MODEM + _SAME +
                r"{0,40}?\b(?:makes?|made|causes?|caused|crash\w*|freez\w*|reboot\w*|reset\w*|hang\w*)\b" + _SAME + r"{0,30}?" +
                _HOST_FAILS + r"|"
                # the host fails the moment the modem transmits: "my Jetson Nano shuts down whenever the LTE modem registers",
                # "the Pi reboots each time the module starts a data session" (the transmit peaks sag the shared supply)
                + _HOST_FAILS + _SAME + r"{0,30}?\b" + _DURING + r"\b" + _SAME + r"{0,40}?" + _TRANSMITS + r"|"
                # switching the modem on takes the host down, or the supply drops and the host with it: "enabling the modem
                # restarts the Pi", "turning the HAT on reboots the Raspberry Pi", "... interrupts the power supply and
                # restarts the Pi"
                r"(?:\b(?:enabl(?:e|es|ed|ing)|switch(?:es|ed|ing)?\s+on|turn(?:s|ed|ing)?\s+on|power(?:s|ed|ing)?\s+(?:on|up))\s+"
                r"(?:the\s+|my\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:modem|module|HAT|shield|dongle|stick|radio|(?-i:SIM\d{3,4})\w*|"
                r"(?-i:BG\d\d)\w*|(?-i:E[CGM]\d\d)\w*)\b|"
                r"\.enable\(\)|\b(?:interrupt|cut|drop|kill)(?:s|ed|ting|ping|ing)?\s+(?:the\s+|its\s+)?(?:power|supply|voltage)\b)"
                r"(?:[^.!?]|\.(?!\s)){0,80}?(?<!\bI )(?<!\bwe )(?<!\byou )(?<!\bto )(?<!\bthen )\b(?:restart(?:s|ed)|reboot(?:s|ed)|resets|crash(?:es|ed)|"
                r"shuts\s+down|power[- ]?cycles)\s+"
                r"(?:the\s+|my\s+|our\s+|whole\s+)+(?:Raspberry\s*)?(?:Pi|Jetson|SBC|host|computer|board)\b|"
                # another cable cures it: "with a shorter cable it works fine", "a new USB cable fixed it"
                r"\b(?:with|using|after\s+(?:swapping|changing|replacing)\s+(?:it\s+)?(?:to|for|with)?)\s*(?:a\s+|an\s+|the\s+|another\s+)?"
                r"(?:shorter|better|different|new|other|thicker|good|proper|quality|original)\s+(?:USB(?:-C)?\s+)?cable\b" + _SAME +
                r"{0,40}?\b(?:works?|working|fine|stable|fixed|solved|no\s+more)\b|\b(?:a\s+|the\s+)?(?:shorter|better|different|new|"
                r"other|thicker|good|proper|quality|original)\s+(?:USB(?:-C)?\s+)?cable\s+(?:fixed|solved|cured)\b|"
                r"\b(?:voltage|supply) (?:drops?|dips?|sags?)\b|"
                # one more dongle added and they all restart or drop: "as soon as I plug in the third one all of them start
                # restarting", "with a fourth stick they keep disconnecting" (the host's USB budget shared by every stick)
                r"\b(?:third|fourth|fifth|3rd|4th|5th|additional|extra|one\s+more)\s+(?:[\w-]+\s+){0,3}?(?:dongles?|sticks?|modems?|"
                r"ones?)\b" + _SAME + r"{0,50}?\b(?:all|both|every|each|the\s+others?|they|them)\b" + _SAME + r"{0,30}?"
                r"\b(?:restart\w*|reset\w*|reboot\w*|reconnect\w*|disconnect\w*|drop\w*|disappear\w*|(?:go|goes|went) (?:offline|dark|off))\b|"
                r"\b(?:current|power) (?:spikes?|peaks?|surges?|draw)\b[^.!?]{0,40}?\b(?:reset|reboot|restart|brown|crash|turn\w* off)\w*|"
                # the failure told first, the draw as its cause: "the Pi will reboot because of the power draw"
                r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:reset|reboot|restart|crash|freez|hang|shut\w* (?:down|off)|turn\w* off)\w*" + _SAME +
                r"{0,40}?\b(?:because of|due to|"
                r"caused by|from)\s+(?:the\s+|its\s+|a\s+)?(?:(?:modem|module|stick|dongle)'?s?\s+)?(?:high\s+|huge\s+|sudden\s+)?"
                r"(?:(?:current|power)\s+(?:draw|consumption|demand|spikes?|peaks?|surges?)|inrush(?:\s+current)?)\b",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)|over-current|brown'; the supply's voltage at the "
                "module while it registers (datasheet minimum, 2 A peaks)",
                unless=r"\b(?:not|n't|no) (?:a |the )?(?:power|supply|voltage) (?:problem|issue)\b|" + _ADVICE + "|" + _NO_BROWNOUTS),
    # the module switches itself off, or dies or restarts as soon as it transmits (a call, an SMS, registration, a
    # data session): its supply collapses under the transmit current peaks, up to about 2 A (TC35 hardware interface
    # description 6.4.1 "Due to peak currents of I = 2 A, a GSM transmission burst may cause considerable voltage
    # drop"; MC46 3.2.2 "MC46 switches off when exceeding these limits"; SIM800/SIM808 hardware design
    # "UNDER-VOLTAGE POWER DOWN"). A module's subject: "the module", its LEDs, a model name ("A7670E dies when ...")
    StatedState("said:powers-off-itself",
                _POWERED_ONE + _SAME + r"{0,40}?\b(?:" + _DURING + r"|on)\b" + _SAME + r"{0,40}?" + _TRANSMITS + r"|"
                # a call as a noun, in its time: "turns itself off in the middle of a call", "dies during calls"
                + _POWERED_ONE + _SAME + r"{0,40}?\b(?:during|in the middle of|in the midst of|on|with)\s+(?:every\s+|each\s+|any\s+|an?\s+|"
                r"the\s+)?(?:incoming\s+|outgoing\s+)?(?:voice\s+|phone\s+)?calls?\b|"
                r"\b" + _DURING + r"\b" + _SAME + r"{0,30}?" + _TRANSMITS +
                _SAME + r"{0,40}?" + _POWERED_ONE + r"|"
                # the status LED shows it working, then it restarts: "the netlight blinks a few times and then the module
                # restarts" (a module that never lights is modem-not-powered: said:no-power)
                r"\b(?:(?:status|net(?:work)?|power)\s*)?(?:LED|light|netlight)s?\b" + _SAME + r"{0,30}?\b(?:blink\w*|flash\w*|"
                r"lights? up|comes? on|turns? on)\b" + _SAME + r"{0,40}?\b(?:then|before|after which|and)\b" + _SAME + r"{0,20}?"
                + _POWERED_ONE + r"|"
                r"\b(?:suddenly|randomly|unexpectedly|spontaneously|by itself|on its own)\s+" + _SWITCHES_OFF + r"|"
                r"\b(?:modem|module|board|" + _MODEL + r")\s+" + _SWITCHES_OFF + r"\s+(?:suddenly|randomly|unexpectedly|by itself|"
                r"on its own)\b",
                "the module's supply voltage at its VBAT pins while it transmits (a call, registration), against the "
                "datasheet minimum at 2 A peaks; whether it stays up with a battery or a stronger supply added",
                unless=r"\bAT\+C?POW|\bAT\+CPOF\b|\bAT\+QPOWD\b|\bAT\+CFUN=0\b|\b(?:power ?key|PWRKEY|suspend|sleep mode|"
                       r"flight mode|airplane mode)\b"),
    # ... told in other languages: it restarts the moment it connects, registers or calls ("Sobald das Modul sich ins
    # GPRS-Netz einbucht, startet es neu", "se reinicia cuando se conecta a la red", "перезагружается при подключении к
    # GPRS", "一连接网络就重启"). German "wenn" is "when" here, so these rows carry no table language (its conditions
    # would take "wenn" back)
    StatedState("said:powers-off-itself",
                r"\b(?:startet|bootet|resettet|rebootet|schaltet)\b[^.!?]{0,40}?\b(?:neu|ab|aus)\b[^.!?]{0,40}?\b(?:sobald|wenn|beim|"
                r"jedes\s+Mal)\b[^.!?]{0,60}?(?:einbuch\w*|verbind\w*|GPRS|anmeld\w*|registrier\w*|Anruf\w*|telefonier\w*)|"
                r"\b(?:sobald|beim|jedes\s+Mal\s+wenn|immer\s+wenn)\b[^.!?]{0,60}?(?:einbuch\w*|verbind\w*|GPRS|anmeld\w*|registrier\w*|"
                r"Anruf\w*)[^.!?]{0,40}?\b(?:startet|bootet|resettet|schaltet)\b[^.!?]{0,30}?\b(?:neu|ab|aus)\b|"
                r"\b(?:se\s+reinicia|se\s+apaga|reinicia|desliga|red[ée]marre|s'[ée]teint)\b[^.!?]{0,50}?\b(?:cuando|al|quando|ao|quand|"
                r"lorsqu\w*|d[èe]s\s+qu\w*)\b[^.!?]{0,60}?(?:conect\w*|connect\w*|GPRS|registr\w*|enregistr\w*|llamada|chamada|appel)|"
                r"(?:перезагружа\w+|перезапуска\w+|выключа\w+|сбрасыва\w+)[^.!?]{0,50}?(?:когда|при|как\s+только)[^.!?]{0,60}?"
                r"(?:подключ\w+|GPRS|регистр\w+|звон\w+)|"
                r"(?:一|每次|只要)?(?:连接|连上|注册|附着|拨号|打电话|联网)[^。！？\n]{0,12}?(?:时|的时候|就|便)[^。！？\n]{0,8}?(?:重启|复位|掉电|关机)",
                "the module's supply voltage at its VBAT pins while it transmits (a call, registration), against the "
                "datasheet minimum at 2 A peaks",
                unless=r"\bAT\+C?POW|\bAT\+CFUN=|\bAT\+CRESET\b|\bAT\+QPOWD\b"),
    # a failure only now and then: the symptom of two programs answering each other's requests
    StatedState("said:intermittent",
                r"\b(?:sometimes|randomly|occasionally|intermittently|from time to time|(?:every )?now and then|at random)\b"
                r"[^.!?]{0,60}?\b(?:fail\w*|can(?:'t|not)|could(?:n't| not)|does(?:n't| not)|did(?:n't| not)|won't|"
                r"no (?:answer|response|reply|values?|data)|time[sd]? out|timeouts?|errors?|hang\w*|freez\w*|stuck|empty)\b|"
                r"\b(?:does(?:n't| not)|did(?:n't| not)|fails? to)\s+work\w*\s+(?:most of the time|half (?:of )?the time|every other time)\b|"
                r"\bnot always work\w*\b|\bonly (?:works?|worked) (?:sometimes|occasionally|every other time)\b",
                "sudo fuser -v /dev/cdc-wdm* /dev/ttyUSB*; sudo journalctl -b -u ModemManager | tail -40"),
    # ModemManager sees the modem (or reads its details) but never finishes setting it up: the daemon stops
    # (crashes, or is restarted) during the modem's initialisation
    StatedState("said:mm-never-finishes",
                r"\b(?:ModemManager|modem-?manager|Modem Manager|mmcli)\b[^.!?]{0,30}?\b(?:(?:does|did)\s+)?"
                r"(?:picks?|detects?|sees?|finds?|shows?|lists?|recogni[sz]es?|gets?|reads?)(?:\s+up)?\b[^.!?]{0,60}?"
                r"\b(?:but|yet|however)\b[^.!?]{0,30}?(?:\bnever|\bnot|n't|\bfails? to)\s+(?:\w+\s+){0,2}?"
                r"(?:sets?(?: it| them)?(?: up)? properly|set(?:s)? (?:it |them )?up|setup|initiali[sz]\w+|finish\w*|complet\w+|"
                r"configur\w+)\b|"
                # its probing said to fail: "ModemManager's probing stage failed", "MM fails to probe the modem", "the
                # probing by ModemManager times out"
                r"\b" + _MM + r"(?:'s)?\s+(?:port\s+)?prob(?:e|ing)(?:\s+(?:stage|phase|step))?\s+(?:has\s+)?(?:fail\w*|"
                r"times?\s+out|timed\s+out|never\s+(?:finish\w*|complet\w*|ends?))|"
                r"\b" + _MM + r"\s+(?:\w+\s+)?(?:fails?|failed|gives?\s+up|gave\s+up)\s+(?:to\s+probe|probing|(?:at|on)\s+probing)\b|"
                # no modem listed for that reason: "mmcli -L shows no modems because probing failed"
                r"\b(?:no\s+modems?|No modems were found)\b" + _SAME + r"{0,40}?\b(?:because|since|as)\s+(?:the\s+)?(?:port\s+)?"
                r"prob(?:e|ing)(?:\s+(?:stage|phase|step))?\s+(?:has\s+)?(?:fail\w*|times?\s+out|timed\s+out)|"
                r"\bprob(?:e|ing)\s+by\s+" + _MM + r"\s+(?:fail\w*|times?\s+out|timed\s+out)",
                "sudo journalctl -b -u ModemManager | tail -60; coredumpctl list ModemManager"),
    # a PCIe modem has no driver, or its PCIe mode is not supported by the kernel or image (knowledge.md 2.21
    # pcie-modem-support: "lspci -nn shows the modem but no driver / no /sys/class/wwan"; missing mhi_pci_generic,
    # mtk_t7xx, iosm; a kernel older than the WWAN core). Not a USB module driver (said:module-missing).
    StatedState("said:pcie-no-driver",
                r"\b(?:PCI-?e|M\.2|MHI)(?:\s+(?:mode|modems?|modules?|cards?|slot|interface|channel))?\s+(?:is|are)\s+"
                r"(?:not|n't)\s+(?:supported|recogni[sz]ed by the (?:kernel|driver))\b|"
                r"\b(?:does|do|did)(?:n't| not) support\s+(?:the\s+)?(?:\w+\s+)?(?:PCI-?e|MHI)\b|"
                r"\bno\s+(?:\w+\s+)?" + _PCIE_DRIVER + r"\s+(?:modem\s+)?drivers?\b|"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable to|fail(?:s|ed)? to)\s+(?:find|load|get)\s+(?:the\s+|a\s+|any\s+)?"
                r"(?:\w+\s+){0,2}?" + _PCIE_DRIVER + r"\s*(?:\w+\s+)?drivers?\b|"
                r"\b" + _PCIE_DRIVER + r"\s+(?:modem\s+)?drivers?\s+(?:is|are|was|were|seems?)\s+(?:to be\s+)?(?:missing|absent|"
                r"not (?:found|available|included|present|built|shipped|in the (?:kernel|image|firmware)))\b|"
                # the PCIe driver said not to work with the modem: "the native pci driver will not work", "the MHI driver
                # fails to initialise the card", "the PCIe driver could not probe it"
                r"\b(?:PCI|" + _PCIE_DRIVER + r")\s+(?:kernel\s+)?drivers?\b" + _SAME + r"{0,20}?(?:\b(?:will|would|does|did|can|could)"
                r"(?:n't|\s*not)|\bfail(?:s|ed)?\s+to)\s+(?:\w+\s+)?(?:work|initiali[sz]e|init\w*|probe|bind|load|start|boot)\b|"
                r"\blspci(?:\s+-\w+)*\s+(?:shows?|lists?|sees?|detects?|finds?)\b" + _SAME + r"{0,60}?\b(?:but|yet|however)\b" + _SAME +
                r"{0,40}?(?:\bno\s+(?:/dev/)?(?:wwan\w*|mhi\w*|cdc-wdm\w*|(?:kernel\s+)?driver|modem device)|"
                r"\b(?:not|n't|never)\s+(?:bound|claimed|(?:get|gets|got|have|has)\s+a\s+driver))",
                "sudo lspci -nnk (a 'Kernel driver in use' line for the modem); uname -r; ls /sys/bus/mhi/devices /sys/class/wwan"),
    # the modem seen on the PCI bus and nothing past it: not on USB, no driver, no port ("the card is listed by lspci and
    # that's it: nothing in lsusb", "it only appear in lspci", "the card itself enumerates (via lspci) as a device on the
    # PCI bus, no driver will bind to it"); a PCIe driver said not to know the modem's id ("mhi_pci_generic in the 5.10
    # kernel doesn't know this device id"); lspci -k's own line said absent ("no kernel driver in use": pciutils
    # ls-kernel.c prints "Kernel driver in use: %s", lsusb has no such line)
    StatedState("said:pcie-no-driver",
                r"\b" + _SEEN_VERB + r"\s+(?:\w+\s+){0,2}?(?:\([^()]{0,20}\)\s+)?" + _ON_PCI + _SAME + r"{0,60}?" + _NOTHING_PAST_PCI + r"|"
                r"\bonly\s+(?:\w+\s+){0,3}?" + _ON_PCI + r"|"
                r"\b" + _PCIE_DRIVER + r"\b" + _SAME + r"{0,40}?\b(?:does(?:n't| not)|did(?:n't| not)|won't|can(?:'t|not))\s+(?:yet\s+)?"
                r"(?:know|support|recogni[sz]e|list|include|have|match)\s+(?:this|the|my|your|its|that|our)\s+(?:\w+\s+)?"
                r"(?:device|id|ids|modem|card|module|PID|product)\b|"
                r"\bno\s+[`'\"]?kernel\s+driver\s+in\s+use\b|"
                # the modem said not to work in its PCIe mode ("the RM520 does not work in PCIe mode"), the PCIe driver's
                # nodes said never created ("the /dev/mhi_DUN etc devices are not created"), the PCIe driver tried in vain
                # ("no luck with xmm7360-pci")
                r"\b(?:does|do|did|will|would)(?:n't|\s+not)\s+work\s+(?:in|with|over|via|as)\s+(?:the\s+|a\s+)?(?:PCI-?e|MHI)\b|"
                r"/dev/(?:mhi_\w+|wwan\d\w*)\b" + _SAME + r"{0,40}?\b(?:(?:is|are|was|were)(?:n't|\s+not)\s+(?:being\s+)?created|"
                r"never\s+(?:get\s+)?(?:created|appears?)|(?:do|does|did)(?:n't|\s+not)\s+(?:get\s+created|appear|exist))\b|"
                r"\bno\s+luck\s+with\b[^!?\n]{0,80}?" + _PCIE_DRIVER + r"\b",  # (a link to it counts: no "." stops it)
                "sudo lspci -nnk (a 'Kernel driver in use' line for the modem); uname -r; ls /sys/bus/mhi/devices /sys/class/wwan"),
    # a patch or commit subject that enables or adds a PCIe WWAN driver or modem in a kernel configuration or driver: the
    # kernel before it had no driver for the modem ("feat: Enable MediaTek PCIe based 5G WWAN modem", "configs: enable
    # CONFIG_MTK_T7XX for x86", "bus: mhi: host: pci_generic: add support for a new T99W175 variant")
    StatedState("said:pcie-no-driver",
                PATCH_SUBJECT + _ADDS + _SAME + r"{0,60}?(?:\b(?:t7xx|iosm|mhi\w*|PCI-?e)\b" + _SAME +
                r"{0,40}?\b(?:WWAN|modems?|drivers?|support|config\w*)\b|\bCONFIG_(?:MTK_T7XX|IOSM|MHI_\w+)\b)|"
                # the PCIe driver's own area in the subject: "bus: mhi: host: pci_generic: add support for ...", "net: wwan:
                # t7xx: add the PCI ID of ..."
                r"^\W{0,3}(?:[\w/.-]+:\s+)*(?:mhi|t7xx|iosm|pci_generic)[\w-]*:\s+(?:[\w/.-]+:\s+)*" + _ADDS + _SAME +
                r"{0,60}?\b(?:support|PCI\s+IDs?|ids?|variants?|modems?|devices?)\b",
                "sudo lspci -nnk (a 'Kernel driver in use' line for the modem); uname -r; zcat /proc/config.gz | grep -E "
                "'MTK_T7XX|IOSM|MHI_BUS|MHI_WWAN'"),
    # the same, in Chinese: "不支持PCIe模式的5G模块" (PCIe mode not supported), "没找到...pcie...驱动" (the PCIe driver
    # was not found), "没法使用pcie通道" (cannot use the PCIe channel)
    StatedState("said:pcie-no-driver",
                r"(?:不支持|不支援|无法使用|没法使用|不能使用|用不了|无法识别|识别不到)[^。！？\n]{0,12}?(?:PCI-?e|M\.2|MHI)|"
                r"(?:PCI-?e|M\.2|MHI)[^。！？\n]{0,20}?(?:不支持|不支援|无法使用|没法使用|不能使用|用不了|识别不到|检测不到|没有驱动|无驱动|缺少驱动)|"
                r"(?:没找到|没有找到|找不到|未找到|没有|缺少)[^。！？\n]{0,30}?(?:pcie|mhi|t7xx|iosm|sprd)[^。！？\n]{0,12}?驱动",
                "sudo lspci -nnk; uname -r; ls /sys/bus/mhi/devices /sys/class/wwan",
                unless=_CHINESE_HEDGE),
    # a USB stick of a vendor whose sticks start as a driver CD, said not to be seen: Huawei E-series and ZTE
    # MF-series (the two vendors with most storage-mode ids in usb_modeswitch's data, modeswitch-ids.csv: 12d1 150
    # rows, 19d2 74; 40-usb_modeswitch.rules:15 switches any Huawei device whose interface 0 is mass storage)
    StatedState("said:storage-stick-not-seen", "",
                "lsusb (a storage id such as 12d1:1f01, 12d1:1c0b, 19d2:2000 is the stick before its switch)"),
    # lsusb names the stick only by its maker ("lsusb shows I have ... ONDA Communication S.p.A. connected", "lsusb lists
    # ZTE WCDMA Technologies MSM"): no model, no id. {STICK_MAKERS} are the makers usb-modeswitch-data's model names
    # start with (knowledge.switch_vendor_ids), the companies whose sticks start as a driver CD; lsusb prints the
    # usb.ids vendor name, the maker's word and its company words
    StatedState("said:stick-maker-listed",
                r"\blsusb\b[^.!?]{0,30}?\b(?:shows?|showed|lists?|listed|says|said|gives|gave|reports?)\b"
                # no id before the maker, and no model number or id in the words after it: the maker's name alone
                r"(?:(?![0-9a-fA-F]{4}:[0-9a-fA-F]{4})[^.!?]){0,60}?\b(?-i:{STICK_MAKERS})"
                r"(?![^!?\n]{0,40}?(?:\b[A-Z]{1,5}-?\d{2,}|\b[0-9a-fA-F]{4}:[0-9a-fA-F]{4}\b))",
                "lsusb (the id: a storage-mode id such as 19d2:2000 or 12d1:1f01 is the stick before its switch)",
                context=True),
    # the stick said to have switched: "The stick switched fine", "usb_modeswitch: switched to 12d1:1436" (usb_modeswitch's
    # log line "Mode switch succeeded" / the dispatcher's "switched to VID:PID"), "the mode switch worked": an id named
    # beside it is the modem after its switch, not a stick left in storage mode
    StatedState("said:switch-done",
                r"\b(?:switch(?:es|ed)?|mode[- ]?switch(?:ed|ing)?)\s+(?:fine|ok|okay|successfully|correctly|properly|as expected|"
                r"without (?:any )?(?:problems?|issues?))\b|\busb[_-]?mode[_-]?switch:\s+switched\s+to\b|"
                r"\bmode[- ]?switch(?:ing)?\s+(?:succeeded|succeeds|worked|works|was successful|is fine)\b|"
                # the id after the switch told: "usb_modeswitch gets the dongle to be detected as ID 19d2:0031", "after the
                # switch it shows up as 12d1:1506", "it switches to 19d2:0117"
                r"\busb[_-]?mode[_-]?switch\b[^.!?]{0,80}?\b(?:detected|seen|listed|recogni[sz]ed|shows?(?:\s+up)?|appears?|"
                r"re-?enumerat\w*|comes?\s+(?:up|back))(?:\s+(?:it|the\s+\w+))?\s+as\s+(?:ID\s+)?[0-9a-f]{4}:[0-9a-f]{4}\b|"
                r"\bafter\s+(?:the\s+)?(?:mode[- ]?)?switch(?:ing)?\b[^.!?]{0,40}?\b(?:detected|seen|listed|recogni[sz]ed|"
                r"shows?(?:\s+up)?|appears?|re-?enumerat\w*|comes?\s+(?:up|back))(?:\s+(?:it|the\s+\w+))?\s+as\s+(?:ID\s+)?"
                r"[0-9a-f]{4}:[0-9a-f]{4}\b|"
                r"\b(?:it|the\s+(?:stick|dongle|modem))\s+(?:then\s+)?switch(?:es|ed)\s+(?:over\s+)?to\s+(?:ID\s+)?[0-9a-f]{4}:[0-9a-f]{4}\b|"
                # a success story: "I got it working with usb-modeswitch", "usb_modeswitch fixed it"
                r"\b(?:got|have)\s+(?:it|the\s+\w+|my\s+\w+)\s+(?:\w+\s+)?working\s+(?:with|after|by\s+installing|using|thanks\s+to)\s+"
                r"(?:the\s+)?usb[_-]?mode[_-]?switch\b|\busb[_-]?mode[_-]?switch\b[^.!?]{0,20}?\b(?:fixed|solved)\s+it\b",
                "lsusb (the id after the switch); journalctl -b | grep -i usb_modeswitch", context=True,
                unless=r"(?:\bnever|\bnot|n't)\s+(?:\w+\s+)?(?:switch|mode)"),
    # ... or told by the modem the log reports once the stick switched ("once usb_modeswitch was installed, dmesg
    # reported a modem", "it is now recognised as a modem"; German "tail /var/log/messages zeigte mir ein erkanntes Modem
    # an", "wird jetzt als Modem erkannt"): the storage mode is over, whatever fails next is another layer's
    StatedState("said:switch-done",
                r"\b(?:log|dmesg|syslog|messages|kernel)\b[^.!?]{0,40}?\b(?:shows?|showed|reports?|reported|lists?|listed)\s+"
                r"(?:me\s+)?(?:an?|the)\s+(?:recogni[sz]ed\s+|detected\s+|new\s+)?(?:GSM\s+|USB\s+|[34]G\s+|UMTS\s+)?modem\b(?!\s+as\b)|"
                r"\b(?:now|then|finally)\s+(?:\w+\s+)?(?:recogni[sz]ed|detected|seen)\s+as\s+an?\s+(?:\w+\s+)?modem\b",
                "lsusb (the id after the switch); journalctl -b | grep -i usb_modeswitch", context=True,
                unless=r"(?:\bnever|\bnot|n't|\bno)\s+(?:\w+\s+){0,2}?(?:modem|recogni|detect|seen|shows?|report|switch)"),
    StatedState("said:switch-done",
                r"\b(?:zeigte?|meldete?|listete?)\s+(?:\w+\s+){0,3}?(?:ein(?:en)?\s+)?erkannte[sn]?\s+(?:UMTS-?|GSM-?|USB-?)?Modem\b|"
                r"\b(?:jetzt|nun|dann|danach|endlich)\s+(?:\w+\s+)?als\s+(?:\w+\s+)?Modem\s+erkannt\b",
                "lsusb (the id after the switch); journalctl -b | grep -i usb_modeswitch", context=True,
                unless=r"\b(?:nicht|kein\w*|nie)\b", language="de"),
    # the person wrote their own switch for the stick: a udev rule that runs usb_modeswitch ('ATTRS{idVendor}=="12d1",
    # ATTRS{idProduct}=="14a8", RUN+="usb_modeswitch '%b/%k'"', the form of usb_modeswitch's own 40-usb_modeswitch.rules),
    # a file of their own in /etc/usb_modeswitch.d/ (the local configuration directory; the packaged data is under
    # /usr/share/usb_modeswitch), or the same told in words ("I had to write a udev rule for usb_modeswitch", "keep the
    # udev line that calls usb_modeswitch"): the id needed a switch that the installed data did not give it
    StatedState("said:own-switch-rule",
                _UDEV_RUNS_MODESWITCH + r"|"
                r"\b(?:created|create|wrote|write|written|made|make|added|add|put|keep|kept)\b[^.!?\n]{0,40}?"
                r"/etc/usb[_-]?mode[_-]?switch\.d/|"
                r"\b(?:created|create|wrote|write|written|made|make|added|add|put|keep|kept|my\s+own|custom|own)\b[^.!?\n]{0,40}?"
                r"\b(?:udev\s+(?:rule|line|entry)s?|rules?\s+file|config(?:uration)?\s+file|config(?:uration)?|entry|rule)\b"
                r"[^.!?\n]{0,40}?\busb[_-]?mode[_-]?switch\b|"
                r"\busb[_-]?mode[_-]?switch\b[^.!?\n]{0,30}?\b(?:udev\s+)?(?:rule|config(?:uration)?(?:\s+file)?)\b[^.!?\n]{0,20}?"
                r"\b(?:I|we)\s+(?:created|wrote|made|added|had\s+to\s+(?:write|add|create|make))\b",
                "cat /etc/udev/rules.d/*modeswitch* /etc/usb_modeswitch.d/* 2>/dev/null; lsusb (the id now)",
                context=True, any_line=True),
    # usb_modeswitch is not installed or not found on the system
    StatedState("said:modeswitch-missing",
                # the package there, but what runs it at plug-in missing: its udev rule or its configuration directory said
                # not installed or empty ("`/etc/usb-modeswitch.d` is not populated and the rules for udev are not installed";
                # usb-modeswitch-data's 40-usb_modeswitch.rules runs the dispatcher, a distribution may leave it inactive)
                r"[`'\"]?(?:/etc/|/lib/udev/rules\.d/|/usr/share/)?(?:40-)?usb[_-]?mode[_-]?switch(?:\.d|\.rules)[`'\"]?\s+(?:is|are|was|were)"
                r"(?:n't|\s+not)\s+(?:populated|installed|present|there|created|active)\b|"
                r"\busb[_-]?mode[_-]?switch\b" + _SAME + r"{0,80}?\b(?:udev\s+rules?|rules?\s+for\s+udev)\s+(?:\w+\s+)?(?:is|are|was|were)"
                r"(?:n't|\s+not)\s+(?:installed|present|there|active|loaded)\b|"
                r"\b(?:did|do|does|could|can)(?:n't| ?not)\s+(?:find|see|have)\s+(?:the\s+|any\s+)?usb[_-]?mode[_-]?switch\b|"
                r"\busb[_-]?mode[_-]?switch\s+(?:package\s+)?(?:is|was)\s+(?:not\s+(?:installed|available|there|present|included)|missing)\b|"
                r"\b(?:no|without)\s+usb[_-]?mode[_-]?switch\b|\busb[_-]?mode[_-]?switch: (?:command )?not found|"
                # "usb_modeswitch is not part of the firmware build", "the image does not ship usb-modeswitch"
                r"\busb[_-]?mode[_-]?switch\s+(?:package\s+)?(?:is|was)(?:n't|\s+not)\s+(?:part\s+of|in|included\s+in|shipped\s+(?:in|with))\s+"
                r"(?:the\s+|this\s+|our\s+)?(?:\w+\s+){0,2}?(?:image|build|firmware|system|distro|distribution|release|rootfs)\b|"
                r"\b(?:image|build|firmware|system|rootfs)\s+(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:ship|include|contain|have|carry)\s+"
                r"(?:the\s+)?usb[_-]?mode[_-]?switch\b|"
                # a system or build said to lack it: "the builds are missing usb-modeswitch", "the image lacks usb_modeswitch"
                r"\b(?:missing|lacks?|lacking)\s+(?:the\s+)?usb[_-]?mode[_-]?switch\b(?!\s+(?:config|data|entry|rule))|"
                # named, then said missing as "the package" or "the tool": "works with usb-modeswitch, but this software
                # package was missing", "usb_modeswitch is needed, but that package is not installed here"
                r"\busb[_-]?mode[_-]?switch\b" + _SAME + r"{0,80}?\b(?:this|that|the)\s+(?:software\s+)?(?:package|tool|program|utility)\s+"
                r"(?:is|was)\s+(?:missing|absent|not\s+(?:installed|there|present|included|available))\b|"
                # asked to be added to an image or build (a request, not a how-to's step): "please add usb-modeswitch to the
                # image, the LTE dongles need it", "pls include usb_modeswitch in the default packages"
                + _ASKED + r"(?:add|include|ship|install|put)\s+(?:the\s+)?usb[_-]?mode[_-]?switch\b(?:[-_]data)?\s+(?:package\s+)?"
                r"(?:to|in|into|with)\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:\w+\s+){0,2}?(?:images?|builds?|firmwares?|releases?|"
                r"rootfs|packages|buildconfig|defconfig|(?:package\s+)?lists?|package\s+selection)\b|"
                # ... or told at the start of the sentence, as an issue's imperative, for the default set of a build ("Add
                # usb_modeswitch to the default package list"); a how-to's step ("Add usb-modeswitch to the image with ...") is not
                r"^\W*(?:add|include)\s+(?:the\s+)?usb[_-]?mode[_-]?switch\b(?:[-_]data)?\s+(?:package\s+)?(?:to|in|into)\s+(?:the\s+)?"
                r"(?:default\s+(?:package\s+)?(?:lists?|packages|selection|config\w*|images?|builds?)|buildconfig|defconfig)\b|"
                # the builds said to come without it: "the router builds ship without the usb-modeswitch package"
                r"\b(?:images?|builds?|firmwares?|releases?|rootfs)\s+(?:ships?|shipped|comes?|came|(?:is|are|was|were)\s+(?:built|made))\s+"
                r"without\s+(?:the\s+)?usb[_-]?mode[_-]?switch\b",
                "which usb_modeswitch; ls /lib/udev/rules.d/40-usb_modeswitch.rules"),
    # usb_modeswitch (or its data package) is installed but too old for the stick: no entry switches it ("usb-modeswitch
    # 2.2.5 is too old and does not support the DWM-222 yet", "usb-modeswitch-data has no entry for this dongle");
    # Japanese "usb-modeswitch コマンドが 2.2.5 と古く、まだ DWM-222 をサポートしていない" (old, does not support it yet)
    StatedState("said:modeswitch-data-lacks",
                r"\busb[_-]?mode[_-]?switch(?:[_-]data)?\b" + _SAME + r"{0,60}?\b(?:is|was|are|seems?)\s+(?:\w+\s+)?(?:too\s+old|"
                r"outdated|out\s+of\s+date)\b|"
                r"\busb[_-]?mode[_-]?switch(?:[_-]data)?\b" + _SAME + r"{0,60}?\b(?:does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:yet\s+)?"
                r"(?:support|know|list|include|contain|have)\s+(?:an?\s+(?:entry|config\w*)\s+for\s+)?(?:the\s+|my\s+|this\s+|"
                r"that\s+|its\s+)?(?:[\w-]+\s+)?(?:stick|dongle|modem|device|it|id)\b|"
                r"\busb[_-]?mode[_-]?switch(?:[_-]data)?\b" + _SAME + r"{0,40}?\bhas\s+no\s+(?:entry|config\w*|rule)\s+for\b|"
                r"usb[_-]?mode[_-]?switch[^。\n]{0,60}?(?:古く|古い|古すぎ)[^。\n]{0,60}?(?:サポートしていない|対応していない)",
                "usb_modeswitch --version; dpkg -l usb-modeswitch-data (or the data package's date); lsusb"),
    # a connection program's error that the stick has too few serial ports: Vodafone Mobile Connect's "Device setup not
    # completed ... needs at least two serial ports to communicate with your <device>" (vodafone-mobile-connect
    # src/vodafone-mobile-connect/vmc/gtk/startup.py:209-223, DeviceLacksExtractInfo: "not properly registered with the
    # kernel", fixed by its udev rules and switching binaries), as people retell it: "an error about not enough serial
    # interfaces"; a stick that has not switched shows no serial ports at all
    StatedState("said:too-few-serial-ports",
                r"\b(?:error|complain\w*|says?|said|message|reports?|returned|warn\w*|tells?|told)\b" + _SAME + r"{0,40}?"
                r"\b(?:not enough|too few|insufficient|(?:does(?:n't|\s+not)\s+have|has(?:n't|\s+not)(?:\s+got)?)\s+enough)\s+"
                r"(?:serial|tty|modem)\s+(?:ports?|interfaces?|devices?)\b|"
                r"\bneeds? at least (?:two|2|three|3) serial ports\b",
                "lsusb; lsusb -t (usb-storage only, or option/cdc_acm on the interfaces); ls /dev/ttyUSB* /dev/ttyACM*"),
    # taking usb_modeswitch (or its data package, or its configuration for the device) away fixes the modem: "Downgrading
    # this package to the version before 20151101 solves the problem, i.e. usb_modeswitch doesn't interfere", "after
    # removing /etc/usb_modeswitch.d/12d1:1573 all interfaces are back": what usb_modeswitch did to the device is the fault
    StatedState("said:modeswitch-removal-fixes",
                # usb_modeswitch, its package or one of its files taken away, then the fix
                _TAKEN_AWAY + r"\S*?usb[_-]?mode[_-]?switch\S*" + _SAME + r"{0,120}?" + _FIXED + "|"
                # "this package" / "the file" taken away, the fix, and usb_modeswitch named in the words that follow
                # ("..., i.e. usb_modeswitch doesn't interfere")
                + _TAKEN_AWAY + r"(?:package|(?:config(?:uration)?\s+)?file)\b" + _SAME + r"{0,120}?" + _FIXED
                + r"[^!?\n]{0,200}?\busb[_-]?mode[_-]?switch",
                "cat /etc/usb_modeswitch.d/VID:PID; usb_modeswitch's package version; lsusb -v (the configurations the device offers)",
                unless=r"\b(?:fix\w*|solv\w*|help\w*)\s+nothing\b|\b(?:did|does|do)(?:n't|\s+not)\s+(?:help|fix|solve)\b",
                context=True),
    # the modem worked on the same machine under a desktop distribution the person left ("I was using linux mint and
    # everything worked fine", "it worked perfectly on Ubuntu", "coming from Fedora, where the WWAN just worked"): those
    # ship ModemManager and NetworkManager's WWAN plugin; a minimal system installed instead may not (context: the rule
    # stated-modemmanager-absent-minimal-system pairs it with the system the post now names)
    StatedState("said:worked-on-desktop-distro",
                r"\b(?:was|were|had\s+been|I'd\s+been)\s+(?:using|running|on)\s+" + _DESKTOP_DISTRO + _SAME +
                r"{0,60}?\b(?:worked|working|was\s+fine|were\s+fine|ran\s+fine)\b|"
                r"\b(?:worked|was\s+working|ran)\s+(?:\w+\s+){0,2}?(?:on|in|with|under)\s+" + _DESKTOP_DISTRO + r"|"
                r"\b(?:switch\w*|mov\w*|migrat\w*|coming|came)\s+(?:over\s+)?from\s+" + _DESKTOP_DISTRO + _SAME +
                r"{0,60}?\b(?:worked|working|was\s+fine|just\s+works?)\b",
                "pacman -Q modemmanager / the package manager's query; systemctl status ModemManager", context=True,
                unless=r"(?:\b(?:never|not|neither|nor)\b|n't)[^.!?]{0,20}?\b(?:work|worked|working|fine)\b"),
    # the machine runs a minimal or server image, which installs no ModemManager ("Raspberry Pi OS Lite", "Ubuntu Server
    # 22.04", "a Debian netinst", "a minimal install"): NetworkManager, where it is there, then has no modem to show
    # (context: the rule stated-modemmanager-absent-minimal-image pairs it with the manager seeing no modem)
    StatedState("said:minimal-image",
                r"\b(?:Raspberry\s?Pi\s+OS|Raspbian|RPi\s?OS|Ubuntu|Debian|Armbian|Fedora|Rocky(?:\s+Linux)?|Alma\s?Linux)(?:\s+\w+)?"
                r"(?:\s+\d[\d.]*)?\s+(?:Lite|Server|minimal|netinst|headless|cloud\s+image)\b|"
                r"\b(?:minimal|server|headless|lite)\s+(?:install(?:ation)?|image|edition|version)\b",
                "apt list --installed 2>/dev/null | grep -iE 'modemmanager|network-manager'; systemctl status ModemManager",
                context=True, unless=r"\b(?:desktop|full)\s+(?:image|version|edition|install)"),
    # the modem works in Linux only after Windows ran (a warm reboot from Windows): a laptop module whose FCC lock
    # is set at every power-up (knowledge.md 2.12) keeps the unlock Windows' driver sent while it stays powered
    StatedState("said:works-after-windows",
                r"\bWindows\b(?:[^.!?]|[.](?=\S)){0,100}?\b(?:warm[- ]?(?:re)?boot\w*|(?:re)?boot\w* (?:in)?to Linux|reboot\w*|"
                r"restart\w*)\b(?:[^.!?]|[.](?=\S)){0,80}?\b(?:works?|working|fine|connects?|reconnect\w*|registers?)\b|"
                r"\b(?:works?|working|fine|connects?)\b[^.!?]{0,60}?\b(?:only\s+)?(?:after|once)\s+(?:I\s+)?(?:have\s+)?"
                r"(?:(?:warm[- ]?)?(?:re)?boot\w*|(?:re)?start\w*|us\w+|run\w*|been in)\s+(?:(?:from|in|into|with|to)\s+)?Windows\b",
                "mmcli -m any (state, power state); rfkill list; lsusb (the id against the FCC unlock table)",
                unless=r"\b(?:does(?:n't| not)|did(?:n't| not)|stopped|no longer|can(?:'t|not)|never)\s+(?:work|connect)"),
    # the modem works under Windows on the same machine ("it works properly under Windows 11", "in Windows the WWAN card
    # connects fine", "the module works perfectly with Windows"): the card and the SIM are sound, what differs is the OS
    # (context: with a laptop module of a locking maker, rules/stated-fcc-laptop-module-works-on-windows.yaml); another
    # computer running Windows is said:works-on-other-host's
    StatedState("said:works-under-windows",
                r"\b(?:it|(?:the|my|this|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?(?:modem|module|card|WWAN|LTE|4G|5G)(?:\s+(?:card|module))?)\s+"
                r"(?:also\s+|still\s+)?(?:works?|worked|is\s+working|runs?|connects?)\s+(?:properly\s+|fine\s+|perfectly\s+|well\s+|"
                r"great\s+|flawlessly\s+|without\s+(?:any\s+)?problems?\s+)?(?:under|in|on|with|from)\s+Windows(?:\s+\d+)?\b"
                r"(?!\s+(?:PC|machine|laptop|box|computer))|"
                r"\b(?:under|in|on)\s+Windows(?:\s+\d+)?\s*,?\s+(?:it|the\s+(?:\w+\s+)?(?:modem|module|card|WWAN))\s+(?:works?|worked|"
                r"connects?|is\s+working)\b",
                "mmcli -m any (state, power state); lsusb / lspci -nn (the id against the FCC unlock table)",
                context=True, unless=r"(?:\b(?:not|never|neither|nor)\b|n't)[^.!?]{0,20}?\b(?:work|connect)|\bwarm[- ]?(?:re)?boot"),
    # the person names the laptop module's FCC lock as what keeps it from working: the module "is FCC locked", "the
    # problem is the FCC authentication", "the FCC unlock fails / is not supported", "it needs the FCC unlock"
    # (knowledge.md 2.12: Lenovo, Dell and HP modules keep their radio off until the vendor unlock is sent)
    StatedState("said:fcc-lock",
                r"\b(?:is|are|'s|still|seems to be|being)\s+(?:an?\s+)?FCC[\s-]*lock(?:ed)?\b|"
                # the lock named as the cause: "That's the FCC lock Lenovo ships these cards with", "it is due to the FCC lock"
                r"\b(?:that'?s|that is|it'?s|it is|this is|because of|due to|caused by)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?FCC[\s-]*lock\b|"
                r"\b(?:problem|issue|culprit|blocker)\b(?:\s+\w+){0,3}?\s+(?:is|was|seems to be)\s+(?:with\s+)?(?:the\s+|an?\s+)?"
                r"[\"'“]?FCC\b|"
                r"\bFCC[\s-]*(?:unlock|authenti[cz]ation|auth)\w*[\"'”]?" + _SAME + r"{0,40}?"
                r"(?:\b(?:does|did|do|will|would)(?:n't| not)\s+(?:work|succeed|help|run)|\bwon't\s+(?:work|run)|\bfail(?:s|ed|ing)?\b|"
                r"\b(?:is|was)\s+not\s+supported\b|\bunsupported\b)|"
                r"\b(?:needs?|requires?)\s+(?:an?\s+|the\s+)?FCC[\s-]*(?:unlock|authenti[cz]ation)\b|"
                # "which requires to be FCC unlocked after booting", "it has to be FCC-unlocked at every boot"
                r"\b(?:needs?|requires?|has|have|must)\s+(?:to\s+)?be\s+FCC[\s-]*unlocked\b|"
                # "FCC unlock was required by an EVE user"; "FCC-locked modems are in disabled state and in low-power mode"
                r"\bFCC[\s-]*(?:unlock|authenti[cz]ation)\w*\s+(?:is|was|were|are)\s+(?:still\s+|also\s+)?(?:needed|required|"
                r"necessary)\b|\bFCC[\s-]*locked\s+(?:modems?|modules?|cards?|devices?)\s+(?:are|stay|remain|is|stays|remains)\s+"
                r"(?:in\s+)?(?:(?:a|the)\s+)?(?:disabled|low[- ]power|off\b)|"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable to)\s+(?:get|make|do|run|send|perform)\s+(?:an?\s+|the\s+)?"
                r"FCC[\s-]*(?:unlock|authenti[cz]ation)\b|"
                # the FCC unlock named, and one of the next three sentences tells "the unlock" failing: "We ship the FCC
                # unlock scripts. Without xxd the unlock fails." (not a condition there: "If xxd is missing, the unlock fails")
                r"\bFCC[\s-]*unlock\w*\b[^.!?\n]{0,200}[.!?](?:\s+[^.!?\n]{1,200}[.!?]){0,2}\s+(?!(?:if|when|unless|once|whether)\b)(?:[^.!?\n]{0,120}?\s)?"
                r"the\s+unlock(?:ing)?\s+(?:to\s+)?(?:fail(?:s|ed|ing)?|(?:does|did)(?:n't|\s+not)\s+(?:work|succeed))\b",
                "mmcli -m any (state, power state); rfkill list; lsusb or lspci -nn (the id against the FCC unlock table); "
                "journalctl -b -u ModemManager | grep -iE 'fcc|unlock'",
                unless=r"\b(?:(?<!\bnothing )(?:it |modem |card )?works(?: now| fine)?|working now|fixed|solved|resolved|(?:is |got )connected|"
                       r"ran (?:fine|ok|successfully)|succeeded)\b"),
    # the lock back, or still there with the unlock run (stop 33): "Now I have the fcc-lock state and could not get rid of
    # it", "after swapping the SIM the modem went back to the locked state and the unlock service no longer lifts it",
    # "the DPR and FCC unlock service runs at boot but the modem stays disabled" (lenovo-wwan-unlock's service checks the
    # SIM and the platform at every start and leaves the module locked when either is refused; knowledge.md 2.12)
    StatedState("said:fcc-lock",
                r"\b(?:have|has|had|got|get|gets|in|into|is|was)\s+(?:the\s+|an?\s+)?FCC[\s-]*lock(?:ed)?\s+(?:state|mode|status)\b|"
                r"\bFCC[\s-]*lock(?:ed)?\b" + _SAME + r"{0,30}?\b(?:is\s+|was\s+)?(?:back|again)\b|"
                r"\b(?:went|goes|go|is|was|falls?|fell|returns?|returned|came|comes)\s+back\s+(?:in)?to\s+(?:the\s+|its\s+)?"
                r"(?:FCC[\s-]*)?locked\s+(?:state|mode)\b(?=" + _UPTO + r"\bunlock)|"
                r"\b" + _UNLOCK_TOOL + _SAME + r"{0,60}?\b(?:no\s+longer|does(?:n't|\s+not)|did(?:n't|\s+not)|won't|can(?:'t|not))\s+"
                r"(?:lifts?|removes?|clears?|releases?|unlocks?|get\s+rid\s+of)\b|"
                r"\b" + _UNLOCK_TOOL + _SAME + r"{0,60}?\b(?:but|yet|still|however)\b" + _SAME + r"{0,30}?\b(?:modem|module|card|radio|"
                r"WWAN|it)\s+(?:still\s+)?(?:stays?|remains?|is\s+still|keeps?\s+being|is)\s+(?:disabled|off|locked|in\s+low[- ]?power)\b",
                "mmcli -m any (state, power state); journalctl -b | grep -iE 'fcc|unlock|SIM'",
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|succeeded|successfully)\b"),
    # a request for the vendor unlock to cover a laptop or module ("Please add FCC unlock support for the X1 Carbon Gen
    # 12", "Request: support for the T14 Gen 5 in lenovo-wwan-unlock", "Is there an unlock for the Latitude 7440's
    # DW5932e?"): the module is locked on that machine and the unlock does not cover it yet. A request is asked, so a
    # question reads too (suspected)
    StatedState("said:unlock-support-request",
                r"\b(?:add\w*|request\w*|please|plans?\s+to|could\s+you|can\s+you|would\s+you|will\s+you)\s+"
                r"(?:\w+\s+){0,3}?(?:FCC[\s-]*|WWAN[\s-]*|DPR[\s-]*)*unlock(?:ing)?\s+(?:support|for)\b|"
                r"\b(?:support|add)\s+(?:for\s+)?" + _SAME + r"{0,60}?\b(?:in|to|from)\s+(?:the\s+)?" + _UNLOCK_TOOL + r"|"
                r"(?:\[\s*request\s*\]|\brequest\b|\bplans?\s+to\s+support\b)" + _SAME + r"{0,80}?\b" + _UNLOCK_TOOL + r"|"
                r"\b(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:FCC[\s-]*|WWAN[\s-]*)?unlock\w*\s+(?:\w+\s+)?(?:for|on)\b",
                "mmcli -m any (state, power state); ls /usr/lib*/ModemManager/fcc-unlock.d/ /etc/ModemManager/fcc-unlock.d/ "
                "(the module's id); journalctl -b | grep -iE 'fcc|unlock'", suspected=True,
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|succeeded|successfully|thanks?|thank\s+you|"
                       r"(?:works?|runs?|connects?)\s+(?:fine|perfectly|great|well))\b"),
    # a request that a tool support a machine or a module ("[Request] RW350R-GL support for X13 Gen 6", "please add
    # support for the T16 Gen 3"): on its own a wish; with a laptop's FCC-locked module that ModemManager already lists,
    # the support asked for is the unlock (the driver already serves it)
    StatedState("said:support-request",
                r"(?:\[\s*(?:feature\s+)?request\s*\]|^\W*(?:feature\s+)?request\b)" + _SAME + r"{0,100}?\bsupport\b|"
                r"\b(?:please|pls|could\s+you|can\s+you|would\s+you)\s+(?:\w+\s+){0,2}?add\s+(?:\w+\s+){0,2}?support\s+for\b|"
                r"\b(?:any\s+)?plans?\s+to\s+support\b|"
                # an issue's title ("Support Quectel EM05-G on T14s AMD", "Support for ThinkPad X12 Detachable Gen 1 with Intel
                # XMM7360") or a wish for support of the writer's own machine ("I would really appreciate support for my setup")
                r"^\W*(?:\[\s*\w+\s*\]\s*)?support\s+(?:for\s+)?(?:the\s+)?(?:\S+\s+){1,5}?(?:on|with)\s+[^.!?]{2,60}$|"
                r"\b(?:appreciate|need|want|wish\s+for|hope\s+for|waiting\s+for)\s+(?:\w+\s+)?support\s+for\s+(?:my|this|our)\b",
                "mmcli -m any (state, power state); lspci -nnk or lsusb (the id); ls /etc/ModemManager/fcc-unlock.d/",
                suspected=True, context=True),
    # the vendor's unlock refuses the SIM's carrier or the machine, as people retell what its service logs (lenovo/lenovo-wwan-unlock
    # f3f86be DPR_Fcc_unlock_service: "Verizon SIM is detetected, Hence FCC unlock will not be executed", "Available SIM is of
    # USA, Exiting FCC unlock !", "WWAN is not supported in this machine"; its README: "Enabled only for non-USA SIM",
    # "Systems not listed are currently not supported"): "I cannot use the unlock script as I use Verizon", "US SIMs are not
    # supported by Lenovo's unlock", "the unlock tool says my machine is not supported", "this model is missing from the
    # unlock service's whitelist". The modem stays locked (knowledge.md 2.12)
    StatedState("said:fcc-lock",
                _sentence_with(r"\b" + _UNLOCK_TOOL, r"(?:" + _US_CARRIER + r"|" + _UNLOCK_TARGET + r")") + _UPTO + _UNLOCK_REFUSED,
                "journalctl -b | grep -iE 'fcc|unlock|USA'; mmcli -m any (state, power state)",
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|succeeded|successfully)\b"),
    # the modem said to be disabled under Linux as such (not by a switch): on these makers' laptops the FCC lock
    # (knowledge.md 2.12): "I didn't realize it would be disabled in Linux", "the WWAN card is disabled under Linux"
    StatedState("said:disabled-under-linux",
                r"\b(?:WWAN|modem|module|card|it|modems|cards)\s+(?:(?:is|are|was|were|would\s+be|will\s+be|gets?|stays?|remains?|"
                r"seems\s+to\s+be)\s+)?(?:\w+\s+)?disabled\s+(?:in|under|on|for)\s+Linux\b|"
                r"\b(?:Lenovo|Dell|HP|they|the\s+(?:maker|vendor|manufacturer))\s+(?:\w+\s+)?disables?\s+(?:the\s+|its\s+)?(?:WWAN|modem|module|"
                r"card)s?\s+(?:\w+\s+)?(?:in|under|on|for)\s+Linux\b",
                "mmcli -m any (state, power state); rfkill list; journalctl -b | grep -iE 'fcc|unlock'",
                unless=r"\b(?:rfkill|BIOS|UEFI|switch|airplane|flight|TLP)\b", context=True),
    # a laptop of a maker that ships its WWAN modules FCC-locked (Lenovo ThinkPad, Dell Latitude, HP EliteBook/ProBook;
    # knowledge.md 2.12, ModemManager's fcc-unlock.available.d ids are these makers' builds): where the modem sits
    StatedState("said:locking-laptop-maker",
                r"\b(?:Lenovo|ThinkPad|Dell|Latitude|HP|Hewlett[- ]Packard|EliteBook|ProBook|ZBook)\b|"
                # a ThinkPad named by its series and generation only ("P16 Gen 3", "X13 Gen 3", "X1 Carbon Gen 10", "T14s Gen 4")
                r"\b(?:X1\s+(?:Carbon|Yoga|Nano|Extreme|2-in-1)|X1[23](?:\s+(?:Yoga|Detachable|2-in-1))?|[TPL]1[3-6][sp]?|P1|P14s|"
                r"P15[sv]?|P16[sv]?|L13(?:\s+Yoga)?)\s+Gen\s*\d+\b|"
                # a ThinkPad series that no other maker names so, written without its generation ("a `T14s` (AMD, 3rd gen)")
                r"\b(?:X1\s+(?:Carbon|Yoga)|[TP]1[46]s|P15s|X13s|T4[4-9]0s)\b",
                "sudo dmidecode -s system-manufacturer; sudo dmidecode -s system-product-name", context=True, keeps_catch_all=True),
    # the modem itself leaves the bus: it disappears, vanishes, drops off (and comes back), or restarts by itself
    # again and again. A module that does so while nothing on the host asks it to is most often short of power
    # (knowledge.md usb-power-or-reset: repeated disconnects; modules in adapters or hubs without external power).
    # The modem is the subject: an interface, an address, the SIM or a storage device that disappears is not read,
    # nor one that disappears from a program's list, nor a mode switch (the storage device leaves on purpose).
    StatedState("said:drops-off-bus",
                _MODEM_SUBJECT + _ADVERBS + r"\s+(?:disappear\w*|vanish\w*|dropp?(?:s|ed|ing)? off|f[ae]ll(?:s|ing)? off|"
                r"go(?:es)? missing|went missing|(?:gets?|got|is|was) disconnected from (?:the )?USB|disconnects? from (?:the )?USB|"
                r"(?:keeps?|kept) (?:on )?(?:resetting|rebooting|restarting|re-?enumerating)|"
                r"(?:reboot|restart|reset)(?:s|ed|ing)? (?:itself|by itself|on its own|again and again|over and over|repeatedly|"
                r"randomly|constantly)|(?:gets?|got) (?:restart|reset|reboot)\w* (?:again and again|over and over|repeatedly|"
                r"constantly))|"
                r"\b(?:drops?|dropped|falls?|fell) off (?:the )?(?:USB )?bus\b|"
                # only a USB device leaves the USB bus, whatever the sentence calls it ("the motdem resets itself and
                # disappears from the usb bus, to show up after 1-2 seconds again")
                r"\b(?:disappear\w*|vanish\w*) (?:from|off) (?:the )?(?:USB[ -]?bus|USB|bus)\b|"
                # on the bus for a while, then gone: "the device appears for 2-3 seconds on the usb bus but then disappears"
                r"\b(?:appears?|appeared|shows?\s+up|showed\s+up)\s+(?:for\s+(?:about\s+|around\s+|~\s*)?[\d.-]+\s*(?:s|secs?|seconds?|"
                r"minutes?)\s+)?(?:on|in)\s+(?:the\s+)?(?:USB[ -]?bus|USB|bus)\b" + _SAME + r"{0,20}?\b(?:and|but|then)\s+(?:then\s+)?(?:it\s+)?"
                r"(?:dis+ap+ear\w*|vanish\w*)|"
                r"\b(?:it|modem|module)\s+(?:gets?|got|keeps?|kept)\s+(?:restart|reset|reboot)\w*\s+(?:again and again|over and over|"
                r"repeatedly|constantly)\b|"
                # the resets named as a noun: "persistent USB reset drama", "constant USB disconnects", "USB reset loops"
                r"\b(?:persist\w*|constant|continuous|repeated|frequent|recurring|random|periodic|endless)\s+USB\s+"
                r"(?:resets?|disconnect(?:s|ions)?|re-?enumerations?)\b|\bUSB\s+(?:reset|disconnect)s?\s+(?:drama|storms?|loops?)\b|"
                # the USB device number the kernel gives each enumeration, told as new or climbing (knowledge.md 2.19: "device
                # number increasing"): "comes back a second later with a new device number", "the device number keeps climbing"
                r"\b(?:(?:comes?|came|coming)\s+back|(?:shows?|showed|turns?|turned)\s+up\s+again|re-?appear\w*|re-?connect\w*|"
                r"re-?enumerat\w*)\b" + _SAME +
                r"{0,30}?\bwith\s+(?:an?\s+)?(?:new|higher|different|another)\s+(?:USB\s+)?device\s+number\b|"
                # gone and back, whatever the subject ("every few minutes the stick disappears and comes back"); USB resets
                # counted ("make usb reset many time in one hour")
                r"\b(?:disappear\w*|vanish\w*|drops?\s+off|dropping\s+off)\s+(?:\w+\s+){0,3}?and\s+(?:then\s+)?(?:comes?\s+back|"
                r"re-?appears?|shows?\s+up\s+again)\b|"
                r"\bUSB\s+resets?\s+(?:\w+\s+){0,2}?(?:many|several|multiple|\d+)\s+times?\b|"
                r"\b(?:USB\s+)?device\s+number\s+(?:keeps?\s+|kept\s+)?(?:climb|increas|go(?:es|ing)?\s+up|increment|ris)\w*|"
                r"\bUSB\s+disconnect\b" + _SAME + r"{0,30}?\bnew\s+(?:USB\s+)?device\s+number\b|"
                # "it disconnect from usb and connect again", "drops off USB and comes back"
                r"\bdisconnect\w*\s+from\s+(?:the\s+)?USB\b" + _SAME + r"{0,30}?\b(?:re-?)?(?:connect\w*|comes?|came|appear\w*)\s+"
                r"(?:back|again)\b",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)|over-current|brown'; the supply's voltage at the "
                "module (datasheet minimum, 2 A peaks)",
                unless=r"\b(?:usb_?mode_?switch|mode ?switch\w*|storage|cd-?rom|composition|usbnet|from (?:the )?(?:list|GUI|UI|"
                       r"settings|app|menu|LuCI|web ?UI|page))\b|\bSIM(?:[\s-]?card)?\s+(?:\w+\s+)?(?:disappear|vanish)|"
                       # denied: "it doesn't fall off the USB bus", "it never vanishes from the USB bus"
                       r"\b(?:does(?:n't| not)|did(?:n't| not)|never|no longer)\s+(?:\w+\s+)?(?:disappear|vanish|drop|fall)"),
    # the modem back only after a while, so it was gone ("Modem reappears in ~10 seconds", "after resume the card only comes
    # back after about 15 s"); a reset the person or a program asked for (AT+CFUN=1,1, a reboot, a flash, a replug) is not
    StatedState("said:drops-off-bus",
                _MODEM_SUBJECT + _ADVERBS + r"\s+(?:only\s+)?(?:re-?appear(?:s|ed)?|comes?\s+back|came\s+back|shows?\s+up\s+again|"
                r"re-?enumerates?)\s+(?:only\s+)?(?:in|after|within)\s+(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?"
                r"(?:\d+|a\s+few|several|a\s+couple\s+of)\s*(?:s|secs?|seconds?|minutes?|mins?)\b",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)'; cat /sys/module/usbcore/parameters/quirks",
                unless=r"\b(?:AT[+!^#$]\w+|CFUN|re-?boot\w*|boot\w*|power(?:ed)?[\s-]*(?:on|off|cycl\w*)|flash\w*|firmware|upgrad\w*|"
                       r"updat\w*|mode ?switch\w*|usb_modeswitch|reset\s+(?:command|it|the)|(?:I|we)\s+(?:reset|restart|unplug|"
                       r"replug|plug|unbind|rebind)\w*|modprobe|re-?plug\w*|unplug\w*)\b"),
    # USB autosuspend (or the power tools that turn it on: TLP, powertop) beside the modem dropping off, or turning it off
    # keeping the modem up (knowledge.md 2.19: power/control = auto on the modem, "Error autopm"): "with TLP disabled it
    # stays up", "autosuspend kills the card after a few minutes idle"; the module browning out on a weak supply
    StatedState("said:drops-off-bus",
                r"\b(?:USB\s+)?(?:autosuspend|auto-suspend|runtime\s+PM|power\s+saving|TLP|powertop)\b" + _SAME + r"{0,60}?\b(?:kill\w*|"
                r"break\w*|broke|drop\w*|disconnect\w*|disappear\w*|vanish\w*|reset\w*|cut\w*\s+off)\b|"
                r"\b(?:with|after|once)\s+(?:I\s+)?(?:USB\s+)?(?:autosuspend|auto-suspend|runtime\s+PM|power\s+saving|TLP|powertop)\s+"
                r"(?:(?:was|is|got|has\s+been)\s+)?(?:disabled|turned\s+off|switched\s+off|off|removed|uninstalled)\b" + _SAME + r"{0,40}?\b(?:stays?\s+(?:up|connected|"
                r"there|stable)|works?|is\s+stable|no\s+more\s+(?:drops|disconnects))\b|"
                r"\b(?:modem|module|card|it|stick|dongle)\s+(?:is\s+|keeps\s+)?brown(?:s|ed|ing)?[- ]?out\b|\bbrown-?outs?\b",
                "cat /sys/bus/usb/devices/*/power/control (auto = autosuspend on); sudo dmesg | grep -iE 'autopm|usb .*(disconnect|reset)'; "
                "the supply's voltage at the module",
                unless=_NO_BROWNOUTS),
    # the modem does not see the SIM card: not detected, not recognised, not read, "insert a SIM" while one is in,
    # or a SIM that works in a phone but not in the modem (knowledge.md sim-problem: SIM missing, not detected, wrong
    # slot; the tray, the contacts or the card's voltage class). A SIM that merely "works in my phone" is the person's
    # check, not a fault: it is not read.
    StatedState("said:sim-not-detected",
                # the modem, a tool or a page does not detect, see or read the SIM ("the router is not recognizing my SIM",
                # "the status page shows that there is no SIM card inserted"): the clause grammar; here the shapes it
                # does not read
                r"\bno SIM(?:[\s-]?card)? (?:is )?(?:detected|found|recogni[sz]ed|present)\b|"
                r"\bSIM(?:[\s-]?card)?\s+(?:is\s+)?not\s+inserted\b" + _SAME + r"{0,40}?\b(?:although|even though|though|but|while)\b"
                r"[^.!?]{0,30}?\b(?:inserted|in (?:the )?(?:slot|tray)|is in)\b|"
                r"\b(?:says?|said|reports?|reporting|reported|asks?|asking|tells? me|prompts?)\b[^.!?]{0,30}?\b(?:insert|no)\s+"
                r"(?:a |the )?SIM\b[^.!?]{0,40}?\b(?:even though|even when|although|though|while|but)\b|"
                r"\bSIM(?:[\s-]?card)?\b[^.!?]{0,30}?\bworks?\b[^.!?]{0,40}?\bphone\b[^.!?]{0,10}?\bbut not (?:in|with|on)\b",
                "mmcli -m any (SIM, state: failed reason sim-missing); or AT+CPIN? on the AT port; the SIM's seat, size and slot",
                unless=r"\b(?:now (?:it )?(?:is )?(?:detected|recogni[sz]ed|works)|fixed|solved|resolved|(?:removed|took out|"
                       r"pulled)\s+(?:the\s+|my\s+)?(?:SIM|it)|without\s+(?:a\s+|the\s+|any\s+)?SIM|at first|(?:everything|all)\s+"
                       r"(?:\w+\s+)?works)\b"),
    # the SIM seated wrong, found as the cause: "I inserted the SIM the wrong way round", "the SIM card was in upside
    # down", "the card sat backwards in the tray" (knowledge.md sim-problem: the tray and the contacts)
    StatedState("said:sim-not-detected",
                r"\b(?:SIM(?:[\s-]?card)?|(?:the|my)\s+card)\b" + _SAME + r"{0,40}?\b(?:(?:the\s+)?wrong\s+way(?:\s+(?:round|around))?|"
                r"upside[\s-]down|backwards?|reversed|(?:in\s+)?(?:the\s+)?wrong\s+(?:orientation|direction|side))\b|"
                r"\b(?:inserted|put|placed|had|seated)\s+(?:it\s+)?(?:the\s+)?wrong\s+way(?:\s+(?:round|around))?\b" + _SAME +
                r"{0,30}?\bSIM\b",
                "the SIM's seat in the tray (chamfered corner, contacts facing the module's pins); mmcli -m any or AT+CPIN?",
                unless=r"\b(?:make sure|check (?:that|whether|if)|not|n't|never|whether|if)\b"),
    # a query that reads the SIM told in words with its error answer (27.007 8.3 +CPIN?, 5.6 +CIMI, vendors' ICCID reads
    # SIMCom AT+CCID / AT+ICCID, Quectel AT+QCCID: they fail when the card cannot be read), or the ICCID not read: "AT+CCID
    # only returns ERROR", "the ICCID comes back empty", "the modem did not read the SIM's ICCID"
    StatedState("said:sim-not-detected",
                r"\bAT\+(?:CCID|ICCID|QCCID|CIMI|CPIN)\??\b" + _SAME + r"{0,30}?\b(?:returns?|returned|returning|gives?|gave|"
                r"answers?|answered|respond\w*|repl(?:y|ies|ied)|comes?\s+back|came\s+back|fails?|failed|throws?|results?\s+in)\s+"
                r"(?:me\s+|us\s+|back\s+)?(?:with\s+|in\s+)?(?:an?\s+|only\s+|just\s+)?(?:\+CME\s+)?ERROR\b|"
                r"\b(?:ICCID|CCID)\b" + _SAME + r"{0,20}?\b(?:comes?\s+back|came\s+back|is|was|stays?|returns?|returned)\s+"
                r"(?:as\s+)?(?:empty|blank|all\s+zeros?|missing)\b|"
                r"\b(?:not|n't|never|unable\s+to|fail\w*\s+to)\s+(?:\w+\s+)?read(?:ing)?\s+(?:the\s+|my\s+)?(?:SIM(?:'s)?\s+)?"
                r"(?:card(?:'s)?\s+|car\s+)?ICCID\b",
                "echo 'on the AT port: AT+CMEE=2; AT+CPIN?; AT+CCID' (the error's text); the SIM's seat and contacts",
                unless=r"\b(?:SIM\s+busy|CME\s+ERROR:?\s*14)\b"),
    # the SIM itself said to fail or misbehave: "SIM hardware seems to fail", "the SIM is behaving oddly" (not "the SIM
    # fails to register": a registration told with the SIM as its subject)
    StatedState("said:sim-not-detected",
                r"\bSIM(?:[\s-]?card)?\s+(?:hardware\s+|chip\s+)?(?:(?:seems?|appears?)\s+to\s+(?:be\s+)?|is\s+)?"
                r"(?:fail(?:s|ing|ed)?\b(?!\s+(?:to|over|back)\b)|behav\w*\s+(?:very\s+)?(?:oddly|strangely|weird(?:ly)?|funny|erratically))",
                "echo 'on the AT port: AT+CMEE=2; AT+CPIN?; AT+CCID' (the error's text); the SIM's seat and contacts",
                suspected=True),
    # the SIM found badly seated, and seating it again fixed it: "the SIM was not seated properly", "reseating the SIM
    # solved it", "I took the SIM out and put it back in, now it registers" (knowledge.md sim-problem: the tray and the
    # contacts)
    StatedState("said:sim-not-detected",
                r"\b(?:SIM(?:[\s-]?card)?|(?:the|my)\s+card)\s+(?:\w+\s+)?(?:(?:was|is|were)\s+not|wasn't|isn't|weren't|"
                r"had(?:\s+not|n't)\s+been)\s+(?:seated|inserted|sitting|pushed\s+in|in)\s+(?:properly|correctly|right|fully|"
                r"all\s+the\s+way)\b|"
                r"\b(?:inserted|seated|placed|put)\s+(?:\w+\s+)?improperly\b|\bimproperly\s+(?:inserted|seated|placed)\b|"
                r"\b(?:re-?seat(?:ing|ed)?|re-?insert(?:ing|ed)?)\s+(?:the\s+|my\s+)?SIM(?:[\s-]?card)?\b" + _SAME + r"{0,40}?"
                + _FIXED + r"|"
                r"\b(?:remov\w*|took|take|taking|pull\w*)\s+(?:out\s+)?(?:the\s+|my\s+)?SIM(?:[\s-]?card)?\s+(?:out\s+)?"
                r"(?:and\s+|then\s+)+(?:put\w*|push\w*|insert\w*|plac\w*|outback)\s+(?:it\s+)?(?:back\b|again\b)?" + _SAME +
                r"{0,40}?(?:" + _FIXED + r"|\bnow\s+(?:it\s+)?(?:works|registers|connects)\b|\bworks?\s+(?:fine|now)\b)",
                "the SIM's seat in the tray; mmcli -m any or AT+CPIN? and AT+CCID on the AT port",
                unless=r"\b(?:(?:was|is)(?:n't|\s+not)\s+the\s+(?:problem|issue|cause)|did(?:n't|\s+not)\s+(?:help|fix|change)|"
                       r"no\s+(?:change|difference|luck)|still\s+(?:the\s+same|nothing|no|not|does|doesn't|fails?))\b"),
    # the SIM not seated home, or the card itself bad, found as the cause: "the SIM card was not seated properly", "after
    # reseating the SIM it registered", "the SIM card was faulty, a replacement SIM works" (knowledge.md 2.14)
    StatedState("said:sim-not-detected",
                r"\bSIM(?:[\s-]?card)?\s+(?:was|is|had\s+been|has\s+been)\s+not\s+(?:\w+\s+)?(?:seated|inserted|pushed\s+in|"
                r"sitting)\s+(?:properly|correctly|fully|right|all\s+the\s+way(?:\s+in)?)\b|"
                r"\bSIM(?:[\s-]?card)?\s+(?:was|is)\s+(?:not\s+(?:properly|correctly|fully)\s+seated|loose|badly\s+seated)\b|"
                r"\bSIM(?:[\s-]?card)?\b" + _SAME + r"{0,40}?\b(?:(?:does|did)(?:n't|\s+not)\s+make\s+(?:a\s+)?(?:good\s+|proper\s+)?contact|"
                r"(?:bad|poor|loose)\s+contacts?)\b|"
                r"\b(?:after|once|by)\s+(?:I\s+|we\s+)?re-?(?:seat|insert)(?:ed|ing)?\s+(?:the\s+|my\s+)?SIM(?:[\s-]?card)?\b" + _SAME +
                r"{0,50}?\b(?:works?|worked|registered|registers|detected|recogni[sz]ed|connected|fine)\b|"
                r"\bSIM(?:[\s-]?card)?\s+(?:was|is|turned\s+out\s+to\s+be|seems\s+to\s+be)\s+" + _NOT_NEGATION + r"(?:faulty|defective|dead|damaged|"
                r"broken|bad|corrupt(?:ed)?)\b|"
                r"\b(?:replacement|different|another|other)\s+SIM(?:[\s-]?card)?\s+(?:\w+\s+){0,2}?(?:works?|worked|fixed|solved|"
                r"is\s+(?:detected|recogni[sz]ed))\b",
                "the SIM's seat in the tray; mmcli -m any or AT+CPIN? with the card reseated or replaced",
                unless=r"\b(?:make sure|check (?:that|whether|if)|whether|if|not the (?:problem|issue)|ruled out)\b"),
    # the SIM reader, slot or holder does not work ("Sim reader seems to be not working, tested both sim slots"): the
    # modem reads no card there
    StatedState("said:sim-not-detected",
                r"\bSIM(?:[\s-]?card)?\s+(?:reader|slot|holder|tray|socket|interface)s?\s+(?:\w+\s+){0,3}?"
                r"(?:(?:is|are|seems?\s+to\s+be|seem)\s+)?(?:not\s+working|(?:does|do|did)(?:\s+not|n't)\s+work|broken|dead)\b",
                "mmcli -m any (SIM); or AT+CPIN? on the AT port; the SIM's seat, size and slot",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved)\b"),
    StatedState("said:sim-not-detected",
                # Chinese "无法检测到卡", "识别不到SIM卡" (the languages written with spaces: the clause grammar's tables,
                # model/prose_languages.py)
                r"(?:识别不到|检测不到|读不到|找不到|无法识别|无法检测到?|没有检测到|未检测到|不识别|认不到|读取不到)\s*(?:U?SIM|u?sim)?\s*卡|"
                r"不识卡|(?:U?SIM|u?sim)\s*卡?\s*(?:无法识别|识别不了|检测不到|识别不到|读不到|不识别|未插入)",
                "mmcli -m any (SIM); or AT+CPIN? on the AT port",
                unless=_CHINESE_HEDGE),
    # the module's SIM supply pin measures no voltage: the pin that powers the card (u-blox VSIM, "Connect the UICC / SIM
    # contact C1 (VCC) to the VSIM pin of the module", SARA-G450 system integration manual 2.5.1.4; Quectel USIM_VDD,
    # SIMCom SIM_VDD) gives no 1.8 V / 3 V while the module runs: the board's SIM circuit (shorted or open SIM lines,
    # the SIM-detect wiring) or the module's SIM interface, measured on the board
    StatedState("said:sim-supply-missing",
                r"\b" + _SIM_SUPPLY + r"\b" + _SAME + r"{0,30}?\b(?:has|have|had|gets?|got|shows?|gives?|delivers?)\s+no\s+"
                r"(?:power|voltage|supply|output)\b|"
                r"\b" + _SIM_SUPPLY + r"\b" + _SAME + r"{0,20}?\b(?:is|was|stays?|remains?)\s+(?:not powered|unpowered|dead|at 0(?:[.,]0+)?\s?V)\b|"
                r"\bno\s+(?:power|voltage|supply)\s+(?:on|at|to|from)\s+(?:the\s+)?" + _SIM_SUPPLY + r"\b",
                "the voltage on the SIM holder's VCC contact (C1) while the module reads the card (AT+CPIN?); the SIM lines "
                "(SIM_IO, SIM_CLK, SIM_RST) for shorts; the SIM-detect setting",
                unless=r"\b(?:now (?:it )?(?:works|has)|fixed|solved|resolved)\b"),
    # after the modem's firmware was flashed or updated it cannot be enabled, does not work or boot, or has lost its
    # IMEI: the image, or the modem's non-volatile (EFS/NV) area it needs, is damaged (knowledge.md 2.20
    # firmware-bug-or-crash: firmware update or recovery needed). Flashing the router's or phone's own image
    # (OpenWrt, a ROM) and updating host software (ModemManager, the kernel) are not the modem's firmware.
    # the IMEI is gone (empty, unknown, all zeros): the modem's NV/EFS area lost it, whatever the image; the firmware
    # image/PRI story (firmware-image-mismatch) does not apply to it
    StatedState("said:imei-lost",
                _IMEI_LOST + r"|" + _IMEI_LOST_ZH,
                "mmcli -m any (equipment id); AT+CGSN on the AT port",
                unless=r"\b(?:change (?:the |my )?IMEI|now (?:it )?works|fixed|solved|resolved)\b"),
    StatedState("said:firmware-damaged",
                # the flash said done, then the failure: "Flash successfull but couldn't enable modem", "I flashed the
                # latest firmware, now the modem can not enable"
                r"\b(?:flash(?:ed|ing)?|(?:firmware|fw)\s+(?:update|upgrade)d?|(?:updated|upgraded)\s+(?:the\s+|its\s+|my\s+)?(?:firmware|fw))\b"
                + _SAME + r"{0,80}?\b(?:but|however|yet|now|then|afterwards)\b" + _SAME + r"{0,40}?" + _FW_BROKEN + r"|"
                # the update failed, then the modem broken: "Update failed to install, and now I ended up with a non-bootable
                # modem", "the firmware update failed twice and since then the modem doesn't show up at all"
                r"\b(?:update|upgrade|flash(?:ing)?)\w*\s+(?:\w+\s+){0,2}?(?:failed|was\s+unsuccessful|(?:did|does|do)(?:n't|\s+not)\s+(?:complete|finish)|"
                r"never\s+(?:complete|finish)\w*)\b"
                + _SAME + r"{0,60}?\b(?:and|now|since|then|afterwards)\b" + _SAME + r"{0,50}?" + _FW_BROKEN + r"|"
                r"\b(?:after|since)\b" + _SAME + r"{0,40}?" + _FW_CHANGE +
                _SAME + r"{0,80}?" + _FW_BROKEN + r"|" +
                _FW_BROKEN + _SAME + r"{0,80}?\bafter\s+(?:a |an |the |my |I |we |its |successful |unsuccessful |failed )*"
                r"(?:\w+\s+){0,2}?" + _FW_CHANGE + r"|" + _IMEI_LOST + r"|"
                # broken in the middle of the write: "RC7611 bricked during upgrade", "it bricked mid-upgrade"
                r"\b(?:bricked|died|broke)\s+(?:it\s+)?(?:during|mid-?|while|in\s+the\s+middle\s+of)\s*(?:an?\s+|the\s+|its\s+)?"
                r"(?:\w+\s+){0,2}?(?:update|upgrade|updating|upgrading|flash\w*)\b|"
                r"\bIMEI\b(?:\s+and\s+(?:the\s+)?(?:SN|serial(?: number)?|IMSI))?\s+(?:is|are|was|were)\s+not\s+(?:being\s+)?"
                r"(?:retrieved|read|shown|reported|returned|available)\b|"
                # the flash itself hung or broke off midway: "it hangs at 'Upgrading EG25' and never completes", "the
                # firmware update got stuck at 40%", "the flash was interrupted"
                r"\b(?:hangs?|hung|froze|freezes|(?:gets?|got|is|was)\s+stuck)\s+(?:at|on|during|while|in)\s+[\"'“‘]?(?:upgrading|updating|"
                r"flashing)\s+(?:the\s+|its\s+)?(?:modem|module|firmware|fw|(?-i:[A-Z]{1,5}-?\d{2,4}[A-Z0-9-]*))\b|\b(?:(?:firmware|fw)[\s-]+(?:update|upgrade|flash)\w*|flash(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:modem|firmware))\s+"
                r"(?:\w+\s+)?(?:hung|hangs|got\s+stuck|froze|never\s+(?:completed?|finish\w*)|(?:was|got)\s+interrupted|"
                r"failed\s+(?:half\s*way|midway|in\s+the\s+middle|part\s*way))\b",
                "mmcli -m any (equipment id, state); AT+CGSN and ATI on the AT port; the firmware version against the vendor's image",
                # ... or the upgrade's target a kernel release, one-digit major ("after upgrade to 5.4.66+", "updated to 6.1"):
                # modem firmware versions have two-digit majors or letters (_FW_VERSION)
                unless=r"\b(?:" + _HOST_SOFTWARE + r"packages?|wi-?fi|bluetooth|audio|sound|"
                       r"change (?:the |my )?IMEI|now (?:it )?works|fixed|solved|resolved)\b|"
                       r"\b(?:upgrad|updat)\w*\s+to\s+v?\d\.\d{1,2}(?:\.\d+)?\+?(?!\w|\.\w)"),
    # ... and the modem still fails with its original firmware put back: "it's not working even with the original firmware
    # flashed back to it", "even after reflashing the stock firmware it does not work": what stays broken across images is the modem's non-volatile area or a flash that did not take
    StatedState("said:firmware-damaged",
                _FW_BROKEN + _SAME + r"{0,40}?\beven\s+(?:with|after|when)\s+(?:(?:re-?flashing|restoring|flashing|installing|putting)\s+"
                r"(?:back\s+)?)?(?:the\s+|its\s+|my\s+)?" + _STOCK_FW + r"|"
                r"\beven\s+(?:after|with)\s+(?:re-?flashing|restoring|flashing|reinstalling|installing|going\s+back\s+to)\s+(?:back\s+)?"
                r"(?:the\s+|its\s+|my\s+)?" + _STOCK_FW + _SAME + r"{0,60}?" + _FW_BROKEN,
                "mmcli -m any (equipment id, state); AT+CGSN and ATI on the AT port; the modem's EFS/NV backup",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved)\b"),
    StatedState("said:firmware-damaged",
                # Chinese: "刷固件后无法...", "升级固件后 IMEI 丢失", "IMEI 为空"
                r"(?:刷(?:完|了|入)?(?:机|固件)|(?:固件|模块|模组)(?:升级|更新)|升级(?:了)?(?:模块|模组)?固件|更新(?:了)?(?:模块|模组)?固件)"
                r"[^。！？\n]{0,30}?(?:后|之后|以后)[^。！？\n]{0,30}?(?:无法|不能|没法|起不来|识别不到|检测不到|变砖|不工作|"
                r"没有?了?\s*IMEI|IMEI\s*(?:丢失|没了|为空|不见))|" + _IMEI_LOST_ZH,
                "mmcli -m any (equipment id); AT+CGSN on the AT port",
                unless=_CHINESE_HEDGE),
    # after a firmware flash or update the modem stays in low power (its radio off): the image and the carrier
    # configuration (PRI) it selected do not match, or the image preference names one that is not flashed (the
    # firmware-image-mismatch rule's mechanism: Sierra's IMSWITCH low-power voter, QMI pri-image-misconfiguration).
    # "Stuck in low power" alone is not read: an FCC lock or rfkill holds the radio off the same way.
    StatedState("said:low-power-after-firmware",
                _AFTER + _SAME + r"{0,40}?(?:" + _FW_CHANGE + "|" + _CARRIER_IMAGE_CHANGE + ")" + _SAME + r"{0,80}?" + _LOW_POWER + r"|" +
                _LOW_POWER + _SAME + r"{0,80}?" + _AFTER + _SAME + r"{0,40}?(?:" + _FW_CHANGE + "|" + _CARRIER_IMAGE_CHANGE + ")|" +
                # the change told first, the low power in the next sentence: "I switched ... to the Telstra image. Now it
                # refuses to leave low power"
                _CARRIER_IMAGE_CHANGE + r"[^!?\n]{0,80}?\b(?:now|since then|afterwards|after that|ever since)\b[^.!?\n]{0,30}?" + _LOW_POWER + r"|" +
                _PRI_MISMATCH + r"|" +
                # the person ran a firmware download tool, and the modem went to low power: "I used the fw-download tool
                # but it got stuck and switched to LOW POWER MODE"
                r"\b(?:I|we)\s+(?:\w+\s+)?(?:used|ran|run|tried|started)\s+(?:the\s+|a\s+)?" + _FLASHER + _SAME + r"{0,120}?" + _LOW_POWER + r"|" +
                # the low power the input shows, said to have begun with a firmware change: "This started right after I
                # ran qmi-firmware-update with the Verizon cwe and nvu", "it has been like that since we flashed 02.33"
                r"\b(?:this|it|that)\s+(?:all\s+)?(?:started|began|begun|happen(?:s|ed)|(?:has\s+been|is|was)\s+(?:like\s+)?(?:this|that))\s+"
                r"(?:\w+\s+){0,2}?" + _AFTER + _SAME + r"{0,30}?(?:qmi-firmware-update|" + _FW_CHANGE + "|" + _CARRIER_IMAGE_CHANGE + r")|" +
                _LOW_POWER + _SAME + r"{0,60}?\b(?:firmware|fw|image|PRI|carrier config\w*)\b" + _SAME +
                r"{0,50}?\b(?:mismatch\w*|preference|not (?:yet )?flashed|(?:does|do)(?:n't| not) match|incompatible)",
                "qmicli -p -d /dev/cdc-wdmN --dms-get-operating-mode; --dms-list-stored-images; AT!IMPREF? AT!GOBIIMPREF? AT!PCINFO?",
                unless=r"\b(?:now (?:it )?works|fixed|solved|resolved|FCC|rfkill|airplane)\b"),
    # after the modem's firmware was flashed or updated it enumerates and answers but no longer connects: the new image
    # runs with a carrier configuration (PRI) or image preference it does not match, and the modem holds its radio off
    # (firmware-image-mismatch: "this often follows an interrupted or partial firmware update or a carrier switch").
    # A modem that cannot be enabled, does not boot or lost its IMEI is said:firmware-damaged.
    StatedState("said:no-connect-after-firmware",
                r"\bafter\b" + _SAME + r"{0,40}?" + _FW_FLASHED + _SAME + r"{0,80}?" + _NO_CONNECT + r"|" +
                _NO_CONNECT + _SAME + r"{0,80}?\bafter\b" + _SAME + r"{0,40}?" + _FW_FLASHED + r"|" +
                _FW_DONE + _SAME + r"{0,120}?\b(?:but|however|and|then|yet)\b" + _SAME + r"{0,60}?" + _NO_CONNECT + r"|"
                # the time since the flash: "since I flashed the new firmware it won't connect", "since the firmware
                # upgrade the modem never registers" ("since the modem firmware is old" gives a reason, not a time)
                r"\bsince\s+(?:" + _FW_DONE[2:] + r"|(?:the\s+|my\s+|our\s+)?(?:last\s+|latest\s+|recent\s+)?(?:firmware|fw)[\s-]+"
                r"(?:update|upgrade|flash|downgrade)\w*)" + _SAME + r"{0,80}?" + _NO_CONNECT,
                "qmicli -p -d /dev/cdc-wdmN --dms-get-operating-mode; --dms-list-stored-images; AT!IMPREF? AT!PCINFO?",
                unless=r"\b(?:" + _HOST_SOFTWARE + r""
                       r"packages?|now (?:it )?(?:works|connects)|fixed|solved|resolved|FCC|rfkill|airplane)\b"),
    # since the modem's firmware was flashed or updated the modem leaves the bus, resets or stops answering on its own, again
    # and again (knowledge.md 2.20 firmware-bug-or-crash: the modem resets on its own): "since I flashed the new firmware the
    # module drops off USB every hour", "it keeps rebooting itself after the firmware upgrade"
    # ... or its data connection drops again and again ("since I updated the module firmware the connection drops every
    # hour", "it keeps losing its connection since the firmware update")
    StatedState("said:drops-since-firmware",
                r"\b(?:since|after|following)\b" + _SAME + r"{0,40}?" + _FW_FLASHED + _SAME + r"{0,80}?(?:" + _DROPS_ON_ITS_OWN + r"|"
                + _CONNECTION_DROPS + r")|(?:" + _DROPS_ON_ITS_OWN + r"|" + _CONNECTION_DROPS + r")" + _SAME +
                r"{0,80}?\b(?:since|after|following)\b" + _SAME + r"{0,40}?" + _FW_FLASHED,
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)'; the firmware revision (mmcli -m any, ATI)",
                unless=r"\b(?:" + _HOST_SOFTWARE + r"packages?|no longer|not any ?more|fixed|solved|resolved|stopped (?:disappearing|"
                       r"dropping|resetting|rebooting|crashing))\b"),
    # one firmware version works and another does not (knowledge.md 2.20 firmware-bug-or-crash: a bug of that release,
    # cured by another firmware): going back fixes it ("downgrading to B03 brings PPP back", "had to downgrade to B03
    # again", "rolled the firmware back and it connects again"), the versions compared ("works on 02.24 but not on
    # 02.33", "after the upgrade to R07 the dial is refused, on R05 it worked"), or a bug of the firmware named ("a known
    # bug in that firmware release", "the newer firmware fixes it"). A flash after which the modem no longer connects,
    # with no version that works, is said:no-connect-after-firmware.
    StatedState("said:firmware-regression",
                r"(?:" + FW_BACK + r"\s+(?:the\s+|its\s+|my\s+)?(?:modem'?s?\s+|module'?s?\s+)?(?:firmware|fw)\b|\broll\w*\s+(?:the\s+|its\s+|"
                r"my\s+)?(?:firmware|fw)\s+back\b)" + _SAME + r"{0,60}?" +
                _WORKS_AGAIN + r"|" + FW_BACK + r"\s+(?:(?:the\s+)?(?:modem|module|it)\s+)?to\s+" + _FW_NAMED + _SAME + r"{0,60}?" +
                _WORKS_AGAIN + r"|" + _WORKS_AGAIN + _SAME + r"{0,40}?\b(?:after|by|since|when|once)\s+(?:I\s+|we\s+)?" + FW_BACK +
                r"|\b(?:had|have|has|needed|need)\s+to\s+" + FW_BACK.replace(r"\b", "", 1) + r"\s+(?:(?:the\s+|its\s+|my\s+)?"
                r"(?:firmware|fw)\b|(?:(?:the\s+)?(?:modem|module|it)\s+)?to\s+" + _FW_NAMED + r")|"
                r"\b(?:works?|worked|working|fine|ok|stable)\s+(?:\w+\s+)?(?:on|with|in)\s+" + _FW_NAMED + _SAME +
                r"{0,80}?\b(?:but|while|whereas|however)\b" + _SAME + r"{0,60}?\b(?:on|with|in)\s+" + _FW_NAMED + r"|"
                # the working release first: "with firmware 11.617 the modem connects without problem but with 11.625 ..."
                r"\b(?:on|with)\s+" + _FW_NAMED + _SAME + r"{0,40}?\b(?:works?|worked|connects?|connected|without\s+(?:a\s+|any\s+)?"
                r"problems?|fine|ok|stable)\b" + _SAME + r"{0,40}?\b(?:but|while|whereas|however)\b" + _SAME + r"{0,20}?\b(?:on|with)\s+"
                + _FW_NAMED + r"|"
                # the fault gone since the new release: "since flashing R08 the freezes are gone"
                r"\b(?:since|after)\s+(?:flashing|installing|updating\s+to|upgrading\s+to)\s+(?:it|" + _FW_NAMED + r")" + _SAME +
                r"{0,40}?\b(?:freez\w*|crash\w*|hangs?|drops?|resets?|reboots?|errors?|disconnects?)\s+(?:are\s+|is\s+|have\s+|has\s+)?"
                r"(?:gone|disappeared|stopped|went\s+away)\b|"
                r"\b(?:after|since)\s+(?:the\s+|a\s+)?(?:firmware\s+|fw\s+)?(?:update|upgrade|updating|upgrading)\s+(?:\w+\s+)?to\s+" +
                _FW_NAMED + _SAME + r"{0,100}?\b(?:on|with)\s+" + _FW_NAMED + r"\s+(?:it\s+|this\s+|everything\s+)?(?:works?|"
                r"worked|was\s+(?:fine|ok|working))\b|"
                r"\bbugs?\s+in\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:modem'?s?\s+|module'?s?\s+|(?-i:[A-Z][\w-]+)\s+)?(?:firmware|fw)\b|"
                r"\b(?:firmware|fw)\s+bugs?\b|\bbuggy\s+(?:modem\s+)?(?:firmware|fw)\b|\bfixed\s+in\s+(?:the\s+)?(?:newer\s+|later\s+|"
                r"latest\s+)?(?:firmware|fw)\b|\b(?:newer|later|latest|updated|new)\s+(?:modem\s+)?(?:firmware|fw)\b" + _SAME +
                r"{0,40}?\b(?:fix(?:es|ed)?|solves?|solved|cures?|goes\s+away|went\s+away)\b(?!\s+(?:nothing|anything|none))|"
                # the vendor's word on it: "Sierra confirmed a firmware issue", "a known firmware problem of this module"
                r"\b(?:confirm\w*|acknowledg\w*|known)\s+(?:\w+\s+){0,2}?(?:firmware|fw)\s+(?:issues?|problems?|defects?|bugs?)\b",
                "the firmware version (mmcli -m any | grep -i revision; AT+GMR or ATI); the vendor's release notes",
                unless=_NOT_MODEM_FIRMWARE + r"|" + _ADVICE),
    # ... or the modem's firmware (its latest releases) said to have the problem the post tells, as others found it (tuning39a):
    # "I found that all latest modem firmwares from Dell has such problems", "the newest firmware has the same issue",
    # "these firmware versions have known bugs with SMS" (knowledge.md 2.20: a bug of the release)
    StatedState("said:firmware-regression",
                r"\b(?:firmwares?|fw)\b(?:\s+(?!(?:has|have|had|is|are|was|were|does|do|did|not|no)\b)[\w.-]+){0,3}?\s+(?:has|have|had)\s+"
                r"(?:such|these|those|this|that|the\s+same|similar|known)\s+(?:\w+\s+)?(?:problems?|issues?|bugs?|troubles?)\b",
                "the firmware version (mmcli -m any | grep -i revision; AT+GMR or ATI); the vendor's release notes",
                unless=_NOT_MODEM_FIRMWARE + r"|" + _ADVICE + r"|\b(?:no|never|not|n't|without|router|DD-?WRT|Tomato|LuCI)\b"),
    # ... or going back to a dotted release fixes it, the update or the firmware told in the same paragraph ("can't
    # connect after the update (v0.4.2 > 0.5.1); downgrade to 0.4.2 solves it"): the host's own software is taken back
    StatedState("said:firmware-regression",
                # (the step looked for first, as in the row below: a look to the line's end from every place of a long line
                # cost seconds)
                r"(?:\b(?:firmware|fw|update|upgrade)\b[^\n]{0,200}?|(?=" + FW_BACK + r")(?=[^\n]*\b(?:firmware|fw)\b))" + FW_BACK +
                r"\s+(?:(?:the\s+)?(?:modem|module|firmware|fw|it)\s+)?to\s+(?:version\s+|release\s+)?v?\d+(?:\.\d+){1,3}\b" +
                _SAME + r"{0,60}?" + _WORKS_AGAIN,
                "the firmware version (mmcli -m any | grep -i revision; AT+GMR or ATI); the vendor's release notes",
                unless=_NOT_MODEM_FIRMWARE + r"|\b(?:Linux|NetworkManager|systemd|package|OS|system|image)\b"),
    # ... or the versions compared by outcome (_FW_OUTCOMES), the word firmware in the paragraph before or after
    StatedState("said:firmware-regression",
                # (the outcomes looked for first: the look for the word to the line's end is made only where they stand, not
                # from every place of a long line, which cost a scan to the line's end from each)
                r"(?:\b(?:firmware|fw)\b[^\n]{0,200}?|(?=" + _FW_OUTCOMES + r")(?=[^\n]*\b(?:firmware|fw)\b))(?:" + _FW_OUTCOMES + r")",
                "the firmware version (mmcli -m any | grep -i revision; AT+GMR or ATI); the vendor's release notes",
                unless=_NOT_MODEM_FIRMWARE + r"|\bsame\s+(?:modem\s+)?(?:firmware|fw)\b|\b(?:firmware|fw)\s+(?:is\s+|was\s+)?"
                       r"(?:unchanged|the\s+same)\b"),
    # the machine's system (not the modem's firmware) taken back to its previous release, and the modem works again:
    # "rolling back to the previous NixOS generation fixes it", "downgrading the OS to Ubuntu 22.04 solved it",
    # "went back to the old image and it works again". A bare year.month release of the system the post names is read
    # the same (_system_regressions). The host software the upgrade brought (a kernel, ModemManager, libqmi) regressed.
    StatedState("said:system-regression",
                r"(?:" + FW_BACK + r"|\bboot\w*\s+(?:in)?to)\s+(?:to\s+)?(?:the\s+|my\s+)?(?:previous\s+|older?\s+|last\s+working\s+)?"
                r"(?:system|OS|distro|distribution|generation|NixOS|[KXL]?ubuntu|Debian|Fedora|Arch|openSUSE|Mint|release)\b" +
                _SAME + r"{0,60}?" + _WORKS_AGAIN + r"|"
                r"\b(?:roll\w*|revert\w*|downgrad\w*)\s+(?:the\s+|my\s+)?(?:system|OS|distro|machine)\s+(?:back\s+)?to\s+(?:the\s+)?"
                r"(?:previous|older?|last\s+working)\s+(?:release|version|generation)\b" + _SAME + r"{0,60}?" + _WORKS_AGAIN,
                "the versions the upgrade changed: uname -r; ModemManager --version; qmicli --version (before and after)",
                unless=r"\b(?:firmware|fw)\b"),
    # one of several identical units fails while the others, with the same code and setup, work: what differs is that
    # unit's hardware (causes.md hardware-fault: "the module itself is defective"). "None of them work" and "only one
    # of them works" are not read: a fault every unit shares is the setup's. The one reading of "this unit
    # fails, others work" for stated-one-unit-fails and stated-board-module-fault (there the alternative to a lit LED).
    StatedState("said:other-unit-works",
                r"\b(?:I|we)(?:'ve| have| had)?\s+(?:got\s+|bought\s+|own\s+|use\s+|tested\s+|built\s+)?(?:a\s+)?" + _MANY +
                r"\s+(?:[\w-]+\s+){0,3}?" + _UNITS + r"\b" + _SAME + r"{0,80}?\b(?:only\s+)?one of (?:them|these|those|the\w*)\b" +
                _SAME + r"{0,80}?" + _UNIT_FAILS + r"|"
                r"\bonly (?:one|1) of (?:the|my|our|these|those) (?:\w+\s+){0,3}?" + _UNITS + r"\b" + _SAME + r"{0,60}?" +
                _UNIT_FAILS + r"|"
                r"\b(?:the\s+)?same\s+(?:code|sketch|firmware|program|setup|image|software|config\w*)\s+(?:works?|worked|runs?|ran)\s+"
                r"(?:fine\s+|well\s+|ok\s+)?(?:on|with|in)\s+(?:the|my|our|all)?\s*(?:\w+\s+){0,2}?other\s+(?:\w+\s+){0,2}?" +
                _UNITS + r"\b|"
                r"\bthe\s+other\s+(?:\w+\s+){0,2}?(?:identical\s+)?" + _UNITS + r"\s+(?:\w+\s+){0,2}?(?:work|works|worked|are fine|"
                r"run fine)\b" + _SAME + r"{0,40}?\b(?:same|identical)\b",
                "the failing unit's power and status LED against a working one; the same test on a unit that works",
                unless=r"\b(?:none|all) of them\b|\bonly one of them (?:works?|worked|is working)\b|\b(?:works?|worked|working) now\b|"
                       r"\b(?:fixed|solved|resolved)\b"),
    # ... or another unit of the kind works where this one fails, in the same place: the host, its slot and its supply
    # are ruled out ("my old MC7304 shows up immediately in the same slot", "my other E3372 works in all of them",
    # "swapped in a colleague's module and that one works in mine")
    StatedState("said:other-unit-works",
                r"\b(?:my|our|an?|the|his|her|their)\s+(?:old|other|second|spare|previous|different|new|replacement|borrowed|"
                r"colleague'?s|friend'?s)\s+(?:[\w-]+\s+){0,5}?" + _WORKS_HERE + r"\s+(?:\w+\s+){0,2}?(?:in|on|with)\s+(?:the\s+)?"
                r"(?:same\s+" + _HOSTS + r"\b|all\s+(?:of\s+them|of\s+those|two|three|four)\b|both\b|mine\b)|"
                r"\b(?:swapped|swap|put|tried|tested|plugged|fitted|installed)\s+(?:in\s+)?(?:another|a\s+different|a\s+second|a\s+spare|"
                r"an\s+other)\s+" + _SAME + r"{0,80}?\b(?:that\s+one|it|this\s+one|the\s+other\s+one)\s+" + _WORKS_HERE +
                r"\s+(?:\w+\s+){0,2}?(?:in|on|with)\s+(?:mine\b|my\s+(?:\w+\s+)?" + _HOSTS + r"\b|the\s+same\s+" + _HOSTS + r"\b)",
                "the failing unit's power and status LED against a working one; the same test on a unit that works",
                unless=r"\b(?:if|whether)\b|\b(?:not|n't|never|neither|nor)\s+(?:\w+\s+){0,2}?(?:work|show|detect|recogni)"),
    # the unit fails the same way on other hosts: the one place it is tried is ruled out ("same thing on three different
    # PCs", "it doesn't show up in my X260, not in my T470 and not in an adapter", "mine fails the same way in his
    # laptop", "tried it in two other computers, nothing"): causes.md hardware-fault, "it fails the same way on every host"
    StatedState("said:fails-on-other-hosts",
                r"\bsame\s+(?:thing|problem|issue|result|error|behaviou?r|story|symptoms?)\s+(?:\w+\s+)?(?:on|in|with)\s+(?:all\s+)?"
                r"(?:two|three|four|five|\d|several|multiple|different|other|all|every|both|(?:my|the|a|our)\s+(?:second|other|third|"
                r"spare))\s+(?:(?:different|other|of\s+my)\s+)?(?:[\w-]+\s+)?" + _HOSTS + r"\b|"
                # "isn't recognized on any computer", "doesn't work in any PC"
                r"\b(?:is\s*n[o']t|not|never|(?:does|did)(?:n't|\s+not)\s+(?:get\s+)?)\s*(?:recogni[sz]ed|detected|seen|found|work\w*|"
                r"show\s+up)\s+(?:\w+\s+)?(?:on|in|by|with)\s+any\s+(?:other\s+)?(?:[\w-]+\s+)?" + _HOSTS + r"\b|"
                r"\bnot\s+(?:in|on|with)\s+(?:my|the|a|an|our)\s+(?:[\w.-]+\s+){0,2}?[\w.-]+,\s+(?:and\s+)?not\s+(?:in|on|with)\s+(?:my|the|a|an|our)\s+|"
                r"\b(?:mine|my\s+(?:\w+\s+)?(?:unit|module|modem|card|stick|dongle|one))\s+(?:also\s+)?(?:fails|failed|does\s+the\s+same|"
                r"behaves\s+the\s+same|(?:does|did)(?:n't|\s+not)\s+work|is\s+not\s+(?:detected|recogni[sz]ed))\s+(?:the\s+same\s+way\s+)?"
                r"(?:in|on|with)\s+(?:his|her|their|another|the\s+other|a\s+different|a\s+second|my\s+other)\s+(?:\w+\s+)?" + _HOSTS + r"\b|"
                r"\b(?:tried|tested|checked|plugged)\s+(?:it|them|the\s+(?:\w+\s+)?(?:modem|module|card|stick|dongle))\s+(?:in|on|with|into)\s+"
                r"(?:two|three|four|several|multiple|\d|different|other)\s+(?:(?:different|other)\s+)?(?:[\w-]+\s+)?" + _HOSTS + r"\b" + _SAME +
                r"{0,60}?\b(?:same|nothing|never|no\s+luck|does(?:n't|\s+not)|not\s+(?:detected|recogni[sz]ed|seen|found))",
                "lsusb and dmesg with the unit on another computer; the same test with another unit of the kind on this one",
                unless=r"\b(?:if|whether)\b|\b(?:works?|worked|working)\s+(?:fine\s+|well\s+|perfectly\s+)?(?:on|in|with)\s+(?:all|both|every)\b",
                context=True),
    # physical damage on the module or its board, as a person saw it ("one of the SIM holder contacts is bent flat",
    # "a burnt capacitor next to the module", "the antenna connector ripped off"): the hardware is defective
    StatedState("said:physical-damage",
                r"\b" + _DAMAGEABLE + r"\b" + _SAME + r"{0,40}?\b(?:(?:is|are|was|were|looks?|got|has\s+been|have\s+been)\s+(?:\w+\s+)?)?" + _DAMAGED +
                r"|\b" + _DAMAGED + r"\s+(?:\w+\s+)?" + _DAMAGEABLE + r"\b",
                "a look at the module, its connector, SIM holder and antenna sockets under a magnifier",
                unless=r"\b(?:if|whether|no|not|n't|without|never)\b|\bSIM[\s-]?card\b(?!\s+(?:holder|slot|socket|reader|tray|connector))"),
    # ... or the same SIM works in another module or board, where this one does not: the SIM and the network are
    # ruled out, this unit (or its configuration) is left ("with the same SIM card, it ramps up to the network with
    # another BC95G device"). A SIM that works in a phone is not read: a phone takes SIMs an IoT module may not.
    StatedState("said:other-unit-works",
                r"\b(?:with|using)\s+the\s+same\s+SIM(?:[\s-]?cards?)?\b" + _SAME + r"{0,60}?" + _OTHER_WORKS + _SAME +
                r"{0,40}?" + _IN_OTHER_UNIT + r"|"
                r"\b(?:with|using)\s+the\s+same\s+SIM(?:[\s-]?cards?)?\b" + _SAME + r"{0,40}?\b(?:another|the other|a different|"
                r"a second)\s+(?:[\w-]+\s+){0,2}?" + _UNITS + r"\s+(?:\w+\s+)?" + _OTHER_WORKS,
                "the failing unit's power and status LED against a working one; the same test on a unit that works",
                unless=r"\b(?:not|n't|never|either|neither|also fails?|same (?:problem|issue|error|result)|if|whether)\b|如果"),
    # the SIM is locked by its PIN or PUK (knowledge.md sim-problem: PIN/PUK locked): the modem cannot use it until
    # the PIN is given. A SIM said to have no PIN, or its PIN disabled, is not read.
    # the connection manager never asks for the SIM PIN ("NetworkManager does not even ask for the PIN", "no PIN prompt
    # at all"): NetworkManager asks for it when ModemManager exports the modem locked (sim-pin); no question from a
    # manager that fails to connect is a modem the managers never took up (knowledge.md 2.11), or a SIM without PIN lock
    StatedState("said:no-pin-prompt",
                r"(?:\b(?:never|not)|n't)\s+(?:even\s+|once\s+)?(?:ask(?:s|ed|ing)?|prompt(?:s|ed|ing)?|request(?:s|ed|ing)?)\s+"
                r"(?:me\s+|us\s+)?for\s+(?:the\s+|my\s+|a\s+|any\s+)?(?:SIM(?:'s)?\s+)?PIN\b|"
                r"\b(?:not\s+even|no|never\s+(?:gets?|got|see|saw|shows?|showed)(?:\s+me)?)\s+(?:an?\s+|the\s+|any\s+)?(?:SIM\s+)?PIN[-\s]?"
                r"(?:code\s+)?(?:prompt|dialog(?:ue)?|request|question|window|pop-?up|entry\s+(?:dialog|box|field))\b",
                "mmcli -L; mmcli -m any (state: locked, unlock required: sim-pin); journalctl -b -u ModemManager -u NetworkManager",
                unless=r"\b(?:PIN\s+(?:\w+\s+)?(?:is\s+|was\s+)?(?:disabled|deactivated|removed|turned\s+off|off)|(?:disabled|deactivated|removed|"
                       r"turned\s+off)\s+(?:the\s+)?(?:SIM\s+)?PIN|no\s+PIN\s+(?:set|lock|code)|without\s+(?:a\s+)?PIN|phone|handset)\b|"
                       + _NOW_FIXED),
    StatedState("said:sim-locked",
                r"\b(?:SIM(?:[\s-]?cards?)?|(?:the|my|this) card)\b" + _SAME + r"{0,30}?\b(?:requires?|needs?|asks? for|wants?|demands?)\s+(?:a\s+|the\s+|its\s+)?"
                r"(?:PIN|PUK)\b|\b(?:card|SIM)\s*(?:'s|that's|is|was|got|gets)?\s*(?:still\s+|now\s+)?(?:PIN|PUK)[\s-]?(?:locked|blocked|"
                r"protected)\b|(?<!not )(?<!n't )(?<!never )\bPUK[\s-]?(?:locked|blocked|required|code required)\b|"
                # the PUK asked for at all: the PIN was given wrong three times ("it asks for a PUK now"); the SIM told
                # locked ("the SIM is locked", "my SIM card got locked")
                r"\b(?:asks?|asking|asked|prompts?|prompting|prompted|wants?|requires?|needs?)\s+(?:me\s+|us\s+)?(?:for\s+)?"
                r"(?:the\s+|a\s+|its\s+)?(?:SIM(?:[\s-]?card)?\s+)?PUK\b|"
                r"\bSIM(?:[\s-]?card)?\s+(?:is|was|got|gets|has\s+been)\s+(?:still\s+|now\s+)?locked\b|\b(?:blocked|locked) (?:the |my )?SIM\b|"
                # the modem held at the PIN: "sits in the locked state waiting for the SIM PIN", "asks me for the PIN
                # code at every boot" (ModemManager's state 'locked', unlock required sim-pin; knowledge.md 2.14)
                r"\b(?:is|sits?|stays?|remains?|stuck|hangs?|goes)\s+(?:\w+\s+)?in\s+(?:the\s+|a\s+)?['\"]?locked['\"]?\s+state\b|"
                r"\bwait\w*\s+for\s+(?:the\s+|a\s+|its\s+)?(?:SIM(?:[\s-]?card)?\s+)?(?:PIN|PUK)\b|"
                # a prompt for the PIN is every locked SIM's start; it says the modem is held there only where it comes
                # back ("keeps asking for the PIN", "prompts for the SIM PIN at every boot")
                r"\b(?:keeps?|kept|always|still|constantly|repeatedly)\s+" + _ASKS_PIN + r"|" + _ASKS_PIN + _SAME +
                r"{0,40}?\b(?:every|each|again)\b|"
                r"(?:SIM|sim)\s*卡?\s*(?:被)?(?:锁(?:定|住|了)|需要\s*PIN|PIN\s*码?锁)|需要\s*(?:输入\s*)?PUK",
                "mmcli -m any (state: locked, unlock required); or AT+CPIN? on the AT port",
                # (a PIN the person "had to" take off tells the lock as the cause; a program that never asks "for it"
                # tells of the program, not of a SIM without a PIN)
                unless=r"\b(?<!had to )(?<!have to )(?<!needed to )(?<!need to )(?<!must )(?:disabl\w*|remov\w*)\b|"
                       r"\b(?:no PIN|without (?:a )?PIN|(?:don't|doesn't|does not|do not|didn't)\s+(?:have|need|require))\b|"
                       r"\bPIN\s+(?:is\s+)?(?:off|disabled)\b|\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?(?:ask\w*|prompt\w*|wait\w*)\b"
                       r"(?!\s+(?:me\s+|us\s+)?for\s+(?:it|that|one)\b)|"
                       r"\bFCC\b|如果|吗"),
    # the host or its program cannot give the SIM its PIN: "the router can't pass a PIN to my stick", "NetworkManager has no
    # way to enter the SIM PIN", "the script is unable to send the PIN": a SIM with its PIN lock on stays locked for it
    # (knowledge.md sim-problem: PIN/PUK locked; the fix is to enter the PIN, or to turn the lock off once: AT+CLCK="SC",0)
    StatedState("said:sim-locked",
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|(?:(?:has|have|had|there(?:'s|\s+is))\s+)?no\s+way\s+to|"
                r"(?:does|did)(?:n't|\s+not)|fails?\s+to|failed\s+to)\s+(?:\w+\s+)?(?:pass|enter|give|send|provide|supply|submit|"
                r"input|hand\s+over|type\s+in)\s+(?:in\s+|on\s+)?(?:a|the|my|its|any)\s+(?:SIM(?:'s)?\s+)?PIN(?:[\s-]?code)?\b",
                "mmcli -m any (state: locked, unlock required: sim-pin); or AT+CPIN? on the AT port (SIM PIN); AT+CLCK=\"SC\",2 "
                "(1 = the PIN lock is on)",
                unless=r"\b(?:no PIN|without (?:a )?PIN|PIN\s+(?:is\s+|was\s+)?(?:off|disabled|removed)|(?:don't|doesn't|does not|"
                       r"do not|didn't|did not)\s+(?:have|need|require|use))\b|\bFCC\b"),
    # the post names Sierra Wireless's firmware or tools, in a sentence or a command: the SWI9X.. image names, the
    # autoflash-74xx script, Sierra's AT! image commands (what the image/PRI reading needs when no id is shown)
    StatedState("said:sierra-firmware-named", _SIERRA_NAMED,
                "lsusb (vendor 1199, or a Dell/HP/Lenovo build); ATI", suspected=True, context=True, any_line=True),
    # (_SIM_WORD, above STATES: "SIM", or a brand glued to it as posts write a provider's SIM, "VirginSIM", "LycaSIM")
    # what was changed before the failure: a new or other SIM, operator, carrier or plan, a move abroad, a changed APN
    # ("with the new SIM it connects but gets no IP", "since I switched to another provider", "changed the APN")
    StatedState("said:changed-sim-or-network",
                r"\b(?:new|another|other|different|second|foreign|local|prepaid|replacement)\s+(?:\w+\s+)?(?:SIM(?:[\s-]?card)?|operator|provider|"
                r"carrier|network operator|mobile operator|data plan|contract)\b|"
                r"\b(?:changed|swapped|replaced|switched|exchanged)\s+(?:the\s+|my\s+|our\s+)?(?:SIM(?:[\s-]?card)?|operator|provider|carrier)s?\b|"
                r"\b(?:switched|moved|changed|ported)\s+(?:my\s+(?:number|plan)\s+)?(?:over\s+)?to\s+(?:an?other|a new|a different)\s+"
                r"(?:operator|provider|carrier|network)\b|"
                r"\b(?:moved|travel\w*|went|relocated)\s+(?:to\s+)?(?:another|a different|a new|a foreign)\s+country\b|\babroad\b|"
                r"\b(?:changed|new|different|updated)\s+(?:the\s+)?APN\b",
                "mmcli -m any (operator id and name, SIM's operator); the APN of the connection (nmcli / uci / AT+CGDCONT?)",
                # another SIM tried as a test, that works or fails the same, is no change made before the failure: it is
                # said:works-with-other-sim's or said:sims-known-good's (one reading of "another SIM ... works")
                unless=_OTHER_SIM_TRIED, context=True),
    # the person ruled the SIM out: several SIM cards (that work elsewhere) were tried, or another SIM gives the same
    # result ("Tested several working SIM cards", "tried 3 different SIMs", "another SIM, same error"). With the modem
    # still reporting no SIM, what is left is the modem's side of the SIM: holder, detect line, slot, module.
    StatedState("said:sims-known-good",
                r"\b(?:tried|tested|tests?|try|trying|used|using|with)\s+(?:\w+\s+){0,2}?(?:several|multiple|different|various|many|"
                r"other|two|three|four|five|[2-9]|all (?:my|of my))\s+(?:\w+\s+){0,2}?(?:SIMs|SIM[\s-]?cards|(?:micro|nano)?SIM[\s-]?cards)\b|"
                r"\b(?:another|a different|a second|an?other|the other)\s+(?:\w+\s+)?SIM(?:[\s-]?card)?\b" + _SAME + r"{0,60}?"
                r"(?:\bsame (?:result|error|problem|issue|thing|message|behaviou?r)\b|\b(?:also|still|either)\s+(?:\w+\s+)?"
                r"(?:not\b|n't\b|fails?\b|no\b)|\bdoes(?:n't| not) work either\b|\bneither\b)",
                "AT+CPIN? with a SIM known to work; the SIM holder's contacts and the board's SIM-detect setting", context=True,
                unless=r"\b(?:works?|worked|working) now\b|\b(?:that|this|the (?:\w+ )?(?:one|card|SIM)) (?:works|worked)\b|"
                       r"\b(?:fixed|solved|resolved)\b"),
    # the same modem works on this host with another SIM or another provider's SIM ("with my Three SIM it works", "it works
    # fine with another SIM card", "with the old Vodafone SIM card everything works"): the modem, its driver and the host's
    # tools are sound; what is left is this SIM's account or the settings its network needs (context: with
    # said:sim-works-elsewhere, stated-sim-and-modem-each-work reads the connection settings)
    StatedState("said:works-with-other-sim",
                r"\b(?:with|using)\s+(?:an?other|the\s+other|my\s+other|a\s+different|other|the\s+old|my\s+old|(?:my\s+|an?\s+|the\s+)?"
                r"(?-i:[A-Z][\w&]+))\s+(?:[\w&-]+\s+){0,1}?SIM(?:[\s-]?cards?)?\b" + _SAME + r"{0,50}?\b(?:it|everything|that|the\s+"
                r"(?:modem|stick|dongle|card|module))\s+(?:just\s+|still\s+)?works?\b|"
                r"\b(?:it|modem|stick|dongle|card|module)\s+works?\s+(?:fine\s+|perfectly\s+|well\s+|ok\s+)?(?:with|using)\s+(?:an?other|"
                r"the\s+other|my\s+other|a\s+different|other)\s+(?:[\w&-]+\s+){0,1}?(?:SIM(?:[\s-]?cards?)?|provider|operator|carrier)\b|"
                # the other SIM tried in this modem and working: "I tried another SIM and it works", "another SIM works fine in
                # the modem", "other SIMs work fine in this stick" (not "a different SIM in my phone works": another device)
                r"\b(?:tried|tested|used|put|inserted)\s+(?:in\s+)?" + _OTHER_SIM + r"\s*(?:,\s*|\s+)(?:and\s+|then\s+)?(?:it|everything|"
                r"the\s+(?:modem|stick|dongle|card|module))\s+(?:just\s+)?works?\b|"
                + _OTHER_SIM + r"\s+(?:also\s+|still\s+)?works?\s+(?:fine\s+|perfectly\s+|well\s+|ok\s+)?(?:in|with|on)\s+(?:the|this|my|"
                r"our)\s+(?:same\s+)?(?:modem|stick|dongle|card|module|router|device)\b",
                "the SIM in question in the same modem (mmcli -m any: SIM, registration, the bearer's APN and authentication)",
                context=True, unless=r"(?:\b(?:not|never|neither|nor|either)\b|n't)"),
    # the SIM in question works somewhere else: in a phone, or in the same stick under Windows or macOS ("the Virgin SIM
    # works on XP", "the SIM works fine in my phone"): the SIM and its account are sound (context, as above)
    StatedState("said:sim-works-elsewhere",
                _SIM_WORD + r"(?:[\s-]?cards?)?\b" + _SAME + r"{0,40}?\b(?:it\s+|they\s+)?works?\s+(?:fine\s+|perfectly\s+|"
                r"well\s+|ok\s+)?(?:in|on|with|under)\s+(?:(?:a\s+|my\s+|the\s+|an?other\s+|his\s+|her\s+)?(?:\w+\s+)?(?:phones?|"
                r"smartphones?|handsets?|Windows|XP|Vista|Win\s?(?:7|8|10|11)|mac\s?OS|OS\s?X|Android)|(?:an?other|a\s+different|"
                r"his|her|their|my\s+other|my\s+old|the\s+other)\s+(?:\w+\s+)?" + _OTHER_COMPUTER + r")\b",
                "the SIM in this modem: mmcli -m any (SIM, registration), then the bearer's APN and authentication",
                # several SIMs that work elsewhere are the SIMs ruled out (said:sims-known-good's reading)
                context=True, unless=r"(?:\b(?:not|never|neither|nor|either)\b|n't)|" + _SEVERAL_SIMS),
    # ... or the SIM, as the subject, works in another modem, module or board ("The SIM card works in another modem", "the
    # same SIM also works fine on other boards"): the SIM and its account are ruled out, as in a phone. (The unit as the
    # subject, "with the same SIM it works in another BC95G device", is said:other-unit-works: this unit is left.)
    StatedState("said:sim-works-elsewhere",
                r"\b(?:the\s+|my\s+|this\s+)?(?:same\s+)?SIM(?:[\s-]?card)?\s+(?:\w+\s+)?" + _OTHER_WORKS + _SAME + r"{0,40}?" +
                _IN_OTHER_UNIT,
                "the SIM in this modem: mmcli -m any (SIM, registration), then the bearer's APN and authentication",
                context=True, unless=r"(?:\b(?:not|never|neither|nor|either|if|whether)\b|n't)|" + _SEVERAL_SIMS),
    # the same modem or stick works on another computer ("If I try the dongle in the PC everything works fine", "the stick
    # works perfectly on my laptop"): the device itself is sound, what differs is the host (its USB power, its software).
    # A person trying it is read in a sentence opened by "if"/"when" too: it tells what happens each time
    StatedState("said:works-on-other-host",
                r"\b(?:if|when|whenever)\s+I\s+(?:try|plug|connect|use|put|test|insert)\w*\s+(?:it|them|the\s+(?:\w+\s+)?(?:dongle|stick|"
                r"modem|module)s?)\s+(?:in|on|into|to|with)\s+(?:the|my|a|an|another|other)\s+(?:\w+\s+)?" + _OTHER_COMPUTER +
                r"\b[^.!?]{0,30}?\b(?:everything|it|they|all)\s+works?\s+(?:fine|perfectly|well|great|without\s+(?:any\s+)?problems?)\b",
                "lsusb and dmesg on this host against the other computer; the supply of this host's USB ports", context=True,
                suspected=True),
    StatedState("said:works-on-other-host",
                r"\b(?:works?|worked|working)\s+(?:fine\s+|perfectly\s+|well\s+|great\s+|ok\s+)?(?:in|on|with)\s+(?:the|my|a|an|another|"
                r"other)\s+(?:\w+\s+)?" + _OTHER_COMPUTER + r"\b",
                "lsusb and dmesg on this host against the other computer; the supply of this host's USB ports", context=True,
                # the SIM as what works, or another SIM tried: said:sim-works-elsewhere's / said:works-with-other-sim's reading
                unless=r"(?:\b(?:not|never|neither|nor)\b|n't)[^.!?]{0,20}?\bwork|" + _SIM_WORD + r"(?:s|[\s-]?cards?)?\s+(?:\w+\s+)?"
                       r"works?\b|\b(?:with|using)\s+" + _OTHER_SIM),
    # one more USB modem added to those a small host already runs ("I purchased a third HUAWEI E3372 dongle", "an
    # additional LTE stick"): each draws up to ~500 mA and more in transmit bursts, and a single-board computer's or a
    # router's ports share one budget (a Raspberry Pi 4 gives 1.2 A to all its USB ports)
    StatedState("said:extra-usb-modem",
                r"\b(?:third|fourth|fifth|3rd|4th|5th|additional|extra|one\s+more)\s+(?:[\w-]+\s+){0,4}?(?:USB\s+)?(?:dongles?|sticks?|"
                r"modems?)\b",
                "lsusb -t (the dongles and hubs); dmesg | grep -iE 'over-current|under-voltage|disconnect'; vcgencmd get_throttled "
                "(Raspberry Pi)", context=True),
    # a USB 3 modem that comes back over the USB 2.0 pair (high speed, 480 Mbit/s) instead of SuperSpeed after a restart or
    # reset: the SuperSpeed link did not train (a cable or hub, the port's power cycling, a reset that left the USB 2.0
    # companion port powered) and the host enumerated it on the other bus (knowledge.md 2.19 usb-power-or-reset: hub,
    # cable, port power; the kernel shows it as "new high-speed USB device" where it was "new SuperSpeed USB device")
    StatedState("said:usb3-fell-back",
                r"\b(?:enumerat\w*|connect\w*|comes?\s+(?:back|up)|came\s+(?:back|up)|shows?\s+up|appears?|attach\w*|detected|"
                r"recogni[sz]ed|links?|linked|negotiat\w*|runs?|reconnect\w*|re-?enumerat\w*)\s+(?:\w+\s+){0,3}?(?:as|at|in|with|on)\s+"
                r"(?:an?\s+|the\s+)?(?:\w+\s+)?" + _USB2_SPEED + _SAME + r"{0,40}?\b(?:instead\s+of|rather\s+than|not)\s+(?:\w+\s+)?(?:as\s+|at\s+"
                r"|in\s+)?(?:a\s+)?" + _USB3_SPEED + r"|"
                r"\b(?:falls?|fell|falling|drops?|dropped|dropping|downgrad\w*|reverts?|reverted)\s+(?:back\s+)?(?:down\s+)?to\s+"
                r"(?:the\s+)?(?:\w+\s+)?" + _USB2_SPEED + r"|"
                r"\b(?:no\s+longer|not)\s+(?:\w+\s+)?(?:in|at|as|with)?\s*" + _USB3_SPEED + _SAME + r"{0,40}?\b(?:but|only)\b" + _SAME +
                r"{0,20}?" + _USB2_SPEED,
                "lsusb -t (the modem's speed: 5000M or 480M); sudo dmesg | grep -iE 'new (SuperSpeed|high-speed) USB device'",
                unless=r"\b(?:only\s+has|has\s+only|only\s+USB\s*2|no\s+USB\s*3|USB\s*2(?:\.0)?\s+(?:only|ports?\s+only))\b|" + _NOW_FIXED),
    # ... in Russian: "после Power restart FM350 подключается уже не в SuperSpeed (USB 3.x), а в HighSpeed (USB 2.0)"
    *_in_each_language("said:usb3-fell-back", {
        "ru": r"\bне\s+(?:в|на|как)\s+" + _USB3_SPEED + r"[^!?\n]{0,40}?\bа\s+(?:в|на|как)\s+" + _USB2_SPEED + r"|"
              r"\b(?:переключ|откат|опуска|пада|сбрасыва)\w*\s+(?:\w+\s+)?(?:в|на|до)\s+" + _USB2_SPEED,
    }, "lsusb -t (the modem's speed: 5000M or 480M); sudo dmesg | grep -iE 'new (SuperSpeed|high-speed) USB device'"),
    # one of several identical USB modems on one host missing, a different one each boot: "it is not always the same USB
    # device that is not recognized", "a different stick fails each time". The units are sound (each one works on other
    # boots) and the drivers know the model (the others bind): what varies is which one browns out on the host's shared
    # USB supply at power-up (knowledge.md usb-power-or-reset)
    StatedState("said:random-unit-missing",
                _sentence_with(_RANDOM_UNIT, _NOT_COMING_UP),
                "lsusb -t after a boot where one is missing; dmesg | grep -iE 'over-current|under-voltage|usb [0-9-.]+:.*(error|disconnect)'",
                unless=_NOW_FIXED),
    # other hardware of the machine is gone too, not only the modem: "Networking is totally gone as if the hardware
    # doesn't exist", "no wifi and no modem", "WiFi, Bluetooth and the modem disappeared". One fault that takes several
    # unrelated devices at once is the running kernel's, not the modem's (its modules are missing).
    StatedState("said:other-devices-gone",
                # "<other> is gone / disappeared", "as if the hardware doesn't exist"
                r"\b" + _OTHER_HW + r"(?:(?!\b(?:modem|module|only|but|works?|working|fine)\b)[^.!?]){0,60}?"
                r"(?:\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:gone|missing|dead)\b|\b(?:disappeared|vanished)\b|"
                r"\bas if (?:the |my )?(?:hardware|device|card|chip)s? (?:does|do|did)(?:n't| not) exist\b)|"
                # the modem and the other hardware fail together, in either order: "my LTE modem and wifi both stopped
                # working", "wifi and modem not detect anymore"
                r"\b(?:" + _MODEM_WORD + r"\s*(?:,|and|&|\+|/)\s*(?:the\s+|my\s+)?" + _OTHER_HW + r"|" + _OTHER_HW +
                r"\s*(?:,|and|&|\+|/)\s*(?:(?:the|my)\s+)?(?:\w+\s+)?" + _MODEM_WORD + r")\b(?:\s*(?:are|is|were|both|all|also|too|,))*\s*"
                + _GONE + r"|"
                # "neither the wifi nor the modem works / is detected"
                r"\bneither\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:" + _MODEM_WORD + r"|" + _OTHER_HW + r")\s+nor\s+(?:the\s+|my\s+)?"
                r"(?:\w+\s+)?(?:" + _MODEM_WORD + r"|" + _OTHER_HW + r")\b\s*(?:works?|shows?\s+up|appears?|"
                r"(?:are|is)\s+(?:detected|found|there|working|shown))\b|"
                # "no wifi and no modem", "no wifi, no sound, no modem"
                r"\bno\s+" + _OTHER_HW + r"\s*(?:,|and|nor|or|&)\s*(?:no\s+" + _OTHER_HW + r"\s*(?:,|and|nor|or|&)\s*)?no\s+"
                + _MODEM_WORD + r"\b|\bno\s+" + _MODEM_WORD + r"\s*(?:,|and|nor|or|&)\s*no\s+" + _OTHER_HW + r"\b|"
                # the other hardware "either / too / also" beside the modem's failure: "wifi doesn't work either"; "lost wifi,
                # bluetooth and the modem"
                r"\b(?:also\s+(?:the\s+|my\s+)?" + _OTHER_HW + r"\s+(?:is\s+|are\s+)?" + _GONE + r"|" + _OTHER_HW +
                r"\s+(?:is\s+|are\s+)?(?:also\s+)?" + _GONE + r"\s+(?:either|too|as well|also)\b|(?:lost|lose|losing)\s+"
                r"(?:the\s+|my\s+|all\s+)?(?:" + _OTHER_HW + _SAME + r"{0,40}?\b" + _MODEM_WORD + r"|" + _MODEM_WORD + _SAME +
                r"{0,40}?\b" + _OTHER_HW + r"))\b",
                "uname -r; ls /lib/modules (is the running release there?); lsmod | grep -iE 'wwan|qmi|option|cfg80211'",
                unless=r"\b(?:(?:works?|working) again|fixed|solved|resolved|" + _OTHER_HW +
                       r"\s+(?:is\s+|are\s+)?(?:still\s+)?(?:fine|ok|okay|working|works)\b)"),
    # the machine's software was updated or upgraded just before (not the modem's firmware: said:firmware-damaged):
    # "after I updated", "since the kernel upgrade", "after kernel update", "after the last pacman -Syu", "after apt
    # upgrade", "after install the new kernel"
    StatedState("said:after-system-update",
                r"\b(?:after|since|following)\s+(?:(?:I|we|you)\s+(?:have\s+|had\s+|did\s+)?)?(?:an?\s+)?(?:updated|upgraded|updating|upgrading|"
                r"update|upgrade)\b(?!\s+(?:of\s+)?(?:(?:the|its|my|a|an)\s+)?(?:modem|module|\w*\d\w*)?\s*(?:firmware|fw)\b)"
                r"(?!\s+(?:of\s+)?(?:(?:the|its|my)\s+)?(?:modem|module)\b)|"
                r"\b(?:after|since|following)\s+(?:the|my|our|an?|last|latest|yesterday's|today's|a recent|the recent|the last)\s+"
                r"(?:(?:system|kernel|OS|package|software|distro|full|security|\w+ \d+(?:\.\d+)*)\s+)?(?:update|upgrade)s?\b"
                r"(?!\s+(?:of\s+)?(?:(?:the|its|my)\s+)?(?:modem|module)?\s*(?:firmware|fw)\b)|"
                r"\b(?:after|since|following)\s+(?:(?:system|kernel|OS|package|software|distro|full|security)\s+)(?:update|upgrade)s?\b|"
                r"\b(?:after|since|following)\s+(?:(?:I|we)\s+)?(?:running\s+|ran\s+|doing\s+|did\s+|an?\s+|the\s+)?(?:last\s+|latest\s+)?"
                r"(?:sudo\s+)?(?:pacman\s+-S\w*u|apt(?:-get)?\s+(?:full-|dist-)?upgrade|dnf\s+(?:upgrade|update)|yum\s+update|"
                r"zypper\s+(?:dup|up)|opkg\s+upgrade|emerge\s+-\w*u|pkcon\s+update)|"
                r"\b(?:after|since|following)\s+(?:(?:I|we)\s+)?(?:install\w*|updat\w*|upgrad\w*|switch\w* to)\s+(?:the\s+|a\s+)?"
                r"(?:new(?:er)?\s+|latest\s+)?(?:kernel|linux-image\S*|linux(?:-\w+)?\s+\d|\d+\.\d+(?:\.\d+)?(?:-\S+)?\s+kernel)",
                "uname -r; ls /lib/modules; pacman -Q linux / dpkg -l 'linux-image*' (what was installed)", context=True),
    # the running kernel has no module tree, in words: "/lib/modules/6.1.21-v8+ does not exist", "there is no folder for
    # the running kernel in /usr/lib/modules", "/boot was not mounted during the update" (kernel-module-missing: kmod looks
    # under /lib/modules/$(uname -r); a kernel update written to an unmounted /boot leaves the old kernel running)
    StatedState("said:no-module-tree",
                r"(?:/usr)?/lib/modules(?:/(?:\$\(uname -r\)|`uname -r`|\S*))?[`'\"]?\s+(?:folder\s+|directory\s+|dir\s+)?(?:(?:does|do)(?:n't| not)\s+exists?|not\s+exists?|"
                r"(?:is|was|are)\s+(?:\w+\s+)?(?:missing|empty|gone|absent|not there|deleted|removed)|missing|no such file)\b|"
                r"\bno\s+(?:such\s+)?(?:modules?\s+)?(?:folder|directory|dir|modules)\s+(?:\w+\s+){0,3}?(?:for|of|matching)\s+(?:the\s+|my\s+)?"
                r"(?:running|current|booted|active|old)\s+kernel\b|"
                r"\b(?:modules?|module (?:folder|directory|tree))\s+(?:for|of)\s+(?:the\s+|my\s+)?(?:running|current|booted|old)\s+kernel\s+"
                r"(?:(?:is|are|was|were|got|have been|has been)\s+)?(?:missing|gone|deleted|removed|not (?:there|installed|present))\b|"
                r"(?:/boot|\bboot partition)\s+(?:partition\s+)?(?:(?:was|is|were)(?:n't|\s+not)|(?:was|is)\s+never|not)\s+mounted\b|"
                r"\bforgot\s+to\s+mount\s+(?:the\s+)?(?:/boot|boot partition)|\bwithout\s+(?:mounting\s+)?(?:the\s+)?/boot\b|"
                r"\b(?:running|booted)\s+kernel\s+(?:is\s+(?:still\s+)?(?:the\s+)?old(?:er)?\s+(?:one|kernel)|(?:does|did)(?:n't| not)\s+match\s+"
                r"(?:the\s+)?installed)",
                "uname -r; ls /lib/modules /usr/lib/modules; findmnt /boot",
                unless=r"\b(?:fixed|solved|resolved|works? now)\b"),
    # no answer on the module's serial (AT) port: a HAT, shield or board whose module was never switched on answers
    # nothing (knowledge.md modem-not-powered: the power key must be pulsed); a USB modem's port is a different story
    StatedState("said:serial-no-answer",
                r"\b(?:serial(?: port| console| line)?|UART|(?-i:AT)(?: commands?| port)?|minicom|picocom|ttyS\d|ttyAMA\d|serial0)\b"
                + _SAME + r"{0,80}?\b(?:(?:get|gets|got|getting|receiv\w*|see|sees|saw|have|has|had|gives?|gave|giving)\s+(?:no|nothing|zero)\s*"
                r"(?:response|answer|reply|output|back)?|no (?:response|answer|reply)|(?:does|do|did)(?:n't| not) "
                r"(?:respond|answer|reply)|not (?:responding|answering))\b|"
                # the failure first: "stopped responding to AT commands", "the device is not responding to AT commands"
                r"\b(?:not|n't|stopped|never|no longer)\s+(?:respond\w*|answer\w*|reply\w*|react\w*)\s+(?:to\s+)?(?:any\s+|the\s+|my\s+|all\s+)?"
                r"(?-i:AT)(?:\s+commands?)?\b|\bno\s+(?:response|answer|reply)\s+(?:to|from|on)\s+(?:the\s+|any\s+)?(?:(?-i:AT)|serial|UART)\b|"
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to)\s+get\s+(?:any|a)\s+(?:response|answer|reply)\s+(?:on|to|from)\s+(?:the\s+|my\s+)?"
                r"(?:(?-i:AT)|serial|UART)\b|\b(?:not|n't|stopped|never|no\s+longer)\s+(?:respond\w*|answer\w*|reply\w*|react\w*)\s+(?:on|over|via|through)\s+"
                r"(?:the\s+|its\s+|my\s+)?(?:(?-i:AT)|serial(?:\s+port|\s+line)?|UART)\b|\b(?-i:AT)(?:\s+commands?)?\s+(?:just\s+|only\s+|all\s+)?"
                r"(?:times?|timed)\s+out\b",
                "the module's power LED and status pin; AT on the serial port after pulsing the power key (PWRKEY) per the board manual"),
    # the serial line gives nothing but NUL bytes: "^@" (how chat -v and cat -v print NUL) said to come over and over, or
    # "only null bytes" read from the port - a UART whose other end is off (signatures.py serial:nul-bytes)
    StatedState("said:serial-nul-bytes",
                r"\b(?:prints?|printed|printing|shows?|showed|showing|outputs?|spits?\s+out|returns?|returned|gets?|got|getting|"
                r"receiv\w+|reads?|echo\w*|displays?\w*|dumps?|fill\w*|flood\w*|answers?|answered|replies|replied)\b"
                + _SAME + r"{0,40}?['\"‘’“”`(]?(?:\^@){1,}|"
                r"(?:\^@)+['\"‘’“”`)]?\s+(?:\w+\s+)?(?:over\s+and\s+over|again\s+and\s+again|repeatedly|endlessly|forever|"
                r"non-?stop|continuously|all\s+the\s+time|in\s+a\s+loop|characters|symbols|bytes)\b|"
                r"\b(?:only|nothing\s+but|just|(?:a\s+)?(?:stream|flood|series|bunch|lot|run|string)s?\s+of|lots\s+of|full\s+of|"
                r"endless)\s+(?:\w+\s+){0,2}?(?:NUL|null|zero|0x00|\\0|\\x00)(?:\s*-\s*|\s+)?(?:bytes?|characters?|chars?)\b"
                + _SAME + r"{0,80}?\b(?:serial|UART|tty\w*|port|modem|module|chat|minicom|picocom|screen|cat)\b|"
                r"\b(?:serial|UART|tty\w*|port|modem|module|chat|minicom|picocom|screen|cat)\b" + _SAME + r"{0,80}?"
                r"\b(?:only|nothing\s+but|just|(?:a\s+)?(?:stream|flood|series|bunch|lot|run|string)s?\s+of|lots\s+of|full\s+of|"
                r"endless)\s+(?:\w+\s+){0,2}?(?:NUL|null|zero|0x00|\\0|\\x00)(?:\s*-\s*|\s+)?(?:bytes?|characters?|chars?)\b",
                "the module's status LED; AT on the serial port after pulsing the power key (PWRKEY) per the board manual",
                # ... or the module answered all the same ("then the modem answered OK")
                unless=r"\b(?:fixed|solved|resolved|works? now|now works)\b|" + _UNNEGATED + r"\b(?:answer\w*|repl\w*|respond\w*|"
                       r"says?|said|gives?|gave|returns?|returned)\s+(?:with\s+|back\s+)?[\"'‘“]?OK\b"),
    # a login console on the serial line the module uses: the serial console / login shell / getty said to be on
    # (enabled, active, running) for the UART, or the port said to answer with a login prompt (util-linux agetty
    # "<host> login: "); on a Raspberry Pi raspi-config's "login shell over serial" is that console
    StatedState("said:serial-console-on-port",
                r"\b(?:serial|UART)\s+(?:login\s+)?(?:console|login|getty|shell)\b" + _SAME + r"{0,40}?\b(?:is|was|are|stays?|"
                r"remains?|seems)\s+(?:still\s+|also\s+)?(?:enabled|active|running|on)\b|"
                r"\blogin\s+(?:shell|console)\s+(?:over|on)\s+(?:the\s+)?(?:serial|UART)\b" + _SAME + r"{0,30}?\b(?:is|was)\s+(?:still\s+)?"
                r"(?:enabled|active|running|on)\b|"
                r"\b(?:a\s+|the\s+)?(?:serial-)?a?getty(?:@\S+)?\s+(?:is\s+|was\s+)?(?:still\s+)?(?:runs?|running|active|listen\w*|sits?|spawned)\s+"
                r"(?:on\s+)?(?:/dev/)?(?:ttyS\d|ttyAMA\d|serial\d|the\s+(?:UART|serial\s+port))\b|"
                r"\b(?:modem|module|port|UART|ttyS\d|ttyAMA\d|serial0)\b" + _SAME + r"{0,30}?\b(?:answers|replies|responds|comes\s+back)\s+"
                r"with\s+(?:a\s+|the\s+)?(?:login|getty)\s+prompt\b|"
                r"\b(?:get|got|see|saw|getting)\s+(?:a\s+|the\s+)?(?:Linux\s+)?login\s+prompt\s+(?:back\s+)?(?:from|on)\s+(?:the\s+|my\s+)?"
                r"(?:modem|module|UART|serial\s+port|port|ttyS\d|ttyAMA\d|serial0)\b",
                "systemctl list-units 'serial-getty@*'; cat /proc/cmdline (console=serial0 / ttyAMA0 / ttyS0)",
                unless=r"\b(?:disabled?|turned\s+off|switched\s+off|removed)\b"),
    # the AT commands come back endlessly or only as their echo: a tty left in cooked mode with ECHO (a login
    # console's line settings) sends the module's echo of each command back to it, a loop of repeated commands
    StatedState("said:at-echo-loop",
                r"\b(?-i:AT)(?:\s+commands?)?\b" + _SAME + r"{0,30}?\b(?:(?:keeps?|kept)\s+(?:on\s+)?(?:repeating|echoing|looping|"
                r"coming\s+back)|(?:repeat|repeats|repeated|echo|echoes|echoed)\s+(?:themselves|itself|endlessly|forever|in\s+a\s+loop|"
                r"over\s+and\s+over))\b|"
                r"\b(?:(?:only|just)\s+(?:get|gets|got|see|sees|saw)\s+(?:back\s+)?(?:the\s+|my\s+)?(?:own\s+)?(?:echo|(?-i:AT)\s+commands?|"
                r"commands?)\s+(?:echoed|repeated|back)|(?:only|just)\s+(?:echo(?:es|ed)?|repeats?|repeated)\s+(?:back\s+)?(?:the\s+|my\s+)?"
                r"(?:(?-i:AT)\s+)?commands?)\b" + _SAME + r"{0,40}?\b(?:no|without|never)\s+(?:reply|response|answer|OK)\b",
                "stty -F /dev/ttyS0 -a (echo, icanon); systemctl list-units 'serial-getty@*'; cat /proc/cmdline",
                unless=r"\b(?:fixed|solved|ATE0|echo\s+off)\b"),
    # the modem sits on a HAT, shield, breakout or development board (its power key is the board's to pulse)
    # the modem is a USB device of its own (a stick, a dongle, a USB modem box) plugged into the host: the host's port
    # powers it, there is no power key to press ("a new USB modem", "connecting USB to host", "the USB dongle")
    StatedState("said:usb-device",
                r"\bUSB[ -](?:device|modem|dongle|stick)s?\b|"
                r"\b(?:connect\w*|plug\w*)\s+(?:in\s+)?(?:the\s+|its\s+)?USB(?:\s+cable)?\s+(?:in)?to\s+(?:the\s+|my\s+|a\s+)?"
                r"(?:host|PC|computer|laptop|port)\b",
                "lsusb; the device's LED right after it is plugged in", context=True, keeps_catch_all=True),
    StatedState("said:modem-board",
                # a HAT as its makers write it, or a hat that is one's: German "hat" (has) is no board ("Endlich hat man Zeit")
                r"\b(?:(?-i:HAT|(?<=\w )Hat)|(?:the|my|a|this|LTE|4G|5G|cellular)\s+(?:[\w-]+\s+){0,2}?hat\b|shield|breakout(?: board)?|"
                r"(?:dev(?:elopment)?|evaluation|eval) (?:board|kit)|EVB|base ?HAT|"
                # microcontroller boards with the module on them (LilyGO / TTGO T-SIM, T-Call, T-A76xx; ESP32, Arduino, Wio)
                r"LilyGO|TTGO|T-SIM[\w-]*|T-A7\d{3}[\w-]*|T-Call[\w-]*|T-PCIE[\w-]*|T-SIMCAM|ESP32[\w-]*|ESP8266|Arduino|Wio[ -]\w+|Maduino[\w-]*|"
                # the program such a board runs, as the Arduino IDE names it ("programmed the boards with a different sketch")
                r"sketch(?:es)?)\b",
                "the board's manual: how its power key / power button switches the module on", suspected=True, context=True, keeps_catch_all=True),
    # a module in the mini-PCIe / M.2 slot of a router or single-board computer (not a laptop's): the board's own power
    # or enable GPIO and its device tree switch the slot on ("an EC20 in the mini-PCIe slot of my RK3399 board", "the LTE
    # module in the router's mPCIe socket", "minipcie插口"); context, what a not-enumerated module is checked for first
    StatedState("said:board-slot-module",
                r"\b(?:mini[- ]?PCI(?:e|-E|\s+Express)?|mPCIe|M\.2|NGFF)\s+(?:slot|socket|connector|port|interface)s?\b" + _SAME +
                r"{0,60}?\b(?:board|router|SBC|OpenWrt|Armbian|RK\d{4}|Raspberry|Pi|CM4|BPI|Banana|NanoPi|Orange\s+Pi|gateway|CPE)\b|"
                r"\b(?:board|router|SBC|RK\d{4}|CM4|BPI|NanoPi|gateway|CPE)(?:'s)?\s+(?:\S+\s+){0,5}?(?:mini[- ]?PCI(?:e|-E)?|mPCIe|M\.2|NGFF)"
                r"\s+(?:slot|socket|connector|port)s?\b",
                "the board's schematic / device tree: the slot's power-enable GPIO or regulator; lsusb right after boot",
                context=True, unless=r"\b(?:laptop|notebook|ThinkPad|Latitude|EliteBook|ProBook|XPS|MacBook|desktop|PC)\b", keeps_catch_all=True),
    StatedState("said:board-slot-module", r"(?:mini-?pcie|mpcie|M\.2|NGFF)\s*(?:插口|插槽|接口|卡槽|槽)",
                "the board's schematic / device tree: the slot's power-enable GPIO or regulator; lsusb right after boot",
                context=True, unless=_CHINESE_HEDGE + r"|笔记本|ThinkPad|联想", keeps_catch_all=True),
    StatedState("said:modem-board", _CARRIER_BOARD,
                "the board's manual: which pin or GPIO switches the module's power on", context=True, any_line=True, keeps_catch_all=True),
    # the module answered for a while, then stopped: "stopped responding to AT commands after a month", "worked for two
    # weeks before the modem stopped", "suddenly stopped responding"
    StatedState("said:stopped-after-working",
                r"\b(?:stopped|ceased|quit)\s+(?:to\s+)?(?:respond\w*|work\w*|answer\w*|boot\w*)" + _SAME + r"{0,50}?\bafter\s+(?:a|one|two|three|"
                r"a few|several|some|\d+)\s+(?:\w+\s+)?(?:months?|weeks?|days?|years?)\b|"
                r"\b(?:worked|working|ran|running)\s+(?:fine\s+|well\s+|perfectly\s+|ok\s+|normally\s+)?for\s+(?:a|one|two|three|a few|several|some|\d+)"
                r"\s+(?:\w+\s+)?(?:months?|weeks?|days?|years?)" + _SAME + r"{0,40}?\b(?:before|then|until|and now|but now)\b|"
                r"\bsuddenly\s+(?:it\s+)?(?:stopped|quit)\s+(?:respond\w*|work\w*|answer\w*)",
                "the module's status LED and AT on its serial port; the same sketch on another board",
                unless=r"\b(?:after\s+(?:I\s+)?(?:updat|upgrad|flash|chang|install)\w*|fixed|solved|resolved|works? again)\b"),
    # the device runs on its own while the host does not see it: its own Wi-Fi access point or hotspot is up (a router-style
    # stick powered from any USB port or charger), "its Wi-Fi hotspot still works", "das WLAN des Sticks geht noch",
    # "Wi-Fiの電波は出ていてアクセスポイントとしては利用できる": it has power and its firmware runs
    StatedState("said:runs-standalone",
                r"\b(?:its|the\s+(?:stick|dongle|device|modem)'s)\s+(?:own\s+)?(?:Wi-?Fi|WLAN|hotspot|access\s+point)(?:\s+(?:hotspot|access\s+point|"
                r"network))?\s+(?:still\s+)?(?:works|is\s+(?:still\s+)?(?:up|on|working|there|broadcasting)|comes\s+up)\b|"
                r"\b(?:it|the\s+(?:stick|dongle|device))\s+still\s+(?:works|runs)\s+as\s+(?:a\s+)?(?:Wi-?Fi\s+)?(?:hotspot|access\s+point|router)\b",
                "the device on another host and on a plain USB charger: its Wi-Fi, its LEDs; lsusb on each host", context=True,
                unless=r"(?:n't|\bnot\b|\bno\s+longer\b)\s+(?:\w+\s+)?(?:works?|up|on|there)\b"),
    *_in_each_language("said:runs-standalone", {
        "de": r"\b(?:WLAN|WiFi|Wi-Fi|Hotspot)(?:\s+des\s+(?:Sticks|Dongles|Geräts|Modems))?\s+(?:geht|funktioniert|läuft)\s+(?:aber\s+)?noch\b",
        "es": r"\b(?:wifi|wi-fi|punto\s+de\s+acceso|hotspot)\s+(?:del\s+(?:m[oó]dem|dongle|dispositivo)\s+)?(?:sigue\s+funcionando|"
              r"todav[ií]a\s+funciona)\b",
        "ja": r"Wi-?Fi\S{0,12}?(?:電波(?:は|が)出て|アクセスポイントとして(?:は)?(?:利用|使用|使え)|(?:は|が)(?:使える|生きて))",
        "zh": r"(?:WiFi|Wi-Fi|热点)\S{0,8}?(?:还能用|仍然可以用|依然可以用|还在工作)",
    }, "the device on another host and on a plain USB charger: its Wi-Fi, its LEDs; lsusb on each host"),
    # the post says the modem works now with what it runs, a working setup shared: "the driver is the only thing that gets my
    # L850 working", "this driver gets the modem working on my laptop", "I have it working with ModemManager", "my card works
    # well with this driver". Context, no fault: a rule that infers a fault from output not shown (a PCIe modem with no
    # driver shown) steps aside; a fix told with it ("after installing ... it works") is the solved post's, not read
    StatedState("said:modem-works",
                r"\b(?:gets?|getting|makes?)\s+(?:the\s+|my\s+|this\s+|our\s+|it\b)(?:\S+\s+){0,6}?(?:working|work|running)\b(?!\s+again)|"
                r"\b(?:I|we)\s+(?:have|'ve\s+got)\s+(?:it|them|the\s+\S+|my\s+\S+|this\s+\S+)\s+(?:\S+\s+){0,3}?(?:working|running)\s+"
                r"(?:fine\s+|well\s+|perfectly\s+|nicely\s+)?(?:with|using|on|through|via|under)\b|"
                r"\b(?:it|modem|card|module|stick|dongle)\s+works\s+(?:(?:really\s+)?(?:well|fine|great|perfectly|flawlessly)\s+)?"
                r"(?:with|using|through|via)\s+(?:this|the|your)\s+(?:\S+\s+)?(?:driver|module|project|script|tool)\b",
                "mmcli -m any; ip addr (the modem's interface up with an address)", context=True,
                unless=r"(?:n't|\bnot\b|\bnever\b|\bno\s+longer\b|\bcannot\b|\bto\s+get\b|\btry\w*\b|\bhow\b|\bafter\b|\buntil\b|"
                       r"\bonce\s+I\b|\bsince\s+I\b|\bwhen\s+I\b|\bonly\s+(?:after|when|if|with\s+Windows)\b|\bWindows\b|\bphone\b|"
                       r"\bbut\b|\bREADME\b|\bsays?\b|\bmost\b|\bsupposed\b|\bshould\b)"),
    # the common states in Indonesian where the subject comes first and its negated state after it, which the clause grammar
    # (negation before its verb, an absent thing after "tidak ada") does not read: "SIM tidak ada" (the SIM is not there),
    # "kartu SIM-nya terkunci", "minta PIN terus", "tidak dapat sinyal", "lsusb tidak menampilkan modem", "/dev/ttyUSB0 tidak
    # muncul" (model/prose_states_foreign.py's row), "usb_modeswitch tidak ada"
    *_in_each_language("said:sim-not-detected", {
        "id": r"\b(?:kartu\s+)?SIM(?:\s?card)?(?:-?nya)?\s+(?:\w+\s+)?(?:tidak|tak|gak|nggak|ga)\s+(?:ada|kebaca|terbaca|terdeteksi)\b",
    }, "mmcli -m any (SIM); or AT+CPIN? on the AT port", r"\bsudah\s+(?:ada|terbaca|terdeteksi)\b"),
    *_in_each_language("said:sim-locked", {
        "id": r"(?<!tidak\s)(?<!gak\s)(?<!nggak\s)(?<!ga\s)(?<!tak\s)\b(?:minta|meminta|menanyakan|butuh|perlu|disuruh\s+masukkan)\s+"
              r"(?:kode\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM(?:\s?card)?|kartu(?:\s+SIM)?)(?:-?nya)?\s+(?:\w+\s+)?(?:terkunci|dikunci|ke-?lock|kena\s+lock)\b|"
              r"\bterkunci\s+(?:PIN|PUK)\b",
    }, "mmcli -m any (state: locked, unlock required); or AT+CPIN? on the AT port",
        r"\b(?:dinonaktifkan|nonaktif\w*|dimatikan|sudah\s+(?:dibuka|terbuka)|berhasil\s+dibuka)\b"),
    *_in_each_language("said:not-registered", {
        "id": r"\b(?:tidak|tak|gak|nggak|ga)\s+(?:dapat|dapet|ada|menangkap|nangkap|nangkep)\s+sinyal\b|"
              r"\bsinyal(?:-?nya)?\s+(?:\w+\s+)?(?:tidak|tak|gak|nggak)\s+ada\b|"
              r"\b(?:tidak|tak|gak|nggak)\s+(?:bisa\s+)?(?:terdaftar|registrasi|register)\s+(?:ke|di)\s+(?:jaringan|operator|provider)\b",
    }, "mmcli -m any (3GPP registration state, signal); or AT+CREG? AT+CEREG? AT+COPS? AT+CSQ"),
    *_in_each_language("said:not-on-usb", {
        "id": r"\blsusb\b[^.!?\n]{0,20}?\b(?:tidak|tak|gak|nggak|ga)\s+(?:menampilkan|memunculkan|mendeteksi|menunjukkan|ada)\s+"
              r"(?:\w+\s+)?(?:modem|dongle|perangkat)\w*|"
              # the device not in lsusb's list: "waktu saya jalankan lsusb, modem itu tidak ada di daftar"
              r"\blsusb\b[^.!?\n]{0,60}?\b(?:tidak|tak|gak|nggak|ga)\s+(?:ada|muncul|terlihat|kelihatan)\s+(?:di\s+)?(?:daftar|list)\w*",
    }, "lsusb; sudo dmesg | grep -iE 'usb [0-9-.]+:|new .*USB device' | tail -20"),
    *_in_each_language("said:modeswitch-missing", {
        "id": r"\busb[_-]?mode[_-]?switch\b(?:-?nya)?\s+(?:\w+\s+)?(?:tidak|tak|gak|nggak|belum)\s+(?:ada|terinstal|terinstall|"
              r"terpasang|diinstal)\b|\b(?:tidak|belum)\s+(?:ada|terinstal|terpasang)\s+usb[_-]?mode[_-]?switch\b",
    }, "which usb_modeswitch; ls /lib/udev/rules.d/*usb_modeswitch*"),
    # the module is powered: its status or power LED lights or blinks ("the status light turns on for 14 seconds, then off")
    StatedState("said:led-alive",
                r"\b(?:status|power|net(?:work)?|NETLIGHT|STATUS)?\s*(?:LED|light)s?\s+(?:is\s+|are\s+|was\s+)?(?:still\s+)?"
                # "on" as a state, not the place ("LEDs on the board")
                r"(?:on(?!\s+(?:the|my|a|an|this|its|any|every|both|all)\b)|lit|blinks?|blinking|flash(?:es|ing)?|cycl\w*|turns? on|"
                r"lights? up|comes? on|toggles?)\b|"
                # the device itself blinks ("the dongle is blinking", "the stick flashes red"): its LED; "flashing" alone
                # is also a firmware being written ("the modem is flashing"), so it needs a colour or a pace
                r"\b(?:dongle|stick|modem|module|router)\s+(?:is\s+|was\s+|keeps\s+|starts\s+|started\s+)?(?:still\s+)?"
                r"(?:blinks|blinking|blinked|(?:flash(?:es|ing|ed)?|blinks|blinking)\s+(?:in\s+)?(?:red|green|blue|white|"
                r"yellow|orange|purple|cyan|slowly|fast|quickly|rapidly|once|twice|continuously|constantly))\b",
                "the module's status LED against the board manual's LED table", context=True),
    # the modem is found on some boots only: "sometimes recognises the modem", "detected only after the third power
    # cycle", "every other reboot the modem is missing". A module soldered or fitted inside a router or laptop that
    # enumerates on some power-ups and not on others, with nothing changed between them, is failing (knowledge.md
    # causes: hardware-fault, fails the same way on every host); a dongle on a cable or hub is the supply first.
    StatedState("said:detected-only-sometimes",
                r"\b(?:sometimes|occasionally|randomly|only some times)[\"'\u201c\u201d]?\s+(?:\w+\s+){0,3}?(?:recogni[sz]\w*|detect\w*|find\w*|finds|sees?|"
                r"shows? up|appears?|enumerat\w*)\b" + _SAME + r"{0,30}?\b(?:modem|module|card)\b|"
                r"\b(?:modem|module|card)\b" + _SAME + r"{0,30}?\b(?:recogni[sz]ed|detected|found|seen|enumerated|shows? up|appears?)\s+"
                r"(?:only\s+)?(?:sometimes|occasionally|randomly|on some boots|every (?:other|few|second|third) (?:boot|reboot|power[- ]?cycle)s?)\b|"
                r"\b(?:recogni[sz]ed|detected|found|seen|enumerated|shows? up|appears?|comes? up)\s+(?:only\s+)?after\s+(?:the\s+)?"
                r"(?:second|third|fourth|fifth|several|many|multiple|a few|\d+(?:rd|th|nd)?)\s+(?:\w+\s+){0,2}?"
                r"(?:power[- ]?cycles?|reboots?|restarts?|boots?|tries|attempts)\b",
                "lsusb and dmesg | grep -iE 'usb [0-9-.]+:' after a boot where the modem is missing and after one where it is there",
                unless=r"\b(?:usb_?mode_?switch|storage|cd-?rom|SIM(?:[\s-]?card)?\s+(?:is\s+)?(?:sometimes|only)|fixed|solved|resolved)\b"),
    # the person reloaded a PCIe modem's driver (MediaTek T7xx, iosm, MHI) or removed and rescanned the PCI device to
    # bring the modem back: "rmmod mtk_t7xx and modprobe it again", "after reloading the t7xx module", "echo 1 > remove,
    # then a rescan"
    StatedState("said:pcie-driver-reloaded",
                r"\b(?:rmmod|modprobe\s+-r|unload\w*|re-?load\w*|re-?insert\w*|re-?bind\w*|unbind\w*)\s+(?:of\s+)?(?:the\s+)?"
                r"(?:mtk[_-]?t7xx|t7xx|iosm|mhi[_-]pci[_-]generic)\b|"
                r"\b(?:mtk[_-]?t7xx|t7xx|iosm|mhi[_-]pci[_-]generic)(?:\s+(?:driver|module|kmod))?\s+(?:(?:is|was|gets?|got)\s+)?(?:re-?load\w*|unload\w*|"
                r"re-?insert\w*|removed)\b|"
                r"\becho\s+1\s*>\s*\S*\bremove\b" + _SAME + r"{0,80}?\brescan\b",
                "sudo dmesg | grep -iE 'mtk_t7xx|iosm|mhi'; uname -r", context=True),
    # the modem is built into the router, gateway or laptop: "internal modem", "built-in LTE module"
    StatedState("said:internal-modem",
                r"\b(?:internal|built[- ]?in|integrated|onboard|on-board|embedded)\s+(?:\w+\s+)?(?:modem|module|WWAN|LTE|4G|5G)\b|"
                # the modem of a Linux phone, soldered or on an internal card and fed by the phone's own supply (PinePhone and
                # PinePhone Pro: Quectel EG25-G; Librem 5: an M.2 card): "the PinePhone's modem", "modem of my Librem 5"
                r"\b(?:PinePhone(?:\s+Pro)?|Librem\s*5)(?:'s)?\s+(?:\w+\s+)?modem\b|"
                r"\bmodem\s+(?:of|in|inside)\s+(?:my|the|a|this)\s+(?:PinePhone|Librem\s*5)\b|"
                # a cellular router sold with its modem inside, named by its model: MikroTik's LTE/5G products (the "LTE6",
                # "LTE18", "5G" in the name is the module fitted at the factory: "LHG LTE18 kit", "SXT LTE6", "wAP ac LTE",
                # "LtAP mini LTE", "Chateau 5G", "ATL LTE18"); Teltonika's cellular routers and gateways (RUT2xx, RUT9xx,
                # RUTX09/11/12/14/50, RUTM, RUTC, TRB1xx/2xx/5xx; their RUTX08/10 and RUT300/301 have no modem)
                r"\b(?:LHGG?|SXT|wAP(?:\s+ac)?|LtAP(?:\s+mini)?|Chateau|ATL|hAP\s+ac[\^\u00b2\u00b323]*)\s+(?:LTE\d{0,2}|5G)\b|"
                r"\b(?:RUT[29]\d{2}|RUTX(?:09|11|12|14|50)|RUT[MC]\d{2}|TRB[125]\d{2})\b",
                "the device's model and the modem's position (soldered, mini-PCIe, M.2)", context=True, keeps_catch_all=True),
    # a PPP / GPRS connection that goes to "pending" and straight back to offline: the dialler's setup (APN,
    # user, authentication options) is refused at once
    StatedState("said:call-pending-then-offline",
                r"\b(?:switch\w*|go\w*|went|chang\w*|turn\w*|moves?|moved)\s+(?:to\s+)?['\"]?(?:pending|connecting)['\"]?"
                + _SAME + r"{0,40}?\b(?:offline|disconnected|idle|failed)\b|"
                # or that never ends: "connecting state over and over again", "stuck in a connecting loop"
                r"\bconnecting\b(?:\s+(?:state|status|phase))?" + _SAME + r"{0,40}?\b(?:over and over|again and again|in a loop|"
                r"repeatedly|endlessly|never\s+(?:gets?\s+|becomes?\s+|reaches?\s+)?connected)|"
                r"\b(?:stuck|caught)\s+in\s+an?\s+(?:endless\s+)?connecting\s+loop\b|"
                r"\b(?:cycl|loop|bounc|flipp)\w*\s+(?:\w+\s+)?(?:through|between|in|on)\s+(?:the\s+)?['\"]?connecting\b",
                "the dialler's log (pppd debug: /var/log/messages or logread); its APN, user and authentication options"),
    StatedState("said:apn-not-kept",
                r"\bAPN\b" + _SAME + r"{0,40}?\b(?:" + _NOT_KEPT + r")\b" + _SAME + r"{0,60}?\b" + _RESTART + r"|"
                r"\b" + _RESTART + _SAME + r"{0,60}?\bAPN\b" + _SAME + r"{0,40}?\b(?:" + _NOT_KEPT + r")|"
                # the modem or router the subject: "the router forgets the APN after every reboot"
                r"\b(?:forgets?|forgot|forgotten|loses|lost|drops|wipes|clears|resets)\s+(?:the\s+|its\s+|my\s+)?APN\b" + _SAME +
                r"{0,60}?\b" + _RESTART + r"|"
                # ... or it takes effect only when saved again, unchanged: "the only way I can make it work is going to APN and
                # saving it again", "I have to re-save the APN after each reboot" (the setting is not applied at boot)
                r"\b(?:only\s+way|ha(?:ve|s|d)\s+to|need\s+to|must|every\s+time|each\s+time)\b" + _SAME + r"{0,80}?(?:\bAPN\b" + _SAME +
                r"{0,40}?" + _SAVED_AGAIN + r"|" + _SAVED_AGAIN + _SAME + r"{0,40}?\bAPN\b)",
                "the APN in the connection settings after a reboot; AT+CGDCONT? (the modem's contexts)"),
    # the modem (its firmware) crashes: the subject is the modem, a module named by its model, or its firmware; a
    # crashing ModemManager is said:mm-crashed (knowledge.md 2.20 firmware-bug-or-crash)
    StatedState("said:modem-crashes",
                # (a model name may carry the word for what it is: "ZTE MF286D modem randomly crashes")
                r"(?:" + _MODEM_SUBJECT + r"|\b[A-Z]{1,5}-?\d{2,4}[A-Z0-9-]*\b(?:\s+(?:modem|module|card|dongle|stick))?)(?:\s+firmware)?" + _ADVERBS +
                r"\s+(?:(?:is|are|was|were)\s+)?(?:crash(?:es|ed|ing)?|keeps? crashing|kept crashing)\b|"
                r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bwithout\s)\bfirmware\b(?:\s+(?:was|is|keeps|kept|also|often|always|constantly|randomly|then|just|seems to))*\s+crash(?:es|ed|ing)?\b|" +
                # it hangs: the modem freezes (locks up) and only cutting its power brings it back, or its firmware is
                # said to hang ("the module locks up after a few days, only a power cycle helps", "the firmware freezes")
                _MODEM_SUBJECT + _ADVERBS + r"\s+(?:(?:is|was|gets?|got|becomes?|became)\s+)?(?:" + _FREEZES +
                r"|(?:stops?|stopped)\s+respond\w*|unresponsive\b|(?:stops?|stopped)\s+(?:passing|forwarding|routing)\s+(?:any\s+)?"
                r"(?:traffic|data|packets))" + _SAME +
                r"{0,80}?\b(?:power[\s-]?cycl\w*|cut\w*\s+(?:off\s+)?(?:the\s+|its\s+)?power|pull\w*\s+(?:the\s+)?(?:power|plug)|"
                r"unplug\w*|re-?plug\w*|cold\s+(?:boot|reset|start)|hard\s+reset|(?:full|complete)\s+reboot|"
                r"reboot\w*\s+(?:of\s+)?(?:the\s+)?(?:entire|whole)\s+(?:router|device|system|box|board)|" + _ONLY_REBOOT_BRINGS_BACK + r")\b|"
                r"\bfirmware\b(?:\s+(?:was|is|keeps|kept|also|often|always|constantly|randomly|then|just|seems to))*\s+" + _FREEZES + r"|"
                r"(?:模块|模组)\s*(?:固件)?\s*(?:经常|总是|频繁|一直)?\s*(?:崩溃|死机)",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device)|firmware crashed|Device died|Exception'; the firmware version",
                unless=r"\b(?:ModemManager|Modem ?Manager|app|application|GUI|program|script|browser)\s+(?:\w+\s+)?crash"),
    # ... or told working first and crashing after, its subject not repeated (tuning39a): "The modem works fine, but sometimes
    # crashes with the following error messages", "the module runs for days and then crashes", "my EM9190 connects, yet
    # randomly crashes" (what crashes is the sentence's subject, the modem: "but ModemManager crashes" names another)
    StatedState("said:modem-crashes",
                _MODEM_SUBJECT + r"\s+(?:\w+\s+)?(?:works?|worked|runs?|ran|is\s+(?:working|running)|connects?|connected)\b" + _SAME +
                r"{0,60}?\b(?:but|and|then|yet)\b" + _ADVERBS + r"\s+(?:crash(?:es|ed)?|keeps?\s+crashing|kept\s+crashing)\b",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device)|firmware crashed|Device died|Exception'; the firmware version",
                unless=_NOW_FIXED),
    # the modem switched off by its own heat (a module's firmware shuts it down above its temperature limit): the modem
    # gone, off or restarting with the device said hot or overheating in the same sentence or paragraph, or back only
    # once the device has cooled ("the modem disappears every time the phone gets hot", "when the board overheats the
    # module switches itself off", "after letting it cool down the modem is back"). Not a supply that browns out.
    StatedState("said:thermal-shutdown",
                _MODEM_SUBJECT + _ADVERBS + r"\s+" + _MODEM_OFF + _SAME + r"{0,80}?\b(?:when|whenever|once|as\s+soon\s+as|"
                r"if|after|because|from|due\s+to|as|while)\b" + _SAME + r"{0,50}?" + _HEAT + r"|"
                r"\b(?:when|whenever|once|as\s+soon\s+as|after|if)\b" + _SAME + r"{0,50}?" + _HEAT + _SAME + r"{0,60}?"
                + _MODEM_SUBJECT + _ADVERBS + r"\s+" + _MODEM_OFF + r"|"
                # the heat in one sentence, the modem turning off in the next ones of the paragraph, or the other way round
                + _HEAT + _SAME + r"{0,160}?(?:[.!?;]\s+" + _SAME + r"{0,160}?){0,3}?" + _MODEM_SUBJECT + _ADVERBS + r"\s+"
                + _MODEM_OFF + r"|"
                + _MODEM_SUBJECT + _ADVERBS + r"\s+" + _MODEM_OFF + _SAME + r"{0,160}?(?:[.!?;]\s+" + _SAME + r"{0,160}?){0,3}?"
                + _HEAT + r"|"
                # back once it has cooled: "after letting it cool down the modem is back", "comes back only after it cools"
                r"\b(?:let(?:ting)?\s+(?:it|the\s+\w+)\s+cool|(?:it|the\s+\w+)\s+(?:has\s+)?cool(?:s|ed)?(?:\s+down)?|cool(?:ing)?\s+"
                r"(?:it\s+)?down)\b" + _SAME + r"{0,60}?\b(?:modem|module|card|it)\b" + _SAME + r"{0,20}?\b(?:comes?\s+back|came\s+back|"
                r"is\s+back|returns?|re-?appears?|works?\s+again)\b|"
                r"\b(?:modem|module|card|it)\s+(?:only\s+)?(?:comes?\s+back|came\s+back|returns?|re-?appears?|works?\s+again)\s+"
                r"(?:only\s+)?(?:after|once|when)\s+(?:I\s+let\s+)?(?:it|the\s+\w+)\s+(?:has\s+)?cool(?:s|ed)?\b|"
                r"\b(?:modem|module)\b" + _SAME + r"{0,40}?\bthermal\s+(?:shut-?down|protection|trip)\b",
                "the modem's temperature (AT+QTEMP on Quectel modules, the device's thermal zones: cat "
                "/sys/class/thermal/thermal_zone*/temp) when it goes; sudo dmesg | grep -iE 'usb .*disconnect|thermal'",
                unless=r"\b(?:never|does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:\w+\s+)?(?:disappear|vanish|drop|turn|shut|switch|"
                       r"reset|reboot|restart|disconnect)|" + _NOW_FIXED),
    # ... the hang and its only cure told as two clauses or sentences of one paragraph (tuning33d): "The modem stops passing
    # traffic while ModemManager still shows it connected. It does not answer reset attempts; only a full router reboot
    # brings it back."; "the modem hangs and ignores a reset attempt; the only thing that helps is rebooting the router"
    # (the remedy may come a few sentences later, after what the person tried: "After an hour the modem just stops
    # answering. minicom ... nothing comes back. ModemManager loses it too. Only pulling the power fixes it")
    StatedState("said:modem-crashes",
                _MODEM_SUBJECT + _ADVERBS + r"\s+(?:(?:is|was|gets?|got|becomes?|became)\s+)?(?:" + _FREEZES +
                r"|(?:stops?|stopped)\s+(?:respond|answer|react)\w*|unresponsive\b|(?:stops?|stopped)\s+(?:passing|forwarding|routing)\s+(?:any\s+)?"
                r"(?:traffic|data|packets))" + _SAME + r"{0,120}?(?:[.!?;]\s+" + _SAME + r"{0,80}?){0,4}?(?:\b" + _ONLY_REBOOT_BRINGS_BACK +
                r"\b|" + _ONLY_CURE_IS_REBOOT + r"|\b" + _ONLY_POWER_CUT_BRINGS_BACK + r"\b)",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device)|firmware crashed|Device died|Exception'; the firmware version",
                unless=r"\b(?:ModemManager|Modem ?Manager|app|application|GUI|program|script|browser)\s+(?:\w+\s+)?crash|" + _NOW_FIXED),
    # only taking the modem off the host by hand brings it back (knowledge.md 2.20: a hung firmware wants a power cycle):
    # "the only way I've found to reset the device is to physically unplug it and plug it back", "only unplugging it
    # and plugging it back in makes it work again", "the only fix is to replug it"
    StatedState("said:only-replug-recovers",
                r"\bonly\s+(?:real\s+)?(?:way|fix|thing|cure|solution|remedy|option|workaround)\b" + _SAME + r"{0,50}?\b" + _REPLUG + r"|"
                r"\b(?:only|nothing\s+but)\s+(?:by\s+)?" + _REPLUG + _SAME + r"{0,60}?\b(?:makes?|made|brings?|brought|fix\w*|helps?|"
                r"helped|recovers?|restores?|gets?|got|works?)\b",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)' at the moment it drops; the firmware version",
                unless=_NOW_FIXED + r"|\b(?:to\s+(?:swap|change|insert|move)|SIM\s+(?:swap|change))\b"),
    # once its link is lost the modem does not come back until the host is restarted or the modem replugged (knowledge.md
    # 2.20 firmware-bug-or-crash: the firmware is left in a state a reconnect does not leave): "it only works once, I have
    # to restart the PC if disconnected", "all I can do is restart the machine, and then it works again", "once it
    # disconnects it never reconnects until I reboot the laptop", "only a full reboot of the router gets it working again".
    # Restarting ModemManager or a service is not read (a host program's state), nor one reboot that fixed it for good.
    StatedState("said:reconnect-needs-restart",
                r"\b(?:only|just)\s+works?\s+once\b" + _SAME + r"{0,80}?\b(?:" + _HOST_RESTART + r")|"
                r"\b(?:all|the\s+only\s+thing)\s+(?:that\s+)?(?:I|we)\s+can\s+do\s+is\s+(?:to\s+)?(?:" + _HOST_RESTART + r"|" + _REPLUG +
                r")" + _SAME + r"{0,60}?" + _WORKS_AGAIN + r"|"
                r"\b(?:never|won't|will\s+not|does(?:n't|\s+not)|can(?:'t|not)|not)\s+(?:\w+\s+){0,2}?(?:re-?connect\w*|connect\w*\s+again|"
                r"come\s+back|work\w*\s+again)\b" + _SAME + r"{0,40}?\b(?:until|till|unless|before)\s+(?:I\s+|we\s+)?(?:" +
                _HOST_RESTART + r")|"
                r"\b(?:have|has|had|need|needs|must)\s+to\s+(?:" + _HOST_RESTART + r")" + _SAME + r"{0,40}?(?:\b(?:before|to\s+(?:get|make))\s+"
                r"(?:it\s+|the\s+\w+\s+)?(?:connects?|connected|works?|working)\s+again\b|\b(?:if|when|whenever|every\s+time|each\s+time|"
                r"once)\s+(?:it\s+|the\s+\w+\s+)?(?:is\s+|gets?\s+)?(?:disconnect\w*|drops?|dropped|loses|lost)\b)|"
                r"\bonly\s+(?:a\s+)?(?:full\s+|complete\s+|hard\s+)?(?:re-?boot|restart|power[\s-]?cycle)\w*\s+(?:of\s+)?(?:the\s+|my\s+)?"
                r"(?:PC|laptop|computer|machine|system|router|host|box|Pi|notebook)\b" + _SAME + r"{0,60}?\b(?:gets?|brings?|makes?)\b" +
                _SAME + r"{0,30}?\b(?:again|back)\b",
                "sudo dmesg and the connection manager's log at the moment it drops; the firmware version (mmcli -m any, ATI)",
                unless=_NOW_FIXED + r"|\b(?:ModemManager|NetworkManager|service|daemon|netifd)\b"),
    # the modem ignores commands until it is reset, again and again (knowledge.md 2.20 firmware-bug-or-crash: the firmware
    # hangs in a state only a reset leaves): "the card needed to be reset before it would accept any commands", "it ignores
    # every AT command until I send ATZ", "it only answers AT commands after a power cycle"
    StatedState("said:answers-only-after-reset",
                r"\b(?:needs?|needed|has|had|have)\s+to\s+be\s+(?:re-?set|restarted|rebooted|power[\s-]?cycled)\b" + _SAME +
                r"{0,40}?\b(?:before|until|or)\b" + _SAME + r"{0,30}?\b" + _ANSWERS_COMMANDS + r"|"
                r"\b(?:ignores?|ignored|ignoring|(?:does|did|would|will)(?:n't|\s+not)\s+(?:answer|respond\s+to|accept|react\s+to|take)|"
                r"won't\s+(?:answer|respond\s+to|accept|react\s+to|take)|never\s+(?:answers?|accepts?|responds?\s+to))\s+(?:every\s+|any\s+|"
                r"all\s+|the\s+|my\s+|a\s+single\s+)?(?:AT\s+)?commands?\b" + _SAME + r"{0,30}?\buntil\b" + _SAME +
                r"{0,30}?\b(?:re-?set|ATZ|AT&F|restart|reboot|power[\s-]?cycl)\w*|"
                r"\bonly\s+(?:accepts?|answers?|responds?\s+to|reacts?\s+to|takes)\s+(?:any\s+|the\s+|my\s+)?(?:AT\s+)?commands?\s+"
                r"(?:after|once)\s+(?:a\s+|an\s+|I\s+|we\s+|it\s+)?(?:re-?set|ATZ|AT&F|restart|reboot|power[\s-]?cycl)\w*",
                "the AT port in a terminal (minicom/screen): does AT answer before and after ATZ or AT+CFUN=1,1?; the firmware version",
                unless=_NOW_FIXED),
    # lsusb lists the device by its id alone, without the vendor and product names of its usb.ids database: an id newer
    # than the system's data ("The only output that lsusb gave for the device was its Vendor ID and Product ID, without
    # any of the usual details like the name of the product", "lsusb shows no name for it, just 1234:5678")
    StatedState("said:lsusb-id-unnamed",
                r"\blsusb\b" + _SAME + r"{0,80}?\b(?:vendor|product|device|usb)\s+ids?\b" + _SAME + r"{0,60}?\b(?:without|but\s+no|"
                r"and\s+no)\b" + _SAME + r"{0,40}?\b(?:names?|descriptions?|manufacturer|details)\b|"
                r"\blsusb\b" + _SAME + r"{0,40}?\b(?:shows?|gives?|gave|lists?|listed|prints?|printed)\s+(?:it\s+)?(?:with\s+)?"
                r"(?:no|without\s+(?:a|any))\s+(?:product\s+|vendor\s+|device\s+)?(?:names?|descriptions?)\b",
                "lsusb; lsusb -v -d VID:PID | grep -E 'idVendor|idProduct|iProduct'", context=True),
    # a dialer's modem scan found nothing: wvdialconf's "Sorry, no modem was detected!" (wvdial wvdialconf.cc), told in
    # words ("wvdialconf does not detect the dongle", "let alone wvdialconf detecting the USB dialer")
    StatedState("said:dialer-found-no-modem",
                r"\bSorry, no modem was detected\b|"
                r"\b(?:wvdialconf|wvdial|sakis3g|gnome-ppp|kppp)\b" + _SAME + r"{0,30}?\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|"
                r"can(?:'t|not)|could(?:n't|\s+not)|fails?\s+to|failed\s+to|never)\s+(?:detect|find|see|recogni[sz]e)\w*\b|"
                r"\blet\s+alone\s+(?:wvdialconf|wvdial|sakis3g|gnome-ppp|kppp)\s+(?:detect|find|recogni[sz]|see)\w*\b",
                "ls /dev/ttyUSB* /dev/ttyACM*; lsusb -t; sudo wvdialconf"),
    # the host does not recognise the device: "the device not being recognized", "combination that's definitely not
    # recognized", "Linux does not recognize the stick" (a rule pairs it with an id no driver table lists)
    # ... in Chinese: "并不能认出来", "识别不到", "认不出", "无法识别"
    StatedState("said:not-recognized", r"(?:不能|无法|没法|没有|没)(?:被)?(?:认出来?|识别|认到|检测到)|认不(?:出|到)|识别不(?:了|到|出)",
                "lsusb; lsusb -t; sudo dmesg | grep -iE 'usb [0-9-.]+:|New USB device' | tail -20", unless=_CHINESE_HEDGE),
    StatedState("said:not-recognized",
                r"\b(?:device|modem|module|stick|dongle|(?<!SIM )(?<!SIM-)card|combination|it|that)(?:'s|\s+(?:is|was|are|were))?\s+"
                r"(?:(?:\w+ly|still|most|really)\s+){0,2}(?:not|n't|never)\s+(?:being\s+|getting\s+)?recogni[sz]ed\b|"
                r"\b(?:does|do|did|will|would|can|could)(?:n't|\s+not)\s+recogni[sz]e\s+(?:the\s+|my\s+|this\s+|that\s+)?"
                r"(?:[\w-]+\s+)?(?:device|modem|module|stick|dongle|card|it)\b|"
                # the person cannot get the host to recognise it: "I can not seem to be able to make the OS recognize it", "I
                # can't get Linux to recognise the stick" (tuning39a)
                r"\b(?:can(?:'t|not|\s+not)|could(?:n't|\s+not)|unable\s+to)\s+(?:seem\s+to\s+)?(?:be\s+able\s+to\s+)?(?:get|make)\s+"
                r"(?:the\s+|my\s+|this\s+)?(?:OS|system|Linux|distro|kernel|computer|PC|laptop|(?-i:[A-Z][\w.]+))\s+(?:to\s+)?"
                r"recogni[sz]e\s+(?:the\s+|my\s+|this\s+)?(?:[\w-]+\s+)?(?:device|modem|module|stick|dongle|card|it)\b|"
                # detected / seen named with what it is not taken for: "the router never detects it as a modem", "it does not
                # detect the card as a modem"
                r"\b(?:(?:does|do|did|will|would|can|could)(?:n't|\s+not)|never)\s+(?:detect|see|identif)\w*\s+(?:the\s+|my\s+|this\s+)?"
                r"(?:[\w-]+\s+)?(?:device|modem|module|stick|dongle|card|it)\s+as\s+(?:a\s+|an\s+)?(?:\w+\s+)?modem\b",
                "lsusb; lsusb -t; sudo dmesg | grep -iE 'usb [0-9-.]+:|New USB device' | tail -20",
                # a connection manager that does not recognise the modem is said:mm-no-modem, not the host
                unless=r"\b(?:Network-?\s?Manager|Modem-?\s?Manager|mmcli|nmcli|wvdial|gammu)\b" + _SAME + r"{0,30}?"
                       r"\b(?:does|do|did|will|would|can|could)(?:n't|\s+not)\s+recogni[sz]e"),
    # --- stop 36 (tuning36b): a plug-in modem the host does not see at all ----------------------------------------------
    # the host (a system, a distribution, the PC, a release number) does not detect / recognise / see the modem at all,
    # the modem is not detected by it, or nothing shows up once it is plugged in: a person's words for "no modem appeared"
    # (a rule reads it with a stick or dongle as the device: one left in its CD-ROM mode, knowledge.md 2.5). Not read
    # where the sentence tells what the bus shows (lsusb, dmesg, "recognised as a USB device": that is enumeration, a
    # power or driver question), a connection manager or an app's list, a fix, or a modem seen "as" something
    StatedState("said:plugged-modem-not-seen",
                _HOST_NAMED + r"\s+(?:(?:does|do|did|will|would|can|could)(?:n['’]t|\s+not)|never)\s+(?:even\s+|properly\s+)?"
                r"(?:recogni[sz]e|detect|see|find|notice)s?\s+" + _PLUGGED_MODEM + r"(?!\s+as\b)(?:\s+at\s+all)?\b|"
                r"\b(?:it|" + _PLUGGED_MODEM + r")\s+(?:(?:is|was|are|were|gets|got)(?:n['’]t|\s+not)|(?:is|was)\s+never)\s+(?:being\s+)?"
                r"(?:detected|recogni[sz]ed|seen|found)\s+(?:at\s+all\s+)?(?:by|on|in|under|from)\s+" + _HOST_NAMED + r"|"
                # the host named with the plugging, before: "when I plug it into my spare Linux PC, the modem isn't detected"
                r"\b(?:plug\w*|insert\w*|connect\w*|attach\w*)\s+(?:it|" + _PLUGGED_MODEM + r")\s+(?:in(?:to)?|on|to)\s+" + _HOST_NAMED +
                _SAME + r"{0,40}?\b(?:it|" + _PLUGGED_MODEM + r")\s+(?:(?:is|was|are|were|gets|got)(?:n['’]t|\s+not)|(?:is|was)\s+never)\s+"
                r"(?:being\s+)?(?:detected|recogni[sz]ed|seen|found)\b|"
                # ... or nothing said to happen at the plugging: "When I tried to plug the stick in my Ubuntu, nothing happened"
                r"\b(?:plug\w*|insert\w*|connect\w*|attach\w*)\b" + _SAME + r"{0,80}?\bnothing\s+(?:at\s+all\s+)?(?:is\s+|gets\s+)?"
                r"(?:shows?\s+up|showing\s+up|shown|displayed|displaying|appears?|appearing|comes?\s+up|(?:is\s+)?detected|"
                r"happens|happened|happening)\b",
                "lsusb (a storage-mode id or interface class 08 is a stick that was not switched); lsusb -t; "
                "journalctl -b | grep -i usb_modeswitch",
                unless=_NOW_FIXED + r"|\b(?:works?|working)\s+(?:fine\s+|perfectly\s+)?now\b|\b(?:lsusb|dmesg|syslog|journal\w*)\b|"
                       r"\bUSB\s+(?:device|bus)\b|\b(?:list|menu|drop-?down|applet|SDK|app)\b|"
                       r"\b(?:Network-?\s?Manager|Modem-?\s?Manager|mmcli|nmcli|wvdial|gammu)\b|"
                       # (review36) the SIM is what was inserted, or the stick shows no sign of power
                       r"\binsert\w*\s+(?:the\s+|a\s+|my\s+|its\s+)?(?:\w+\s+)?SIM\b|\bnot\s+even\s+(?:the\s+|its\s+|a\s+)?(?:LEDs?|lights?)\b|\bLEDs?\b[^.!?]{0,20}?\b(?:off|dark|dead)\b|"
                       r"\bno\s+(?:LED|light|power)\b|"
                       # nothing for a while only: "nothing happened for a minute, then it connected"
                       r"\bnothing\s+happen\w*\s+(?:for|until|till)\b"),
    # the device is a Qualcomm MSM8916 4G Wi-Fi stick (the UFI / UZ801 / JZxx boards, the OpenStick project) that runs a
    # Linux image (OpenWrt, Debian): its modem runs firmware the host loads from the stick's own modem partitions (modem,
    # mba, fsg, modemst1/2), which belong to the board they came from; a generic image's copies often do not match the
    # board (OpenStick/OpenStick issues 20 and 46, AlienWolfX/UZ801-USB-MODEM issue 21). Read in any line: posts name the
    # board in a title or a PCB label ("FY_UZ801_V3.2", "UFI103S", "msm8916-jz01-45")
    StatedState("said:msm8916-stick",
                r"(?<![A-Za-z])(?:UFI[-_ ]?\d{3,4}\w*|(?:FY_)?UZ801\w*|JZ0\d[-_]?\d{2}\w*|OpenStick)(?![A-Za-z])|"
                r"\bmsm8916\b(?:[^.!?\n]{0,40}?\b(?:stick|dongle|UFI|UZ801|JZ\w*)\b)?",
                "the board's PCB label; ls -l /lib/firmware/ (modem.*, mba.mbn); the stick's stock modem partitions backup",
                context=True, keeps_catch_all=True),
    # a connection attempt said to fail: "Connection failed within 1 second", "the connection fails within a second",
    # "it fails to connect", "wvdial never connects". Like said:modem-fails it narrows what the catch-all reads and
    # leaves it standing (keeps_catch_all); rules that must not fire without a failure name it
    StatedState("said:connect-fails",
                r"\bconnection(?:\s+attempts?)?\s+(?:\w+\s+)?(?:fails|failed|is\s+refused|was\s+refused)\b|"
                r"\b(?:fails?|failed|unable|can(?:'t|not)|could(?:n't|\s+not))\s+to\s+(?:\w+\s+)?connect\b|"
                r"\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|won't|will\s+not|never)\s+(?:\w+\s+)?connects?\b|"
                r"\bno\s+luck\s+(?:with\s+)?(?:connecting|getting\s+(?:it\s+)?(?:online|connected))\b|"
                # the program that connects said to fail: "NetworkManager fails", "wvdial failed again"
                r"\b(?:NetworkManager|network-manager|nm-applet|wvdial|pppd|sakis3g|the\s+(?:connection\s+manager|dialer))\s+"
                r"(?:always\s+|just\s+|still\s+|then\s+)?(?:fails|failed)\b",
                "nmcli device; journalctl -b -u NetworkManager -u ModemManager (the attempt); mmcli -m any",
                unless=r"\b(?:fixed|solved|resolved|now\s+(?:it\s+)?(?:works?|connects?)|works?\s+now)\b",
                context=True, keeps_catch_all=True),
    # the cellular side itself said to fail: the modem, LTE/4G, the baseband or the mobile data link does not work, connect
    # or come up ("The modem does not work", "Modem not working on OpenWRT", "LTE keeps getting errors", "替换基带的四个
    # 文件也无法使用"), not the board's other functions (Wi-Fi, USB gadget, hotspot). It narrows what the catch-all
    # (said:not-working) reads, which still stands (keeps_catch_all): rules that want the modem's own failure name it
    StatedState("said:modem-fails",
                r"\b(?:modem|LTE|4G|5G|cellular|mobile\s+data|baseband|WWAN)(?:\s+(?:modem|module|connection|link|side|part|"
                r"function|data))?\s+(?:(?:still|just|also)\s+)?(?:(?:does|do|did)(?:n't|\s+not)|won't|will\s+not|can(?:'t|not)|"
                r"could(?:n't|\s+not)|never|(?:is|was|are)(?:n't|\s+not)|not)\s+(?:\w+\s+)?(?:work|connect|come\s+(?:up|online)|"
                r"start)\w*\b|"
                r"\b(?:modem|LTE|4G|5G|cellular|baseband)(?:\s+(?:modem|module|connection|link))?\s+(?:keeps?\s+|always\s+)?"
                r"(?:getting|gets|gives|throws|shows|returns)\s+(?:\w+\s+)?errors?\b|"
                r"\b(?:modem|LTE|4G|5G|baseband)(?:\s+(?:modem|module))?\s+(?:is|was|seems|stays)\s+(?:still\s+|completely\s+)?"
                r"(?:dead|broken|unusable)\b|"
                r"(?:基带|4G|LTE|模块|模组|调制解调器)[^。，,；;！？?!]{0,20}?(?:无法|(?<!能)不能|没法)(?:正常)?(?:使用|工作|上网|联网|拨号|连接)|"
                r"(?:基带|4G|LTE|模块|模组|调制解调器)[^。，,；;！？?!]{0,20}?(?:用不了|(?<!能)不能用|不工作|上不了网)",
                "mmcli -m any; sudo dmesg | grep -iE 'remoteproc|q6v5|modem|qmi'; ip addr",
                unless=r"\b(?:fixed|solved|resolved|now\s+(?:it\s+)?works?|works?\s+now)\b|已经?解决|解决了|可以(?:正常)?(?:使用|上网)了|"
                       + _CHINESE_HEDGE,
                context=True, keeps_catch_all=True),
    # the modem's non-volatile partitions of such a board (fsc, fsg, modemst1, modemst2: the EFS with the IMEI and the RF
    # calibration) were wiped, emptied or overwritten: no firmware file brings them back ("the 'fsc fsg modemst1 and
    # modemst2' files ... are now 0 bytes", "I erased the modemst partitions")
    StatedState("said:modem-nv-lost",
                r"\b(?:overwr\w+|wip\w+|eras\w+|delet\w+|lost|emptied|corrupt\w*)\b" + _SAME + r"{0,80}?\b(?:fsc|fsg|modemst[12]|EFS)\b|"
                r"\b(?:fsc|fsg|modemst[12]|EFS)\b" + _SAME + r"{0,120}?(?:\b(?:0|zero)\s+bytes\b|\b(?:are|were|is|was|got|now)\s+"
                r"(?:\w+\s+)?(?:empty|wiped|erased|lost|gone|corrupt\w*)\b)",
                "ls -l the backed-up fsc, fsg, modemst1, modemst2 images; mmcli -m any (equipment id)",
                context=True),
    # the device is a plug-in modem: a 3G/4G/LTE/UMTS stick, dongle, USB or wireless modem, or one said plugged in ("after
    # plugging it", "I plugged the modem in"); context for the row above
    StatedState("said:plug-in-modem",
                r"\b(?:[345]G|3[.,]5G|LTE|UMTS|HSDPA|HSUPA|HSPA\+?|EV-?DO|CDMA|GSM|mobile\s+broadband|internet)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:dongle|stick|USB\s+modem|wireless\s+modem|data\s*card|surf\s*stick)s?\b|\bdongles?\b|\bsurf\s*sticks?\b|"
                r"\b(?:after|when|once)\s+(?:I\s+)?plug(?:ged|ging)?\s+(?:it|the\s+(?:modem|stick|dongle|device))\b|"
                r"\bI\s+plug(?:ged)?\s+(?:in\s+)?(?:it|the\s+(?:modem|stick|dongle)|my\s+(?:\w+\s+){0,2}?(?:modem|stick|dongle))\b",
                "lsusb; the device's model (a USB stick, a modem in a slot, a router)", context=True, keeps_catch_all=True),
    # any other failure in plain words: the modem or its ports are missing, it does not work, connect or
    # stay up. No rule names a cause from it; the report uses it so that output which shows no fault is
    # not read as "healthy" when the person says something fails (report: the problem is unexplained).
    StatedState("said:not-working",
                r"\b(?:is|was|are|were)\s+(?:still\s+)?(?:not|n't|never)\s+(?:present|detected|recogni[sz]ed|found|visible|"
                r"listed|enumerated|there)\b|\b(?:isn't|wasn't|aren't|weren't)\s+(?:present|detected|recogni[sz]ed|found|"
                r"visible|listed)\b|"
                r"\b(?:does|do|did)(?:n't|\s+not)\s+(?:show up|appear|come (?:back|up)|get detected|enumerate|connect|register)\b|"
                r"\b(?:does|do|did|is|are|was)(?:n't|\s+not)\s+work(?:ing)?\b|\b(?:not|stopped|never|no longer) working\b|"
                # "I haven't gotten my EC25-A modem working yet", "we have not got the stick to work"
                r"\b(?:have|has)(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:gotten|got|managed\s+to\s+get)\s+(?:\S+\s+){0,4}?(?:working|to\s+work)\b|"
                r"\b(?:can(?:'t|not)|could(?:n't| not)|unable to|fail(?:s|ed)? to)\s+(?:seem\s+to\s+)?(?:get (?:it|anything|the \w+|this \w+) "
                r"(?:to work|working|online|connected|up)|get (?:an? )?(?:IP|address|lease|connection|online)|connect|register|"
                r"dial|establish (?:a |the )?(?:connection|data)|bring (?:up|\w+ up))\b|"
                r"\bno (?:IP(?:v4)?(?: address)?|internet(?: connection| access)?|connectivity|data connection|"
                r"(?:COM|serial|AT|tty) ports?|/dev/(?:ttyUSB|cdc-wdm|wwan)\S*|cdc-wdm\d*|wwan\d*(?: interface)?|"
                r"(?:network|wwan) interface)(?![\w-])|"
                r"\b(?:it|modem|connection|link|card|device)\s+(?:keeps\s+|always\s+|then\s+)?(?:drops|dropping|disconnects|"
                r"disconnecting|vanish\w*|disappear\w*|fails)\b|\b(?:just |always )?hangs (?:forever|at)\b",
                "lsusb; sudo dmesg; mmcli -m any; ip addr",
                unless=r"\b(?:fixed|solved|resolved|got around|work(?:ed)? around|workaround)\b"),
    # ... in Chinese: it cannot be used, gets no internet ("刷了好几个固件都无法使用", "还是用不了", "不能上网")
    *_in_each_language("said:not-working", {
        "zh": r"(?:无法|(?<!能)不能|没法)(?:正常)?(?:使用|工作|上网|联网|拨号)|用不了|(?<!能)不能用|不工作|上不了网",
    }, "lsusb; sudo dmesg; mmcli -m any; ip addr", unless=r"已经?解决|解决了|可以(?:正常)?(?:使用|上网)了"),
    # --- stop 32 (tuning32c): the board, the port and the module in other languages (the words above STATES) ---------
    *_in_each_language("said:iface-renamed", {
        "de": _name_changes_each_boot("de"),
        "es": _name_changes_each_boot("es"),
        "pt": _name_changes_each_boot("pt"),
        "fr": _name_changes_each_boot("fr"),
        "it": _name_changes_each_boot("it"),
        "ru": _name_changes_each_boot("ru"),
        "zh": r"(?:每次|每一次|一)\s*(?:重启|开机|启动|插拔)[^。！？]{0,20}?(?:网卡|接口|设备)\S{0,2}?(?:名字|名称|名)[^。！？]{0,8}?(?<![不没])(?<!不会)"
              r"(?:变|改变|不一样|不同|换)|(?:网卡|接口)\S{0,2}?(?:名字|名称|名)[^。！？]{0,10}?(?:每次|每回|经常|总是|老是)[^。！？]{0,10}?(?<![不没])(?<!不会)"
              r"(?:变|改变|不一样|不同)",
    }, "ip -br link; dmesg | grep 'renamed from'; the names the connection profile or script uses",
        unless=r"\b(?:fixed|solved|resolved)\b|已经?解决|不会变|不变"),
    *_in_each_language("said:no-power", {
        "de": _NOT_POWERED["de"], "es": _NOT_POWERED["es"], "pt": _NOT_POWERED["pt"], "fr": _NOT_POWERED["fr"],
        "it": _NOT_POWERED["it"], "ru": _NOT_POWERED["ru"], "zh": _NOT_POWERED["zh"], "ja": _NOT_POWERED["ja"],
    },
                       "the module's power LED; lsusb; the board's power and enable pins per its manual"),
    *_in_each_language("said:power-pin", {
        "de": _pin_and_need("de"), "es": _pin_and_need("es"), "pt": _pin_and_need("pt"), "ru": _pin_and_need("ru"),
        "zh": _pin_and_need("zh"), "ja": _pin_and_need("ja"),
    },
                       "lsusb (before and after the power-on pulse); VDD_EXT measured after PWRKEY is pulsed"),
    *_in_each_language("said:serial-no-answer", {
        "de": _SERIAL_NO_ANSWER["de"], "es": _SERIAL_NO_ANSWER["es"], "pt": _SERIAL_NO_ANSWER["pt"],
        "fr": _SERIAL_NO_ANSWER["fr"], "it": _SERIAL_NO_ANSWER["it"], "ru": _SERIAL_NO_ANSWER["ru"],
        "zh": _SERIAL_NO_ANSWER["zh"], "ja": _SERIAL_NO_ANSWER["ja"],
    },
                       "the module's power LED; AT on the serial port at the module's baud rate, after pulsing its power key"),
    *_in_each_language("said:unit-broken", {
        "de": _UNIT_BROKEN["de"], "es": _UNIT_BROKEN["es"], "pt": _UNIT_BROKEN["pt"], "fr": _UNIT_BROKEN["fr"],
        "ru": _UNIT_BROKEN["ru"], "zh": _UNIT_BROKEN["zh"],
    }, "the same unit on another host, another unit on this host",
                       unless=r"(?<![\w-])(?:nicht|kein|no|n[aã]o|pas|не|ли)(?![\w-])|是不是|吗"),
    *_in_each_language("said:fails-on-other-hosts", {
        "de": _SAME_ON_OTHER_HOSTS["de"], "es": _SAME_ON_OTHER_HOSTS["es"], "pt": _SAME_ON_OTHER_HOSTS["pt"],
        "ru": _SAME_ON_OTHER_HOSTS["ru"], "zh": _SAME_ON_OTHER_HOSTS["zh"],
    }, "the same unit on another host: lsusb, dmesg"),
    # --- how posts tell a few causes in general words (stop 33, tuning33c) ---
    # the modems' ttyUSB/ttyACM names swap places between boots, so a configuration naming /dev/ttyUSBn reaches another
    # modem (the kernel numbers ports in probe order; knowledge.md 2.17): "after the system is rebooted, they switch
    # places", "my two dongles swap their ttyUSB numbers every time the box reboots"
    StatedState("said:name-mismatch",
                _BOOTS + _SAME + r"{0,80}?" + _SWAP_PLACES + r"|" + _SWAP_PLACES + _SAME + r"{0,60}?" + _BOOTS,
                "ls -l /dev/serial/by-id/ /dev/serial/by-path/; udevadm info /dev/ttyUSB0 | grep -E 'ID_SERIAL|ID_PATH'",
                unless=r"\b(?:I|we)\s+(?:\w+\s+)?(?:swap|switch|trade|exchange)\w*\b|\b(?:do(?:n't|\s+not)|does(?:n't|\s+not)|"
                       r"never|won't|no\s+longer|so\s+that)\s+(?:\w+\s+)?(?:swap|switch|trade|exchange|mix)\w*\b|" + _NOW_FIXED),
    # ... told without a swap verb: the port numbering "is different after each boot", "not the same after every reboot"
    StatedState("said:name-mismatch",
                _PORT_NUMBERING + _SAME + r"{0,40}?\b(?:(?:is|are|gets?|seems?\s+to\s+be)\s+)?(?:different|not\s+the\s+same|"
                r"changes?|changing|changed|differs?|random(?:ly)?|shuffled|reshuffled)\b" + _SAME + r"{0,30}?" + _BOOTS,
                "ls -l /dev/serial/by-id/ /dev/serial/by-path/; udevadm info /dev/ttyUSB0 | grep -E 'ID_SERIAL|ID_PATH'",
                unless=r"\b(?:does(?:n't|\s+not)|did(?:n't|\s+not)|never|won't|will\s+not)\s+change|\bstays?\s+the\s+same\b|"
                       r"\b(?:I|we)\s+(?:\w+\s+)?(?:change|renumber|rename)\w*\b|" + _NOW_FIXED),
    # a release or kernel that names the modem's USB network interface otherwise: "were named usb0; devices began renaming
    # to eth1" (kernel usbnet commit 8a7d12d67 gave cdc_ether devices with a driver-set local MAC eth%d), "since the
    # upgrade the modem is no longer usb0 but eth1"
    StatedState("said:iface-renamed",
                r"\bno\s+longer\s+(?:named\s+|called\s+)?[`'\"]?" + _NETDEV + r"[`'\"]?,?\s+but\s+(?:now\s+)?(?:named\s+|called\s+)?"
                r"[`'\"]?" + _NETDEV + r"|"
                r"\b(?:began|begins?|started|starts?)\s+(?:being\s+)?(?:renam\w+|named|called|showing\s+up\s+as|coming\s+up\s+as|"
                r"appearing\s+as)\s+(?:to\s+|as\s+)?[`'\"]?" + _NETDEV + r"|" +
                _RELEASE_CHANGE + _SAME + r"{0,80}?\b(?:named|called|renamed\s+to|comes?\s+up\s+as|shows?\s+up\s+as|appears?\s+as|"
                r"is)\s+[`'\"]?" + _NETDEV + r"[`'\"]?\s+(?:instead\s+of|rather\s+than)\s+[`'\"]?" + _NETDEV + r"|"
                # the naming scheme switched: "since upstream kernel switched naming these interfaces from usbX to ethX"
                r"\bnam(?:ing|es?)\b" + _SAME + r"{0,40}?\bfrom\s+[`'\"]?" + _NETDEV_SCHEME + r"[`'\"]?\s+to\s+[`'\"]?" + _NETDEV_SCHEME + r"|"
                # a new name told with the release that brought it: "the RNDIS modem is now called eth2 after the upgrade"
                r"\b(?:is|was|gets?|got)\s+(?:now\s+)?(?:called|named|renamed\s+to)\s+[`'\"]?" + _NETDEV + r"[`'\"]?" + _SAME + r"{0,20}?" +
                _RELEASE_CHANGE + r"|"
                r"\bused\s+to\s+(?:be\s+(?:named\s+|called\s+)?|appear\s+as\s+|show\s+up\s+as\s+|come\s+up\s+as\s+)[`'\"]?" + _NETDEV +
                _SAME + r"{0,80}?\bbut\b" + _SAME + r"{0,60}?\b(?:as|is|now|named|called)\s+[`'\"]?" + _NETDEV,
                "ip -br link; dmesg | grep -E 'renamed from|register .*(usb|eth)[0-9]'; uci show network | grep -E 'device|ifname'",
                unless=r"\b(?:works?|working|fine|fixed|solved|resolved)\b"),
    # the modem left in data (online) mode, so the AT commands that follow get no answer: "+++" sent without its guard time
    # (the Hayes escape needs about a second of silence before and after it, S12), "the modem is still in data mode", "I
    # cannot get the modem back to command mode", "+++ does nothing" (stated-data-mode-stuck, control-channel-unresponsive)
    StatedState("said:data-mode-stuck",
                r"\b(?:stays?|stayed|remains?|remained|(?:is|was|are|were)\s+still|(?:is|was|gets?|got)\s+stuck|stuck|left)\s+in\s+"
                r"(?:the\s+)?(?:online\s+)?data\s+mode\b|"
                r"\b(?:won't|will\s+not|does(?:n't|\s+not)|did(?:n't|\s+not)|never|can(?:'t|not)|fails?\s+to)\s+(?:switch|go|return|"
                r"get|come|drop|fall)\s+(?:back\s+)?(?:from\s+(?:the\s+)?(?:online\s+)?data\s+mode\s+)?(?:in)?to\s+(?:the\s+)?"
                r"(?:AT\s+)?command\s+mode\b|"
                # the person cannot bring it back: "I cannot get the modem back to command mode"
                r"\b(?:can(?:'t|not)|could(?:n't|\s+not)|unable\s+to|fail(?:s|ed)?\s+to)\s+(?:get|bring|switch|put)\s+(?:the\s+|my\s+|"
                r"our\s+)?(?:modem|module|it)\s+(?:back\s+)?(?:in)?to\s+(?:the\s+)?(?:AT\s+)?command\s+mode\b|"
                # it never leaves the data (online) mode: "the SIM7600 never leaves online mode"
                r"\b(?:never|won't|will\s+not|does(?:n't|\s+not)|did(?:n't|\s+not))\s+(?:leave|exit|escape\s+from|get\s+out\s+of)\s+"
                r"(?:the\s+)?(?:online\s+(?:data\s+)?|data\s+)mode\b|"
                # the escape sent without its guard time: "+++ without the one second guard time", "the escape sequence is
                # sent without the guard time before and after it"
                r"(?:\+\+\+|\bescape\s+(?:sequence|string|characters?))" + _SAME + r"{0,60}?\b(?:without|missing|lacks?|no)\s+"
                r"(?:the\s+|a\s+|any\s+)?(?:(?:one|1|\d+)[\s-]?(?:second|sec|s)\s+)?(?:guard\s+(?:time|period)|pause|delay|wait)\b|"
                r"\b(?:guard\s+(?:time|period)|pause|delay)\s+(?:after|before|around)\s+(?:the\s+)?[`'\"]?(?:\+\+\+|escape\s+sequence)"
                r"[`'\"]?\s+(?:is|was)\s+(?:missing|absent|left\s+out|not\s+there)\b|"
                # the escape ignored: "sending +++ does nothing", "+++ is ignored", "+++ gets no OK"
                r"\+\+\+[`'\"]?\s+(?:(?:does|did)\s+nothing|(?:is|was|gets?\s+|got\s+)?ignored|(?:gets?|got|returns?|gives?)\s+no\s+"
                r"(?:OK|answer|response|reply))\b",
                "the chat script or program around '+++' (a second of silence before and after it), then AT on the port",
                # a guide's advice ("never send +++ without the guard time", "so send +++ to return to command mode")
                unless=r"\bATO\b|\b(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?)\s+(?:with\s+)?[`'\"]?OK\b|"
                       r"\b(?:note|tip|guide|how\s+to|never\s+send|always\s+send|then\s+(?:ATH|AT)\s+works)\b|"
                       r"\bsend\s+[`'\"]?\+\+\+[`'\"]?\s+to\b|" + _NOW_FIXED),
    # the vendor's FCC unlock installed, and the modem still does not connect (knowledge.md 2.12: the unlock did not take,
    # or is refused for this SIM or platform): "getting a network timeout after installing the FCC fix from Lenovo"
    StatedState("said:fcc-lock",
                _sentence_with(_FCC_FIX, r"\b(?:install\w*|ran|run(?:ning)?|appl(?:y|ied|ying)|enabl\w*|with|despite)\b")
                + _UPTO + _STILL_NO_CONNECT,
                "journalctl -b | grep -iE 'fcc|unlock'; mmcli -m any (state, power state)",
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|succeeded|successfully|registers|connects\s+"
                       r"(?:fine|right|now))\b"),
    # the modem's serial port appearing and disappearing over and over (a USB device that keeps re-attaching, typically
    # browning out on a weak supply): "the shield's COM ports keep going on and off"
    StatedState("said:drops-off-bus",
                r"\b(?:(?:COM|comm?|serial|tty\w*|USB|AT)\s+ports?|ports?|/dev/tty\w+|tty(?:USB|ACM)\d*|modem|module|shield|board|"
                r"dongle|stick)\b" + _SAME + r"{0,40}?(?:\b(?:keeps?|kept|keeping)\s+(?:on\s+)?(?:(?:going|turning|switching|flicking|"
                r"popping)\s+on\s+and\s+off|" + _COMES_AND_GOES + r")|" + _COMES_AND_GOES + r")",
                "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)'; the supply's voltage at the module",
                # the data link, the signal or the network that comes and goes is no USB device leaving the bus
                unless=r"\b(?:connection|connectivity|signal|internet|network|data\s+(?:session|link|call)|PPP|pppd|bearer|Wi-?Fi|"
                       r"coverage|reception|bars)\b|" + _NOW_FIXED),
    # the modem class drivers asked of a board's or distribution's kernel: "I need usb modem support, could you ...",
    # "please add the cdc-acm and cdc-wdm modules to the board kernel"
    StatedState("said:module-missing",
                r"\b(?:I|we)\s+(?:really\s+|urgently\s+)?need\s+(?:the\s+|some\s+)?(?:usb\s+)?(?:(?:lte|[345]g|gsm|umts|cellular|"
                r"mobile)\s+)?(?:usb\s+)?(?:modem|dongle)s?\s+(?:driver\s+)?support\b|" +
                _ASKED + r"(?:add|enable|include|build|turn\s+on|compile)\s+(?:in\s+)?(?:the\s+)?" + _CLASS_MODS +
                r"(?:\s*(?:,|and)\s+(?:the\s+)?" + _CLASS_MODS + r")*\s+(?:(?:kernel\s+)?(?:modules?|drivers?|options?)\s+)?(?:in|to|into|for)"
                r"\s+(?:the\s+|this\s+|your\s+|its\s+)?(?:\w+\s+)?(?:kernel|image|build|firmware)\b",
                "uname -r; zcat /proc/config.gz | grep -E 'USB_ACM|USB_WDM|USB_NET_QMI_WWAN|USB_SERIAL_OPTION'; lsmod",
                unless=r"\b(?:now|finally|already)\s+(?:works?|loads?|available|included|has|have)\b|\b(?:is|are)\s+(?:already\s+)?"
                       r"(?:built[\s-]in|included|enabled)\b"),
    # ... or asked as a question of the image's maintainer, the packages wanted for the modem to be detected at all (tuning39a):
    # "can you add some packages so that my huawei Me909s-821 modem can be detected on the interface?", "could you include
    # the drivers so my LTE dongle gets recognized" (a request, not a doubt: read inside the question)
    StatedState("said:module-missing",
                r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:add|include|enable|build\s+in)\s+"
                r"(?:some|a\s+few|these|the|the\s+needed|the\s+required|more)?\s*(?:kmods?\s+|kernel\s+|usb\s+)?(?:packages?|modules?|drivers?)\b"
                + _SAME + r"{0,30}?\bso\s+(?:that\s+)?" + _SAME + r"{0,40}?\b(?:modem|dongle|stick|module|card|LTE|[345]G)\b" + _SAME +
                r"{0,30}?\b(?:(?:can|will|would|could)\s+(?:be\s+)?|gets?\s+|is\s+)(?:detected|recogni[sz]ed|seen|found|work|shows?\s+up)\b",
                "uname -r; opkg list-installed | grep kmod-usb; lsusb -t",
                suspected=True,
                unless=r"\b(?:now|finally|already)\s+(?:works?|loads?|available|included|has|have)\b|\bluci-app-"),
    # the modem's USB product (or vendor) id changed by its owner, by mistake or to a value no driver lists, and the modem
    # no longer recognised: no serial driver matches the new id (knowledge.md 2.4), so no ttyUSB/AT port appears
    StatedState("said:usb-id-changed",
                _sentence_with(_USB_ID_SET, r"(?:" + _BY_MISTAKE + r"|\bwrong\b|"
                r"\b(?:not|n't|no\s+longer|never)\s+(?:\w+\s+)?(?:recogni[sz]\w*|detected|seen|found|picks?\s+(?:it\s+)?up|binds?)|"
                r"\bno\s+(?:\w+\s+)?(?:ttyUSB\w*|ports?|serial\s+ports?|AT\s+ports?)\b|\b(?:unable|can(?:'t|not))\s+(?:to\s+)?"
                r"(?:reach|access|open|login|log\s+in|talk))") + _SAME + r"{1,300}",
                "lsusb (the id the modem has now); ls /sys/bus/usb/devices/*/driver; modprobe option; "
                "echo 'VID PID' | sudo tee /sys/bus/usb-serial/drivers/option1/new_id",
                # a warning or a condition ("if you set a wrong PID it will not be recognised") is advice, not a report
                unless=r"\b(?:APN|PIN|IMEI|band|baud)\b|\b(?:if|unless|otherwise|warning|note|careful|make\s+sure)\b|"
                       r"\bnever\s+(?:\w+\s+)?(?:write|set|change|flash)\b|" + _NOW_FIXED + r"|" + _PID_SWITCHED_ON_PURPOSE),
    # several units of one model that no longer power on or enumerate at all, even in the boot loader's emergency mode:
    # the units themselves (causes.md hardware-fault): "four of our modules no longer power on and do not enumerate"
    StatedState("said:units-dead",
                _sentence_with(_SEVERAL_UNITS) + _UPTO + _NO_LIFE,
                "lsusb on a known-good host; the module's supply and power-on pin; the vendor's emergency download mode",
                unless=r"\b(?:connection|signal|network|sms|data)\b|" + _UNITS_ONLY_FOR_A_WHILE + r"|" + _NOW_FIXED),
    # ... told over two sentences: "Four of our modems have stopped working. They will no longer power on, they do not
    # enumerate over USB."
    StatedState("said:units-failed",
                _sentence_with(_SEVERAL_UNITS) + _UPTO + r"\b(?:(?:have\s+|has\s+)?stopped\s+"
                r"working|(?:have\s+|has\s+)?died|(?:are|were)\s+(?:now\s+)?(?:dead|bricked|broken)|(?:have\s+|has\s+)?failed)\b",
                "lsusb on a known-good host; the vendor's emergency download mode",
                unless=r"\b(?:connection|signal|network|sms|data|register\w*)\b|" + _UNITS_ONLY_FOR_A_WHILE + r"|" + _NOW_FIXED),
    StatedState("said:no-life",
                r"\b(?:they|it|the\s+(?:modems|modules|units|cards))\s+" + _NO_LIFE,
                "lsusb on a known-good host; the module's supply and power-on pin", context=True, unless=_NOW_FIXED),
    # the modem no longer seen after its firmware was flashed: "Flashed again with the same script, can't see anything",
    # "after flashing the new firmware the modem is gone" (the image or the modem's boot left broken; firmware-bug-or-crash)
    StatedState("said:firmware-damaged",
                r"\b(?:flash(?:ed|ing)?|re-?flash(?:ed|ing)?)\b" + _SAME + r"{0,60}?\b(?:(?:can(?:'t|not)|could(?:n't|\s+not))\s+see\s+"
                r"(?:anything|it|(?:the\s+|any\s+|my\s+)?modem)(?:\s+any\s?more)?|(?:the\s+)?modem\s+(?:is|was)\s+(?:gone|invisible|"
                r"no\s+longer\s+(?:seen|visible|detected)))\b",
                "lsusb; the modem's firmware version against the previous image; the vendor's recovery (fastboot, EDL)",
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|" + _HOST_SOFTWARE + r"packages?)\b"),
    # the modem's firmware update or flash fails, or hangs waiting for the module in its flashing mode: "the update hung at
    # '< waiting for devices >'", "0.6.7 fails to install using gnome-firmware", "it refuses to go into fastboot mode". The
    # module's boot loader did not enter, or did not stay in, the mode the flasher talks to (fastboot, download), or the
    # updater's image broke off (knowledge.md 2.20 firmware-bug-or-crash: a firmware or boot-loader fault; a Sierra module
    # that reboots into its running firmware instead of its download mode is said:no-download-mode, no fault)
    StatedState("said:firmware-damaged",
                r"(?=" + _UPTO + r"\b(?:firmware|fw|" + _FLASHER + r"|flash\w*)\b)" + _UPTO + r"(?:"
                r"\b(?:hangs?|hung|stuck|sits?|sat|waits?|waiting|waited)\b" + _SAME + r"{0,40}?[<\"'“]?\s*waiting\s+for\s+(?:any\s+)?"
                r"devices?\b|"
                r"\b(?:fails?|failed|failing)\s+to\s+(?:install|flash|update|apply|upgrade)\b|"
                r"\b(?:" + _FLASHER + r")\b" + _SAME + r"{0,60}?(?<!\bthe\s)(?<!\ba\s)\b(?:fail(?:s|ed)?(?!\s+(?:update|upgrade|flash\w*|attempt|install\w*))|errors?\s+out|errored(?:\s+out)?|stops?\s+with\s+an?\s+error)\b|"
                r"\b(?:firmware|fw)\s+(?:update|upgrade|flash)\w*\s+(?:\w+\s+){0,4}?(?:fails|failed|errors?\s+out)\b|"
                r"\b(?:refuses?|refused|won't|will\s+not|does(?:n't|\s+not)|did(?:n't|\s+not)|never|fails?\s+to|failed\s+to)\s+(?:to\s+)?"
                r"(?:go|enter|reach|boot|switch|stay)\w*\s+(?:(?:in)?to\s+|on\s+|in\s+)?(?:the\s+)?fastboot\b)",
                "lsusb while the flasher waits (the id the module enumerates with in its flashing mode); the flasher's log; the "
                "firmware version (ATI)",
                unless=r"\b(?:now (?:it )?works|works now|fixed|solved|resolved|" + _HOST_SOFTWARE + r"packages?|phone'?s?\s+ROM)\b|"
                       r"\b(?:did(?:n't|\s+not)|does(?:n't|\s+not)|never)\s+(?:\w+\s+)?(?:hang|fail|get\s+stuck)\b|"
                       r"\b(?:finished|succeeded|completed)\b|\bwent\s+(?:through|fine|well)\b|"
                       # the writer's own missed step, then a good flash: "because I had forgotten to run AT+QFASTBOOT first;
                       # after that it flashed fine"
                       r"\bforg[eo]t(?:ten)?\b|\b(?:flashed|updated|upgraded|worked)\s+(?:fine|well|ok|okay)\b"),
    # a module's power-on line held where the module expects a pulse, or its reset line used to restart it (hardware
    # design guides: PWRKEY/POWER_ON a pulse of a set length, RESET_N only as a last resort): "the library pulls down
    # POWER_ON permanently, and uses RESET_N to reset the modem"
    StatedState("said:power-pin",
                r"\b(?:pulls?|pulled|holds?|held|keeps?|kept|drives?|driven|sets?)\s+(?:down\s+|low\s+|high\s+)?(?:the\s+)?"
                r"(?:POWER_?ON|PWR_?ON|PWR_?KEY|POWER_?KEY|PWRKEY_N)\b(?:\s+(?:pin|line|signal))?\s+(?:down\s+|low\s+|high\s+)?"
                r"(?:permanently|constantly|all\s+the\s+time|continuously|forever)\b",
                "the module's hardware design guide (the power-on pulse length); lsusb before and after a correct pulse"),
    # the modem stuck in a wrong state that only resetting the modem clears (its firmware's state, not the host's): "the modem
    # will persist in this state until a manual reset", "a temporary issue that can be solved by resetting the modem"
    # the modem's boot loader does not hold the update mode it was sent to: "after AT+QFASTBOOT the modem reboots into the
    # normal firmware by itself", "it does not stay in fastboot mode" (a boot loader that keeps its boot timer running;
    # the-modem-distro/pinephone_modem_sdk#177); a host that cannot see the fastboot device is another thing
    StatedState("said:modem-crashes",
                r"\b(?:does(?:n't|\s+not)|won't|will\s+not|never|can(?:'t|not))\s+stay\s+in\s+(?:the\s+)?(?:fastboot|bootloader|"
                r"boot\s*loader|download|EDL)(?:\s+mode)?\b|"
                r"\b(?:leaves|left|exits|exited|drops\s+out\s+of|dropped\s+out\s+of|falls\s+out\s+of|fell\s+out\s+of)\s+(?:the\s+)?"
                r"(?:fastboot|bootloader|boot\s*loader|download)(?:\s+mode)?\s+(?:by\s+itself|on\s+its\s+own|after\s+(?:a\s+few|\d+)\s+seconds)\b|"
                r"\b(?:QFASTBOOT|fastboot)\b" + _SAME + r"{0,60}?\b(?:re)?boots?\s+(?:back\s+)?(?:in)?to\s+(?:the\s+|its\s+)?(?:normal|regular|"
                r"main|usual)\s+(?:firmware|mode|system|image)\s+(?:by\s+itself|on\s+its\s+own|anyway)\b",
                "lsusb while the update runs (the fastboot id 18d1:d00d appearing and leaving); the boot loader's version",
                unless=_NOW_FIXED),
    StatedState("said:modem-crashes",
                r"\b(?:persists?|persisted|stays?|stayed|remains?|remained)\s+(?:in\s+)?(?:this|that|the\s+same|such\s+a)\s+(?:\w+\s+)?"
                r"state\s+until\s+(?:a\s+|the\s+|it\s+is\s+|I\s+)?(?:manual(?:ly)?\s+|hard\s+|power\s+)?(?:reset|power[\s-]?cycl\w*)\b|"
                r"\b(?:can|could)\s+(?:only\s+)?be\s+(?:solved|fixed|cleared|recovered|resolved)\s+(?:only\s+)?by\s+(?:a\s+)?"
                r"(?:manual(?:ly)?\s+|hard\s+)?(?:resetting|power[\s-]?cycling|reset\s+of)\s+(?:it|the\s+(?:modem|module))\b",
                "the modem's answers before and after AT+CFUN=1,1 (or a power cycle); the firmware version against the vendor's release notes",
                unless=r"\b(?:reboot\w*|host|PC|computer|router|laptop|raspberry)\b|" + _NOW_FIXED),
    # ... the supply said too weak in other languages: "der USB-Port liefert nicht genug Strom", "el puerto USB no da
    # suficiente corriente", "le port USB ne fournit pas assez de courant", "USB порт не даёт достаточно тока" (knowledge.md 2.19)
    *_in_each_language("said:power-source", {
        "de": r"\b(?:nicht\s+genug|zu\s+wenig|unzureichende[nr]?)\s+(?:Strom|Leistung|Spannung)\b|\b(?:Netzteil|Stromversorgung|USB-Port)\b"
              r"[^.!?]{0,30}?\bzu\s+schwach\b|\b(?:aktiven|aktiver|aktivem)\s+(?:USB-)?Hub\b[^.!?]{0,40}?\bfunktioniert\b(?![^.!?]{0,20}\bnicht\b)",
        "es": r"\bno\s+(?:da|entrega|proporciona|suministra|tiene)\s+(?:suficiente|bastante)\s+(?:corriente|energ[íi]a|potencia|alimentaci[óo]n)\b|"
              r"\b(?:corriente|alimentaci[óo]n|energ[íi]a)\s+insuficiente\b|\bfuente\s+de\s+alimentaci[óo]n\b[^.!?]{0,30}?\bd[ée]bil\b",
        "fr": r"\b(?:ne\s+(?:fournit|donne|d[ée]livre)\s+pas\s+assez\s+de\s+(?:courant|puissance|[ée]nergie))\b|"
              r"\b(?:alimentation|courant|puissance)\s+insuffisante?\b",
        "pt": r"\bn[ãa]o\s+(?:fornece|d[áa]|entrega)\s+(?:corrente|energia|pot[êe]ncia)\s+suficiente\b|\b(?:alimenta[çc][ãa]o|corrente|energia)\s+insuficiente\b",
        "it": r"\bnon\s+(?:fornisce|d[àa]|eroga)\s+(?:abbastanza|sufficiente)\s+(?:corrente|potenza|energia)\b|\b(?:alimentazione|corrente)\s+insufficiente\b",
        "ru": r"\b(?:не\s+хватает|недостаточно)\s+(?:тока|питания|мощности)\b|\bнедостаточн\w+\s+(?:ток\w*|питани\w*|мощност\w*)\b",
    }, "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)|over-current'; the supply's voltage at the module"),
    StatedState("said:unit-broken",
                r"\b(?:the\s+|my\s+|this\s+)?(?:module|modem|card|stick|dongle)\s+(?:itself\s+)?(?:is|was|must\s+be|seems?\s+to\s+be)\s+"
                r"(?:\w+\s+)?(?:physically\s+)?(?:damaged|defective|faulty|dead\s+hardware|broken\s+hardware|fried|burnt|burned\s+out)\b",
                "the same unit on another host, another unit on this host",
                unless=r"\b(?:not|n't|no|if|whether|maybe|perhaps|might|could)\b"),
    *_in_each_language("said:calibration-erased", {
        "de": _CALIBRATION_ERASED["de"], "es": _CALIBRATION_ERASED["es"], "pt": _CALIBRATION_ERASED["pt"],
        "ru": _CALIBRATION_ERASED["ru"], "zh": _CALIBRATION_ERASED["zh"], "ja": _CALIBRATION_ERASED["ja"],
    },
                       "the IMEI and firmware (AT+CGSN, ATI); the module vendor's RF calibration restore (QCN/NV backup)",
                       unless=r"(?<![\w-])(?:nicht|kein\w*|no|n[aã]o|pas|не|нет)\s+(?:\w+\s+)?(?:gel(?:ö|oe)scht|borr\w*|apag\w*|effac\w*|"
                              r"стёр\w*|стер\w*|удал\w*|потер\w*)|(?<![\w-])(?:ли|ob)(?![\w-])|(?:没有?|未|不会)\s*(?:被)?\s*(?:擦|清|丢)|是否|会不会|吗|か？"),
    StatedState("said:calibration-erased",
                r"\b" + _CALIBRATION + r"\b" + _SAME + r"{0,40}?\b(?:(?:got|get|was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?)?" + _ERASED +
                r"\b|\b(?:erased|wiped|deleted|lost|overwrote|overwritten|cleared|destroyed)\s+(?:\w+\s+){0,3}?" + _CALIBRATION + r"\b",
                "the IMEI and firmware (AT+CGSN, ATI); the module vendor's RF calibration restore (QCN/NV backup)",
                unless=r"\b(?:if|whether)\b|\b(?:not|n't|never|without)\s+(?:\w+\s+)?(?:being\s+)?(?:erased|wiped|deleted|lost|overwr\w+|"
                       r"cleared|destroyed|erasing|wiping|touch\w*)\b"),
    # the flash tool's erase-all option named as used: QFirehose "-e" ("Erase All Before Download (will Erase calibration
    # data, careful to USE)", Quectel QFirehose's usage text), QFIL's "Erase all before download" ticked. The module's
    # RF calibration and NV items go with it unless the person's own QCN backup is restored afterwards
    StatedState("said:calibration-erased",
                r"\bQFirehose\w*\b(?:\s+-[a-df-z]\w*(?:\s+[^\s-]\S*)?)*\s+-e\b|"
                r"\b(?:select\w*|tick\w*|check\w*|enabl\w*|us\w+|with)\s+(?:the\s+)?[\"'“]?erase\s+all\s+before\s+download\b",
                "the IMEI and firmware (AT+CGSN, ATI); the module vendor's RF calibration restore (QCN/NV backup)",
                any_line=True,
                unless=r"\b(?:restor\w*|wrote|writ\w*|load\w*)\s+(?:\w+\s+){0,3}?(?:QCN|NV\s+backup|calibration\s+backup|backup)\b|"
                       r"\b(?:don't|do\s+not|never|without)\s+(?:\w+\s+)?(?:use|select|tick|check|enable)\b"),
    # the common states told in other languages than English: one table (model/prose_states_foreign.py)
    *(row for fact, patterns in prose_states_foreign.STATES.items()
      for row in _in_each_language(fact, patterns, prose_states_foreign.CONFIRM[fact], prose_states_foreign.taken_back(fact))),
)


# the catch-all state (last in STATES): a failure in words no other state reads
GENERIC_FAILURE = "said:not-working"
# the stated facts that are context, not a failure (StatedState.context)
CONTEXT_FACTS = frozenset(state.fact for state in STATES if state.context)
