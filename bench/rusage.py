#!/usr/bin/env python3
"""Fallback peak-RSS accounting for bench/run.mjs when GNU time (/usr/bin/time -v) is not installed.

    python3 bench/rusage.py OUT.json COMMAND [ARGS...]

Runs COMMAND with inherited stdio, then writes {"maxrss_kb", "exit_code", "signal"} to OUT.json using
getrusage(RUSAGE_CHILDREN), which covers exactly the one child waited for. Exits with the child's status.
"""
import json
import resource
import subprocess
import sys

child = subprocess.run(sys.argv[2:], check=False)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(
        {
            "maxrss_kb": usage.ru_maxrss,
            "user_s": usage.ru_utime,
            "sys_s": usage.ru_stime,
            "exit_code": child.returncode if child.returncode >= 0 else None,
            "signal": -child.returncode if child.returncode < 0 else None,
        },
        out,
    )
sys.exit(child.returncode if child.returncode >= 0 else 128 - child.returncode)
