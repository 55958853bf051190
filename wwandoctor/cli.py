"""Command-line interface: argument parsing and dispatch only.

Heavy modules (rich, pyudev, the rule engine) are imported inside the
command functions so that ``wwandoctor --version`` stays instant.
"""
from __future__ import annotations

import argparse
import sys

from wwandoctor import __version__
from wwandoctor.errors import EXIT_USAGE, WwandoctorError

FORMATS = ("text", "markdown", "mail", "json")
KNOWN_TOOLS = (
    "qmicli", "qmi-network", "uqmi", "quectel-cm", "gobinet", "mbimcli", "mbim-network", "umbim",
    "modemmanager", "networkmanager", "dhclient", "udhcpc", "dhcpcd", "systemd-networkd", "pppd",
    "netifd", "at",
)
TOOL_ALIASES = {
    "mmcli": "modemmanager", "mm": "modemmanager", "nmcli": "networkmanager", "nm": "networkmanager",
    "quectel-cm": "quectel-cm", "quectel_cm": "quectel-cm", "qconnectmanager": "quectel-cm",
    "networkd": "systemd-networkd", "ppp": "pppd", "minicom": "at", "microcom": "at", "picocom": "at",
    "atinout": "at", "socat": "at", "qmi_wwan_q": "gobinet",
}


def normalize_tool(name: str) -> str:
    key = name.strip().lower()
    key = TOOL_ALIASES.get(key, key)
    if key not in KNOWN_TOOLS:
        raise argparse.ArgumentTypeError(
            "unknown tool %r (known: %s)" % (name, ", ".join(KNOWN_TOOLS)))
    return key


def _add_report_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    p.add_argument("--tool", action="append", default=[], type=normalize_tool, metavar="NAME",
                   help="a tool the person uses to connect (repeatable): " + ", ".join(KNOWN_TOOLS))
    p.add_argument("--no-redact", action="store_true",
                   help="keep identifiers (IMEI, ICCID, serials, addresses) in the report")
    p.add_argument("--rules", metavar="DIR", help="read rules from DIR instead of the shipped ones")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wwandoctor",
        description="Diagnose Linux cellular modems (WWAN). check and collect only read; they never change anything.")
    parser.add_argument("--version", action="version", version="wwandoctor " + __version__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help="check, collect, analyze or rules")

    p = sub.add_parser("check", help="collect from this machine, diagnose, and print a report")
    _add_report_options(p)
    p.add_argument("--save", metavar="DIR", help="also write report.md and report.json into DIR")

    p = sub.add_parser("collect", help="write a snapshot of this machine as JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--no-redact", action="store_true", help="keep identifiers in the snapshot")

    p = sub.add_parser("analyze", help="diagnose saved snapshots and/or pasted command output")
    _add_report_options(p)
    p.add_argument("inputs", nargs="+", metavar="FILE", help="snapshot JSON or pasted text; - reads standard input")

    p = sub.add_parser("rules", help="list, show or test the rules; list the model fields they may name")
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", help="list, show ID, test or fields")
    rules_dir = dict(metavar="DIR", help="read rules from DIR instead of the shipped ones")
    p_list = rsub.add_parser("list", help="list every rule")
    p_list.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (fits 100 columns) or json (the full table, with each rule's cause)")
    p_list.add_argument("--rules", **rules_dir)
    show = rsub.add_parser("show", help="document one rule")
    show.add_argument("rule_id", metavar="ID", help="the rule's id, as 'wwandoctor rules list' prints it")
    show.add_argument("--rules", **rules_dir)
    rsub.add_parser("test", help="run every rule's must-fire and must-not-fire cases").add_argument("--rules", **rules_dir)
    p_fields = rsub.add_parser("fields", help="the model fields rules may name: kind, meaning, the command that settles it")
    p_fields.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                          help="text (default), markdown (the table in rules/README.md) or json")
    p.set_defaults(rules_parser=p)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        from wwandoctor import commands
        if args.command == "rules":
            if args.rules_command is None:  # like bare wwandoctor: usage on stderr, exit 2
                args.rules_parser.print_help(sys.stderr)
                return EXIT_USAGE
            return commands.rules(args)
        return getattr(commands, args.command)(args)
    except WwandoctorError as exc:
        print("wwandoctor: %s" % exc, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("wwandoctor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        _keep_regex_programs()


def _keep_regex_programs() -> None:
    if "wwandoctor.regex_cache" in sys.modules:  # not imported by --version or a usage error
        sys.modules["wwandoctor.regex_cache"].save()
