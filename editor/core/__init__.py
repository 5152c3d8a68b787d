"""The Qt-free core: model, structure, alignment, diff, consolidation."""
