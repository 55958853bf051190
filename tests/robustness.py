"""How robust the diagnosis is to the way a post renders the same output.

Real posts reach wwandoctor as forum, markdown and mail renderings: the same facts, written
differently (a code fence, "> " quoting, HTML entities, CRLF, a shell prompt above the output,
`dmesg -T` or syslog stamps instead of "[ seconds ]", prose around the paste...). Each TRANSFORM
below is one such rendering, applied to the pasted inputs of every case in ../shared/cases,
tests/real_cases/tuning, tests/real_cases/spent and tests/written_cases; analyze runs in-process
on the transformed inputs, and the top finding (the first error/warning cause, "-" for none) is
compared with the one of the untransformed inputs. An expert reads every transformed paste the
same way, so a transform that changes the top finding shows a weakness of the reader. The COMBINED
transforms apply several renderings at once (prompts, hard wrap, quoting, code blocks, CRLF), as one
post shows them: faults of the reader showed up only in such combinations.

    .venv/bin/python tests/robustness.py                 # figures per transform, changed cases listed
    .venv/bin/python tests/robustness.py -t fence -t crlf --set shared -q

tests/test_robustness.py holds the transforms that must leave the diagnosis unchanged.
tests/real_cases/heldout is never read here.
"""
from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
import tempfile
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from case_util import case_folders, load_meta, problems, tools_of  # noqa: E402

SETS = {
    "shared": os.path.join(HERE, "..", "..", "shared", "cases"),
    "tuning": os.path.join(HERE, "real_cases", "tuning"),
    "spent": os.path.join(HERE, "real_cases", "spent"),
    "written": os.path.join(HERE, "written_cases"),
}


class Transform(NamedTuple):
    name: str
    why: str  # where real posts show it
    # (text, kind) -> new text; None: does not apply. A paste transform: ([(text, kind)], "") -> the paste.
    apply: Callable
    paste: bool = False  # applied to the inputs joined as one paste (as score-cases --mode paste)


# --- helpers ----------------------------------------------------------------------------

def _lines(text: str) -> List[str]:
    return text.split("\n")


def _per_line(func: Callable[[str], str]) -> Callable[[str, str], Optional[str]]:
    def apply(text: str, kind: str) -> Optional[str]:
        new = "\n".join(func(ln) for ln in _lines(text))
        return new if new != text else None
    return apply


def _wrap(before: str, after: str) -> Callable[[str, str], Optional[str]]:
    return lambda text, kind: before + text.rstrip("\n") + after


# A dmesg line: optional "<6>" level, "[ seconds.fraction]", the message (QFirehose's "[005.415]: ..." is no dmesg stamp).
_STAMP = re.compile(r"^(?P<lvl><\d>)?\[\s*(?P<sec>\d+)\.(?P<frac>\d+)\](?!:)\s?(?P<msg>.*)$")
# journalctl -o short-monotonic also starts with "[ 14.9]", then "host ModemManager[1034]: ": no dmesg line
_MONOTONIC_JOURNAL = re.compile(r"^\S+ (?:[\w.-]+\[\d+\]|kernel): ")
BOOT = datetime.datetime(2026, 12, 4, 10, 0, 0)
HOST = "myhost"


def _restamp(render: Callable[[datetime.datetime, str, str], str]) -> Callable[[str, str], Optional[str]]:
    """A transform rewriting each dmesg line's "[ seconds ]" stamp; None when the text has none."""
    def apply(text: str, kind: str) -> Optional[str]:
        out, hit = [], False
        for line in _lines(text):
            m = _STAMP.match(line)
            if m is None or _MONOTONIC_JOURNAL.match(m.group("msg")):
                out.append(line)
                continue
            hit = True
            when = BOOT + datetime.timedelta(seconds=int(m.group("sec")))
            stamp = "[%5d.%s]" % (int(m.group("sec")), m.group("frac"))
            out.append(render(when, stamp, m.group("msg")))
        return "\n".join(out) if hit else None
    return apply


def _ctime(when: datetime.datetime) -> str:
    """"Fri Dec  4 10:00:12 2026" (asctime, as dmesg -T and OpenWrt logread print it)."""
    return "%s %s %2d %s %d" % (when.strftime("%a"), when.strftime("%b"), when.day, when.strftime("%H:%M:%S"),
                                when.year)


