"""Summarises a benches/load.sh run: per phase and class, requests, rate, latency
percentiles and errors; memory and descriptors over time."""
import csv
import glob
import json
import os
import sys

out, rate, cores, duration = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
# the load generator cancels requests in flight when its time is up: not errors
NOT_ERRORS = {"aborted due to deadline"}


def ms(v):
    return f"{v * 1000:.2f}" if v is not None else "-"


print(f"# Load run ({cores} cores, fixed rate {rate} req/s)\n")
for phase in ("fixed", "saturation"):
    print(f"## {phase}\n")
    print("| class | requests | req/s | p50 ms | p99 ms | p99.9 ms | non-2xx | errors |")
    print("|---|---|---|---|---|---|---|---|")
    tot_n = tot_rps = tot_bad = tot_err = 0
    for f in sorted(glob.glob(os.path.join(out, f"{phase}-*.json"))):
        d = json.load(open(f))
        codes = d.get("statusCodeDistribution", {})
        n = sum(codes.values())
        bad = sum(v for k, v in codes.items() if not k.startswith("2"))
        err = sum(v for k, v in d.get("errorDistribution", {}).items() if k not in NOT_ERRORS)
        p = d["latencyPercentiles"]
        rps = d["summary"]["requestsPerSec"] or 0
        tot_n, tot_rps, tot_bad, tot_err = tot_n + n, tot_rps + rps, tot_bad + bad, tot_err + err
        name = os.path.basename(f)[len(phase) + 1:-5]
        print(f"| {name} | {n} | {rps:.1f} | {ms(p.get('p50'))} | {ms(p.get('p99'))} | {ms(p.get('p99.9'))} | {bad} | {err} |")
    print(f"| **all** | {tot_n} | {tot_rps:.1f} | | | | {tot_bad} | {tot_err} |\n")

rows = list(csv.DictReader(open(os.path.join(out, "samples.csv"))))
if rows:
    print("## gateway process (samples 5 s apart)\n")
    # the fixed-rate phase after its first minute (warm), then the whole run
    warm = [r for r in rows if r["rss_kib"] and 60 <= int(r["t"]) <= duration]
    every = [r for r in rows if r["rss_kib"]]
    for name, rs in (("fixed rate, minute 1 to end", warm), ("whole run", every)):
        if not rs:
            continue
        rss = [int(r["rss_kib"]) / 1024 for r in rs]
        fds = [int(r["fds"]) for r in rs]
        print(f"- {name} ({len(rs)} samples): resident memory {min(rss):.1f}-{max(rss):.1f} MiB "
              f"(first {rss[0]:.1f}, last {rss[-1]:.1f}); open descriptors {min(fds)}-{max(fds)} "
              f"(first {fds[0]}, last {fds[-1]})")
    print()
