#!/bin/sh
# usage: run.sh WORKTREE -> "file label causes" (error/warning findings, as tests/case_util.PROBLEM) + summary
WT=${1:-.}
D=$(cd "$(dirname "$0")" && pwd)
while read f label; do
  got=$("$WT/.venv/bin/wwandoctor" analyze --format json "$D/$f" 2>/dev/null | python3 -c '
import json,sys
try:
    d=json.load(sys.stdin)
except Exception:
    print("ERROR"); sys.exit()
print(",".join(x["cause"] for x in d.get("findings") or [] if x.get("severity") in ("error","warning")) or "-")')
  if [ "$label" = no-fault-found ]; then
    if [ "$got" = - ]; then ok=ok; else ok=FALSE-ALARM; fi
  else
    case ",$got," in *",$label,"*) ok=ok ;; *) ok=miss ;; esac
  fi
  echo "$f $label $got $ok"
done < "$D/labels.txt" | tee /tmp/blind.$$
echo "nofault silent: $(grep -c '^nf.* ok$' /tmp/blind.$$)/$(grep -c '^nf' /tmp/blind.$$)  fault found: $(grep -c '^f.* ok$' /tmp/blind.$$)/$(grep -c '^f' /tmp/blind.$$)"
rm -f /tmp/blind.$$
