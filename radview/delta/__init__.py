"""Delta upload against a shared standard image set (Qt-free, used by both sides).

The workstation sends only the integer difference between an instance's stored
pixel values and the most similar image of a standard set that the server holds
too; the server adds it back and checks the SHA-256 of the result. See
docs/delta.md for the procedure, the package format and the figures.
"""