# Commands whose output an input kind is: the prompt line a person pastes above it.
PROMPT_COMMANDS = {
    "dmesg": "dmesg", "lsusb": "lsusb", "lsusb-t": "lsusb -t", "usb-devices": "usb-devices",
    "lspci": "lspci -nnk", "rfkill": "rfkill list", "uname": "uname -a", "journal": "journalctl -b",
    "logread": "logread", "syslog": "cat /var/log/syslog", "ifconfig": "ifconfig",
}


def _prompt(prefix: str) -> Callable[[str, str], Optional[str]]:
    def apply(text: str, kind: str) -> Optional[str]:
        cmd = PROMPT_COMMANDS.get(kind)
        if cmd is None:
            return None
        return "%s%s\n%s" % (prefix, cmd, text)
    return apply


def _entities(text: str, kind: str) -> Optional[str]:
    new = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
           .replace("'", "&#39;"))
    return new if new != text else None


_SINGLE = re.compile(r"'([^'\n]*)'")
_DOUBLE = re.compile(r'"([^"\n]*)"')


def _smart_quotes(line: str) -> str:
    line = _DOUBLE.sub("\u201c\\1\u201d", line)
    line = _SINGLE.sub("\u2018\\1\u2019", line)
    return line.replace("'", "\u2019")


def _nbsp(line: str) -> str:
    """HTML renders runs of spaces as "&nbsp; &nbsp;": copied back, every other space is U+00A0."""
    return re.sub(r" {2,}", lambda m: "".join("\u00a0" if i % 2 == 0 else " " for i in range(len(m.group(0)))), line)


def _double_spaced(text: str, kind: str) -> Optional[str]:
    return "\n\n".join(_lines(text.rstrip("\n")))


