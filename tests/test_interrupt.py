"""A Ctrl-C that lands where Python prints and ignores exceptions (a fork hook, a __del__) still stops a build."""

import os
import signal

import pytest

from rcpkg import interrupt
from rcpkg.build.report import BuildReport, Timer


@pytest.fixture
def installed():
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    interrupt.install()
    yield
    signal.signal(signal.SIGINT, before)
    interrupt._requested = False


def swallowing_hook():
    """What the fork hooks do with an exception: print it and go on."""
    try:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs at the next bytecode boundary
            pass
    except KeyboardInterrupt:
        pass


def test_a_swallowed_ctrl_c_is_raised_again_at_the_next_check(installed):
    interrupt.check()  # nothing requested: nothing raised
    swallowing_hook()
    assert interrupt.requested()
    with pytest.raises(KeyboardInterrupt):
        interrupt.check()


def test_the_next_build_stage_raises_it(installed):
    swallowing_hook()
    timer = Timer(BuildReport(store="s", sources="p"))
    with pytest.raises(KeyboardInterrupt):
        with timer("load"):
            raise AssertionError("the stage must not start")


def test_without_install_check_does_nothing():
    interrupt._requested = False
    interrupt.check()
