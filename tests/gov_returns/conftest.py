# The browser fixtures (Debian's chromium, screenshots) for test_annual_return_browser.py.
from tests.browser.conftest import browser_type_launch_args, shot  # noqa: F401
