"""The warm start: commands run in a fork of a process that has already imported OrderDesk.

A command's own work takes tens of milliseconds; importing SQLAlchemy and OrderDesk's models
before it takes a few hundred, on every run. The first command starts a helper in the background
(``orderdesk.warm.server``) that imports them once and waits on a Unix socket in the user's runtime
folder. Later commands (``orderdesk.warm.client``) hand it their arguments, environment, working
folder and terminal (the file descriptors themselves, so output, prompts and pipes behave as
before); the helper forks, and the fork runs the command exactly as a fresh process would, then
the command's exit status goes back to the caller. The same design as Mercurial's ``chg`` and
Ruby on Rails' Spring.

What keeps it as correct as a fresh process: each command is its own process (a fork, so
nothing one command does is seen by the next); the helper holds no database connection, no
credential and no open file of the user's between commands; it serves only its own user (the
folder is private and the socket checks the caller's uid); it stops when any module it imported
has changed on disk, and after ten idle minutes. ``ORDERDESK_WARM=off`` runs every command in a
fresh process as before. Not on Windows (no ``fork``): there every command starts fresh.

Only the standard library is imported on the client's side, so a warm command costs the
interpreter's start and the command's own work.
"""
