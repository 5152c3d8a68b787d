"""The Qt-free application layer: what the desktop editor and the CLI drive (no Qt here)."""
