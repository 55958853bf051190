"""Decoders of binary and text formats, below every stage that needs them.

The live collectors, the pasted-output parsers and the model all read these formats;
they live here so that no stage imports another stage to decode them:

- ``usb_descriptors``: the sysfs ``descriptors`` file -> configurations, interfaces, functions;
- ``mbim``: MBIM radio-state replies in libmbim traces and mbimcli output;
- ``configs``: network configuration files (ifupdown, netplan, NetworkManager keyfiles,
  systemd-networkd, OpenWrt UCI) -> ``ConfigFile``.

Decoders import only ``snapshot``, ``knowledge`` and ``drivers``.
"""
