"""Blind set in one process (faster than run.sh): python run_inproc.py [labels.txt dir] ; run with the
python whose wwandoctor (and --rules) you want: PYTHONPATH=<tree> python run_inproc.py RULES_DIR"""
import io, json, os, sys
from contextlib import redirect_stdout, redirect_stderr
from wwandoctor.cli import main

HERE = os.path.dirname(os.path.abspath(__file__))
rules = sys.argv[1] if len(sys.argv) > 1 else None
quiet = ok_nf = n_nf = ok_f = n_f = 0
for line in open(os.path.join(HERE, "labels.txt")):
    name, label = line.split()
    argv = ["analyze", "--format", "json"] + (["--rules", rules] if rules else []) + [os.path.join(HERE, name)]
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        try:
            main(argv)
        except SystemExit:
            pass
    causes = [f["cause"] for f in json.loads(out.getvalue())["findings"] if f["severity"] in ("error", "warning")]
    got = ",".join(causes) or "-"
    if label == "no-fault-found":
        n_nf += 1; ok = not causes; ok_nf += ok; verdict = "ok" if ok else "FALSE-ALARM"
    else:
        n_f += 1; ok = label in causes; ok_f += ok; verdict = "ok" if ok else "miss"
    print(name, label, got, verdict, flush=True)
print("nofault silent: %d/%d  fault found: %d/%d" % (ok_nf, n_nf, ok_f, n_f))
