#!/usr/bin/env python3
"""Times the full-screen application's start on a 140x45 pseudo-terminal: to the first frame
(the first kilobyte drawn) and to the coloured letter (TEXT drawn, by default the verdict's
"100%"). Runs it with a scratch state folder so the last session's letter is not reopened.

    python3 tools/first-frame.py [--until TEXT] -- target/release/nocfit LETTER --noc CODE
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import tempfile
import termios
import time


def main() -> None:
    args = sys.argv[1:]
    until = b"100%"
    if args[:1] == ["--until"]:
        until, args = args[1].encode(), args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    state = tempfile.mkdtemp(prefix="nocfit-first-frame-")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["NOCFIT_STATE_DIR"] = state
        os.execv(args[0], args)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 140, 0, 0))
    drawn, first = b"", None
    while until not in drawn:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            print(f"no {until.decode()!r} after 5 s")
            break
        try:
            drawn += os.read(fd, 65536)
        except OSError:
            break
        if first is None and len(drawn) >= 1000:
            first = time.perf_counter() - start
    done = time.perf_counter() - start
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    print(f"first frame {1000 * (first or done):.0f} ms, {until.decode()!r} drawn {1000 * done:.0f} ms")


if __name__ == "__main__":
    main()
