"""Image display and reading tools (Qt views over a Qt-free pipeline)."""
