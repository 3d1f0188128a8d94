#!/usr/bin/env python3
"""Whole-process wall time of several builds on the same command, run in turn
(A, B, C, A, B, C, …) so that the machine's drift falls on all of them alike;
hyperfine runs one command's batch after the other's. The times include
Python's fork and exec (about a millisecond more than hyperfine reports).
Usage: scripts/interleaved_timing.py RUNS BINARY[,BINARY…] ARGUMENTS…"""
import statistics, subprocess, sys, time

runs, binaries, arguments = int(sys.argv[1]), sys.argv[2].split(","), sys.argv[3:]
times = {binary: [] for binary in binaries}
for _ in range(runs):
    for binary in binaries:
        start = time.perf_counter()
        subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[binary].append((time.perf_counter() - start) * 1000)
for binary, values in times.items():
    values.sort()
    print(f"{binary}: mean {statistics.mean(values):.1f} ms, median {statistics.median(values):.1f}, "
          f"10th–90th percentile {values[len(values) // 10]:.1f}–{values[9 * len(values) // 10]:.1f}")
