"""Runs LibreOffice for as long as the process that asked for it lives:

    python3 libreoffice-watch.py <owner pid> <profile folder> <other soffice arguments…>

libreoffice-office.ts starts each jest worker's office through this, in a process group of its
own: when the worker ends — at the end of the run, or killed with the run (Ctrl-C, a CI timeout)
before the global teardown could stop it — the office is killed with it instead of being left
running, and its profile removed. It also ends when the office itself does (a crash), so the
worker sees it gone."""
import os, shutil, signal, subprocess, sys, time
from pathlib import Path


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def stop(signum, frame):
    raise SystemExit(0)


def main(owner, profile, arguments):
    # Stopped (libreoffice-office.ts's stopOffice, the global teardown): clean up as below.
    signal.signal(signal.SIGTERM, stop)
    office = subprocess.Popen(["soffice", "-env:UserInstallation=" + Path(profile).as_uri()] + arguments,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while office.poll() is None and alive(owner):
            time.sleep(0.5)
    finally:
        # The launcher, soffice.bin and this watcher share the group: the others are asked to
        # stop, the profile and pipe are removed, then whatever is left (this watcher too) is killed.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        os.killpg(os.getpgrp(), signal.SIGTERM)
        try:
            office.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        shutil.rmtree(profile, ignore_errors=True)
        # The office's pipe is a socket /tmp/OSL_PIPE_<uid>_<name>, left behind by a killed office.
        for argument in arguments:
            if argument.startswith("--accept=pipe,name="):
                name = argument[len("--accept=pipe,name="):].split(";")[0]
                for path in Path("/tmp").glob("OSL_PIPE_%d_%s" % (os.getuid(), name)):
                    path.unlink(missing_ok=True)
        os.killpg(os.getpgrp(), signal.SIGKILL)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3:])