def _indent_tabs(line: str) -> str:
    m = re.match(r"^( {4,})", line)
    if not m:
        return line
    n = len(m.group(1))
    return "\t" * (n // 4) + " " * (n % 4) + line[n:]


def _expand_tabs(text: str, kind: str) -> Optional[str]:
    return text.expandtabs(8) if "\t" in text else None


def _collapse(line: str) -> str:
    return re.sub(r"[ \t]+", " ", line).strip()


def _mail_wrap(line: str, width: int = 72) -> str:
    """Mail clients and list archives hard-wrap long lines at about 72 columns, at a space."""
    out = []
    while len(line) > width and " " in line[1:width]:
        cut = line.rindex(" ", 1, width)
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return "\n".join(out)


def _quote_wrap(line: str) -> str:
    return "\n".join("> " + ln if ln.strip() else ">" for ln in _mail_wrap(line, 70).split("\n"))


def _pipermail_at(line: str) -> str:
    return re.sub(r"(?<=[\w.-])@(?=[\w-])", " at ", line)


PROSE_BETWEEN = "And this is the output of the next command, in case it helps:"


def _concat_prose(inputs: List[Tuple[str, str]], paragraph: bool = False) -> Optional[str]:
    """The inputs one after another with a sentence between them (``paragraph``: with blank lines around it)."""
    if len(inputs) < 2:
        return None
    between = "\n\n%s\n\n" if paragraph else "\n%s\n"
    return (between % PROSE_BETWEEN).join(text.rstrip("\n") for text, _ in inputs)


def _chain(*steps: Callable[[str, str], Optional[str]]) -> Callable[[str, str], Optional[str]]:
    """The transforms ``steps`` one after the other, each on the text the one before made (a step that
    does not apply leaves it as it is); None when none applies."""
    def apply(text: str, kind: str) -> Optional[str]:
        new = text
        for step in steps:
            new = step(new, kind) or new
        return new if new != text else None
    return apply


def _post(each: Callable[[str, str], Optional[str]], paragraph: bool,
          whole: Callable[[str, str], Optional[str]] = lambda text, kind: None):
    """A paste transform: ``each`` on every input, the inputs joined by a sentence (``paragraph``: its own
    paragraph), then ``whole`` on the post."""
    def apply(inputs: List[Tuple[str, str]], kind: str) -> Optional[str]:
        post = _concat_prose([(each(text, kind) or text, kind) for text, kind in inputs], paragraph)
        return None if post is None else (whole(post, "") or post)
    return apply


# --- the transforms -----------------------------------------------------------------------

TRANSFORMS: List[Transform] = [
    Transform("fence", "markdown code block (GitHub issues, Discourse forums such as forum.openwrt.org)",
              _wrap("```\n", "\n```\n")),
    Transform("fence-text", "the same with a language tag, as GitHub's issue templates suggest",
              _wrap("```text\n", "\n```\n")),
    Transform("quote", "a mail reply quotes the post with '> ' (libqmi-devel, linux-usb archives)",
              _per_line(lambda ln: "> " + ln if ln.strip() else ">")),
    Transform("fence-glued", "the fence typed on the first and last output line (a Dell DW5932e forum post: "
              "'```[2025-06-25 00:16:22.949] Retry to find device...')", _wrap("```", "```\n")),
    Transform("bbcode", "phpBB/vBulletin posts (Ubuntu forums, LinuxQuestions) keep [code] tags when quoted",
              _wrap("[code]\n", "\n[/code]\n")),
    Transform("bbcode-inline", "[code] typed on the first output line, [/code] on the last",
              _wrap("[code]", "[/code]\n")),
    Transform("code-select-all", "phpBB's rendering of [code] copied back: a 'Code: Select all' line above it",
              _wrap("Code: Select all\n\n", "\n")),
    Transform("entities", "scraped web archives and RSS copies leave &gt; &lt; &amp; &quot; &#39; in the text",
              _entities),
    Transform("html-br", "a page copied as its HTML source keeps a <br> at each line end (an RM520N-GL thread: "
              "'lspci -nn -d ::ff00 -v<br>')", _per_line(lambda ln: ln + "<br>")),
    Transform("crlf", "pastes saved on Windows or sent as mail have CRLF line ends",
              lambda text, kind: text.replace("\n", "\r\n")),
    Transform("expand-tabs", "a terminal copy turns the tabs of an output into spaces", _expand_tabs),
    Transform("indent-tabs", "an editor re-indents 4 spaces as one tab", _per_line(_indent_tabs)),
    Transform("nbsp", "runs of spaces copied from rendered HTML come back as U+00A0 and space", _per_line(_nbsp)),
    Transform("smart-quotes", "forums and word processors curl quotes: 'x' -> \u2018x\u2019, \"x\" -> \u201cx\u201d",
              _per_line(_smart_quotes)),
    Transform("prompt-dollar", "the command with a plain '$ ' prompt above its output", _prompt("$ ")),
    Transform("prompt-openwrt", "OpenWrt's root prompt above the output", _prompt("root@OpenWrt:~# ")),
    Transform("prompt-pi", "Raspberry Pi OS's prompt (space before $) above the output", _prompt("pi@raspberrypi:~ $ ")),
    Transform("dmesg-T", "dmesg -T: human time stamps '[Fri Dec  4 10:00:12 2026]'",
              _restamp(lambda when, stamp, msg: "[%s] %s" % (_ctime(when), msg))),
    Transform("no-stamp", "dmesg -t, or stamps cut off by the person: the bare message",
              _restamp(lambda when, stamp, msg: msg)),
    Transform("journalctl-k", "journalctl -k: 'Dec 04 10:00:12 host kernel: msg'",
              _restamp(lambda when, stamp, msg: "%s %s kernel: %s" % (when.strftime("%b %d %H:%M:%S"), HOST, msg))),
    Transform("short-iso", "journalctl -k -o short-iso: '2026-12-04T10:00:12+0100 host kernel: msg'",
              _restamp(lambda when, stamp, msg: "%s+0100 %s kernel: %s" % (when.strftime("%Y-%m-%dT%H:%M:%S"), HOST, msg))),
    Transform("kern-log", "Debian /var/log/kern.log: 'Dec  4 10:00:12 host kernel: [   12.3] msg'",
              _restamp(lambda when, stamp, msg: "%s %2d %s %s kernel: %s %s" % (
                  when.strftime("%b"), when.day, when.strftime("%H:%M:%S"), HOST, stamp, msg))),
    Transform("logread", "OpenWrt logread: 'Fri Dec  4 10:00:12 2026 kern.info kernel: [   12.3] msg'",
              _restamp(lambda when, stamp, msg: "%s kern.info kernel: %s %s" % (_ctime(when), stamp, msg))),
    Transform("dmesg-x", "dmesg -x (decoded facility and level): 'kern  :info  : [   12.3] msg'",
              _restamp(lambda when, stamp, msg: "kern  :info  : %s %s" % (stamp, msg))),
    Transform("dmesg-H", "dmesg -H (the default on a terminal): '[Dec 4 10:00]' once a minute, then '[  +0.000123]'",
              _restamp(lambda when, stamp, msg: "[  +0.%06d] %s" % (when.second * 997 % 1000000, msg))),
    Transform("mail-wrap", "mail clients hard-wrap lines at 72 columns at a space and list archives show them so "
              "(modemmanager-devel 2017-June/004853: dmesg and lsusb lines cut at 72, the rest at column 0)",
              _per_line(_mail_wrap)),
    Transform("pipermail-at", "Mailman 2 list archives (lists.freedesktop.org pipermail) hide addresses: 'user@host' "
              "is shown as 'user at host', in prompts too ('litin at x220:~$ rfkill list all', "
              "modemmanager-devel 2017-June/004853)", _per_line(_pipermail_at)),
    Transform("quote-wrap", "a quoted reply to such a mail: wrapped at 70 and '> '-quoted", _per_line(_quote_wrap)),
    Transform("double-spaced", "forum editors and some mail clients put a blank line between every line",
              _double_spaced),
    Transform("trailing-space", "terminal copies pad lines with spaces", _per_line(lambda ln: ln + "   ")),
    Transform("indent4", "a markdown code block indented by 4 spaces (mail, Stack Exchange)",
              _per_line(lambda ln: "    " + ln if ln.strip() else ln)),
    Transform("indent1", "a forum or mail copy that starts every line with one space",
              _per_line(lambda ln: " " + ln if ln.strip() else ln)),
    Transform("indent-tab", "a copy that starts every line with a tab", _per_line(lambda ln: "\t" + ln if ln.strip() else ln)),
    Transform("collapsed-spaces", "a post rendered without <pre> (LinuxQuestions mirrors): runs of spaces "
              "collapse, indentation is lost", _per_line(_collapse)),
    Transform("prose-around", "'Here is my output:' above and a question below, as their own paragraphs",
              _wrap("Hi, here is the output I get:\n\n", "\n\nAny idea what is wrong? Thanks in advance.\n")),
    Transform("prose-around-tight", "the same sentences with no blank line between them and the output",
              _wrap("Hi, here is the output I get:\n", "\nAny idea what is wrong? Thanks in advance.\n")),
    Transform("concat-prose", "several outputs pasted one after another with a sentence between them",
              lambda inputs, kind: _concat_prose(inputs), paste=True),
    Transform("run-together", "several outputs pasted one after another without a blank line between them",
              lambda inputs, kind: "\n".join(text.strip("\n") for text, _ in inputs) if len(inputs) > 1 else None,
              paste=True),
]
BY_NAME = {t.name: t for t in TRANSFORMS}


def _by_name(*names: str) -> Callable[[str, str], Optional[str]]:
    return _chain(*(BY_NAME[n].apply for n in names))


# Several renderings at once, as one post shows them (review9 found faults only in such combinations)
COMBINED: List[Transform] = [
    Transform("mail-reply", "a mail reply to a wrapped post with the commands typed above their outputs: "
              "prompt, 72-column wrap, '> ' quoting, CRLF", _by_name("prompt-dollar", "quote-wrap", "crlf")),
    Transform("code-blocks", "a GitHub / Stack Exchange post: each output with its prompt as a code block indented "
              "by 4, the sentence between them its own paragraph, CRLF",
              _post(_by_name("prompt-dollar", "indent4"), True, BY_NAME["crlf"].apply), paste=True),
    Transform("quoted-code-blocks", "a mail reply quoting such a post: code blocks and prompts, '> ' on every line",
              _post(_by_name("prompt-dollar", "indent4"), True, _by_name("quote", "crlf")), paste=True),
    Transform("wrapped-thread", "a mailing-list post of several outputs with prompts and sentences between them, "
              "wrapped at 72 and quoted in a reply", _post(BY_NAME["prompt-dollar"].apply, False,
                                                           BY_NAME["quote-wrap"].apply), paste=True),
    Transform("forum-scrape", "a scraped forum page: fenced outputs with prompts, HTML entities, curly quotes, "
              "non-breaking spaces", _by_name("prompt-pi", "fence", "smart-quotes", "nbsp", "entities")),
    Transform("syslog-thread", "kernel lines as syslog shows them, several outputs with sentences between them, "
              "the whole post double-spaced by a forum editor",
              _post(BY_NAME["kern-log"].apply, False, BY_NAME["double-spaced"].apply), paste=True),
]
TRANSFORMS += COMBINED
BY_NAME.update((t.name, t) for t in COMBINED)


# --- running the cases --------------------------------------------------------------------

class Case(NamedTuple):
    name: str
    folder: str
    meta: dict


def cases(sets: List[str]) -> List[Case]:
    found = []
    for name in sets:
        for folder in case_folders(SETS[name]):
            found.append(Case("%s/%s" % (name, os.path.basename(folder)), folder, load_meta(folder)))
    return found


def read_inputs(case: Case) -> List[Tuple[str, str, str]]:
    """(file name, kind, text) of each input of ``case``."""
    out = []
    for item in case.meta["inputs"]:
        with open(os.path.join(case.folder, item["file"]), encoding="utf-8", errors="replace") as fh:
            out.append((os.path.basename(item["file"]), str(item.get("kind") or ""), fh.read()))
    return out


def top_finding(paths: List[str], tools: List[str]) -> str:
    """The first error/warning cause of analyze on ``paths`` ("-" when none), in-process."""
    import argparse as _argparse
    from wwandoctor.commands import _add_cli_tools, _diagnose
    from wwandoctor.ingest import ingest_inputs

    snap = ingest_inputs(paths)
    _add_cli_tools(snap, tools)
    report = _diagnose(snap, _argparse.Namespace(rules=None, no_redact=True))
    causes = [f["cause"] for f in problems(report)]
    return causes[0] if causes else "-"


def _write(workdir: str, named: List[Tuple[str, str]]) -> List[str]:
    paths = []
    for name, text in named:
        path = os.path.join(workdir, name)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        paths.append(path)
    return paths


def run(case: Case, transform: Optional[Transform], workdir: str) -> Optional[str]:
    """The top finding of ``case`` with ``transform`` applied (None: the transform does not apply)."""
    inputs = read_inputs(case)
    tools = tools_of(case.meta)
    paste = transform is not None and transform.paste
    os.makedirs(workdir, exist_ok=True)
    for old in os.listdir(workdir):
        os.remove(os.path.join(workdir, old))
    if paste:
        new = transform.apply([(text, kind) for _, kind, text in inputs], "")
        if new is None:
            return None
        return top_finding(_write(workdir, [("paste.txt", new)]), tools)
    named, changed = [], False
    for name, kind, text in inputs:
        new = transform.apply(text, kind) if transform else None
        changed = changed or new is not None
        named.append((name, text if new is None else new))
    if transform is not None and not changed:
        return None
    return top_finding(_write(workdir, named), tools)


def baseline(case: Case, paste: bool, workdir: str) -> str:
    if not paste:
        return run(case, None, workdir)
    joined = "\n\n".join(text for _, _, text in read_inputs(case))
    os.makedirs(workdir, exist_ok=True)
    return top_finding(_write(workdir, [("paste.txt", joined)]), tools_of(case.meta))


class Result(NamedTuple):
    transform: str
    applied: int
    same: int
    changed: List[Tuple[str, str, str]]  # (case, before, after)


def measure(transforms: List[Transform], all_cases: List[Case], workdir: str) -> List[Result]:
    base: Dict[Tuple[str, bool], str] = {}
    results = []
    for transform in transforms:
        applied, same, changed = 0, 0, []
        for case in all_cases:
            after = run(case, transform, workdir)
            if after is None:
                continue
            key = (case.name, transform.paste)
            if key not in base:
                base[key] = baseline(case, transform.paste, workdir)
            applied += 1
            if after == base[key]:
                same += 1
            else:
                changed.append((case.name, base[key], after))
        results.append(Result(transform.name, applied, same, changed))
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-t", "--transform", action="append", choices=sorted(BY_NAME), help="only these transforms")
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="only these case sets")
    ap.add_argument("-q", "--quiet", action="store_true", help="figures only, no list of changed cases")
    args = ap.parse_args(argv)
    transforms = [BY_NAME[n] for n in args.transform] if args.transform else TRANSFORMS
    all_cases = cases(args.set or list(SETS))
    total_applied = total_same = 0
    with tempfile.TemporaryDirectory() as tmp:
        for res in measure(transforms, all_cases, os.path.join(tmp, "in")):
            total_applied += res.applied
            total_same += res.same
            pct = 100.0 * res.same / res.applied if res.applied else 100.0
            print("%-20s same top finding %4d/%-4d %5.1f %%" % (res.transform, res.same, res.applied, pct))
            if not args.quiet:
                for name, before, after in res.changed:
                    print("    %-60s %s -> %s" % (name, before, after))
    pct = 100.0 * total_same / total_applied if total_applied else 100.0
    print("all transforms: same top finding %d/%d %.1f %%" % (total_same, total_applied, pct))
    return 0


if __name__ == "__main__":
    sys.exit(main())
