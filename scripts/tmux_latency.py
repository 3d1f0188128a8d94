#!/usr/bin/env python3
"""Keypress-to-screen latency of the real reader in tmux (an upper bound: it includes
tmux and the polling). Usage: scripts/tmux_latency.py path/to/tandem seeds [width height]"""
import subprocess, sys, time, uuid

binary, corpus = sys.argv[1], sys.argv[2]
width, height = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("200", "60")
name = "latency-" + uuid.uuid4().hex[:8]
tmux = lambda *a: subprocess.run(["tmux", *a], capture_output=True, text=True).stdout
capture = lambda: tmux("capture-pane", "-p", "-t", name)

start = time.time()
subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", width, "-y", height,
                f"TERM=xterm-256color {binary} {corpus}"], stdin=subprocess.DEVNULL,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    while "Article" not in capture():
        time.sleep(0.002)
    print(f"first screen in tmux: {(time.time() - start) * 1000:.0f} ms (process start included)")
    time.sleep(1.5)  # let the background analysis finish
    # j and k in the list always change the screen (selection and preview).
    samples = []
    for i in range(60):
        before = capture()
        t = time.time()
        tmux("send-keys", "-t", name, "j" if i % 2 == 0 else "k")
        while capture() == before and time.time() - t < 1:
            pass
        samples.append((time.time() - t) * 1000)
    samples.sort()
    print(f"keypress to changed screen ({width}x{height}): median {samples[len(samples)//2]:.1f} ms, "
          f"95th {samples[int(len(samples)*0.95)]:.1f} ms over {len(samples)} presses")
finally:
    tmux("kill-session", "-t", name)
