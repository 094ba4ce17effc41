"""The main window's menus: File, Study (version), View (layouts), Hanging."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from radview.net import profiles

LAYOUTS = {"1×1": (1, 1), "1×2": (1, 2), "2×1": (2, 1), "2×2": (2, 2), "2×3": (2, 3), "3×3": (3, 3), "4×4": (4, 4)}


def build_menus(window) -> None:
    """Menus and their shortcuts; sets ``version_actions``, ``hanging_actions`` and
    ``stage_shortcuts`` on the window."""
    file_menu = window.menuBar().addMenu("&File")
    for text, slot, key in (
        ("Import folder…", window._import_folder_dialog, "Ctrl+I"),
        ("Import DICOMDIR…", window._import_dicomdir_dialog, None),
        ("Settings…", window.open_settings, "Ctrl+,"),
        ("Quit", window.close, QKeySequence.StandardKey.Quit),
    ):
        action = QAction(text, window)
        if key:
            action.setShortcut(key)
        action.triggered.connect(slot)
        file_menu.addAction(action)
    study_menu = window.menuBar().addMenu("&Study")
    window.version_group = QActionGroup(window)
    window.version_actions: dict[str, QAction] = {}
    for version in ("profile", *profiles.VERSIONS):
        text = ("Profile default" if version == "profile" else
                f"{version} — {profiles.VERSION_USAGE[version]}, quality "
                f"{profiles.VERSION_QUALITY[version]} %")
        action = QAction(text, window, checkable=True)
        action.setChecked(version == "profile")
        action.triggered.connect(lambda _=False, v=version: window.set_study_version(v))
        window.version_group.addAction(action)
        window.version_actions[version] = action
        study_menu.addAction(action)
    view_menu = window.menuBar().addMenu("&View")
    for name, (rows, cols) in LAYOUTS.items():
        action = QAction(f"Layout {name}", window)
        action.triggered.connect(lambda _=False, r=rows, c=cols: window.set_layout(r, c))
        view_menu.addAction(action)
    view_menu.addAction(window.log_dock.toggleViewAction())

    from radview.app.protocol_editor import (
        NEXT_STAGE_KEYS, PREVIOUS_STAGE_KEYS, install_stage_shortcuts,
    )

    hanging_menu = window.menuBar().addMenu("&Hanging")
    hanging_menu.setObjectName("hanging_menu")
    window.hanging_menu = hanging_menu
    window.hanging_actions = {}
    for key, text, slot in (
        ("next_stage", f"Next stage\t{' / '.join(NEXT_STAGE_KEYS)}", window.next_stage),
        ("previous_stage", f"Previous stage\t{' / '.join(PREVIOUS_STAGE_KEYS)}",
         window.previous_stage),
        (None, None, None),
        ("editor", "Protocol editor…", window.open_protocol_editor),
        ("save_screen", "Save this screen as a protocol…", window.save_screen_dialog),
        (None, None, None),
        ("import", "Import protocols (JSON or DICOM)…", window._import_protocols_dialog),
        ("export", "Export a protocol (JSON or DICOM)…", window._export_protocol_dialog),
    ):
        if key is None:
            hanging_menu.addSeparator()
            continue
        action = QAction(text, window)
        action.setObjectName(f"hanging_{key}")
        action.triggered.connect(lambda _=False, f=slot: f())
        hanging_menu.addAction(action)
        window.hanging_actions[key] = action
    # The stage keys are window-wide shortcuts (text fields keep their own "." "," and
    # Ctrl+arrows); the menu only shows them, so they are never registered twice.
    window.stage_shortcuts = install_stage_shortcuts(window, window.next_stage, window.previous_stage)
