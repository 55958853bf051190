"""Package discovery: pyproject.toml holds the metadata.

setuptools' `packages.find` cannot also map the top-level `rules/` folder to
`wwandoctor.rules`, so the package list is computed here instead of written by
hand (a hand-written list once left out `wwandoctor.model`).
"""
from setuptools import find_packages, setup

PACKAGES = find_packages(include=["wwandoctor", "wwandoctor.*"]) + ["wwandoctor.rules"]

setup(packages=PACKAGES, package_dir={"wwandoctor.rules": "rules"})
