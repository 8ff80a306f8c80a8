"""``python -m accord``: the same CLI as the ``accord`` script.

Useful where the console script is not on PATH or points at another checkout (a git worktree run
with ``PYTHONPATH=.../src`` imports that checkout's package only through ``python -m``).
"""

from accord.cli import run

if __name__ == "__main__":
    run()
