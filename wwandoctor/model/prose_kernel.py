"""The kernel a post states or implies in its own words, when no ``uname`` output shows it.

"kernel 4.4.0-21-generic", "mainline kernel 5.8.0.rc7", "Linux 5.15" state a release; "Debian Jessie",
"Ubuntu 16.04", "OpenWrt 21.02", "Raspbian Buster", "CentOS 7", "Fedora 16" name a distribution release, whose
stock kernel series the packaged table ``data/distro-kernels.csv`` gives (:func:`knowledge.distro_kernel`).
A release is a lower bound only (an Ubuntu HWE kernel, Debian backports or a Raspberry Pi kernel is
newer), so a rule that uses it is low confidence (engine/rule.py: evidence source ``stated-release``).

Only plain statements count (model.prose.hedged: not a condition, question or the past), and not a
release the sentence puts behind the person: "worked on Ubuntu 16.04", "upgraded from 20.04",
"tried it on OpenWrt 19.07 too". A sentence naming two releases of one distribution ("fine on
Ubuntu 16.04, fails on 22.04") says nothing, and neither does a post whose statements disagree.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from wwandoctor import regex_cache
from wwandoctor.model import prose
from wwandoctor.snapshot import LogLine, Snapshot

EVIDENCE_SOURCE = "stated-release"

# "kernel 4.4.0-21-generic", "kernel version 5.10", "Linux 5.15", "linux-image-6.1.0-18-amd64"
_KERNEL_RE = regex_cache.compile(
    r"\b(?:kernel|linux(?:-image-?)?)\s*(?:version\s+|release\s+|is\s+|v|:\s*)?([2-7]\.\d{1,2}(?:\.\d+)?(?:[-.~+][\w.+~-]*\w)?)",
    re.I)
# ... in the other languages posts are written in: the word for the kernel, then the release ("Le noyau est en version
# 4.19", "ядро 4.19.50", "内核版本是 4.4", "カーネルは 4.19.50"), or the release, then "of the kernel" ("la versione 2.6.27
# del kernel", "la versión 5.4 del kernel", "a versão 5.10 do kernel", "la version 4.19 du noyau", "версии 4.4 ядра")
_VERSION = r"([2-7]\.\d{1,2}(?:\.\d+)?(?:[-.~+][\w.+~-]*\w)?)"
_KERNEL_FOREIGN_RE = regex_cache.compile(
    r"\b(?:noyau|ядр[оаеу]|jądr[oa]|núcleo)\s*(?:(?:est|é|es|è|—|-)\s+)?(?:(?:en|na|in)\s+)?(?:la\s+|a\s+)?"
    r"(?:version|versione|versión|versão|версии|версия|wersj[ai])?\s*:?\s*" + _VERSION + r"|"
    r"(?:内核|核心|カーネル)\s*(?:的)?\s*(?:版本|バージョン)?\s*(?:号)?\s*(?:是|为|為|は|が|:|：)?\s*(?:v)?" + _VERSION + r"|"
    r"\b(?:version|versione|versión|versão|версии|версия|wersj[ai])\s+" + _VERSION +
    r"\s+(?:del|de|do|da|du|des|dello|della|of)?\s*(?:l'|il\s+|el\s+|o\s+|le\s+|the\s+)?(?:linux\s+)?(?:kernel|noyau|ядра|"
    r"jądra|núcleo)\b",
    re.I)
# a distribution kernel's uname -r on its own: "4.4.0-21-generic", "5.10.0-19-amd64", "6.1.21-v8+"
_UNAME_RE = regex_cache.compile(
    r"(?<![\w.-])([2-7]\.\d{1,2}\.\d+-(?:\d+(?:\.\d+)?-)?(?:generic|lowlatency|amd64|arm64|armmp\w*|686\w*|rpi\w*|"
    r"v7\w*|v8\w*|raspi\w*|aws|azure|gcp|oem|pae)\+?)(?![\w.-])")
# A release with a local-version suffix that a build, an image or a router firmware appends ("5.4.207-mptcp",
# "5.4.150-rk3399", "4.14.98-2.0.0-ga", "4.19.67-sunxi64"): a kernel's own release, stated as what the machine runs
# whatever name stands before it ("running Openmptcprouter 5.4.207-mptcp", "the image 4.19.67-sunxi64", "boots the
# vendor BSP's 4.14.98-2.0.0-ga") or in a banner's field ("GatewayOS 3.1 | 4.19.35-ts7 | aarch64"). The suffix has a
# letter in it (a package revision such as "2.6.1-3" is no kernel's), and only where the words before say it runs
# (_RUNS_BEFORE) or a banner frames it (_BANNER_AROUND); the version of another program named right before it
# ("python3 3.8.10-0ubuntu1", "gcc 4.9.2-10+deb8u1") is that program's.
_LOCAL_RELEASE_RE = regex_cache.compile(r"(?<![\w.-])([2-7]\.\d{1,2}\.\d{1,3}-(?=[\w.+~-]*[A-Za-z])[\w.+~-]*\w\+?)(?![\w.-])")
_RUNS_BEFORE = regex_cache.compile(r"\b(?:running|runs?|boots?|booted|booting|image|build|firmware|BSP|distro|release|on)\b[^.;!?]{0,40}$",
                                   re.I)
_BANNER_AROUND = regex_cache.compile(r"\|\s*$")
# a login banner's or status line's field, a line of words that is no sentence: "GatewayOS 3.1 | 4.19.35-ts7 | aarch64"
_BANNER_FIELD_RE = regex_cache.compile(r"\|\s*" + _LOCAL_RELEASE_RE.pattern + r"\s*(?:\||$)")
_OTHER_PROGRAM_BEFORE = regex_cache.compile(
    r"\b(?:python\d?|gcc|g\+\+|clang|perl|php|node(?:js)?|java|openssl|glibc|libc6?|bash|busybox|systemd|qemu|docker|"
    r"ruby|go|golang|ModemManager|NetworkManager|libqmi|libmbim|usb[_-]modeswitch|iptables|openvpn|wireguard|"
    r"curl|wget|git)\s*(?:version\s+|v)?$", re.I)
_CODENAMES = "etch|lenny|squeeze|wheezy|jessie|stretch|buster|bullseye|bookworm|trixie"
_UBUNTU_CODENAMES = "dapper|edgy|feisty|gutsy|hardy|intrepid|jaunty|karmic|lucid|maverick|natty|oneiric"
# the later ones are English words ("precise", "focal", "noble"): read only right after "Ubuntu" or with their animal
_UBUNTU_LATER_CODENAMES = ("precise|quantal|raring|saucy|trusty|utopic|vivid|wily|xenial|yakkety|zesty|artful|bionic|cosmic|"
                           "disco|eoan|focal|groovy|hirsute|impish|jammy|kinetic|lunar|mantic|noble|oracular|plucky")
# (family, regex, group holding the release or codename)
# an OpenWrt release as a post names it ("OpenWrt 23.05.3", "LEDE 17.01"); model.host reads the machine's system from it too
# "OpenWrt 23.05.3", "OpenWrt version 21.02", "OpenWrt release 23.05.3" (a field of OpenWrt's bug-report form, read with
# its label: _form_fields)
OPENWRT_RELEASE_RE = regex_cache.compile(r"\b(?:OpenWrt|LEDE|ImmortalWrt)\s+(?:(?:release|version)\s+)?v?(\d\d\.\d\d)(?:\.\d+)?\b",
                                         re.I)
_DISTROS: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    # "Ubuntu 9.04", "Ubuntu 10.04LTS" (the LTS mark written onto the number)
    ("ubuntu", regex_cache.compile(r"\b(?:[KXL]?ubuntu)(?:\s+(?:Server|MATE|Desktop|Studio))?\s+(\d{1,2}\.\d\d)(?:\.\d)?(?:\b|(?=LTS\b))",
                                   re.I)),
    # the 2006-2011 releases by codename: "Ubuntu Jaunty", "ubuntu (karmic)", "Hardy Heron", "Lucid Lynx"
    ("ubuntu", regex_cache.compile(r"\b(?:[KXL]?ubuntu)\s+\(?(" + _UBUNTU_CODENAMES + "|" + _UBUNTU_LATER_CODENAMES + r")\b", re.I)),
    ("ubuntu", regex_cache.compile(r"\b(" + _UBUNTU_CODENAMES.title() + r")\s+(?:Drake|Eft|Fawn|Gibbon|Heron|Ibex|Jackalope|Koala|Lynx|"
                                   r"Meerkat|Narwhal|Ocelot)\b")),
    ("ubuntu", regex_cache.compile(r"\b(" + _UBUNTU_LATER_CODENAMES.title() + r")\s+(?:Pangolin|Quetzal|Ringtail|Salamander|Tahr|Unicorn|"
                                   r"Vervet|Werewolf|Xerus|Yak|Zapus|Aardvark|Beaver|Cuttlefish|Dingo|Ermine|Fossa|Gorilla|Hippo|Indri|"
                                   r"Jellyfish|Kudu|Lobster|Minotaur|Numbat|Oriole|Puffin)\b")),
    # "Ubuntu 16": the year's April release (an even year's is the LTS); the October one's kernel is newer
    ("ubuntu", regex_cache.compile(r"\b(?:[KXL]?ubuntu)\s+(\d\d)(?![\d.])(?!\s*(?:GB|MB|%))", re.I)),
    ("debian", regex_cache.compile(r"\bDebian(?:\s+GNU/Linux)?\s+(\d{1,2})(?:\.\d{1,2})?(?![\d.]*\d)", re.I)),
    ("debian", regex_cache.compile(r"\b(?:Debian|Raspbian|Raspberry\s?Pi\s+OS|RPi\s?OS|Devuan)(?:\s+(?:GNU/Linux|Lite|\d{1,2}|64[- ]bit))*"
                                   r"\s*\(?(" + _CODENAMES + r")\b", re.I)),
    ("debian", regex_cache.compile(r"\b(Wheezy|Jessie|Buster|Bullseye|Bookworm|Trixie)\b")),  # a capitalised codename alone
    ("openwrt", OPENWRT_RELEASE_RE),
    ("fedora", regex_cache.compile(r"\bFedora(?:\s+(?:Core|Linux|Workstation|Server))?\s+(\d{1,2})(?![\d.])", re.I)),
    # "openSUSE 12.2", "openSUSE Leap 15.5", "OpenSuSE 11.4" (not SUSE Linux Enterprise, a release stream of its own)
    ("opensuse", regex_cache.compile(r"\bopenSUSE(?:\s+Leap)?\s+(\d\d\.\d)(?![\d.]*\d)", re.I)),
    ("rhel", regex_cache.compile(r"\b(?:RHEL|CentOS(?:\s+Stream)?|Red\s+Hat(?:\s+Enterprise\s+Linux)?|Rocky(?:\s+Linux)?|"
                                 r"Alma\s?Linux|Oracle\s+Linux)\s*(\d{1,2})(?:\.\d+)?\b", re.I)),
)
# a distribution whose releases are named year.month ("NixOS 25.11", "Ubuntu 22.04.3", "OpenWrt 23.05"), and a bare
# year.month version ("25.05"): where a post names the first, the second is a release of the system, not the modem's
# firmware ("After upgrading to 25.11 cannot initialize modem anymore. Downgrading to 25.05 fixes problem.")
_YEAR_MONTH_SYSTEM_RE = regex_cache.compile(r"\b(?:NixOS|[KXL]?ubuntu|OpenWrt|LEDE|ImmortalWrt|Pop!_OS)[\s-]*v?(\d\d\.(?:0[1-9]|1[0-2]))"
                                            r"(?:\.\d+)?\b", re.I)
_YEAR_MONTH_RE = regex_cache.compile(r"(?<![\w.])\d\d\.(?:0[1-9]|1[0-2])(?:\.\d+)?(?![\w.]*\d)")
_VERSION_RE = regex_cache.compile(r"(?<![\w.])v?\d+(?:\.\d+)+\b")


def names_year_month_system(texts: Sequence[str]) -> bool:
    """The post names a release of a distribution whose releases are named year.month (NixOS, Ubuntu, OpenWrt)."""
    return any(_YEAR_MONTH_SYSTEM_RE.search(text) for text in texts)


def only_year_month_versions(sentence: str) -> bool:
    """Every dotted version in ``sentence`` is a year.month one ("25.05", "22.04.3"), and there is one."""
    versions = [m.group(0) for m in _VERSION_RE.finditer(sentence)]
    return bool(versions) and all(_YEAR_MONTH_RE.fullmatch(v) for v in versions)


# a release named right after these words is not the one running now: past, tried elsewhere, compared, or still to
# come ("I will try Fedora", "I'm going to install Arch", "planning to move to openSUSE next week")
_NOT_NOW_RE = regex_cache.compile(
    r"\b(?:from|worked|works|working|used|upgrad\w*|updat\w*|migrat\w*|instead of|than|previous\w*|tried|also on|"
    r"same (?:on|with)|was|were|started(?: out)? (?:with|on)|began (?:with|on)|left|leaving|will|shall|going to|gonna|plan(?:s|ned|ning)? (?:to|on)|intend\w* to|about to|"
    r"(?:would|'d) like to|(?:thinking|think) (?:of|about)|consider\w*|next)\b[^,;:.!?]{0,30}$|\w'll\b[^,;:.!?]{0,30}$",
    re.I)


def not_now(sentence: str, start: int, called_current: bool = False) -> bool:
    """The release at ``start`` is not one the sentence says runs now: the words just before it put it in the
    past or elsewhere (_NOT_NOW_RE), or the sentence is hedged there (:func:`prose.hedged`) - unless the release
    is ``called_current`` (:func:`_called_current`), which only a condition or a question takes back."""
    if _NOT_NOW_RE.search(sentence[:start]):
        return True
    return not called_current and prose.hedged(sentence, start)


def named_now(snap: Snapshot, patterns: Sequence[Tuple[str, "re.Pattern[str]"]]
              ) -> Iterator[Tuple[str, str, "re.Match[str]"]]:
    """``(name, sentence, match)`` for each sentence of any line of the post's (also a label's "**OS:** Fedora 40") in
    which the pattern of ``name`` matches something the sentence does not put in the past or elsewhere (:func:`not_now`:
    "worked on Fedora" does not count)."""
    from wwandoctor.model.signals import prose_text_lines
    for line in prose_text_lines(snap):
        for sentence in prose.sentences(line.text):
            for name, regex in patterns:
                m = regex.search(sentence)
                if m and not not_now(sentence, m.start()):
                    yield name, sentence, m


# other releases of the same family in the sentence: "... 16.04, fails on 22.04"
_OTHER_RELEASE = {"ubuntu": regex_cache.compile(r"\b\d{1,2}\.(?:04|10)(?:\b|(?=LTS\b))|\b(?:" + _UBUNTU_CODENAMES + r")\b|"
                                      r"\bubuntu\s+\(?(?:" + _UBUNTU_LATER_CODENAMES + r")\b", re.I),
                  "openwrt": regex_cache.compile(r"\b\d\d\.\d\d\b"),
                  "debian": regex_cache.compile(r"\b(?:" + _CODENAMES + r")\b|\bDebian\s+\d{1,2}\b", re.I),
                  "rhel": regex_cache.compile(r"\b(?:RHEL|CentOS|Rocky|Alma\w*)\s*\d{1,2}\b", re.I),
                  "fedora": regex_cache.compile(r"\bFedora\s+\d{1,2}\b", re.I),
                  "opensuse": regex_cache.compile(r"\bopenSUSE(?:\s+Leap)?\s+\d\d\.\d\b", re.I)}


class StatedKernel(NamedTuple):
    version: str   # "3.16", "4.4.0-21-generic": what a kernel table lookup reads
    shown: str     # the model's host.kernel_release: the version, and that it comes from the post
    evidence: str  # the sentence, and what the table says
    where: str = ""  # the place of the line stating it (its LogLine's source)


def table_release(snap: Snapshot) -> Tuple[Optional[str], str]:
    """``(release, evidence source)`` for a kernel table lookup: the shown release (effective upstream
    version), else the one the post states (source ``stated-release``), else ``(None, "")``."""
    from wwandoctor import knowledge
    if snap.kernel.release:
        return knowledge.effective_release(snap.kernel.release, snap.kernel.version_line), "kernel driver tables"
    stated = stated_kernel(snap)
    return (stated.version, EVIDENCE_SOURCE) if stated else (None, "")


def stated_kernel(snap: Snapshot) -> Optional[StatedKernel]:
    """The kernel the post's plain sentences state (first) or imply by a distribution release."""
    from wwandoctor.model.signals import prose_text_lines
    lines = prose_text_lines(snap)
    texts = [line.text for line in lines]
    found = _stated(tuple(texts), tuple(_form_fields(texts)))
    return found._replace(where=lines[int(found.where)].source) if found else None


