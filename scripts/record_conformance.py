#!/usr/bin/env python3
"""Record expected outputs for the conformance corpus with CPython 3.13.

For every ``*.py`` under backend/src/test/resources/conformance/ (or the given
paths: files or directories) run ``python3 <basename>.py`` in the program's
directory and write ``<name>.out`` (stdout bytes), ``<name>.err`` (stderr
bytes, with the absolute script path CPython puts in ``File "..."`` lines cut
back to the basename) and ``<name>.status`` (exit code and a newline).

Usage: PYENV_VERSION=3.13.0 python3 scripts/record_conformance.py [paths...]
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "backend/src/test/resources/conformance"
TIMEOUT = 30
LIBDIR = os.path.dirname(os.__file__)


def collect(args):
    targets = [Path(a).resolve() for a in args] or [ROOT]
    programs = []
    for target in targets:
        if target.is_dir():
            programs.extend(target.rglob("*.py"))
        elif target.suffix == ".py" and target.is_file():
            programs.append(target)
        else:
            sys.exit(f"record_conformance: not a .py file or directory: {target}")
    return sorted(set(programs))


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return env


def record(program, env):
    with open(os.devnull, "rb") as devnull:
        try:
            proc = subprocess.run([sys.executable, program.name], cwd=program.parent, env=env,
                                  stdin=devnull, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            sys.exit(f"record_conformance: {program} timed out after {TIMEOUT} s")
    # CPython makes the script path absolute (bpo-20443), so tracebacks would name
    # this machine's checkout; rewrite them to the basename the program was run as.
    stderr = proc.stderr.replace(f'File "{program.parent}{os.sep}'.encode(), b'File "')
    # Warnings start with the script's path too ("/abs/dir/x.py:5: DeprecationWarning: ...").
    stderr = stderr.replace(f'{program.parent}{os.sep}{program.name}:'.encode(), f'{program.name}:'.encode())
    # Library frames (threading.py...) name this interpreter's install; the engine names
    # the standard Debian location instead.
    stderr = stderr.replace(f'File "{LIBDIR}{os.sep}'.encode(), b'File "/usr/lib/python3.13/')
    # asyncio's Task and coroutine reprs name the script by its absolute path too.
    stdout = proc.stdout.replace(f'{program.parent}{os.sep}{program.name}:'.encode(), f'{program.name}:'.encode())
    stdout = stdout.replace(f' {LIBDIR}{os.sep}'.encode(), b' /usr/lib/python3.13/')
    stderr = stderr.replace(f' {program.parent}{os.sep}{program.name}:'.encode(), f' {program.name}:'.encode())
    if str(program.parent).encode() in stdout + stderr:
        print(f"record_conformance: warning: {program} output mentions its directory")
    program.with_suffix(".out").write_bytes(stdout)
    program.with_suffix(".err").write_bytes(stderr)
    program.with_suffix(".status").write_text(f"{proc.returncode}\n")


def main():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 13):
        sys.exit("record_conformance: must run under CPython 3.13 "
                 f"(this is {sys.version.split()[0]}); try PYENV_VERSION=3.13.0 python3")
    programs = collect(sys.argv[1:])
    env = environment()
    for program in programs:
        record(program, env)
    print(f"{len(programs)} programs recorded")


if __name__ == "__main__":
    main()
