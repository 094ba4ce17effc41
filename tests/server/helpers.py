"""A real server (uvicorn on a free port) in a background thread, for HTTP tests."""

from peers import ThreadedServer, free_port  # noqa: F401 - the server tests import them from here