# a field of a GitHub issue form as the issue shows it: the label as a heading, its value alone on the next line
# ("### OpenWrt release" then "23.05.3": OpenWrt's bug-report form, .github/ISSUE_TEMPLATE/bug-report.yml). The value
# is the person's own answer to the label's question, as good as a sentence naming it.
_FORM_LABEL_RE = regex_cache.compile(r"^\s*#{2,4}\s+(\w[\w ./-]{0,40}?)\s*$")
_FORM_VALUE_RE = regex_cache.compile(r"^\s*(\S{1,40})\s*$")


def _form_fields(texts: List[str]) -> List[Tuple[int, str]]:
    """``[(index of the value's line, "label value")]`` for each issue-form field in ``texts``."""
    out = []
    for i in range(1, len(texts)):
        label, value = _FORM_LABEL_RE.match(texts[i - 1]), _FORM_VALUE_RE.match(texts[i])
        if label and value:
            out.append((i, "%s %s" % (label.group(1), value.group(1))))
    return out


@functools.lru_cache(maxsize=32)
def _stated(texts: Tuple[str, ...], fields: Tuple[Tuple[int, str], ...] = ()) -> Optional[StatedKernel]:
    """The kernel the texts state (``fields``: their issue-form fields, read for a release); its ``where`` is the index
    of the text stating it."""
    lines = [LogLine(text=t, origin="unknown", time=None, source=str(i)) for i, t in enumerate(texts)]
    exact: List[Tuple[str, Tuple[str, str]]] = []
    implied: List[Tuple[str, Tuple[str, str, dict]]] = []
    exact += [(m.group(1), (line.text.strip(), line.source)) for line in lines
              for m in _BANNER_FIELD_RE.finditer(line.text)]
    for line in prose.prose_lines(lines):
        for sentence in prose.sentences(line.text):
            exact += [(version, (said, line.source)) for version, said in _kernels(sentence)]
            implied += [(row["kernel"], (said, line.source, row)) for _, said, row in _releases(sentence)]
    implied += [(row["kernel"], (said, str(index), row)) for index, field in fields for _, said, row in _releases(field)]
    found = _one(exact, _series)
    if found:
        version, (sentence, index) = found
        return StatedKernel(version, "%s (stated in the post)" % version,
                            "the post states kernel %s: %s" % (version, _short(sentence)), index)
    found = _one(implied, lambda v: v)
    if not found:
        return None
    version, (sentence, index, row) = found
    name = _release_name(row)
    return StatedKernel(version, "%s (stock kernel of %s, named in the post)" % (version, name),
                        "the post names %s, whose stock kernel is %s (the running one may be newer: HWE, "
                        "backports): %s" % (name, version, _short(sentence)), index)


