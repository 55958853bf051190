"""wwandoctor: the expert for Linux cellular modems (WWAN), as a program."""
__version__ = "0.1.0"
