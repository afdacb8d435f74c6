"""OrderDesk: the order desk of a small online shop.

Everything below this package except ``orderdesk.ui`` is free of Qt, so the command line,
the tests and the window drive the same code.
"""

__version__ = "0.1.0"
