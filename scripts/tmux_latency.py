#!/usr/bin/env python3
"""Keypress-to-screen latency of the real reader in tmux, next to `less` measured the
same way in the same run (the reference: it shows what tmux, send-keys and the polling
cost by themselves).

Usage: scripts/tmux_latency.py path/to/tandem CORPUS [width height]
"""
import glob, os, subprocess, sys, time, uuid

binary, corpus = sys.argv[1], sys.argv[2]
width, height = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("200", "60")


def tmux(*args):
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def measure(label, command, ready, settle):
    """Starts `command` in its own tmux session, waits for `ready` on screen, then times
    j/k presses (each one changes the screen) until the pane shows the change."""
    name = "latency-" + uuid.uuid4().hex[:8]
    capture = lambda: tmux("capture-pane", "-p", "-t", name)
    start = time.time()
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", width, "-y", height,
                    f"TERM=xterm-256color {command}"], stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while ready not in capture():
            if time.time() - start > 10:
                sys.exit(f"{label}: never showed {ready!r}")
            time.sleep(0.002)
        first = (time.time() - start) * 1000
        if settle is None:
            # Until the background analysis is done: no progress ("…") in the status bar.
            while "…" in capture().rstrip().split("\n")[-1] and time.time() - start < 120:
                time.sleep(0.1)
        else:
            time.sleep(settle)
        samples = []
        for i in range(60):
            before = capture()
            t = time.time()
            tmux("send-keys", "-t", name, "j" if i % 2 == 0 else "k")
            while capture() == before and time.time() - t < 1:
                pass
            samples.append((time.time() - t) * 1000)
        samples.sort()
        print(f"{label:26} first screen {first:5.0f} ms · keypress to changed screen "
              f"({width}x{height}): median {samples[len(samples) // 2]:.1f} ms, "
              f"95th {samples[int(len(samples) * 0.95)]:.1f} ms over {len(samples)} presses")
    finally:
        tmux("kill-session", "-t", name)


files = sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))
longest = max(files, key=os.path.getsize)
# Tandem's list: j and k move the selection and change the preview. First at once, while
# the background analysis runs (stories, then claims: seconds on a big folder), then after it.
measure("tandem, analysis running", f"{binary} {corpus}", "Article", settle=0)
measure("tandem, analysis done", f"{binary} {corpus}", "Article", settle=None)
# less on the longest file: j and k scroll one line.
measure("less", f"less -S {longest}", os.path.basename(longest)[:20], settle=0.2)
