"""Root pytest configuration: Qt runs offscreen (without a display Qt would abort pytest)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