# "the current kernel 3.6.11": the running kernel named as such, whatever the sentence hopes of it ("the device
# should be included in the current kernel 3.6.11" states the kernel and doubts only the device); a condition or a
# question still takes it back ("if the current kernel 5.4 is too old")
_CURRENT_RE = regex_cache.compile(r"\b(?:current|running|present)\s+(?:linux\s+)?$", re.I)
_CONDITION_RE = regex_cache.compile(r"\b(?:if|when|whether|unless|in case)\b", re.I)
# "kernel 3.6.11/3.7.2": the person runs either; the newer one is the safe reading of an "older than" question
_ALTERNATIVE_RE = regex_cache.compile(r"/([2-7]\.\d{1,2}(?:\.\d+)?)\b")


def _called_current(sentence: str, start: int) -> bool:
    """The release at ``start`` is called the current or running one, outside a condition or a question."""
    before = sentence[:start]
    return (_CURRENT_RE.search(before) is not None and not _CONDITION_RE.search(before)
            and not sentence.rstrip().endswith("?"))


def _kernels(sentence: str) -> List[Tuple[str, str]]:
    from wwandoctor import knowledge
    out = []
    for regex in (_KERNEL_RE, _KERNEL_FOREIGN_RE, _UNAME_RE):
        for m in regex.finditer(sentence):
            if not_now(sentence, m.start(), _called_current(sentence, m.start())):
                continue
            other = _ALTERNATIVE_RE.match(sentence, m.end())
            release = next(group for group in m.groups() if group)
            newer = other and knowledge.parse_release(other.group(1)) > knowledge.parse_release(release)
            out.append((other.group(1) if newer else release, sentence))
    return out + _local_releases(sentence, out)


