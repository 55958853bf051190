"""The rule files, shipped as package data (see README.md here)."""
