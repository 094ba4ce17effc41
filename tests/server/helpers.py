"""A real server (uvicorn on a free port) in a background thread, for HTTP tests."""

from peers import (  # noqa: F401 - the server tests import them from here
    ThreadedServer, bearer, free_port, make_users,
)