def _local_releases(sentence: str, found: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """The releases with a local-version suffix (_LOCAL_RELEASE_RE) the sentence says the machine runs, beside the
    ``found`` ones (a release already read after "kernel" is not read twice)."""
    out = []
    for m in _LOCAL_RELEASE_RE.finditer(sentence):
        before = sentence[:m.start()]
        if any(m.group(1).startswith(version) or version.startswith(m.group(1)) for version, _ in found):
            continue
        if _OTHER_PROGRAM_BEFORE.search(before) or not (_RUNS_BEFORE.search(before) or _BANNER_AROUND.search(before)):
            continue
        if not not_now(sentence, m.start(), _called_current(sentence, m.start())):
            out.append((m.group(1), sentence))
    return out


def _releases(sentence: str) -> List[Tuple[str, str, dict]]:
    from wwandoctor import knowledge
    out = []
    for family, regex in _DISTROS:
        for m in regex.finditer(sentence):
            if not_now(sentence, m.start()):
                continue
            if len({t.lower() for t in _OTHER_RELEASE[family].findall(sentence)}) > 1:
                continue
            release = m.group(1) + (".04" if family == "ubuntu" and m.group(1).isdigit() else "")
            row = knowledge.distro_kernel(family, release)
            if row:
                out.append((family, sentence, row))
    return out


def _series(version: str) -> str:
    m = re.match(r"(\d+\.\d+)", version)
    return m.group(1) if m else version


def _one(found: Sequence[Tuple[str, object]], key) -> Optional[Tuple[str, object]]:
    """The single kernel series the statements agree on (the first statement of it), else None."""
    if not found or len({key(version) for version, _ in found}) != 1:
        return None
    return found[0]


_FAMILY_NAMES = {"debian": "Debian", "ubuntu": "Ubuntu", "openwrt": "OpenWrt", "rhel": "RHEL/CentOS", "fedora": "Fedora",
                 "opensuse": "openSUSE"}


def _release_name(row: dict) -> str:
    name = "%s %s" % (_FAMILY_NAMES[row["family"]], row["release"])
    return name + (" (%s)" % row["codename"] if row.get("codename") else "")


def _short(sentence: str) -> str:
    return sentence if len(sentence) <= 160 else sentence[:157].rstrip() + "..."
